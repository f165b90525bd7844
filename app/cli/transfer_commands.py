"""`amanat import FILE|FOLDER…` and `amanat export ID… --format vcf|md|docx|pdf`: files in and out (issue 18).

Contacts (.vcf) come in as a plan first: new people are added, people already in the vault are
listed as duplicates and merged only with --merge-duplicates (nothing is added silently twice).
Everything is written in one transaction, or nothing. An export is plaintext (said on stderr before
writing) unless --seal wraps it in an age file for a passphrase; the safety fields leave only with
--with-safety-fields; an existing file is never replaced without --overwrite. Notes and drafts as
documents, redacted or not: app/cli/document_export.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from amanat.app.cli.document_export import RenderPdf, document_bytes
from amanat.app.cli.output import counted
from amanat.app.cli.secret_input import export_passphrase
from amanat.app.cli.session import open_vault
from amanat.app.cli.sync_commands import read_input
from amanat.app.control_characters import printable
from amanat.app.errors import DestinationExists, InvalidValue
from amanat.app.export_safety import sealed_export, sealed_name
from amanat.app.models import KIND_CONTACT, Contact
from amanat.app.transfer.contact_import import apply_contact_import, plan_contact_import
from amanat.app.transfer.docx_import import read_docx_item, store_docx_import
from amanat.app.transfer.docx_safety import MAX_DOCX_BYTES
from amanat.app.transfer.markdown_folder import read_markdown_folder, store_folder_import
from amanat.app.transfer.vcard import MAX_VCARD_FILE_BYTES, contacts_to_vcards, parse_vcards
from amanat.app.vault import Vault
from amanat.crypto.atomic_write import write_file_atomically

IMPORT_SUFFIXES = {".vcf": "contacts", ".vcard": "contacts", ".docx": "document"}


def _import_folder(vault: Vault, path: Path, dry_run: bool) -> None:
    """A folder of Markdown or text notes (Joplin, Obsidian, Standard Notes exports)."""
    folder = read_markdown_folder(path, attachment_limit=vault.attachments.size_limit())
    for name, reason in folder.problems:
        print(f"{path.name}/{name}: not imported: {reason}", file=sys.stderr)
    files = sum(len(n.attachments) for n in folder.notes)
    if dry_run:
        print(f"{path.name}: would add {counted(len(folder.notes), 'note')} with "
              f"{counted(files, 'attachment')} (nothing written)")
        return
    stored = store_folder_import(vault.items, vault.attachments, folder)
    print(f"{path.name}: added {counted(stored, 'note')} with {counted(files, 'attachment')}.")


def _import_document(vault: Vault, path: Path, template: str | None, dry_run: bool) -> None:
    """A Word document, read from memory (no temporary copy), into a note or a draft of `template`."""
    incoming = read_docx_item(read_input(str(path), MAX_DOCX_BYTES, "a Word document"), path.name, template=template)
    what = "a note" if template is None else f"a {template} draft"
    images = counted(len(incoming.images), "image")
    if dry_run:
        print(f"{path.name}: would add {what} \"{printable(incoming.item.title)}\" with {images} (nothing written)")
        return
    stored = store_docx_import(vault.items, vault.attachments, incoming)
    print(f"{path.name}: added {what} \"{printable(stored.title)}\" ({stored.id[:8]}) with {images}.")


def cmd_import(args: argparse.Namespace) -> int:
    for path in args.files:
        if not path.is_dir() and path.suffix.lower() not in IMPORT_SUFFIXES:
            raise InvalidValue(f"{path.name}: Amanat imports contacts from .vcf files, notes from a folder "
                               "of Markdown or text files, and notes or drafts from Word documents (.docx)")
    if args.as_draft and not any(IMPORT_SUFFIXES.get(p.suffix.lower()) == "document" for p in args.files):
        raise InvalidValue("--as-draft is for Word documents (.docx)")
    with open_vault(args) as vault:
        for path in args.files:
            if path.is_dir():
                _import_folder(vault, path, args.dry_run)
                continue
            if IMPORT_SUFFIXES[path.suffix.lower()] == "document":
                _import_document(vault, path, args.as_draft, args.dry_run)
                continue
            parsed = parse_vcards(read_input(str(path), MAX_VCARD_FILE_BYTES, "a contact file"))
            plan = plan_contact_import(vault.items, parsed)
            for problem in parsed.problems:
                print(f"{path.name}: card {problem.number} not imported: {problem.reason}", file=sys.stderr)
            duplicates = [entry for entry in plan if entry.duplicate_of is not None]
            for entry in duplicates:
                adds = f"; completing would add: {', '.join(entry.adds)}" if entry.adds else "; nothing to add"
                print(f"{path.name}: {entry.contact.display_name} is already here as {entry.duplicate_name} "
                      f"({entry.duplicate_of[:8] if entry.duplicate_of else ''}){adds}")
            if args.dry_run:
                print(f"{path.name}: would add {counted(len(plan) - len(duplicates), 'contact')}; "
                      f"{counted(len(duplicates), 'duplicate')} (nothing written)")
                continue
            result = apply_contact_import(vault.items, plan, merge_duplicates=args.merge_duplicates)
            skipped = (f"; {counted(result.skipped, 'duplicate')} left out "
                       "(--merge-duplicates completes them)" if result.skipped else "")
            print(f"{path.name}: added {counted(result.added, 'contact')}, completed "
                  f"{result.merged:,}, {result.unchanged:,} already complete{skipped}.")
    return 0


def _warn_plaintext(target: Path) -> None:
    print(f"amanat: warning: {target} will NOT be encrypted: anyone who gets the file can read it, and desktop "
          "search may copy its words into an index. --seal makes an age file for a passphrase instead.",
          file=sys.stderr)


def cmd_export(args: argparse.Namespace, render_pdf: RenderPdf | None = None) -> int:
    target = sealed_name(args.out) if args.seal else args.out
    if not args.overwrite and (target.exists() or target.is_symlink()):
        raise DestinationExists(f"not written: {target} already exists; choose another name, or add --overwrite")
    if args.format != "vcf" and args.with_safety_fields:
        raise InvalidValue("--with-safety-fields is for contacts (--format vcf)")
    if args.format == "vcf" and (args.redact or args.redact_words or args.redact_suggested):
        raise InvalidValue("contacts are not redacted; export a note or a draft to redact it")
    passphrase = export_passphrase() if args.seal else None  # asked before the work, not after
    with open_vault(args) as vault:
        if args.format == "vcf":
            contacts = [_contact(vault, given) for given in args.items]
            data = contacts_to_vcards(contacts, with_safety_fields=args.with_safety_fields)
            what = counted(len(contacts), "contact")
        else:
            data = document_bytes(vault, args, render_pdf)
            what = f"{len(data):,} bytes"
    if passphrase is not None:
        write_file_atomically(target, sealed_export(data, passphrase, passphrase))
        print(f"Wrote {target}, sealed. It opens with: age -d -o {args.out.name} {target.name}  (give the "
              "passphrase by another way than the file: a call, in person)")
    else:
        _warn_plaintext(target)
        write_file_atomically(target, data)
        print(f"Wrote {target}: {what}, NOT encrypted "
              "(anyone with the file can read it; --seal makes an age file for a passphrase).")
    if args.with_safety_fields:
        print("It includes the risk levels and the channels never to use (--with-safety-fields).", file=sys.stderr)
    return 0


def _contact(vault: Vault, given: str) -> Contact:
    item = vault.items.get(vault.items.resolve(given, KIND_CONTACT), KIND_CONTACT)
    assert isinstance(item, Contact)
    return item
