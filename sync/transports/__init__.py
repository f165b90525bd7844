"""Transports: ways to move sealed bundles between group members without Amanat touching a network.

Every transport has the same two methods (`base.Transport`): `send(bundles)`
writes sealed bundle bytes somewhere and says where; `receive()` reads what is
there and returns `Received` (bundles, skipped things with reasons, and parts
still awaited). One contract test suite (tests/sync/transports/) runs against each.
"""

from __future__ import annotations

from amanat.sync.transports.base import IncomingBundle, Received, Skipped, Transport
from amanat.sync.transports.email_drafts import DEFAULT_PART_BYTES, EmailTransport, draft_messages, read_mail_files
from amanat.sync.transports.errors import (
    DestinationUnusable,
    DriveFull,
    DriveMissing,
    DriveReadOnly,
    NotSealed,
    TransportError,
    WriteFailed,
)
from amanat.sync.transports.files import FileTransport
from amanat.sync.transports.folder import EXCHANGE_FOLDER, FolderExchange
from amanat.sync.transports.pasted import PastedText, receive_pasted

__all__ = [
    "DEFAULT_PART_BYTES",
    "EXCHANGE_FOLDER",
    "DestinationUnusable",
    "DriveFull",
    "DriveMissing",
    "DriveReadOnly",
    "EmailTransport",
    "FileTransport",
    "FolderExchange",
    "IncomingBundle",
    "NotSealed",
    "PastedText",
    "Received",
    "Skipped",
    "Transport",
    "TransportError",
    "WriteFailed",
    "draft_messages",
    "read_mail_files",
    "receive_pasted",
]
