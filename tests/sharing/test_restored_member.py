"""A member who restored an old backup holds less than the others know them to: step 36 says so.

Before step 36, Farid's restored vault applied Mariam's next incremental bundle without the edits it
was computed against, acknowledged it, and never got those edits: nobody was told. Now the bundle is
refused with a message that names the way out, and a full bundle brings Farid up to date.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from amanat.app.backup import create_backup, restore_backup
from amanat.app.errors import RejectedBundle
from amanat.app.models import Note
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.sharing.conftest import Member, Workshop, vault_content, vault_fingerprint
from tests.sharing.test_lying_member import _everyone_has_the_note


def _edit(member: Member, note_id: str, words: str) -> None:
    note = member.vault.items.get(note_id)
    assert isinstance(note, Note)
    member.vault.items.save(replace(note, body=note.body + words))


def test_a_vault_restored_from_an_old_backup_refuses_what_builds_on_the_lost_edits_and_takes_a_full_bundle(
        workshop: Workshop, tmp_path: Path) -> None:
    mariam, farid, zahra = workshop.members
    note_id = _everyone_has_the_note(workshop)
    create_backup(farid.vault, tmp_path / "farid.amanat")
    _edit(mariam, note_id, " اول.")
    first_edit = mariam.export(workshop.group_id)
    for member in (farid, zahra):
        assert member.receive(first_edit).status == "applied"
        assert mariam.receive(member.export(workshop.group_id)).status == "applied"  # Mariam knows they have it
    farid.vault.close()  # Farid's laptop is lost; he restores last week's backup
    restore_backup(tmp_path / "farid.amanat", tmp_path / "farid-restored", passphrase=PASSPHRASE)
    restored = Member("Farid", Vault.unlock(tmp_path / "farid-restored", PASSPHRASE))
    try:
        _edit(mariam, note_id, " دوم.")
        incremental = mariam.export(workshop.group_id)
        before = vault_fingerprint(restored.vault)

        with pytest.raises(RejectedBundle, match="restored from a backup") as refused:
            restored.receive(incremental)

        assert "Mariam" in str(refused.value) and "sync export --full" in str(refused.value)
        assert vault_fingerprint(restored.vault) == before
        assert restored.receive(mariam.export(workshop.group_id, full=True)).status == "applied"
        assert restored.vault.items.get(note_id).body.endswith(" اول. دوم.")
        assert vault_content(restored.vault) == vault_content(mariam.vault)
    finally:
        restored.vault.close()
