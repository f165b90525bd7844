"""The SQL of what each member of a group is known to hold (schema 7 to 9; see amanat.app.sharing.knowledge
and amanat.app.sharing.vouched_bundles)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from amanat.app.store.connection import transaction
from amanat.app.store.peer_rows import SyncRows

Vector = tuple[bytes, int]  # a state vector and the sequence number of the bundle it is known from
Announcement = tuple[str, int, str, bytes]  # (member, their bundle's seq, its payload's SHA-256 hex, a vector)


class KnowledgeRows(SyncRows):
    """member_vectors, own_vectors, member_acks, member_reports and known_floors. One instance per connection."""

    def member_vectors(self, group_id: str, item_id: str) -> dict[str, Vector]:
        """Per member (fingerprint hex), the state vector of an item they told us, and from which bundle."""
        rows = self._all("SELECT member, state_vector, seq FROM member_vectors WHERE group_id = ? AND item_id = ?",
                         (group_id, item_id))
        return {str(r[0]): (bytes(r[1]), int(r[2])) for r in rows}

    def member_vector(self, group_id: str, member: str, item_id: str) -> Vector | None:
        """What one member told us of one item, or None."""
        row = self._one("SELECT state_vector, seq FROM member_vectors WHERE group_id = ? AND member = ? "
                        "AND item_id = ?", (group_id, member, item_id))
        return None if row is None else (bytes(row[0]), int(row[1]))

    def vectors_of(self, group_id: str, member: str) -> dict[str, Vector]:
        """Per item, what one member told us of it."""
        rows = self._all("SELECT item_id, state_vector, seq FROM member_vectors WHERE group_id = ? AND member = ?",
                         (group_id, member))
        return {str(r[0]): (bytes(r[1]), int(r[2])) for r in rows}

    def set_member_vectors(self, group_id: str, member: str, vectors: Iterable[tuple[str, bytes, int]]) -> None:
        """Store (item id, state vector, seq) rows a member told us (already merged with what was known)."""
        with transaction(self._conn):
            self._conn.executemany(
                "INSERT INTO member_vectors (group_id, member, item_id, state_vector, seq) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (group_id, item_id, member) DO UPDATE SET state_vector = excluded.state_vector, "
                "seq = excluded.seq", [(group_id, member, item, vector, seq) for item, vector, seq in vectors])

    def own_vectors(self, group_id: str) -> dict[str, Vector]:
        """Per shared item, the state vector this vault last announced in the group and from which bundle."""
        rows = self._all("SELECT item_id, state_vector, seq FROM own_vectors WHERE group_id = ?", (group_id,))
        return {str(r[0]): (bytes(r[1]), int(r[2])) for r in rows}

    def set_own_vectors(self, group_id: str, vectors: Iterable[tuple[str, bytes, int]]) -> None:
        """Store (item id, state vector, seq) rows of this vault's own announcements."""
        with transaction(self._conn):
            self._conn.executemany(
                "INSERT INTO own_vectors (group_id, item_id, state_vector, seq) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (group_id, item_id) DO UPDATE SET state_vector = excluded.state_vector, "
                "seq = excluded.seq", [(group_id, item, vector, seq) for item, vector, seq in vectors])

    def floors(self, group_id: str) -> dict[str, tuple[bytes, str]]:
        """Per shared item, a vector every recipient is known to hold, with the digest of those recipients."""
        rows = self._all("SELECT item_id, state_vector, recipients FROM known_floors WHERE group_id = ?", (group_id,))
        return {str(r[0]): (bytes(r[1]), str(r[2])) for r in rows}

    def set_floors(self, group_id: str, floors: Iterable[tuple[str, bytes, str]]) -> None:
        """Store (item id, state vector, recipients' digest) rows: what every recipient is known to hold."""
        with transaction(self._conn):
            self._conn.executemany(
                "INSERT INTO known_floors (group_id, item_id, state_vector, recipients) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (group_id, item_id) DO UPDATE SET state_vector = excluded.state_vector, "
                "recipients = excluded.recipients", [(group_id, item, vector, who) for item, vector, who in floors])

    def acks(self, group_id: str) -> dict[tuple[str, str], int]:
        """(member, about) -> the highest seq of `about` that `member` said it applied in the group."""
        rows = self._all("SELECT member, about, seq FROM member_acks WHERE group_id = ?", (group_id,))
        return {(str(r[0]), str(r[1])): int(r[2]) for r in rows}

    def reports(self, group_id: str) -> dict[str, tuple[int, int]]:
        """Per member heard from: (seq of their newest bundle, their group log's length then)."""
        rows = self._all("SELECT member, seq, log_length FROM member_reports WHERE group_id = ?", (group_id,))
        return {str(r[0]): (int(r[1]), int(r[2])) for r in rows}

    def save_report(self, group_id: str, member: str, seq: int, log_length: int, acks: dict[str, int]) -> None:
        """A member's newest bundle: what it says it applied, replacing what an older one said."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO member_reports (group_id, member, seq, log_length) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (group_id, member) DO UPDATE SET seq = excluded.seq, log_length = excluded.log_length",
                (group_id, member, seq, log_length))
            self._conn.execute("DELETE FROM member_acks WHERE group_id = ? AND member = ?", (group_id, member))
            self._conn.executemany("INSERT INTO member_acks (group_id, member, about, seq) VALUES (?, ?, ?, ?)",
                                   [(group_id, member, about, n) for about, n in acks.items()])

    def applied(self, group_id: str) -> dict[str, int]:
        """Per sender, the highest sequence number of theirs this vault applied in the group (bundles that
        left items out for this vault on trust do not count: they did not bring everything)."""
        rows = self._all("SELECT peer, MAX(seq) FROM bundle_log WHERE direction = 'received' AND group_id = ? "
                         "AND trusted_me = 0 GROUP BY peer", (group_id,))
        return {str(r[0]): int(r[1]) for r in rows}

    def bundle_recipients(self, group_id: str, sender: str, seq: int) -> frozenset[str]:
        """Whom a full bundle this vault applied was sealed for (empty for other bundles)."""
        row = self._one("SELECT recipients FROM bundle_log WHERE direction = 'received' AND group_id = ? "
                        "AND peer = ? AND seq = ?", (group_id, sender, seq))
        return frozenset(str(row[0]).split()) if row else frozenset()

    def keep_announced(self, group_id: str, member: str, seq: int, payload: str, checked: bool,
                       states: Mapping[str, bytes], kept: int) -> None:
        """Keep the vectors a member announced in one bundle, then only that member's newest `kept` such bundles."""
        with transaction(self._conn):
            self._conn.execute("INSERT OR REPLACE INTO announced_bundles (group_id, member, seq, payload, checked) "
                               "VALUES (?, ?, ?, ?, ?)", (group_id, member, seq, payload, int(checked)))
            self._conn.executemany(
                "INSERT OR REPLACE INTO announced_states (item_id, group_id, member, seq, state_vector) "
                "VALUES (?, ?, ?, ?, ?)", [(item, group_id, member, seq, vector) for item, vector in states.items()])
            old = [(group_id, member, int(r[0])) for r in self._conn.execute(
                "SELECT seq FROM announced_bundles WHERE group_id = ? AND member = ? ORDER BY seq DESC LIMIT -1 "
                "OFFSET ?", (group_id, member, kept)).fetchall()]
            for table in ("announced_bundles", "announced_states"):
                self._conn.executemany(f"DELETE FROM {table} WHERE group_id = ? AND member = ? AND seq = ?",  # noqa: S608
                                       old)
            self._conn.executemany("DELETE FROM taken_holds WHERE group_id = ? AND about = ? AND seq = ?", old)

    def announced_in(self, group_id: str, member: str, seq: int, payload: str) -> dict[str, bytes] | None:
        """The vectors a member announced in its bundle `seq` with this payload hash, if kept here and checked
        here (step 36): a copy not checked may hold vectors this vault lacks, which a sender that never saw them
        (its copy left the item out) brings no part of (amanat.app.sharing.vouched_bundles)."""
        row = self._one("SELECT 1 FROM announced_bundles WHERE group_id = ? AND member = ? AND seq = ? "
                        "AND payload = ? AND checked = 1", (group_id, member, seq, payload))
        if row is None:
            return None
        rows = self._all("SELECT item_id, state_vector FROM announced_states WHERE group_id = ? AND member = ? "
                         "AND seq = ?", (group_id, member, seq))
        return {str(r[0]): bytes(r[1]) for r in rows}

    def checked_announcements(self, group_id: str, item_id: str) -> list[Announcement]:
        """The kept vectors of an item announced in bundles this vault checked (step 36), newest bundle first."""
        rows = self._all("SELECT s.member, s.seq, b.payload, s.state_vector FROM announced_states s "
                         "JOIN announced_bundles b USING (group_id, member, seq) WHERE s.item_id = ? "
                         "AND s.group_id = ? AND b.checked = 1 ORDER BY s.seq DESC", (item_id, group_id))
        return [(str(r[0]), int(r[1]), str(r[2]), bytes(r[3])) for r in rows]

    def taken_holds(self, group_id: str, member: str) -> set[tuple[str, int]]:
        """The (about, seq) of the bundles a member said it holds that this vault took into account."""
        rows = self._all("SELECT about, seq FROM taken_holds WHERE group_id = ? AND member = ?", (group_id, member))
        return {(str(r[0]), int(r[1])) for r in rows}

    def take_holds(self, group_id: str, member: str, holds: Iterable[tuple[str, int]]) -> None:
        """Remember that what a member said it holds was taken into account."""
        with transaction(self._conn):
            self._conn.executemany("INSERT OR IGNORE INTO taken_holds (group_id, member, about, seq) VALUES "
                                   "(?, ?, ?, ?)", [(group_id, member, about, seq) for about, seq in holds])

    def forget(self) -> None:
        """Forget what members are known to hold (the next bundles carry everything)."""
        with transaction(self._conn):
            for table in ("member_vectors", "own_vectors", "member_acks", "member_reports", "known_floors",
                          "announced_bundles", "announced_states", "taken_holds"):
                self._conn.execute(f"DELETE FROM {table}")  # noqa: S608 (a fixed table name)
