"""`python -m bench`: every benchmark part, then one summary table of all figures.

Runs the vault benchmark (insert and search at 10,000 and 100,000 notes, unlock),
the GUI one (start-up, Unlock, filtering) on the vault the first one filled, the
built program's start-up if `bench/frozen_start_bench.py` and `dist/amanat/amanat`
exist, the bundle one and the panic-wipe one. Each part prints its detailed
table and writes its JSON; the summary is printed last and written to
`bench-results/summary.md` (Markdown, with the machine) and `summary.json`.
"""

from __future__ import annotations

import datetime
import importlib
import json
import math
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.timing import median, ratios
from bench.vault_bench import (
    AMANAT,
    INSERT_TARGET_RATIO,
    RAW_SQLCIPHER,
    RAW_SQLITE,
    SEARCH_TARGET_P95_MS,
    SEARCH_TARGET_RATIO,
    UNLOCK_TARGET_SECONDS,
    BenchConfig,
    MachineInfo,
    RunOptions,
    machine_info,
    progress_printer,
    run_vault_bench,
    scratch_directory,
    write_json,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FROZEN_BINARY = PROJECT_ROOT / "dist" / "amanat" / "amanat"
FROZEN_MODULE = "bench.frozen_start_bench"
FROZEN_ENTRY = "bench_frozen_startup"  # (program, rounds, progress, workdir) -> FrozenStartupFigures
FROZEN_TARGET_SECONDS = 1.0
MIB = 2**20


def _search_target(notes: int, p95_ms: float, p95_ratio: float) -> tuple[str, bool]:
    """Issue 16: p95 ≤ 10 ms at every size, and ≤ 1.5× the raw FTS5 query up to 10,000 notes."""
    if notes > 10_000:
        return f"p95 ≤ {SEARCH_TARGET_P95_MS:g} ms", p95_ms <= SEARCH_TARGET_P95_MS
    return (f"p95 ≤ {SEARCH_TARGET_P95_MS:g} ms, ≤ {SEARCH_TARGET_RATIO:g}× raw",
            p95_ms <= SEARCH_TARGET_P95_MS and p95_ratio <= SEARCH_TARGET_RATIO)


@dataclass(frozen=True)
class Row:
    """One line of the summary: what, Amanat's figure, the baseline's, their ratio, the target and its verdict."""

    what: str
    amanat: str
    baseline: str
    ratio: str
    target: str = ""
    met: bool | None = None  # None: no target (context) or not measured

    @property
    def target_cell(self) -> str:
        if self.met is None:
            return self.target
        return f"{self.target} {'✔' if self.met else '✘'}"


# -- rows of each part --------------------------------------------------------------------------------------------


def _ratio(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.2f}"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def vault_rows(results: Any) -> list[Row]:
    unlock = results.unlock
    rows = [Row(
        f"unlock, Argon2id {unlock.memory_mib} MiB, {unlock.passes} passes, {unlock.lanes} lanes "
        f"(median of {len(unlock.unlock_seconds)})",
        f"{unlock.unlock_median:.3f} s", f"bare Argon2id: {unlock.kdf_median:.3f} s",
        _ratio(median(ratios(unlock.unlock_seconds, unlock.kdf_seconds))),
        f"≤ {UNLOCK_TARGET_SECONDS:g} s", unlock.unlock_median <= UNLOCK_TARGET_SECONDS,
    )]
    insert = results.insert
    for search in results.searches:
        part = insert.upto(search.notes)
        ratio = part.ratio(AMANAT, RAW_SQLCIPHER)
        rows.append(Row(
            f"bulk insert, {part.notes:,} notes, batches of {part.batch_size:,}",
            f"{part.notes_per_second(AMANAT):,.0f} notes/s",
            f"raw sqlcipher3 executemany: {part.notes_per_second(RAW_SQLCIPHER):,.0f} notes/s",
            _ratio(ratio), f"≤ {INSERT_TARGET_RATIO:g}", ratio <= INSERT_TARGET_RATIO,
        ))
        rows.append(Row(
            f"(context) insert, {part.notes:,} notes, vs plain sqlite3",
            f"{part.notes_per_second(AMANAT):,.0f} notes/s",
            f"plain sqlite3 executemany: {part.notes_per_second(RAW_SQLITE):,.0f} notes/s",
            _ratio(part.ratio(AMANAT, RAW_SQLITE)),
        ))
        s = search.summary()
        amanat, raw, plain = s["amanat_ms"], s["raw_fts5_ms"], s["plain_sqlite_fts5_ms"]
        rows.append(Row(
            f"search as the window does it, {search.notes:,} notes, {len(search.queries)} queries",
            f"p50 {amanat['p50']:.1f} ms, p95 {amanat['p95']:.1f} ms (CPU p95 {s['amanat_cpu_ms']['p95']:.1f} ms)",
            f"raw FTS5 bm25 query, SQLCipher: p50 {raw['p50']:.1f} ms, p95 {raw['p95']:.1f} ms",
            f"{_ratio(s['p95_ratio'])} (CPU {_ratio(s['p95_ratio_cpu'])})",
            *_search_target(search.notes, amanat["p95"], s["p95_ratio"]),
        ))
        every = s["all_snippets_ms"]
        rows.append(Row(
            f"(context) search, {search.notes:,} notes, a snippet for every hit",
            f"p50 {every['p50']:.1f} ms, p95 {every['p95']:.1f} ms",
            f"raw FTS5 bm25 query, SQLCipher: p95 {raw['p95']:.1f} ms",
            _ratio(every["p95"] / raw["p95"]),
        ))
        rows.append(Row(
            f"(context) search, {search.notes:,} notes, vs plain sqlite3",
            f"p95 {amanat['p95']:.1f} ms",
            f"plain sqlite3 FTS5: p50 {plain['p50']:.1f} ms, p95 {plain['p95']:.1f} ms",
            _ratio(s["p95_ratio_over_plain_sqlite"]),
        ))
    return rows


def gui_rows(results: Any) -> list[Row]:
    from bench.gui_bench import FILTER_TARGET_MS, STARTUP_TARGET_SECONDS

    start = results.startup.summary()
    unlock = results.unlock.summary()
    filtering = results.filtering.summary()
    gui, raw = filtering["gui_ms"], filtering["raw_search_ms"]
    return [
        Row(f"start → unlock screen, from source (median of {len(results.startup.amanat_wall)})",
            f"{start['amanat_wall_median']:.3f} s", f"bare PySide6 window: {start['bare_wall_median']:.3f} s",
            _ratio(start["median_round_ratio"]), f"≤ {STARTUP_TARGET_SECONDS:g} s",
            start["amanat_wall_median"] <= STARTUP_TARGET_SECONDS),
        Row(f"Unlock → workspace painted, {results.unlock.notes:,} notes (median of "
            f"{len(results.unlock.window_seconds)})",
            f"{unlock['window_median']:.3f} s", f"bare Argon2id: {unlock['kdf_median']:.3f} s",
            _ratio(unlock["median_round_ratio"]), f"≤ {UNLOCK_TARGET_SECONDS:g} s",
            unlock["window_median"] <= UNLOCK_TARGET_SECONDS),
        Row(f"list filtering, {results.filtering.notes:,} notes, {filtering['keystrokes_measured']} keystrokes",
            f"p50 {gui['p50']:.1f} ms, p95 {gui['p95']:.1f} ms (CPU p95 {filtering['gui_cpu_ms']['p95']:.1f} ms)",
            f"items.search, no GUI: p50 {raw['p50']:.1f} ms, p95 {raw['p95']:.1f} ms (CPU p95 "
            f"{filtering['raw_search_cpu_ms']['p95']:.1f} ms)",
            _ratio(filtering["p95_ratio"]), f"p95 ≤ {FILTER_TARGET_MS:g} ms", gui["p95"] <= FILTER_TARGET_MS),
    ]


FROZEN_ROUNDS_QUICK, FROZEN_ROUNDS_FULL = 3, 7


def frozen_rows(config: BenchConfig, options: RunOptions, progress: Callable[[str], None]) -> tuple[list[Row], Any]:
    """Start-up of the built program, through bench.frozen_start_bench when it and the build exist."""
    what = "start → unlock screen, built program"
    target = f"≤ {FROZEN_TARGET_SECONDS:g} s"

    def skipped(reason: str) -> tuple[list[Row], Any]:
        progress(f"frozen start-up skipped: {reason}")
        return [Row(what, "not measured", reason, "–", target)], {"skipped": reason}

    try:
        module = importlib.import_module(FROZEN_MODULE)
    except ModuleNotFoundError as error:
        if error.name != FROZEN_MODULE:
            raise
        return skipped(f"no {FROZEN_MODULE.replace('.', '/')}.py")
    entry = getattr(module, FROZEN_ENTRY, None)
    if entry is None:
        return skipped(f"{FROZEN_MODULE} has no {FROZEN_ENTRY}()")
    if not FROZEN_BINARY.exists():
        return skipped("no build at dist/amanat/amanat (scripts/build.sh)")
    rounds = FROZEN_ROUNDS_QUICK if config.quick else FROZEN_ROUNDS_FULL
    figures = entry(FROZEN_BINARY, rounds, progress, options.workdir)
    for line in module.render(figures):
        print(line)
    s = figures.summary()
    shown = s["shown_median"]
    rows = [
        Row(f"{what} (median of {rounds})", f"{shown['frozen']:.3f} s",
            f"bare PySide6 window: {shown['bare']:.3f} s", _ratio(s["median_round_ratio_frozen_vs_bare"]),
            target, shown["frozen"] <= FROZEN_TARGET_SECONDS),
        Row("(context) built program vs the same probe from source", f"{shown['frozen']:.3f} s",
            f"`python -m amanat.app self-test --startup-probe`: {shown['source']:.3f} s",
            _ratio(s["median_round_ratio_frozen_vs_source"])),
    ]
    return rows, {**asdict(figures), "summary": s}


BUNDLE_TARGET_BYTES = 4 * 1024  # issue 16: one paragraph edited, 10,000 shared items, before padding
BUNDLE_TARGET_IMPORT_SECONDS = 0.100
SEAL_TARGET_RATIO_AGE = 1.0
STREAMED_SEAL_TARGET_MULTIPLE = 0.1  # flat memory: the streamed seal holds chunks, not a copy of the payload


def bundle_rows(results: Any) -> list[Row]:
    from bench.bundle_bench import AGE_CLI, OURS, RAW, SEAL

    rows: list[Row] = []
    largest = max(f.payload_bytes for f in results.throughput)
    for item in (f for f in results.throughput if f.payload_bytes == largest):
        verb = "seal_bundle" if item.operation == SEAL else "open_bundle"
        size = f"{item.payload_bytes // MIB} MiB"
        ours = f"{_ms(median(item.seconds[OURS]))} ({item.mb_per_second(OURS):,.0f} MB/s)"
        rows.append(Row(f"{verb}, {size}, 3 recipients (median of {results.rounds})", ours,
                        f"raw ChaCha20-Poly1305: {_ms(median(item.seconds[RAW]))} "
                        f"({item.mb_per_second(RAW):,.0f} MB/s)", _ratio(item.ratio(OURS, RAW))))
        target, met = ("≤ 1.0", item.ratio(OURS, AGE_CLI) <= SEAL_TARGET_RATIO_AGE) if item.operation == SEAL \
            else ("", None)
        if AGE_CLI in item.seconds:
            flag = "-e" if item.operation == SEAL else "-d"
            rows.append(Row(f"{verb}, {size}, against the age tool", ours,
                            f"`age {flag}` ({results.age_version}): {_ms(median(item.seconds[AGE_CLI]))}",
                            _ratio(item.ratio(OURS, AGE_CLI)), target, met))
        else:
            rows.append(Row(f"{verb}, {size}, against the age tool", ours, "age not installed: skipped", "–"))
    rows += _bundle_memory_rows(results.memory)
    rows += _incremental_rows(results.incremental)
    return rows


def _bundle_memory_rows(memory: Any) -> list[Row]:
    from bench.bundle_bench import OPEN, OURS, RAW, SEAL, SEAL_TO_FILE

    rows = []
    for operation in (SEAL, OPEN):
        ours, raw = memory.tracemalloc_peak[f"{OURS}_{operation}"], memory.tracemalloc_peak[f"{RAW}_{operation}"]
        rows.append(Row(
            f"peak memory, {'seal' if operation == SEAL else 'open'} {memory.payload_bytes // MIB} MiB",
            f"{memory.multiple(ours):.1f}× payload (RSS {memory.multiple(memory.resident_growth[operation]):.1f}×)",
            f"raw ChaCha20-Poly1305: {memory.multiple(raw):.1f}× payload", _ratio(ours / raw)))
    streamed = memory.multiple(memory.resident_growth[SEAL_TO_FILE])
    rows.append(Row(f"peak memory, seal {memory.payload_bytes // MIB} MiB streamed to a file (RSS growth)",
                    f"{streamed:.2f}× payload",
                    f"sealed into memory: {memory.multiple(memory.resident_growth[SEAL]):.2f}×",
                    _ratio(memory.resident_growth[SEAL_TO_FILE] / max(1, memory.resident_growth[SEAL])),
                    f"≤ {STREAMED_SEAL_TARGET_MULTIPLE:g}× payload (flat)", streamed <= STREAMED_SEAL_TARGET_MULTIPLE))
    return rows


def _incremental_rows(inc: Any) -> list[Row]:
    from bench.bundle_bench import INCREMENTAL, RESYNC

    s = inc.summary()
    size = median(inc.envelope_bytes[INCREMENTAL])
    imported = median(inc.import_seconds[INCREMENTAL])
    answer = max(inc.first_answer_envelope_bytes)
    return [
        Row(f"bundle, 1 paragraph edited, {inc.notes:,} shared notes (before padding; file "
            f"{median(inc.bytes[INCREMENTAL]) / 1024:,.1f} KiB)", f"{size / 1024:,.2f} KiB",
            f"--full resync, same round: {median(inc.envelope_bytes[RESYNC]) / 1024:,.1f} KiB",
            _ratio(median(ratios(inc.envelope_bytes[INCREMENTAL], inc.envelope_bytes[RESYNC]))),
            "≤ 4 KiB", size <= BUNDLE_TARGET_BYTES),
        Row(f"import of that bundle (median of {len(inc.import_seconds[INCREMENTAL])})", _ms(imported),
            f"--full resync, same round: {_ms(median(inc.import_seconds[RESYNC]))}",
            _ratio(s["import_ratio_incremental_over_resync"]), "≤ 100 ms", imported <= BUNDLE_TARGET_IMPORT_SECONDS),
        Row(f"members' first answers after the full bundle (largest of {len(inc.first_answer_envelope_bytes)}, "
            "before padding)", f"{answer / 1024:,.2f} KiB", f"the full bundle: {inc.first_bytes / 1024:,.1f} KiB",
            _ratio(answer / inc.first_bytes), "≤ 4 KiB", answer <= BUNDLE_TARGET_BYTES),
    ]


def wipe_rows(results: Any) -> list[Row]:
    from bench.wipe_bench import MB, WIPE_TARGET_SECONDS

    rows: list[Row] = []
    for item in results.sizes:
        s = item.summary()
        size = f"{item.database_bytes / MB:,.0f} MB"
        rows.append(Row(f"panic wipe, {size}: keys destroyed (median of {len(item.wipe_seconds)})",
                        _ms(s["keys_median"]), f"shutil.rmtree of a copy: {_ms(s['rmtree_median'])}",
                        _ratio(s["ratio_keys_over_rmtree"]), f"≤ {WIPE_TARGET_SECONDS:g} s",
                        s["keys_median"] <= WIPE_TARGET_SECONDS))
        rows.append(Row(f"panic wipe, {size}: total, files deleted",
                        _ms(s["wipe_median"]), f"shutil.rmtree of a copy: {_ms(s['rmtree_median'])}",
                        _ratio(s["ratio_wipe_over_rmtree"]), f"≤ {WIPE_TARGET_SECONDS:g} s",
                        s["wipe_median"] <= WIPE_TARGET_SECONDS))
    return rows


# -- the table ------------------------------------------------------------------------------------------------------

HEADERS = ("what", "Amanat", "baseline (side by side)", "ratio", "target")


def import_rows(config: BenchConfig, options: RunOptions, progress: Callable[[str], None]) -> list[Row]:
    """Issue 18: a folder of Markdown notes imported at ≥ 1,000 notes/s, and Word documents, against the bulk
    insert of the same notes."""
    from bench.import_bench import IMPORT_TARGET_NOTES_PER_SECOND, run_import_bench

    figures = run_import_bench(config.quick, config.seed, options.workdir, progress)
    bulk_rate = figures.notes / median(figures.bulk_seconds)
    return [Row(f"import a Markdown folder, {figures.notes:,} notes (median of {len(figures.import_seconds)})",
                f"{figures.notes_per_second:,.0f} notes/s", f"bulk insert of the same notes: {bulk_rate:,.0f} notes/s",
                _ratio(figures.ratio), f"≥ {IMPORT_TARGET_NOTES_PER_SECOND:,} notes/s",
                figures.notes_per_second >= IMPORT_TARGET_NOTES_PER_SECOND), _docx_row(config, options, progress)]


def _docx_row(config: BenchConfig, options: RunOptions, progress: Callable[[str], None]) -> Row:
    """Word documents imported one by one (checked, read by python-docx, stored), against the bulk insert."""
    from bench.docx_bench import run_docx_bench

    figures = run_docx_bench(config.quick, config.seed, options.workdir, progress)
    return Row(f"import Word documents, {figures.documents:,} of ~{figures.paragraphs} blocks, one by one "
               f"(median of {len(figures.import_seconds)})", f"{figures.documents_per_second:,.1f} documents/s",
               f"bulk insert of the same notes: {figures.documents / median(figures.bulk_seconds):,.0f} notes/s",
               _ratio(figures.ratio))


def _cells(row: Row) -> tuple[str, ...]:
    return row.what, row.amanat, row.baseline, row.ratio, row.target_cell


def machine_line(machine: MachineInfo, when: datetime.datetime) -> str:
    return (f"{machine.cpu}, {machine.cores} cores, {machine.ram_gib:.0f} GiB RAM, Python {machine.python}, "
            f"SQLCipher {machine.sqlcipher} (SQLite {machine.sqlcipher_sqlite}), stdlib sqlite3 "
            f"{machine.stdlib_sqlite}; {when:%Y-%m-%d %H:%M} UTC")


def title(config: BenchConfig) -> str:
    if config.quick:
        return ("Summary (QUICK run: smaller sizes and fewer rounds, figures are indicative only; "
                "run `python -m bench` for the real figures)")
    return "Summary (full run)"


def render_text(config: BenchConfig, machine: MachineInfo, rows: list[Row], when: datetime.datetime,
                wall_seconds: float) -> str:
    cells = [HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADERS))]

    def line(values: tuple[str, ...]) -> str:
        return "  ".join(v.ljust(w) if i != 3 else v.rjust(w) for i, (v, w) in enumerate(zip(values, widths,
                                                                                              strict=True)))
    out = [title(config), f"Machine: {machine_line(machine, when)}", "", line(HEADERS),
           "  ".join("-" * w for w in widths)]
    out += [line(c) for c in cells[1:]]
    out += ["", "ratio: Amanat / baseline, medians of pairs timed side by side in this run (>1: Amanat slower);",
            "search and filtering compare p95s; insert, unlock and start-up the median per-round ratio.",
            f"Whole run: {wall_seconds:.1f} s"]
    return "\n".join(out)


