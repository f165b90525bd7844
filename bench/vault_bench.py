"""The vault benchmark: bulk insert, search latency and unlock time, each against a baseline.

`python -m bench` runs it, then the GUI benchmark (bench.gui_bench) on the vault it
filled, the built program's start-up (bench.frozen_start_bench, when built), the bundle
benchmark (bench.bundle_bench) and the panic-wipe one (bench.wipe_bench), and ends
with one summary table (bench.suite); `--only vault|gui|bundle|scale|wipe|import` runs one part.
Search is measured during the insert, at 10,000 notes and at the end.

Every comparison is a ratio of runs interleaved in one loop (see bench.timing):
inserts alternate batch by batch between Amanat and the raw-SQL baselines,
searches alternate query by query, unlocks alternate with bare Argon2id runs.
Seconds are printed for context; only the ratios are meant to be compared
across runs and machines.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from amanat.app.search_text import build_match_query
from amanat.app.store.connection import Connection
from amanat.app.vault import Vault
from amanat.crypto.kdf import INSECURE_TEST_PARAMS, allow_insecure_test_kdf
from bench.corpus import DEFAULT_SEED, batched, generate_notes, generate_queries
from bench.profiling import profile_calls
from bench.raw_store import (
    SqlConnection,
    insert_notes_raw,
    open_raw_sqlcipher,
    open_raw_sqlite,
    pragma_snapshot,
    sample_rows,
    table_counts,
)
from bench.timing import interleaved_round, median, on_cpu, percentile, ratios
from bench.unlock_probe import UnlockFigures, run_unlock_probe

PASSPHRASE = "amanat benchmark passphrase, not a secret"
BATCH_SIZE = 1_000
SEARCH_LIMIT = 20  # `amanat search` gives 20 hits, each with its snippet (a context row)
# The search window asks for 50 hits and makes a row's snippet (Markdown's marks taken out) when the row is
# first laid out, twelve rows at a time (app/ui/sections/search_dialog.py, MAX_RESULTS and
# ROWS_LAID_OUT_AT_ONCE): the subject is that search plus those twelve; the raw query asks for 50 rowids.
WINDOW_RESULTS = 50
SHOWN_SNIPPETS = 12
WARMUP_QUERIES = 20
SLOWEST_SHOWN = 5
ROW_SAMPLE = 50

INSERT_TARGET_RATIO = 1.5
SEARCH_TARGET_P95_MS = 10.0
SEARCH_TARGET_RATIO = 1.5  # at 10,000 notes, over the raw FTS5 query
UNLOCK_TARGET_SECONDS = 1.0
UNLOCK_MIN_MEMORY_MIB = 256

AMANAT = "amanat"
RAW_SQLCIPHER = "raw_sqlcipher"
RAW_SQLITE = "raw_sqlite"
ALL_SNIPPETS = "amanat_all_snippets"
RAW_FTS_QUERY = (
    "SELECT rowid FROM search_index WHERE search_index MATCH ? "
    "ORDER BY bm25(search_index, 10.0, 1.0) LIMIT ?"
)


@dataclass(frozen=True)
class BenchConfig:
    """What one run measures."""

    notes: int
    queries: int
    unlock_repeats: int
    batch_size: int = BATCH_SIZE
    seed: int = DEFAULT_SEED
    quick: bool = False
    # Search is measured when the vault holds each of these many notes (the last is `notes`).
    search_at: tuple[int, ...] = ()

    @property
    def search_checkpoints(self) -> tuple[int, ...]:
        wanted = {n for n in self.search_at if 0 < n < self.notes} | {self.notes}
        return tuple(sorted(wanted))


@dataclass(frozen=True)
class MachineInfo:
    """Where the figures were taken."""

    cpu: str
    cores: int
    python: str
    sqlcipher: str
    sqlcipher_sqlite: str
    stdlib_sqlite: str
    ram_gib: float = 0.0


@dataclass
class InsertFigures:
    """Seconds per batch for each target, and whether all targets stored the same rows."""

    notes: int
    batch_size: int
    batch_seconds: dict[str, list[float]]
    rows_identical: bool = False
    table_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    pragmas: dict[str, dict[str, str]] = field(default_factory=dict)

    def total(self, target: str) -> float:
        return sum(self.batch_seconds[target])

    @property
    def rows_written(self) -> int:
        """Rows per target over all four tables (items, revisions, tags, index)."""
        return sum(self.table_counts.get(AMANAT, {}).values())

    def ratio(self, subject: str, baseline: str) -> float:
        """Median over batches of subject/baseline, each pair measured side by side."""
        return median(ratios(self.batch_seconds[subject], self.batch_seconds[baseline]))

    def upto(self, notes: int) -> InsertFigures:
        """The same figures for the batches that filled the vault up to `notes` notes."""
        batches = -(-notes // self.batch_size)
        return InsertFigures(notes=min(notes, self.notes), batch_size=self.batch_size,
                             batch_seconds={t: s[:batches] for t, s in self.batch_seconds.items()},
                             rows_identical=self.rows_identical)

    def notes_per_second(self, target: str) -> float:
        return self.notes / self.total(target)

    def summary(self) -> dict[str, Any]:
        return {
            "seconds": {t: self.total(t) for t in self.batch_seconds},
            "notes_per_second": {t: self.notes / self.total(t) for t in self.batch_seconds},
            "rows_written": self.rows_written,
            "rows_per_second": {t: self.rows_written / self.total(t) for t in self.batch_seconds},
            "ratio_amanat_over_raw_sqlcipher": self.ratio(AMANAT, RAW_SQLCIPHER),
            "ratio_amanat_over_raw_sqlite": self.ratio(AMANAT, RAW_SQLITE),
            "ratio_raw_sqlcipher_over_raw_sqlite": self.ratio(RAW_SQLCIPHER, RAW_SQLITE),
            "target_ratio": INSERT_TARGET_RATIO,
            "rows_identical": self.rows_identical,
        }


@dataclass
class SearchFigures:
    """Per-query latencies (ms) of Amanat's search, the bare FTS5 query, and that query unencrypted, interleaved."""

    notes: int
    queries: list[str]
    amanat_ms: list[float]
    raw_ms: list[float]
    matches: list[int] = field(default_factory=list)
    plain_ms: list[float] = field(default_factory=list)  # the bare query on the plain sqlite3 copy
    all_snippets_ms: list[float] = field(default_factory=list)  # items.search: a snippet for every hit
    # The subject and the raw query again, in CPU time of this process (what other programs barely move).
    amanat_cpu_ms: list[float] = field(default_factory=list)
    raw_cpu_ms: list[float] = field(default_factory=list)

    @staticmethod
    def _spread(values: Sequence[float]) -> dict[str, float]:
        return {"p50": percentile(values, 0.50), "p95": percentile(values, 0.95), "max": max(values, default=math.nan)}

    def summary(self) -> dict[str, Any]:
        amanat, raw, plain = self._spread(self.amanat_ms), self._spread(self.raw_ms), self._spread(self.plain_ms)
        return {
            "notes": self.notes,
            "amanat_ms": amanat,
            "raw_fts5_ms": raw,
            "plain_sqlite_fts5_ms": plain,
            "p95_ratio": amanat["p95"] / raw["p95"],
            "median_ratio": median(ratios(self.amanat_ms, self.raw_ms)),
            "p95_ratio_over_plain_sqlite": amanat["p95"] / plain["p95"],
            "median_ratio_over_plain_sqlite": median(ratios(self.amanat_ms, self.plain_ms)),
            "p95_ratio_raw_sqlcipher_over_plain_sqlite": raw["p95"] / plain["p95"],
            "all_snippets_ms": self._spread(self.all_snippets_ms),
            "amanat_cpu_ms": self._spread(self.amanat_cpu_ms),
            "raw_fts5_cpu_ms": self._spread(self.raw_cpu_ms),
            "p95_ratio_cpu": percentile(self.amanat_cpu_ms, 0.95) / percentile(self.raw_cpu_ms, 0.95),
            "shown_snippets": SHOWN_SNIPPETS,
            "target_p95_ms": SEARCH_TARGET_P95_MS,
            "slowest": self.slowest(),
        }

    def slowest(self) -> list[dict[str, Any]]:
        """The queries Amanat answered slowest, with how many notes each matched."""
        order = sorted(range(len(self.queries)), key=lambda i: self.amanat_ms[i], reverse=True)
        return [
            {"query": self.queries[i], "matches": self.matches[i] if self.matches else None,
             "amanat_ms": self.amanat_ms[i], "raw_ms": self.raw_ms[i],
             "plain_ms": self.plain_ms[i] if self.plain_ms else None}
            for i in order[:SLOWEST_SHOWN]
        ]


