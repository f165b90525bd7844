"""The SQL behind the Tasks list: the rows of every live action plan, without decoding whole items.

SQLite's JSON functions pick the `rows` array out of each plan's stored content, so a plan's
sections (the bulk of its text) never reach Python; plans with no rows are skipped in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from amanat.app.store.connection import Connection, database_errors_as_amanat_errors

# A draft's content starts with its template (amanat.app.item_codec.content_of writes it first): drafts of
# other templates are passed over by a look at their first bytes, before any JSON is parsed; the
# template is then checked for real.
_PLANS = ("SELECT id, title, updated_at, rows FROM (SELECT id, title, updated_at, seq, "
          "json_extract(content, '$.template') AS template, json_extract(content, '$.rows') AS rows "
          "FROM items WHERE kind = 'draft' AND deleted_at IS NULL AND (? IS NULL OR id = ?) "
          "AND instr(substr(content, 1, 40), '\"action-plan\"') > 0) "
          "WHERE template = 'action-plan' AND json_array_length(rows) > 0 ORDER BY updated_at DESC, seq DESC")


@dataclass(frozen=True)
class PlanRowsRecord:
    """One live action plan with rows: its id, title, last change and its rows as stored (JSON)."""

    item_id: str
    title: str
    updated_at: str
    rows_json: str


class PlanRows:
    """Read-only queries for the Tasks list. One instance per connection."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def action_plans(self, item_id: str | None = None) -> list[PlanRowsRecord]:
        """Every live action plan that has rows (or just `item_id`'s), most recently changed first."""
        with database_errors_as_amanat_errors():
            found = self._conn.execute(_PLANS, (item_id, item_id)).fetchall()
        return [PlanRowsRecord(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in found]

    def sharing(self) -> list[tuple[str, str]]:
        """Every (item id, group id) pair of shared items."""
        with database_errors_as_amanat_errors():
            found = self._conn.execute("SELECT item_id, group_id FROM shared_items").fetchall()
        return [(str(r[0]), str(r[1])) for r in found]
