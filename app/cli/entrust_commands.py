"""`amanat entrust …`: entrusting the vault to colleagues, holding their shares, recovering with them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from amanat.app.cli import secret_input
from amanat.app.cli.output import print_json
from amanat.app.cli.session import open_vault
from amanat.app.cli.sync_commands import read_input
from amanat.app.cli.vault_location import vault_directory
from amanat.app.entrust_recovery import (
    RecoveryProgress,
    add_answer,
    cancel_recovery,
    finish_recovery,
    recovery_progress,
    start_recovery,
)
from amanat.app.errors import DestinationExists, InvalidValue
from amanat.app.sharing.entrust import month_of
from amanat.crypto.atomic_write import write_file_atomically
from amanat.sync.bundle import MAX_BUNDLE_BYTES
from amanat.sync.entrust_messages import MAX_MESSAGE_BYTES

NEW_SET_ADVICE = ("Your colleagues' shares have been used: make a new set soon with "
                  "'amanat entrust create' (the old shares then stop working).")


def _write_new(path: Path, data: bytes) -> None:
    if path.exists():
        raise DestinationExists(f"{path} exists already; choose another name")
    write_file_atomically(path, data)


def _create(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        identities = vault.sync.identities
        holders = [identities.resolve_peer(peer) for peer in args.to]
        args.out_dir.mkdir(parents=True, exist_ok=True)
        made = vault.sync.entrust.create(vault.keys, args.threshold, holders, armored=args.armor)
    print(f"Made a new set of {made.shares} shares ({made.threshold} needed), set of {month_of(made.created)}.")
    print("Give each person their own file (it opens only for them), like any bundle:")
    for bundle in made.bundles:
        path = args.out_dir / bundle.file_name
        _write_new(path, bundle.data)
        print(f"    {bundle.holder_name} ({bundle.holder[:16]}): {path}")
    print("Any older set no longer opens the vault.")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        sets = vault.sync.entrust.sets(vault.key_file)
    if args.json:
        print_json([{"set_id": s.set_id, "created": s.created, "threshold": s.threshold, "shares": s.shares,
                     "current": s.current, "holders": [{"peer": f, "name": n} for f, n in s.holders]} for s in sets])
        return 0
    if not sets:
        print("The vault is not entrusted to colleagues.")
    for made in sets:
        state = "current" if made.current else "replaced: its shares no longer open the vault"
        print(f"Set of {month_of(made.created)} ({made.threshold} of {made.shares}, {state})")
        print("    held by: " + ", ".join(f"{name} ({fingerprint[:16]})" for fingerprint, name in made.holders))
    return 0


def _held(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        held = vault.sync.entrust.held()
    if args.json:
        print_json([{"owner": h.owner, "owner_name": h.owner_name, "set_id": h.set_id, "threshold": h.threshold,
                     "shares": h.shares, "created": h.created, "answered_at": h.answered_at} for h in held])
        return 0
    if not held:
        print("You hold no recovery shares for others.")
        return 0
    print("You hold recovery shares for:")
    for share in held:
        answered = f"; sent back {share.answered_at[:16]}" if share.answered_at else ""
        print(f"    {share.owner_name} (set of {month_of(share.created)}, {share.threshold} of {share.shares}"
              f"{answered})")
    return 0


def _answer(args: argparse.Namespace) -> int:
    text = read_input(args.request, MAX_MESSAGE_BYTES, "a recovery request")
    with open_vault(args) as vault:
        entrust = vault.sync.entrust
        review = entrust.review_request(text)
        if args.safety_number is None:
            print(f"{review.held.owner_name} asks for your recovery share (set of {month_of(review.held.created)}).")
            print("Call them on a number you know, or meet them. Ask them to read their safety number; it must be:")
            print(f"    {review.number}")
            print("If it is the same, run this again with --safety-number DIGITS --out FILE. If it differs, or you "
                  "cannot reach them, do not answer: someone may be pretending to be them.")
            return 0
        if args.out is None:
            raise InvalidValue("say where to write the answer: --out FILE")
        answer = entrust.answer(text, args.safety_number, armored=args.armor)
    _write_new(args.out, answer.data)
    print(f"Your share for {answer.owner_name} is in {args.out}; it opens only on the computer that asked.")
    return 0


def _print_progress(progress: RecoveryProgress) -> None:
    have = len(progress.holders)
    print(f"Shares: {have} of {progress.threshold} needed (set of {progress.set_month}, {progress.shares} holders)"
          + (f"; from {', '.join(progress.holders)}" if have else ""))


def _recover_request(args: argparse.Namespace) -> int:
    directory = vault_directory(args)
    if args.cancel:
        print("The recovery was cancelled." if cancel_recovery(directory) else "No recovery was under way.")
        return 0
    progress = start_recovery(directory, backup=args.backup)
    if args.out is not None:
        write_file_atomically(args.out, progress.request_text.encode("ascii"))
    print("Send this recovery request to the colleagues who hold your shares (e-mail, messenger, USB):")
    print()
    print(progress.request_text)
    print("Each of them will call you or meet you: read them this safety number. Nobody else should hear it.")
    print(f"    {progress.number}")
    print(f"The request expires on {_day(progress.request.expires)}.")
    _print_progress(progress)
    return 0


def _day(timestamp: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _recover(args: argparse.Namespace) -> int:
    directory = vault_directory(args)
    progress = recovery_progress(directory)
    if progress is None:
        raise InvalidValue("no recovery is under way here (or it expired): run 'amanat entrust recover-request'")
    for path in args.answers:
        progress = add_answer(directory, read_input(str(path), MAX_BUNDLE_BYTES, "an answer"))
        print(f"Added the share from {progress.holders[-1]}.")
    _print_progress(progress)
    if progress.missing:
        print(f"{progress.missing} more needed; the vault stays locked.")
        return 0
    new = secret_input.changed_passphrase()
    warning = secret_input.weakness_warning(new)
    if warning:
        print(f"amanat: warning: {warning}", file=sys.stderr)
    with finish_recovery(directory, new):
        pass
    print("The vault is open again: your new passphrase is set.")
    print(NEW_SET_ADVICE)
    return 0


def cmd_entrust(args: argparse.Namespace) -> int:
    """`amanat entrust VERB`."""
    verbs = {"create": _create, "list": _list, "withdraw": _withdraw, "held": _held, "answer": _answer,
             "recover-request": _recover_request, "recover": _recover}
    return verbs[args.verb](args)


def _withdraw(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.sync.entrust.withdraw(vault.keys)
    print("The set is withdrawn: no shares open the vault any more.")
    return 0

