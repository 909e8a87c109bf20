"""Group robots on the team's PostgreSQL database: the robot link and the in-flight marks work
there as on SQLite (each post goes out once, paced under the robot's limit)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from desktop.secrets import SecretStore
from desktop.services.robots import RobotKind
from desktop.store.db import Database
from tests.robots.contract.base import Receiver
from tests.robots.contract.wecom import WeComRobot
from tests.robots.support import add_group, add_robot, delivery_states, schedule_posts
from tests.sending.conftest import MemoryKeyring, memory_keyring  # noqa: F401
from tests.sending.helpers import run_dispatcher


@pytest.fixture
def wecom() -> Iterator[WeComRobot]:
    r = WeComRobot(per_minute=5, window=0.5)
    r.start()
    yield r
    r.stop()


@pytest.mark.usefixtures("memory_keyring")
def test_robot_posts_on_postgresql_go_out_once_each(pg_db: Database, wecom: Receiver) -> None:
    assert isinstance(wecom, WeComRobot)
    robot = add_robot(pg_db, RobotKind.WECOM, wecom.add("pg"), rate=8, burst=1)
    group = add_group(pg_db, robot_id=robot)
    schedule_posts(pg_db, group, [(f"第 {i} 条", "团队模式") for i in range(20)])
    run_dispatcher(pg_db, SecretStore(), timeout=60)
    assert [st for st, _e, _w in delivery_states(pg_db)] == ["sent"] * 20
    titles = Counter(b["markdown"]["content"].split("\n")[0] for b in wecom.bodies())
    assert len(titles) == 20 and set(titles.values()) == {1}
    assert wecom.refusals == []  # paced under the (scaled) limit
