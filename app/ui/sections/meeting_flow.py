"""The strategy section's part in meeting notes: sending action items into a plan, and following links.

The core sends (`amanat.app.meetings.MeetingActions`, one transaction through ItemService); this
adapts it: the meeting is saved first, the dialog asks where, then the section shows the meeting
again with its "Sent to" column filled. A link opens the other draft in the same section and makes
the linked row current.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from amanat.app.errors import AmanatError
from amanat.app.meetings import SendOutcome
from amanat.app.models import Draft
from amanat.app.ui.sections.action_plan_editor import ActionPlanEditor
from amanat.app.ui.sections.draft_editors import DraftEditor
from amanat.app.ui.sections.item_editor_section import ItemEditorSection
from amanat.app.ui.sections.meeting_editor import MeetingEditor, meeting_actions
from amanat.app.ui.sections.send_items_dialog import SendItemsDialog


class MeetingFlow(QObject):
    """Wires a meeting or plan editor to its section: send, then show; follow a link, then select the row."""

    def __init__(self, section: ItemEditorSection, editor: Callable[[], DraftEditor | None]) -> None:
        super().__init__(section)
        self.section = section
        self.editor = editor
        self.dialog: SendItemsDialog | None = None

    def attach(self, editor: DraftEditor) -> None:
        """Listen to a new editor's requests (meetings send and link, plans link back)."""
        if isinstance(editor, MeetingEditor):
            editor.send_requested.connect(self.ask_and_send)
            editor.open_link_requested.connect(self.open_link)
        elif isinstance(editor, ActionPlanEditor):
            editor.origin_bar.open_link_requested.connect(self.open_link)

    def ask_and_send(self) -> SendItemsDialog | None:
        """Save the meeting, then ask where its items go (the dialog is modal to the window, not blocking)."""
        editor = self.editor()
        if not isinstance(editor, MeetingEditor) or not self.section.save():
            return None
        meeting = self.section.loaded
        assert isinstance(meeting, Draft)
        context = self.section.context
        dialog = SendItemsDialog(context, meeting_actions(context), meeting, editor.selected_indexes(), self.section)
        dialog.accepted.connect(lambda: self.send(meeting.id, dialog.chosen_plan(), dialog.new_title.text(),
                                                  dialog.chosen_indexes()))
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def send(self, meeting_id: str, plan_id: str, new_title: str, indexes: list[int]) -> SendOutcome | None:
        """Send through the core; report how it went on the status line (or the error in a dialog)."""
        context = self.section.context
        try:
            outcome = meeting_actions(context).send(meeting_id, plan_id=plan_id,
                                                    new_plan_title="" if plan_id else new_title, indexes=indexes)
        except AmanatError as error:
            context.show_error(self.section, error)
            return None
        context.items_changed.emit(self.section.kind)
        self.section.reload_shown(outcome.meeting)  # type: ignore[attr-defined]
        self.section.status_label.setText(self.report(outcome))
        return outcome

    def report(self, outcome: SendOutcome) -> str:
        """What the status line says after a send."""
        context = self.section.context
        added = context.counted(outcome.added, self.tr("Added one item to {1}."), self.tr("Added {0} items to {1}."),
                                outcome.plan.title)
        parts = [added] if outcome.added or not (outcome.updated or outcome.unchanged) else []
        if outcome.updated:
            parts.append(context.counted(outcome.updated, self.tr("Brought one item up to date."),
                                         self.tr("Brought {0} items up to date.")))
        if outcome.unchanged:
            parts.append(context.counted(outcome.unchanged, self.tr("One was there already."),
                                         self.tr("{0} were there already.")))
        return " ".join(parts)

    def open_link(self, item_id: str, row_id: str) -> None:
        """Show the linked draft and make the linked row current."""
        self.section.open_item(item_id)
        editor = self.editor()
        if editor is not None and self.section.current_id == item_id:
            editor.select_row(row_id)
