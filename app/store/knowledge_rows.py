"""The SQL of what each member of a group is known to hold (schema 7 and 8; see amanat.app.sharing.knowledge)."""

from __future__ import annotations

from collections.abc import Iterable

from amanat.app.store.connection import transaction
from amanat.app.store.peer_rows import SyncRows

Vector = tuple[bytes, int]  # a state vector and the sequence number of the bundle it is known from


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

    def forget(self) -> None:
        """Forget what members are known to hold (the next bundles carry everything)."""
        with transaction(self._conn):
            for table in ("member_vectors", "own_vectors", "member_acks", "member_reports", "known_floors"):
                self._conn.execute(f"DELETE FROM {table}")  # noqa: S608 (a fixed table name)
