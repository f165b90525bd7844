"""Freeze a vault of the current schema version into tests/frozen_vaults/vN/.

Run once whenever the schema version goes up, BEFORE changing the schema, so
that every earlier version stays in the tests:

    python -m tests.frozen_vaults.make_frozen_vault

The vault uses the weak test key derivation and the passphrase below; its
expected content is written beside it as expected.json.
"""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import replace
from pathlib import Path

from amanat.app.models import ActionRow, Contact
from amanat.app.store.schema import CURRENT_VERSION
from amanat.app.vault import Vault
from amanat.crypto.kdf import allow_insecure_test_kdf

PASSPHRASE = "frozen vault passphrase"
HERE = Path(__file__).resolve().parent


def freeze_sync_state(vault: Vault, shared_item: str) -> dict[str, object]:
    """Schema 3 and later: an identity, a verified peer, a group sharing an item, one bundle sent."""
    from amanat.crypto.contact_card import card_to_file_bytes, make_card
    from amanat.crypto.identity import Identity

    sync = vault.sync
    sync.identities.set_display_name("مریم")
    peer = sync.identities.add_peer(card_to_file_bytes(make_card(Identity.generate(), "Farid", 1_790_000_000))).peer
    sync.identities.verify_peer(peer.fingerprint, peer.safety_number)
    group = sync.groups.create("Geneva advocacy")
    sync.groups.add_member(group.group_id, peer.fingerprint)
    sync.groups.share(group.group_id, shared_item)
    sync.exchange.export(group.group_id)
    return {"sync": {"identity_name": "مریم", "peer": peer.fingerprint, "group": group.group_id,
                     "shared": [shared_item], "members": ["مریم", "Farid"]}}


def main() -> None:
    allow_insecure_test_kdf()
    target = HERE / f"v{CURRENT_VERSION}"
    if target.exists():
        shutil.rmtree(target)
    vault, recovery = Vault.create(target, PASSPHRASE)
    with vault:
        note = vault.items.add_note("گزارش جلسه", "متن **مهم** با كاف عربی ۱۴۰۳", tags=["کار"], pinned=True)
        vault.items.save(replace(note, body="متن ویرایش‌شده با كاف عربی ۱۴۰۳"))
        vault.attachments.add(note.id, io.BytesIO(b"frozen attachment\n" * 100), "scan.txt")
        contact = vault.items.add(Contact(id="", display_name="Mariam", channels=(("signal", "+93 700"),),
                                          never_contact_via=("whatsapp",), risk_level="high"))
        swot = vault.items.new_draft("swot", "SWOT")
        vault.items.save(replace(swot, sections=(("strengths", "network"),)))
        plan = vault.items.new_draft("action-plan", "Plan")
        vault.items.save(replace(plan, rows=(ActionRow("Brief", "Zahra", "2026-12-01", "todo"),)))
        trashed = vault.items.add_note("in the trash", "")
        vault.items.delete(trashed.id)
        sync_facts = freeze_sync_state(vault, contact.id) if CURRENT_VERSION >= 3 else {}
        expected = {
            **sync_facts,
            "passphrase": PASSPHRASE,
            "recovery_key": recovery.display(),
            "schema_version": CURRENT_VERSION,
            "items": {i.id: {"kind": i.kind, "title": i.title, "revision": i.revision}
                      for i in (vault.items.get(x) for x in (note.id, contact.id, swot.id, plan.id))},
            "trash": [trashed.id],
            "search": {"کاف": [note.id], "network": [swot.id]},
            "attachment_sha256": vault.attachments.list(note.id)[0].sha256,
            "note_id": note.id,
        }
    (target / "vault.lock").unlink()
    (target / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"froze schema {CURRENT_VERSION} into {target}")


if __name__ == "__main__":
    main()
