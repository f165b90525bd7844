"""Finding 21: nothing in a vault folder's names, sizes or structure tells whether a duress passphrase is set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from amanat.app.duress import open_decoy, set_duress
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE

DURESS = "harmless holiday pictures"


def make(directory: Path, duress: bool, decoy_notes: int = 0) -> None:
    vault, _recovery = Vault.create(directory, PASSPHRASE)
    with vault:
        vault.items.add_note("Real testimony", "the same real content in each vault")
        if duress:
            set_duress(vault, DURESS)
            if decoy_notes:
                with open_decoy(vault) as decoy:
                    for number in range(decoy_notes):
                        decoy.items.add_note(f"Recipe {number}", "tea and bread " * 200)


def layout(directory: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(directory)), p.stat().st_size) for p in directory.rglob("*"))


def structure(value: Any) -> Any:
    """The key file with every value replaced by its type and length: what an examiner can compare."""
    if isinstance(value, dict):
        return {k: structure(v) for k, v in value.items()}
    if isinstance(value, list):
        return [structure(v) for v in value]
    if isinstance(value, str):
        return ("str", len(value))
    return value if isinstance(value, bool) else (type(value).__name__, value if isinstance(value, int) else None)


def test_the_folder_looks_the_same_with_and_without_a_duress_passphrase(tmp_path: Path) -> None:
    without, empty_decoy, filled_decoy = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    make(without, duress=False)
    make(empty_decoy, duress=True)
    make(filled_decoy, duress=True, decoy_notes=40)
    assert layout(without) == layout(empty_decoy) == layout(filled_decoy)
    assert [name for name, _size in layout(without)] == ["vault.alt", "vault.db", "vault.keys", "vault.lock"]
    key_files = [json.loads((d / "vault.keys").read_bytes()) for d in (without, empty_decoy, filled_decoy)]
    assert structure(key_files[0]) == structure(key_files[1]) == structure(key_files[2])
    # and they stay alike after the real vault is opened again
    for directory in (without, empty_decoy, filled_decoy):
        Vault.unlock(directory, PASSPHRASE).close()
    assert layout(without) == layout(empty_decoy) == layout(filled_decoy)


def test_every_vault_gets_the_fixed_size_file_even_one_made_before(tmp_path: Path) -> None:
    directory = tmp_path / "v"
    make(directory, duress=False)
    (directory / "vault.alt").unlink()  # as a vault made by an older Amanat
    Vault.unlock(directory, PASSPHRASE).close()
    assert (directory / "vault.alt").stat().st_size == 4 * 1024 * 1024
