"""The age payload: a STREAM of 64 KiB ChaCha20-Poly1305 chunks under a per-file key.

Each chunk's nonce is an 11-byte big-endian counter and a final flag byte, so
chunks cannot be reordered, dropped or appended without detection.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from amanat.crypto.age.errors import AgeHeaderError, AgePayloadError, AgeTooLarge
from amanat.crypto.age.primitives import hkdf_sha256
from amanat.crypto.age.source_reader import SourceReader

NONCE_SIZE = 16
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
_MAX_COUNTER = (1 << 88) - 1


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """The key that encrypts the payload, bound to this file's nonce."""
    return hkdf_sha256(file_key, nonce, b"payload")


def chunk_nonce(counter: int, last: bool) -> bytes:
    """The nonce of chunk `counter`: an 11-byte big-endian counter and the last-chunk flag."""
    if counter > _MAX_COUNTER:
        raise AgePayloadError("The file is too large for the age format.")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _read_full(source: BinaryIO, size: int) -> bytes:
    """Read `size` bytes, or fewer only at the end; raw streams may return short reads."""
    data = bytearray()
    while len(data) < size:
        piece = source.read(size - len(data))
        if not piece:
            break
        data += piece
    return bytes(data)


def encrypt_payload(file_key: bytes, source: BinaryIO, sink: BinaryIO) -> None:
    """Write the nonce and the encrypted chunks of everything `source` yields."""
    nonce = os.urandom(NONCE_SIZE)
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))
    sink.write(nonce)
    counter = 0
    chunk = _read_full(source, CHUNK_SIZE)
    while True:
        # One chunk of lookahead tells whether this chunk is the last; only an
        # empty payload may end with an empty chunk.
        following = _read_full(source, CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
        last = not following
        sink.write(aead.encrypt(chunk_nonce(counter, last), chunk, None))
        if last:
            return
        chunk = following
        counter += 1


def decrypt_payload(file_key: bytes, reader: SourceReader, release: Callable[[bytes], None]) -> None:
    """Decrypt the payload, handing each chunk to `release` only after its tag is verified.

    Raises `AgeHeaderError` if the payload nonce is missing (the file ends within the
    header's reach), `AgePayloadError` if a chunk is damaged, missing, or if data follows
    the final chunk. Chunks released before a failure stay released: callers that must
    not act on partial data should use the all-or-nothing `decrypt`.
    """
    nonce = reader.read_up_to(NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        raise AgeHeaderError("The file is truncated right after its header.")
    aead = ChaCha20Poly1305(payload_key(file_key, nonce))

    def open_chunk(counter: int, data: bytes, last: bool) -> bytes | None:
        try:
            return aead.decrypt(chunk_nonce(counter, last), data, None)
        except InvalidTag:
            return None

    counter = 0
    while True:
        data = reader.read_up_to(ENCRYPTED_CHUNK_SIZE)
        if len(data) == ENCRYPTED_CHUNK_SIZE:
            # A full chunk may be the last one, so try both flags, non-final first.
            plaintext = open_chunk(counter, data, last=False)
            if plaintext is not None:
                release(plaintext)
                if reader.at_end():
                    raise AgePayloadError("The file is truncated: its final part is missing.")
                counter += 1
                continue
            plaintext = open_chunk(counter, data, last=True)
        elif not data:
            raise AgePayloadError("The file is truncated: it holds no encrypted content.")
        elif len(data) == TAG_SIZE and counter > 0:
            raise AgePayloadError("The file is damaged: it ends with an empty final part.")
        else:
            plaintext = open_chunk(counter, data, last=True)
        if plaintext is None:
            raise AgePayloadError("The file is damaged or was altered: its content failed the integrity check.")
        release(plaintext)
        if not reader.at_end():
            raise AgePayloadError("The file has extra data after its end, so it was altered.")
        return


class PlaintextLimit:
    """Counts released plaintext and refuses to pass `max_plaintext` bytes."""

    def __init__(self, sink: BinaryIO, max_plaintext: int) -> None:
        if max_plaintext < 0:
            raise ValueError("max_plaintext must not be negative")
        self._sink = sink
        self._left = max_plaintext

    def __call__(self, plaintext: bytes) -> None:
        if len(plaintext) > self._left:
            raise AgeTooLarge("The decrypted file is larger than allowed here.")
        self._left -= len(plaintext)
        self._sink.write(plaintext)
