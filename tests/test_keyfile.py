"""The key file: slots, wrapping, tamper detection, limits, and no secrets in repr."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from amanat.crypto.errors import DamagedInput, UnsupportedVersion, WrongPassphrase
from amanat.crypto.kdf import INSECURE_TEST_PARAMS, Argon2idParams, allow_insecure_test_kdf, calibrate
from amanat.crypto.keyfile import KIND_KEYCHAIN, KIND_RECOVERY, KeyFile, generate_vault_key
from amanat.crypto.recovery_key import RecoveryKey
from amanat.crypto.secret_bytes import SecretBytes


def make_key_file() -> tuple[KeyFile, SecretBytes, RecoveryKey]:
    vault_key = generate_vault_key()
    recovery = RecoveryKey.generate()
    key_file = (
        KeyFile.new()
        .with_passphrase(vault_key, "نگهبان امانت ۱۴۰۳", INSECURE_TEST_PARAMS)
        .with_secret(KIND_RECOVERY, vault_key, recovery.secret)
    )
    return key_file, vault_key, recovery


def resealed(data: dict) -> bytes:
    """A key file body with its checksum recomputed, as a careful attacker would."""
    import hashlib

    body = {k: v for k, v in data.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    return json.dumps(body).encode()


def test_passphrase_and_recovery_slots_open_the_same_vault_key() -> None:
    key_file, vault_key, recovery = make_key_file()
    parsed = KeyFile.parse(key_file.to_bytes())
    assert parsed.open_with_passphrase("نگهبان امانت ۱۴۰۳") == vault_key
    assert parsed.open_with_secret(KIND_RECOVERY, recovery.secret) == vault_key
    assert parsed.open_with_secret(KIND_RECOVERY, RecoveryKey.generate().secret) is None


def test_passphrase_typed_on_an_arabic_keyboard_layout_opens_the_same_slot() -> None:
    vault_key = generate_vault_key()
    key_file = KeyFile.new().with_passphrase(vault_key, "کلید یک ۲۰۲۶", INSECURE_TEST_PARAMS)
    assert key_file.open_with_passphrase("كليد يك 2026") == vault_key
    with pytest.raises(WrongPassphrase):
        key_file.open_with_passphrase("کلید دو ۲۰۲۶")


def test_wrong_or_empty_passphrase_is_refused() -> None:
    key_file, _, _ = make_key_file()
    for attempt in ("wrong", "", " نگهبان امانت ۱۴۰۳"):
        with pytest.raises(WrongPassphrase):
            key_file.open_with_passphrase(attempt)


def test_changing_the_passphrase_replaces_only_the_passphrase_slot() -> None:
    key_file, vault_key, recovery = make_key_file()
    changed = key_file.with_passphrase(vault_key, "new passphrase here", INSECURE_TEST_PARAMS)
    assert len(changed.slots) == 2
    recovery_before = next(s for s in key_file.slots if s.kind == KIND_RECOVERY)
    assert recovery_before in changed.slots
    with pytest.raises(WrongPassphrase):
        changed.open_with_passphrase("نگهبان امانت ۱۴۰۳")
    assert changed.open_with_passphrase("new passphrase here") == vault_key
    assert changed.open_with_secret(KIND_RECOVERY, recovery.secret) == vault_key


def test_a_slot_moved_into_another_vaults_key_file_does_not_open() -> None:
    key_file, _, _ = make_key_file()
    other = KeyFile.new()
    transplanted = KeyFile(vault_id=other.vault_id, slots=key_file.slots)
    with pytest.raises(WrongPassphrase):
        transplanted.open_with_passphrase("نگهبان امانت ۱۴۰۳")


def test_edited_bytes_are_reported_as_damage_not_as_a_wrong_passphrase() -> None:
    data = bytearray(make_key_file()[0].to_bytes())
    position = data.index(b'"wrapped_key":"') + 20
    data[position] = ord("A") if data[position] != ord("A") else ord("B")
    with pytest.raises(DamagedInput, match="damaged or was edited"):
        KeyFile.parse(bytes(data))


def test_edited_parameters_with_a_fixed_checksum_still_do_not_open() -> None:
    raw = json.loads(make_key_file()[0].to_bytes())
    raw["slots"][0]["kdf"]["iterations"] = 2
    forged = KeyFile.parse(resealed(raw))
    with pytest.raises(WrongPassphrase):
        forged.open_with_passphrase("نگهبان امانت ۱۴۰۳")


@pytest.mark.parametrize("cut", [0, 1, 40, -40, -2])
def test_truncated_key_files_are_damaged(cut: int) -> None:
    data = make_key_file()[0].to_bytes()
    with pytest.raises(DamagedInput):
        KeyFile.parse(data[:cut])


def test_hostile_parameters_are_refused_before_any_memory_is_used() -> None:
    raw = json.loads(make_key_file()[0].to_bytes())
    raw["slots"][0]["kdf"]["memory_kib"] = 1 << 40
    with pytest.raises(DamagedInput, match="more memory"):
        KeyFile.parse(resealed(raw))
    raw["slots"][0]["kdf"]["memory_kib"] = True
    with pytest.raises(DamagedInput):
        KeyFile.parse(resealed(raw))


def test_oversized_and_foreign_files_are_refused() -> None:
    with pytest.raises(DamagedInput, match="too large"):
        KeyFile.parse(b" " * (65 * 1024))
    with pytest.raises(DamagedInput, match="not an Amanat key file"):
        KeyFile.parse(b'{"hello": "world"}')
    with pytest.raises(DamagedInput):
        KeyFile.parse(b"\xff\xfe not json")
    with pytest.raises(DamagedInput):
        KeyFile.parse(b"[" * 100_000)


def test_a_newer_format_version_asks_for_an_update() -> None:
    raw = json.loads(make_key_file()[0].to_bytes())
    raw["version"] = 3  # 2 is a key file whose passphrase is bound to a device (tests/test_device_binding.py)
    with pytest.raises(UnsupportedVersion, match="newer Amanat"):
        KeyFile.parse(resealed(raw))


def test_weak_parameters_are_refused_outside_the_test_suite() -> None:
    data = make_key_file()[0].to_bytes()
    allow_insecure_test_kdf(False)
    try:
        with pytest.raises(DamagedInput, match="weaker than Amanat allows"):
            KeyFile.parse(data)
    finally:
        allow_insecure_test_kdf()


def test_real_calibration_never_goes_below_the_floor(without_test_kdf: None) -> None:
    # A clock that makes every run look slow must still give the floor, not less.
    ticks = iter([0.0, 50.0])
    params = calibrate(clock=lambda: next(ticks), memory_kib=64 * 1024)
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3
    assert calibrate.__defaults__ is not None and calibrate.__defaults__[1] == 256 * 1024


def test_calibration_grows_passes_on_a_fast_machine(without_test_kdf: None) -> None:
    ticks = iter([0.0, 0.15])  # three passes took 0.15 s: 0.05 s a pass
    params = calibrate(target_seconds=1.0, clock=lambda: next(ticks), memory_kib=64 * 1024)
    assert params == Argon2idParams(memory_kib=64 * 1024, iterations=20, lanes=params.lanes)


def test_written_key_file_is_private_and_has_no_temp_left(tmp_path: Path) -> None:
    key_file, _, _ = make_key_file()
    path = tmp_path / "vault.keys"
    key_file.write(path)
    key_file.with_secret(KIND_KEYCHAIN, generate_vault_key(), SecretBytes(os.urandom(32))).write(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["vault.keys"]
    assert KeyFile.read(path).has(KIND_KEYCHAIN)


def test_no_secret_shows_in_repr_or_str() -> None:
    key_file, vault_key, recovery = make_key_file()
    shown = " ".join([repr(key_file), repr(vault_key), str(vault_key), repr(recovery), str(recovery),
                      repr(key_file.slots[0])])
    assert vault_key.hex() not in shown
    assert recovery.display() not in shown
    assert not any(group in shown for group in recovery.groups())
    with pytest.raises(TypeError):
        hash(vault_key)


def test_wiped_secret_is_gone() -> None:
    secret = SecretBytes(b"\x01" * 32)
    secret.wipe()
    assert len(secret) == 0 and secret.reveal() == b""
