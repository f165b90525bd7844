"""The `amanat` command line: its commands and options."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from amanat.app import __version__
from amanat.app.cli.export_parser import add_export_command
from amanat.app.cli.meeting_commands import add_meeting_commands
from amanat.app.cli.task_commands import add_task_commands
from amanat.app.cli.translation_commands import add_translation_commands
from amanat.app.cli.values import pair, value
from amanat.app.id_prefix import MIN_ID_PREFIX
from amanat.app.models import DRAFT_STATUSES, ITEM_KINDS, TEMPLATES
from amanat.app.search_text import query_terms

MAX_ID_CHARS = 64  # the longest id Amanat gives (fingerprints); items and attachments have 32 hex digits

CONTACT_FIELDS_HELP = (
    "alias, organisation, role, country, city, notes, email, phone, signal, whatsapp, "
    "telegram, other, preferred_channel, never_contact_via (comma-separated), "
    "risk_level (unknown, low, medium, high)"
)


VALUE_HELP = "or @FILE, or @- for a line of standard input (kept out of ps and shell history)"


class AmanatArgumentParser(argparse.ArgumentParser):
    """Usage errors as one line, like every other error, with exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"amanat: error: {message} (see '{self.prog} --help')\n")


def id_prefix(given: str) -> str:
    """An argparse type: the start of an item's or attachment's id (at least four hex digits); anything else
    cannot name one, so it is a usage error (exit 2) before the vault is opened, not "not found"."""
    typed = given.strip().lower()
    if not MIN_ID_PREFIX <= len(typed) <= MAX_ID_CHARS or not set(typed) <= set("0123456789abcdef"):
        raise argparse.ArgumentTypeError(
            f"{given[:40]!r} is not an id: give its first {MIN_ID_PREFIX} or more hex digits (0-9, a-f)")
    return typed


def search_query(given: str) -> str:
    """An argparse type: a query with at least one word to look for (after @FILE / @- are read)."""
    text = value(given)
    if not query_terms(text):
        raise argparse.ArgumentTypeError(f"{text[:40]!r} holds no word to search for")
    return text


