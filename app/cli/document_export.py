"""`amanat export ID --format md|docx|pdf`: one note or draft as a document, redacted if asked.

Markdown and Word are written by the core; PDF by Qt, which the command line may not import:
app/main.py hands it `render_pdf` (as it hands the window's half of the self-test). Redaction
accepts every occurrence of the marked words without a review (the window has the review);
the key of pseudonyms is kept in the vault afterwards so the next export names everyone the
same, and the command prints counts, never the words.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable

from amanat.app.cli.output import counted
from amanat.app.cli.sync_commands import read_input
from amanat.app.errors import InvalidValue
from amanat.app.models import KIND_CONTACT, Item
from amanat.app.redaction.export import finish, plan_unreviewed
from amanat.app.redaction.key_store import RedactionKeys
from amanat.app.redaction.plan import item_texts
from amanat.app.redaction.words_file import MAX_WORDS_FILE_BYTES, parse_words_file
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.transfer.markdown_export import markdown_bytes
from amanat.app.vault import Vault

RenderPdf = Callable[[Item, bool], bytes]


def right_to_left(item: Item) -> bool:
    """True if the item's text starts in a right-to-left script (the page's default direction)."""
    for _place, text in item_texts(item):
        for char in text:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return True
            if kind == "L":
                return False
    return False


def _redacted(vault: Vault, item: Item, args: argparse.Namespace) -> Item:
    words = parse_words_file(read_input(str(args.redact_words), MAX_WORDS_FILE_BYTES, "a words file")) \
        if args.redact_words is not None else []
    keys = RedactionKeys(vault.require_repository())
    profile = args.pseudonym_profile
    plan = plan_unreviewed(vault.items, keys, item, words=words, suggested=args.redact_suggested, profile=profile)
    redacted, key = finish(plan, args.pseudonym_language)
    if profile is not None:
        keys.save_profile(profile, key)
    else:
        keys.save(item.id, key)
    names = len({o.entity for o in plan.occurrences})
    print(f"Redacted: {counted(len(plan.occurrences), 'replacement')} of {counted(names, 'name')} and place"
          f"{'' if names == 1 else 's'}; the key of pseudonyms stays in the vault.", file=sys.stderr)
    return redacted


def document_bytes(vault: Vault, args: argparse.Namespace, render_pdf: RenderPdf | None) -> bytes:
    """The one note or draft named in `args` as a file of `args.format`, redacted if asked."""
    if len(args.items) != 1:
        raise InvalidValue(f"--format {args.format} writes one note or draft at a time")
    item = vault.items.get(vault.items.resolve(args.items[0]))
    if item.kind == KIND_CONTACT:
        raise InvalidValue("contacts are exported with --format vcf")
    if args.format == "pdf" and render_pdf is None:
        raise InvalidValue("PDF is made with the window's toolkit; run this through 'amanat'")
    if args.pseudonym_profile is not None and not (args.redact or args.redact_words or args.redact_suggested):
        raise InvalidValue("--pseudonym-profile goes with --redact, --redact-words or --redact-suggested")
    if args.redact or args.redact_words is not None or args.redact_suggested:
        item = _redacted(vault, item, args)
    if args.format == "md":
        return markdown_bytes(item)
    if args.format == "docx":
        return docx_bytes(item, right_to_left=right_to_left(item))
    assert render_pdf is not None
    return render_pdf(item, right_to_left(item))
