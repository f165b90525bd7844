"""Files attached to notes and drafts, stored encrypted inside the vault in chunks.

Files are read and written a chunk at a time, so a large attachment never sits
whole in memory. Nothing is ever written in plaintext except by `save_copy`,
which the user asks for explicitly.
"""

from __future__ import annotations

import builtins
import mimetypes
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from amanat.app.errors import InvalidValue
from amanat.app.id_prefix import resolve_id_prefix
from amanat.app.items import ItemService, now_utc
from amanat.app.models import KIND_CONTACT, AttachmentInfo
from amanat.app.platform.file_names import name_fitting
from amanat.app.platform.file_names import safe_file_name as platform_file_name
from amanat.app.platform.system import current_system
from amanat.app.store.repository import Repository
from amanat.crypto.atomic_write import write_file_atomically

CHUNK_BYTES = 256 * 1024
DEFAULT_LIMIT_BYTES = 100 * 1024 * 1024
META_LIMIT = "attachment_limit_bytes"


def safe_file_name(name: str) -> str:
    """A bare file name by Windows rules on every system (app/platform/file_names.py): no folder or
    drive part, no stream, no device name, no control or bidi characters, a length every disk takes."""
    return platform_file_name(name)


def free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `name (2).ext`, `name (3).ext`… so no existing file is overwritten."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


class AttachmentService:
    """Add, list, read, save out and delete attachments."""

    def __init__(self, repository: Repository, items: ItemService) -> None:
        self._repository = repository
        self._items = items

    def size_limit(self) -> int:
        """The largest attachment accepted, in bytes."""
        value = self._repository.meta(META_LIMIT)
        return int(value) if value else DEFAULT_LIMIT_BYTES

    def set_size_limit(self, limit_bytes: int) -> None:
        """Change the largest attachment accepted."""
        if not 1 <= limit_bytes <= 16 * 1024**3:
            raise InvalidValue("the attachment size limit must be between 1 byte and 16 GiB")
        self._repository.set_meta(META_LIMIT, str(limit_bytes))

    def add(self, item_id: str, source: BinaryIO, name: str, media_type: str | None = None) -> AttachmentInfo:
        """Stream `source` into the vault; over the limit, nothing is stored."""
        item = self._items.get(item_id)
        if item.kind == KIND_CONTACT:
            raise InvalidValue("attachments belong to notes and drafts")
        name = safe_file_name(name)
        limit = self.size_limit()

        def chunks() -> Iterator[bytes]:
            total = 0
            while chunk := source.read(CHUNK_BYTES):
                total += len(chunk)
                if total > limit:
                    raise InvalidValue(f"the file is larger than the attachment limit of {limit:,} bytes")
                yield chunk

        info = AttachmentInfo(
            id=uuid.uuid4().hex,
            item_id=item.id,
            name=name,
            media_type=media_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
            size=0,
            sha256="",
            created_at=now_utc(),
        )
        return self._repository.attachments.add(info, chunks())

    def add_file(self, item_id: str, path: Path) -> AttachmentInfo:
        """Attach a file from disk."""
        path = Path(path)
        with open(path, "rb") as source:
            return self.add(item_id, source, path.name)

    def list(self, item_id: str) -> builtins.list[AttachmentInfo]:
        """The item's attachments."""
        return self._repository.attachments.of_item(item_id)

    def resolve(self, prefix: str) -> str:
        """The full id for a unique attachment id prefix (at least four hex digits)."""
        return resolve_id_prefix(prefix, "attachment", self._repository.attachments.ids_starting_with)

    def get(self, attachment_id: str) -> AttachmentInfo:
        """One attachment's description."""
        return self._repository.attachments.get(attachment_id)

    def read(self, attachment_id: str) -> Iterator[bytes]:
        """The attachment's content, chunk by chunk."""
        self._repository.attachments.get(attachment_id)
        return self._repository.attachments.chunks(attachment_id)

    def read_all(self, attachment_id: str, limit: int = 64 * 1024 * 1024) -> bytes:
        """The whole content, for showing an image inside the app; refuses above `limit`."""
        if self.get(attachment_id).size > limit:
            raise InvalidValue("this attachment is too large to show inside Amanat; save a copy")
        return b"".join(self.read(attachment_id))

    def save_copy(self, attachment_id: str, folder: Path, name: str | None = None) -> Path:
        """Write a plaintext copy into `folder`, on the user's explicit request only.

        The name is reduced to a bare file name, so it cannot escape `folder`,
        and an existing file is never overwritten: a free name is chosen.
        """
        info = self.get(attachment_id)
        folder = Path(folder)
        target = free_path(folder, name_fitting(folder, name or info.name, current_system()))
        write_file_atomically(target, self.read(attachment_id))
        return target

    def delete(self, attachment_id: str) -> None:
        """Remove an attachment for good."""
        self._repository.attachments.delete(attachment_id)
