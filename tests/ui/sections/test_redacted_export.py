"""Export redacted… in the window: the review screen, then the usual export flow, on a real vault."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from amanat.app.models import Contact, Draft
from amanat.app.redaction.key_store import RedactionKeys
from amanat.app.redaction.pseudonyms import RedactionKey
from amanat.app.redaction.suggestions import vault_suggestions
from amanat.app.ui.sections.redaction_review import RedactionReviewDialog
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.shell.main_window import MainWindow
from amanat.app.ui.widgets import file_dialogs
from amanat.app.ui.widgets.export_dialogs import PlaintextExportWarning
from tests.redaction.test_export_cli import docx_text
from tests.ui.sections.test_export_flow import when_shown

SECTIONS = (
    ("alleged_victims", "Zahra Ahmadi of Herat Women Forum, and her brother Jawad."),
    ("date_and_place", "زهرا احمدي در هرات بازداشت شد. Zahra Ahmadi was held in Kabul."),
    ("description", "Jawad went back to Kabul."),
)


def _section_with_draft(window: MainWindow) -> tuple[StrategySection, Draft]:
    assert window.workspace is not None and window.vault is not None
    window.vault.items.add(Contact(id="", display_name="Zahra Ahmadi", alias="زهرا احمدی",
                                   organisation="Herat Women Forum"))
    draft = window.vault.items.add(Draft(id="", template="un-communication", title="Zahra Ahmadi", sections=SECTIONS))
    section = window.workspace.sections["draft"]
    assert isinstance(section, StrategySection)
    section.open_item(draft.id)
    return section, draft


def _rows(dialog: RedactionReviewDialog) -> list[tuple[str, str, bool]]:
    return [(dialog.plan.found(o), dialog.table.item(row, 2).text(),
             dialog.table.item(row, 0).checkState() == Qt.CheckState.Checked)
            for row, o in enumerate(dialog.plan.occurrences)]


def test_the_review_shows_every_replacement_and_words_can_be_skipped_and_added(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow
) -> None:
    section, draft = _section_with_draft(unlocked)
    assert unlocked.context is not None
    dialog = RedactionReviewDialog(unlocked.context, draft, RedactionKey(),
                                   vault_suggestions(unlocked.context.items), section)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert ("Zahra Ahmadi", "Person A", True) in rows and ("زهرا احمدي", "Person A", True) in rows
    assert ("Herat Women Forum", "Organisation A", True) in rows and ("هرات", "Province 1", True) in rows
    assert ("Kabul", "Province 2", True) in rows and not any(found == "Jawad" for found, _l, _t in rows)

    # Skip the last Kabul, add Jawad as a new person.
    last_kabul = max(row for row, (found, _l, _t) in enumerate(rows) if found == "Kabul")
    dialog.table.item(last_kabul, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.table.item(last_kabul, 2).text() == "(stays)"
    dialog.word.setText("Jawad")
    dialog.kind.setCurrentIndex(dialog.kind.findData("person"))
    dialog.add_button.click()
    rows = _rows(dialog)
    assert rows.count(("Jawad", "Person B", True)) == 2 and "2 more" in dialog.problem.text()
    assert [r for r in rows if r[0] == "Kabul"][-1][2] is False  # the skip survived the addition

    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    assert ("Zahra Ahmadi", "شخص الف", True) in _rows(dialog)
    redacted = dialog.chosen_plan().redacted(dialog.chosen_language())
    assert isinstance(redacted, Draft)
    assert redacted.section("description") == "شخص ب went back to Kabul."


def test_export_redacted_writes_only_pseudonyms_and_keeps_the_key(  # type: ignore[no-untyped-def]
    qtbot, unlocked: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    section, draft = _section_with_draft(unlocked)
    targets = iter([tmp_path / "for-un.md", tmp_path / "for-un-2.docx"])
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_args: (next(targets), ""))
    seen: list[QWidget] = []

    def accept_review(dialog: QWidget) -> None:
        assert isinstance(dialog, RedactionReviewDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.buttons.accepted.emit()

    def plain(dialog: QWidget) -> None:
        assert isinstance(dialog, PlaintextExportWarning)
        dialog.dont_ask.setChecked(True)
        dialog.plain_button.click()

    export: Callable[[], None] = section.redacted_button.click
    when_shown(RedactionReviewDialog, accept_review, seen)
    when_shown(PlaintextExportWarning, plain, seen)
    export()
    text = (tmp_path / "for-un.md").read_text(encoding="utf-8")
    for word in ("Zahra", "Ahmadi", "زهرا", "احمدي", "Herat", "هرات", "Kabul"):
        assert word not in text, word
    assert "# Person A" in text and "Person A of Organisation A" in text and "در Province 1 بازداشت" in text
    assert "redacted" in section.status_label.text()
    key = RedactionKeys(unlocked.vault.require_repository()).load(draft.id)  # type: ignore[union-attr]
    assert key is not None and len(key.entities) == 4

    # The next export (as Word) names everyone the same; the plaintext warning is not asked again.
    when_shown(RedactionReviewDialog, accept_review, seen)
    export()
    word_text = docx_text((tmp_path / "for-un-2.docx").read_bytes())
    assert "Person A" in word_text and "Organisation A" in word_text and "Province 2" in word_text
    assert "Zahra" not in word_text and "Herat" not in word_text and "هرات" not in word_text
    with zipfile.ZipFile(io.BytesIO((tmp_path / "for-un-2.docx").read_bytes())) as package:
        assert not [n for n in package.namelist() if n.startswith("docProps/")]


def test_no_marked_word_is_left_in_any_format(qtbot, unlocked: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every writer the window offers, fed the redacted copy: the file's bytes (or its text, for PDF) hold no
    marked word in any spelling the matcher folds, and the pseudonyms are there."""
    from amanat.app.redaction.plan import plan_redaction
    from amanat.app.redaction.words import find_marked, key_of
    from amanat.app.ui.sections.redacted_export import REDACTED_FORMATS, item_file_bytes
    from tests.redaction.test_export_cli import pdf_text

    _section, draft = _section_with_draft(unlocked)
    assert unlocked.context is not None
    plan = plan_redaction(draft, RedactionKey(), vault_suggestions(unlocked.context.items))
    redacted = plan.redacted("fa")
    marked = plan.marked_words()
    assert {"Zahra Ahmadi", "زهرا احمدی", "Herat Women Forum", "Kabul", "هرات"} <= set(marked)
    keys = {key_of(word): word for word in marked}
    for export_format in REDACTED_FORMATS:
        data = item_file_bytes(unlocked.context, redacted, export_format)
        if export_format == "pdf":
            texts = [pdf_text(data, tmp_path)]
        elif export_format in ("odt", "docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                texts = [package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".xml")]
        else:
            texts = [data.decode("utf-8")]
        for text in texts:
            left = [text[m.start:m.end] for m in find_marked(text, keys)]
            assert left == [], f"{export_format}: {left}"
        assert any("شخص الف" in text for text in texts), export_format


def test_a_profile_chosen_in_the_review_is_used_and_kept(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from amanat.app.ui.sections.redacted_export import redacted_copy, review_redaction

    section, draft = _section_with_draft(unlocked)
    assert unlocked.context is not None and unlocked.vault is not None
    keys = RedactionKeys(unlocked.vault.require_repository())
    profile, _ = RedactionKey().with_entity("person", ["Jawad"])
    keys.save_profile("UN SR", profile)
    dialog = review_redaction(section, unlocked.context, draft)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert ("Zahra Ahmadi", "Person A", True) in _rows(dialog)  # the item's own key: Zahra comes first
    dialog.key_choice.setCurrentIndex(dialog.key_choice.findData("UN SR"))
    dialog.key_choice.activated.emit(dialog.key_choice.currentIndex())
    rows = _rows(dialog)
    assert ("Jawad", "Person A", True) in rows and ("Zahra Ahmadi", "Person B", True) in rows
    assert dialog.chosen_profile() == "UN SR"
    redacted = redacted_copy(section, unlocked.context, dialog)
    assert isinstance(redacted, Draft) and redacted.section("description") == "Person A went back to Province 2."
    kept = keys.load_profile("UN SR")
    assert kept is not None and len(kept.entities) == 5 and keys.load(draft.id) is None