def positive_number(given: str) -> int:
    """An argparse type: a whole number from 1 up (a limit, a revision)."""
    try:
        number = int(given)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{given[:20]!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is not 1 or more")
    return number


def _common() -> AmanatArgumentParser:
    # Accepted before or after the command; SUPPRESS keeps a later default from
    # overwriting a value given before the command.
    common = AmanatArgumentParser(add_help=False)
    common.add_argument("--vault", type=Path, default=argparse.SUPPRESS, metavar="DIR",
                        help="vault folder (default: AMANAT_VAULT or the user data folder)")
    common.add_argument("--passphrase-file", type=Path, default=argparse.SUPPRESS, metavar="FILE",
                        help="read the passphrase from FILE (for scripts)")
    common.add_argument("--accept-slow-key-derivation", action="store_true", default=argparse.SUPPRESS,
                        help="open a key file or backup whose key derivation is much costlier than this "
                             "computer's without asking")
    common.add_argument("--decoy", action="store_true", default=argparse.SUPPRESS,
                        help="work on the duress passphrase's decoy vault (unlock with your own passphrase)")
    return common


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def _item_verbs(
    sub: argparse._SubParsersAction[AmanatArgumentParser], kind: str, common: AmanatArgumentParser
) -> argparse._SubParsersAction[AmanatArgumentParser]:
    noun = sub.add_parser(kind, help=f"{kind}s", parents=[common])
    verbs = noun.add_subparsers(dest="verb", required=True, metavar="VERB")
    listing = verbs.add_parser("list", help=f"list {kind}s", parents=[common])
    listing.add_argument("--tag", type=value, help="only items with this tag")
    listing.add_argument("--limit", type=int, default=-1)
    _json(listing)
    show = verbs.add_parser("show", help=f"show one {kind}", parents=[common])
    show.add_argument("id", type=id_prefix)
    _json(show)
    delete = verbs.add_parser("delete", help=f"move a {kind} to the trash", parents=[common])
    delete.add_argument("id", type=id_prefix)
    return verbs


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree."""
    common = _common()
    parser = AmanatArgumentParser(
        prog="amanat",
        description="Amanat: an encrypted vault for notes, contacts and strategy drafts.",
        epilog="Titles, names, tags, field values, queries and peer or group names can be given as @FILE "
               "(the file's content) or @- (a line of standard input), so that they stay out of ps and "
               "shell history; @@TEXT is the literal @TEXT.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"amanat {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    _vault_commands(sub, common)
    _item_commands(sub, common)
    _finding_commands(sub, common)
    _sync_commands(sub, common)
    _border_commands(sub, common)
    _entrust_commands(sub, common)
    _transfer_commands(sub, common)
    add_task_commands(sub, common)
    add_translation_commands(sub, common)
    add_meeting_commands(sub, common, id_prefix)
    self_test = sub.add_parser("self-test", help="check that this installation works, on throwaway data")
    # For bench/frozen_start_bench.py: show the window on VAULT, print the clock once it is painted, leave.
    self_test.add_argument("--startup-probe", nargs=2, type=Path, metavar=("VAULT", "SETTINGS"),
                           help=argparse.SUPPRESS)
    return parser


def _vault_commands(sub: argparse._SubParsersAction[AmanatArgumentParser], common: AmanatArgumentParser) -> None:
    """Creating the vault, its keys, its backups and 'remember on this device'."""
    sub.add_parser("init", help="create a new vault (prints the recovery key once)", parents=[common])
    sub.add_parser("passwd", help="change the passphrase", parents=[common])
    sub.add_parser("rekey", help="give the vault a new key (old key file copies stop working; "
                   "prints a new recovery key)", parents=[common])
    sub.add_parser("recover", help="set a new passphrase with the recovery key", parents=[common])
    sub.add_parser("check", help="check the vault's integrity", parents=[common])
    sub.add_parser("new-recovery-key", help="replace the recovery key (prints the new one)", parents=[common])
    backup = sub.add_parser("backup", help="write an encrypted backup file", parents=[common])
    backup.add_argument("file", type=Path)
    backup.add_argument("--overwrite", action="store_true", help="replace FILE if it exists (else it is refused)")
    restore = sub.add_parser("restore", help="restore a backup into an empty vault folder", parents=[common])
    restore.add_argument("file", type=Path)
    restore.add_argument("--with-recovery-key", action="store_true",
                         help="open the backup with the recovery key instead of the passphrase")
    remember = sub.add_parser("remember", help="keep an unlock secret in the OS keychain", parents=[common])
    remember.add_argument("--off", action="store_true", help="forget it again")
    bind = sub.add_parser("bind", help="make the passphrase work only with this device's keystore (old copies of "
                          "the key file then need it too; the recovery key works anywhere)", parents=[common])
    bind.add_argument("--off", action="store_true", help="let the passphrase alone open the vault again")


def _item_commands(sub: argparse._SubParsersAction[AmanatArgumentParser], common: AmanatArgumentParser) -> None:
    """Notes, contacts and drafts: list, show, add, edit, delete (the verbs of `_item_verbs` and their own)."""
    verbs = _item_verbs(sub, "note", common)
    add = verbs.add_parser("add", help="add a note (text from standard input)", parents=[common])
    add.add_argument("--title", required=True, type=value, help=VALUE_HELP)
    add.add_argument("--tag", action="append", default=[], type=value)
    add.add_argument("--pin", action="store_true")
    edit = verbs.add_parser("edit", help="change a note (new text from standard input, if any)", parents=[common])
    edit.add_argument("id", type=id_prefix)
    edit.add_argument("--title", type=value, help=VALUE_HELP)
    edit.add_argument("--tag", action="append", type=value, help="replace the tags (repeat for several)")
    edit.add_argument("--pin", action=argparse.BooleanOptionalAction, default=None)

    verbs = _item_verbs(sub, "contact", common)
    for name in ("add", "edit"):
        verb = verbs.add_parser(name, help=f"{name} a contact", parents=[common])
        if name == "edit":
            verb.add_argument("id", type=id_prefix)
        verb.add_argument("--name", required=name == "add", type=value, help=f"display name; {VALUE_HELP}")
        verb.add_argument("--field", action="append", default=[], metavar="NAME=VALUE", type=pair,
                          help=f"set a field: {CONTACT_FIELDS_HELP}; VALUE may be @FILE or @-")
        verb.add_argument("--tag", action="append", default=None, type=value)

    verbs = _item_verbs(sub, "draft", common)
    new = verbs.add_parser("new", help="start a draft from a template", parents=[common])
    new.add_argument("--template", required=True, choices=TEMPLATES)
    new.add_argument("--title", required=True, type=value, help=VALUE_HELP)
    edit = verbs.add_parser("edit", help="change a draft", parents=[common])
    edit.add_argument("id", type=id_prefix)
    edit.add_argument("--title", type=value, help=VALUE_HELP)
    edit.add_argument("--status", choices=DRAFT_STATUSES)
    edit.add_argument("--section", metavar="NAME", help="replace this section with standard input")
    edit.add_argument("--row", nargs="+", action="append", metavar="FIELD=VALUE", type=pair,
                      help="add an action-plan row: action=… owner=… due=YYYY-MM-DD status=… note=…")
    edit.add_argument("--tag", action="append", default=None, type=value)


def _finding_commands(sub: argparse._SubParsersAction[AmanatArgumentParser], common: AmanatArgumentParser) -> None:
    """Search, the trash, an item's history and its attachments."""
    search = sub.add_parser("search", help="search everything", parents=[common])
    search.add_argument("query", type=search_query, help=VALUE_HELP)
    search.add_argument("--kind", choices=ITEM_KINDS)
    search.add_argument("--limit", type=positive_number, default=20)
    _json(search)

    trash = sub.add_parser("trash", help="items in the trash", parents=[common])
    trash_verbs = trash.add_subparsers(dest="verb", required=True, metavar="VERB")
    _json(trash_verbs.add_parser("list", help="list the trash", parents=[common]))
    trash_verbs.add_parser("restore", help="bring an item back", parents=[common]).add_argument(
        "id", type=id_prefix)
    trash_verbs.add_parser("empty", help="delete everything in the trash for good", parents=[common])

    history = sub.add_parser("history", help="an item's revisions", parents=[common])
    history.add_argument("id", type=id_prefix)
    history.add_argument("--show", type=positive_number, metavar="N", help="show revision N")
    history.add_argument("--restore", type=positive_number, metavar="N", help="make revision N current again")
    _json(history)

    attach = sub.add_parser("attachment", help="files attached to notes and drafts", parents=[common])
    attach_verbs = attach.add_subparsers(dest="verb", required=True, metavar="VERB")
    a_add = attach_verbs.add_parser("add", help="attach a file", parents=[common])
    a_add.add_argument("item", type=id_prefix)
    a_add.add_argument("file", type=Path)
    a_list = attach_verbs.add_parser("list", help="list an item's attachments", parents=[common])
    a_list.add_argument("item", type=id_prefix)
    _json(a_list)
    a_save = attach_verbs.add_parser("save", help="save a plaintext copy into a folder", parents=[common])
    a_save.add_argument("attachment", type=id_prefix)
    a_save.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    attach_verbs.add_parser("delete", help="remove an attachment", parents=[common]).add_argument(
        "attachment", type=id_prefix)


def _border_commands(sub: argparse._SubParsersAction[AmanatArgumentParser], common: AmanatArgumentParser) -> None:
    wipe = sub.add_parser("wipe", help="PANIC WIPE: destroy the vault's keys, then its files", parents=[common])
    wipe.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    duress = _verbs(sub, "duress", "a duress passphrase that opens a decoy and wipes the vault", common)
    duress.add_parser("set", help="set it (creates the decoy vault)", parents=[common])
    duress.add_parser("off", help="remove it (and the decoy)", parents=[common])
    duress.add_parser("status", help="whether a decoy vault exists", parents=[common])
    travel = _verbs(sub, "travel", "seal items away before a border crossing, bring them back after", common)
    seal = travel.add_parser("seal", help="seal items into a file and remove them from this laptop",
                             parents=[common])
    target = seal.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="PEER", type=value, help="a verified peer who keeps the file")
    target.add_argument("--recovery-key", action="store_true", help="sealed for your recovery key")
    seal.add_argument("--out", type=Path, required=True, metavar="FILE")
    seal.add_argument("--all", action="store_true", help="every item not shared with a group")
    seal.add_argument("items", nargs="*", metavar="ITEM", type=id_prefix)
    restore = travel.add_parser("restore", help="bring the items of a travel file back", parents=[common])
    restore.add_argument("file")
    restore.add_argument("--recovery-key", action="store_true", help="the file was sealed for the recovery key")
    back = travel.add_parser("return", help="(as the peer keeping it) seal a travel file back for its owner",
                             parents=[common])
    back.add_argument("file")
    back.add_argument("--to", required=True, metavar="PEER", type=value)
    back.add_argument("--out", type=Path, required=True, metavar="FILE")
    finish = travel.add_parser("finish", help="complete a travel seal that was interrupted: remove the items "
                               "still here", parents=[common])
    finish.add_argument("--file", type=Path, metavar="FILE", help="where the travel file is now, if it was moved")
    travel.add_parser("undo", help="abandon a travel seal that was interrupted: keep the items, delete the "
                      "travel file", parents=[common])