# -- machine ---------------------------------------------------------------


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ram_gib() -> float:
    """Installed memory (MemTotal of /proc/meminfo) in GiB; 0 if unknown."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def machine_info() -> MachineInfo:
    """CPU, cores, Python and the SQLite builds in use."""
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher_version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        cipher_sqlite = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        conn.close()
    return MachineInfo(
        cpu=cpu_model(), cores=os.cpu_count() or 1, python=platform.python_version(),
        sqlcipher=cipher_version, sqlcipher_sqlite=cipher_sqlite, stdlib_sqlite=sqlite3.sqlite_version,
        ram_gib=ram_gib(),
    )


# -- 1. bulk insert ----------------------------------------------------------


def create_bench_vault(directory: Path) -> Vault:
    """A fresh vault with the weak test KDF (the KDF is measured on its own, in the unlock probe)."""
    allow_insecure_test_kdf()
    vault, _recovery = Vault.create(directory, PASSPHRASE, params=INSECURE_TEST_PARAMS)
    return vault


def insert_batches(
    vault: Vault, baselines: dict[str, SqlConnection], config: BenchConfig,
    progress: Callable[[str], None], at_checkpoint: Callable[[int], None] = lambda _notes: None,
) -> dict[str, list[float]]:
    """Insert the corpus batch by batch into the vault and every baseline, rotating who goes first.

    `at_checkpoint(n)` runs, untimed for the inserts, once all targets hold n notes of
    config.search_checkpoints.
    """
    seconds: dict[str, list[float]] = {AMANAT: [], **{name: [] for name in baselines}}
    total_batches = -(-config.notes // config.batch_size)
    checkpoints = set(config.search_checkpoints)
    inserted = 0
    for index, batch in enumerate(batched(generate_notes(config.notes, config.seed), config.batch_size)):
        calls: dict[str, Callable[[], object]] = {AMANAT: lambda b=batch: vault.items.add_many(b)}
        for name, conn in baselines.items():
            calls[name] = lambda b=batch, c=conn: insert_notes_raw(c, b)
        for name, elapsed in interleaved_round(calls, index).items():
            seconds[name].append(elapsed)
        inserted += len(batch)
        if (index + 1) % 10 == 0 or index + 1 == total_batches:
            progress(f"insert: batch {index + 1}/{total_batches}")
        if any(inserted - len(batch) < c <= inserted for c in checkpoints):
            at_checkpoint(inserted)
    return seconds


def same_rows(connections: dict[str, SqlConnection], notes: int) -> tuple[bool, dict[str, dict[str, int]]]:
    """Whether every target stored the same table sizes and the same values for a sample of items."""
    counts = {name: table_counts(conn) for name, conn in connections.items()}
    step = max(1, notes // ROW_SAMPLE)
    seqs = list(range(1, notes + 1, step))
    samples = [sample_rows(conn, seqs) for conn in connections.values()]
    identical = all(c == counts[AMANAT] for c in counts.values()) and all(s == samples[0] for s in samples)
    return identical, counts


def bench_insert(vault: Vault, workdir: Path, config: BenchConfig,
                 progress: Callable[[str], None]) -> tuple[InsertFigures, list[SearchFigures]]:
    """Figures 1 and 2: Amanat's add_many against raw executemany into SQLCipher and plain SQLite,
    pausing at each of config.search_checkpoints to measure search on what is there."""
    baselines: dict[str, SqlConnection] = {
        RAW_SQLCIPHER: open_raw_sqlcipher(workdir / "raw-sqlcipher.db"),
        RAW_SQLITE: open_raw_sqlite(workdir / "raw-sqlite.db"),
    }
    searches: list[SearchFigures] = []

    def search_now(notes: int) -> None:
        searches.append(bench_search(vault, baselines[RAW_SQLITE], notes, config, progress))

    try:
        seconds = insert_batches(vault, baselines, config, progress, search_now)
        with contextlib.closing(vault.open_connection()) as vault_conn:
            connections: dict[str, SqlConnection] = {AMANAT: vault_conn, **baselines}
            identical, counts = same_rows(connections, config.notes)
            pragmas = {name: pragma_snapshot(conn) for name, conn in connections.items()}
            pragmas[AMANAT]["cipher_memory_security"] = _cipher_memory_security(vault_conn)
            pragmas[RAW_SQLCIPHER]["cipher_memory_security"] = _cipher_memory_security(baselines[RAW_SQLCIPHER])
    finally:
        for conn in baselines.values():
            conn.close()
    return InsertFigures(
        notes=config.notes, batch_size=config.batch_size, batch_seconds=seconds,
        rows_identical=identical, table_counts=counts, pragmas=pragmas,
    ), searches


def _cipher_memory_security(conn: SqlConnection) -> str:
    return str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0])


# -- 2. search ----------------------------------------------------------------


def search_as_shown(vault: Vault, query: str) -> list[str]:
    """What the search window does for a query: the hits, then the snippets of its first screen of rows."""
    hits = vault.items.find(query, limit=WINDOW_RESULTS)
    return [vault.items.readable_snippet_of(hit, query) for hit in hits[:SHOWN_SNIPPETS]]


def raw_fts_search(conn: SqlConnection, match: str) -> list[Any]:
    """The bare FTS5 lookup: rowids of the best matches, no join, no snippets."""
    return list(conn.execute(RAW_FTS_QUERY, (match, WINDOW_RESULTS)).fetchall())


def match_count(conn: Connection, match: str) -> int:
    """How many indexed notes a MATCH expression selects (untimed, for the report)."""
    return int(conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?", (match,)).fetchone()[0])


def bench_search(vault: Vault, plain: SqlConnection, notes: int, config: BenchConfig,
                 progress: Callable[[str], None]) -> SearchFigures:
    """Figure 2: `vault.items.search` against the bare FTS5 query on the same SQLCipher database and on the
    plain sqlite3 baseline (the same rows, unencrypted), query by query."""
    queries = generate_queries(config.queries + WARMUP_QUERIES, config.seed)
    warmup, measured = queries[:WARMUP_QUERIES], queries[WARMUP_QUERIES:]
    conn = vault.open_connection()
    try:
        matches = [build_match_query(q) or "" for q in queries]
        for query, match in zip(warmup, matches, strict=False):
            search_as_shown(vault, query)
            vault.items.search(query, limit=SEARCH_LIMIT)
            raw_fts_search(conn, match)
            raw_fts_search(plain, match)
        ms: dict[str, list[float]] = {AMANAT: [], RAW_SQLCIPHER: [], RAW_SQLITE: [], ALL_SNIPPETS: []}
        cpu_ms: dict[str, list[float]] = {AMANAT: [], RAW_SQLCIPHER: []}
        for index, (query, match) in enumerate(zip(measured, matches[WARMUP_QUERIES:], strict=True)):
            calls: dict[str, Callable[[], object]] = {
                AMANAT: on_cpu(cpu_ms[AMANAT], lambda q=query: search_as_shown(vault, q)),
                ALL_SNIPPETS: lambda q=query: vault.items.search(q, limit=SEARCH_LIMIT),
                RAW_SQLCIPHER: on_cpu(cpu_ms[RAW_SQLCIPHER], lambda m=match: raw_fts_search(conn, m)),
                RAW_SQLITE: lambda m=match: raw_fts_search(plain, m),
            }
            for name, seconds in interleaved_round(calls, index).items():
                ms[name].append(seconds * 1000)
        progress(f"search: {len(measured)} queries at {notes:,} notes")
        counts = [match_count(conn, m) for m in matches[WARMUP_QUERIES:]]
    finally:
        conn.close()
    return SearchFigures(notes=notes, queries=measured, amanat_ms=ms[AMANAT], raw_ms=ms[RAW_SQLCIPHER],
                         matches=counts, plain_ms=ms[RAW_SQLITE], all_snippets_ms=ms[ALL_SNIPPETS],
                         amanat_cpu_ms=cpu_ms[AMANAT], raw_cpu_ms=cpu_ms[RAW_SQLCIPHER])


# -- report -------------------------------------------------------------------


def _verdict(met: bool) -> str:
    return "met" if met else "NOT MET"


def render_machine(machine: MachineInfo) -> list[str]:
    return [
        f"Machine: {machine.cpu}, {machine.cores} cores, Python {machine.python}",
        f"         {machine.ram_gib:.0f} GiB RAM; SQLCipher {machine.sqlcipher} (SQLite {machine.sqlcipher_sqlite}), "
        f"stdlib sqlite3 SQLite {machine.stdlib_sqlite}",
    ]


def render_insert(figures: InsertFigures, checkpoints: Sequence[int] = ()) -> list[str]:
    summary = figures.summary()
    rows = [
        ("Amanat items.add_many (subject)", AMANAT, f"{figures.ratio(AMANAT, RAW_SQLCIPHER):.2f}"),
        ("raw SQLCipher executemany (baseline)", RAW_SQLCIPHER, "1.00"),
        ("raw sqlite3, no encryption (context)", RAW_SQLITE, f"{figures.ratio(RAW_SQLITE, RAW_SQLCIPHER):.2f}"),
    ]
    checkpoints = [n for n in checkpoints if n < figures.notes]
    ratio = summary["ratio_amanat_over_raw_sqlcipher"]
    lines = [
        f"1. Bulk insert: {figures.notes:,} notes, batches of {figures.batch_size:,} (one transaction each), "
        "interleaved batch by batch",
        f"   {'target':<40}{'seconds':>10}{'notes/s':>10}{'rows/s':>10}{'ratio*':>9}",
    ]
    for label, target, shown_ratio in rows:
        seconds = figures.total(target)
        notes_rate, rows_rate = figures.notes / seconds, figures.rows_written / seconds
        lines.append(f"   {label:<40}{seconds:>10.2f}{notes_rate:>10,.0f}{rows_rate:>10,.0f}{shown_ratio:>9}")
    lines += [
        f"   rows/s: all {figures.rows_written:,} rows written to items, revisions, item_tags and search_index",
        "   * median over batches of target/raw SQLCipher, each pair timed side by side",
        f"   subject/baseline = {ratio:.2f} "
        f"(target <= {INSERT_TARGET_RATIO}: {_verdict(ratio <= INSERT_TARGET_RATIO)}); "
        f"encryption cost raw SQLCipher/sqlite3 = {summary['ratio_raw_sqlcipher_over_raw_sqlite']:.2f}",
        f"   same rows in all three databases: {'yes' if figures.rows_identical else 'NO'}; "
        f"same pragmas: {'yes' if _same_pragmas(figures.pragmas) else 'NO'}",
    ]
    for notes in checkpoints:
        part = figures.upto(notes)
        lines.append(
            f"   first {part.notes:,} notes only: Amanat {part.notes_per_second(AMANAT):,.0f} notes/s, raw SQLCipher "
            f"{part.notes_per_second(RAW_SQLCIPHER):,.0f}, sqlite3 {part.notes_per_second(RAW_SQLITE):,.0f}; "
            f"ratio {part.ratio(AMANAT, RAW_SQLCIPHER):.2f}")
    return lines


def _same_pragmas(pragmas: dict[str, dict[str, str]]) -> bool:
    vault = pragmas.get(AMANAT, {})
    return all(value == vault.get(name) for snapshot in pragmas.values() for name, value in snapshot.items())


def render_search(figures: SearchFigures) -> list[str]:
    summary = figures.summary()
    amanat, raw, plain = summary["amanat_ms"], summary["raw_fts5_ms"], summary["plain_sqlite_fts5_ms"]
    every = summary["all_snippets_ms"]
    p95 = amanat["p95"]
    lines = [
        f"2. Search: {len(figures.queries)} queries of 1-2 words (prefixes, Arabic letter variants) "
        f"over {figures.notes:,} notes, interleaved query by query; the subject is the search window's: "
        f"{WINDOW_RESULTS} hits and the snippets of its first {SHOWN_SNIPPETS} rows (the raw query: "
        f"{WINDOW_RESULTS} rowids; every snippet: `amanat search`'s {SEARCH_LIMIT} hits)",
        f"   {'target':<40}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}",
        f"   {'Amanat search as shown (subject)':<40}{amanat['p50']:>10.2f}{amanat['p95']:>10.2f}"
        f"{amanat['max']:>10.2f}",
        f"   {'items.search, every hit a snippet':<40}{every['p50']:>10.2f}{every['p95']:>10.2f}{every['max']:>10.2f}",
        f"   {'raw FTS5 bm25 query (baseline)':<40}{raw['p50']:>10.2f}{raw['p95']:>10.2f}{raw['max']:>10.2f}",
        f"   {'same query, plain sqlite3 copy (context)':<40}{plain['p50']:>10.2f}{plain['p95']:>10.2f}"
        f"{plain['max']:>10.2f}",
        f"   p95 ratio over plain sqlite3 = {summary['p95_ratio_over_plain_sqlite']:.2f} (median per query "
        f"{summary['median_ratio_over_plain_sqlite']:.2f}); raw SQLCipher over plain sqlite3 p95 = "
        f"{summary['p95_ratio_raw_sqlcipher_over_plain_sqlite']:.2f}",
        f"   p95 ratio = {summary['p95_ratio']:.2f}; median per-query ratio = {summary['median_ratio']:.2f}; "
        f"Amanat p95 {p95:.2f} ms (target <= {SEARCH_TARGET_P95_MS:g} ms: {_verdict(p95 <= SEARCH_TARGET_P95_MS)})",
        f"   in CPU time: Amanat p50 {summary['amanat_cpu_ms']['p50']:.2f}, p95 {summary['amanat_cpu_ms']['p95']:.2f}"
        f" ms; raw p50 {summary['raw_fts5_cpu_ms']['p50']:.2f}, p95 {summary['raw_fts5_cpu_ms']['p95']:.2f} ms; "
        f"p95 ratio = {summary['p95_ratio_cpu']:.2f}",
        "   slowest for Amanat:",
    ]
    for row in summary["slowest"]:
        lines.append(
            f"     {row['query']!r:<28} matches {row['matches']:>7,}  Amanat {row['amanat_ms']:>8.2f} ms"
            f"  raw {row['raw_ms']:>8.2f} ms  plain {row['plain_ms'] or math.nan:>8.2f} ms"
        )
    return lines


def render_unlock(figures: UnlockFigures) -> list[str]:
    unlock_median, kdf_median = figures.unlock_median, figures.kdf_median
    unlock_max = max(figures.unlock_seconds)
    met = unlock_median <= UNLOCK_TARGET_SECONDS and figures.memory_mib >= UNLOCK_MIN_MEMORY_MIB
    return [
        f"3. Unlock: Argon2id {figures.memory_mib} MiB, {figures.passes} passes, {figures.lanes} lanes "
        f"(calibrated in {figures.calibration_seconds:.2f} s); {len(figures.unlock_seconds)} round(s), interleaved",
        f"   {'target':<40}{'median s':>10}{'max s':>10}",
        f"   {'Vault.unlock + close (subject)':<40}{unlock_median:>10.3f}{unlock_max:>10.3f}",
        f"   {'bare Argon2id derivation (baseline)':<40}{kdf_median:>10.3f}{max(figures.kdf_seconds):>10.3f}",
        f"   ratio of medians = {unlock_median / kdf_median:.2f} (median per round "
        f"{median(ratios(figures.unlock_seconds, figures.kdf_seconds)):.2f}); vault overhead over the KDF = "
        f"{(unlock_median - kdf_median) * 1000:.0f} ms; target <= {UNLOCK_TARGET_SECONDS:g} s with >= "
        f"{UNLOCK_MIN_MEMORY_MIB} MiB: {_verdict(met)}",
    ]


def render_report(config: BenchConfig, machine: MachineInfo, results: VaultResults) -> str:
    mode = "quick, figures indicative" if config.quick else "full"
    title = f"Amanat vault benchmark ({mode}: {config.notes:,} notes, seed {config.seed})"
    lines = [title, *render_machine(machine), ""]
    lines += render_insert(results.insert, [s.notes for s in results.searches])
    for search in results.searches:
        lines += ["", *render_search(search)]
    lines += ["", *render_unlock(results.unlock)]
    return "\n".join(lines)


def report_json(config: BenchConfig, machine: MachineInfo, results: VaultResults) -> dict[str, Any]:
    """The same figures as the table, with the raw samples they were computed from."""
    insert, unlock = results.insert, results.unlock
    return {
        "config": asdict(config),
        "machine": asdict(machine),
        "insert": {**insert.summary(), "table_counts": insert.table_counts, "pragmas": insert.pragmas,
                   "at_checkpoints": {str(s.notes): insert.upto(s.notes).summary() for s in results.searches},
                   "batch_seconds": insert.batch_seconds},
        "search": [{**search.summary(), "queries": search.queries, "amanat_ms": search.amanat_ms,
                    "raw_ms": search.raw_ms, "plain_ms": search.plain_ms, "matches": search.matches,
                    "all_snippets_ms": search.all_snippets_ms}
                   for search in results.searches],
        "unlock": {**asdict(unlock), "unlock_median": unlock.unlock_median, "kdf_median": unlock.kdf_median,
                   "ratio_of_medians": unlock.unlock_median / unlock.kdf_median},
    }


def profile_subject(vault: Vault, config: BenchConfig, queries: Sequence[str]) -> str:
    """cProfile summaries of Amanat's search as the window does it and of two more add_many batches (after timing)."""
    search = profile_calls(lambda q=q: search_as_shown(vault, q) for q in queries)
    extra = batched(generate_notes(2 * config.batch_size, config.seed + 2), config.batch_size)
    insert = profile_calls(lambda b=b: vault.items.add_many(b) for b in list(extra))
    return (f"Profile of Amanat's search as the window does it ({len(queries)} queries):\n{search}\n\n"
            f"Profile of Amanat items.add_many (2 more batches of {config.batch_size:,}):\n{insert}")


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# -- command line ---------------------------------------------------------------

