"""The workshop group at scale: twelve real vaults, three overlapping groups, one shared exchange folder.

Each member syncs through their own copy of one exchange folder (as a folder kept in step by a
file-sync engine, or a USB stick passed around), with `DriveSync`: read and review what is there,
write their groups' bundles, import what they accepted. Between rounds a courier copies every new
bundle file to every other member's copy, and misbehaves as the seed says: a file is lost for
someone, arrives one or more rounds late, or arrives twice (a second copy under another name, as a
sync engine's conflict copy). Between syncs, members edit at random: English, Dari and Pashto text in
notes, contact fields, action-plan rows, deletions and restores.

After the last edit, one round without faults: every vault must then hold the same content as
every other member of its groups, item by item. Used by tests/sharing/test_workshop_at_scale.py
(small) and bench/scale_bench.py (10,000 shared items), which also reads the per-round figures.
"""

from __future__ import annotations

import gc
import random
import resource
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from amanat.app.models import ActionRow, Contact, Draft, Item, Note
from amanat.app.sharing.drive_sync import DriveSync
from amanat.app.sharing.transfer import Transfers
from amanat.app.vault import Vault
from amanat.crypto.kdf import INSECURE_TEST_PARAMS, allow_insecure_test_kdf
from amanat.sync.transports.folder import EXCHANGE_FOLDER

PASSPHRASE = "workshop scenario passphrase, not a secret"
NAMES = ("Mariam", "Farid", "Zahra", "Omid", "Laila", "Nasir", "Shabnam", "Karim", "Hamida", "Jawad", "Sima", "Wali")
# Three groups with overlapping members (indexes into NAMES); the first is each group's admin.
GROUPS = (("Geneva advocacy", (0, 1, 2, 3, 4, 5, 9)), ("Herat shelters", (4, 5, 6, 7, 8, 9, 1)),
          ("Kabul lawyers", (8, 9, 10, 11, 0, 5)))
WORDS = {
    "en": ("report", "shelter", "hearing", "the UPR session", "safe house", "witness", "Geneva", "deadline"),
    "fa": ("گزارش", "خانه امن", "جلسه", "شاهد", "حقوق بشر", "ژنو", "می‌خواهم", "۱۴۰۵"),
    "ps": ("راپور", "خوندي کور", "غونډه", "شاهد", "بشري حقونه", "ژنو", "زه غواړم", "لیکنه"),
}
CITIES = ("Herat", "هرات", "Kabul", "کابل", "Geneva", "Mazar", "")


@dataclass
class ScenarioConfig:
    items: int = 120  # shared items over the three groups
    rounds: int = 5  # rounds with edits and faults; one clean round follows
    edits_per_round: int = 24
    seed: int = 1405
    lost: float = 0.12
    late: float = 0.12
    twice: float = 0.12


@dataclass
class RoundFigures:
    """One round: every bundle written (bytes), every import's seconds per bundle (wall clock, and this
    process's CPU time, which other work on a shared machine barely moves); peak memory."""

    index: int
    clean: bool
    bundle_bytes: list[int] = field(default_factory=list)
    import_seconds: list[float] = field(default_factory=list)
    import_cpu_seconds: list[float] = field(default_factory=list)
    export_seconds: list[float] = field(default_factory=list)
    max_rss_bytes: int = 0


@dataclass
class Member:
    name: str
    vault: Vault
    folder: Path  # this member's copy of the exchange folder (the drive root)

    @property
    def exchange(self) -> Path:
        return self.folder / EXCHANGE_FOLDER


@dataclass
class Scenario:
    config: ScenarioConfig
    members: list[Member]
    group_ids: list[str]
    rng: random.Random
    in_transit: list[tuple[int, Path, int, str]] = field(default_factory=list)  # (round due, file, to, suffix)
    rounds: list[RoundFigures] = field(default_factory=list)
    edits: int = 0
    faults: dict[str, int] = field(default_factory=lambda: {"lost": 0, "late": 0, "twice": 0})

    def close(self) -> None:
        for member in self.members:
            member.vault.close()


