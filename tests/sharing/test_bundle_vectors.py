"""Our bundle test vectors (tests/sharing/bundle_vectors, see its README): every file opens, or fails, as it says.

The files are frozen: a bundle of every earlier format version must still open, so they are never
regenerated to make a test pass. Each failure must come from the expected class (exactly, not a
subclass or a parent) and from the expected step: opening (`open_bundle`), reading the payload
(`decode_payload`) or checking the group log (`GroupLog.from_ops`).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from amanat.crypto.age.errors import AgeHmacError
from amanat.crypto.errors import DamagedInput, UnsupportedVersion
from amanat.crypto.identity import Identity
from amanat.sync.bundle import open_bundle
from amanat.sync.bundle_payload import BundlePayload, decode_payload
from amanat.sync.comments import verify_record
from amanat.sync.errors import (
    BundleTooLarge,
    DamagedBundle,
    DamagedPadding,
    ForgedBundle,
    ForgedGroupOp,
    ForwardedBundle,
    NotABundle,
    NotAddressedToMe,
)
from amanat.sync.group_log import GroupLog
from amanat.sync.hybrid_clock import HybridClock
from amanat.sync.item_document import ItemDocument
from amanat.sync.state_vector import decode_state_vector

VECTOR_DIR = Path(__file__).parent / "bundle_vectors"
KNOWN_KEYS = {"expect", "identity", "payload", "comment"}
# Update on purpose when vectors are added; the count never goes down (frozen files are never deleted).
EXPECTED_VECTORS = 39

OPEN, PAYLOAD, GROUP_LOG = "open_bundle", "decode_payload", "GroupLog.from_ops"
FAILURES: dict[str, tuple[type[DamagedInput], tuple[str, ...]]] = {
    "not-addressed-to-me": (NotAddressedToMe, (OPEN,)),
    "forwarded": (ForwardedBundle, (OPEN,)),
    "forged-signature": (ForgedBundle, (OPEN,)),
    "tampered-payload": (DamagedBundle, (OPEN,)),
    "not-a-bundle": (NotABundle, (OPEN,)),
    "unsupported-version": (UnsupportedVersion, (OPEN, PAYLOAD, GROUP_LOG)),
    "damaged-padding": (DamagedPadding, (OPEN,)),
    "too-large": (BundleTooLarge, (OPEN,)),
    "damaged-header": (DamagedBundle, (OPEN,)),
    "forged-group-op": (ForgedGroupOp, (GROUP_LOG,)),
    "damaged-payload": (DamagedBundle, (PAYLOAD,)),
    "age-hmac": (AgeHmacError, (OPEN,)),
}
# tampered-payload and damaged-header share a class and a step; the hash check's message tells them apart.
SIGNED_HASH_MESSAGE = "signed hash"


@dataclass
class Vector:
    name: str
    fields: dict[str, str] = field(default_factory=dict)
    data: bytes = b""

    @property
    def expect(self) -> str:
        return self.fields["expect"]

    def opener(self) -> Identity:
        digits = self.fields["identity"]
        assert len(digits) == 128, f"{self.name}: identity is 64 bytes of hex (signing seed, then age secret)"
        return Identity.from_secrets(bytes.fromhex(digits[:64]), bytes.fromhex(digits[64:]))


def load_vector(path: Path) -> Vector:
    header, separator, data = path.read_bytes().partition(b"\n\n")
    assert separator, f"{path.name}: no empty line after the keys"
    vector = Vector(path.name, data=data)
    for line in header.decode("utf-8").splitlines():
        key, colon, value = line.partition(": ")
        assert colon, f"{path.name}: {line!r} is not a 'key: value' line"
        assert key not in vector.fields, f"{path.name}: key {key!r} repeats"
        vector.fields[key] = value
    return vector


def load_vectors(folder: Path) -> list[Vector]:
    return [load_vector(path) for path in sorted(folder.iterdir()) if path.suffix != ".md"]


VECTORS = load_vectors(VECTOR_DIR)


@dataclass
class Outcome:
    step: str  # the step that raised, or "done"
    error: DamagedInput | None
    payload: bytes | None  # what open_bundle released, if it got that far
    decoded: BundlePayload | None = None


def run_vector(vector: Vector) -> Outcome:
    """Open a bundle the way import_bundle does, up to and including its group log."""
    try:
        opened = open_bundle(vector.data, vector.opener())
    except DamagedInput as error:
        return Outcome(OPEN, error, None)
    try:
        payload = decode_payload(opened.payload)
    except DamagedInput as error:
        return Outcome(PAYLOAD, error, opened.payload)
    try:
        log = GroupLog.from_ops(_stored_ops(payload.ops_from) + payload.group_ops)
    except DamagedInput as error:
        return Outcome(GROUP_LOG, error, opened.payload, payload)
    assert log.group_id == opened.header.group_id, "a success vector's group log belongs to its envelope's group"
    assert vector.opener().public.fingerprint in opened.header.recipients
    return Outcome("done", None, opened.payload, payload)


def _stored_ops(count: int) -> tuple[bytes, ...]:
    """A payload of version 3 may start its group log at `ops_from`: the opener holds the ops before it,
    which in these vectors are those of success_full's log (see the README)."""
    if count == 0:
        return ()
    full = next(vector for vector in VECTORS if vector.name == "success_full")
    opened = open_bundle(full.data, full.opener())
    return decode_payload(opened.payload).group_ops[:count]


