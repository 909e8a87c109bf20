"""Team mode end to end: the app's own opening code on ``SHEQUN_DATABASE_URL``.

Two operators open the same PostgreSQL database through ``open_workspace`` and
``Services.build`` (as tests/conftest.py does for SQLite); one creates the demo workspace,
the other sees it, pages through it and empties it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.config import ENV_DATABASE_URL, Paths, resolve_paths
from desktop.services.container import Services
from desktop.services.workspace.demo import DemoSize, create_demo, remove_demo
from desktop.services.workspace.service import open_workspace
from desktop.store.migrate import head_revision
from desktop.store.models import Conversation, Group, Member, Message


@pytest.fixture
def operators(team_paths: Paths) -> Iterator[tuple[Services, Services]]:
    first = Services.build(team_paths, open_workspace(team_paths))
    second = Services.build(team_paths, open_workspace(team_paths))
    yield first, second
    first.close()
    second.close()


@pytest.mark.parametrize("scheme", ["postgresql+psycopg", "postgresql", "postgres"])
def test_workspace_opens_on_postgresql_through_the_app(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    # An operator may paste the URL without a driver, as psql and hosting panels show it.
    monkeypatch.setenv(ENV_DATABASE_URL, scheme + pg_url[pg_url.index("://") :])
    team_paths = resolve_paths(tmp_path / "data")
    opened = open_workspace(team_paths)
    try:
        assert opened.sqlite_path is None
        assert opened.db.engine.dialect.name == "postgresql"
        assert opened.db.engine.dialect.driver == "psycopg"
        assert not opened.db.is_sqlite
        assert opened.migration.after == head_revision() and opened.migration.backup is None
        assert not (team_paths.data_dir / "shequn.db").exists()  # no SQLite file on the side
    finally:
        opened.db.dispose()


def test_demo_workspace_is_shared_between_operators(
    operators: tuple[Services, Services],
) -> None:
    a, b = operators
    assert b.workspace.is_empty()
    create_demo(a.db, size=DemoSize(members=500, conversations=60))

    counts = b.workspace.counts()  # the other operator, another connection pool
    assert counts.groups == 8 and counts.members == 500
    assert counts.conversations == 60 and counts.messages > 60
    assert b.workspace.settings().is_demo
    assert len(b.groups.list(include_archived=True)) == 8

    seen: list[int] = []
    page = b.members.page(limit=200)
    while True:
        seen += [r.id for r in page.rows]
        if page.cursor is None:
            break
        page = b.members.page(cursor=page.cursor, limit=200)
    assert len(seen) == len(set(seen)) == 500  # keyset paging: every member once

    conversations = b.inbox.queue.page(limit=100)
    assert len(conversations.rows) == 60

    with b.db.read() as s:
        # Ids keep coming from the sequences after the demo's bulk inserts.
        m = Member(display_name="新成员")
        s.add(m)
        s.commit()
        assert m.id > 500
        newest = s.scalar(select(func.max(Message.sent_at)))
        assert newest is not None and newest.tzinfo is not None  # aware UTC on the way out

    remove_demo(b.db)
    with a.db.read() as s:
        for model in (Group, Member, Conversation, Message):
            assert s.scalar(select(func.count()).select_from(model)) == 0
    assert not a.workspace.settings().is_demo
