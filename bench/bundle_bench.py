"""The bundle benchmark: sealing and opening sync bundles, their memory, and incremental bundles between vaults.

1. Seal and open: `amanat.sync.bundle.seal_bundle` / `open_bundle` on random payloads to
   three X25519 recipients (the sender and two members), against (a) bare
   ChaCha20-Poly1305 over the same bytes in 64 KiB chunks (age's STREAM, the
   cost floor) and (b) the reference `age` CLI encrypting and decrypting the same
   plaintext to three recipients, as a process working on files in a temporary
   folder. The CLI's time includes process start-up, so a 0-byte file is also
   encrypted each round to show what start-up alone costs; the largest payload
   is the fair comparison. All targets alternate round by round.
2. Peak memory of sealing and opening the largest payload, as a multiple of the
   payload: tracemalloc's peak above the starting point (it sees every Python
   object, including the bytes `cryptography` returns; it misses OpenSSL's own
   small per-call buffers), cross-checked by the resident set's high-water mark
   in a fresh child process (reset just before, so it sees everything the
   operation touched, in whole pages). The age CLI's own peak is not reported:
   from Python, a child's ru_maxrss also counts the parent's pages at fork.
3. Incremental bundles between three real vaults sharing a group of notes (fast
   test KDF): the first full bundle, then, once every member has answered once,
   rounds of one edited note. Each round the admin exports the incremental bundle
   and a `--full` resync side by side, and two members import one each.

    python -m bench --only bundle [--quick]      # also part of plain `python -m bench`
"""

from __future__ import annotations

import gc
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from amanat.app.vault import Vault
from amanat.crypto.age import X25519Identity, decrypt
from amanat.crypto.age.stream import CHUNK_SIZE, TAG_SIZE
from amanat.crypto.identity import Identity
from amanat.crypto.kdf import INSECURE_TEST_PARAMS, allow_insecure_test_kdf
from amanat.sync.bundle import open_bundle, seal_bundle
from bench.corpus import generate_notes
from bench.timing import interleaved_round, median, ratios
from bench.vault_bench import BenchConfig, MachineInfo, RunOptions, render_machine, write_json

MIB = 2**20
MB = 10**6  # throughput is in MB/s, 10^6 bytes
PAYLOAD_MIB_FULL, PAYLOAD_MIB_QUICK = (1, 16), (1, 4)
THROUGHPUT_ROUNDS_FULL, THROUGHPUT_ROUNDS_QUICK = 9, 5
GROUP_NOTES_FULL, GROUP_NOTES_QUICK = 10_000, 1_000
EDIT_ROUNDS_FULL, EDIT_ROUNDS_QUICK = 5, 3
OTHER_MEMBERS = 2  # plus the sender: three age recipients, as in the vault test group
AGE_TIMEOUT_SECONDS = 120
CHILD_TIMEOUT_SECONDS = 120
PASSPHRASE = "amanat bundle benchmark passphrase, not a secret"
MEMBER_NAMES = ("Mariam", "Farid", "Zahra")
PROJECT_ROOT = Path(__file__).resolve().parent.parent

SEAL, OPEN, SEAL_TO_FILE = "seal", "open", "seal-file"
OURS, RAW, AGE_CLI, AGE_STARTUP = "amanat", "raw_chacha", "age_cli", "age_cli_startup"
INCREMENTAL, RESYNC = "incremental", "full_resync"

