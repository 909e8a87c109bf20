"""Secrets every kind of account keeps through the team vault, on the real PostgreSQL: a
worker that has only the team key (no keyring) uses what a teammate configured, and the
database holds none of it in clear."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from desktop.cli import dispatch, parse
from desktop.config import Paths
from desktop.secrets import SecretStore
from desktop.services.member_pages import (
    KeyringLinkKeys,
    LinkRefused,
    LinkSigner,
    Purpose,
    set_public_base_url,
)
from desktop.services.robots import RobotAccounts, RobotDraft, RobotKind
from desktop.services.team.keys import TeamKeys
from desktop.services.team.vault import team_secret_store
from desktop.store.base import Base
from desktop.store.db import Database
from desktop.store.models import Member
from tests.memory_keyring import MemoryKeyring as Keyring
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


def signer(db: Database, store: SecretStore) -> LinkSigner:
    """The link signer of one process (a new one reads the workspace's key id afresh)."""
    return LinkSigner(KeyringLinkKeys(db, store))


def accepts(links: LinkSigner, token: str) -> bool:
    try:
        links.check(token, Purpose.CENTER)
    except LinkRefused:
        return False
    return True


def test_member_links_are_the_teams_and_a_rotation_reaches_everybody(
    pg_db: Database,
    team_paths: Paths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    computer_a, computer_b = Keyring(), Keyring()
    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(computer_a)
        store_a = team_secret_store(pg_db)
        keys_a = TeamKeys(pg_db, store_a)
        sent_before_init = signer(pg_db, store_a).sign(7, Purpose.CENTER)  # A's keyring key
        keys_a.init()
        code = keys_a.invite().code
        key_file = tmp_path / "team-key"
        keys_a.export(key_file)
        sent_by_a = signer(pg_db, store_a).sign(7, Purpose.CENTER)

        keyring.set_keyring(computer_b)
        store_b = team_secret_store(pg_db)
        TeamKeys(pg_db, store_b).join(code, "陈可乐")
        with pg_db.write() as s:
            member = Member(display_name="王小雨")
            s.add(member)
            s.flush()
            member_id = member.id
        set_public_base_url(pg_db, "https://club.example.org")
        data_dir = str(team_paths.data_dir)
        assert dispatch(parse(["--data-dir", data_dir, "links", str(member_id)])) == 0
        out = dict(line.split(": ", 1) for line in capsys.readouterr().out.strip().splitlines())
        printed_on_b = urlsplit(out["center"]).path.removeprefix("/m/c/")

        keyring.set_keyring(fail.Keyring())  # the worker: only the team key, from its file
        worker = signer(pg_db, team_secret_store(pg_db, key_file))
        for token in (sent_before_init, sent_by_a, printed_on_b):
            assert accepts(worker, token)
            assert accepts(signer(pg_db, store_b), token)

        keyring.set_keyring(computer_a)
        assert dispatch(parse(["--data-dir", data_dir, "links", "--rotate-key"])) == 0
        sent_after_rotation = signer(pg_db, store_a).sign(7, Purpose.CENTER)

        keyring.set_keyring(fail.Keyring())
        worker = signer(pg_db, team_secret_store(pg_db, key_file))  # reads the new key id
        keyring.set_keyring(computer_b)
        on_b = signer(pg_db, store_b)
        for links in (worker, on_b):
            assert not any(accepts(links, t) for t in (sent_before_init, sent_by_a, printed_on_b))
            assert accepts(links, sent_after_rotation)
        link_key = KeyringLinkKeys(pg_db, store_b).reveal()
    finally:
        keyring.set_keyring(previous)
    assert link_key not in database_text(pg_db)


def test_a_wecom_apps_secret_and_callback_keys_saved_before_init_reach_the_worker(
    pg_db: Database,
    memory_keyring: MemoryKeyring,  # noqa: F811
    tmp_path: Path,
) -> None:
    from desktop.channels.wecom.types import AccountSettings
    from desktop.services.wecom.accounts import WeComAccounts

    app_secret, token = "app-secret-5d1c", "cbToken7e2f"
    aes_key = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
    computer_a = team_secret_store(pg_db)
    app = WeComAccounts(pg_db, computer_a).save(
        "拾光企业微信",
        AccountSettings("ww12345678", 1000002, "http://127.0.0.1:9"),
        secret=app_secret,
        callback_token=token,
        aes_key=aes_key,
    )
    keys = TeamKeys(pg_db, computer_a)
    assert keys.init() == 3  # the app secret, the callback token and the EncodingAESKey
    key_file = tmp_path / "team-key"
    keys.export(key_file)

    on_worker = WeComAccounts(pg_db, worker_store(pg_db, key_file))
    crypto = on_worker.crypto(app)  # what checks and opens WeCom's callbacks
    assert crypto is not None and crypto.token == token
    assert on_worker.client(app).app.secret == app_secret
    text = database_text(pg_db)
    assert not any(s in text for s in (app_secret, token, aes_key))
