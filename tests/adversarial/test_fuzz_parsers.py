"""Every parser of outside input, fuzzed: only Amanat's own errors come out, in bounded time and memory.

Each test feeds one parser random bytes, byte mutations of a real valid input, and structure-aware
mutations (JSON fields deleted, duplicated, retyped, huge numbers, deep nesting) re-signed or
re-checksummed where the format has a signature or checksum, so the checks behind it are reached.
The contract: the call returns or raises an `AmanatError` subclass, nothing else; each example
finishes within the deadline; Python allocations peak below the input size plus MEMORY_CAP.

CI runs a small number of examples; `AMANAT_FUZZ_EXAMPLES=5000` runs a long search.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import struct
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amanat.app.backup import restore_backup
from amanat.crypto.age import X25519Identity, X25519Recipient, armor, dearmor, decrypt, encrypt
from amanat.crypto.contact_card import parse_card
from amanat.crypto.errors import AmanatError
from amanat.crypto.keyfile import KeyFile
from amanat.sync.bundle import MAX_BUNDLE_BYTES, open_bundle
from amanat.sync.bundle_payload import decode_payload
from amanat.sync.envelope import MAGIC, SIGNATURE_CONTEXT, open_envelope
from amanat.sync.group_log import SIGNATURE_BYTES as OP_SIGNATURE_BYTES
from amanat.sync.group_log import SIGNATURE_CONTEXT as OP_SIGNATURE_CONTEXT
from amanat.sync.group_log import GroupLog
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import ItemDocument
from amanat.sync.padding import pad
from amanat.sync.transports import draft_messages, read_mail_files, receive_pasted
from tests.adversarial.mutations import byte_mutations, dump, json_mutations, variants
from tests.adversarial.world import Pair, Samples, make_samples, open_pair, reseal
from tests.conftest import PASSPHRASE
from tests.sharing.conftest import vault_fingerprint

EXAMPLES = int(os.environ.get("AMANAT_FUZZ_EXAMPLES", "0"))
settings.register_profile(
    "adversarial-ci", max_examples=100, deadline=timedelta(seconds=2), print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile("adversarial-long", settings.get_profile("adversarial-ci"), max_examples=EXAMPLES or 1)
FUZZ = settings.get_profile("adversarial-long" if EXAMPLES else "adversarial-ci")
MEMORY_CAP = 64 * 2**20
CLOCK_ACTOR = "fuzz"


class World(tuple[Pair, Samples, Path]):
    """The pair of vaults, the samples and a scratch folder; a short repr keeps Hypothesis' reports readable."""

    def __repr__(self) -> str:
        return "World(Mariam and Farid)"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    directory = tmp_path_factory.mktemp("adversarial")
    pair = open_pair(directory)
    samples = make_samples(pair, directory)
    yield World((pair, samples, directory))
    pair.close()


def only_amanat_errors(call: Callable[[], object], input_size: int) -> AmanatError | None:
    """Run `call`; return the AmanatError it raised (or None). Any other exception fails the test."""
    tracemalloc.start()
    try:
        call()
    except AmanatError as error:
        return error
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert peak < input_size + MEMORY_CAP, f"{peak / 2**20:.0f} MiB for an input of {input_size} bytes"
    return None


# -- the key file ------------------------------------------------------------------


@st.composite
def key_files(draw: st.DrawFn, original: bytes) -> bytes:
    body = json.loads(original)
    body.pop("checksum")
    mutated = draw(json_mutations(body))
    text = dump(mutated, ascii_only=True)
    if isinstance(mutated, dict) and draw(st.booleans()):  # a careful forger recomputes the checksum
        try:
            checksum = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        except UnicodeEncodeError:
            checksum = "0"
        text = text[:-1] + ("," if len(text) > 2 else "") + f'"checksum":"{checksum}"' + "}"
    return text.encode("utf-8", "surrogatepass")


@FUZZ
@given(data=st.data())
def test_key_file_parse(world: World, data: st.DataObject) -> None:
    original = world[1].key_file
    raw = data.draw(variants(original, lambda: key_files(original)))
    only_amanat_errors(lambda: KeyFile.parse(raw), len(raw))


# -- bundles, layer by layer --------------------------------------------------------


def split_envelope(plaintext: bytes) -> tuple[bytes, bytes]:
    (length,) = struct.unpack_from(">I", plaintext, len(MAGIC))
    start = len(MAGIC) + 4
    header = plaintext[start : start + length]
    payload_length = json.loads(header)["payload_length"]
    payload_start = start + length + 64
    return header, plaintext[payload_start : payload_start + payload_length]


@st.composite
def envelopes(draw: st.DrawFn, samples: Samples) -> bytes:
    """A correctly signed envelope whose header or payload was bent: reaches every check after the signature."""
    header, payload = split_envelope(samples.envelope)
    if draw(st.booleans()):
        header = dump(draw(json_mutations(json.loads(header))), canonical=draw(st.booleans())).encode(
            "utf-8", "surrogatepass")
    else:
        payload = draw(byte_mutations(payload))
    signature = samples.sender.sign(SIGNATURE_CONTEXT + header)
    body = MAGIC + struct.pack(">I", len(header)) + header + signature + payload
    tail = draw(st.sampled_from([b"", b"\x00", b"\x01", b"\x00" * 5000]))
    return pad(body) + tail if draw(st.booleans()) else draw(byte_mutations(pad(body)))


