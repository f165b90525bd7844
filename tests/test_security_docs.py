"""SECURITY.md in three languages: the app shows copies that are kept identical, with the same sections."""

from __future__ import annotations

import re

import pytest

from amanat.resources import SECURITY_DIR
from tests.conftest import PROJECT_ROOT

LANGUAGES = {"en": "SECURITY.md", "fa": "SECURITY.fa.md", "ps": "SECURITY.ps.md"}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_app_shows_the_current_threat_model(language: str) -> None:
    original = (PROJECT_ROOT / LANGUAGES[language]).read_text(encoding="utf-8")
    shown = (SECURITY_DIR / f"SECURITY.{language}.md").read_text(encoding="utf-8")
    assert shown == original, f"copy {LANGUAGES[language]} to resources/security/SECURITY.{language}.md"


def test_the_translations_have_every_section_and_every_test() -> None:
    texts = {lang: (PROJECT_ROOT / name).read_text(encoding="utf-8") for lang, name in LANGUAGES.items()}
    headings = {lang: len(re.findall(r"^#{2,3} ", text, re.MULTILINE)) for lang, text in texts.items()}
    assert len(set(headings.values())) == 1, headings
    listed = {lang: text.split("<!-- TESTS -->")[1].split("<!-- /TESTS -->")[0] for lang, text in texts.items()}
    test_files = {lang: sorted(set(re.findall(r"tests/[\w/]+\.py", block))) for lang, block in listed.items()}
    assert test_files["en"] and test_files["en"] == test_files["fa"] == test_files["ps"]
    for path in test_files["en"]:
        assert (PROJECT_ROOT / path).is_file(), path


def test_the_welcome_page_links_the_threat_model() -> None:
    source = (PROJECT_ROOT / "app" / "ui" / "shell" / "first_run.py").read_text(encoding="utf-8")
    assert "SecurityDialog" in source