@pytest.mark.parametrize("vector", VECTORS, ids=[vector.name for vector in VECTORS])
def test_vector(vector: Vector) -> None:
    assert set(vector.fields) <= KNOWN_KEYS, f"unknown keys {set(vector.fields) - KNOWN_KEYS}"
    assert vector.fields.get("comment"), "every vector says what it is"
    outcome = run_vector(vector)
    expected_hash = vector.fields.get("payload")
    if expected_hash is not None:
        assert outcome.payload is not None, f"open_bundle failed: {outcome.error!r}"
        assert hashlib.sha256(outcome.payload).hexdigest() == expected_hash
    if vector.expect == "success":
        assert outcome.error is None, f"expected success, got {outcome.error!r} from {outcome.step}"
        assert expected_hash is not None, "a success vector names its payload's hash"
        return
    assert vector.expect in FAILURES, f"unknown expectation {vector.expect!r}"
    expected_class, steps = FAILURES[vector.expect]
    assert type(outcome.error) is expected_class, f"expected {expected_class.__name__}, got {outcome.error!r}"
    assert outcome.step in steps, f"{vector.expect} should fail in {steps}, failed in {outcome.step}"
    if expected_class is DamagedBundle and outcome.step == OPEN:
        hash_failure = SIGNED_HASH_MESSAGE in str(outcome.error)
        assert hash_failure == (vector.expect == "tampered-payload"), f"failed for another reason: {outcome.error}"
    if outcome.step == OPEN:
        assert expected_hash is None, "a vector that does not open names no payload"


@pytest.mark.parametrize(
    "vector", [v for v in VECTORS if v.expect == "success"], ids=[v.name for v in VECTORS if v.expect == "success"]
)
def test_success_vector_contents_are_readable(vector: Vector) -> None:
    """State vectors decode, and the documents of a full bundle load as shared items (frozen Yjs updates)."""
    decoded = run_vector(vector).decoded
    assert decoded is not None
    for vector_bytes in decoded.states.values():
        decode_state_vector(vector_bytes)
    if decoded.full:
        for item_id, update in decoded.documents.items():
            document = ItemDocument.from_update(update)
            assert document.read().kind
            for record in document.comments():
                verify_record(record, item_id)


def _opened(name: str) -> BundlePayload:
    decoded = run_vector(next(vector for vector in VECTORS if vector.name == name)).decoded
    assert decoded is not None
    return decoded


def test_version_4_comments_merge_and_keep_their_passage() -> None:
    """Frozen format 4: Mariam's thread on a Dari passage, then Farid's edit before it, reply and resolve."""
    full, answer = _opened("success_v4_full"), _opened("success_v4_incremental")
    assert full.version == answer.version == 4
    (item_id, update), = ((i, u) for i, u in full.documents.items() if b"comments" in u)
    document = ItemDocument.from_update(update)
    document.apply_update(answer.documents[item_id], HybridClock("reader"))
    records = {record.kind: record for record in document.comments()}
    assert set(records) == {"thread", "reply", "resolve"}
    for record in records.values():
        verify_record(record, item_id)
    thread = records["thread"]
    assert records["reply"].author != thread.author and records["reply"].thread == thread.id
    start, end = document.comment_passages({thread.id: thread.text})[thread.id]
    body = document.read().texts["body"]
    assert body.startswith("پیش از جلسه: ")
    assert body[start:end] == thread.quote == "گزارش کوتاه"


