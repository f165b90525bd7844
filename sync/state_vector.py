"""Yjs state vectors: what a replica of a shared item has seen, per writer.

A state vector is lib0-encoded: a varuint count, then that many (client id, clock)
varuint pairs; client `c` with clock `n` means "I have the first `n` operations of `c`".
A client absent from the vector counts as clock 0.

These helpers let a sender work out, for a bundle going to several members, what none
of them is known to lack (`common_state`), like the prerequisites of a `git bundle`.
Input is hostile: decoding is strict and bounded before anything is allocated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from amanat.crypto.errors import DamagedInput

MAX_ENTRIES = 10_000
_MAX_VARUINT_BITS = 53
_MAX_VARUINT = 2**_MAX_VARUINT_BITS - 1


class DamagedStateVector(DamagedInput):
    """A state vector received from another member is not well formed."""


def _read_varuint(data: bytes, pos: int) -> tuple[int, int]:
    value = 0
    shift = 0
    start = pos
    while True:
        if pos >= len(data):
            raise DamagedStateVector("A sync state vector ends too early.")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if value > _MAX_VARUINT:
            raise DamagedStateVector("A sync state vector holds a number that is too large.")
        if not byte & 0x80:
            # A final zero group after others is an overlong encoding no Yjs writer produces.
            if byte == 0 and pos - start > 1:
                raise DamagedStateVector("A sync state vector holds a badly encoded number.")
            return value, pos
        shift += 7
        if shift > _MAX_VARUINT_BITS:
            raise DamagedStateVector("A sync state vector holds a number that is too large.")


def _write_varuint(out: bytearray, value: int) -> None:
    while value > 0x7F:
        out.append(0x80 | (value & 0x7F))
        value >>= 7
    out.append(value)


def decode_state_vector(data: bytes) -> dict[int, int]:
    """Decode a state vector into {client id: clock}; raise `DamagedStateVector` if it is malformed.

    Limits: at most `MAX_ENTRIES` clients, numbers of at most 53 bits, each client once,
    no bytes after the last pair.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise DamagedStateVector("A sync state vector is not bytes.")
    data = bytes(data)
    count, pos = _read_varuint(data, 0)
    # Each pair takes at least two bytes: refuse an impossible count before building anything.
    if count > MAX_ENTRIES or count * 2 > len(data) - pos:
        raise DamagedStateVector("A sync state vector claims more entries than it can hold.")
    result: dict[int, int] = {}
    for _ in range(count):
        client, pos = _read_varuint(data, pos)
        clock, pos = _read_varuint(data, pos)
        if client in result:
            raise DamagedStateVector("A sync state vector names the same writer twice.")
        result[client] = clock
    if pos != len(data):
        raise DamagedStateVector("A sync state vector has unexpected bytes at its end.")
    return result


def encode_state_vector(mapping: Mapping[int, int]) -> bytes:
    """Encode {client id: clock} as a Yjs state vector (clients in ascending order, clock-0 entries left out)."""
    entries = sorted((client, clock) for client, clock in mapping.items() if clock != 0)
    if len(entries) > MAX_ENTRIES:
        raise ValueError("too many clients for one state vector")
    out = bytearray()
    _write_varuint(out, len(entries))
    for client, clock in entries:
        if not (0 <= client <= _MAX_VARUINT and 0 <= clock <= _MAX_VARUINT):
            raise ValueError("state vector numbers must be between 0 and 2**53 - 1")
        _write_varuint(out, client)
        _write_varuint(out, clock)
    return bytes(out)


def common_state(vectors: Iterable[bytes]) -> bytes:
    """Return the state every given replica is known to have: per client, the minimum clock.

    A client missing from any vector counts as 0 there and is left out. With no vectors
    at all, the result is the empty state (nothing is known to be shared).
    """
    common: dict[int, int] | None = None
    for data in vectors:
        decoded = decode_state_vector(data)
        if common is None:
            common = decoded
        else:
            common = {client: min(clock, decoded[client]) for client, clock in common.items() if client in decoded}
    return encode_state_vector(common or {})


def covers(a: bytes, b: bytes) -> bool:
    """Return True if state `a` has everything state `b` has (every clock of `b` is at most that of `a`)."""
    have = decode_state_vector(a)
    return all(have.get(client, 0) >= clock for client, clock in decode_state_vector(b).items())


def merge_states(a: bytes, b: bytes) -> bytes:
    """The state holding everything `a` or `b` has: per client, the larger clock."""
    merged = decode_state_vector(a)
    for client, clock in decode_state_vector(b).items():
        merged[client] = max(merged.get(client, 0), clock)
    return encode_state_vector(merged)
