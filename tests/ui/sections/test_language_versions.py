"""A draft's language versions in the real window: the bar, out-of-date sections, the diff, "Mark as updated"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from amanat.app.models import Draft
from amanat.app.ui.sections.make_version_dialog import MakeVersionDialog
from amanat.app.ui.sections.strategy_section import StrategySection
from amanat.app.ui.sections.version_diff_dialog import VersionDiffDialog
from amanat.app.ui.shell.main_window import MainWindow
from tests.ui.sections.test_strategy import strategy

SWOT_EN = (("strengths", "Trusted by the families of the detained."), ("weaknesses", "No office; few funds."),
           ("opportunities", "The Special Rapporteur visits in March."), ("threats", "Border searches."))
SWOT_FA = (("strengths", "خانواده‌های بازداشت‌شدگان به ما اعتماد دارند."), ("weaknesses", "دفتر نداریم؛ بودجه کم است."),
           ("opportunities", "گزارشگر ویژه در ماه مارچ می‌آید."), ("threats", "تلاشی در سرحد."))


def english_and_dari(window: MainWindow) -> tuple[StrategySection, Draft, Draft]:
    """An English SWOT and its Dari version, translated and in line; the English edited since (threats)."""
    assert window.vault is not None
    items, linked = window.vault.items, window.vault.linked
    english = items.save(replace(items.new_draft("swot", "Geneva SWOT"), sections=SWOT_EN))
    dari = linked.make_version(english.id, "fa", "تحلیل SWOT ژنو", this_language="en")
    dari = items.save(replace(dari, sections=SWOT_FA))
    for key, _text in SWOT_FA:
        linked.mark_updated(dari.id, key)
    english = items.get(english.id)
    items.save(replace(english, sections=(*SWOT_EN[:3], ("threats", "Border searches and phone seizures."))))
    section = strategy(window)
    section.context.items_changed.emit("draft")
    assert isinstance(english, Draft) and isinstance(dari, Draft)
    return section, english, dari


def test_the_bar_lists_the_versions_and_switches_between_them(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, english, dari = english_and_dari(unlocked)
    section.open_item(english.id)
    bar = section.versions.bar
    assert [b.text() for b in bar.buttons] == ["Dari (1 out of date)", "English"]
    assert [b.isChecked() for b in bar.buttons] == [False, True]
    assert not bar.out_of_date_line.isVisible()  # the English is in line
    dari_button = bar.buttons[0]
    dari_button.setFocus()
    qtbot.keyClick(dari_button, Qt.Key.Key_Space)  # keyboard reachable
    assert section.current_id == dari.id
    assert [b.isChecked() for b in section.versions.bar.buttons] == [True, False]
    shown = [b for b in bar.findChildren(QPushButton) if b.objectName().startswith("version_") and b.isVisible()]
    assert len(shown) == 2  # the buttons of the draft shown before are gone at once, not left over the bar


def test_an_out_of_date_section_is_marked_in_text_and_colour_and_read_out(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, _english, dari = english_and_dari(unlocked)
    section.open_item(dari.id)
    bar, editor = section.versions.bar, section.editor
    assert editor is not None
    assert bar.out_of_date_line.isVisible() and bar.out_of_date_line.property("state") == "warning"
    assert "Threats" in bar.out_of_date_line.text() and "English" in bar.out_of_date_line.text()
    assert editor.boxes["threats"].title() == "Threats — out of date"  # type: ignore[attr-defined]
    assert editor.boxes["threats"].property("state") == "warning"  # type: ignore[attr-defined]
    assert "English" in editor.edits["threats"].accessibleDescription()
    assert editor.edits["strengths"].accessibleDescription() == ""
    assert editor.boxes["strengths"].title() == "Strengths"  # type: ignore[attr-defined]


def test_the_diff_shows_the_changed_words_and_mark_as_updated_clears_it(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section, english, dari = english_and_dari(unlocked)
    section.open_item(dari.id)
    bar = section.versions.bar
    qtbot.mouseClick(bar.changes_button, Qt.MouseButton.LeftButton)
    dialog = section.versions.diff_dialog
    assert isinstance(dialog, VersionDiffDialog) and dialog.isVisible()
    assert dialog.current_section() == "threats"
    shown = dialog.view.toPlainText().replace("\u2068", "").replace("\u2069", "")
    assert "Border searches and phone seizures." in shown
    assert "Added: and phone seizures" in shown and "Removed" not in shown
    assert 'text-decoration:underline' in dialog.view.toHtml() or "underline" in dialog.view.toHtml()
    # Translate in the window while the dialog stays open, then mark updated from the dialog.
    editor = section.editor
    assert editor is not None
    editor.edits["threats"].setPlainText("تلاشی در سرحد و ضبط تلفن‌ها.")
    qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
    stored = unlocked.vault.items.get(dari.id)  # type: ignore[union-attr]
    assert stored.section("threats") == "تلاشی در سرحد و ضبط تلفن‌ها."  # type: ignore[union-attr]
    assert section.versions.bar.out_of_date_sections() == []
    assert not bar.out_of_date_line.isVisible()
    assert not dialog.isVisible()  # nothing left out of date: it closed
    # The translation was catching up: the English is not out of date because of it.
    section.open_item(english.id)
    assert section.versions.bar.out_of_date_sections() == []


def test_make_a_version_from_the_bar(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = strategy(unlocked)
    draft = section.create_draft("concept-note", "Concept note")
    assert draft is not None
    assert section.versions.bar.label.text() == "No other language versions"
    qtbot.mouseClick(section.versions.bar.make_button, Qt.MouseButton.LeftButton)
    dialog = section.versions.make_dialog
    assert isinstance(dialog, MakeVersionDialog) and dialog.isVisible()
    assert dialog.chosen_own_language() == "en"
    assert dialog.chosen()[0] == "fa"
    dialog.title.setText("یادداشت مفهومی")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    made = unlocked.vault.items.get(section.current_id)  # type: ignore[union-attr, arg-type]
    assert isinstance(made, Draft) and made.link is not None and made.link.language == "fa"
    assert made.title == "یادداشت مفهومی"
    assert [b.text() for b in section.versions.bar.buttons] == ["Dari", "English"]
    assert all(isinstance(b, QPushButton) and b.accessibleName() for b in section.versions.bar.buttons)


def test_in_dari_the_changes_of_a_dari_version_run_right_to_left_and_counts_use_persian_digits(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow) -> None:
    section, english, dari = english_and_dari(unlocked)
    assert unlocked.vault is not None
    changed = "خانواده‌های بازداشت‌شدگان و وکیلان به ما اعتماد دارند."
    stored = unlocked.vault.items.get(dari.id)
    unlocked.vault.items.save(replace(stored, sections=(("strengths", changed), *stored.sections[1:])))  # type: ignore[arg-type]
    unlocked.switch_language("fa")
    section.open_item(dari.id)
    assert section.versions.bar.buttons[0].text() == "دری (۱ به‌روز نیست)"
    section.open_item(english.id)
    assert section.versions.bar.out_of_date_sections() == ["strengths"]
    section.versions.show_changes()
    dialog = section.versions.diff_dialog
    assert dialog is not None and dialog.current_section() == "strengths"
    document = dialog.view.document()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    dari_lines = [b for b in blocks if "وکیلان" in b.text() and not b.text().startswith("افزوده")]
    assert dari_lines and all(b.textDirection() == Qt.LayoutDirection.RightToLeft for b in dari_lines)
    assert "افزوده شد: \u2068و وکیلان\u2069" in dialog.view.toPlainText()
    dialog.close()


def test_two_versions_in_one_language_made_in_two_vaults_at_once_are_told_apart(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow) -> None:
    section, english, dari = english_and_dari(unlocked)
    assert unlocked.vault is not None and dari.link is not None
    # What a merge leaves when two members each made a Dari version of the English at the same time.
    unlocked.vault.items.add(replace(dari, id="", title="تحلیل دوم", link=replace(dari.link, marks=(), news=())))
    section.open_item(english.id)
    section.context.items_changed.emit("draft")  # as after a bundle: the bar reads the versions again
    assert [b.text().split(" (")[0] for b in section.versions.bar.buttons] == ["Dari 1", "Dari 2", "English"]


def test_the_share_dialog_says_the_other_versions_are_shared_too(qtbot, unlocked: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from amanat.app.ui.sections.share_dialog import ShareDialog

    _section, english, dari = english_and_dari(unlocked)
    assert unlocked.vault is not None and unlocked.context is not None
    unlocked.vault.sync.identities.set_display_name("Mariam")
    group = unlocked.vault.sync.groups.create("Geneva group")
    dialog = ShareDialog(unlocked.context, dari.id, unlocked)
    qtbot.addWidget(dialog)
    assert dialog.versions_note.text() == "Its other language versions are shared with it: English."
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.share_checked()
    assert set(unlocked.vault.sync.groups.info(group.group_id).shared_items) == {english.id, dari.id}
    note = unlocked.vault.items.add_note("A note", "")
    plain = ShareDialog(unlocked.context, note.id, unlocked)
    qtbot.addWidget(plain)
    assert plain.versions_note.isHidden()
