"""Dari and Pashto catalogues: complete, placeholders intact, compiled, and actually loaded."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

TRANSLATIONS = PROJECT_ROOT / "resources" / "translations"
LANGUAGES = ("fa", "ps")
# Every placeholder style the code can use: str.format ({0}, {name}, {}) and Qt (%1, %L1, %n, %Ln).
PLACEHOLDER = re.compile(r"\{(?:\d+|[A-Za-z_]\w*)?\}|%L?\d+|%L?n")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"amanat_{language}.ts")  # noqa: S314 - our own file
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def test_the_catalogues_contain_every_string_of_the_source() -> None:
    result = subprocess.run([sys.executable, "scripts/update_translations.py", "--check"], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, "run: python scripts/update_translations.py\n" + result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    found = messages(language)
    assert len(found) > 50
    missing = []
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            missing.append(f"{context}: {source[:60]}")
    assert not missing, f"{len(missing)} untranslated in {language}:\n" + "\n".join(missing[:30])


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_markup_match(language: str) -> None:
    wrong = []
    for context, source, message in messages(language):
        translation = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(f"{context}: placeholders differ in {source[:60]!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
            wrong.append(f"{context}: markup differs in {source[:60]!r}")
    assert not wrong, "\n".join(wrong)


def test_every_placeholder_style_is_recognised() -> None:
    found = PLACEHOLDER.findall("{0} {name} {} %1 %L2 %n %Ln 100%")
    assert found == ["{0}", "{name}", "{}", "%1", "%L2", "%n", "%Ln"]
    # A translation that drops a named placeholder is caught like a numbered one.
    assert sorted(PLACEHOLDER.findall("Hello {name}")) != sorted(PLACEHOLDER.findall("سلام"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_fresh(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"amanat_{language}.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent",
                    str(TRANSLATIONS / f"amanat_{language}.ts"), "-qm", str(compiled)], check=True, timeout=60)
    assert compiled.read_bytes() == (TRANSLATIONS / compiled.name).read_bytes(), "run scripts/update_translations.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_app_loads_the_catalogue(language: str, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from amanat.app.ui.widgets.i18n import LanguageManager

    manager = LanguageManager(qapp)
    try:
        manager.switch(language)
        translated = QCoreApplication.translate("Workspace", "Notes")
        assert translated != "Notes" and re.search(r"[\u0600-\u06FF]", translated)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        manager.switch("en")


def test_every_translated_string_is_a_literal_lupdate_can_see() -> None:
    # tr(variable), an f-string, or a wrapper around translate() hides strings from pyside6-lupdate.
    offenders = []
    for path in sorted((PROJECT_ROOT / "app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr == "tr":
                texts = node.args[:1]
            elif node.func.attr == "translate" and getattr(node.func.value, "id", "") == "QCoreApplication":
                texts = node.args[:2]
            else:
                continue
            if not texts or not all(isinstance(t, ast.Constant) and isinstance(t.value, str) for t in texts):
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, "translatable text must be string literals: " + ", ".join(offenders)


# Short or ambiguous sources a translator cannot place without a word of context (issue 13).
NEEDS_A_TRANSLATOR_COMMENT = ("Saved", "Repeat it", "Repeat it:", "Blocked", "Done", "To do", "Draft", "Final",
                              " min", " sec", "Groups")


@pytest.mark.parametrize("language", LANGUAGES)
def test_short_and_ambiguous_strings_carry_a_translator_comment(language: str) -> None:
    bare = [f"{context}: {source!r}" for context, source, message in messages(language)
            if source in NEEDS_A_TRANSLATOR_COMMENT and not (message.findtext("extracomment") or "").strip()]
    assert not bare, "add a '#: …' comment above the tr() call:\n" + "\n".join(bare)