def _verbs(
    sub: argparse._SubParsersAction[AmanatArgumentParser], name: str, help_text: str, common: AmanatArgumentParser
) -> argparse._SubParsersAction[AmanatArgumentParser]:
    noun = sub.add_parser(name, help=help_text, parents=[common])
    return noun.add_subparsers(dest="verb", required=True, metavar="VERB")


def _sync_commands(sub: argparse._SubParsersAction[AmanatArgumentParser], common: AmanatArgumentParser) -> None:
    """My identity, my peers and my groups; then the exchange itself (`_exchange_commands`)."""
    identity = _verbs(sub, "identity", "my identity and contact card, for sync", common)
    _json(identity.add_parser("show", help="my name, fingerprint and age recipient", parents=[common]))
    identity.add_parser("set-name", help="the name on my card", parents=[common]).add_argument(
        "name", type=value, help=VALUE_HELP)
    card = identity.add_parser("card", help="write my contact card to a file", parents=[common])
    card.add_argument("--out", type=Path, required=True, metavar="FILE")
    card.add_argument("--text", action="store_true", help="the text form, for pasting into a message")
    age_key = identity.add_parser("export-age-key", parents=[common],
                                  help="write my X25519 secret key for the standard age tool (a secret!)")
    age_key.add_argument("--out", type=Path, required=True, metavar="FILE")

    peer = _verbs(sub, "peer", "people whose cards I imported", common)
    peer.add_parser("add", help="import a contact card (file, or - for standard input)",
                    parents=[common]).add_argument("card")
    _json(peer.add_parser("list", help="peers, verification state and safety numbers", parents=[common]))
    verify = peer.add_parser("verify", help="mark a peer verified after comparing safety numbers", parents=[common])
    verify.add_argument("peer", type=value)
    verify.add_argument("--safety-number", required=True, metavar="DIGITS", type=value)
    peer.add_parser("unverify", help="withdraw trust from a peer (their keys changed, their laptop was lost)",
                    parents=[common]).add_argument("peer", type=value)

    group = _verbs(sub, "group", "groups I sync with", common)
    group.add_parser("create", help="make a group (prints its id)", parents=[common]).add_argument(
        "name", type=value, help=VALUE_HELP)
    for verb, text in (("add", "add a verified peer (admin only)"), ("remove", "remove a member (admin only)")):
        member = group.add_parser(verb, help=text, parents=[common])
        member.add_argument("group", type=value)
        member.add_argument("peer", type=value)
    share = group.add_parser("share", help="share an item with a group", parents=[common])
    share.add_argument("group", type=value)
    share.add_argument("item", type=value)
    _json(group.add_parser("list", help="my groups, members and shared items", parents=[common]))

    _exchange_commands(sub, common)


