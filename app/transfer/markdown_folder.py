"""A folder of Markdown or text notes into the vault: what Joplin, Obsidian and Standard Notes export.

Each `.md`, `.markdown` or `.txt` file becomes a note: its title from front matter (`title:`), else
its first `# heading`, else the file name; tags from front matter (`tags:`), else the folders it sits
in; its creation date from front matter (`created:` or `date:`), else the file's own. Files it links
to inside the folder (`![…](_resources/x.png)`, `[…](report.pdf)`, Obsidian's `![[x.png]]`) become its
encrypted attachments. Nothing outside the folder is read: links leaving it and symbolic links are
ignored and reported.

The folder is read first (limits checked before each read); then everything is written in one
transaction, or nothing. Both steps report progress and stop at once when cancelled. No plaintext is
written anywhere: files are read into memory and stored encrypted.
"""

from __future__ import annotations

import datetime
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from amanat.app.attachments import AttachmentService
from amanat.app.errors import InvalidValue
from amanat.app.items import ItemService
from amanat.app.models import MAX_TEXT_CHARS, MAX_TITLE_CHARS, Note
from amanat.app.validation import validated

Progress = Callable[[int, int], None]
NOTE_SUFFIXES = (".md", ".markdown", ".txt")
MAX_FILES = 100_000
MAX_NOTE_BYTES = 8 * 2**20
# Folders that hold attachments, not notebooks: never tags. Hidden folders (.obsidian, .trash, .git) are not read.
NOT_TAGS = {"_resources", "attachments", "assets"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Links and embeds, in linear time on any text: no part can contain the brackets or parentheses that start
# another attempt, and nothing is given back once matched (possessive), so attempts never rescan text.
_LINK = re.compile(r"\[[^\[\]\n]{0,1000}+\]\(\s*+<?+([^()\[\]\s<>]{1,2000}+)>?+(?:\s++\"[^\"\n()]{0,1000}+\")?+\s*+\)")
_WIKI_EMBED = re.compile(r"!\[\[([^\[\]|\n]{1,1000}+)(?:\|[^\[\]\n]{0,1000}+)?+\]\]")


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True)
class IncomingNote:
    """One file's note (not stored yet) and the files it links to, inside the folder."""

    note: Note
    source: Path
    attachments: tuple[Path, ...] = ()


@dataclass(frozen=True)
class FolderImport:
    """What a folder holds: notes ready to store, and files left out with the reason."""

    notes: tuple[IncomingNote, ...]
    problems: tuple[tuple[str, str], ...] = field(default=())  # (path relative to the folder, reason)


def _front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """The simple YAML these exporters write (`key: value`, `key: [a, b]`, `- item` lists), and the rest."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    values: dict[str, str | list[str]] = {}
    current = ""
    for line in match.group(1).splitlines()[:200]:
        stripped = line.strip()
        if stripped.startswith("- ") and current:
            listed = values.setdefault(current, [])
            if isinstance(listed, list):
                listed.append(stripped[2:].strip().strip("\"'"))
            continue
        key, colon, value = line.partition(":")
        if not colon or not key.strip():
            continue
        current = key.strip().lower()
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            values[current] = [v.strip().strip("\"'") for v in value[1:-1].split(",") if v.strip()]
        elif value:
            values[current] = value.strip("\"'")
    return values, text[match.end():]


def _date(value: object, fallback: float) -> str:
    """An ISO UTC time from a front-matter date (several spellings), else from the file's time."""
    if isinstance(value, str) and value:
        try:
            moment = datetime.datetime.fromisoformat(value.replace(" ", "T", 1).replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=datetime.UTC)
            try:
                return moment.astimezone(datetime.UTC).isoformat(timespec="microseconds")
            except (OverflowError, ValueError):  # year 1 at +01:00, year 9999 at -01:00
                pass
    try:
        return datetime.datetime.fromtimestamp(fallback, datetime.UTC).isoformat(timespec="microseconds")
    except (OverflowError, ValueError, OSError):
        return ""  # no usable date: the note is dated when it is stored


def _tags(values: dict[str, str | list[str]], folders: tuple[str, ...]) -> tuple[str, ...]:
    given = values.get("tags", values.get("tag", values.get("keywords", [])))
    if isinstance(given, str):
        given = [t for t in re.split(r"[,\s]+", given) if t]
    tags = [t.lstrip("#") for t in given if t.lstrip("#")]
    return tuple(dict.fromkeys(tags or list(folders)))


def _first_heading(body: str) -> str | None:
    """The text of the first '# ' heading (a plain scan: a regex over a long line of spaces is quadratic)."""
    for line in body.split("\n"):
        if line.startswith(("# ", "#\t")):
            text = line[2:MAX_TITLE_CHARS * 2].strip().rstrip("#").strip()
            if text:
                return text
    return None