@FUZZ
@given(data=st.data())
def test_open_envelope(world: World, data: st.DataObject) -> None:
    samples = world[1]
    plaintext = data.draw(variants(samples.envelope, lambda: envelopes(samples)))
    only_amanat_errors(lambda: open_envelope(plaintext, max_payload=MAX_BUNDLE_BYTES), len(plaintext))


@FUZZ
@given(data=st.data())
def test_open_bundle(world: World, data: st.DataObject) -> None:
    samples = world[1]
    me = X25519Recipient(samples.me.public.age_key)

    @st.composite
    def sealed(draw: st.DrawFn) -> bytes:
        which = draw(st.sampled_from(["envelope", "armored", "payload"]))
        if which == "armored":
            return draw(byte_mutations(samples.armored_bundle))
        if which == "payload":  # signed and encrypted properly, carrying any payload
            return reseal(samples, draw(byte_mutations(samples.payload)), armored=draw(st.booleans()))
        return encrypt(draw(envelopes(samples)), [me])

    raw = data.draw(variants(samples.bundle, sealed))
    only_amanat_errors(lambda: open_bundle(raw, samples.me), len(raw))


@st.composite
def payloads(draw: st.DrawFn, original: bytes) -> bytes:
    return dump(draw(json_mutations(json.loads(original))), canonical=draw(st.booleans())).encode(
        "utf-8", "surrogatepass")


@FUZZ
@given(data=st.data())
def test_decode_payload(world: World, data: st.DataObject) -> None:
    original = world[1].payload
    raw = data.draw(variants(original, lambda: payloads(original)))
    only_amanat_errors(lambda: decode_payload(raw), len(raw))


@st.composite
def group_logs(draw: st.DrawFn, samples: Samples) -> list[bytes]:
    """The real log with ops dropped, repeated, reordered, damaged, or changed and re-signed by the admin."""
    ops = list(samples.decoded.group_ops)
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(ops) - 1)) if ops else 0
        action = draw(st.sampled_from(["drop", "repeat", "swap", "bytes", "resign", "many"]))
        if not ops:
            ops = [b""]
        elif action == "drop":
            del ops[index]
        elif action == "repeat":
            ops.insert(index, ops[index])
        elif action == "swap":
            ops[0], ops[-1] = ops[-1], ops[0]
        elif action == "bytes":
            ops[index] = draw(byte_mutations(ops[index]))
        elif action == "many":
            ops = ops + [ops[-1]] * draw(st.sampled_from([10, 1001]))
        else:
            try:
                document = json.loads(ops[index][OP_SIGNATURE_BYTES:])
            except (ValueError, RecursionError):  # damaged by an earlier change: re-sign it as it is
                document = None
            changed = ops[index][OP_SIGNATURE_BYTES:] if document is None else dump(
                draw(json_mutations(document)), canonical=draw(st.booleans())).encode("utf-8", "surrogatepass")
            ops[index] = samples.sender.sign(OP_SIGNATURE_CONTEXT + changed) + changed
    return ops


@FUZZ
@given(data=st.data())
def test_group_log_from_ops(world: World, data: st.DataObject) -> None:
    samples = world[1]
    ops = data.draw(st.one_of(group_logs(samples), st.lists(st.binary(max_size=300), max_size=5)))
    only_amanat_errors(lambda: GroupLog.from_ops(ops), sum(len(op) for op in ops))


@FUZZ
@given(data=st.data())
def test_item_document_from_update_and_apply_update(world: World, data: st.DataObject) -> None:
    updates = list(world[1].decoded.documents.values())
    original = data.draw(st.sampled_from(updates))
    update = data.draw(variants(original, max_random=1024))
    only_amanat_errors(lambda: ItemDocument.from_update(update), len(update))
    document = ItemDocument.from_update(data.draw(st.sampled_from(updates)))
    only_amanat_errors(lambda: document.apply_update(update, HybridClock(CLOCK_ACTOR)), len(update))
    document.read()  # whatever was refused left the document readable


# -- age ------------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_age_decrypt_and_dearmor(world: World, data: st.DataObject) -> None:
    samples = world[1]
    identity = X25519Identity.from_secret_bytes(samples.me.age_secret())
    raw = data.draw(variants(samples.bundle))
    only_amanat_errors(lambda: decrypt(raw, [identity], max_plaintext=MAX_BUNDLE_BYTES), len(raw))
    text = data.draw(st.one_of(byte_mutations(samples.armored_bundle), st.binary(max_size=2048)))
    only_amanat_errors(lambda: dearmor(text, max_size=MAX_BUNDLE_BYTES), len(text))
    as_str = data.draw(st.one_of(st.text(max_size=500), st.just(armor(samples.bundle)[:-5] + "\u0660")))
    only_amanat_errors(lambda: dearmor(as_str, max_size=MAX_BUNDLE_BYTES), len(as_str) * 4)