def render_markdown(config: BenchConfig, machine: MachineInfo, rows: list[Row], when: datetime.datetime,
                    wall_seconds: float) -> str:
    def md(value: str) -> str:
        return value.replace("|", "\\|")

    command = "python -m bench --quick" if config.quick else "python -m bench"
    out = [f"### {title(config)}", "",
           f"Measured with `{command}` on {machine_line(machine, when)}; whole run {wall_seconds:.0f} s. "
           "Every ratio is Amanat over a baseline measured side by side in the same run (medians; >1: Amanat "
           "slower).", "",
           "| " + " | ".join(HEADERS) + " |", "| " + " | ".join("---" for _ in HEADERS) + " |"]
    out += ["| " + " | ".join(md(c) for c in _cells(row)) + " |" for row in rows]
    return "\n".join(out) + "\n"


# -- run -----------------------------------------------------------------------------------------------------------


def run_suite(config: BenchConfig, options: RunOptions) -> int:
    """Run the parts `options.only` asks for (all by default), then print and write the summary."""
    started = time.perf_counter()
    when = datetime.datetime.now(datetime.UTC)
    progress = progress_printer(started)
    machine = machine_info()
    wanted = (options.only,) if options.only else ("vault", "gui", "bundle", "scale", "wipe", "import")
    rows: list[Row] = []
    extra: dict[str, Any] = {}
    with scratch_directory(options) as scratch:
        filled_vault: Path | None = None
        if "vault" in wanted:
            vault = run_vault_bench(config, options, machine, progress, Path(scratch) / "vault")
            filled_vault = Path(scratch) / "vault"
            rows += vault_rows(vault)
        if "gui" in wanted:
            from bench.gui_bench import run_gui_bench

            print()
            rows += gui_rows(run_gui_bench(config, options, machine, progress, filled_vault))
            frozen, extra["frozen_start"] = frozen_rows(config, options, progress)
            rows += frozen
        if options.keep:
            progress(f"databases kept in {scratch}")
    if "bundle" in wanted:
        from bench.bundle_bench import run_bundle_bench

        print()
        rows += bundle_rows(run_bundle_bench(config, options, machine, progress))
    if "scale" in wanted:
        from bench.scale_bench import run_scale_bench, summary_rows

        print()
        rows += summary_rows(run_scale_bench(config, options, machine, progress))
    if "wipe" in wanted:
        from bench.wipe_bench import run_wipe_bench

        print()
        rows += wipe_rows(run_wipe_bench(config, options, machine, progress))
    if "import" in wanted:
        rows += import_rows(config, options, progress)
    wall = time.perf_counter() - started
    print()
    print(render_text(config, machine, rows, when, wall))
    if options.only is None:
        options.summary_output.parent.mkdir(parents=True, exist_ok=True)
        options.summary_output.write_text(render_markdown(config, machine, rows, when, wall), encoding="utf-8")
        write_json(options.summary_output.with_suffix(".json"), {
            "config": asdict(config), "machine": asdict(machine), "date": when.isoformat(),
            "wall_seconds": wall, "rows": [{**asdict(r), "target_cell": r.target_cell} for r in rows],
            "frozen_start": _json_safe(extra.get("frozen_start")),
        })
        print(f"Written to {options.summary_output} and {options.summary_output.with_suffix('.json')}")
    print(f"Total run time: {wall:.1f} s")
    return 0


def _json_safe(value: Any) -> Any:
    """The frozen module's figures as JSON, whatever they are (dataclass, dict or object)."""
    if hasattr(value, "__dataclass_fields__"):
        value = asdict(value)
    return json.loads(json.dumps(value, default=str))