QUICK_NOTES, FULL_NOTES = 5_000, 100_000
QUICK_BATCH_SIZE = 500
QUICK_QUERIES, FULL_QUERIES = 60, 200
QUICK_UNLOCKS, FULL_UNLOCKS = 3, 5
FULL_SEARCH_AT = (10_000, 100_000)
PARTS = ("vault", "gui", "bundle", "scale", "wipe", "import")


@dataclass(frozen=True)
class RunOptions:
    """Where results and scratch databases go."""

    output: Path
    workdir: Path | None
    keep: bool
    profile: bool
    only: str | None = None  # one of PARTS; None runs them all
    gui_output: Path = Path("bench-results/gui.json")
    bundle_output: Path = Path("bench-results/bundle.json")
    wipe_output: Path = Path("bench-results/wipe.json")
    summary_output: Path = Path("bench-results/summary.md")


def parse_config(argv: Sequence[str] | None) -> tuple[BenchConfig, RunOptions]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"a short run (under a minute): {QUICK_NOTES:,} notes, {QUICK_QUERIES} queries, "
                             f"{QUICK_UNLOCKS} unlocks, smaller payloads and vaults; figures are indicative")
    parser.add_argument("--items", type=int,
                        help=f"how many notes to insert (default {FULL_NOTES:,}, searched at 10,000 and at the "
                             f"end; quick {QUICK_NOTES:,})")
    parser.add_argument("--queries", type=int, help=f"how many search queries (default {FULL_QUERIES}; "
                                                    f"quick {QUICK_QUERIES})")
    parser.add_argument("--unlocks", type=int, help=f"how many unlock rounds (default {FULL_UNLOCKS}; "
                                                    f"quick {QUICK_UNLOCKS})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--output", type=Path, default=Path("bench-results/vault.json"))
    parser.add_argument("--workdir", type=Path, help="where the temporary databases go (default: system temp)")
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards (and print where)")
    parser.add_argument("--profile", action="store_true", help="after timing, print cProfile summaries of the subject")
    parser.add_argument("--only", choices=PARTS, help="run only one of the benchmarks")
    parser.add_argument("--gui-output", type=Path, default=Path("bench-results/gui.json"))
    parser.add_argument("--bundle-output", type=Path, default=Path("bench-results/bundle.json"))
    parser.add_argument("--wipe-output", type=Path, default=Path("bench-results/wipe.json"))
    parser.add_argument("--summary-output", type=Path, default=Path("bench-results/summary.md"))
    args = parser.parse_args(argv)
    config = BenchConfig(
        notes=max(1, args.items or (QUICK_NOTES if args.quick else FULL_NOTES)),
        queries=max(1, args.queries or (QUICK_QUERIES if args.quick else FULL_QUERIES)),
        unlock_repeats=max(1, args.unlocks or (QUICK_UNLOCKS if args.quick else FULL_UNLOCKS)),
        batch_size=QUICK_BATCH_SIZE if args.quick else BATCH_SIZE,
        seed=args.seed,
        quick=args.quick,
        search_at=() if args.quick else FULL_SEARCH_AT,
    )
    return config, RunOptions(
        output=args.output, workdir=args.workdir, keep=args.keep, profile=args.profile,
        only=args.only, gui_output=args.gui_output, bundle_output=args.bundle_output,
        wipe_output=args.wipe_output, summary_output=args.summary_output,
    )


