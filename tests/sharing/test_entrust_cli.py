"""`amanat entrust …` as real processes: 2 of 3 made, imported with `sync import`, a request from a
backup on a fresh folder, answers only after the safety number, recovery with a new passphrase."""

from __future__ import annotations

import re
from pathlib import Path

from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.sharing.conftest import introduce, make_member

NEW = "the passphrase after the raid"


def _cli(folder: Path, *args: str, new: str | None = None) -> str:
    env = {"AMANAT_VAULT": str(folder), "AMANAT_PASSPHRASE": PASSPHRASE}
    if new is not None:
        env["AMANAT_NEW_PASSPHRASE"] = new
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_entrust_round_trip_on_the_command_line(tmp_path: Path) -> None:
    people = [make_member(tmp_path, name) for name in ("Mariam", "Farid", "Zahra", "Hamid")]
    owner, holders = people[0], people[1:]
    for holder in holders:
        introduce(owner, holder)
        introduce(holder, owner)
    peer_ids = [h.sync.identities.public().peer_id for h in holders]
    folders = [p.vault.paths.directory for p in people]
    for person in people:
        person.vault.close()

    made = _cli(folders[0], "entrust", "create", "--threshold", "2", "--to", *peer_ids, "--out-dir",
                str(tmp_path / "out"))
    files = dict(re.findall(r"    (\w+) \(\w+\): (\S+)", made))
    assert sorted(files) == ["Farid", "Hamid", "Zahra"]
    for holder, folder in zip(holders, folders[1:], strict=True):
        assert "You hold a recovery share for Mariam" in _cli(folder, "sync", "import", files[holder.name])
    assert "Mariam (set of " in _cli(folders[1], "entrust", "held")
    assert "2 of 3, current" in _cli(folders[0], "entrust", "list")
    _cli(folders[0], "backup", str(tmp_path / "backup.amanat"))

    laptop = tmp_path / "new-laptop"
    asked = _cli(laptop, "entrust", "recover-request", "--backup", str(tmp_path / "backup.amanat"),
                 "--out", str(tmp_path / "request.txt"))
    number = re.search(r"nobody else should hear it\.\n    ([\d ]+)\n", asked, re.IGNORECASE)
    assert number is not None
    shown = _cli(folders[1], "entrust", "answer", str(tmp_path / "request.txt"))
    assert number.group(1).strip() in shown and not (tmp_path / "farid.answer").exists()

    wrong = run_cli("entrust", "answer", str(tmp_path / "request.txt"), "--safety-number", "1" * 60,
                    "--out", str(tmp_path / "wrong.answer"),
                    env={"AMANAT_VAULT": str(folders[1]), "AMANAT_PASSPHRASE": PASSPHRASE})
    assert wrong.returncode == 4 and "do not send your share" in wrong.stderr
    assert not (tmp_path / "wrong.answer").exists()

    for name, folder in (("farid", folders[1]), ("hamid", folders[3])):
        _cli(folder, "entrust", "answer", str(tmp_path / "request.txt"), "--safety-number", number.group(1),
             "--out", str(tmp_path / f"{name}.answer"))
    one = _cli(laptop, "entrust", "recover", str(tmp_path / "farid.answer"))
    assert "1 more needed; the vault stays locked" in one
    replay = run_cli("entrust", "recover", str(tmp_path / "farid.answer"),
                     env={"AMANAT_VAULT": str(laptop), "AMANAT_NEW_PASSPHRASE": NEW})
    assert replay.returncode == 4 and "added already" in replay.stderr
    done = _cli(laptop, "entrust", "recover", str(tmp_path / "hamid.answer"), new=NEW)
    assert "The vault is open again" in done
    Vault.unlock(laptop, NEW).close()

    rekeyed = run_cli("rekey", env={"AMANAT_VAULT": str(laptop), "AMANAT_PASSPHRASE": NEW})
    assert rekeyed.returncode == 0 and "recovery shares no longer open the vault" in rekeyed.stderr
    with Vault.unlock(laptop, NEW) as vault:
        assert vault.key_file.entrust_terms() is None
        assert not any(s.current for s in vault.sync.entrust.sets(vault.key_file))
