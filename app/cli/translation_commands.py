"""`amanat translation …`: a draft's linked Dari, Pashto and English versions on the command line.

The same service as the window's language-versions bar (`vault.linked`, app/linked_versions.py).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from amanat.app.cli.output import counted, print_json
from amanat.app.cli.values import value
from amanat.app.cli.vault_opening import open_vault
from amanat.app.models import VERSION_LANGUAGES, Draft
from amanat.app.version_links import SectionState
from amanat.app.word_diff import ADDED, REMOVED, word_diff

LANGUAGE_NAMES = {"fa": "Dari", "ps": "Pashto", "en": "English"}


def add_translation_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `translation` noun and its verbs."""
    noun = sub.add_parser("translation", parents=[common],
                          help="a draft's linked Dari, Pashto and English versions, and what is out of date")
    verbs = noun.add_subparsers(dest="verb", required=True, metavar="VERB")
    listing = verbs.add_parser("list", help="a draft's versions and their out-of-date sections", parents=[common])
    listing.add_argument("id", type=str, help="the draft (any of its versions)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    make = verbs.add_parser("make", help="make a linked version of a draft in another language", parents=[common])
    make.add_argument("id", type=str)
    make.add_argument("--to", required=True, choices=VERSION_LANGUAGES, help="the new version's language")
    make.add_argument("--from", dest="this_language", choices=VERSION_LANGUAGES,
                      help="the language the draft is written in (needed the first time)")
    make.add_argument("--title", type=value, default="", help="the new version's title (the draft's if not given)")
    make.add_argument("--copy", action="store_true", help="start from a copy of the text, to translate over")
    changes = verbs.add_parser("changes", help="what changed in the other versions, word by word", parents=[common])
    changes.add_argument("id", type=str)
    changes.add_argument("--section", metavar="NAME", help="only this section")
    updated = verbs.add_parser("mark-updated", help="mark a section of a version as brought in line",
                               parents=[common])
    updated.add_argument("id", type=str)
    updated.add_argument("section", metavar="NAME")


def _stale(states: dict[str, SectionState]) -> list[str]:
    return [key for key, state in states.items() if state.out_of_date]


def _marked_diff(before: str, now: str) -> str:
    parts = word_diff(before, now)
    if parts is None:
        return "(too long to compare; its text now:)\n" + now
    marks = {ADDED: ("{+", "+}"), REMOVED: ("[-", "-]")}
    return "".join(f"{marks[p.change][0]}{p.text}{marks[p.change][1]}" if p.change in marks else p.text
                   for p in parts)


def _print_changes(states: dict[str, SectionState], only: str | None) -> None:
    for key, state in states.items():
        if not state.out_of_date or (only is not None and key != only):
            continue
        for source in state.sources:
            name = LANGUAGE_NAMES.get(source.language, source.language)
            print(f"== {key}: changed in the {name} version ({source.item_id[:8]})")
            print(_marked_diff(source.before or "", source.now) if source.before is not None else source.now)


def cmd_translation(args: argparse.Namespace) -> int:
    """`amanat translation …`."""
    with open_vault(args) as vault:
        draft_id = vault.items.resolve(args.id, "draft")
        linked = vault.linked
        if args.verb == "make":
            made = linked.make_version(draft_id, args.to, args.title, this_language=args.this_language or "",
                                       prefill=args.copy)
            print(f"{made.id[:8]}  {LANGUAGE_NAMES[args.to]} version of {draft_id[:8]}: {made.title}")
            return 0
        if args.verb == "mark-updated":
            linked.mark_updated(draft_id, args.section)
            print(f"{args.section} of {draft_id[:8]} is marked updated")
            return 0
        draft = vault.items.get(draft_id, "draft")
        assert isinstance(draft, Draft)
        if args.verb == "changes":
            _print_changes(linked.states(draft), args.section)
            return 0
        versions = linked.versions(draft)
        listed = [(v, _stale(linked.states(v))) for v in versions]
        if args.json:
            print_json([{"id": v.id, "language": v.link.language if v.link else "", "title": v.title,
                         "out_of_date": stale} for v, stale in listed])
            return 0
        for version, stale in listed:
            language = LANGUAGE_NAMES.get(version.link.language, "?") if version.link else "-"
            note = f"  out of date: {', '.join(stale)}" if stale else ""
            print(f"{version.id[:8]}  {language:<8} {version.title}{note}")
        print(counted(len(versions), "version"), file=sys.stderr)
    return 0
