"""Importing Word documents (issue 18), against the bulk insert of the same notes.

N .docx files (made by Amanat's own writer from notes of English, Dari and Pashto paragraphs, a list
and a table; about 60 paragraphs each) are imported one by one into a fresh vault, as the window and
the command line import them: checked, read by python-docx, shaped into a note, stored in its own
transaction. The baseline stores the very same notes, already in memory, with the vault's bulk insert
(`ItemService.add_many`) into another fresh vault. Rounds alternate the two; medians are compared.
The ratio is what the ZIP checks, python-docx and the reader cost on top of storing.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from amanat.app.models import Note
from amanat.app.transfer.docx_export import docx_bytes
from amanat.app.transfer.docx_import import read_docx_item, store_docx_import
from amanat.app.vault import Vault
from amanat.crypto.kdf import INSECURE_TEST_PARAMS, allow_insecure_test_kdf
from bench.import_bench import PASSPHRASE, WORDS
from bench.timing import median

DOCUMENTS_FULL, DOCUMENTS_QUICK = 200, 40
ROUNDS = 3


@dataclass(frozen=True)
class DocxFigures:
    """Seconds of each round for `documents` documents of `paragraphs` paragraphs each (about)."""

    documents: int
    paragraphs: int
    import_seconds: list[float]
    bulk_seconds: list[float]

    @property
    def documents_per_second(self) -> float:
        return self.documents / median(self.import_seconds)

    @property
    def ratio(self) -> float:
        return median(self.import_seconds) / median(self.bulk_seconds)


def sample_note(rng: random.Random, index: int) -> Note:
    """A report of headings, paragraphs in three languages, a list and a table."""
    parts = [f"# {rng.choice(WORDS)} {index}"]
    for _ in range(50):
        parts.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 40))))
    parts.append("\n".join(f"- {rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(6)))
    parts.append("| ولایت | موارد |\n|---|---|\n" + "\n".join(f"| {rng.choice(WORDS)} | {n} |" for n in range(8)))
    return Note(id="", title=f"{rng.choice(WORDS)} {index}", body="\n\n".join(parts))


def run_docx_bench(quick: bool, seed: int, workdir: Path | None, progress: Callable[[str], None]) -> DocxFigures:
    """Import N Word documents and bulk-insert the same notes, ROUNDS times each, alternating."""
    allow_insecure_test_kdf()  # the key derivation is not what is measured here
    rng = random.Random(seed)
    count = DOCUMENTS_QUICK if quick else DOCUMENTS_FULL
    notes = [sample_note(rng, index) for index in range(count)]
    files = [docx_bytes(note, right_to_left=index % 2 == 1) for index, note in enumerate(notes)]
    same_notes = [read_docx_item(data, "report.docx").item for data in files]
    imported: list[float] = []
    bulk: list[float] = []
    with tempfile.TemporaryDirectory(prefix="amanat-docx-bench-", dir=workdir) as scratch:
        for round_number in range(ROUNDS):
            vault, _recovery = Vault.create(Path(scratch) / f"import-{round_number}", PASSPHRASE,
                                            params=INSECURE_TEST_PARAMS)
            started = time.perf_counter()
            for data in files:
                store_docx_import(vault.items, vault.attachments, read_docx_item(data, "report.docx"))
            imported.append(time.perf_counter() - started)
            assert vault.items.count("note") == count
            vault.close()
            vault, _recovery = Vault.create(Path(scratch) / f"bulk-{round_number}", PASSPHRASE,
                                            params=INSECURE_TEST_PARAMS)
            started = time.perf_counter()
            vault.items.add_many(same_notes)
            bulk.append(time.perf_counter() - started)
            vault.close()
            progress(f"docx round {round_number + 1}/{ROUNDS}: {imported[-1]:.2f} s, bulk insert {bulk[-1]:.2f} s")
    paragraphs = sum(len(n.body.split("\n\n")) for n in notes) // count
    return DocxFigures(count, paragraphs, imported, bulk)


if __name__ == "__main__":
    figures = run_docx_bench(quick=False, seed=1, workdir=None, progress=print)
    print(f"{figures.documents:,} Word documents: {figures.documents_per_second:,.1f} documents/s imported, "
          f"{figures.ratio:.1f}× the bulk insert of the same notes")