# Measures, in a fresh interpreter, how far one seal or open raises the resident set; prints bytes. The
# high-water mark is reset first (Linux: clear_refs 5) and read from VmHWM, which belongs to this program
# alone: getrusage's ru_maxrss would also carry the parent's pages, counted at fork before exec.
MEMORY_CHILD = textwrap.dedent("""
    import gc, sys
    from pathlib import Path
    from amanat.crypto.identity import Identity
    from amanat.sync.bundle import open_bundle, seal_bundle

    def resident(key):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
        raise SystemExit("no " + key + " in /proc/self/status")

    operation, folder = sys.argv[1], Path(sys.argv[2])
    keys = [bytes.fromhex(line) for line in (folder / "keys").read_text().split()]
    people = [Identity.from_secrets(keys[i], keys[i + 1]) for i in range(0, len(keys), 2)]
    data = (folder / ("bundle" if operation == "open" else "payload")).read_bytes()
    def run():
        if operation in ("seal", "seal-file"):
            with open(folder / "streamed.age", "wb") as sink:
                return seal_bundle(people[0], [p.public for p in people[1:]], group_id=bytes(16), seq=1,
                                   created=0, base_state=bytes(32), payload=data,
                                   sink=sink if operation == "seal-file" else None)
        return open_bundle(data, people[1]).payload
    # Warm up on a small payload first: the first seal or open pages in OpenSSL's and Python's code
    # (megabytes, whatever the payload's size), which is not memory the payload costs.
    small = seal_bundle(people[0], [p.public for p in people[1:]], group_id=bytes(16), seq=1, created=0,
                        base_state=bytes(32), payload=bytes(1024))
    open_bundle(small, people[1])
    gc.collect()
    Path("/proc/self/clear_refs").write_text("5")
    before = resident("VmRSS")
    result = run()
    print(resident("VmHWM") - before)
""")


# -- figures --------------------------------------------------------------------------------------------------


@dataclass
class ThroughputFigures:
    """Seconds per round of every target, for one payload size and one direction (seal or open)."""

    operation: str
    payload_bytes: int
    bundle_bytes: int
    seconds: dict[str, list[float]]

    def mb_per_second(self, target: str) -> float:
        return self.payload_bytes / MB / median(self.seconds[target])

    def ratio(self, subject: str, baseline: str) -> float:
        """Median over rounds of subject/baseline seconds, each pair timed side by side (>1: subject slower)."""
        if baseline not in self.seconds:
            return float("nan")
        return median(ratios(self.seconds[subject], self.seconds[baseline]))

    def summary(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "payload_bytes": self.payload_bytes,
            "bundle_bytes": self.bundle_bytes,
            "median_seconds": {t: median(s) for t, s in self.seconds.items()},
            "mb_per_second": {t: self.mb_per_second(t) for t in self.seconds if t != AGE_STARTUP},
            "ratio_amanat_over_raw_chacha": self.ratio(OURS, RAW),
            "ratio_amanat_over_age_cli": self.ratio(OURS, AGE_CLI),
            "seconds": self.seconds,
        }


@dataclass
class MemoryFigures:
    """Peak memory above the starting point, in bytes, for the largest payload."""

    payload_bytes: int
    tracemalloc_peak: dict[str, int]  # "seal"/"open" of Amanat and of the raw ChaCha floor
    resident_growth: dict[str, int]  # "seal"/"open" in a fresh child: VmHWM above VmRSS before

    def multiple(self, peak: int) -> float:
        return peak / self.payload_bytes

    def summary(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "tracemalloc_multiple": {k: self.multiple(v) for k, v in self.tracemalloc_peak.items()},
            "resident_multiple": {k: self.multiple(v) for k, v in self.resident_growth.items()},
        }


@dataclass
class IncrementalFigures:
    """Sizes and seconds of the first full bundle, the members' answers and the one-edit rounds."""

    notes: int
    first_bytes: int = 0
    first_items: int = 0
    first_export_seconds: float = 0.0
    first_import_seconds: list[float] = field(default_factory=list)
    first_answer_bytes: list[int] = field(default_factory=list)
    bytes: dict[str, list[int]] = field(default_factory=lambda: {INCREMENTAL: [], RESYNC: []})
    items: dict[str, list[int]] = field(default_factory=lambda: {INCREMENTAL: [], RESYNC: []})
    export_seconds: dict[str, list[float]] = field(default_factory=lambda: {INCREMENTAL: [], RESYNC: []})
    import_seconds: dict[str, list[float]] = field(default_factory=lambda: {INCREMENTAL: [], RESYNC: []})
    answer_bytes: list[int] = field(default_factory=list)
    envelope_bytes: dict[str, list[int]] = field(default_factory=lambda: {INCREMENTAL: [], RESYNC: []})
    first_answer_envelope_bytes: list[int] = field(default_factory=list)
    edits_arrived: bool = False

    def summary(self) -> dict[str, Any]:
        incremental_bytes = median(self.bytes[INCREMENTAL])
        return {
            "size_ratio_incremental_over_first": incremental_bytes / self.first_bytes,
            "import_ratio_incremental_over_first": median(self.import_seconds[INCREMENTAL])
            / median(self.first_import_seconds),
            "size_ratio_incremental_over_resync": median(ratios(self.bytes[INCREMENTAL], self.bytes[RESYNC])),
            "import_ratio_incremental_over_resync": median(
                ratios(self.import_seconds[INCREMENTAL], self.import_seconds[RESYNC])),
            "export_ratio_incremental_over_resync": median(
                ratios(self.export_seconds[INCREMENTAL], self.export_seconds[RESYNC])),
            **asdict(self),
        }


