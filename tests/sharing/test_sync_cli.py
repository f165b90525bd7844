"""The sync commands as a user runs them: two vaults, cards, safety numbers, a group, bundles both ways."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from amanat.sync.bundle_payload import decode_payload
from amanat.sync.envelope import open_envelope
from amanat.sync.item_document import ItemDocument
from tests.conftest import PASSPHRASE, run_cli


def amanat(vault: Path, *args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={"AMANAT_VAULT": str(vault), "AMANAT_PASSPHRASE": PASSPHRASE}, stdin=stdin)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Mariam and Farid, each with a vault, who verified each other; a group with a shared Persian note."""
    root = tmp_path_factory.mktemp("cli")
    vaults = {"mariam": root / "mariam", "farid": root / "farid"}
    for name, vault in vaults.items():
        ok(amanat(vault, "init"))
        ok(amanat(vault, "identity", "set-name", name.title()))
        ok(amanat(vault, "identity", "card", "--out", str(root / f"{name}.card")))
    ok(amanat(vaults["farid"], "identity", "card", "--text", "--out", str(root / "farid.txt")))
    shown = json.loads(ok(amanat(vaults["mariam"], "identity", "show", "--json")))
    assert shown["name"] == "Mariam" and shown["age_recipient"].startswith("age1")

    added = ok(amanat(vaults["mariam"], "peer", "add", str(root / "farid.txt")))
    assert "Safety number:" in added
    ok(amanat(vaults["farid"], "peer", "add", "-", stdin=(root / "mariam.card").read_bytes()))
    for me, other in (("mariam", "farid"), ("farid", "mariam")):
        [peer] = json.loads(ok(amanat(vaults[me], "peer", "list", "--json")))
        assert peer["name"] == other.title() and not peer["verified"]
        # The other side reads the number out; it must be the same on both sides.
        [theirs] = json.loads(ok(amanat(vaults[other], "peer", "list", "--json")))
        assert theirs["safety_number"] == peer["safety_number"]
        ok(amanat(vaults[me], "peer", "verify", peer["id"], "--safety-number", peer["safety_number"]))
    group_id = ok(amanat(vaults["mariam"], "group", "create", "Geneva advocacy")).strip()
    farid_id = json.loads(ok(amanat(vaults["mariam"], "peer", "list", "--json")))[0]["id"]
    ok(amanat(vaults["mariam"], "group", "add", group_id[:8], farid_id))
    note_id = ok(amanat(vaults["mariam"], "note", "add", "--title", "گزارش ژنو", stdin="متن گزارش")).strip()
    ok(amanat(vaults["mariam"], "group", "share", "Geneva advocacy", note_id[:8]))
    return {**vaults, "root": root, "group": Path(group_id), "note": Path(note_id)}


def test_a_bundle_goes_from_mariam_to_farid_and_back(pair: dict[str, Path]) -> None:
    root, group = pair["root"], str(pair["group"])
    ok(amanat(pair["mariam"], "sync", "export", "--group", group, "--out", str(root / "one.age")))
    report = json.loads(ok(amanat(pair["farid"], "sync", "import", str(root / "one.age"), "--json")))
    assert report["status"] == "applied" and report["sender"] == "Mariam" and report["counts"] == {"added": 1}
    note = json.loads(ok(amanat(pair["farid"], "note", "show", str(pair["note"])[:8], "--json")))
    assert note["body"] == "متن گزارش"
    [listed] = json.loads(ok(amanat(pair["farid"], "group", "list", "--json")))
    assert listed["name"] == "Geneva advocacy" and not listed["i_am_admin"]

    again = json.loads(ok(amanat(pair["farid"], "sync", "import", str(root / "one.age"), "--json")))
    assert again["status"] == "already-imported"

    ok(amanat(pair["farid"], "note", "edit", str(pair["note"])[:8], stdin="متن گزارش، با پاسخ فرید"))
    ok(amanat(pair["farid"], "sync", "export", "--group", group[:8], "--out", str(root / "two.txt"), "--armor"))
    assert (root / "two.txt").read_text().startswith("-----BEGIN AGE ENCRYPTED FILE-----")
    ok(amanat(pair["mariam"], "sync", "import", "-", stdin=(root / "two.txt").read_bytes()))
    note = json.loads(ok(amanat(pair["mariam"], "note", "show", str(pair["note"])[:8], "--json")))
    assert note["body"] == "متن گزارش، با پاسخ فرید"
    history = json.loads(ok(amanat(pair["mariam"], "sync", "history", "--json")))
    assert sorted(entry["direction"] for entry in history) == ["received", "sent"]