def progress_printer(started: float) -> Callable[[str], None]:
    def report(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f} s] {message}", flush=True)
    return report


def scratch_directory(options: RunOptions) -> contextlib.AbstractContextManager[str]:
    """A temporary directory, or with --keep one that stays (the vault passphrase is in this module)."""
    if options.keep:
        return contextlib.nullcontext(tempfile.mkdtemp(prefix="amanat-bench-", dir=options.workdir))
    return tempfile.TemporaryDirectory(prefix="amanat-bench-", dir=options.workdir)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench`: every part, then one summary table (see bench.suite)."""
    from bench.suite import run_suite  # bench.suite builds on this module

    config, options = parse_config(argv)
    return run_suite(config, options)


@dataclass
class VaultResults:
    """Insert (with search at each checkpoint) and unlock figures of one run."""

    insert: InsertFigures
    searches: list[SearchFigures]
    unlock: UnlockFigures


def run_vault_bench(config: BenchConfig, options: RunOptions, machine: MachineInfo,
                    progress: Callable[[str], None], vault_dir: Path) -> VaultResults:
    """Insert, search and unlock: print the table and write options.output.

    The vault is created in `vault_dir` and left there, closed and filled, for the GUI benchmark.
    """
    vault = create_bench_vault(vault_dir)
    try:
        insert, searches = bench_insert(vault, vault_dir.parent, config, progress)
        profiles = profile_subject(vault, config, searches[-1].queries) if options.profile else ""
    finally:
        vault.close()
    progress("unlock: calibrating and timing in a child process")
    unlock = run_unlock_probe(config.unlock_repeats)
    results = VaultResults(insert, searches, unlock)
    print()
    print(render_report(config, machine, results))
    if profiles:
        print(f"\n{profiles}")
    write_json(options.output, report_json(config, machine, results))
    print(f"\nWritten to {options.output}")
    return results
