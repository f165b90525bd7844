"""Importing a folder of Markdown notes (issue 18: ≥ 1,000 notes/s at 10,000 notes), against the bulk insert.

A folder of N Markdown files with front matter (title, date, tags; English, Dari and Pashto text) is
imported into a fresh vault (read the folder, then store in one transaction); the baseline stores the
very same notes, already in memory, with the vault's bulk insert (`ItemService.add_many`) into another
fresh vault. Rounds alternate the two; medians are compared. The ratio is what the reading and parsing
of the files cost on top of storing.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from amanat.app.transfer.markdown_folder import read_markdown_folder, store_folder_import
from amanat.app.vault import Vault
from amanat.crypto.kdf import INSECURE_TEST_PARAMS, allow_insecure_test_kdf
from bench.timing import median

IMPORT_TARGET_NOTES_PER_SECOND = 1_000
NOTES_FULL, NOTES_QUICK = 10_000, 1_000
ROUNDS = 3
PASSPHRASE = "import benchmark passphrase"
WORDS = ("report", "meeting", "Geneva", "گزارش", "جلسه", "مدافعان", "راپور", "غونډه", "مدافعین", "evidence")


@dataclass(frozen=True)
class ImportFigures:
    """Medians of the rounds, in seconds, for `notes` notes."""

    notes: int
    import_seconds: list[float]
    bulk_seconds: list[float]

    @property
    def notes_per_second(self) -> float:
        return self.notes / median(self.import_seconds)

    @property
    def ratio(self) -> float:
        return median(self.import_seconds) / median(self.bulk_seconds)


def write_folder(root: Path, notes: int, seed: int) -> None:
    """`notes` Markdown files in ten notebook folders, each with front matter and a few paragraphs."""
    rng = random.Random(seed)
    for index in range(notes):
        folder = root / f"notebook {index % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 160)))
        (folder / f"note {index}.md").write_text(
            f"---\ntitle: {rng.choice(WORDS)} {index}\ncreated: 2025-0{index % 9 + 1}-12 08:30:00Z\n"
            f"tags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]\n---\n\n{text}\n\n{text[::-1]}\n", encoding="utf-8")


def _fresh_vault(where: Path) -> Vault:
    vault, _recovery = Vault.create(where, PASSPHRASE, params=INSECURE_TEST_PARAMS)
    return vault


def run_import_bench(quick: bool, seed: int, workdir: Path | None, progress: Callable[[str], None]) -> ImportFigures:
    """Import N notes from a folder, and bulk-insert the same notes, ROUNDS times each, alternating."""
    allow_insecure_test_kdf()  # the key derivation is not what is measured here
    notes = NOTES_QUICK if quick else NOTES_FULL
    imported: list[float] = []
    bulk: list[float] = []
    with tempfile.TemporaryDirectory(prefix="amanat-import-bench-", dir=workdir) as scratch:
        folder = Path(scratch) / "export"
        write_folder(folder, notes, seed)
        same_notes = [n.note for n in read_markdown_folder(folder).notes]
        for round_number in range(ROUNDS):
            vault = _fresh_vault(Path(scratch) / f"import-{round_number}")
            started = time.perf_counter()
            stored = store_folder_import(vault.items, vault.attachments, read_markdown_folder(folder))
            imported.append(time.perf_counter() - started)
            vault.close()
            assert stored == notes
            vault = _fresh_vault(Path(scratch) / f"bulk-{round_number}")
            started = time.perf_counter()
            vault.items.add_many(same_notes, keep_created=True)
            bulk.append(time.perf_counter() - started)
            vault.close()
            progress(f"import round {round_number + 1}/{ROUNDS}: {imported[-1]:.2f} s, bulk insert {bulk[-1]:.2f} s")
    return ImportFigures(notes, imported, bulk)


if __name__ == "__main__":
    figures = run_import_bench(quick=False, seed=1, workdir=None, progress=print)
    print(f"{figures.notes:,} notes: {figures.notes_per_second:,.0f} notes/s imported, "
          f"{figures.ratio:.2f}× the bulk insert of the same notes")
