"""The workshop group at (reduced) scale: twelve real vaults in three overlapping groups converge.

bench/workshop_scenario.py runs the scenario: each member syncs through their own copy of one
exchange folder with the app's own drive sync (review, seal, import), and a courier loses, delays
and doubles bundle files between rounds; members edit English, Dari and Pashto notes, contacts and
action-plan rows, delete and restore. After the last edits one round runs without faults: then
every member of every group must hold the same content. The benchmark (bench/scale_bench.py) runs
the same scenario with 10,000 shared items and reports sizes, times and memory per round.
"""

from __future__ import annotations

from pathlib import Path

from bench.workshop_scenario import GROUPS, NAMES, ScenarioConfig, disagreements, open_scenario, run


def test_twelve_vaults_in_three_groups_converge_one_round_after_the_last_edit(tmp_path: Path) -> None:
    config = ScenarioConfig(items=36, rounds=3, edits_per_round=10, seed=2026)
    scenario = open_scenario(tmp_path, config, progress=lambda _line: None)
    try:
        rounds = run(scenario, progress=lambda _line: None)
        assert disagreements(scenario) == []
        # Every member of every group holds every item the group shares, and the edits happened.
        for group_id, (_name, indexes) in zip(scenario.group_ids, GROUPS, strict=True):
            for index in indexes:
                shared = scenario.members[index].vault.sync.groups.info(group_id).shared_items
                assert len(shared) == config.items // len(GROUPS), f"{NAMES[index]} lacks items"
        assert scenario.edits >= config.edits_per_round * config.rounds
        # The courier did lose, delay and double bundles, and members still sent bundles every round.
        assert all(count > 0 for count in scenario.faults.values()), scenario.faults
        assert all(r.bundle_bytes for r in rounds[1:-1])
    finally:
        scenario.close()