def _exchange_commands(sub: argparse._SubParsersAction[AmanatArgumentParser], common: AmanatArgumentParser) -> None:
    """`amanat sync …`: sealing, importing and reviewing bundles, the quarantine, the history, a drive."""
    sync = _verbs(sub, "sync", "exchange sealed bundles with a group", common)
    export = sync.add_parser("export", help="seal the group's changes into a bundle file", parents=[common])
    export.add_argument("--group", required=True, type=value)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--armor", action="store_true", help="ASCII armor, for pasting into an e-mail body")
    export.add_argument("--full", action="store_true", help="everything, not only what members lack")
    untrusted = export.add_mutually_exclusive_group()
    untrusted.add_argument("--leave-out-untrusted", action="store_true",
                           help="seal only for members whose keys you verified; the others get nothing")
    untrusted.add_argument("--include-untrusted", action="store_true",
                           help="seal also for members whose keys you have not verified (or no longer trust)")
    readable = sync.add_parser("export-readable", parents=[common],
                               help="the group's items as Markdown, sealed for a passphrase (opens with age -d)")
    readable.add_argument("--group", required=True, type=value)
    readable.add_argument("--out", type=Path, required=True, metavar="FILE")
    readable.add_argument("--armor", action="store_true", help="ASCII armor, for pasting into an e-mail body")
    readable.add_argument("--with-comments", action="store_true",
                          help="include the comment threads of notes and drafts (left out unless asked)")
    sync_import = sync.add_parser("import", help="import a bundle file (- for standard input)", parents=[common])
    sync_import.add_argument("file")
    _json(sync_import)
    quarantine = sync.add_parser("quarantine", help="bundles kept until their senders are verified",
                                 parents=[common])
    quarantine.add_argument("--apply", metavar="ID", help="import a quarantined bundle now")
    quarantine.add_argument("--discard", metavar="ID", help="delete a quarantined bundle")
    _json(quarantine)
    _json(sync.add_parser("history", help="bundles sent and received", parents=[common]))
    drive = sync.add_parser("drive", parents=[common],
                            help="write my groups' bundles to a USB stick or shared folder, then import what it "
                                 "holds for me (as the window's 'Sync with this drive')")
    drive.add_argument("path", type=Path, help="where the drive is mounted (its exchange folder is inside)")
    drive.add_argument("--full", action="store_true", help="send everything, not only what members lack")
    drive.add_argument("--no-import", action="store_true",
                       help="only list what the drive holds for me; import nothing (my bundles are still written)")
    drive.add_argument("--remove-imported", action="store_true",
                       help="remove the bundles I import from the drive")
    drive_untrusted = drive.add_mutually_exclusive_group()
    drive_untrusted.add_argument("--leave-out-untrusted", action="store_true",
                                 help="seal only for members whose keys you verified; the others get nothing")
    drive_untrusted.add_argument("--include-untrusted", action="store_true",
                                 help="seal also for members whose keys you have not verified (or no longer trust)")
    _json(drive)