def open_scenario(directory: Path, config: ScenarioConfig, progress: Callable[[str], None] = print) -> Scenario:
    """Twelve vaults that verified each other, three groups, and `config.items` items shared into them."""
    allow_insecure_test_kdf()
    members = []
    for name in NAMES:
        vault, _recovery = Vault.create(directory / name.lower(), PASSPHRASE, params=INSECURE_TEST_PARAMS)
        vault.sync.identities.set_display_name(name)
        members.append(Member(name, vault, directory / "folders" / name.lower()))
        (directory / "folders" / name.lower()).mkdir(parents=True)
    cards = [m.vault.sync.identities.card_file() for m in members]
    for a in members:
        for b, card in zip(members, cards, strict=True):
            if a is not b:
                added = a.vault.sync.identities.add_peer(card)
                a.vault.sync.identities.verify_peer(added.peer.fingerprint, added.peer.safety_number)
    scenario = Scenario(config, members, [], random.Random(config.seed))
    for name, indexes in GROUPS:
        admin = members[indexes[0]].vault.sync
        group_id = admin.groups.create(name).group_id
        for index in indexes[1:]:
            admin.groups.add_member(group_id, members[index].vault.sync.identities.public().fingerprint.hex())
        scenario.group_ids.append(group_id)
    for number, (_name, indexes) in enumerate(GROUPS):
        admin = members[indexes[0]].vault
        count = config.items // len(GROUPS)
        made = admin.items.add_many(make_items(scenario.rng, count))
        admin.sync.groups.share_many(scenario.group_ids[number], [item.id for item in made])
    progress(f"scenario: {len(members)} vaults, {len(GROUPS)} groups, {config.items:,} shared items")
    return scenario


def make_items(rng: random.Random, count: int) -> list[Item]:
    """Notes in English, Dari and Pashto, contacts and action plans, in that rotation."""
    made: list[Item] = []
    for number in range(count):
        language = ("en", "fa", "ps")[number % 3]
        words = WORDS[language]
        text = " ".join(rng.choice(words) for _ in range(rng.randint(12, 40)))
        if number % 5 == 3:
            made.append(Contact(id="", display_name=f"{rng.choice(words)} {number}", city=rng.choice(CITIES),
                                channels=(("signal", f"+93 70 {number:07d}"),)))
        elif number % 5 == 4:
            rows = tuple(ActionRow(rng.choice(words), rng.choice(NAMES), "2027-01-15", "todo") for _ in range(3))
            made.append(Draft(id="", template="action-plan", title=f"{rng.choice(words)} {number}",
                              sections=(("summary", text),), rows=rows))
        else:
            made.append(Note(id="", title=f"{rng.choice(words)} {number}", body=text))
    return made


def edit_at_random(scenario: Scenario) -> None:
    """One random edit by a random member, of an item they hold."""
    rng = scenario.rng
    member = rng.choice(scenario.members)
    items = member.vault.items
    live = sorted(h.id for h in items.list())
    trashed = sorted(h.id for h in items.trash())
    if trashed and rng.random() < 0.1:
        items.restore(rng.choice(trashed))
    elif live and rng.random() < 0.06:
        items.delete(rng.choice(live))
    elif live:
        items.save(_edited(rng, items.get(rng.choice(live))))
    else:
        return
    scenario.edits += 1


def _edited(rng: random.Random, item: Item) -> Item:
    words = WORDS[rng.choice(("en", "fa", "ps"))]
    if isinstance(item, Note):
        at = rng.randint(0, len(item.body))
        cut = rng.randint(0, 12)
        return replace(item, body=item.body[:at] + " " + " ".join(rng.sample(words, 3)) + item.body[at + cut:])
    if isinstance(item, Contact):
        return replace(item, city=rng.choice(CITIES), notes=item.notes + rng.choice(words))
    if isinstance(item, Draft):
        rows = list(item.rows)
        if rows and rng.random() < 0.3:
            rows.pop(rng.randrange(len(rows)))
        elif rows and rng.random() < 0.5:
            at = rng.randrange(len(rows))
            status = rng.choice(("todo", "in-progress", "done", "blocked"))
            rows[at] = replace(rows[at], status=status, owner=rng.choice(NAMES))
        else:
            rows.append(ActionRow(rng.choice(words), rng.choice(NAMES), "2027-02-01", "todo"))
        return replace(item, rows=tuple(rows))
    return item


def sync_round(scenario: Scenario, *, clean: bool, send: bool = True) -> RoundFigures:
    """Every member reads their folder, writes their bundles and imports; then the courier runs.

    A member empties their copy of the folder of what they read (as one empties a USB stick);
    with `send` false they only read and import (the check at the end of a run).
    """
    figures = RoundFigures(len(scenario.rounds), clean)
    written: list[tuple[int, Path]] = []
    for number, member in enumerate(scenario.members):
        drive = DriveSync(member.vault.sync, member.folder)
        member.exchange.mkdir(parents=True, exist_ok=True)
        received = set(member.exchange.iterdir())
        gc.collect()
        started = time.perf_counter()
        if send:
            result = drive.send_and_review()
            review = result.review
        else:
            review = Transfers(member.vault.sync).review(drive.folder.receive(), skip_seen=True)
        figures.export_seconds.append(time.perf_counter() - started)
        pending = tuple(p for p in review.pending if p.applicable)
        started, cpu_started = time.perf_counter(), time.process_time()
        imported = drive.import_reviewed(pending)
        if pending:
            figures.import_seconds.append((time.perf_counter() - started) / len(pending))
            figures.import_cpu_seconds.append((time.process_time() - cpu_started) / len(pending))
        refused = [(p.name, p.error) for p in review.pending if p.report is None]
        if refused or any(r.status not in ("applied", "already-imported") for r in imported.reports):
            raise AssertionError(f"{member.name}: a bundle was refused or not applied: {refused} {imported.reports}")
        for path in received:
            path.unlink()
        for path in sorted(set(member.exchange.iterdir()) - received):
            written.append((number, path))
            figures.bundle_bytes.append(path.stat().st_size)
    _courier(scenario, written, clean=clean)
    figures.max_rss_bytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    scenario.rounds.append(figures)
    return figures


