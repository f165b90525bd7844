"""The command line's words (issue 14): plurals, the wipe confirmation in the user's language, and values that
cannot be valid are usage errors (exit 2) -- each through a real `amanat` process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amanat.app.cli.output import counted
from amanat.app.vault import Vault
from tests.test_cli import add_note, assert_error, cli, ok


@pytest.fixture
def vault_path(vault: Vault, vault_dir: Path) -> Path:
    vault.close()
    return vault_dir


def test_counted_says_one_thing_and_many_things() -> None:
    assert counted(0, "note") == "0 notes"
    assert counted(1, "note") == "1 note"
    assert counted(2, "contact") == "2 contacts"
    assert counted(1200, "item") == "1,200 items"
    assert counted(1, "entry", "entries") == "1 entry" and counted(3, "entry", "entries") == "3 entries"


def test_counts_on_the_command_line_agree_with_their_number(vault_path: Path) -> None:
    first = add_note(vault_path, "One")
    ok(cli(vault_path, "contact", "add", "--name", "Farid"))
    assert ok(cli(vault_path, "check")).startswith("ok: 1 note, 1 contact, 0 drafts;")
    second = add_note(vault_path, "Two")
    assert ok(cli(vault_path, "check")).startswith("ok: 2 notes, 1 contact, 0 drafts;")
    ok(cli(vault_path, "note", "delete", first))
    assert "Deleted 1 item for good" in ok(cli(vault_path, "trash", "empty"))
    ok(cli(vault_path, "note", "delete", second))
    ok(cli(vault_path, "contact", "delete", json.loads(ok(cli(vault_path, "contact", "list", "--json")))[0]["id"]))
    assert "Deleted 2 items for good" in ok(cli(vault_path, "trash", "empty"))


def settings_in(tmp_path: Path, language: str) -> dict[str, str]:
    config = tmp_path / f"config-{language}"
    (config / "Amanat").mkdir(parents=True)
    (config / "Amanat" / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    return {"XDG_CONFIG_HOME": str(config)}


@pytest.mark.parametrize(("language", "typed"), [
    ("en", "WIPE"),
    ("fa", "WIPE"),
    ("fa", "پاک"),
    ("fa", " پاك \n"),  # typed with the Arabic kaf, spaces around
    ("ps", "پاکول"),
])
def test_wipe_accepts_wipe_or_the_word_of_the_users_language(vault_path: Path, tmp_path: Path, language: str,
                                                              typed: str) -> None:
    result = cli(vault_path, "wipe", stdin=typed + "\n", passphrase=None, **settings_in(tmp_path, language))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wiped.") and not (vault_path / "vault.keys").exists()


@pytest.mark.parametrize(("language", "typed", "named"), [
    ("en", "پاک", "type WIPE to confirm"),  # another language's word is no yes
    ("fa", "پاکول", "type WIPE or پاک to confirm"),
    ("ps", "wipe", "type WIPE or پاکول to confirm"),
    ("fa", "yes", "type WIPE or پاک to confirm"),
])
def test_wipe_refuses_anything_else_and_names_the_words(vault_path: Path, tmp_path: Path, language: str,
                                                        typed: str, named: str) -> None:
    result = cli(vault_path, "wipe", stdin=typed + "\n", passphrase=None, **settings_in(tmp_path, language))
    assert_error(result, 2, named)
    assert (vault_path / "vault.keys").exists()


@pytest.mark.parametrize(("args", "fragment"), [
    (["note", "show", "zz"], "'zz' is not an id"),
    (["note", "show", "abc"], "'abc' is not an id"),
    (["contact", "delete", "not-hex!"], "is not an id"),
    (["draft", "edit", "f" * 65, "--title", "x"], "is not an id"),
    (["trash", "restore", "xyz1"], "is not an id"),
    (["history", "gggg"], "is not an id"),
    (["history", "abcd", "--show", "0"], "not 1 or more"),
    (["history", "abcd", "--restore", "-3"], "not 1 or more"),
    (["attachment", "save", "ab", "--out", "."], "is not an id"),
    (["attachment", "list", "note"], "is not an id"),
    (["travel", "seal", "--recovery-key", "--out", "trip.age", "abcd", "zzzz"], "'zzzz' is not an id"),
    (["search", "!!! ..."], "holds no word to search for"),
    (["search", "   "], "holds no word to search for"),
    (["search", "Herat", "--limit", "0"], "not 1 or more"),
])
def test_a_value_that_cannot_be_valid_is_a_usage_error_before_any_passphrase(
        vault_path: Path, args: list[str], fragment: str) -> None:
    # No passphrase given: the value is refused before the vault is opened (it would ask otherwise).
    result = cli(vault_path, *args, passphrase=None)
    assert_error(result, 2, fragment)
    assert result.stdout == ""


def test_an_id_of_the_right_shape_that_matches_nothing_is_still_not_found(vault_path: Path) -> None:
    assert_error(cli(vault_path, "note", "show", "deadbeef"), 5, "no note")
    result = cli(vault_path, "search", "Herat")  # a real word found nowhere: no error
    assert result.returncode == 0 and "No matches." in result.stderr


def test_a_peer_that_cannot_be_an_id_is_a_usage_error_too(vault_path: Path) -> None:
    # Peers are named by a value (@FILE, @-), so the core tells: still exit 2, not "not found".
    assert_error(cli(vault_path, "peer", "verify", "Farid?", "--safety-number", "1234"), 2, "is not a peer id")
