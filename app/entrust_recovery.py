"""Recovering a vault with the help of colleagues, on the owner's new computer.

From the old vault folder (or a backup, unpacked into an empty folder first, unopened), Amanat
makes a one-time recovery identity and its signed request (sync/entrust_messages.py), for the set
of shares the key file's entrust slot names. Colleagues answer with their share sealed to that
identity; each answer is checked (made for this request, this vault, this set, a real share of
it, not one added already) before it is kept. With k shares the secret is rebuilt, the entrust
slot gives the vault key, and the owner sets a new passphrase.

While a recovery is under way, the folder holds `vault.recovery` (owner-only, written atomically):
the one-time identity's secret keys, the request and the shares received so far. It ends when the
vault opens (overwritten, then deleted), when the owner cancels, or is replaced once it expires.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from amanat.app.backup import restore_backup
from amanat.app.errors import VaultExists
from amanat.app.sharing.entrust import EntrustRefused, month_of
from amanat.app.vault import Vault, VaultPaths
from amanat.crypto.atomic_write import write_file_atomically
from amanat.crypto.encoding import canonical_json, decode_base64, encode_base64, load_json_object
from amanat.crypto.entrust_shares import EntrustTerms, check_share, combine_shares, share_digest
from amanat.crypto.errors import DamagedInput
from amanat.crypto.identity import Identity
from amanat.crypto.kdf import Argon2idParams
from amanat.crypto.keyfile import KIND_ENTRUST, KeyFile
from amanat.crypto.safety_number import SafetyNumber, recovery_number
from amanat.sync.bundle import open_bundle
from amanat.sync.entrust_messages import (
    AnswerMessage,
    RecoveryRequest,
    decode_entrust,
    is_entrust_payload,
    make_request,
    parse_request,
)
from amanat.sync.errors import NotAddressedToMe

RECOVERY_FILE_NAME = "vault.recovery"
_FORMAT = "amanat-recovery"
MAX_STATE_BYTES = 64 * 1024


@dataclass(frozen=True)
class RecoveryProgress:
    """Where a recovery stands: the request to send, its safety number, and the shares received."""

    request: RecoveryRequest
    request_text: str
    number: SafetyNumber
    threshold: int
    shares: int
    set_month: str  # '2026-12'
    holders: tuple[str, ...]  # the names of those whose shares arrived, in order

    @property
    def missing(self) -> int:
        """How many more shares are needed."""
        return max(0, self.threshold - len(self.holders))


@dataclass
class _State:
    one_time: Identity
    request_text: str
    received: list[tuple[str, str]]  # (holder name, share)

    def to_bytes(self) -> bytes:
        return canonical_json({
            "format": _FORMAT, "v": 1, "request": self.request_text,
            "signing_seed": encode_base64(self.one_time.signing_seed().reveal()),
            "age_secret": encode_base64(self.one_time.age_secret().reveal()),
            "received": [{"holder": name, "share": share} for name, share in self.received],
        })


def _state_path(directory: Path) -> Path:
    return Path(directory) / RECOVERY_FILE_NAME


def _read_state(directory: Path) -> _State | None:
    path = _state_path(directory)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_STATE_BYTES + 1)
    except FileNotFoundError:
        return None
    if len(data) > MAX_STATE_BYTES:
        raise DamagedInput("the recovery file is too large; cancel the recovery and start again")
    raw = load_json_object(data, DamagedInput, "recovery file")
    try:
        if raw.get("format") != _FORMAT or raw.get("v") != 1:
            raise ValueError("not a recovery file")
        identity = Identity.from_secrets(decode_base64(raw["signing_seed"]), decode_base64(raw["age_secret"]))
        received = [(str(entry["holder"]), str(entry["share"])) for entry in raw["received"]]
        return _State(identity, str(raw["request"]), received)
    except (ValueError, KeyError, TypeError, DamagedInput):
        raise DamagedInput("the recovery file is damaged; cancel the recovery and start again") from None


def _key_file_terms(directory: Path) -> tuple[KeyFile, EntrustTerms]:
    paths = VaultPaths(Path(directory))
    paths.require()
    key_file = KeyFile.read(paths.key_file)
    terms = key_file.entrust_terms()
    if terms is None:
        raise EntrustRefused.because("not-entrusted",
                                     "this vault was not entrusted to colleagues (or its set was withdrawn): its key "
                                     "file has no share set")
    return key_file, terms


def _progress(state: _State, terms: EntrustTerms) -> RecoveryProgress:
    request = parse_request(state.request_text)
    return RecoveryProgress(request, state.request_text, recovery_number(request.identity), terms.threshold,
                            terms.shares, month_of(terms.created), tuple(name for name, _ in state.received))


def recovery_progress(directory: Path, *, now: int | None = None) -> RecoveryProgress | None:
    """The recovery under way in `directory`, or None (none, or it expired)."""
    state = _read_state(directory)
    if state is None:
        return None
    _, terms = _key_file_terms(directory)
    progress = _progress(state, terms)
    if progress.request.set_id != terms.set_id:
        return None  # the key file changed since: the request asks for shares of a set that is gone
    return None if (int(time.time()) if now is None else now) > progress.request.expires else progress


def start_recovery(directory: Path, *, backup: Path | None = None, now: int | None = None) -> RecoveryProgress:
    """A recovery request for the vault in `directory` (or in `backup`, unpacked there first).

    A recovery under way and not expired is kept, and its request shown again (answers already sent
    to it stay valid); an expired one is replaced by a new one-time identity.
    """
    directory = Path(directory)
    if backup is not None:
        if VaultPaths(directory).exists():
            raise VaultExists(f"a vault already exists in {directory}; recover a backup into an empty folder")
        restore_backup(backup, directory, keyless=True)
    key_file, terms = _key_file_terms(directory)
    current = recovery_progress(directory, now=now)
    if current is not None:
        return current
    one_time = Identity.generate()
    request = make_request(one_time, key_file.vault_id, terms.set_id, int(time.time()) if now is None else now)
    state = _State(one_time, request.to_text(), [])
    write_file_atomically(_state_path(directory), state.to_bytes())
    return _progress(state, terms)


def _checked_answer(data: bytes, state: _State, key_file: KeyFile, terms: EntrustTerms) -> AnswerMessage:
    try:
        opened = open_bundle(data, state.one_time)
    except NotAddressedToMe:
        raise EntrustRefused.because("answer-not-for-request",
                                     "this answer was not made for this recovery request (an old request's, or "
                                     "someone else's); nothing was added") from None
    except DamagedInput:
        raise EntrustRefused.because("not-an-answer",
                                     "this file is not an answer to a recovery request (it is damaged, or something "
                                     "else); nothing was added") from None
    message = decode_entrust(opened.payload) if is_entrust_payload(opened.payload) else None
    if not isinstance(message, AnswerMessage):
        raise EntrustRefused.because("not-an-answer",
                                     "this file is not an answer to a recovery request; nothing was added")
    if message.request != state.one_time.public.fingerprint.hex():
        raise EntrustRefused.because("answer-not-for-request",
                                     "this answer was made for another recovery request; nothing was added")
    if message.vault_id != key_file.vault_id:
        raise EntrustRefused.because("other-vault",
                                     "this share belongs to another vault; nothing was added")
    if message.set_id != terms.set_id or opened.header.group_id.hex() != terms.set_id:
        raise EntrustRefused.because("older-set",
                                     "this share belongs to an older set of shares, which was replaced: it no longer "
                                     "opens the vault; nothing was added")
    share = check_share(message.share)
    if not terms.holds(share):
        raise EntrustRefused.because("forged-share",
                                     "this share is not one of this vault's shares: it was forged or damaged; "
                                     "nothing was added")
    return AnswerMessage(message.vault_id, message.set_id, message.holder_name, message.request, share)


def add_answer(directory: Path, data: bytes, *, now: int | None = None) -> RecoveryProgress:
    """Check one colleague's answer and keep its share; EntrustRefused (nothing kept) if it is not right."""
    state = _read_state(directory)
    if state is None:
        raise EntrustRefused.because("no-recovery",
                                     "no recovery is under way here: make a recovery request first")
    key_file, terms = _key_file_terms(directory)
    request = parse_request(state.request_text)
    if (int(time.time()) if now is None else now) > request.expires:
        raise EntrustRefused.because("recovery-expired",
                                     "this recovery request has expired: make a new one and send it again")
    answer = _checked_answer(data, state, key_file, terms)
    digest = share_digest(terms.set_id, answer.share)
    if any(share_digest(terms.set_id, share) == digest for _, share in state.received):
        raise EntrustRefused.because("already-added",
                                     f"{answer.holder_name}'s share was added already; nothing changed")
    state.received.append((answer.holder_name, answer.share))
    write_file_atomically(_state_path(directory), state.to_bytes())
    return _progress(state, terms)


