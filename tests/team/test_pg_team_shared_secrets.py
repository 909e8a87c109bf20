"""Secrets every kind of account keeps through the team vault, on the real PostgreSQL: a
worker that has only the team key (no keyring) uses what a teammate configured, and the
database holds none of it in clear."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from desktop.secrets import SecretStore
from desktop.services.robots import RobotAccounts, RobotDraft, RobotKind
from desktop.services.team.keys import TeamKeys
from desktop.services.team.vault import team_secret_store
from desktop.store.base import Base
from desktop.store.db import Database
from tests.robots.contract.wecom import WeComRobot
from tests.robots.support import LOCAL, add_group, delivery_states, schedule_posts
from tests.sending.conftest import MemoryKeyring, memory_keyring  # noqa: F401
from tests.sending.helpers import run_dispatcher


@pytest.fixture
def wecom() -> Iterator[WeComRobot]:
    r = WeComRobot()
    r.start()
    yield r
    r.stop()


def database_text(db: Database) -> str:
    """Every row of every table, as text: what someone with a copy of the database reads."""
    with db.read() as s:
        rows = [row for table in Base.metadata.sorted_tables for row in s.execute(select(table))]
    return "\n".join(repr(tuple(row)) for row in rows)


def worker_store(db: Database, key_file: Path) -> SecretStore:
    """A headless worker: no keyring at all, the team key from its credentials file."""
    keyring.set_keyring(fail.Keyring())  # memory_keyring puts the previous one back
    store = team_secret_store(db, key_file)
    assert not store.available
    return store


def test_robot_secrets_reach_a_worker_that_has_only_the_team_key(
    pg_db: Database,
    wecom: WeComRobot,
    memory_keyring: MemoryKeyring,  # noqa: F811
    tmp_path: Path,
) -> None:
    computer_a = team_secret_store(pg_db)
    robots_a = RobotAccounts(pg_db, computer_a, extra_hosts=LOCAL)
    keys = TeamKeys(pg_db, computer_a)

    def robot(name: str, key: str) -> int:
        url = wecom.add(key)
        return robots_a.save(RobotDraft(name=name, platform=RobotKind.WECOM, url=url))

    before = robot("早到的机器人", "key-before-init-7f3a")  # moved in by team init
    keys.init()
    after = robot("后来的机器人", "key-after-init-9c1e")  # saved straight into the vault
    for robot_id, name in ((before, "一群"), (after, "二群")):
        schedule_posts(pg_db, add_group(pg_db, name, robot_id), [(f"{name}的通知", "正文")])
    key_file = tmp_path / "team-key"
    keys.export(key_file)

    worker = worker_store(pg_db, key_file)
    run_dispatcher(pg_db, worker)

    assert [st for st, _e, _w in delivery_states(pg_db)] == ["sent", "sent"]
    assert sorted(a.key for a in wecom.arrivals) == ["key-after-init-9c1e", "key-before-init-7f3a"]
    text = database_text(pg_db)
    assert "key-before-init-7f3a" not in text and "key-after-init-9c1e" not in text
