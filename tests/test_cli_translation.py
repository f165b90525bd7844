"""`amanat translation …` as a real process: make a Dari version, see what is out of date, mark it updated."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import assert_error, cli, ok, ok_json, vault_path  # noqa: F401 - vault_path is a fixture


def test_make_a_version_see_the_english_change_and_mark_it_updated(vault_path: Path) -> None:  # noqa: F811
    english = ok(cli(vault_path, "draft", "new", "--template", "concept-note", "--title", "Concept note")).strip()
    ok(cli(vault_path, "draft", "edit", english[:8], "--section", "background", stdin="Detentions in Herat."))
    made = ok(cli(vault_path, "translation", "make", english[:8], "--to", "fa", "--from", "en", "--copy",
                  "--title", "یادداشت مفهومی"))
    dari = made.split()[0]
    listed = ok_json(cli(vault_path, "translation", "list", english[:8], "--json"))
    assert [(v["language"], v["out_of_date"]) for v in listed] == [("fa", ["background"]), ("en", [])]
    ok(cli(vault_path, "translation", "mark-updated", dari, "background"))
    ok(cli(vault_path, "draft", "edit", english[:8], "--section", "background",
           stdin="Detentions in Herat and Kabul."))
    listed = ok_json(cli(vault_path, "translation", "list", dari, "--json"))
    assert [v["out_of_date"] for v in listed] == [["background"], []]
    changes = ok(cli(vault_path, "translation", "changes", dari))
    assert "== background: changed in the English version" in changes
    assert "Detentions in Herat{+ and Kabul+}." in changes
    assert_error(cli(vault_path, "translation", "make", english[:8], "--to", "fa"), 2, "already has a version")
    assert_error(cli(vault_path, "translation", "mark-updated", dari, "nowhere"), 2, "no section", "background")
