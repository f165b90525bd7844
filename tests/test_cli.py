"""The `amanat` command line, run as a real process against real vaults.

Every command goes through `python -m amanat.app` in a subprocess (see conftest.run_cli);
only 'remember' runs in-process, because the in-memory keyring cannot cross a
process boundary.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest

from amanat.app.cli import main
from amanat.app.models import AttachmentInfo
from amanat.app.store.repository import Repository
from amanat.app.vault import Vault
from amanat.crypto.keyfile import KIND_KEYCHAIN, KeyFile
from amanat.crypto.recovery_key import ALPHABET, RecoveryKey
from tests.conftest import PASSPHRASE, MemoryKeyring, PlaintextKeyring, run_cli, snapshot_files

NEW_PASSPHRASE = "a brand new and much longer passphrase"
RECOVERY_LINE = re.compile(r"^ {4}((?:[0-9A-Z]{5} {2}){7}[0-9A-Z]{5})$", re.MULTILINE)
FULL_ID = re.compile(r"^[0-9a-f]{32}$")

# The sections each template must have, in order (the contract, written out by hand).
TEMPLATE_SECTION_KEYS = {
    "blank": ["body"],
    "swot": ["strengths", "weaknesses", "opportunities", "threats"],
    "concept-note": ["background", "objectives", "activities", "expected_outcomes", "risks"],
    "action-plan": ["summary"],
    "un-communication": [
        "alleged_victims", "alleged_perpetrators", "date_and_place", "description",
        "domestic_remedies", "consent",
    ],
}


# -- helpers -----------------------------------------------------------------


def env_for(directory: Path, passphrase: str | None = PASSPHRASE, **extra: str) -> dict[str, str]:
    env = {"AMANAT_VAULT": str(directory), **extra}
    if passphrase is not None:
        env["AMANAT_PASSPHRASE"] = passphrase
    return env


def cli(directory: Path, *args: str, stdin: str | bytes | None = None, passphrase: str | None = PASSPHRASE,
        **extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env_for(directory, passphrase, **extra), stdin=stdin)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """The stdout of a command that must have succeeded."""
    assert result.returncode == 0, (result.args, result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert "amanat: error:" not in result.stderr
    return result.stdout


def ok_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result))


def assert_error(result: subprocess.CompletedProcess[str], exit_code: int, *fragments: str) -> str:
    """A failure: the exit code, exactly one stderr line `amanat: error: …`, no traceback."""
    assert result.returncode == exit_code, (result.args, result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("amanat: error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def add_note(directory: Path, title: str, body: str = "", *tags: str) -> str:
    args = ["note", "add", "--title", title]
    for tag in tags:
        args += ["--tag", tag]
    note_id = ok(cli(directory, *args, stdin=body)).strip()
    assert FULL_ID.match(note_id), note_id
    return note_id


def init_vault(directory: Path) -> str:
    """Create a vault through the CLI; return its recovery key as printed."""
    result = cli(directory, "init")
    out = ok(result)
    keys = RECOVERY_LINE.findall(out)
    assert len(keys) == 1, out
    return str(keys[0])


@pytest.fixture
def vault_path(vault: Vault, vault_dir: Path) -> Path:
    """A new, empty vault, closed so that the CLI can take its lock."""
    vault.close()
    return vault_dir


# -- init, passwd, recover, check ---------------------------------------------


def test_init_prints_the_recovery_key_once_and_it_opens_the_vault(tmp_path: Path) -> None:
    directory = tmp_path / "new-vault"
    result = cli(directory, "init")
    out = ok(result)
    keys = RECOVERY_LINE.findall(out)
    assert len(keys) == 1
    groups = keys[0].split()
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert out.count(groups[0]) == 1 and groups[0] not in result.stderr
    assert sorted(p.name for p in directory.iterdir()) == ["vault.alt", "vault.db", "vault.keys", "vault.lock"]
    with Vault.unlock_with_recovery_key(directory, keys[0]) as opened:
        assert opened.items.count() == 0
    # A second init never overwrites the vault (its one-line error is checked below).
    before = snapshot_files(directory)
    again = cli(directory, "init")
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.splitlines()[-1].startswith("amanat: error: a vault already exists")
    assert "Traceback" not in again.stderr
    assert snapshot_files(directory) == before


def test_init_into_an_existing_vault_is_a_one_line_error(vault_path: Path) -> None:
    before = snapshot_files(vault_path)
    assert_error(cli(vault_path, "init"), 1, "already exists")
    assert snapshot_files(vault_path) == before


def test_check_prints_ok(vault_path: Path) -> None:
    add_note(vault_path, "one", "text")
    out = ok(cli(vault_path, "check"))
    assert out.startswith("ok: 1 note, 0 contacts, 0 drafts")


def test_passwd_rewraps_the_key_without_touching_the_database(vault_path: Path) -> None:
    note_id = add_note(vault_path, "kept", "body survives")
    db_before = (vault_path / "vault.db").read_bytes()
    keys_before = (vault_path / "vault.keys").read_bytes()
    out = ok(cli(vault_path, "passwd", AMANAT_NEW_PASSPHRASE=NEW_PASSPHRASE))
    assert "Passphrase changed" in out
    assert (vault_path / "vault.db").read_bytes() == db_before
    assert (vault_path / "vault.keys").read_bytes() != keys_before
    assert_error(cli(vault_path, "note", "list"), 3, "passphrase")
    shown = ok_json(cli(vault_path, "note", "show", note_id, "--json", passphrase=NEW_PASSPHRASE))
    assert shown["body"] == "body survives"


def test_passwd_with_a_wrong_current_passphrase_changes_nothing(vault_path: Path) -> None:
    before = snapshot_files(vault_path)
    assert_error(cli(vault_path, "passwd", passphrase="not it", AMANAT_NEW_PASSPHRASE=NEW_PASSPHRASE), 3)
    assert snapshot_files(vault_path) == before


def test_recover_sets_a_new_passphrase(tmp_path: Path) -> None:
    directory = tmp_path / "v"
    recovery = init_vault(directory)
    note_id = add_note(directory, "before recovery", "still here")
    db_before = (directory / "vault.db").read_bytes()
    out = ok(cli(directory, "recover", passphrase=None, AMANAT_RECOVERY_KEY=recovery,
                 AMANAT_NEW_PASSPHRASE=NEW_PASSPHRASE))
    assert "new passphrase is set" in out
    assert (directory / "vault.db").read_bytes() == db_before
    assert_error(cli(directory, "note", "list"), 3)
    assert ok_json(cli(directory, "note", "show", note_id, "--json", passphrase=NEW_PASSPHRASE))["body"] == "still here"
    # Typed forgivingly: lower case, dashes.
    forgiving = recovery.lower().replace("  ", "-")
    ok(cli(directory, "recover", passphrase=None, AMANAT_RECOVERY_KEY=forgiving, AMANAT_NEW_PASSPHRASE=PASSPHRASE))
    ok(cli(directory, "note", "list"))


def test_a_mistyped_recovery_group_is_named_and_nothing_changes(tmp_path: Path) -> None:
    directory = tmp_path / "v"
    groups = init_vault(directory).split()
    third = groups[2]
    replacement = next(c for c in ALPHABET if c != third[0])
    groups[2] = replacement + third[1:]
    before = snapshot_files(directory)
    line = assert_error(
        cli(directory, "recover", passphrase=None, AMANAT_RECOVERY_KEY=" ".join(groups),
            AMANAT_NEW_PASSPHRASE=NEW_PASSPHRASE),
        3, "group 3",
    )
    assert "group 1" not in line and "group 2" not in line
    assert snapshot_files(directory) == before


def test_a_wrong_but_well_formed_recovery_key_exits_3(tmp_path: Path) -> None:
    directory = tmp_path / "v"
    init_vault(directory)
    before = snapshot_files(directory)
    other = RecoveryKey.generate().display()
    assert_error(cli(directory, "recover", passphrase=None, AMANAT_RECOVERY_KEY=other,
                     AMANAT_NEW_PASSPHRASE=NEW_PASSPHRASE), 3, "recovery key")
    assert snapshot_files(directory) == before


def test_new_recovery_key_replaces_the_old_one(tmp_path: Path) -> None:
    directory = tmp_path / "v"
    old = init_vault(directory)
    out = ok(cli(directory, "new-recovery-key"))
    new = RECOVERY_LINE.findall(out)
    assert len(new) == 1 and new[0] != old
    assert_error(cli(directory, "recover", passphrase=None, AMANAT_RECOVERY_KEY=old,
                     AMANAT_NEW_PASSPHRASE=NEW_PASSPHRASE), 3)
    ok(cli(directory, "recover", passphrase=None, AMANAT_RECOVERY_KEY=new[0], AMANAT_NEW_PASSPHRASE=NEW_PASSPHRASE))


def test_passphrase_file_with_a_trailing_newline(vault_path: Path, tmp_path: Path) -> None:
    add_note(vault_path, "from a script")
    for ending in ("\n", "\r\n", ""):
        secret_file = tmp_path / "secret.txt"
        secret_file.write_bytes((PASSPHRASE + ending).encode())
        listed = ok_json(cli(vault_path, "note", "list", "--json", "--passphrase-file", str(secret_file),
                             passphrase=None))
        assert [h["title"] for h in listed] == ["from a script"]
    # Before the command as well as after it.
    ok(cli(vault_path, "--passphrase-file", str(secret_file), "note", "list", passphrase=None))
    secret_file.write_text("wrong passphrase\n")
    assert_error(cli(vault_path, "note", "list", "--passphrase-file", str(secret_file), passphrase=None), 3)


def test_vault_option_before_or_after_the_command(vault_path: Path, tmp_path: Path) -> None:
    add_note(vault_path, "where")
    elsewhere = tmp_path / "not-a-vault"
    for args in (["--vault", str(vault_path), "note", "list"], ["note", "list", "--vault", str(vault_path)]):
        assert "where" in ok(cli(elsewhere, *args))
    assert not elsewhere.exists()


def test_console_script_runs() -> None:
    script = Path(sys.executable).with_name("amanat")
    if not script.exists():
        pytest.skip("the amanat console script is not installed in this environment")
    completed = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False,
                               timeout=60)
    assert completed.returncode == 0
    assert completed.stdout.startswith("amanat ")


# -- notes, contacts, drafts ---------------------------------------------------


def test_note_add_list_show_edit_delete(vault_path: Path) -> None:
    note_id = add_note(vault_path, "Meeting", "متن اول\nline two", "work", "urgent")
    other_id = add_note(vault_path, "Other")
    listed = ok_json(cli(vault_path, "note", "list", "--json"))
    assert {h["id"] for h in listed} == {note_id, other_id}
    header = next(h for h in listed if h["id"] == note_id)
    assert header["title"] == "Meeting" and header["tags"] == ["work", "urgent"] and header["kind"] == "note"
    text_list = ok(cli(vault_path, "note", "list"))
    assert note_id[:8] in text_list and "Meeting" in text_list and "[work, urgent]" in text_list
    assert [h["id"] for h in ok_json(cli(vault_path, "note", "list", "--tag", "urgent", "--json"))] == [note_id]

    shown = ok_json(cli(vault_path, "note", "show", note_id[:8], "--json"))
    assert shown["id"] == note_id and shown["body"] == "متن اول\nline two" and shown["revision"] == 1
    text = ok(cli(vault_path, "note", "show", note_id))
    assert text.startswith("Meeting\n") and "متن اول\nline two" in text and "tags: work, urgent" in text

    out = ok(cli(vault_path, "note", "edit", note_id, "--title", "Meeting v2", stdin="new body"))
    assert "revision 2" in out
    shown = ok_json(cli(vault_path, "note", "show", note_id, "--json"))
    assert (shown["title"], shown["body"], shown["revision"]) == ("Meeting v2", "new body", 2)
    # No text on standard input: the body is kept.
    ok(cli(vault_path, "note", "edit", note_id[:8], "--title", "Meeting v3"))
    shown = ok_json(cli(vault_path, "note", "show", note_id, "--json"))
    assert (shown["title"], shown["body"], shown["revision"]) == ("Meeting v3", "new body", 3)

    out = ok(cli(vault_path, "note", "delete", note_id[:8]))
    assert note_id[:8] in out
    assert [h["id"] for h in ok_json(cli(vault_path, "note", "list", "--json"))] == [other_id]


def test_contact_add_show_edit_delete(vault_path: Path) -> None:
    contact_id = ok(cli(
        vault_path, "contact", "add", "--name", "Leyla Ahmadi", "--field", "email=leyla@example.org",
        "--field", "risk_level=high", "--field", "never_contact_via=whatsapp,phone",
        "--field", "organisation=Kanun", "--tag", "partners",
    )).strip()
    assert FULL_ID.match(contact_id)
    shown = ok_json(cli(vault_path, "contact", "show", contact_id[:8], "--json"))
    assert shown["display_name"] == "Leyla Ahmadi"
    assert shown["channels"] == {"email": "leyla@example.org"}
    assert shown["risk_level"] == "high"
    assert shown["never_contact_via"] == ["whatsapp", "phone"]
    assert shown["organisation"] == "Kanun" and shown["tags"] == ["partners"]
    text = ok(cli(vault_path, "contact", "show", contact_id))
    assert "NEVER contact via: whatsapp, phone" in text and "risk level: high" in text
    assert "email: leyla@example.org" in text

    ok(cli(vault_path, "contact", "edit", contact_id, "--name", "Leyla A.", "--field", "signal=+4915100000",
           "--field", "email=", "--field", "risk_level=medium"))
    shown = ok_json(cli(vault_path, "contact", "show", contact_id, "--json"))
    assert shown["display_name"] == "Leyla A." and shown["channels"] == {"signal": "+4915100000"}
    assert shown["risk_level"] == "medium" and shown["never_contact_via"] == ["whatsapp", "phone"]
    assert shown["revision"] == 2
    listed = ok_json(cli(vault_path, "contact", "list", "--json"))
    assert [(h["id"], h["title"], h["kind"]) for h in listed] == [(contact_id, "Leyla A.", "contact")]
    # A contact is not a note.
    assert_error(cli(vault_path, "note", "show", contact_id), 5)

    ok(cli(vault_path, "contact", "delete", contact_id))
    assert ok_json(cli(vault_path, "contact", "list", "--json")) == []


@pytest.mark.parametrize("template", list(TEMPLATE_SECTION_KEYS))
def test_draft_new_from_each_template(vault_path: Path, template: str) -> None:
    draft_id = ok(cli(vault_path, "draft", "new", "--template", template, "--title", f"A {template}")).strip()
    assert FULL_ID.match(draft_id)
    shown = ok_json(cli(vault_path, "draft", "show", draft_id, "--json"))
    assert shown["template"] == template and shown["status"] == "draft" and shown["title"] == f"A {template}"
    assert [key for key, _text in shown["sections"]] == TEMPLATE_SECTION_KEYS[template]
    assert all(text == "" for _key, text in shown["sections"])


def test_draft_sections_status_rows_and_delete(vault_path: Path) -> None:
    swot = ok(cli(vault_path, "draft", "new", "--template", "swot", "--title", "Strategy 1404")).strip()
    ok(cli(vault_path, "draft", "edit", swot, "--section", "strengths", stdin="شبکه‌ی قوی\nlocal trust"))
    ok(cli(vault_path, "draft", "edit", swot[:8], "--status", "review"))
    shown = ok_json(cli(vault_path, "draft", "show", swot, "--json"))
    assert dict(shown["sections"])["strengths"] == "شبکه‌ی قوی\nlocal trust"
    assert dict(shown["sections"])["threats"] == ""
    assert shown["status"] == "review" and shown["revision"] == 3
    text = ok(cli(vault_path, "draft", "show", swot))
    assert "## strengths\nشبکه‌ی قوی" in text and "status: review" in text

    plan = ok(cli(vault_path, "draft", "new", "--template", "action-plan", "--title", "Plan")).strip()
    ok(cli(vault_path, "draft", "edit", plan, "--row", "action=Write the report", "owner=Sara",
           "due=2026-12-01", "status=todo", "--row", "action=Send it", "owner=Reza"))
    shown = ok_json(cli(vault_path, "draft", "show", plan, "--json"))
    assert [{k: v for k, v in row.items() if k != "id"} for row in shown["rows"]] == [
        {"action": "Write the report", "owner": "Sara", "due": "2026-12-01", "status": "todo", "note": "",
         "owner_id": "", "link": ""},
        {"action": "Send it", "owner": "Reza", "due": "", "status": "todo", "note": "", "owner_id": "", "link": ""},
    ]
    assert all(len(row["id"]) == 16 for row in shown["rows"])
    assert "1. Write the report | Sara | 2026-12-01 | todo" in ok(cli(vault_path, "draft", "show", plan))
    listed = ok_json(cli(vault_path, "draft", "list", "--json"))
    assert {h["id"] for h in listed} == {swot, plan}

    ok(cli(vault_path, "draft", "delete", plan))
    assert [h["id"] for h in ok_json(cli(vault_path, "draft", "list", "--json"))] == [swot]


# -- search ---------------------------------------------------------------------


def test_search_finds_persian_text_across_spelling_variants(vault_path: Path) -> None:
    arabic_kaf = add_note(vault_path, "كتابخانه", "گزارش درباره‌ی كتاب‌های ممنوع")  # Arabic kaf ك
    persian_digits = add_note(vault_path, "Annual report", "گزارش سال ۱۴۰۳ درباره بازداشت‌ها")
    ascii_digits = add_note(vault_path, "Budget", "budget for 1402")
    add_note(vault_path, "Unrelated", "nothing to see")

    hits = ok_json(cli(vault_path, "search", "کتاب", "--json"))  # Persian keheh ک
    assert [h["id"] for h in hits] == [arabic_kaf]
    assert hits[0]["kind"] == "note" and hits[0]["title"] == "كتابخانه" and "[" in hits[0]["snippet"]
    assert [h["id"] for h in ok_json(cli(vault_path, "search", "1403", "--json"))] == [persian_digits]
    assert [h["id"] for h in ok_json(cli(vault_path, "search", "۱۴۰۲", "--json"))] == [ascii_digits]
    both = ok_json(cli(vault_path, "search", "گزارش", "--json"))
    assert {h["id"] for h in both} == {arabic_kaf, persian_digits}

    text = ok(cli(vault_path, "search", "1403"))
    assert persian_digits[:8] in text and "Annual report" in text
    empty = cli(vault_path, "search", "absent-word")
    assert ok(empty) == "" and "No matches." in empty.stderr
    assert ok_json(cli(vault_path, "search", "absent-word", "--json")) == []


def test_search_covers_contacts_and_drafts_and_kind_filter(vault_path: Path) -> None:
    contact_id = ok(cli(vault_path, "contact", "add", "--name", "Reza", "--field", "city=Herat")).strip()
    draft_id = ok(cli(vault_path, "draft", "new", "--template", "swot", "--title", "Herat plan")).strip()
    add_note(vault_path, "elsewhere")
    hits = ok_json(cli(vault_path, "search", "herat", "--json"))
    assert {(h["id"], h["kind"]) for h in hits} == {(contact_id, "contact"), (draft_id, "draft")}
    only = ok_json(cli(vault_path, "search", "herat", "--kind", "contact", "--json"))
    assert [h["id"] for h in only] == [contact_id]


def test_every_listing_and_show_prints_json(vault_path: Path, tmp_path: Path) -> None:
    note_id = add_note(vault_path, "json note", "body")
    contact_id = ok(cli(vault_path, "contact", "add", "--name", "C", "--field", "phone=123")).strip()
    draft_id = ok(cli(vault_path, "draft", "new", "--template", "blank", "--title", "D")).strip()
    attached = tmp_path / "a.txt"
    attached.write_bytes(b"x")
    attachment_id = ok(cli(vault_path, "attachment", "add", note_id, str(attached))).strip()
    trashed = add_note(vault_path, "gone")
    ok(cli(vault_path, "note", "delete", trashed))

    expectations: list[tuple[list[str], Any]] = [
        (["note", "list"], lambda v: [h["id"] for h in v] == [note_id]),
        (["contact", "list"], lambda v: [h["id"] for h in v] == [contact_id]),
        (["draft", "list"], lambda v: [h["id"] for h in v] == [draft_id]),
        (["note", "show", note_id], lambda v: v["body"] == "body" and v["kind"] == "note"),
        (["contact", "show", contact_id], lambda v: v["channels"] == {"phone": "123"}),
        (["draft", "show", draft_id], lambda v: v["sections"] == [["body", ""]]),
        (["search", "json"], lambda v: [h["id"] for h in v] == [note_id]),
        (["trash", "list"], lambda v: [h["id"] for h in v] == [trashed] and v[0]["deleted_at"]),
        (["history", note_id], lambda v: [(r["number"], r["title"]) for r in v] == [(1, "json note")]),
        (["history", note_id, "--show", "1"], lambda v: v["number"] == 1 and v["item"]["body"] == "body"),
        (["attachment", "list", note_id],
         lambda v: [(a["id"], a["name"], a["size"]) for a in v] == [(attachment_id, "a.txt", 1)]),
    ]
    for args, check in expectations:
        value = ok_json(cli(vault_path, *args, "--json"))
        assert check(value), (args, value)


# -- trash and history ---------------------------------------------------------


def test_trash_list_restore_and_empty(vault_path: Path) -> None:
    note_id = add_note(vault_path, "to trash", "findable words")
    ok(cli(vault_path, "note", "delete", note_id))
    assert ok_json(cli(vault_path, "note", "list", "--json")) == []
    assert ok_json(cli(vault_path, "search", "findable", "--json")) == []
    trash = ok_json(cli(vault_path, "trash", "list", "--json"))
    assert [h["id"] for h in trash] == [note_id]
    assert note_id[:8] in ok(cli(vault_path, "trash", "list"))

    out = ok(cli(vault_path, "trash", "restore", note_id[:8]))
    assert "Restored note" in out and "to trash" in out
    assert [h["id"] for h in ok_json(cli(vault_path, "note", "list", "--json"))] == [note_id]
    assert [h["id"] for h in ok_json(cli(vault_path, "search", "findable", "--json"))] == [note_id]
    assert ok_json(cli(vault_path, "trash", "list", "--json")) == []

    ok(cli(vault_path, "note", "delete", note_id))
    assert "Deleted 1 item for good" in ok(cli(vault_path, "trash", "empty"))
    assert ok_json(cli(vault_path, "trash", "list", "--json")) == []
    assert_error(cli(vault_path, "note", "show", note_id), 5)


def test_history_show_and_restore(vault_path: Path) -> None:
    note_id = add_note(vault_path, "v1", "first text")
    ok(cli(vault_path, "note", "edit", note_id, "--title", "v2", stdin="second text"))
    ok(cli(vault_path, "note", "edit", note_id, "--title", "v3"))
    history = ok_json(cli(vault_path, "history", note_id, "--json"))
    assert [(r["number"], r["title"]) for r in history] == [(1, "v1"), (2, "v2"), (3, "v3")]
    text = ok(cli(vault_path, "history", note_id[:8]))
    assert [line.split()[0] for line in text.splitlines()] == ["1", "2", "3"]

    old = ok(cli(vault_path, "history", note_id, "--show", "1"))
    assert old.startswith("v1\n") and "first text" in old
    out = ok(cli(vault_path, "history", note_id, "--restore", "1"))
    assert "Revision 1 is current again, as revision 4" in out
    shown = ok_json(cli(vault_path, "note", "show", note_id, "--json"))
    assert (shown["title"], shown["body"], shown["revision"]) == ("v1", "first text", 4)
    assert len(ok_json(cli(vault_path, "history", note_id, "--json"))) == 4
    assert_error(cli(vault_path, "history", note_id, "--show", "99"), 5)


# -- attachments ------------------------------------------------------------------


def test_attachment_add_list_save_round_trip(vault_path: Path, tmp_path: Path) -> None:
    note_id = add_note(vault_path, "with a file")
    original = os.urandom(600_000)  # several storage chunks
    source = tmp_path / "evidence photo.jpg"
    source.write_bytes(original)
    attachment_id = ok(cli(vault_path, "attachment", "add", note_id[:8], str(source))).strip()
    assert FULL_ID.match(attachment_id)
    assert original[:64] not in (vault_path / "vault.db").read_bytes()
    [info] = ok_json(cli(vault_path, "attachment", "list", note_id, "--json"))
    assert info["name"] == "evidence photo.jpg" and info["size"] == len(original)
    assert info["sha256"] == hashlib.sha256(original).hexdigest() and info["media_type"] == "image/jpeg"
    assert "evidence photo.jpg" in ok(cli(vault_path, "attachment", "list", note_id))

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    saved = Path(ok(cli(vault_path, "attachment", "save", attachment_id[:8], "--out", str(out_dir))).strip())
    assert saved == out_dir / "evidence photo.jpg"
    assert saved.read_bytes() == original
    assert [p.name for p in out_dir.iterdir()] == ["evidence photo.jpg"]

    contact_id = ok(cli(vault_path, "contact", "add", "--name", "Nobody")).strip()
    assert_error(cli(vault_path, "attachment", "add", contact_id, str(source)), 2, "notes and drafts")
    assert_error(cli(vault_path, "attachment", "save", "deadbeef", "--out", str(out_dir)), 5)


def test_attachment_name_cannot_escape_the_output_folder(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    note = vault.items.add_note("hostile names")
    data = b"payload that must stay inside the folder"
    # Through the service the name is cleaned on the way in...
    cleaned = vault.attachments.add(note.id, io.BytesIO(data), "../../evil")
    assert cleaned.name == "evil"
    # ...and a name already stored raw (an old or synced vault) is cleaned on the way out.
    conn = vault.open_connection()
    try:
        raw = Repository(conn).attachments.add(
            AttachmentInfo(id="ab" * 16, item_id=note.id, name="../../evil", media_type="text/plain",
                           size=0, sha256="", created_at="2026-01-01T00:00:00+00:00"),
            [data],
        )
    finally:
        conn.close()
    assert raw.name == "../../evil"
    vault.close()

    out_dir = tmp_path / "deep" / "inside" / "out"
    out_dir.mkdir(parents=True)
    saved = Path(ok(cli(vault_dir, "attachment", "save", raw.id, "--out", str(out_dir))).strip())
    assert saved == out_dir / "evil"
    assert saved.read_bytes() == data
    assert sorted(tmp_path.rglob("*evil*")) == [saved]


# -- errors and exit codes -------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "exit_code", "fragment"),
    [
        (["note", "show", "deadbeef"], 5, "no note"),
        (["history", "0123456789abcdef"], 5, "no item"),
        (["trash", "restore", "abcd1234"], 5, "no item"),
        (["contact", "add", "--name", "X", "--field", "shoe_size=44"], 2, "unknown contact field"),
        (["contact", "add", "--name", "X", "--field", "no-equals-sign"], 2, "NAME=VALUE"),
        (["contact", "add", "--name", "X", "--field", "risk_level=extreme"], 2, "risk level"),
    ],
)
def test_errors_are_one_line_with_the_right_exit_code(
    vault_path: Path, args: list[str], exit_code: int, fragment: str,
) -> None:
    assert_error(cli(vault_path, *args), exit_code, fragment)


def test_bad_due_date_exits_2(vault_path: Path) -> None:
    plan = ok(cli(vault_path, "draft", "new", "--template", "action-plan", "--title", "P")).strip()
    assert_error(cli(vault_path, "draft", "edit", plan, "--row", "action=a", "due=2026-13-45"), 2, "due date")
    assert_error(cli(vault_path, "draft", "edit", plan, "--row", "action=a", "due=tomorrow"), 2, "due date")


def test_no_vault_in_the_folder_exits_5_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert_error(cli(missing, "note", "list"), 5, "no vault")
    assert_error(cli(missing, "check"), 5, "no vault")
    assert_error(cli(missing, "passwd", AMANAT_NEW_PASSPHRASE=NEW_PASSPHRASE), 5, "no vault")
    assert not missing.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_error(cli(empty, "note", "list"), 5, "no vault")
    assert list(empty.iterdir()) == []


def test_wrong_passphrase_exits_3(vault_path: Path) -> None:
    assert_error(cli(vault_path, "note", "list", passphrase="correct horse battery stapler"), 3, "passphrase")


def test_a_missing_file_is_a_one_line_error(vault_path: Path, tmp_path: Path) -> None:
    note_id = add_note(vault_path, "n")
    assert_error(cli(vault_path, "attachment", "add", note_id, str(tmp_path / "absent.bin")), 1, "absent.bin")


USAGE_ERRORS = [
    pytest.param(["frobnicate"], "frobnicate", id="unknown-command"),
    pytest.param(["note", "add"], "--title", id="missing-title"),
    pytest.param(["draft", "new", "--template", "manifesto", "--title", "x"], "manifesto", id="unknown-template"),
    pytest.param(["note"], "VERB", id="missing-verb"),
    pytest.param(["note", "list", "--limit", "many"], "many", id="not-a-number"),
]


@pytest.mark.parametrize(("args", "fragment"), USAGE_ERRORS)
def test_usage_errors_exit_2_without_a_traceback(vault_path: Path, args: list[str], fragment: str) -> None:
    result = cli(vault_path, *args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert fragment in result.stderr


@pytest.mark.parametrize(("args", "fragment"), USAGE_ERRORS)
def test_usage_errors_are_one_line(vault_path: Path, args: list[str], fragment: str) -> None:
    assert_error(cli(vault_path, *args), 2, fragment)


# -- backup and restore ------------------------------------------------------------


def test_backup_and_restore_with_passphrase_and_recovery_key(tmp_path: Path) -> None:
    directory = tmp_path / "v"
    recovery = init_vault(directory)
    note_id = add_note(directory, "backed up", "a secret sentence nobody should read", "t")
    contact_id = ok(cli(directory, "contact", "add", "--name", "Contact in backup")).strip()
    original = os.urandom(10_000)
    (tmp_path / "file.bin").write_bytes(original)
    attachment_id = ok(cli(directory, "attachment", "add", note_id, str(tmp_path / "file.bin"))).strip()
    before = snapshot_files(directory)

    backup = tmp_path / "backup.amanat"
    out = ok(cli(directory, "backup", str(backup)))
    assert str(backup) in out
    data = backup.read_bytes()
    assert data.startswith(b"AMANAT-BACKUP\n")
    assert b"a secret sentence" not in data and original[:64] not in data
    assert set(snapshot_files(directory)) == set(before)  # no snapshot left (the time is recorded inside)

    restored = tmp_path / "restored"
    out = ok(cli(tmp_path / "unused", "restore", str(backup), "--vault", str(restored)))
    assert str(restored) in out
    listed = ok_json(cli(restored, "note", "list", "--json"))
    assert [(h["id"], h["title"], h["tags"]) for h in listed] == [(note_id, "backed up", ["t"])]
    assert ok_json(cli(restored, "note", "show", note_id, "--json"))["body"] == "a secret sentence nobody should read"
    assert [h["id"] for h in ok_json(cli(restored, "contact", "list", "--json"))] == [contact_id]
    out_dir = tmp_path / "saved"
    out_dir.mkdir()
    saved = Path(ok(cli(restored, "attachment", "save", attachment_id, "--out", str(out_dir))).strip())
    assert saved.read_bytes() == original
    assert ok(cli(restored, "check")).startswith("ok: 1 note, 1 contact")

    by_recovery = tmp_path / "by-recovery"
    ok(cli(by_recovery, "restore", str(backup), "--with-recovery-key", passphrase=None,
           AMANAT_RECOVERY_KEY=recovery))
    assert [h["id"] for h in ok_json(cli(by_recovery, "note", "list", "--json"))] == [note_id]


def test_restore_refuses_a_folder_with_a_vault(vault_path: Path, tmp_path: Path) -> None:
    add_note(vault_path, "source")
    backup = tmp_path / "b.amanat"
    ok(cli(vault_path, "backup", str(backup)))
    other = tmp_path / "other"
    ok(cli(other, "init"))
    add_note(other, "must survive")
    before = snapshot_files(other)
    assert_error(cli(other, "restore", str(backup)), 1, "already exists")
    assert snapshot_files(other) == before
    assert [h["title"] for h in ok_json(cli(other, "note", "list", "--json"))] == ["must survive"]


def test_restore_with_a_wrong_passphrase_leaves_no_folder(vault_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.amanat"
    ok(cli(vault_path, "backup", str(backup)))
    target = tmp_path / "target"
    assert_error(cli(target, "restore", str(backup), passphrase="not the passphrase"), 3)
    assert not target.exists()
    assert_error(cli(target, "restore", str(backup), "--with-recovery-key", passphrase=None,
                     AMANAT_RECOVERY_KEY=RecoveryKey.generate().display()), 3, "recovery key")
    assert not target.exists()
    assert_error(cli(target, "restore", str(backup), "--with-recovery-key", passphrase=None,
                     AMANAT_RECOVERY_KEY="ABCDE-" * 7 + "ABCDE"), 3, "mistyped")
    assert not target.exists()


# -- remember (in-process: the keyring is in memory) ------------------------------


def _backup_key_file(path: Path) -> KeyFile:
    data = path.read_bytes()
    head = len(b"AMANAT-BACKUP\n") + 1
    (length,) = struct.unpack(">I", data[head:head + 4])
    return KeyFile.parse(data[head + 4:head + 4 + length])


def test_remember_and_forget_in_process(
    vault_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    key_path = vault_path / "vault.keys"
    vault_id = KeyFile.read(key_path).vault_id
    monkeypatch.setenv("AMANAT_PASSPHRASE", PASSPHRASE)
    assert main(["remember", "--vault", str(vault_path)]) == 0
    captured = capsys.readouterr()
    assert "now remembers" in captured.out and "amanat: warning:" in captured.err
    assert KeyFile.read(key_path).has(KIND_KEYCHAIN)
    assert list(memory_keyring.entries) == [("local data key", vault_id)]  # neutral: nothing says Amanat

    # Backups never carry the device-bound slot.
    backup = tmp_path / "b.amanat"
    assert main(["backup", str(backup), "--vault", str(vault_path)]) == 0
    assert not _backup_key_file(backup).has(KIND_KEYCHAIN)

    # Without a passphrase, the keychain opens the vault.
    monkeypatch.delenv("AMANAT_PASSPHRASE")
    capsys.readouterr()
    assert main(["note", "list", "--json", "--vault", str(vault_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []

    assert main(["remember", "--off", "--vault", str(vault_path)]) == 0
    assert "no longer remembers" in capsys.readouterr().out
    assert not KeyFile.read(key_path).has(KIND_KEYCHAIN)
    assert memory_keyring.entries == {}
    assert Vault.unlock_with_keychain(vault_path) is None


def test_remember_refuses_a_plain_text_keyring(
    vault_path: Path, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    plain = PlaintextKeyring()
    keyring.set_keyring(plain)  # the memory_keyring fixture restores the previous backend
    monkeypatch.setenv("AMANAT_PASSPHRASE", PASSPHRASE)
    before = snapshot_files(vault_path)
    assert main(["remember", "--vault", str(vault_path)]) == 1
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("amanat: error: "), captured.err
    assert "plain-text" in lines[0] and "will not remember" in lines[0]
    assert "now remembers" not in captured.out
    assert plain.entries == {} and memory_keyring.entries == {}
    assert snapshot_files(vault_path) == before
    assert not KeyFile.read(vault_path / "vault.keys").has(KIND_KEYCHAIN)
