"""Commands about sync: identity, peers, groups, and sealed bundles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from amanat.app.cli import secret_input
from amanat.app.cli.drive_commands import cmd_sync_drive
from amanat.app.cli.output import counted, print_json
from amanat.app.cli.session import open_vault
from amanat.app.errors import InvalidValue
from amanat.app.sharing.bundle_reports import INCLUDE, LEAVE_OUT, REFUSE, ImportReport, UntrustedMembers, member_label
from amanat.app.sharing.groups import GroupInfo
from amanat.app.sharing.identities import LookAlike, PeerAdded, PeerInfo
from amanat.crypto.atomic_write import write_file_atomically
from amanat.sync.bundle import MAX_BUNDLE_BYTES

MAX_CARD_BYTES = 16 * 1024


def _warn(text: str) -> None:
    print(f"amanat: warning: {text}", file=sys.stderr)


def read_input(name: str, limit: int, what: str) -> bytes:
    """A file's bytes (or standard input's, for '-'), refusing more than `limit` before reading it all."""
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        path = Path(name)
        if not path.is_file():
            raise InvalidValue(f"there is no file {name}")
        if path.stat().st_size > limit:
            raise InvalidValue(f"{name} is too large to be {what}")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    if len(data) > limit:
        raise InvalidValue(f"the input is too large to be {what}")
    return data


def _peer_json(peer: PeerInfo) -> dict[str, object]:
    return {"id": peer.peer_id, "fingerprint": peer.fingerprint, "name": peer.name,
            "verified": peer.verified, "keys_changed": peer.keys_changed, "safety_number": peer.safety_number,
            "added_at": peer.added_at, "mixed_scripts": peer.mixed_scripts,
            "looks_like": [{"id": a.peer_id, "name": a.name, "verified": a.verified, "me": a.is_me}
                           for a in peer.look_alikes]}


def _who(other: LookAlike) -> str:
    if other.is_me:
        return f"you ({other.peer_id})"
    return f"{other.name} ({other.peer_id}, {'verified' if other.verified else 'not verified'})"


def _name_flags(peer: PeerInfo) -> list[str]:
    flags = []
    if peer.look_alikes:
        flags.append("NAME LOOKS LIKE " + "; ".join(_who(a) for a in peer.look_alikes))
    if peer.mixed_scripts:
        flags.append("NAME MIXES ALPHABETS")
    return flags


def _print_peer(peer: PeerInfo) -> None:
    state = "verified" if peer.verified else ("OTHER KEYS than a verified look-alike, not verified"
                                              if peer.keys_changed else "not verified")
    print(f"{peer.peer_id}  {peer.name}  ({state})")
    for flag in _name_flags(peer):
        print(f"    {flag}")
    print(f"    safety number: {peer.safety_number}")


def _warn_about_card(added: PeerAdded) -> None:
    peer = added.peer
    if added.outcome == "look-alike" and peer.keys_changed:
        _warn(f"{peer.name} ({peer.peer_id}) has OTHER KEYS than {_who(peer.look_alikes[0])}, whose name looks "
              "the same. These may be their new keys, or someone pretending to be them. Nothing of the peer you "
              "verified changed. Compare the safety number in person or on a call you trust before verifying.")
    elif peer.look_alikes:
        _warn(f"the name {peer.name!r} ({peer.peer_id}) looks like "
              f"{'; '.join(_who(a) for a in peer.look_alikes)}. Tell them apart by their ids.")
    if added.previous_name:
        _warn(f"{added.previous_name} ({peer.peer_id}) now calls themselves {peer.name}.")
    if peer.mixed_scripts:
        _warn(f"the name {peer.name!r} ({peer.peer_id}) mixes letters of different alphabets, which can be used "
              "to imitate another name.")


def cmd_identity(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        identities = vault.sync.identities
        if args.verb == "show":
            public = identities.public()
            shown = {"name": identities.display_name(), "id": public.peer_id,
                     "fingerprint": public.fingerprint_text(), "age_recipient": identities.age_recipient()}
            if args.json:
                print_json(shown)
            else:
                print(f"Name:          {shown['name'] or '(not set: amanat identity set-name NAME)'}")
                print(f"Id:            {shown['id']}")
                print(f"Fingerprint:   {shown['fingerprint']}")
                print(f"age recipient: {shown['age_recipient']}")
        elif args.verb == "set-name":
            print(f"The name on your card is now {identities.set_display_name(args.name)}")
        elif args.verb == "card":
            data = identities.card_text().encode("utf-8") if args.text else identities.card_file()
            write_file_atomically(args.out, data)
            print(f"Wrote your contact card to {args.out}")
        elif args.verb == "export-age-key":
            write_file_atomically(args.out, (identities.age_secret_key_text() + "\n").encode("ascii"))
            _warn(f"{args.out} holds your SECRET key: anyone who gets it can read every bundle sent to you. "
                  "Keep it offline (paper, an encrypted stick) and delete this file once it is safe.")
            print(f"Wrote your age secret key to {args.out} (use it with: age -d -i {args.out} BUNDLE)")
    return 0


def cmd_peer(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        identities = vault.sync.identities
        if args.verb == "add":
            added = identities.add_peer(read_input(args.card, MAX_CARD_BYTES, "a contact card"))
            peer = added.peer
            _warn_about_card(added)
            if added.outcome == "already-known":
                print(f"{peer.name} was already known.")
            print(f"{peer.peer_id}  {peer.name}")
            print(f"Safety number: {peer.safety_number}")
            if not peer.verified:
                print(f"Compare it with {peer.name} in person or on a call you trust, then run: "
                      f"amanat peer verify {peer.peer_id} --safety-number DIGITS")
        elif args.verb == "list":
            peers = identities.peers()
            if args.json:
                print_json([_peer_json(p) for p in peers])
            else:
                for peer in peers:
                    _print_peer(peer)
        elif args.verb == "verify":
            peer = identities.verify_peer(identities.resolve_peer(args.peer), args.safety_number)
            print(f"{peer.name} ({peer.peer_id}) is verified.")
            for flag in _name_flags(peer):
                _warn(f"{peer.name} ({peer.peer_id}): {flag.lower()}")
        elif args.verb == "unverify":
            fingerprint = identities.resolve_peer(args.peer)
            identities.unverify_peer(fingerprint)
            peer = identities.peer(fingerprint)
            print(f"{peer.name} ({peer.peer_id}) is no longer verified: their bundles wait in the quarantine and "
                  "exports to their groups ask first.")
    return 0


def _group_json(group: GroupInfo) -> dict[str, object]:
    return {"id": group.group_id, "name": group.name, "i_am_admin": group.i_am_admin,
            "members": [{"id": m.peer_id, "fingerprint": m.fingerprint, "name": m.name, "admin": m.is_admin,
                         "me": m.is_me, "verified": m.verified} for m in group.members],
            "shared_items": list(group.shared_items), "name_looks_like_id": group.name_looks_like_id}


def cmd_group(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        sync = vault.sync
        if args.verb == "create":
            print(sync.groups.create(args.name).group_id)
        elif args.verb in ("add", "remove"):
            group_id = sync.groups.resolve(args.group)
            peer = sync.identities.resolve_peer(args.peer)
            change = sync.groups.add_member if args.verb == "add" else sync.groups.remove_member
            group = change(group_id, peer)
            print(f"{group.name} ({group.group_id[:8]}): {', '.join(f'{m.name} ({m.peer_id})' for m in group.members)}")
        elif args.verb == "share":
            group_id = sync.groups.resolve(args.group)
            item_id = vault.items.resolve(args.item)
            group = sync.groups.share(group_id, item_id)
            print(f"Shared {item_id[:8]} with {group.name}; members receive it with the next bundle.")
        elif args.verb == "list":
            groups = sync.groups.groups()
            if args.json:
                print_json([_group_json(g) for g in groups])
            for group in [] if args.json else groups:
                role = " (admin)" if group.i_am_admin else ""
                looks = "  (NAME LOOKS LIKE AN ID: use the id)" if group.name_looks_like_id else ""
                print(f"{group.group_id}  {group.name}{role}{looks}  {counted(len(group.shared_items), 'shared item')}")
                for member in group.members:
                    marks = [mark for mark, on in (("admin", member.is_admin), ("you", member.is_me),
                                                   ("NOT VERIFIED here", not member.verified)) if on]
                    shown = f" ({', '.join(marks)})" if marks else ""
                    print(f"    {member.peer_id}  {member.name}{shown}")
    return 0


def _report_json(report: ImportReport) -> dict[str, object]:
    return {"status": report.status, "bundle_id": report.bundle_id, "group_id": report.group_id,
            "group": report.group_name, "sender_id": report.sender_id, "sender": report.sender_name,
            "counts": report.counts(), "items": report.outcomes, "reason": report.reason,
            "dropped_from_quarantine": [{"sender": d.sender, "sender_name": d.sender_name,
                                         "received_at": d.received_at} for d in report.dropped]}


def _print_report(report: ImportReport) -> None:
    if report.status == "already-imported":
        print("Already imported: this bundle changes nothing.")
    elif report.status == "entrusted":
        print(f"{report.reason}. It is kept apart from your items; see 'amanat entrust held'.")
    elif report.status == "quarantined":
        print(f"Kept in quarantine, not applied: {report.reason}.")
        print(f"Sender: {report.sender_name or '(unknown)'} ({report.sender_id})")
        for dropped in report.dropped:
            print(f"The quarantine was full: deleted an older bundle from {dropped.sender_name or '(unknown)'} "
                  f"({dropped.sender[:16]}) received {dropped.received_at[:16]}.")
    else:
        counts = report.counts()
        summary = ", ".join(f"{n} {what}" for what, n in sorted(counts.items())) or "nothing new"
        print(f"Imported from {report.sender_name} ({report.sender_id}) for {report.group_name}: {summary}")


def cmd_sync(args: argparse.Namespace) -> int:
    if args.verb == "drive":
        return cmd_sync_drive(args)
    with open_vault(args) as vault:
        exchange = vault.sync.exchange
        if args.verb == "export":
            group_id = vault.sync.groups.resolve(args.group)
            untrusted = INCLUDE if args.include_untrusted else LEAVE_OUT if args.leave_out_untrusted else REFUSE
            try:
                bundle = exchange.export(group_id, full=args.full, armored=args.armor, untrusted=untrusted)
            except UntrustedMembers:
                _warn("nothing was written. Verify them again (amanat peer verify), have the admin remove them, "
                      "or run again with --leave-out-untrusted (they get nothing) or --include-untrusted.")
                raise
            write_file_atomically(args.out, bundle.data)
            print(f"Wrote {counted(len(bundle.data), 'byte')} with changes to {counted(bundle.items, 'item')} for "
                  f"{counted(len(bundle.recipients), 'member')} to {args.out}")
            if bundle.left_out:
                print("Left out (not verified here): " + "; ".join(member_label(m) for m in bundle.left_out))
            if bundle.untrusted_included:
                _warn("sealed also for members you have not verified: "
                      + "; ".join(member_label(m) for m in bundle.untrusted_included))
        elif args.verb == "export-readable":
            group_id = vault.sync.groups.resolve(args.group)
            if warning := secret_input.weakness_warning(passphrase := secret_input.export_passphrase()):
                _warn(warning)
            options = {"armored": args.armor, "with_comments": args.with_comments}
            write_file_atomically(args.out, exchange.export_readable(group_id, passphrase, **options))
            print(f"Wrote {args.out}. It opens with: age -d {args.out} > items.md  (give the passphrase by "
                  "another way than the file: a call, in person)")
        elif args.verb == "import":
            report = exchange.import_bundle(read_input(args.file, MAX_BUNDLE_BYTES, "a bundle"))
            print_json(_report_json(report)) if args.json else _print_report(report)
        elif args.verb == "quarantine":
            if args.apply:
                report = exchange.import_from_quarantine(args.apply)
                print_json(_report_json(report)) if args.json else _print_report(report)
            elif args.discard:
                exchange.discard_from_quarantine(args.discard)
                print(f"Deleted {args.discard} from the quarantine.")
            else:
                entries = exchange.quarantined()
                if args.json:
                    print_json([{"id": e.id, "received_at": e.received_at, "sender": e.sender,
                                 "sender_name": e.sender_name, "group_id": e.group_id, "reason": e.reason,
                                 "bytes": len(e.bundle)} for e in entries])
                for entry in [] if args.json else entries:
                    print(f"{entry.id}  {entry.received_at[:16]}  from {entry.sender_name or '?'} "
                          f"({entry.sender[:16]}): {entry.reason}")
                    alike = vault.sync.identities.look_alikes_of(entry.sender_name, entry.sender)
                    if alike:
                        print("    NAME LOOKS LIKE " + "; ".join(_who(a) for a in alike))
        elif args.verb == "history":
            history = exchange.history()
            if args.json:
                print_json(history)
            for logged in [] if args.json else history:
                sender = f"  from {logged.peer[:16]}" if logged.peer else ""
                print(f"{logged.at[:16]}  {logged.direction:8}  group {logged.group_id[:8]}{sender}  {logged.summary}")
    return 0
