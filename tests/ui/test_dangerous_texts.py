"""The three texts that could put a user in danger, in English, Dari and Pashto (issue 13).

The Dari and Pashto checks look at structure and key words only: a native speaker still has to
read the sentences (see docs/glossary-fa-ps.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from amanat.app.ui.dialogs.travel_dialog import TravelDialog
from amanat.app.ui.shell.main_window import MainWindow

# Per language: the words the duress warning must carry (never / for good / the duress passphrase's one name).
NEVER_TRY_IT = {
    "en": ("Never type the duress passphrase to try it out", "for good", "no undo"),
    "fa": ("هرگز", "برای آزمایش", "برای همیشه", "رمز عبور زیر فشار"),
    "ps": ("هېڅکله", "ازمویلو", "د تل لپاره", "د فشار پټنوم"),
}


@pytest.mark.parametrize("language", sorted(NEVER_TRY_IT))
def test_the_duress_dialog_says_never_to_try_it_and_that_the_wipe_is_for_good(  # type: ignore[no-untyped-def]
        unlocked: MainWindow, language: str) -> None:
    unlocked.switch_language(language)
    dialog = unlocked.open_duress()
    assert dialog is not None
    warning = dialog.findChild(QLabel, "duressWarning")
    assert warning is not None and warning.isVisibleTo(dialog)
    for words in NEVER_TRY_IT[language]:
        assert words in warning.text(), (language, words)
    how_to_fill = dialog.findChild(QLabel, "duressHowToFill")
    assert how_to_fill is not None and "--decoy" in how_to_fill.text()
    dialog.close()


STAYING = {"en": ("2", "stay on this laptop"), "fa": ("۲", "روی همین لپ‌تاپ"), "ps": ("۲", "په همدې لپټاپ")}


@pytest.mark.parametrize("language", sorted(STAYING))
def test_travel_mode_says_how_many_shared_items_stay_on_the_laptop(  # type: ignore[no-untyped-def]
        qtbot, unlocked: MainWindow, tmp_path: Path, language: str) -> None:
    vault = unlocked.vault
    assert vault is not None
    vault.sync.identities.set_display_name("Mariam")
    group = vault.sync.groups.create("Lawyers").group_id
    shared = [vault.items.add_note(f"Shared {n}", "text").id for n in range(2)]
    for item_id in shared:
        vault.sync.groups.share(group, item_id)
    vault.items.delete(shared[1])  # in the trash, still shared: it stays too
    vault.items.add_note("Private", "text")
    assert sorted(vault.sync.travel.staying_item_ids()) == sorted(shared)
    unlocked.switch_language(language)
    dialog = unlocked.open_travel()
    assert isinstance(dialog, TravelDialog)
    count, where = STAYING[language]
    assert count in dialog.staying.text() and where in dialog.staying.text()
    recovery = vault.keys.new_recovery_key()
    dialog.recovery.setText(recovery.display())
    with qtbot.waitSignal(dialog.sealed, timeout=30_000) as sealed:
        dialog.seal_to(tmp_path / "trip.age")
    assert sealed.args == [1]
    assert sorted(h.id for h in vault.items.list() + vault.items.trash()) == sorted(shared)  # they really stayed
    dialog.close()


# The lock condition must come before the list of cases, so that it governs all of them
# (the old Dari and Pashto attached "while locked" to "copied" only).
LOCKED_FIRST = {
    "en": ("while Amanat is locked", ("lost", "stolen", "searched", "copied")),
    "fa": ("قفل است", ("گم", "دزدیده", "تلاشی", "کاپی")),
    "ps": ("قلف وي", ("ورک", "غلا", "تلاشي", "کاپي")),
}


@pytest.mark.parametrize("language", sorted(LOCKED_FIRST))
def test_the_welcome_page_promises_protection_only_while_locked(  # type: ignore[no-untyped-def]
        window: MainWindow, language: str) -> None:
    window.switch_language(language)
    window.show_start()
    body = window.pages.currentWidget().findChild(QLabel, "welcomeBody")
    assert body is not None
    protects = body.text().split("<p>")[2]  # the paragraph that says what Amanat protects against
    condition, cases = LOCKED_FIRST[language]
    assert condition in protects
    for case in cases:
        assert protects.index(condition) < protects.index(case), (language, case)