def test_version_4_linked_versions_show_the_dari_out_of_date() -> None:
    """Frozen format 4: a Dari version marked updated against an English text that has changed since."""
    from amanat.app.models import Draft
    from amanat.app.sharing.item_states import item_from_state
    from amanat.app.validation import validated
    from amanat.app.version_links import section_states

    decoded = _opened("success_v4_linked_versions")
    drafts = [validated(item_from_state(item_id, ItemDocument.from_update(update).read()))
              for item_id, update in decoded.documents.items()]
    assert all(isinstance(d, Draft) and d.link is not None for d in drafts)
    english, dari = sorted(drafts, key=lambda d: d.link.language != "en")  # type: ignore[union-attr]
    assert isinstance(english, Draft) and isinstance(dari, Draft)
    assert {key for key, state in section_states(english, drafts).items() if state.out_of_date} == set()
    [source] = section_states(dari, drafts)["background"].sources
    assert (source.item_id, source.language, source.before, source.now) == (
        english.id, "en", "Detentions in Herat rose in 2026.", "Detentions in Herat and Kabul rose in 2026.")


def test_version_6_holds_names_the_full_bundle_it_answers() -> None:
    """Frozen format 6: Farid's answer names Mariam's frozen format 4 bundle 1 by its payload's SHA-256."""
    vectors = {vector.name: vector for vector in VECTORS}
    answer = _opened("success_v6_holds")
    assert answer.version == 6 and answer.states == {} and answer.acks
    (member, seq, payload), = answer.holds
    assert seq == 1 and member in answer.acks
    assert payload == vectors["success_v4_linked_versions"].fields["payload"]


def test_every_failure_kind_has_a_vector() -> None:
    kinds = {vector.expect for vector in VECTORS}
    assert "success" in kinds
    assert set(FAILURES) <= kinds, f"no vector for {sorted(set(FAILURES) - kinds)}"


def test_failure_classes_are_distinct_where_names_differ() -> None:
    """Only kinds told apart by step or message may share a class."""
    by_class: dict[type[DamagedInput], set[str]] = {}
    for kind, (error_class, _steps) in FAILURES.items():
        by_class.setdefault(error_class, set()).add(kind)
    shared = {frozenset(kinds) for kinds in by_class.values() if len(kinds) > 1}
    assert shared == {frozenset({"tampered-payload", "damaged-header", "damaged-payload"})}


def test_no_vector_goes_missing() -> None:
    assert len(VECTORS) == EXPECTED_VECTORS


def test_readme_declares_test_keys_and_frozen_files() -> None:
    readme = (VECTOR_DIR / "README.md").read_text(encoding="utf-8")
    assert "TEST keys" in readme
    assert "every earlier format version must still open" in readme


def test_the_generator_makes_equally_valid_files(tmp_path: Path) -> None:
    """A new run has a new age layer but the same names, expectations and openers; every file still checks out."""
    from tests.sharing.make_bundle_vectors import all_vectors

    for made in all_vectors():
        (tmp_path / made.name).write_bytes(made.file_bytes())
    fresh = {vector.name: vector for vector in load_vectors(tmp_path)}
    frozen = {vector.name: vector for vector in VECTORS}
    assert set(fresh) <= set(frozen), "a new vector was not written to the folder (run the generator)"
    same_hash_seed = os.environ.get("PYTHONHASHSEED") == "0"
    for name, vector in fresh.items():
        assert vector.data != frozen[name].data, "the age layer is random: a new run gives new bytes"
        assert vector.fields["expect"] == frozen[name].fields["expect"]
        assert vector.fields["identity"] == frozen[name].fields["identity"]
        if same_hash_seed:  # otherwise the Yjs op order, and so the payload, follows the hash seed
            assert vector.fields.get("payload") == frozen[name].fields.get("payload")
        test_vector(vector)
