"""Encrypting a plaintext given as pieces (and a run of zero bytes) without ever joining it.

A bundle's plaintext is a small signed header, the payload and zero padding: `encrypt_pieces`
encrypts them as one age file without building that plaintext. Each 64 KiB chunk that lies inside
one piece is encrypted straight from it (`ChaCha20Poly1305.encrypt_into`), only a chunk that
straddles two pieces is copied (into one reused 64 KiB buffer), and the zeros are read from one
shared zero chunk. The output goes straight to its place in the file: into one buffer of exactly
the file's size, or, with a sink, through one reused chunk buffer (memory stays flat whatever the
size). The result is the same age v1 file `encrypt` writes for the joined plaintext.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from amanat.crypto.age import scrypt
from amanat.crypto.age.header import serialise_header
from amanat.crypto.age.primitives import FILE_KEY_SIZE
from amanat.crypto.age.recipient import Recipient
from amanat.crypto.age.stream import CHUNK_SIZE, NONCE_SIZE, TAG_SIZE, chunk_nonce, payload_key

Piece = bytes | bytearray | memoryview
_ZEROS = memoryview(bytes(CHUNK_SIZE))


def encrypted_size(header_length: int, plaintext_length: int) -> int:
    """The size of an age file: header, payload nonce, every chunk with its tag (an empty payload is one chunk)."""
    chunks = max(1, -(-plaintext_length // CHUNK_SIZE))
    return header_length + NONCE_SIZE + plaintext_length + chunks * TAG_SIZE


def _chunks(pieces: Sequence[Piece], zeros: int) -> Iterator[memoryview]:
    """The plaintext in 64 KiB chunks (the last one shorter), copying only chunks that straddle pieces."""
    views = [memoryview(piece).cast("B") for piece in pieces if len(piece)]
    total = sum(len(view) for view in views) + zeros
    if total == 0:
        yield _ZEROS[:0]  # an empty plaintext is one empty chunk
        return
    scratch = bytearray(CHUNK_SIZE)
    index = offset = 0
    for start in range(0, total, CHUNK_SIZE):
        size = min(CHUNK_SIZE, total - start)
        if index >= len(views):
            yield _ZEROS[:size]  # inside the zeros
            continue
        if len(views[index]) - offset >= size:
            chunk = views[index][offset:offset + size]  # inside one piece: no copy
            offset += size
        else:
            filled = 0
            while filled < size and index < len(views):
                take = min(size - filled, len(views[index]) - offset)
                scratch[filled:filled + take] = views[index][offset:offset + take]
                filled, offset = filled + take, offset + take
                if offset == len(views[index]):
                    index, offset = index + 1, 0
            scratch[filled:size] = _ZEROS[:size - filled]
            chunk = memoryview(scratch)[:size]
        if index < len(views) and offset == len(views[index]):
            index, offset = index + 1, 0
        yield chunk


def encrypt_pieces(pieces: Sequence[Piece], recipients: Sequence[Recipient], *, zeros: int = 0,
                   sink: BinaryIO | None = None) -> bytes:
    """Encrypt `pieces` followed by `zeros` zero bytes to `recipients`: the binary age file.

    With `sink`, the file is written there chunk by chunk and b"" is returned.
    """
    if not recipients:
        raise ValueError("encrypting needs at least one recipient")
    file_key = os.urandom(FILE_KEY_SIZE)
    stanzas = [stanza for recipient in recipients for stanza in recipient.wrap(file_key)]
    if len(stanzas) > 1 and any(stanza.type == scrypt.STANZA_TYPE for stanza in stanzas):
        raise ValueError("a passphrase recipient must be the only recipient")
    header = serialise_header(stanzas, file_key)
    nonce = os.urandom(NONCE_SIZE)
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    length = sum(len(piece) for piece in pieces) + zeros
    last = max(0, -(-length // CHUNK_SIZE) - 1)
    if sink is not None:
        sink.write(header + nonce)
        out = memoryview(bytearray(CHUNK_SIZE + TAG_SIZE))
        for counter, chunk in enumerate(_chunks(pieces, zeros)):
            sealed = out[:len(chunk) + TAG_SIZE]
            aead.encrypt_into(chunk_nonce(counter, counter == last), chunk, None, sealed)
            sink.write(sealed)
        return b""
    # One buffer of the file's exact size, filled in place; BytesIO hands it over as bytes without a copy.
    result = io.BytesIO()
    size = encrypted_size(len(header), length)
    result.seek(size - 1)
    result.write(b"\x00")
    with result.getbuffer() as view:
        view[:len(header)] = header
        position = len(header) + NONCE_SIZE
        view[len(header):position] = nonce
        for counter, chunk in enumerate(_chunks(pieces, zeros)):
            end = position + len(chunk) + TAG_SIZE
            aead.encrypt_into(chunk_nonce(counter, counter == last), chunk, None, view[position:end])
            position = end
    return result.getvalue()
