"""Import review: before anything is applied, who sent each bundle, for which group, and what it changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from amanat.app.sharing.bundle_reports import ImportReport
from amanat.app.sharing.transfer import PendingBundle, Review
from amanat.app.ui.sync.peer_labels import look_alike_text, who
from amanat.app.ui.widgets.context import UiContext
from amanat.app.ui.widgets.entrust_text import describe_entrust_error
from amanat.app.ui.widgets.list_text import join_list
from amanat.app.ui.widgets.text_direction import isolate

MAX_TITLES_SHOWN = 8


def change_summary(report: ImportReport, digits: Callable[[str], str] = str) -> str:
    """'2 added, 1 changed' in the user's language (`digits` writes numbers in the user's digits)."""
    labels = {
        "added": QCoreApplication.translate("ImportReviewDialog", "{0} added"),
        "changed": QCoreApplication.translate("ImportReviewDialog", "{0} changed"),
        "deleted": QCoreApplication.translate("ImportReviewDialog", "{0} moved to the trash"),
        "restored": QCoreApplication.translate("ImportReviewDialog", "{0} restored"),
        "unchanged": QCoreApplication.translate("ImportReviewDialog", "{0} unchanged"),
    }
    counts = report.counts()
    parts = [labels[outcome].format(digits(str(counts[outcome]))) for outcome in labels if counts.get(outcome)]
    return join_list(parts) or QCoreApplication.translate("ImportReviewDialog", "nothing new")


class ImportReviewDialog(QDialog):
    """The bundles a transport brought, previewed; the user applies the ticked ones or discards them all."""

    apply_requested = Signal(list)  # the PendingBundles to apply
    discarded = Signal(list)  # the PendingBundles the user chose not to apply

    def __init__(self, context: UiContext, review: Review, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReviewDialog")
        self.context = context
        self.review = review
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(self.tr("Bundles received"))
        self.list.setWordWrap(True)
        self.skipped = QLabel()
        self.skipped.setObjectName("reviewSkipped")
        self.skipped.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyBundlesButton")
        self.discard_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.discard_button.setObjectName("discardBundlesButton")
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self._discard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.skipped)
        layout.addWidget(self.buttons)
        self.resize(620, 460)
        self._fill()

    def _entry_text(self, pending: PendingBundle) -> str:
        report = pending.report
        if report is None:
            assert pending.error is not None
            return self.tr("Refused: {0}").format(describe_entrust_error(pending.error))
        sender = who(report.sender_name or self.tr("someone unknown"), report.sender_id)
        if report.status == "quarantined":
            text = self.tr("From {0}, who is NOT verified: it will wait in the quarantine until you verify them. "
                           "Group: {1}").format(sender, isolate(report.group_name))
            alike = self.context.vault.sync.identities.look_alikes_of(report.sender_name, report.sender_id)
            return text + ("\n" + look_alike_text(alike) if alike else "")
        if report.status == "already-imported":
            return self.tr("From {0}: already imported, changes nothing.").format(sender)
        if report.entrusted:
            return self.tr("From {0} (verified): a recovery share to hold for them, kept apart from your items "
                           "(Tools → Entrust to colleagues…).").format(sender)
        lines = [self.tr("From {0} (verified) · group {1}: {2}").format(
            sender, isolate(report.group_name), change_summary(report, self.context.localise_digits))]
        changed = [report.titles.get(i, "") for i, what in report.outcomes.items() if what != "unchanged"]
        for title in changed[:MAX_TITLES_SHOWN]:
            lines.append("   • " + isolate(title or self.tr("(untitled)")))
        if len(changed) > MAX_TITLES_SHOWN:
            lines.append("   " + self.tr("and {0} more").format(
                self.context.localise_digits(str(len(changed) - MAX_TITLES_SHOWN))))
        return "\n".join(lines)

    def _fill(self) -> None:
        review = self.review
        self.setWindowTitle(self.tr("Review before importing"))
        self.apply_button.setText(self.tr("Apply ticked bundles"))
        self.discard_button.setText(self.tr("Discard"))
        for pending in review.pending:
            entry = QListWidgetItem(self._entry_text(pending))
            applicable = pending.applicable
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable if applicable
                           else entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            if applicable:
                entry.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(entry)
        number = self.context.localise_digits
        parts = [self.tr("Bundles for you: {0}.").format(number(str(len(review.pending))))]
        if review.not_for_me:
            parts.append(self.tr("{0} addressed to other people (left alone).").format(number(str(review.not_for_me))))
        if review.already_seen:
            parts.append(self.tr("{0} read before.").format(number(str(review.already_seen))))
        self.summary.setText(" ".join(parts))
        notes = [self.tr("Skipped {0}: {1}").format(isolate(name), reason) for name, reason in review.skipped[:5]]
        notes += [isolate(text) for text in review.waiting]
        self.skipped.setText("\n".join(notes))
        self.skipped.setVisible(bool(notes))
        self.apply_button.setEnabled(any(p.applicable for p in review.pending))

    def ticked(self) -> list[PendingBundle]:
        """The bundles the user wants applied."""
        return [p for row, p in enumerate(self.review.pending)
                if p.applicable and self.list.item(row).checkState() == Qt.CheckState.Checked]

    def _apply(self) -> None:
        chosen = self.ticked()
        self.apply_requested.emit(chosen)
        self.discarded.emit([p for p in self.review.pending if p not in chosen])
        self.accept()

    def _discard(self) -> None:
        self.discarded.emit(list(self.review.pending))
        self.reject()