def finish_recovery(directory: Path, new_passphrase: str, params: Argon2idParams | None = None) -> Vault:
    """With enough shares: open the vault and give it `new_passphrase`; the recovery file is destroyed.

    Fewer shares than the set needs: EntrustRefused, and nothing changes.
    """
    state = _read_state(directory)
    if state is None:
        raise EntrustRefused.because("no-recovery",
                                     "no recovery is under way here: make a recovery request first")
    key_file, terms = _key_file_terms(directory)
    if len(state.received) < terms.threshold:
        missing = terms.threshold - len(state.received)
        raise EntrustRefused.because("too-few",
                                     f"{len(state.received)} of the {terms.threshold} shares needed have arrived; "
                                     f"{missing} more needed. The vault stays locked")
    secret = combine_shares([share for _, share in state.received])
    try:
        vault_key = key_file.open_with_secret(KIND_ENTRUST, secret)
    finally:
        secret.wipe()
    if vault_key is None:
        raise EntrustRefused.because("does-not-open",
                                     "these shares do not open this vault's key file")
    vault = Vault.unlock_with_vault_key(directory, vault_key)
    vault_key.wipe()
    try:
        vault.keys.set_passphrase(new_passphrase, params)
    except BaseException:
        vault.close()
        raise
    cancel_recovery(directory)
    return vault


def cancel_recovery(directory: Path) -> bool:
    """Destroy the recovery file (overwritten first); True if there was one."""
    path = _state_path(directory)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with open(path, "r+b") as handle:
        handle.write(os.urandom(size))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    return True

