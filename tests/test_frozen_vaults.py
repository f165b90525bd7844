"""Vaults written by every earlier schema version still open, check clean, and keep their content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from amanat.app.store.schema import CURRENT_VERSION
from amanat.app.vault import Vault

FROZEN = Path(__file__).resolve().parent / "frozen_vaults"
VERSIONS = sorted(p.name for p in FROZEN.glob("v*") if p.is_dir())


def test_every_schema_version_up_to_the_current_one_is_frozen() -> None:
    assert VERSIONS == [f"v{n}" for n in range(1, CURRENT_VERSION + 1)]


@pytest.mark.parametrize("version", VERSIONS)
def test_a_frozen_vault_opens_and_keeps_everything(version: str, tmp_path: Path) -> None:
    copy = tmp_path / version
    shutil.copytree(FROZEN / version, copy)
    expected = json.loads((copy / "expected.json").read_text(encoding="utf-8"))
    with Vault.unlock(copy, expected["passphrase"]) as vault:
        assert vault.check() == []
        for item_id, facts in expected["items"].items():
            item = vault.items.get(item_id)
            assert {"kind": item.kind, "title": item.title, "revision": item.revision} == facts
        assert [h.id for h in vault.items.trash()] == expected["trash"]
        for query, ids in expected["search"].items():
            assert [h.id for h in vault.items.search(query)] == ids
        (attachment,) = vault.attachments.list(expected["note_id"])
        assert attachment.sha256 == expected["attachment_sha256"]
        if "sync" in expected:
            facts = expected["sync"]
            assert vault.sync.identities.display_name() == facts["identity_name"]
            assert vault.sync.identities.peer(facts["peer"]).verified
            group = vault.sync.groups.info(facts["group"])
            assert list(group.shared_items) == facts["shared"]
            assert [m.name for m in group.members] == facts["members"]
            assert vault.sync.exchange.export(facts["group"]).items == len(facts["shared"])
    Vault.unlock_with_recovery_key(copy, expected["recovery_key"]).close()
