"""A folder of Markdown notes (as Joplin, Obsidian and Standard Notes export them) into a real vault."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from amanat.app.errors import InvalidValue
from amanat.app.models import Note
from amanat.app.transfer.markdown_folder import MAX_NOTE_BYTES, read_markdown_folder, store_folder_import
from amanat.app.vault import Vault

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4f40000000049454e44ae426082")


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    root = tmp_path / "export"
    # Joplin, "Markdown + Front Matter": notebooks as folders, resources in _resources/.
    _write(root / "Geneva" / "HRC session.md", "---\ntitle: جلسه شورای حقوق بشر\ncreated: 2025-03-04 10:11:12Z\n"
           "tags:\n  - un\n  - geneva\n---\n\nگزارش جلسه با گزارشگر ویژه.\n\n![photo](../_resources/hall.png)\n")
    _write(root / "_resources" / "hall.png", PNG)
    # Obsidian: a heading for the title, an embed by name, a PDF linked by a relative path with a space.
    _write(root / "Cases" / "Herat.md", "# د هرات قضیه\n\nشاهدان: ![[witness list.pdf]]\n[brief](brief%20v2.pdf)\n")
    _write(root / "Cases" / "witness list.pdf", b"%PDF-1.4 witness")
    _write(root / "Cases" / "brief v2.pdf", b"%PDF-1.4 brief")
    # Standard Notes: plain text, the file name is the title.
    _write(root / "Meeting with partners.txt", "Agenda: safety, funding.\r\nDecisions: …\r\n")
    _write(root / ".obsidian" / "workspace.md", "# settings, not a note\n")
    _write(root / ".trash" / "deleted.md", "# deleted before the export\n")
    return root


def test_titles_tags_dates_and_attachments_come_in(vault: Vault, exported: Path) -> None:
    folder = read_markdown_folder(exported)
    assert folder.problems == ()
    stored = store_folder_import(vault.items, vault.attachments, folder)
    assert stored == 3
    notes = {}
    for header in vault.items.list("note"):
        note = vault.items.get(header.id)
        assert isinstance(note, Note)
        notes[note.title] = note
    hrc = notes["جلسه شورای حقوق بشر"]
    assert hrc.tags == ("un", "geneva") and hrc.created_at.startswith("2025-03-04T10:11:12")
    assert hrc.body.startswith("گزارش جلسه") and "---" not in hrc.body
    assert [(a.name, a.size) for a in vault.attachments.list(hrc.id)] == [("hall.png", len(PNG))]
    herat = notes["د هرات قضیه"]
    assert herat.tags == ("Cases",)
    assert sorted(a.name for a in vault.attachments.list(herat.id)) == ["brief v2.pdf", "witness list.pdf"]
    meeting = notes["Meeting with partners"]
    assert meeting.body == "Agenda: safety, funding.\nDecisions: …" and meeting.tags == ()
    assert vault.items.search("گزارشگر")  # indexed for search like any note


def test_nothing_outside_the_folder_is_read(vault: Vault, exported: Path, tmp_path: Path) -> None:
    secret = _write(tmp_path / "outside" / "passwords.pdf", b"not for the vault")
    _write(exported / "Sneaky.md", "# Sneaky\n[x](../../outside/passwords.pdf)\n[y](/etc/passwd)\n")
    os.symlink(secret, exported / "linked.pdf")
    os.symlink(tmp_path / "outside", exported / "linked folder")
    folder = read_markdown_folder(exported)
    sneaky = next(n for n in folder.notes if n.note.title == "Sneaky")
    assert sneaky.attachments == ()
    assert {path for path, _reason in folder.problems} == {"linked.pdf", "linked folder"}


def test_bad_files_are_reported_and_the_rest_comes_in_whole(vault: Vault, exported: Path) -> None:
    _write(exported / "latin1.md", "caf\xe9".encode("latin-1"))
    _write(exported / "binary.txt", b"\x00\x01\x02 not text")
    _write(exported / "huge.md", b"x" * (MAX_NOTE_BYTES + 1))
    folder = read_markdown_folder(exported)
    assert dict(folder.problems) == {"latin1.md": "not UTF-8 or UTF-16 text",
                                     "binary.txt": "holds NUL characters: not a text file",
                                     "huge.md": "larger than 8 MiB, too large for a note"}
    assert len(folder.notes) == 3


def test_a_failure_while_storing_leaves_the_vault_as_it_was(vault: Vault, exported: Path) -> None:
    vault.items.add_note("Already here")
    folder = read_markdown_folder(exported)
    (exported / "Cases" / "brief v2.pdf").unlink()  # gone between reading and storing
    with pytest.raises(OSError):
        store_folder_import(vault.items, vault.attachments, folder)
    assert [h.title for h in vault.items.list("note")] == ["Already here"]
    assert vault.attachments.list(vault.items.list("note")[0].id) == []


def test_progress_is_reported_and_cancel_stops_with_nothing_stored(vault: Vault, exported: Path) -> None:
    seen: list[tuple[int, int]] = []
    folder = read_markdown_folder(exported, lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3)

    class Stop(Exception):
        pass

    def cancel_after_notes(done: int, total: int) -> None:
        if done > 3:
            raise Stop
    with pytest.raises(Stop):
        store_folder_import(vault.items, vault.attachments, folder, cancel_after_notes)
    assert vault.items.count("note") == 0


def test_a_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match="there is no folder"):
        read_markdown_folder(tmp_path / "nowhere")


def test_hostile_notes_are_reported_at_reading_not_after_import(vault: Vault, exported: Path) -> None:
    _write(exported / "Heading.md", "# a" + " " * 200_000 + "b\nbody\n")  # quadratic for a regex
    _write(exported / "Year one.md", "---\ncreated: 0001-01-01T00:00:00+01:00\n---\nold\n")
    _write(exported / "Escape.md", '---\ntitle: "evil\x1b[2J"\n---\nx\n')
    _write(exported / "Big.md", "# Big\n[file](big.bin)\n")
    _write(exported / "big.bin", b"0" * 5_000)
    folder = read_markdown_folder(exported, attachment_limit=1_000)
    problems = dict(folder.problems)
    assert problems["Escape.md"].startswith("the title contains an invisible control character")
    assert problems["Big.md"] == "links big.bin, larger than the attachment limit of 1,000 bytes"
    titles = {n.note.title for n in folder.notes}
    assert "a" in titles  # the heading's first 2,000 characters, stripped
    assert "Year one" in titles  # the impossible date falls back to the file's own
    assert store_folder_import(vault.items, vault.attachments, folder) == len(folder.notes)
