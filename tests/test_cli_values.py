"""Titles, names, tags, field values, queries and references can stay off the command line (issue 11, finding 9).

`@FILE` reads a value from a file, `@-` from a line of standard input (the rest of standard input
stays the note's text), `@@TEXT` is a literal `@TEXT`; the existing forms keep working.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, PROJECT_ROOT, run_cli, snapshot_files

SECRET_TITLE = "Meeting with Omid in Herat"


@pytest.fixture
def vault_path(vault_dir: Path) -> Path:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    return vault_dir


def amanat(vault_path: Path, *args: str, stdin: str = "") -> str:
    result = run_cli(*args, "--vault", str(vault_path), env={"AMANAT_PASSPHRASE": PASSPHRASE}, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_note_title_from_standard_input_leaves_the_rest_as_the_text(vault_path: Path) -> None:
    note_id = amanat(vault_path, "note", "add", "--title", "@-", "--tag", "@-",
                     stdin=f"{SECRET_TITLE}\nherat\nThe text,\nover two lines.\n").strip()
    note = json.loads(amanat(vault_path, "note", "show", note_id, "--json"))
    assert (note["title"], note["tags"], note["body"]) == (SECRET_TITLE, ["herat"], "The text,\nover two lines.\n")


def test_values_from_files_for_contacts_drafts_and_search(vault_path: Path, tmp_path: Path) -> None:
    (tmp_path / "name").write_text("Omid Karimi\n", encoding="utf-8")
    (tmp_path / "phone").write_text("+93 700 000 000\n", encoding="utf-8")
    (tmp_path / "query").write_text("Karimi", encoding="utf-8")
    contact_id = amanat(vault_path, "contact", "add", "--name", f"@{tmp_path / 'name'}",
                        "--field", f"phone=@{tmp_path / 'phone'}", "--field", "risk_level=high").strip()
    contact = json.loads(amanat(vault_path, "contact", "show", contact_id, "--json"))
    assert contact["display_name"] == "Omid Karimi" and contact["channels"] == {"phone": "+93 700 000 000"}
    draft_id = amanat(vault_path, "draft", "new", "--template", "action-plan", "--title", "@-",
                      stdin="Plan for Herat\n").strip()
    amanat(vault_path, "draft", "edit", draft_id, "--row", "action=@-", "owner=@-", stdin="Brief the lawyer\nZahra\n")
    draft = json.loads(amanat(vault_path, "draft", "show", draft_id, "--json"))
    assert draft["title"] == "Plan for Herat" and draft["rows"][0]["action"] == "Brief the lawyer"
    assert draft["rows"][0]["owner"] == "Zahra"
    hits = json.loads(amanat(vault_path, "search", f"@{tmp_path / 'query'}", "--json"))
    assert [hit["id"] for hit in hits] == [contact_id]


def test_identity_and_group_names_and_references(vault_path: Path) -> None:
    amanat(vault_path, "identity", "set-name", "@-", stdin="Mariam\n")
    assert json.loads(amanat(vault_path, "identity", "show", "--json"))["name"] == "Mariam"
    group_id = amanat(vault_path, "group", "create", "@-", stdin="Herat lawyers\n").strip().split()[-1]
    note_id = amanat(vault_path, "note", "add", "--title", "shared", stdin="x").strip()
    amanat(vault_path, "group", "share", "@-", note_id, stdin="Herat lawyers\n")
    groups = json.loads(amanat(vault_path, "group", "list", "--json"))
    assert [g["name"] for g in groups] == ["Herat lawyers"] and group_id[:8] in json.dumps(groups)


def test_the_old_forms_still_work_and_a_literal_at_sign_is_doubled(vault_path: Path) -> None:
    note_id = amanat(vault_path, "note", "add", "--title", "@@mention in a title", "--tag", "plain",
                     stdin="body").strip()
    note = json.loads(amanat(vault_path, "note", "show", note_id, "--json"))
    assert note["title"] == "@mention in a title" and note["tags"] == ["plain"]


def test_a_missing_file_or_empty_input_is_a_usage_error_and_changes_nothing(vault_path: Path) -> None:
    before = snapshot_files(vault_path)
    for args, stdin, fragment in ((("--title", "@/nonexistent/title"), "", "cannot read '/nonexistent/title'"),
                                  (("--title", "@-"), "", "@- found standard input empty")):
        result = run_cli("note", "add", *args, "--vault", str(vault_path),
                         env={"AMANAT_PASSPHRASE": PASSPHRASE}, stdin=stdin)
        assert result.returncode == 2 and fragment in result.stderr, result.stderr
    assert snapshot_files(vault_path) == before


def test_the_readme_examples_keep_names_and_titles_off_the_command_line() -> None:
    text = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    commands = [line.split("#", 1)[0].split() for line in text.splitlines() if line.startswith("amanat ")]
    checked = 0
    for words in commands:
        for position, word in enumerate(words[:-1]):
            if word in ("--title", "--name", "set-name", "search") or words[position - 1:position + 1] == [
                    "group", "create"]:
                assert words[position + 1].startswith("@"), " ".join(words)
                checked += 1
    assert checked >= 6
