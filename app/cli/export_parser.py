"""`amanat export`'s arguments: contacts as vCard; a note or a draft as Markdown, Word or PDF, redacted if asked."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from amanat.app.redaction.pseudonyms import LANGUAGES

EXPORT_FORMATS = ("vcf", "md", "docx", "pdf")

EPILOG = """\
vcf writes contacts; md, docx and pdf write one note or draft. Every file is plaintext unless
--seal makes it an age file for a passphrase (AMANAT_EXPORT_PASSPHRASE, or asked at the terminal).

Redaction replaces marked names and places by pseudonyms (Person A, Province 1), the same ones
every time: the key of pseudonyms is kept in the vault, never in the file.
  --redact              use the words marked for this item before (in the window's review, or by
                        an earlier --redact-words); refuses if nothing was ever marked
  --redact-words FILE   mark the words listed in FILE (added to the item's key), then redact;
                        one name a line, its kind first if you like, its spellings separated by |:
                            person: Abdullah Karimi | Abu Bakr | عبدالله کریمی
                            province: Herat | هرات
                            organisation: Herat Women Forum
                        kinds: person, organisation, province, district, place, other (the default)
  --redact-suggested    also replace every contact's name, organisation and city and every Afghan
                        province and district found in the item (not reviewed: check the file)
  --pseudonym-profile NAME
                        use (and keep) the key of the named profile instead of the item's own, so
                        that the same person is "Person A" in every document sent to one reader
"""


def add_export_command(sub: Any, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser("export", parents=[common], epilog=EPILOG,
                            formatter_class=argparse.RawDescriptionHelpFormatter,
                            help="write contacts as vCard, or a note or draft as Markdown, Word or PDF")
    export.add_argument("items", nargs="+", metavar="ID", help="contact ids, or one note or draft id (or prefixes)")
    export.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--seal", action="store_true",
                        help="an age file for a passphrase instead of plaintext (opens with age -d)")
    export.add_argument("--with-safety-fields", action="store_true",
                        help="vcf: also write the risk level and the channels never to use")
    export.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    export.add_argument("--redact", action="store_true", help="replace the words marked for this item before")
    export.add_argument("--redact-words", type=Path, metavar="WORDS-FILE", help="mark these words too (see below)")
    export.add_argument("--redact-suggested", action="store_true",
                        help="also replace contacts and Afghan places found (not reviewed)")
    export.add_argument("--pseudonym-profile", metavar="NAME", help="a key of pseudonyms shared across items")
    export.add_argument("--pseudonym-language", choices=LANGUAGES, default="en",
                        help="Person A (en), شخص الف (fa) or کس الف (ps)")