# -- 1. seal and open ------------------------------------------------------------------------------------------


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def raw_chacha_encrypt(aead: ChaCha20Poly1305, plaintext: bytes) -> bytes:
    """age's STREAM and nothing else: 64 KiB chunks, counter nonces, joined into one file-sized bytes."""
    view = memoryview(plaintext)
    last = max(0, (len(plaintext) - 1) // CHUNK_SIZE)
    return b"".join(
        aead.encrypt(_chunk_nonce(i, i == last), view[i * CHUNK_SIZE:(i + 1) * CHUNK_SIZE], None)
        for i in range(last + 1)
    )


def raw_chacha_decrypt(aead: ChaCha20Poly1305, ciphertext: bytes) -> bytes:
    """The reverse of raw_chacha_encrypt."""
    view = memoryview(ciphertext)
    size = CHUNK_SIZE + TAG_SIZE
    last = max(0, (len(ciphertext) - 1) // size)
    return b"".join(
        aead.decrypt(_chunk_nonce(i, i == last), view[i * size:(i + 1) * size], None) for i in range(last + 1)
    )


def age_cli() -> str | None:
    """The reference age command, if installed."""
    return shutil.which("age")


def run_process(command: Sequence[str]) -> None:
    """Run a command to completion; raises if it fails or takes over AGE_TIMEOUT_SECONDS."""
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               timeout=AGE_TIMEOUT_SECONDS, check=False)
    if completed.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({completed.returncode}): {completed.stderr.decode().strip()}")


@dataclass
class Keys:
    """The sender and the members of a bench bundle, with their age keys in the CLI's text form."""

    people: list[Identity]
    recipient_args: list[str]
    identity_file: Path  # the first member's age secret key, for `age -d -i`

    @classmethod
    def generate(cls, folder: Path) -> Keys:
        people = [Identity.generate() for _ in range(OTHER_MEMBERS + 1)]
        ages = [X25519Identity.from_secret_bytes(p.age_secret()) for p in people]
        recipient_args = [arg for a in ages for arg in ("-r", a.recipient.to_bech32())]
        identity_file = folder / "member.key"
        identity_file.write_text(ages[1].to_bech32() + "\n")
        (folder / "keys").write_text("\n".join(
            f"{p.signing_seed().hex()}\n{p.age_secret().hex()}" for p in people) + "\n")
        return cls(people, recipient_args, identity_file)

    @property
    def sender(self) -> Identity:
        return self.people[0]

    @property
    def reader(self) -> Identity:
        return self.people[1]

    def seal(self, payload: bytes) -> bytes:
        return seal_bundle(self.sender, [p.public for p in self.people[1:]], group_id=bytes(16), seq=1, created=0,
                           base_state=bytes(32), payload=payload)


def bench_throughput(keys: Keys, payload: bytes, folder: Path, rounds: int, age: str | None,
                     progress: Callable[[str], None]) -> tuple[ThroughputFigures, ThroughputFigures]:
    """Figure 1 for one payload size: seal-side targets interleaved round by round, then open-side ones."""
    aead = ChaCha20Poly1305(os.urandom(32))
    bundle = keys.seal(payload)
    raw = raw_chacha_encrypt(aead, payload)
    assert raw_chacha_decrypt(aead, raw) == payload and open_bundle(bundle, keys.reader).payload == payload
    plain, empty, sealed, opened = (folder / n for n in ("payload", "empty", "payload.age", "payload.out"))
    plain.write_bytes(payload)
    empty.write_bytes(b"")
    seal_calls: dict[str, Callable[[], object]] = {
        OURS: lambda: keys.seal(payload),
        RAW: lambda: raw_chacha_encrypt(aead, payload),
    }
    open_calls: dict[str, Callable[[], object]] = {
        OURS: lambda: open_bundle(bundle, keys.reader),
        RAW: lambda: raw_chacha_decrypt(aead, raw),
    }
    if age:
        seal_calls[AGE_CLI] = lambda: run_process([age, "-e", *keys.recipient_args, "-o", str(sealed), str(plain)])
        seal_calls[AGE_STARTUP] = lambda: run_process(
            [age, "-e", *keys.recipient_args, "-o", str(folder / "empty.age"), str(empty)])
        open_calls[AGE_CLI] = lambda: run_process([age, "-d", "-i", str(keys.identity_file), "-o", str(opened),
                                                   str(sealed)])
        for call in (seal_calls[AGE_CLI], open_calls[AGE_CLI]):  # warm-up: the first exec can be slow to page in
            call()
    seal_seconds: dict[str, list[float]] = {name: [] for name in seal_calls}
    open_seconds: dict[str, list[float]] = {name: [] for name in open_calls}
    for index in range(rounds):
        for name, elapsed in interleaved_round(seal_calls, index).items():
            seal_seconds[name].append(elapsed)
        for name, elapsed in interleaved_round(open_calls, index).items():
            open_seconds[name].append(elapsed)
    if age:
        if opened.read_bytes() != payload:
            raise RuntimeError("the age CLI did not give back the payload")
    progress(f"seal/open: {len(payload) // MIB} MiB, {rounds} rounds")
    return (ThroughputFigures(SEAL, len(payload), len(bundle), seal_seconds),
            ThroughputFigures(OPEN, len(payload), len(bundle), open_seconds))


def check_interoperability(keys: Keys, folder: Path, age: str) -> bool:
    """Whether the age CLI opens our bundle and our age opens the CLI's file (untimed, after the timed runs)."""
    payload = (folder / "payload").read_bytes()
    bundle_file, out = folder / "bundle.age", folder / "bundle.out"
    bundle_file.write_bytes(keys.seal(payload))
    run_process([age, "-d", "-i", str(keys.identity_file), "-o", str(out), str(bundle_file)])
    theirs_opened = payload in out.read_bytes()
    secret = X25519Identity.from_secret_bytes(keys.reader.age_secret())
    ours_opened = decrypt((folder / "payload.age").read_bytes(), [secret], max_plaintext=len(payload)) == payload
    return theirs_opened and ours_opened


# -- 2. memory ---------------------------------------------------------------------------------------------------


def tracemalloc_peak(call: Callable[[], object]) -> int:
    """Bytes the Python heap grew to at most during `call`, above where it started (the result kept)."""
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        result = call()
        peak = tracemalloc.get_traced_memory()[1]
        del result
    finally:
        tracemalloc.stop()
    return peak - start


def resident_growth(operation: str, folder: Path) -> int:
    """Peak resident growth of one seal or open in a fresh interpreter (folder holds keys, payload, bundle)."""
    completed = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, operation, str(folder)], cwd=PROJECT_ROOT, capture_output=True,
        text=True, timeout=CHILD_TIMEOUT_SECONDS, check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"the memory probe failed: {completed.stderr.strip()[-2000:]}")
    return int(completed.stdout.strip())


