"""One name for each thing: the catalogues and the SECURITY files follow docs/glossary-fa-ps.md (issue 13)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

GLOSSARY = PROJECT_ROOT / "docs" / "glossary-fa-ps.md"
TRANSLATIONS = PROJECT_ROOT / "resources" / "translations"
LANGUAGES = ("fa", "ps")
# Concepts whose every mention in the English source must carry the chosen word in the translation.
REQUIRED = ("passphrase", "duress passphrase", "vault", "recovery key", "panic wipe", "travel mode", "safety number")


@dataclass(frozen=True)
class Term:
    concept: str
    english: str
    chosen: dict[str, tuple[str, ...]]  # language -> the chosen word and its inflected forms
    never: dict[str, tuple[re.Pattern[str], ...]]


def _pattern(word: str) -> re.Pattern[str]:
    word = word.strip().strip("`")
    if len(word) > 1 and word.startswith("/") and word.endswith("/"):
        return re.compile(word[1:-1])
    return re.compile(re.escape(word))


def _words(cell: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in cell.split(" · ") if w.strip() and w.strip() != "—")


def enforced_terms(text: str) -> list[Term]:
    section = text.split("## Enforced terms", 1)[1].split("\n## ", 1)[0]
    terms = []
    for line in section.splitlines():
        # A regular expression may hold '|': split on the cell borders, which have a space on both sides
        cells = [c.strip() for c in re.split(r"(?<!\\)\s\|\s|^\|\s|\s\|$", line) if c.strip()]
        if len(cells) != 6 or cells[0] in ("concept",) or set(cells[0]) <= {"-", "|"}:
            continue
        concept, english, fa, ps, never_fa, never_ps = cells
        terms.append(Term(concept, english.lower(), {"fa": _words(fa), "ps": _words(ps)},
                          {"fa": tuple(map(_pattern, _words(never_fa))),
                           "ps": tuple(map(_pattern, _words(never_ps)))}))
    return terms


def catalogue(language: str, folder: Path = TRANSLATIONS) -> list[tuple[str, str, str]]:
    """(context, English source, translation) of every message, accelerator marks removed."""
    tree = ET.parse(folder / f"amanat_{language}.ts")  # noqa: S314 - our own file
    found = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = (message.findtext("source") or "").replace("&", "")
            translation = (message.findtext("translation") or "").replace("&", "")
            found.append((context.findtext("name") or "", source, translation))
    return found


def documents(language: str) -> dict[str, str]:
    names = [f"SECURITY.{language}.md", f"resources/security/SECURITY.{language}.md"]
    return {name: (PROJECT_ROOT / name).read_text(encoding="utf-8") for name in names}


def violations(terms: list[Term], language: str, folder: Path = TRANSLATIONS,
               docs: dict[str, str] | None = None) -> list[str]:
    found = []
    for context, source, translation in catalogue(language, folder):
        for term in terms:
            for pattern in term.never[language]:
                if pattern.search(translation):
                    found.append(f"{language} catalogue, {context}: {pattern.pattern!r} ({term.concept}) in "
                                 f"{translation[:80]!r}")
            if (term.concept in REQUIRED and term.english in source.lower()
                    and not any(word in translation for word in term.chosen[language])):
                found.append(f"{language} catalogue, {context}: {source[:60]!r} does not say "
                             f"{term.chosen[language][0]!r} ({term.concept})")
    for name, text in (documents(language) if docs is None else docs).items():
        for number, line in enumerate(text.splitlines(), 1):
            for term in terms:
                for pattern in term.never[language]:
                    if pattern.search(line.replace("&", "")):
                        found.append(f"{name}:{number}: {pattern.pattern!r} ({term.concept})")
    return found


TERMS = enforced_terms(GLOSSARY.read_text(encoding="utf-8"))


def test_the_glossary_names_the_key_terms_of_issue_13() -> None:
    concepts = {t.concept for t in TERMS}
    assert set(REQUIRED) | {"verify (a person's keys)"} <= concepts
    for term in TERMS:
        assert term.chosen["fa"] and term.chosen["ps"], term.concept
        for language in LANGUAGES:  # a chosen word is never also a rejected one
            for word in term.chosen[language]:
                assert not any(p.search(word) for p in term.never[language]), (term.concept, word)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogues_and_security_files_use_the_glossary(language: str) -> None:
    found = violations(TERMS, language)
    assert not found, f"{len(found)} departures from docs/glossary-fa-ps.md:\n" + "\n".join(found[:40])


def test_a_departure_from_the_glossary_is_noticed(tmp_path: Path) -> None:
    for language, wrong, doc_wrong in (("fa", "رمز عبور هنگام اجبار", "در تنظیمات «رمز عبور هنگام اجبار» را ..."),
                                      ("ps", "د اجبار پټنوم", "د اجبار پټنوم وټاکئ")):
        text = (TRANSLATIONS / f"amanat_{language}.ts").read_text(encoding="utf-8")
        chosen = "رمز عبور زیر فشار" if language == "fa" else "د فشار پټنوم"
        assert chosen in text
        (tmp_path / f"amanat_{language}.ts").write_text(text.replace(chosen, wrong, 1), encoding="utf-8")
        found = violations(TERMS, language, tmp_path, {"SECURITY": doc_wrong})
        assert any("catalogue" in f and "duress" in f for f in found), found
        assert any(f.startswith("SECURITY:1:") for f in found), found
    # A mention of a required concept without its chosen word is noticed too.
    text = (TRANSLATIONS / "amanat_fa.ts").read_text(encoding="utf-8")
    (tmp_path / "amanat_fa.ts").write_text(text.replace("کلید بازیابی", "کلید", 1), encoding="utf-8")
    assert any("recovery key" in f for f in violations(TERMS, "fa", tmp_path, {}))


MENU_PATHS = (("Vault", "Panic wipe…"), ("Tools", "Settings…"), ("Tools", "Duress passphrase…"),
              ("Tools", "Travel mode…"), ("Tools", "Fill the decoy…"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_security_names_the_menus_as_the_window_does(language: str) -> None:
    english = (PROJECT_ROOT / "SECURITY.md").read_text(encoding="utf-8")
    translated = (PROJECT_ROOT / f"SECURITY.{language}.md").read_text(encoding="utf-8")
    menus = {source: translation for context, source, translation in catalogue(language) if context == "MainWindow"}
    for menu, item in MENU_PATHS:
        if f"{menu} → {item}" not in english and f"{menu} menu → {item}" not in english:
            continue
        path = f"{menus[menu]} ← {menus[item]}"
        assert path in translated, f"SECURITY.{language}.md should name {menu} → {item} as {path!r}"


NOT_RUNNING_TEXT = re.compile(r"\{\d+\}|%L?\d+|Ctrl\+\S+|[A-Za-z][\w.+-]*\d[\w.+-]*")


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_in_running_text_use_persian_digits(language: str) -> None:
    latin = [f"{context}: {translation[:60]!r}" for context, _source, translation in catalogue(language)
             if re.search(r"[0-9]", NOT_RUNNING_TEXT.sub("", translation))]
    assert not latin, "write ۰۱۲۳۴۵۶۷۸۹ in Dari and Pashto text:\n" + "\n".join(latin)


# The letters of the Persian/Dari keyboard layout that need no Shift (its three letter rows).
DARI_UNSHIFTED = set("ضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپو")


def test_dari_accelerators_are_letters_typed_without_shift() -> None:
    wrong = []
    tree = ET.parse(TRANSLATIONS / "amanat_fa.ts")  # noqa: S314 - our own file
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.findtext("translation") or ""
            for letter in re.findall(r"&(?!&)(.)", translation):
                if letter not in DARI_UNSHIFTED and not letter.isascii():
                    wrong.append(f"{context.findtext('name')}: &{letter} in {translation[:50]!r}")
    assert not wrong, "choose an accelerator letter on the Dari keyboard without Shift:\n" + "\n".join(wrong)
