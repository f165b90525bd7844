"""Snippets are cut as they were when tests/search/snippet_cases.json was written (by
scripts/make_snippet_cases.py): the fast paths of app/search_text.py change how fast, never what."""

from __future__ import annotations

import json
from pathlib import Path

from amanat.app.search_snippet import make_snippet
from amanat.app.search_text import query_terms
from scripts.make_snippet_cases import OUTPUT, cases

CASES = json.loads(Path(OUTPUT).read_text(encoding="utf-8"))


def test_every_recorded_snippet_is_cut_the_same() -> None:
    different = [case for case in CASES
                 if make_snippet(case["text"], query_terms(case["query"]), width=case["width"]) != case["snippet"]]
    assert not different, different[:3]


def test_the_recorded_cases_are_the_script_s_texts() -> None:
    """The file was written by the script (texts and queries), so that it can be written again."""
    made = cases(count=25)
    assert [(c["text"], c["query"], c["width"]) for c in made] == [
        (c["text"], c["query"], c["width"]) for c in CASES[:25]]
