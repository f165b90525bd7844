"""`amanat import` and `amanat export` as real processes on a real vault."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage

from amanat.app.models import Contact
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.transfer.samples import ANDROID_21, IPHONE_30


def test_contacts_come_in_duplicates_wait_for_merge_and_go_out_without_safety_fields(
    vault_dir: Path, tmp_path: Path
) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    vault.items.add(Contact(id="", display_name="مریم احمدی", risk_level="high", never_contact_via=("whatsapp",)))
    vault.close()
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE}
    phone = tmp_path / "phone.vcf"
    phone.write_text(ANDROID_21 + IPHONE_30, encoding="utf-8")

    dry = run_cli("import", str(phone), "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert "مریم احمدی is already here" in dry.stdout and "would add 3 contacts; 1 duplicate" in dry.stdout
    listed = json.loads(run_cli("contact", "list", "--json", env=env).stdout)
    assert len(listed) == 1  # a dry run writes nothing

    done = run_cli("import", str(phone), env=env)
    assert done.returncode == 0, done.stderr
    assert "added 3 contacts" in done.stdout and "1 duplicate left out" in done.stdout
    merged = run_cli("import", str(phone), "--merge-duplicates", env=env)
    assert "added 0 contacts, completed 1, 3 already complete" in merged.stdout, merged.stdout
    contacts = {c["title"]: c["id"] for c in json.loads(run_cli("contact", "list", "--json", env=env).stdout)}
    assert set(contacts) == {"مریم احمدی", "ګل احمد", "Zahra Karimi", "د افغانستان د بشري حقونو د مدافعینو شبکه"}

    out = tmp_path / "for-partner.vcf"
    exported = run_cli("export", contacts["مریم احمدی"][:8], contacts["Zahra Karimi"][:8], "--format", "vcf",
                       "--out", str(out), env=env)
    assert exported.returncode == 0, exported.stderr
    assert "NOT encrypted" in exported.stdout
    text = out.read_text(encoding="utf-8")
    assert "مریم احمدی" in text and "+93 700 111 222" in text and "zahra@example.org" in text
    assert "high" not in text and "whatsapp" not in text.lower()
    again = run_cli("export", contacts["مریم احمدی"][:8], "--format", "vcf", "--out", str(out), env=env)
    assert again.returncode != 0 and "already exists" in again.stderr and out.read_text(encoding="utf-8") == text

    sealed = run_cli("export", contacts["مریم احمدی"][:8], "--format", "vcf", "--out", str(tmp_path / "s.vcf"),
                     "--seal", "--with-safety-fields", env={**env, "AMANAT_EXPORT_PASSPHRASE": "a long passphrase!"})
    assert sealed.returncode == 0, sealed.stderr
    assert not (tmp_path / "s.vcf").exists()
    opened = pyrage.passphrase.decrypt((tmp_path / "s.vcf.age").read_bytes(), "a long passphrase!").decode()
    assert "مریم احمدی" in opened and "X-AMANAT-RISK-LEVEL:high" in opened


def test_a_damaged_file_changes_nothing_and_says_why(vault_dir: Path, tmp_path: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE}
    good_then_broken = tmp_path / "mixed.vcf"
    good_then_broken.write_text(IPHONE_30 + "BEGIN:VCARD\nVERSION:3.0\nFN:half", encoding="utf-8")
    result = run_cli("import", str(good_then_broken), env=env)
    assert result.returncode != 0 and "damaged" in result.stderr
    assert json.loads(run_cli("contact", "list", "--json", env=env).stdout) == []
    wrong = tmp_path / "notes.pages"
    wrong.write_bytes(b"PK\x03\x04")
    refused = run_cli("import", str(wrong), env=env)
    assert refused.returncode != 0 and ".vcf" in refused.stderr and ".docx" in refused.stderr
    damaged = tmp_path / "notes.docx"
    damaged.write_bytes(b"PK\x03\x04")
    refused = run_cli("import", str(damaged), env=env)
    assert refused.returncode != 0 and "ZIP is damaged" in refused.stderr


def test_a_folder_of_markdown_notes_comes_in_from_the_command_line(vault_dir: Path, tmp_path: Path) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].close()
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE}
    export = tmp_path / "Joplin export"
    (export / "Geneva" / "_resources").mkdir(parents=True)
    (export / "Geneva" / "_resources" / "agenda.pdf").write_bytes(b"%PDF-1.4 agenda")
    (export / "Geneva" / "Session.md").write_text("---\ntitle: جلسه ژنو\n---\nمتن ![a](_resources/agenda.pdf)\n",
                                                  encoding="utf-8")
    (export / "broken.md").write_bytes(b"\xc3\x28 not UTF-8")
    dry = run_cli("import", str(export), "--dry-run", env=env)
    assert "would add 1 note with 1 attachment" in dry.stdout, dry.stdout + dry.stderr
    assert "broken.md: not imported" in dry.stderr
    done = run_cli("import", str(export), env=env)
    assert done.returncode == 0 and "added 1 note with 1 attachment" in done.stdout, done.stderr
    [note] = json.loads(run_cli("note", "list", "--json", env=env).stdout)
    assert note["title"] == "جلسه ژنو" and note["tags"] == ["Geneva"]