def _linked_files(body: str, note_file: Path, root: Path, by_name: dict[str, Path]) -> tuple[Path, ...]:
    found: list[Path] = []
    for target in _LINK.findall(body):
        if "://" in target or target.startswith(("#", "mailto:")):
            continue
        candidate = (note_file.parent / unquote(target)).resolve()
        if candidate.is_relative_to(root) and candidate.is_file() and candidate.suffix.lower() not in NOTE_SUFFIXES:
            found.append(candidate)
    for name in _WIKI_EMBED.findall(body):
        if name.strip() in by_name:
            found.append(by_name[name.strip()])
    return tuple(dict.fromkeys(found))


def _read_note(path: Path, root: Path, by_name: dict[str, Path], attachment_limit: int | None) -> IncomingNote:
    info = path.stat()
    if info.st_size > MAX_NOTE_BYTES:
        raise InvalidValue(f"larger than {MAX_NOTE_BYTES // 2**20} MiB, too large for a note")
    data = path.read_bytes()
    try:
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidValue("not UTF-8 or UTF-16 text") from None
    if "\x00" in text:
        raise InvalidValue("holds NUL characters: not a text file")
    values, body = _front_matter(text.replace("\r\n", "\n"))
    title = values.get("title") if isinstance(values.get("title"), str) else None
    title = str(title or _first_heading(body) or path.stem).strip()[:MAX_TITLE_CHARS]
    if len(body) > MAX_TEXT_CHARS:
        raise InvalidValue("too long for a note")
    folders = tuple(part for part in path.parent.relative_to(root).parts if part not in NOT_TAGS)
    created = _date(values.get("created", values.get("date", "")), info.st_mtime)
    note = validated(Note(id="", title=title, body=body.strip("\n"), tags=_tags(values, folders),
                          created_at=created))  # refused here, file by file, not after the user said Import
    assert isinstance(note, Note)
    linked = _linked_files(body, path, root, by_name)
    if attachment_limit is not None:
        for file in linked:
            if file.stat().st_size > attachment_limit:
                raise InvalidValue(f"links {file.name}, larger than the attachment limit of {attachment_limit:,} bytes")
    return IncomingNote(note, path, linked)


def _files(root: Path) -> tuple[list[Path], list[Path], list[tuple[str, str]]]:
    """Note files and other files under `root` (no symbolic links followed); problems for the rest."""
    notes: list[Path] = []
    others: list[Path] = []
    problems: list[tuple[str, str]] = []
    for folder, subfolders, names in os.walk(root, followlinks=False):
        for name in [d for d in subfolders if (Path(folder) / d).is_symlink()]:
            problems.append((str((Path(folder) / name).relative_to(root)), "a link to somewhere else: not followed"))
        subfolders[:] = [d for d in subfolders if not (Path(folder) / d).is_symlink()
                         and not d.startswith(".")]
        for name in names:
            path = Path(folder) / name
            if len(notes) + len(others) >= MAX_FILES:
                raise InvalidValue(f"the folder holds more than {MAX_FILES:,} files; import its parts one by one")
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                problems.append((str(path.relative_to(root)), "a link to somewhere else: not followed"))
            elif stat.S_ISREG(mode):
                (notes if path.suffix.lower() in NOTE_SUFFIXES else others).append(path)
    return sorted(notes), others, problems


def read_markdown_folder(root: Path, progress: Progress = _no_progress, *,
                         attachment_limit: int | None = None) -> FolderImport:
    """Every note in `root` and below, read into memory and checked as the vault will check it; files that
    cannot be notes (or link a file over `attachment_limit` bytes) are reported and left out."""
    root = root.resolve()
    if not root.is_dir():
        raise InvalidValue(f"there is no folder {root}")
    note_files, other_files, problems = _files(root)
    by_name = {path.name: path for path in other_files}
    notes: list[IncomingNote] = []
    for done, path in enumerate(note_files, start=1):
        try:
            notes.append(_read_note(path, root, by_name, attachment_limit))
        except (InvalidValue, OSError) as error:
            reason = str(error) if isinstance(error, InvalidValue) else (error.strerror or type(error).__name__)
            problems.append((str(path.relative_to(root)), reason))
        progress(done, len(note_files))
    return FolderImport(tuple(notes), tuple(problems))


def store_folder_import(items: ItemService, attachments: AttachmentService, folder: FolderImport,
                        progress: Progress = _no_progress) -> int:
    """Store every note and its attachments in one transaction (all, or none); the number of notes."""
    total = len(folder.notes) + sum(len(n.attachments) for n in folder.notes)
    with items.atomic():
        stored = items.add_many([n.note for n in folder.notes], keep_created=True)
        progress(len(stored), total)
        done = len(stored)
        for note, incoming in zip(stored, folder.notes, strict=True):
            for path in incoming.attachments:
                with path.open("rb") as source:
                    attachments.add(note.id, source, path.name)
                done += 1
                progress(done, total)
    return len(stored)
