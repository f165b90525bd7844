"""Encrypting to recipients and decrypting with identities: the age v1 file as a whole."""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from typing import BinaryIO

from amanat.crypto.age import scrypt
from amanat.crypto.age.errors import AgeHeaderError, AgeNoMatch
from amanat.crypto.age.header import Header, Stanza, parse_header, serialise_header, verify_header_mac
from amanat.crypto.age.primitives import FILE_KEY_SIZE
from amanat.crypto.age.recipient import Identity, Recipient
from amanat.crypto.age.source_reader import SourceReader
from amanat.crypto.age.stream import PlaintextLimit, decrypt_payload, encrypt_payload


def _check_passphrase_alone(stanzas: Sequence[Stanza]) -> None:
    if len(stanzas) > 1 and any(stanza.type == scrypt.STANZA_TYPE for stanza in stanzas):
        # A passphrase file implies the sender knew the passphrase; mixing in public keys would break that.
        raise AgeHeaderError("The file header is invalid: a passphrase must be its only recipient.")


def encrypt_stream(source: BinaryIO, sink: BinaryIO, recipients: Sequence[Recipient]) -> None:
    """Encrypt everything `source` yields to `recipients`, writing a binary age file to `sink`.

    Raises `ValueError` for no recipients, or a passphrase mixed with other recipients.
    """
    if not recipients:
        raise ValueError("encrypting needs at least one recipient")
    file_key = os.urandom(FILE_KEY_SIZE)
    stanzas = [stanza for recipient in recipients for stanza in recipient.wrap(file_key)]
    if len(stanzas) > 1 and any(stanza.type == scrypt.STANZA_TYPE for stanza in stanzas):
        raise ValueError("a passphrase recipient must be the only recipient")
    sink.write(serialise_header(stanzas, file_key))
    encrypt_payload(file_key, source, sink)


def encrypt(plaintext: bytes, recipients: Sequence[Recipient]) -> bytes:
    """Encrypt `plaintext` to `recipients` and return the binary age file."""
    sink = io.BytesIO()
    encrypt_stream(io.BytesIO(plaintext), sink, recipients)
    return sink.getvalue()


def _file_key(header: Header, identities: Sequence[Identity]) -> bytes:
    _check_passphrase_alone(header.stanzas)
    for identity in identities:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            return file_key
    raise AgeNoMatch("This file is not addressed to you: none of your keys can open it.")


def decrypt_stream(source: BinaryIO, sink: BinaryIO, identities: Sequence[Identity], *, max_plaintext: int) -> None:
    """Decrypt a binary age file from `source` into `sink`, reading in bounded pieces.

    Each 64 KiB chunk reaches `sink` only after its tag is verified; if a later chunk
    fails, what was written so far stays written, so write to a temporary place and
    keep it only when this returns. Raises an `AgeError` subclass for any bad input and
    `AgeTooLarge` before writing past `max_plaintext` bytes.
    """
    reader = SourceReader(source)
    header = parse_header(reader)
    file_key = _file_key(header, identities)
    verify_header_mac(header, file_key)
    decrypt_payload(file_key, reader, PlaintextLimit(sink, max_plaintext))


def decrypt(data: bytes, identities: Sequence[Identity], *, max_plaintext: int) -> bytes:
    """Decrypt a whole binary age file (dearmor it first if armored); all or nothing."""
    sink = io.BytesIO()
    decrypt_stream(io.BytesIO(data), sink, identities, max_plaintext=max_plaintext)
    return sink.getvalue()