def test_a_tampered_bundle_exits_4_and_changes_nothing(pair: dict[str, Path]) -> None:
    root, group = pair["root"], str(pair["group"])
    ok(amanat(pair["mariam"], "sync", "export", "--group", group, "--out", str(root / "t.age"), "--full"))
    data = bytearray((root / "t.age").read_bytes())
    data[len(data) // 2] ^= 1
    (root / "bad.age").write_bytes(bytes(data))
    before = ok(amanat(pair["farid"], "note", "list"))
    result = amanat(pair["farid"], "sync", "import", str(root / "bad.age"))
    assert result.returncode == 4
    assert result.stderr.startswith("amanat: error: ") and result.stderr.count("\n") == 1
    assert ok(amanat(pair["farid"], "note", "list")) == before


def test_a_wrong_safety_number_exits_2(pair: dict[str, Path], tmp_path: Path) -> None:
    stranger = tmp_path / "stranger"
    ok(amanat(stranger, "init"))
    ok(amanat(stranger, "identity", "set-name", "Stranger"))
    ok(amanat(stranger, "identity", "card", "--out", str(tmp_path / "s.card")))
    ok(amanat(pair["mariam"], "peer", "add", str(tmp_path / "s.card")))
    peers = json.loads(ok(amanat(pair["mariam"], "peer", "list", "--json")))
    [peer] = [p for p in peers if p["name"] == "Stranger"]
    result = amanat(pair["mariam"], "peer", "verify", peer["id"], "--safety-number", "1" * 60)
    assert result.returncode == 2 and "does not match" in result.stderr
    assert amanat(pair["mariam"], "group", "add", str(pair["group"]), peer["id"]).returncode == 2


def test_a_card_that_is_not_a_card_exits_4(pair: dict[str, Path], tmp_path: Path) -> None:
    (tmp_path / "junk.card").write_bytes(b"\xff" * 100)
    assert amanat(pair["mariam"], "peer", "add", str(tmp_path / "junk.card")).returncode == 4


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age tool is not installed (CI installs it)")
def test_the_exported_age_key_opens_bundles_with_the_standard_age_tool(pair: dict[str, Path]) -> None:
    root, group = pair["root"], str(pair["group"])
    result = amanat(pair["farid"], "identity", "export-age-key", "--out", str(root / "farid.key"))
    assert result.returncode == 0 and "SECRET" in result.stderr
    assert (root / "farid.key").stat().st_mode & 0o077 == 0
    ok(amanat(pair["mariam"], "sync", "export", "--group", group, "--out", str(root / "for-age.age"), "--full"))
    opened = subprocess.run(["age", "-d", "-i", str(root / "farid.key"), str(root / "for-age.age")],
                            capture_output=True, check=True)
    header, payload = open_envelope(opened.stdout, max_payload=len(opened.stdout))
    assert header.sender.peer_id == json.loads(ok(amanat(pair["mariam"], "identity", "show", "--json")))["id"]
    [update] = decode_payload(payload).documents.values()
    assert ItemDocument.from_update(update).read().texts["body"].startswith("متن گزارش")


def test_a_readable_export_opens_with_a_passphrase_in_another_age_implementation(pair: dict[str, Path]) -> None:
    pyrage = pytest.importorskip("pyrage")
    root, group = pair["root"], str(pair["group"])
    env = {"AMANAT_VAULT": str(pair["mariam"]), "AMANAT_PASSPHRASE": PASSPHRASE,
           "AMANAT_EXPORT_PASSPHRASE": "a long export passphrase"}
    result = run_cli("sync", "export-readable", "--group", group, "--out", str(root / "for-partner.age"), env=env)
    assert result.returncode == 0, result.stderr
    text = pyrage.passphrase.decrypt((root / "for-partner.age").read_bytes(), "a long export passphrase").decode()
    assert text.startswith("# Geneva advocacy") and "## گزارش ژنو" in text and "متن گزارش" in text
    short = run_cli("sync", "export-readable", "--group", group, "--out", str(root / "x.age"),
                    env={**env, "AMANAT_EXPORT_PASSPHRASE": "short"})
    assert short.returncode == 2 and not (root / "x.age").exists()