def bench_memory(keys: Keys, payload: bytes, folder: Path, progress: Callable[[str], None]) -> MemoryFigures:
    """Figure 2 for the largest payload (folder holds it as 'payload', from the throughput run)."""
    aead = ChaCha20Poly1305(os.urandom(32))
    bundle = keys.seal(payload)
    raw = raw_chacha_encrypt(aead, payload)
    (folder / "bundle").write_bytes(bundle)
    peaks = {
        f"{OURS}_{SEAL}": tracemalloc_peak(lambda: keys.seal(payload)),
        f"{OURS}_{OPEN}": tracemalloc_peak(lambda: open_bundle(bundle, keys.reader)),
        f"{RAW}_{SEAL}": tracemalloc_peak(lambda: raw_chacha_encrypt(aead, payload)),
        f"{RAW}_{OPEN}": tracemalloc_peak(lambda: raw_chacha_decrypt(aead, raw)),
    }
    growth = {operation: resident_growth(operation, folder) for operation in (SEAL, OPEN, SEAL_TO_FILE)}
    figures = MemoryFigures(len(payload), peaks, growth)
    progress(f"memory: {len(payload) // MIB} MiB")
    return figures


# -- 3. incremental bundles ------------------------------------------------------------------------------------


def open_group(directory: Path) -> tuple[list[Vault], str]:
    """Three vaults that have verified each other, and a group the first one administers with the other two."""
    allow_insecure_test_kdf()
    vaults: list[Vault] = []
    for name in MEMBER_NAMES:
        vault, _recovery = Vault.create(directory / name.lower(), PASSPHRASE, params=INSECURE_TEST_PARAMS)
        vault.sync.identities.set_display_name(name)
        vaults.append(vault)
    for a in vaults:
        for b in vaults:
            if a is not b:
                added = a.sync.identities.add_peer(b.sync.identities.card_file())
                a.sync.identities.verify_peer(added.peer.fingerprint, added.peer.safety_number)
    admin = vaults[0]
    group_id = admin.sync.groups.create("Geneva advocacy").group_id
    for other in vaults[1:]:
        admin.sync.groups.add_member(group_id, other.sync.identities.public().fingerprint.hex())
    return vaults, group_id


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    gc.collect()
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


