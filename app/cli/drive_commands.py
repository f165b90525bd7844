"""`amanat sync drive PATH`: the window's "Sync with this drive" on the command line (app/sharing/drive_sync.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from amanat.app.cli.output import counted, print_json
from amanat.app.cli.session import open_vault
from amanat.app.sharing.bundle_reports import INCLUDE, LEAVE_OUT, REFUSE, ImportReport, member_label
from amanat.app.sharing.drive_sync import READING, DriveImportResult, DriveSync, DriveSyncResult
from amanat.app.sharing.transfer import PendingBundle, Review

_STAGES = {READING: "reading the drive", "sealing": "sealing my groups' changes"}


class _StderrProgress:
    """One line on stderr per step, so a slow drive shows it is working (standard output stays for results)."""

    def __init__(self) -> None:
        self.stage = ""

    def begin(self, stage: str) -> None:
        self.stage = _STAGES.get(stage, stage)

    def __call__(self, done: int, total: int) -> None:
        if total:
            print(f"amanat: {self.stage} {done}/{total}", file=sys.stderr, flush=True)


def _untrusted_choice(args: argparse.Namespace) -> str:
    return INCLUDE if args.include_untrusted else LEAVE_OUT if args.leave_out_untrusted else REFUSE


def _report_json(report: ImportReport) -> dict[str, object]:
    return {"status": report.status, "bundle_id": report.bundle_id, "group_id": report.group_id,
            "group": report.group_name, "sender_id": report.sender_id, "sender": report.sender_name,
            "counts": report.counts(), "reason": report.reason, "dropped_from_quarantine": len(report.dropped)}


def _pending_json(pending: PendingBundle) -> dict[str, object]:
    if pending.report is None:
        return {"file": pending.name, "status": "refused", "reason": str(pending.error)}
    return {"file": pending.name, **_report_json(pending.report)}


def _review_json(review: Review) -> dict[str, object]:
    return {"bundles": [_pending_json(p) for p in review.pending],
            "skipped": [{"file": name, "reason": reason} for name, reason in review.skipped],
            "not_for_me": review.not_for_me, "already_seen": review.already_seen, "waiting": list(review.waiting)}


def _result_json(result: DriveSyncResult, imported: DriveImportResult | None) -> dict[str, object]:
    return {"written": result.written,
            "left_out": sorted({member_label(m) for b in result.sent for m in b.left_out}),
            "failed": [{"group_id": f.group_id, "group": f.group_name, "reason": f.reason} for f in result.failed],
            "review": _review_json(result.review),
            "imported": None if imported is None else [_report_json(r) for r in imported.reports],
            "removed_from_drive": 0 if imported is None else imported.removed}


def _print_review(review: Review, importing: bool) -> None:
    for pending in review.pending:
        report = pending.report
        if report is None:
            print(f"Refused {pending.name}: {pending.error}")
        elif not importing:
            counts = ", ".join(f"{n} {what}" for what, n in sorted(report.counts().items())) or "nothing new"
            kept = " (would wait in the quarantine: " + report.reason + ")" if report.status == "quarantined" else ""
            print(f"For you: from {report.sender_name or '(unknown)'} ({report.sender_id}) "
                  f"for {report.group_name}: {counts}{kept}")
    for name, reason in review.skipped:
        print(f"Skipped {name}: {reason}")
    for waiting in review.waiting:
        print(f"Incomplete: {waiting}")
    if review.not_for_me:
        print(f"{counted(review.not_for_me, 'bundle')} on the drive {'is' if review.not_for_me == 1 else 'are'} for "
              "other people.")


def _print_summary(result: DriveSyncResult, imported: DriveImportResult | None) -> None:
    print(f"Wrote {counted(result.written, 'bundle')} to the drive.")
    for failure in result.failed:
        print(f"The bundle for the group {failure.group_name} could not be made: {failure.reason}")
    left_out = sorted({member_label(m) for b in result.sent for m in b.left_out})
    if left_out:
        print("Left out (not verified here): " + "; ".join(left_out))
    _print_review(result.review, imported is not None)
    if not result.to_decide:
        if not result.review.pending:
            print("Nothing new for you.")
        return
    if imported is None:
        waiting = len(result.to_decide)
        print(f"{counted(waiting, 'bundle')} {'waits' if waiting == 1 else 'wait'} for you: run again without "
              "--no-import to import " + ("it." if waiting == 1 else "them."))
        return
    print(f"Imported {counted(imported.applied, 'bundle')}.")
    if imported.quarantined:
        print(f"{imported.quarantined} wait in the quarantine until you verify their senders "
              "(amanat sync quarantine).")
    if imported.dropped:
        print(f"The quarantine was full: {imported.dropped} older bundles were deleted from it.")
    if imported.removed:
        print(f"Removed {counted(imported.removed, 'imported bundle')} from the drive.")


def cmd_sync_drive(args: argparse.Namespace) -> int:
    """Write my groups' bundles to the drive at args.path, then import what it holds for me."""
    progress = _StderrProgress()
    with open_vault(args) as vault:
        drive = DriveSync(vault.sync, Path(args.path), progress=progress, stage=progress.begin)
        untrusted = _untrusted_choice(args)
        if untrusted == REFUSE:
            for group in drive.unverified_recipients():
                names = "; ".join(member_label(m) for m in group.untrusted_members())
                print(f"amanat: warning: the group {group.name} has members you have not verified ({names}): it "
                      "gets no bundle. Verify them, or run again with --leave-out-untrusted or --include-untrusted.",
                      file=sys.stderr)
        result = drive.send_and_review(full=args.full, untrusted=untrusted)
        imported = None
        if not args.no_import:
            imported = drive.import_reviewed(result.to_decide, remove_from_drive=args.remove_imported)
        if args.json:
            print_json(_result_json(result, imported))
        else:
            _print_summary(result, imported)
        if any(b.untrusted_included for b in result.sent):
            included = sorted({member_label(m) for b in result.sent for m in b.untrusted_included})
            print("amanat: warning: sealed also for members you have not verified: " + "; ".join(included),
                  file=sys.stderr)
    return 0
