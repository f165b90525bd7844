"""Escape sequences in titles, names and tags never reach a terminal (issue 11, finding 8).

Typed here: refused. Arriving in a real bundle from a member whose Amanat was modified: removed
on import. Already in a vault (an older Amanat stored it): removed whenever the command line prints.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from amanat.app.errors import InvalidValue
from amanat.app.models import Contact, Note
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, run_cli, snapshot_files
from tests.sharing.conftest import Workshop

CLEAR_SCREEN = "\x1b[2J\x1b[H"
SET_WINDOW_TITLE = "\x1b]0;pwned\x07"
C1_CSI = "\x9b31m"
HOSTILE_TITLE = f"Meeting{CLEAR_SCREEN} notes{SET_WINDOW_TITLE}{C1_CSI}"
CONTROLS = [chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))]


def no_controls_but_newline_and_tab(text: str) -> bool:
    return not any(c in text for c in CONTROLS if c not in "\n\t")


@pytest.fixture
def env() -> dict[str, str]:
    return {"AMANAT_PASSPHRASE": PASSPHRASE}


def test_a_title_or_tag_typed_with_a_control_character_is_refused(vault_dir: Path, env: dict[str, str]) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    before = snapshot_files(vault_dir)
    for args in (("note", "add", "--title", HOSTILE_TITLE), ("note", "add", "--title", "ok", "--tag", "a\x1b[31m"),
                 ("contact", "add", "--name", f"Omid{CLEAR_SCREEN}"),
                 ("contact", "add", "--name", "Omid", "--field", "phone=+93\x1b[8m700")):
        result = run_cli(*args, "--vault", str(vault_dir), env=env, stdin="body")
        assert result.returncode == 2, result.stdout + result.stderr
        assert "invisible control character (U+001B)" in result.stderr
        assert "\x1b" not in result.stderr
    assert snapshot_files(vault_dir) == before


def test_the_core_refuses_them_whoever_writes(vault: Vault) -> None:
    with pytest.raises(InvalidValue, match="control character"):
        vault.items.add_note("Report\x07", "")
    with pytest.raises(InvalidValue, match="control character"):
        vault.items.add(Contact(id="", display_name="Zahra\x9b2J"))
    note = vault.items.add_note("Plain", "line one\n\tline two with a tab\r\n", tags=["a\tb"])
    assert vault.items.get(note.id).tags == ("a b",)  # a tab in a tag is a space, as before


def test_a_title_with_escape_sequences_in_a_real_bundle_arrives_clean(
    workshop: Workshop, monkeypatch: pytest.MonkeyPatch
) -> None:
    mariam, farid = workshop.members[0], workshop.members[1]
    # Mariam's Amanat was modified to skip the checks: her note carries the sequences into the bundle.
    monkeypatch.setattr("amanat.app.items.validated", lambda item: item)
    note = mariam.vault.items.add_note(HOSTILE_TITLE, f"body{CLEAR_SCREEN}\n\tindented", tags=["urgent\x1b[5m"])
    monkeypatch.undo()
    mariam.sync.groups.share(workshop.group_id, note.id)
    report = farid.receive(mariam.export(workshop.group_id))
    assert report.status == "applied", report
    received = farid.vault.items.get(note.id)
    assert isinstance(received, Note)
    assert received.title == "Meeting[2J[H notes]0;pwned31m"  # the sequences are dead text now
    assert received.tags == ("urgent[5m",)
    farid.vault.close()  # Farid lists his notes on the command line
    listing = run_cli("note", "list", "--vault", str(farid.vault.paths.directory),
                      env={"AMANAT_PASSPHRASE": PASSPHRASE})
    assert listing.returncode == 0 and "Meeting[2J[H notes" in listing.stdout
    assert no_controls_but_newline_and_tab(listing.stdout)


def test_the_command_line_never_prints_a_control_character_from_the_vault(
    vault_dir: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A vault written before titles were checked (or edited by hand) still holds the sequences.
    monkeypatch.setattr("amanat.app.items.validated", lambda item: item)
    with Vault.create(vault_dir, PASSPHRASE)[0] as vault:
        note = vault.items.add_note(HOSTILE_TITLE, f"first line{CLEAR_SCREEN}\n\tsecond line",
                                    tags=[f"tag{SET_WINDOW_TITLE}"])
        vault.items.add(Contact(id="", display_name=f"Omid{C1_CSI}", channels=(("phone", "+93\x1b[8m 700"),)))
    monkeypatch.undo()
    commands = (("note", "list"), ("note", "show", note.id[:8]), ("search", "Meeting"), ("contact", "list"),
                ("contact", "show", "Omid"), ("history", note.id[:8]), ("note", "show", "\x1b[2Jnothing"))
    for command in commands:
        result = run_cli(*command, "--vault", str(vault_dir), env=env)
        for output in (result.stdout, result.stderr):
            assert no_controls_but_newline_and_tab(output), (command, output)
    shown = run_cli("note", "show", note.id[:8], "--vault", str(vault_dir), env=env).stdout
    assert "Meeting[2J[H notes]0;pwned31m" in shown and "first line[2J[H\n\tsecond line" in shown
    as_json = run_cli("note", "show", note.id[:8], "--json", "--vault", str(vault_dir), env=env).stdout
    assert "\\u001b[2J" in as_json  # JSON keeps the exact text, escaped
