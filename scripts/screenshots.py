"""Screenshots of Amanat's main screens in English, Dari and Pashto, taken from the real window.

    python scripts/screenshots.py OUTDIR

For each language a demo vault (scripts/demo_content.py, in that language only)
is made in a temporary folder, the real main window is built on it with
`amanat.app.ui.shell.gui_main.build_window` at 1200×780, and `window.grab()` saves:

    OUTDIR/{en,fa,ps}/01-welcome.png  02-unlock.png  03-notes.png  04-note-preview.png
                      05-contacts.png 06-strategy-swot.png 07-strategy-action-plan.png
                      08-trash.png    09-search.png  10-settings.png
                      11-sync-card.png 12-sync-people.png 13-sync-verify.png 14-sync-groups.png
                      15-sync-review.png 16-duress.png 17-travel.png 18-decoy.png
                      19-strategy-versions.png 20-strategy-version-changes.png 21-note-comments.png 22-tasks.png
                      23-strategy-meeting.png 24-strategy-plan-from-meeting.png
                      dialogs/NN-name.png: every dialog over the window at 1366×768

The window is unlocked by typing the passphrase and pressing Unlock, as a
person would. The search and settings dialogs are separate windows; their
screenshots show the dialog painted over the middle of the main window.

The demo vaults use real Argon2id parameters, calibrated once per run, so the
Settings screenshot shows what a user would see (a few seconds per language).
With --fast-kdf the script switches the weak test key derivation on for itself and uses
the weak parameters the tests use instead: quicker, but then the Settings
screenshot shows those test parameters. Either way the vaults hold only
invented content and are deleted at the end. The settings file lives in the
same temporary folder; the user's own settings are never read or written.

Without a DISPLAY it runs offscreen (QT_QPA_PLATFORM=offscreen). Dari and
Pashto need an Arabic-script font: on Debian, the package fonts-noto-core.
Exits non-zero, naming the screen, when a screen cannot be produced.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QTabWidget, QWidget

# Run as a file, the script's own folder is on sys.path but the checkout is not: put it there, so that
# scripts.* comes from the checkout this script belongs to (amanat.* comes from the installed checkout:
# pip install -e).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from amanat.app.models import Draft  # noqa: E402
from amanat.app.settings import Settings, save_settings  # noqa: E402
from amanat.app.ui.models.item_list_model import ItemListModel  # noqa: E402
from amanat.app.ui.sections.meeting_editor import MeetingEditor  # noqa: E402
from amanat.app.ui.sections.notes_section import PREVIEW_TAB, WRITE_TAB  # noqa: E402
from amanat.app.ui.sections.section import Section  # noqa: E402
from amanat.app.ui.sections.tasks_section import TasksSection  # noqa: E402
from amanat.app.ui.shell.gui_main import build_window  # noqa: E402
from amanat.app.ui.shell.main_window import MainWindow  # noqa: E402
from amanat.app.vault import Vault  # noqa: E402
from amanat.crypto.kdf import Argon2idParams, allow_insecure_test_kdf, calibrate  # noqa: E402
from scripts.demo_content import DEMO_LANGUAGES, DemoItems, demo_content, fill_demo_vault  # noqa: E402
from scripts.demo_meeting import add_demo_meeting  # noqa: E402
from scripts.demo_sync import SyncDemo, fill_sync_demo  # noqa: E402
from scripts.dialog_shots import SCREEN_HEIGHT, SCREEN_WIDTH, dialog_builders, unknown_dialogs  # noqa: E402

WINDOW_WIDTH, WINDOW_HEIGHT = 1200, 780
PASSPHRASE = "demo vault for screenshots, not a secret"  # noqa: S105 - a throwaway demo vault
FONT_PACKAGE = "fonts-noto-core"
PASHTO_ONLY_LETTERS = set("ټډړږښګڼېۍ")
WAIT_SECONDS = 20.0
DIALOG_BORDER = QColor("#7a7a7a")
SECTION_ROWS = {"note": 0, "contact": 1, "draft": 2, "trash": 3, "sync": 4, "tasks": 5}


class ScreenFailed(Exception):
    """A screen could not be produced; the message says which and why."""


# -- waiting and typing ----------------------------------------------------------------------------------


# A sentence the SWOT gains after its other language version was marked updated (19-strategy-versions).
VERSION_EDIT = {
    "en": "- Our phones are searched at the border: nothing about cases on them",
    "fa": "- تلفن‌های ما در سرحد تلاشی می‌شوند: هیچ چیزی از قضیه‌ها روی آن‌ها نباشد",
    "ps": "- زموږ تلیفونونه په پوله تلاشي کېږي: د قضیو هېڅ شی پرې نه وي",
}


# (passage, comment, reply, second passage, second comment) on the showcase note (21-note-comments).
COMMENT_DEMO = {
    "en": ("Arrests of women protesters", "Do we have names and dates for each arrest? The rapporteur will ask.",
           "Laila has the list from Herat; Mazar is still open.", "Farid (online from Berlin)",
           "Farid could not hear the second half: send him the notes."),
    "fa": ("بازداشت زنان معترض", "برای هر بازداشت نام و تاریخ داریم؟ گزارشگر ویژه خواهد پرسید.",
           "لیلا فهرست هرات را دارد؛ مزارشریف هنوز مانده است.", "فرید (آنلاین از برلین)",
           "فرید نیمهٔ دوم را نشنید: یادداشت‌ها را برایش بفرستید."),
    "ps": ("د معترضو ښځو نیول", "ایا د هر نیول شوي کس نوم او نېټه لرو؟ ځانګړی راپور ورکوونکی به یې وپوښتي.",
           "لیلا د هرات لېست لري؛ د مزار شریف لا پاتې دی.", "فرید (له برلین څخه آنلاین)",
           "فرید دویمه برخه وانه وریده: یادښتونه ورته ولېږئ."),
}


def settle(app: QApplication, rounds: int = 5) -> None:
    """Let layouts, deferred deletes and paints happen."""
    for _ in range(rounds):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        time.sleep(0.01)


def wait_until(app: QApplication, condition: Callable[[], bool], what: str, seconds: float = WAIT_SECONDS) -> None:
    """Process events until `condition()` holds; ScreenFailed after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise ScreenFailed(f"gave up after {seconds:g} s waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into a widget one key at a time (QTest's keyClicks drops letters outside Latin-1)."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))




