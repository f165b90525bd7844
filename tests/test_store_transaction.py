"""app/store/connection.py `transaction`: commits, rolls back on errors, and rolls back on request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.app.store.connection import Connection, open_database, transaction
from amanat.app.store.repository import Repository
from amanat.app.store.schema import migrate
from amanat.crypto.keyfile import generate_vault_key


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[Repository]:
    key = generate_vault_key()
    conn: Connection = open_database(tmp_path / "t.db", key, create=True)
    migrate(conn)
    try:
        yield Repository(conn)
    finally:
        conn.close()
        key.wipe()


def connection_of(repository: Repository) -> Connection:
    return repository._conn  # the test speaks to the store from inside, as its own modules do


def test_a_block_commits_when_it_ends(repository: Repository) -> None:
    with transaction(connection_of(repository)) as handle:
        repository.set_meta("colour", "green")
    assert not handle.rolls_back_on_exit
    assert repository.meta("colour") == "green"
    assert not connection_of(repository).in_transaction


def test_rollback_on_exit_undoes_the_block_without_an_exception(repository: Repository) -> None:
    repository.set_meta("colour", "green")
    with transaction(connection_of(repository)) as handle:
        repository.set_meta("colour", "red")
        repository.set_meta("shape", "round")
        assert repository.meta("colour") == "red"  # the work really runs inside
        handle.rollback_on_exit()
    assert handle.rolls_back_on_exit
    assert repository.meta("colour") == "green" and repository.meta("shape") is None
    assert not connection_of(repository).in_transaction


def test_an_inner_block_rolled_back_on_request_keeps_the_outer_block(repository: Repository) -> None:
    conn = connection_of(repository)
    with transaction(conn):
        repository.set_meta("outer", "kept")
        with transaction(conn) as inner:
            repository.set_meta("inner", "undone")
            inner.rollback_on_exit()
        assert repository.meta("inner") is None
        repository.set_meta("after", "kept too")
    assert (repository.meta("outer"), repository.meta("inner"), repository.meta("after")) == ("kept", None, "kept too")


def test_an_error_still_rolls_back_and_is_raised(repository: Repository) -> None:
    with pytest.raises(KeyError), transaction(connection_of(repository)):
        repository.set_meta("colour", "blue")
        raise KeyError("boom")
    assert repository.meta("colour") is None
    assert not connection_of(repository).in_transaction