def _entrust_commands(sub: argparse._SubParsersAction[AmanatArgumentParser], common: AmanatArgumentParser) -> None:
    """`amanat entrust …`: k of n shares for verified contacts, holding them, recovering with them."""
    noun = sub.add_parser("entrust", help="entrust the vault to colleagues (k of n shares) and recover with them",
                          parents=[common])
    verbs = noun.add_subparsers(dest="verb", required=True, metavar="VERB")
    create = verbs.add_parser("create", parents=[common],
                              help="split a new recovery secret among verified contacts (the old set stops working)")
    create.add_argument("--threshold", type=int, required=True, metavar="K", help="how many holders are needed")
    create.add_argument("--to", nargs="+", required=True, metavar="PEER", help="the holders (verified contacts)")
    create.add_argument("--out-dir", type=Path, required=True, metavar="DIR", help="where to write the bundles")
    create.add_argument("--armor", action="store_true", help="ASCII armor, for pasting into an e-mail body")
    _json(verbs.add_parser("list", help="my sets of shares: when made, who holds them", parents=[common]))
    verbs.add_parser("withdraw", help="remove the set: no shares open the vault any more", parents=[common])
    _json(verbs.add_parser("held", help="the recovery shares I hold for others", parents=[common]))
    answer = verbs.add_parser("answer", parents=[common],
                              help="open a colleague's recovery request; with --safety-number, send my share back")
    answer.add_argument("request", help="the request file (- for standard input)")
    answer.add_argument("--safety-number", metavar="DIGITS", help="the 60 digits the owner read to you")
    answer.add_argument("--out", type=Path, metavar="FILE", help="where to write the answer")
    answer.add_argument("--armor", action="store_true", help="ASCII armor, for pasting into an e-mail body")
    request = verbs.add_parser("recover-request", parents=[common],
                               help="on a new computer: make a recovery request for my colleagues")
    request.add_argument("--backup", type=Path, metavar="FILE", help="recover from this backup file")
    request.add_argument("--out", type=Path, metavar="FILE", help="also write the request to FILE")
    request.add_argument("--cancel", action="store_true", help="give up the recovery under way")
    recover = verbs.add_parser("recover", parents=[common],
                               help="add colleagues' answers; with enough, open the vault with a new passphrase")
    recover.add_argument("answers", nargs="*", type=Path, metavar="ANSWER")



def _transfer_commands(sub: argparse._SubParsersAction[AmanatArgumentParser], common: AmanatArgumentParser) -> None:
    """`amanat import` and `amanat export`: other programs' files in and out."""
    imports = sub.add_parser("import", parents=[common],
                             help="bring in contacts from .vcf files, notes from folders of Markdown or text files, "
                                  "notes or drafts from Word documents (.docx)")
    imports.add_argument("files", nargs="+", type=Path, metavar="FILE|FOLDER")
    imports.add_argument("--as-draft", choices=TEMPLATES, metavar="TEMPLATE",
                         help="a Word document becomes a draft of this template (its headings its sections: "
                              f"{', '.join(TEMPLATES)}) instead of a note")
    imports.add_argument("--merge-duplicates", action="store_true",
                         help="complete the contacts already here from their cards (else they are left out)")
    imports.add_argument("--dry-run", action="store_true", help="only say what would happen")
    add_export_command(sub, common)