# -- fonts -------------------------------------------------------------------------------------------------


def warn_without_arabic_script_font() -> None:
    """Dari and Pashto render as boxes without a font for them; say which package brings one."""
    fc_list = shutil.which("fc-list")
    found = ""
    if fc_list is not None:
        result = subprocess.run([fc_list, ":lang=fa", "family"], capture_output=True, text=True, check=False)
        found = result.stdout.strip()
    if not found:
        print(f"warning: fc-list finds no Arabic-script font; Dari and Pashto will not render. "
              f"On Debian: apt-get install {FONT_PACKAGE}", file=sys.stderr)

DECOY_NOTE = {"en": "Shopping list", "fa": "فهرست خرید", "ps": "د پېرودلو لېست"}


# -- pictures ---------------------------------------------------------------------------------------------


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with `dialog` painted over its middle, as a desktop would show a dialog over its parent."""
    picture = window.grab()
    overlay = dialog.grab()
    origin = QPoint((picture.width() - overlay.width()) // 2, max(0, (picture.height() - overlay.height()) // 2))
    painter = QPainter(picture)
    try:
        painter.drawPixmap(origin, overlay)
        painter.setPen(DIALOG_BORDER)
        painter.drawRect(origin.x() - 1, origin.y() - 1, overlay.width() + 1, overlay.height() + 1)
    finally:
        painter.end()
    return picture


def save_png(picture: QPixmap, path: Path) -> None:
    if picture.isNull() or picture.width() < 100 or picture.height() < 100:
        raise ScreenFailed(f"the grab for {path.name} is empty ({picture.width()}×{picture.height()})")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not picture.save(str(path), "PNG"):
        raise ScreenFailed(f"could not write {path}")


# -- checks ----------------------------------------------------------------------------------------------


def is_arabic_script(char: str) -> bool:
    return unicodedata.bidirectional(char) == "AL"


def check_language_of(titles: list[str], language: str) -> None:
    """The vault on screen holds content of `language` only (a Dari screenshot shows Dari notes)."""
    if not titles:
        raise ScreenFailed("the notes list is empty")
    for title in titles:
        arabic = any(is_arabic_script(c) for c in title)
        if (language == "en") == arabic:
            raise ScreenFailed(f"a {language} screenshot would show the title {title!r}")
        if language == "fa" and PASHTO_ONLY_LETTERS & set(title):
            raise ScreenFailed(f"a Dari screenshot would show the Pashto title {title!r}")
    if language == "ps" and not any(PASHTO_ONLY_LETTERS & set(title) for title in titles):
        raise ScreenFailed("the Pashto notes list shows no Pashto title")


def list_titles(model: ItemListModel) -> list[str]:
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


# -- one language ----------------------------------------------------------------------------------------


class LanguageRun:
    """Builds the window for one language and takes its screenshots in order."""

    def __init__(self, app: QApplication, language: str, workdir: Path, outdir: Path,
                 kdf_params: Argon2idParams, theme: str = "light") -> None:
        self.app = app
        self.theme = theme
        self.kdf_params = kdf_params
        self.language = language
        self.outdir = outdir / language
        self.vault_dir = workdir / language / "vault"
        self.settings_path = workdir / language / "config" / "settings.json"
        self.window: MainWindow | None = None
        self.ids: DemoItems | None = None
        self.sync_demo: SyncDemo | None = None
        self.saved: list[Path] = []

    # -- helpers --

    def win(self) -> MainWindow:
        if self.window is None:
            raise ScreenFailed("the window was not built")
        return self.window

    def save(self, name: str, dialog: QWidget | None = None) -> None:
        """Grab the window (with `dialog` over it) once layouts and paints have settled."""
        settle(self.app)
        path = self.outdir / f"{name}.png"
        save_png(self.win().grab() if dialog is None else with_dialog(self.win(), dialog), path)
        self.saved.append(path)

    def page(self) -> QWidget:
        page = self.win().pages.currentWidget()
        if page is None:
            raise ScreenFailed("the window shows no page")
        return page

    def child(self, parent: QWidget, kind: type, name: str) -> QWidget:
        found = parent.findChild(kind, name)
        if found is None:
            raise ScreenFailed(f"no {kind.__name__} named {name!r} in {parent.objectName() or type(parent).__name__}")
        return found

    def show_section(self, kind: str) -> Section:
        workspace = self.win().workspace
        if workspace is None:
            raise ScreenFailed("the vault is not open")
        workspace.sidebar.setCurrentRow(SECTION_ROWS[kind])
        settle(self.app)
        return workspace.sections[kind]

    def demo(self) -> DemoItems:
        if self.ids is None:
            raise ScreenFailed("the demo vault was not filled")
        return self.ids

    # -- screens --

    def welcome(self) -> None:
        save_settings(Settings(language=self.language, theme=self.theme), self.settings_path)
        _app, window = build_window(self.vault_dir, self.settings_path)
        self.window = window
        window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
        window.show()
        settle(self.app)
        if window.languages.language != self.language:
            raise ScreenFailed(f"the window came up in {window.languages.language!r}")
        self.child(self.page(), QWidget, "welcomeTitle")
        self.save("01-welcome")

    def unlock(self) -> None:
        vault, _recovery = Vault.create(self.vault_dir, PASSPHRASE, params=self.kdf_params)
        try:
            self.ids = fill_demo_vault(vault, self.language)
            self.sync_demo = fill_sync_demo(vault, self.language, self.vault_dir.parent / "peers", PASSPHRASE,
                                            self.ids.swot)
        finally:
            vault.close()
        window = self.win()
        window.show_start()
        settle(self.app)
        page = self.page()
        field = self.child(page, QLineEdit, "unlockPassphrase")
        field.setFocus()
        type_text(field, PASSPHRASE)
        self.save("02-unlock")
        button = self.child(page, QPushButton, "unlockButton")
        assert isinstance(button, QPushButton)
        button.click()
        wait_until(self.app, lambda: window.workspace is not None and window.workspace.isVisible(),
                   "the workspace after Unlock")
        notes = self.show_section("note")
        check_language_of(list_titles(notes.model), self.language)  # type: ignore[attr-defined]

    def notes(self) -> None:
        notes = self.show_section("note")
        notes.open_item(self.demo().showcase_note)
        tabs = self.child(notes, QTabWidget, "noteTabs")
        assert isinstance(tabs, QTabWidget)
        tabs.setCurrentIndex(WRITE_TAB)
        self.save("03-notes")
        tabs.setCurrentIndex(PREVIEW_TAB)
        self.save("04-note-preview")
        tabs.setCurrentIndex(WRITE_TAB)

    def contacts(self) -> None:
        contacts = self.show_section("contact")
        contacts.open_item(self.demo().high_risk_contact)
        self.save("05-contacts")

    def strategy(self) -> None:
        strategy = self.show_section("draft")
        strategy.open_item(self.demo().swot)
        self.save("06-strategy-swot")
        strategy.open_item(self.demo().action_plan)
        self.save("07-strategy-action-plan")

    def tasks(self) -> None:
        """The Tasks section, after one row of the action plan was given to me (the vault's own identity)."""
        vault = self.win().vault
        if vault is None:
            raise ScreenFailed("the vault is not open")
        plan = vault.items.get(self.demo().action_plan)
        if not isinstance(plan, Draft) or len(plan.rows) < 2:
            raise ScreenFailed("the demo action plan has no rows")
        me = vault.sync.identities
        rows = list(plan.rows)
        rows[1] = replace(rows[1], owner=me.display_name(), owner_id=me.public().fingerprint.hex(),
                          note=rows[1].note or rows[1].action)
        vault.items.save(replace(plan, rows=tuple(rows)))
        section = self.show_section("tasks")
        section.reload()
        if isinstance(section, TasksSection):
            section.hide_done_box.setChecked(True)
            section.table.setFocus()
            section.table.setCurrentIndex(section.proxy.index(0, 0))
        settle(self.app)
        self.save("22-tasks")

    def versions(self) -> None:
        """A Dari (or English) version of the SWOT, out of date after the SWOT changed, and its changes."""
        vault = self.win().vault
        if vault is None:
            raise ScreenFailed("the vault is not open")
        source = vault.items.get(self.demo().swot)
        other = "fa" if self.language != "fa" else "en"
        translation = next(d for d in demo_content(other).drafts if d.template == "swot")
        made = vault.linked.make_version(source.id, other, translation.title, this_language=self.language)
        vault.items.save(replace(made, sections=translation.sections))
        for key, _text in translation.sections:
            vault.linked.mark_updated(made.id, key)
        texts = dict(vault.items.get(source.id).sections)  # type: ignore[union-attr]
        texts["threats"] = texts["threats"].replace("\n", "\n" + VERSION_EDIT[self.language] + "\n", 1)
        vault.items.save(replace(vault.items.get(source.id), sections=tuple(texts.items())))  # type: ignore[type-var]
        strategy = self.show_section("draft")
        strategy.context.items_changed.emit("draft")
        strategy.open_item(made.id)
        self.save("19-strategy-versions")
        strategy.versions.show_changes()  # type: ignore[attr-defined]
        dialog = strategy.versions.diff_dialog  # type: ignore[attr-defined]
        if dialog is None:
            raise ScreenFailed("the changes of the other version did not open")
        self.save("20-strategy-version-changes", dialog)
        dialog.close()

    def comments(self) -> None:
        """A note with two comment threads beside it, one answered, and the chosen one's passage marked."""
        vault = self.win().vault
        if vault is None:
            raise ScreenFailed("the vault is not open")
        note = vault.items.get(self.demo().showcase_note)
        passage, first, answer, second_passage, second = COMMENT_DEMO[self.language]
        body = note.body  # type: ignore[attr-defined]
        for text, comment in ((passage, first), (second_passage, second)):
            if text not in body:
                raise ScreenFailed(f"the showcase note has no {text!r} to comment on")
            start = body.index(text)
            thread = vault.sync.comments.start(note.id, "body", start, start + len(text), comment)
            if comment == first:
                vault.sync.comments.reply(note.id, thread.id, answer)
                chosen = thread.id
        notes = self.show_section("note")
        notes.open_item(note.id)
        panel = notes.comments  # type: ignore[attr-defined]
        panel.set_item(note.id)
        panel.reload(keep=chosen)
        self.save("21-note-comments")

    def meeting(self) -> None:
        """Meeting notes (scripts/demo_meeting.py) with two items sent into the action plan, then that plan's row."""
        vault = self.win().vault
        if vault is None:
            raise ScreenFailed("the vault is not open")
        meeting = add_demo_meeting(vault, self.language, self.demo().action_plan)
        strategy = self.show_section("draft")
        strategy.context.items_changed.emit("draft")
        strategy.open_item(meeting.id)
        editor = strategy.editor  # type: ignore[attr-defined]
        if not isinstance(editor, MeetingEditor):
            raise ScreenFailed("the meeting did not open in its editor")
        editor.table.setCurrentIndex(editor.model.index(0, 0))
        settle(self.app)
        editor.show_items()
        settle(self.app)
        self.save("23-strategy-meeting")
        editor.open_current_destination()
        if strategy.current_id != self.demo().action_plan:  # type: ignore[attr-defined]
            raise ScreenFailed("the plan row of a sent item did not open")
        self.save("24-strategy-plan-from-meeting")

    def trash(self) -> None:
        trash = self.show_section("trash")
        first = trash.model.item_id(0)  # type: ignore[attr-defined]
        if first is None or not trash.select_item(first):  # type: ignore[attr-defined]
            raise ScreenFailed("the trash is empty")
        self.save("08-trash")

    def search(self) -> None:
        self.show_section("note")
        workspace = self.win().workspace
        assert workspace is not None
        workspace.open_search()
        dialog = workspace.search_dialog
        if dialog is None:
            raise ScreenFailed("Ctrl+K opened no search dialog")
        settle(self.app)
        field = self.child(dialog, QLineEdit, "searchField")
        type_text(field, self.demo().search_query)
        wait_until(self.app, lambda: dialog.model.rowCount() > 0, "search results")
        try:
            self.save("09-search", dialog)
        finally:
            dialog.close()
            settle(self.app)

    def settings(self) -> None:
        """The settings dialog runs modally (exec), so it is grabbed from a timer inside its event loop."""
        failures: list[BaseException] = []
        seen: list[QDialog] = []

        def grab_and_close() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog) or dialog.objectName() != "settingsDialog":
                failures.append(ScreenFailed(f"the modal window is {dialog!r}, not the settings dialog"))
                if isinstance(dialog, QDialog):
                    dialog.reject()
                return
            seen.append(dialog)
            try:
                self.save("10-settings", dialog)
            except ScreenFailed as error:
                failures.append(error)
            finally:
                dialog.reject()

        QTimer.singleShot(500, grab_and_close)
        self.win().open_settings()
        settle(self.app)
        if failures:
            raise failures[0]
        if not seen:
            raise ScreenFailed("the settings dialog did not open")

    def sync(self) -> None:
        """The Sync section's tabs, the verification dialog, and the review of an incoming bundle."""
        section = self.show_section("sync")
        demo = self.sync_demo
        if demo is None:
            raise ScreenFailed("the sync demo was not made")
        tabs = section.tabs  # type: ignore[attr-defined]
        tabs.setCurrentIndex(0)
        self.save("11-sync-card")
        tabs.setCurrentIndex(1)
        peers = section.peers  # type: ignore[attr-defined]
        peers._select(demo.unverified_peer)
        self.save("12-sync-people")
        dialog = peers.open_verification()
        if dialog is None:
            raise ScreenFailed("the verification dialog did not open")
        self.save("13-sync-verify", dialog)
        dialog.reject()
        tabs.setCurrentIndex(2)
        self.save("14-sync-groups")
        tabs.setCurrentIndex(3)
        exchange = section.exchange  # type: ignore[attr-defined]
        exchange.open_files([demo.bundle_file])
        wait_until(self.app, lambda: exchange.review_dialog is not None, "the import review")
        review = exchange.review_dialog
        self.save("15-sync-review", review)
        review.reject()

    def border(self) -> None:
        """The duress dialog, travel mode (with the shared items that stay) and the decoy being filled."""
        from amanat.app.duress import set_duress

        window = self.win()
        if window.vault is None:
            raise ScreenFailed("the vault is not open")
        set_duress(window.vault, "a harmless holiday passphrase")  # the demo vault's own, never typed anywhere
        for name, opened in (("16-duress", window.open_duress()), ("17-travel", window.open_travel())):
            if opened is None:
                raise ScreenFailed(f"{name}: the dialog did not open")
            self.save(name, opened)
            opened.close()
        page = window.open_decoy_mode()
        if page is None:
            raise ScreenFailed("the decoy did not open")
        page.context.items.add_note(DECOY_NOTE[self.language], "")
        page.workspace.sections["note"].reload()
        self.save("18-decoy")
        window.close_decoy_mode()

    def dialogs(self) -> None:
        """Every dialog over the window at 1366×768 (scripts/dialog_shots.py), in dialogs/."""
        window = self.win()
        if self.sync_demo is None:
            raise ScreenFailed("the sync demo was not made")
        window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
        self.show_section("note").open_item(self.demo().showcase_note)
        known = dialog_builders(window, self.demo().showcase_note, self.sync_demo.unverified_peer,
                                self.sync_demo.bundle_file, self.language)
        problems = [f"no screenshot of {name}: add it to scripts/dialog_shots.py" for name in unknown_dialogs(known)]
        for name, _cls, build in known:
            dialog = build()
            dialog.show()
            try:
                self.save(f"dialogs/{name}", dialog)
            except ScreenFailed as error:
                problems.append(f"{name}: {error}")
            finally:
                dialog.close()
                if dialog is not window.workspace.search_dialog:  # type: ignore[union-attr]
                    dialog.deleteLater()  # as the window does with the dialogs it opens
                settle(self.app)
        window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
        if problems:
            raise ScreenFailed("; ".join(problems))

    def close(self) -> None:
        if self.window is None:
            return
        window, self.window = self.window, None
        window.lock()
        # Let the locked workspace's sections be deleted first: until then they still answer a language
        # change by reloading their lists from the vault that lock() has just closed.
        settle(self.app)
        window.languages.switch("en")  # remove this window's translators before the next language
        window.close()
        window.deleteLater()
        settle(self.app)