# -- mail and pasted text -----------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_read_mail_files(world: World, data: st.DataObject) -> None:
    samples, directory = world[1], world[2]
    drafts = draft_messages(samples.bundle)
    mbox = b"".join(b"From nobody Thu Jan  1 00:00:00 2026\n" + d + b"\n" for d in drafts * 2)
    raw = data.draw(st.one_of(variants(drafts[0]), byte_mutations(mbox)))
    path = directory / data.draw(st.sampled_from(["in.eml", "in.mbox", "in"]))
    path.write_bytes(raw)
    only_amanat_errors(lambda: read_mail_files([path]), len(raw))


@FUZZ
@given(data=st.data())
def test_receive_pasted(world: World, data: st.DataObject) -> None:
    armored = world[1].armored_bundle
    quoted = b"> " + armored.replace(b"\n", b"\r\n> ")
    raw = data.draw(st.one_of(byte_mutations(armored), byte_mutations(quoted)))
    text = raw.decode("utf-8", "replace") if data.draw(st.booleans()) else data.draw(st.text(max_size=2000))
    only_amanat_errors(lambda: receive_pasted(text), len(text) * 4)


# -- contact cards ------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_parse_card(world: World, data: st.DataObject) -> None:
    samples = world[1]

    @st.composite
    def cards(draw: st.DrawFn) -> bytes | str:
        file_form = draw(payloads(samples.card_file))
        if draw(st.booleans()):
            return file_form
        begin, _, _rest = samples.card_text.partition("\n")
        wrapped = base64.b64encode(file_form).decode()
        return draw(st.sampled_from([samples.card_text.replace(samples.card_text.split("\n")[1], wrapped),
                                     begin + "\n" + wrapped, samples.card_text[: len(samples.card_text) // 2]]))

    raw: bytes | str = data.draw(st.one_of(
        variants(samples.card_file),
        cards(),
        byte_mutations(samples.card_text.encode()).map(lambda b: b.decode("utf-8", "replace")),
        st.text(max_size=500),
    ))
    only_amanat_errors(lambda: parse_card(raw), len(raw) * 4)


# -- backups ------------------------------------------------------------------------------


@st.composite
def backups(draw: st.DrawFn, original: bytes) -> bytes:
    """A backup whose version, lengths or key file were changed, with or without a fixed checksum."""
    data = bytearray(original)
    key_length = struct.unpack_from(">I", data, 15)[0]
    field = draw(st.sampled_from(["version", "key_length", "db_size", "key_file", "database"]))
    if field == "version":
        data[14] = draw(st.integers(0, 255))
    elif field == "key_length":
        data[15:19] = struct.pack(">I", draw(st.sampled_from([0, 1, key_length - 1, key_length + 1, 2**32 - 1])))
    elif field == "db_size":
        at = 19 + key_length
        data[at : at + 8] = struct.pack(">Q", draw(st.sampled_from([0, 1, 2**63, 2**64 - 1, 10**12])))
    elif field == "key_file":
        key_bytes = draw(key_files(bytes(data[19 : 19 + key_length])))
        data[15 : 19 + key_length] = struct.pack(">I", len(key_bytes)) + key_bytes
    else:
        at = 19 + key_length + 8 + draw(st.integers(0, 4096 * 4))
        data[at] ^= 0x20
    if draw(st.booleans()):  # recompute the checksum, so the checks behind it run
        data[-32:] = hashlib.sha256(bytes(data[:-32])).digest()
    return bytes(data)


@FUZZ
@given(data=st.data())
def test_restore_backup(world: World, data: st.DataObject) -> None:
    samples, directory = world[1], world[2]
    raw = data.draw(variants(samples.backup, lambda: backups(samples.backup)))
    source, target = directory / "fuzzed.backup", directory / "restored"
    source.write_bytes(raw)
    shutil.rmtree(target, ignore_errors=True)
    refused = only_amanat_errors(lambda: restore_backup(source, target, passphrase=PASSPHRASE), len(raw))
    if refused is not None:
        assert not target.exists(), "a refused backup left files behind"
    shutil.rmtree(target, ignore_errors=True)


# -- a whole import into a real vault --------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_import_bundle_refuses_or_applies_whole(world: World, data: st.DataObject) -> None:
    pair, samples = world[0], world[1]
    vault = pair.mariam.vault

    @st.composite
    def resealed(draw: st.DrawFn) -> bytes:
        payload = draw(st.one_of(payloads(samples.payload), byte_mutations(samples.payload)))
        return reseal(samples, payload, seq=draw(st.integers(1, 2**63 - 1)))

    raw = data.draw(st.one_of(byte_mutations(samples.bundle), byte_mutations(samples.armored_bundle), resealed()))
    before = vault_fingerprint(vault)
    refused = only_amanat_errors(lambda: vault.sync.exchange.import_bundle(raw), len(raw))
    if refused is not None:
        assert vault_fingerprint(vault) == before, f"refused ({refused}) but the vault changed"
    assert vault.check() == []