def bench_incremental(directory: Path, notes: int, rounds: int, seed: int,
                      progress: Callable[[str], None]) -> IncrementalFigures:
    """Figure 3: the first full bundle, every member's first answer, then `rounds` rounds of one edited note."""
    vaults, group_id = open_group(directory)
    try:
        return _exchange_rounds(vaults, group_id, notes, rounds, seed, progress)
    finally:
        for vault in vaults:
            vault.close()


def _exchange_rounds(vaults: list[Vault], group_id: str, notes: int, rounds: int, seed: int,
                     progress: Callable[[str], None]) -> IncrementalFigures:
    admin, members = vaults[0], vaults[1:]
    figures = IncrementalFigures(notes=notes)
    shared = admin.items.add_many(list(generate_notes(notes, seed)))
    admin.sync.groups.share_many(group_id, [item.id for item in shared])
    progress(f"incremental: {notes:,} notes shared")
    first, figures.first_export_seconds = timed(lambda: admin.sync.exchange.export(group_id))
    figures.first_bytes, figures.first_items = len(first.data), first.items
    for member in members:
        _report, seconds = timed(lambda m=member: m.sync.exchange.import_bundle(first.data))
        figures.first_import_seconds.append(seconds)
    figures.first_answer_bytes, figures.first_answer_envelope_bytes = answer_everyone(vaults)
    progress("incremental: first bundle imported and answered")
    edited: dict[str, str] = {}
    for index in range(rounds):
        note = admin.items.get(shared[index * len(shared) // rounds].id)
        note = admin.items.save(replace(note, body=with_paragraph(note.body, index)))  # type: ignore[type-var,attr-defined]
        edited[note.id] = note.body  # type: ignore[attr-defined]
        exported = interleaved_outputs({
            INCREMENTAL: lambda: admin.sync.exchange.export(group_id),
            RESYNC: lambda: admin.sync.exchange.export(group_id, full=True),
        }, index)
        receivers = {INCREMENTAL: members[index % 2], RESYNC: members[(index + 1) % 2]}
        for kind, (bundle, seconds) in exported.items():
            figures.bytes[kind].append(len(bundle.data))
            figures.envelope_bytes[kind].append(unpadded_envelope_bytes(admin, bundle.data))
            figures.items[kind].append(bundle.items)
            figures.export_seconds[kind].append(seconds)
        imported = interleaved_outputs({
            kind: lambda k=kind, to=receivers, sent=exported: to[k].sync.exchange.import_bundle(sent[k][0].data)
            for kind in (INCREMENTAL, RESYNC)
        }, index)
        for kind, (report, seconds) in imported.items():
            if report.status != "applied":
                raise RuntimeError(f"the {kind} bundle was not applied: {report.status} {report.reason}")
            figures.import_seconds[kind].append(seconds)
        figures.answer_bytes += answer_everyone(vaults)[0]
    figures.edits_arrived = all(
        vault.items.get(item_id).body == body  # type: ignore[attr-defined]
        for vault in vaults for item_id, body in edited.items()
    )
    progress(f"incremental: {rounds} rounds of one edited note")
    return figures


def interleaved_outputs(calls: dict[str, Callable[[], Any]], round_index: int) -> dict[str, tuple[Any, float]]:
    """Like bench.timing.interleaved_round, keeping each call's result."""
    results: dict[str, Any] = {}
    seconds = interleaved_round({name: lambda n=name: results.__setitem__(n, calls[n]()) for name in calls},
                                round_index)
    return {name: (results[name], seconds[name]) for name in calls}


def answer_everyone(vaults: list[Vault]) -> tuple[list[int], list[int]]:
    """Every member but the admin exports once and everyone else imports it; the answers' file and envelope sizes."""
    sizes: list[int] = []
    envelopes: list[int] = []
    group_id = vaults[0].sync.groups.groups()[0].group_id
    for sender in vaults[1:]:
        answer = sender.sync.exchange.export(group_id).data
        sizes.append(len(answer))
        envelopes.append(unpadded_envelope_bytes(sender, answer))
        for receiver in vaults:
            if receiver is not sender:
                receiver.sync.exchange.import_bundle(answer)
    return sizes, envelopes


PARAGRAPH = ("در جلسه امروز با وکیل درباره پرونده‌های بازداشت در هرات صحبت کردیم؛ سه شاهد تازه آماده‌اند "
             "گزارش خود را به کمیته بدهند و ما تا آخر ماه خلاصه‌ای به زبان انگلیسی برای ژنو می‌فرستیم. "
             "The lawyer asked for the detention dates of each witness, in both calendars.")


def with_paragraph(body: str, index: int) -> str:
    """One paragraph (about 400 characters, Dari and English) added in the middle of a note."""
    middle = len(body) // 2
    return f"{body[:middle]}\n{PARAGRAPH} ({index + 1})\n{body[middle:]}"


def unpadded_envelope_bytes(sender: Vault, data: bytes) -> int:
    """The bundle's envelope before padding (magic, length, header, signature, payload): the target's measure."""
    header = open_bundle(data, sender.sync.identities.identity()).header
    return 16 + 4 + len(header.to_json()) + 64 + header.payload_length


# -- report -------------------------------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f}"


def _ratio(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.2f}"  # NaN: no such baseline


def render_throughput(figures: Sequence[ThroughputFigures], rounds: int, age: str | None,
                      interoperable: bool | None) -> list[str]:
    lines = [
        f"1. Seal and open: {OTHER_MEMBERS + 1} X25519 recipients (sender + {OTHER_MEMBERS} members), "
        f"{rounds} rounds, targets interleaved; medians; MB/s of payload (10^6 bytes)",
        f"   {'payload, operation / target':<46}{'ms':>9}{'MB/s':>9}{'/raw*':>8}{'/age*':>8}",
    ]
    labels = {
        SEAL: (("seal_bundle (subject)", OURS), ("raw ChaCha20-Poly1305, 64 KiB chunks (floor)", RAW),
               ("age CLI -e, whole process (baseline)", AGE_CLI)),
        OPEN: (("open_bundle (subject)", OURS), ("raw ChaCha20-Poly1305, 64 KiB chunks (floor)", RAW),
               ("age CLI -d, whole process (baseline)", AGE_CLI)),
    }
    for item in figures:
        lines.append(f"   {item.payload_bytes // MIB} MiB, {item.operation} "
                     f"(bundle file {item.bundle_bytes:,} bytes)")
        for label, target in labels[item.operation]:
            if target not in item.seconds:
                continue
            raw_ratio = item.ratio(target, RAW)
            age_ratio = item.ratio(target, AGE_CLI)
            lines.append(f"     {label:<44}{_ms(median(item.seconds[target])):>9}"
                         f"{item.mb_per_second(target):>9,.0f}{_ratio(raw_ratio):>8}{_ratio(age_ratio):>8}")
    lines.append("   * median over rounds of target/baseline seconds, each pair timed side by side (>1: slower)")
    if age is None:
        lines.append("   age CLI not installed (Debian package `age`): that comparison was skipped")
        return lines
    largest = max((f for f in figures if f.operation == SEAL), key=lambda f: f.payload_bytes)
    startup = median(largest.seconds[AGE_STARTUP])
    share = startup / median(largest.seconds[AGE_CLI])
    lines += [
        f"   age CLI ({age}) includes process start-up: encrypting a 0-byte file takes {_ms(startup)} ms, "
        f"{share:.0%} of its {largest.payload_bytes // MIB} MiB seal;",
        f"   the largest payload is the fair comparison. Interoperability (age CLI opens our bundle, we open "
        f"its file): {'yes' if interoperable else 'NO'}",
    ]
    return lines


def render_memory(figures: MemoryFigures) -> list[str]:
    peaks, growth = figures.tracemalloc_peak, figures.resident_growth
    lines = [
        f"2. Peak memory, {figures.payload_bytes // MIB} MiB payload, as a multiple of the payload "
        "(tracemalloc: peak of the Python heap above its starting point, result included)",
        f"   {'target':<46}{'seal x':>9}{'open x':>9}",
        f"   {'seal_bundle / open_bundle (subject)':<46}{figures.multiple(peaks[f'{OURS}_{SEAL}']):>9.2f}"
        f"{figures.multiple(peaks[f'{OURS}_{OPEN}']):>9.2f}",
        f"   {'raw ChaCha20-Poly1305 into one bytes (floor)':<46}{figures.multiple(peaks[f'{RAW}_{SEAL}']):>9.2f}"
        f"{figures.multiple(peaks[f'{RAW}_{OPEN}']):>9.2f}",
        f"   {'cross-check: peak RSS growth, fresh child':<46}{figures.multiple(growth[SEAL]):>9.2f}"
        f"{figures.multiple(growth[OPEN]):>9.2f}",
        f"   {'seal_bundle streamed to a file (sink=), RSS':<46}{figures.multiple(growth[SEAL_TO_FILE]):>9.2f}"
        f"{'':>9}",
    ]
    return lines


def render_incremental(figures: IncrementalFigures) -> list[str]:
    summary = figures.summary()
    rounds = len(figures.bytes[INCREMENTAL])
    rows = [
        ("first full bundle (baseline)", figures.first_bytes, figures.first_items, figures.first_export_seconds,
         median(figures.first_import_seconds)),
        ("incremental, one note edited (subject)", median(figures.bytes[INCREMENTAL]),
         median(figures.items[INCREMENTAL]), median(figures.export_seconds[INCREMENTAL]),
         median(figures.import_seconds[INCREMENTAL])),
        ("--full resync, same round (context)", median(figures.bytes[RESYNC]), median(figures.items[RESYNC]),
         median(figures.export_seconds[RESYNC]), median(figures.import_seconds[RESYNC])),
    ]
    lines = [
        f"3. Incremental bundles: 3 vaults, a group sharing {figures.notes:,} mixed Persian/English notes; "
        f"{rounds} rounds of one edited note (medians)",
        f"   {'bundle':<46}{'bytes':>12}{'items':>7}{'export ms':>11}{'import ms':>11}",
    ]
    for label, size, items, export, imported in rows:
        lines.append(f"   {label:<46}{size:>12,.0f}{items:>7,.0f}{_ms(export):>11}{_ms(imported):>11}")
    lines += [
        f"   incremental / first full: size {summary['size_ratio_incremental_over_first']:.3f}, "
        f"import time {summary['import_ratio_incremental_over_first']:.3f} "
        f"(first import: median of {len(figures.first_import_seconds)} members, adds every note)",
        f"   incremental / --full resync, side by side each round: size "
        f"{summary['size_ratio_incremental_over_resync']:.3f}, import "
        f"{summary['import_ratio_incremental_over_resync']:.3f}, export "
        f"{summary['export_ratio_incremental_over_resync']:.3f}",
        f"   envelope before padding (the 4 KiB target): incremental median "
        f"{median(figures.envelope_bytes[INCREMENTAL]):,.0f} bytes, --full resync "
        f"{median(figures.envelope_bytes[RESYNC]):,.0f}; members' first answers "
        f"{', '.join(f'{b:,}' for b in figures.first_answer_envelope_bytes)}",
        f"   members' first answers: {', '.join(f'{b:,}' for b in figures.first_answer_bytes)} bytes; "
        f"later answers median {median(figures.answer_bytes):,.0f} bytes; "
        f"edits arrived everywhere: {'yes' if figures.edits_arrived else 'NO'}",
    ]
    return lines


# -- run -------------------------------------------------------------------------------------------------------------


@dataclass
class BundleResults:
    throughput: list[ThroughputFigures]
    memory: MemoryFigures
    incremental: IncrementalFigures
    age_cli: str | None
    age_version: str
    interoperable: bool | None
    rounds: int
    seconds: float = 0.0


def age_version(age: str | None) -> str:
    if age is None:
        return ""
    completed = subprocess.run([age, "--version"], capture_output=True, text=True, check=False)
    return completed.stdout.strip()


def render_report(config: BenchConfig, machine: MachineInfo, results: BundleResults) -> str:
    mode = "quick, figures indicative" if config.quick else "full"
    sizes = ", ".join(f"{f.payload_bytes // MIB} MiB" for f in results.throughput if f.operation == SEAL)
    lines = [f"Amanat bundle benchmark ({mode}: payloads {sizes}; {results.incremental.notes:,} shared notes; "
             f"seed {config.seed})", *render_machine(machine), ""]
    age_label = f"{results.age_cli} {results.age_version}" if results.age_cli else None
    lines += render_throughput(results.throughput, results.rounds, age_label, results.interoperable)
    lines += ["", *render_memory(results.memory), "", *render_incremental(results.incremental), ""]
    lines.append(f"Bundle benchmark took {results.seconds:.1f} s")
    return "\n".join(lines)


def report_json(config: BenchConfig, machine: MachineInfo, results: BundleResults) -> dict[str, Any]:
    """The same figures as the table, with the raw samples they were computed from."""
    return {
        "config": asdict(config),
        "machine": asdict(machine),
        "age_cli": {"path": results.age_cli, "version": results.age_version, "interoperable": results.interoperable},
        "throughput": [f.summary() for f in results.throughput],
        "memory": results.memory.summary(),
        "incremental": results.incremental.summary(),
        "seconds": results.seconds,
    }


def run_bundle_bench(config: BenchConfig, options: RunOptions, machine: MachineInfo,
                     progress: Callable[[str], None]) -> BundleResults:
    """All three bundle figures: print the table and write options.bundle_output."""
    started = time.perf_counter()
    sizes = PAYLOAD_MIB_QUICK if config.quick else PAYLOAD_MIB_FULL
    rounds = THROUGHPUT_ROUNDS_QUICK if config.quick else THROUGHPUT_ROUNDS_FULL
    age = age_cli()
    if age is None:
        progress("age CLI not found: the comparison with it is skipped")
    rng = random.Random(config.seed)
    throughput: list[ThroughputFigures] = []
    with tempfile.TemporaryDirectory(prefix="amanat-bundle-bench-", dir=options.workdir) as scratch:
        folder = Path(scratch)
        keys = Keys.generate(folder)
        payload = b""
        for mib in sizes:
            payload = rng.randbytes(mib * MIB)
            throughput += bench_throughput(keys, payload, folder, rounds, age, progress)
        interoperable = check_interoperability(keys, folder, age) if age else None
        memory = bench_memory(keys, payload, folder, progress)
        del payload
        incremental = bench_incremental(
            folder / "vaults", GROUP_NOTES_QUICK if config.quick else GROUP_NOTES_FULL,
            EDIT_ROUNDS_QUICK if config.quick else EDIT_ROUNDS_FULL, config.seed, progress)
    results = BundleResults(throughput, memory, incremental, age, age_version(age), interoperable, rounds,
                            time.perf_counter() - started)
    print()
    print(render_report(config, machine, results))
    write_json(options.bundle_output, report_json(config, machine, results))
    print(f"\nWritten to {options.bundle_output}")
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench.bundle_bench [--quick]`: the same as `python -m bench --only bundle`."""
    from bench.vault_bench import main as bench_main

    return bench_main(["--only", "bundle", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())

