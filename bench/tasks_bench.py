"""The Tasks list against decoding every action plan, side by side.

    python -m bench.tasks_bench [--plans 2000] [--rounds 7]

A vault of `--plans` action plans (each with a summary of some 4,000 characters and five rows) is
made once. Then, interleaved: `TaskService.tasks()` (only each plan's rows leave SQLite) against the
obvious way, `ItemService.get` on every draft and reading its rows; and the window's filter on one
keystroke (`TaskFilterProxy`'s rule on the list already read) against reading the list again.
Figures are medians of one run and their ratio; compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import datetime
import tempfile
from dataclasses import replace
from pathlib import Path

from bench.timing import interleaved_round, median

SUMMARY = ("Send our shadow report to the CEDAW Committee with anonymised cases whose witnesses have all "
           "given consent; گزارش سایه را با پرونده‌های بی‌نام به کمیته بفرستیم. ") * 25


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.tasks_bench")
    parser.add_argument("--plans", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)

    from amanat.app.models import ActionRow, Draft
    from amanat.app.search_text import fold_for_search
    from amanat.app.tasks import TaskFilter, matches
    from amanat.app.vault import Vault
    from amanat.crypto.kdf import INSECURE_TEST_PARAMS, allow_insecure_test_kdf

    allow_insecure_test_kdf()
    today = datetime.date(2026, 12, 4)
    with tempfile.TemporaryDirectory() as directory:
        vault, _recovery = Vault.create(Path(directory) / "v", "tasks benchmark, not a secret",
                                        params=INSECURE_TEST_PARAMS)
        with vault:
            plans = [Draft(id="", template="action-plan", title=f"Plan {n}", sections=(("summary", SUMMARY),),
                           rows=tuple(ActionRow(f"Action {n}.{r}", "Farid", f"2026-12-{1 + (n + r) % 28:02}")
                                      for r in range(5)))
                     for n in range(args.plans)]
            vault.items.add_many(plans)
            vault.items.add_many([replace(p, template="swot", title="SWOT", rows=(),
                                          sections=(("strengths", SUMMARY),)) for p in plans[: args.plans // 2]])
            listed = vault.tasks.tasks()
            folded = [fold_for_search(f"{t.row.action}\n{t.row.owner}\n{t.plan_title}") for t in listed]

            def decode_all() -> int:
                count = 0
                for header in vault.items.list("draft"):
                    item = vault.items.get(header.id)
                    if isinstance(item, Draft) and item.template == "action-plan":
                        count += len(item.rows)
                return count

            def keystroke() -> int:
                wanted, text = TaskFilter(hide_done=True), fold_for_search("action 1")
                return sum(1 for t, f in zip(listed, folded, strict=True) if matches(t, wanted, today) and text in f)

            assert decode_all() == len(vault.tasks.tasks()) == 5 * args.plans
            calls = {"tasks()": vault.tasks.tasks, "decode every plan": decode_all, "filter keystroke": keystroke}
            rounds = [interleaved_round(calls, n) for n in range(args.rounds)]
    times = {name: median([r[name] for r in rounds]) for name in calls}
    for name, seconds in times.items():
        print(f"{name:>20}: {seconds * 1000:8.1f} ms")
    print(f"decode every plan / tasks(): {times['decode every plan'] / times['tasks()']:.1f}×")
    print(f"tasks() / filter keystroke: {times['tasks()'] / times['filter keystroke']:.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
