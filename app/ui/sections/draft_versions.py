"""The strategy section's language versions: the bar's actions, the out-of-date marks, and the diff window.

Wires `LanguageVersionsBar`, `MakeVersionDialog` and `VersionDiffDialog` to the core
(`vault.linked`, app/linked_versions.py). The section saves what is typed before anything here
reads or changes a version, so a mark never overwrites an edit and an edit never loses a mark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from amanat.app.errors import AmanatError
from amanat.app.models import Draft
from amanat.app.ui.sections.draft_editors import DraftEditor
from amanat.app.ui.sections.item_editor_section import ItemEditorSection
from amanat.app.ui.sections.language_versions_bar import LanguageVersionsBar, language_names
from amanat.app.ui.sections.make_version_dialog import MakeVersionDialog
from amanat.app.ui.sections.version_diff_dialog import VersionDiffDialog
from amanat.app.version_links import SectionState, section_states


class DraftVersions(QObject):
    """Keeps the bar and the editor's marks in step with the open draft's versions; opens the dialogs."""

    def __init__(self, section: ItemEditorSection, editor: Callable[[], DraftEditor | None]) -> None:
        super().__init__(section)
        self.section = section
        self._editor = editor
        self.bar = LanguageVersionsBar()
        self.bar.localise = section.context.localise_digits
        self.make_dialog: MakeVersionDialog | None = None
        self.diff_dialog: VersionDiffDialog | None = None
        self.states: dict[str, SectionState] = {}
        self.bar.open_version.connect(self.section.open_item)
        self.bar.make_version.connect(self.ask_for_version)
        self.bar.show_changes.connect(self.show_changes)

    def stored(self) -> Draft | None:
        """The open draft as stored (what a merge or a mark made of it), or None."""
        if self.section.current_id is None:
            return None
        try:
            draft = self.section.context.items.get(self.section.current_id, "draft")
        except AmanatError:
            return None
        return draft if isinstance(draft, Draft) else None

    def refresh(self) -> None:
        """Read the open draft's versions again and show what is out of date (bar, editor, diff window)."""
        draft = self.stored()
        linked = self.section.context.vault.linked
        versions = linked.versions(draft) if draft is not None else []
        self.states = section_states(draft, versions) if draft is not None else {}
        others = {v.id: sum(s.out_of_date for s in section_states(v, versions).values())
                  for v in versions if draft is None or v.id != draft.id}
        self.bar.show_draft(draft, versions, self.states, others)
        names = language_names()
        comma = QCoreApplication.translate("LanguageVersionsBar", ", ")
        stale = {key: comma.join(sorted({names.get(s.language, "?") for s in state.sources}))
                 for key, state in self.states.items() if state.out_of_date}
        editor = self._editor()
        if editor is not None:
            editor.show_out_of_date(stale)
        if self.diff_dialog is not None:
            self.diff_dialog.show_states(self.states, self.diff_dialog.current_section())

    def ask_for_version(self) -> None:
        """"Make a version…": save, then ask for the language, title and start."""
        if not self.section.save():
            return
        draft = self.stored()
        if draft is None:
            return
        taken = {v.link.language for v in self.section.context.vault.linked.versions(draft) if v.link is not None}
        dialog = MakeVersionDialog(draft, taken, self.section)
        dialog.accepted.connect(lambda: self.make_version(draft.id, *dialog.chosen()))
        dialog.destroyed.connect(lambda: setattr(self, "make_dialog", None))
        self.make_dialog = dialog
        dialog.open()

    def make_version(self, draft_id: str, language: str, title: str, own_language: str, copy: bool) -> Draft | None:
        """Make the version and open it."""
        try:
            made = self.section.context.vault.linked.make_version(
                draft_id, language, title, this_language=own_language, prefill=copy)
        except AmanatError as error:
            self.section.context.show_error(self.section, error)
            return None
        self.section.context.items_changed.emit("draft")
        self.section.open_item(made.id)
        return made

    def show_changes(self) -> None:
        """"Show changes…": save, then open (or raise) the diff window on the first out-of-date section."""
        if not self.section.save():
            return
        self.refresh()
        if self.diff_dialog is None:
            dialog = VersionDiffDialog(self.states, "", self.section)
            dialog.mark_updated.connect(self.mark_updated)
            dialog.destroyed.connect(lambda: setattr(self, "diff_dialog", None))
            self.diff_dialog = dialog
        self.diff_dialog.show()
        self.diff_dialog.raise_()
        self.diff_dialog.activateWindow()

    def mark_updated(self, key: str) -> bool:
        """Save what is typed, then mark one section of the open version updated."""
        if self.section.current_id is None or not self.section.save():
            return False
        try:
            marked = self.section.context.vault.linked.mark_updated(self.section.current_id, key)
        except AmanatError as error:
            self.section.context.show_error(self.section, error)
            return False
        self.section.loaded = marked
        self.section.context.items_changed.emit("draft")
        self.refresh()
        return True
