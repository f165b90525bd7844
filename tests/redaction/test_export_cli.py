"""`amanat export ITEM --format md|docx|pdf [--redact…]` as real processes on real vaults."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pyrage
import pytest

from amanat.app.models import Contact, Draft
from amanat.app.redaction.key_store import RedactionKeys
from amanat.app.redaction.words import find_marked, key_of
from amanat.app.vault import Vault
from tests.conftest import PASSPHRASE, run_cli

MARKED = ["Abdullah Karimi", "Abu Bakr", "عبدالله کریمی", "Herat Women Forum", "Herat", "هرات", "Zahra Ahmadi"]
WORDS_FILE = """\
# who must not be named
person: Abdullah Karimi | Abu Bakr | عبدالله کریمی
organisation: Herat Women Forum
province: Herat | هرات
"""


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The text of a PDF, read back by Poppler (text in a PDF is compressed: a byte grep sees nothing)."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed: .ci/run installs it"
    path = tmp_path / "read-back.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                          timeout=60).stdout.decode("utf-8")
    return unicodedata.normalize("NFKC", text)  # Poppler gives Arabic letters in their presentation forms


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "\n".join(package.read(name).decode("utf-8") for name in package.namelist()
                         if name.endswith(".xml"))


def assert_nothing_marked_left(text: str) -> None:
    """No marked word, in any spelling variant the matcher folds, is in `text`."""
    keys = {key_of(word): word for word in MARKED}
    left = [text[m.start:m.end] for m in find_marked(text, keys)]
    assert left == [], f"left in the export: {left}"
    for word in MARKED:
        assert word not in text


@pytest.fixture
def env_and_draft(vault_dir: Path) -> tuple[dict[str, str], str]:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    vault.items.add(Contact(id="", display_name="Zahra Ahmadi", city="Kabul"))
    draft = vault.items.add(Draft(id="", template="un-communication", title="Abdullah Karimi", sections=(
        ("alleged_victims", "Abdullah Karimi (Abu Bakr), of Herat Women Forum."),
        ("date_and_place", "عبدالله كريمي در هرات بازداشت شد. Zahra Ahmadi saw it in Herat."),
        ("description", "Karimi's colleague عبد‌الله کریمی was not seen again."),
    )))
    vault.close()
    return {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE}, draft.id


def test_redact_words_then_redact_gives_the_same_pseudonyms_in_every_format(
    env_and_draft: tuple[dict[str, str], str], tmp_path: Path, vault_dir: Path
) -> None:
    env, draft_id = env_and_draft
    refused = run_cli("export", draft_id[:8], "--format", "md", "--out", str(tmp_path / "x.md"), "--redact", env=env)
    assert refused.returncode != 0 and "nothing was ever marked" in refused.stderr
    assert not (tmp_path / "x.md").exists()

    words = tmp_path / "words.txt"
    words.write_text(WORDS_FILE, encoding="utf-8")
    first = run_cli("export", draft_id[:8], "--format", "md", "--out", str(tmp_path / "a.md"),
                    "--redact-words", str(words), "--redact-suggested", env=env)
    assert first.returncode == 0, first.stderr
    assert "NOT be encrypted" in first.stderr and "replacement" in first.stderr
    assert "Karimi" not in first.stderr + first.stdout  # counts only, never the words
    markdown = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert_nothing_marked_left(markdown)
    assert "# Person A" in markdown and "Person A (Person A), of Organisation A." in markdown
    assert "در Province 1 بازداشت شد" in markdown and "Person B saw it in Province 1" in markdown

    # The key stayed in the vault: --redact alone (no words file, no suggestions) names everyone the same.
    for export_format in ("docx", "pdf", "md"):
        out = tmp_path / f"b.{export_format}"
        again = run_cli("export", draft_id[:8], "--format", export_format, "--out", str(out), "--redact", env=env)
        assert again.returncode == 0, again.stderr
        data = out.read_bytes()
        text = {"docx": docx_text, "md": lambda d: d.decode("utf-8")}.get(
            export_format, lambda d: pdf_text(d, tmp_path))(data)
        assert_nothing_marked_left(text)
        assert "Person A" in text and "Province 1" in text and "Person B" in text
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        key = RedactionKeys(vault.require_repository()).load(draft_id)
        assert key is not None and {e.label() for e in key.entities} >= {"Person A", "Person B", "Province 1"}
    finally:
        vault.close()


def test_pseudonyms_in_dari_sealed_and_no_overwrite(env_and_draft: tuple[dict[str, str], str],
                                                    tmp_path: Path) -> None:
    env, draft_id = env_and_draft
    words = tmp_path / "words.txt"
    words.write_text(WORDS_FILE, encoding="utf-8")
    out = tmp_path / "fa.md"
    sealed = run_cli("export", draft_id[:8], "--format", "md", "--out", str(out), "--redact-words", str(words),
                     "--redact-suggested", "--pseudonym-language", "fa", "--seal",
                     env={**env, "AMANAT_EXPORT_PASSPHRASE": "a long passphrase!"})
    assert sealed.returncode == 0, sealed.stderr
    assert not out.exists() and "NOT be encrypted" not in sealed.stderr
    text = pyrage.passphrase.decrypt((tmp_path / "fa.md.age").read_bytes(), "a long passphrase!").decode()
    assert "شخص الف در ولایت ۱ بازداشت شد" in text and "شخص ب saw it in ولایت ۱" in text
    assert_nothing_marked_left(text)
    again = run_cli("export", draft_id[:8], "--format", "md", "--out", str(out), "--seal", env=env)
    assert again.returncode != 0 and "already exists" in again.stderr


def test_plain_export_of_a_note_and_refusals(vault_dir: Path, tmp_path: Path) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    note = vault.items.add_note("یادداشت", "متن **مهم** از کابل.\n\n- one\n- two")
    contact = vault.items.add(Contact(id="", display_name="Zahra"))
    vault.close()
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE}
    done = run_cli("export", note.id[:8], "--format", "md", "--out", str(tmp_path / "n.md"), env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "n.md").read_text(encoding="utf-8") == "# یادداشت\n\nمتن **مهم** از کابل.\n\n- one\n- two\n"
    pdf = run_cli("export", note.id[:8], "--format", "pdf", "--out", str(tmp_path / "n.pdf"), env=env)
    assert pdf.returncode == 0, pdf.stderr
    assert "کابل" in pdf_text((tmp_path / "n.pdf").read_bytes(), tmp_path)
    as_doc = run_cli("export", contact.id[:8], "--format", "docx", "--out", str(tmp_path / "c.docx"), env=env)
    assert as_doc.returncode != 0 and "--format vcf" in as_doc.stderr
    two = run_cli("export", note.id[:8], contact.id[:8], "--format", "md", "--out", str(tmp_path / "2.md"), env=env)
    assert two.returncode != 0 and "one note or draft" in two.stderr
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    refused = run_cli("export", note.id[:8], "--format", "md", "--out", str(tmp_path / "r.md"),
                      "--redact-words", str(bad), env=env)
    assert refused.returncode != 0 and "not UTF-8" in refused.stderr and not (tmp_path / "r.md").exists()


def test_a_profile_names_everyone_the_same_across_documents(vault_dir: Path, tmp_path: Path) -> None:
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    first = vault.items.add_note("One", "Mina and Jawad met in Herat.")
    second = vault.items.add_note("Two", "جواد returned to هرات.")
    vault.close()
    env = {"AMANAT_VAULT": str(vault_dir), "AMANAT_PASSPHRASE": PASSPHRASE}
    words = tmp_path / "words.txt"
    words.write_text("person: Mina\nperson: Jawad | جواد\nprovince: Herat | هرات\n", encoding="utf-8")
    one = run_cli("export", first.id[:8], "--format", "md", "--out", str(tmp_path / "1.md"), "--redact-words",
                  str(words), "--pseudonym-profile", "UN SR", env=env)
    assert one.returncode == 0, one.stderr
    two = run_cli("export", second.id[:8], "--format", "md", "--out", str(tmp_path / "2.md"), "--redact",
                  "--pseudonym-profile", "UN SR", env=env)
    assert two.returncode == 0, two.stderr
    assert "Person A and Person B met in Province 1." in (tmp_path / "1.md").read_text(encoding="utf-8")
    assert "Person B returned to Province 1." in (tmp_path / "2.md").read_text(encoding="utf-8")
    alone = run_cli("export", second.id[:8], "--format", "md", "--out", str(tmp_path / "3.md"),
                    "--pseudonym-profile", "UN SR", env=env)
    assert alone.returncode != 0 and "goes with --redact" in alone.stderr