def shoot_language(app: QApplication, language: str, workdir: Path, outdir: Path,
                   kdf_params: Argon2idParams, theme: str = "light",
                   only: tuple[str, ...] = ()) -> tuple[list[Path], list[str]]:
    """Every screen of one language; returns the files written and what failed."""
    run = LanguageRun(app, language, workdir, outdir, kdf_params, theme)
    failures: list[str] = []
    steps: list[tuple[str, Callable[[], None], bool]] = [
        ("01-welcome", run.welcome, True),
        ("02-unlock", run.unlock, True),  # everything after needs the vault open
        ("03-notes, 04-note-preview", run.notes, False),
        ("05-contacts", run.contacts, False),
        ("06-strategy-swot, 07-strategy-action-plan", run.strategy, False),
        ("08-trash", run.trash, False),
        ("09-search", run.search, False),
        ("10-settings", run.settings, False),
        ("11-sync-card … 15-sync-review", run.sync, False),
        ("16-duress, 17-travel, 18-decoy", run.border, False),
        ("19-strategy-versions, 20-strategy-version-changes", run.versions, False),
        ("21-note-comments", run.comments, False),
        ("22-tasks", run.tasks, False),
        ("23-strategy-meeting, 24-strategy-plan-from-meeting", run.meeting, False),
        ("dialogs/* at 1366×768", run.dialogs, False),
    ]
    if only:
        steps = [step for step in steps if step[2] or any(name in step[0] for name in only)]
    try:
        for screens, step, required in steps:
            try:
                step()
            except ScreenFailed as error:
                failures.append(f"{language}/{screens}: {error}")
                if required:
                    break
    finally:
        run.close()
    return run.saved, failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/screenshots.py", description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="where the en/, fa/ and ps/ folders of PNGs go")
    parser.add_argument("--languages", nargs="+", choices=DEMO_LANGUAGES, default=list(DEMO_LANGUAGES))
    parser.add_argument("--theme", choices=("light", "dark"), default="light",
                        help="the window's colours (the README's screenshots are light)")
    parser.add_argument("--only", nargs="+", default=[], metavar="SCREEN",
                        help="only the screens whose names contain one of these (e.g. 19-strategy)")
    parser.add_argument("--fast-kdf", action="store_true",
                        help="weak test key derivation (faster; Settings then shows the test parameters)")
    args = parser.parse_args(argv)

    if args.fast_kdf:
        allow_insecure_test_kdf()  # demo vaults only: see the module docstring
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    warn_without_arabic_script_font()

    saved: list[Path] = []
    failures: list[str] = []
    kdf_params = calibrate()  # once: every demo vault of the run uses the same parameters
    with tempfile.TemporaryDirectory(prefix="amanat-screenshots-") as scratch:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        for language in args.languages:
            files, problems = shoot_language(app, language, Path(scratch), args.outdir, kdf_params, args.theme,
                                             tuple(args.only))
            saved += files
            failures += problems
    for path in saved:
        print(path)
    if failures:
        print("\nThese screens could not be produced:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