def _courier(scenario: Scenario, written: list[tuple[int, Path]], *, clean: bool) -> None:
    """Take each new file from its sender's folder to every other member's, losing, delaying or doubling some."""
    rng, config = scenario.rng, scenario.config
    now = len(scenario.rounds)
    holding = scenario.members[0].folder.parent / "courier"
    holding.mkdir(exist_ok=True)
    for sender, path in written:
        carried = holding / path.name
        shutil.move(path, carried)
        for number in range(len(scenario.members)):
            roll = rng.random()
            if number == sender:
                continue
            if clean or roll >= config.lost + config.late + config.twice:
                scenario.in_transit.append((now, carried, number, ""))
            elif roll < config.lost:
                scenario.faults["lost"] += 1
            elif roll < config.lost + config.late:
                scenario.faults["late"] += 1
                scenario.in_transit.append((now + rng.randint(1, 2), carried, number, ""))
            else:
                scenario.faults["twice"] += 1
                scenario.in_transit.append((now, carried, number, ""))
                scenario.in_transit.append((now + rng.randint(0, 1), carried, number, " (conflict copy)"))
    due = [entry for entry in scenario.in_transit if entry[0] <= now]
    scenario.in_transit = [entry for entry in scenario.in_transit if entry[0] > now]
    for _when, carried, number, suffix in due:
        target = scenario.members[number].exchange
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(carried, target / (carried.stem + suffix + carried.suffix))
    still_needed = {entry[1] for entry in scenario.in_transit}
    for carried in holding.iterdir():
        if carried not in still_needed:
            carried.unlink()


def contents_by_group(scenario: Scenario) -> dict[str, dict[str, dict[str, str]]]:
    """Per group, per member, each shared item's visible content (live or in the trash)."""
    result: dict[str, dict[str, dict[str, str]]] = {}
    for group_id, (_name, indexes) in zip(scenario.group_ids, GROUPS, strict=True):
        result[group_id] = {}
        for index in indexes:
            vault = scenario.members[index].vault
            shared = vault.sync.groups.info(group_id).shared_items
            result[group_id][NAMES[index]] = {item_id: _content(vault, item_id) for item_id in shared}
    return result


def _content(vault: Vault, item_id: str) -> str:
    item = vault.items.get(item_id)
    where = "trash" if vault.items.is_in_trash(item_id) else "live"
    return where + " " + repr(replace(item, created_at="", updated_at="", revision=0))  # type: ignore[type-var]


def disagreements(scenario: Scenario) -> list[str]:
    """Where members of a group hold different content: empty once the group converged."""
    found = []
    for group_id, by_member in contents_by_group(scenario).items():
        reference_name, reference = next(iter(by_member.items()))
        for name, content in by_member.items():
            if content != reference:
                differing = sorted(set(content.items()) ^ set(reference.items()))
                found.append(f"group {group_id[:8]}: {name} and {reference_name} differ in {len(differing)} entries")
    return found


def run(scenario: Scenario, progress: Callable[[str], None] = print) -> list[RoundFigures]:
    """The first round, `config.rounds` rounds of edits and faults, then edits and one clean round.

    After the clean round every member reads their folder once more (and sends nothing): the
    groups must then have converged.
    """
    sync_round(scenario, clean=False)
    for number in range(scenario.config.rounds + 1):
        for _ in range(scenario.config.edits_per_round):
            edit_at_random(scenario)
        last = number == scenario.config.rounds
        figures = sync_round(scenario, clean=last)
        progress(f"scenario: round {number + 1}{' (no faults)' if last else ''}, {len(figures.bundle_bytes)} "
                 f"bundles, largest {max(figures.bundle_bytes, default=0):,} bytes")
    sync_round(scenario, clean=True, send=False)
    return scenario.rounds
