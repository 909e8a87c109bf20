"""Team secrets on the real PostgreSQL: account secrets encrypted with the team key, invite
codes that carry it once, rotation in one transaction, and the key's credentials file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop.secrets import SecretError, StoredIn
from desktop.services.team.invites import InviteError
from desktop.services.team.keys import TeamKeys
from desktop.services.team.team_key import (
    ENV_KEY,
    KEYRING_REF,
    KeySource,
    TeamKey,
    TeamKeyError,
    read_key_file,
)
from desktop.services.team.vault import TeamSecretVault, team_secret_store
from desktop.store.db import Database
from desktop.store.models import AuditEntry, TeamInvite, TeamSecret
from tests.sending.conftest import MemoryKeyring, memory_keyring  # noqa: F401

PASSWORD = "smtp-Pa55-绝密"
REF = "channel-account/abc"


@pytest.fixture
def keys(pg_db: Database, memory_keyring: MemoryKeyring) -> Iterator[TeamKeys]:  # noqa: F811
    yield TeamKeys(pg_db, team_secret_store(pg_db))


def _other_computer(db: Database, memory_keyring: MemoryKeyring) -> TeamKeys:  # noqa: F811
    """A teammate's computer: its own (empty) keyring, the same database."""
    memory_keyring.store.clear()
    return TeamKeys(db, team_secret_store(db))


def _all_ciphertexts(db: Database) -> list[bytes]:
    with db.read() as s:
        return list(s.scalars(select(TeamSecret.ciphertext)))


def test_secrets_stay_in_the_keyring_until_the_team_has_a_key(
    pg_db: Database,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    store = team_secret_store(pg_db)
    assert store.set(REF, PASSWORD) == StoredIn.KEYRING
    assert _all_ciphertexts(pg_db) == []


def test_init_moves_this_computers_secrets_in_encrypted(
    pg_db: Database,
    keys: TeamKeys,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    from tests.sending.helpers import add_account

    account = add_account(pg_db, keys.vault.keys.keyring, 2525, "club", PASSWORD)
    assert keys.init() == 1
    blobs = _all_ciphertexts(pg_db)
    assert len(blobs) == 1 and PASSWORD.encode() not in blobs[0]
    # A teammate who joins reads the password the admin typed.
    code = keys.invite().code
    teammate = _other_computer(pg_db, memory_keyring)
    with pytest.raises(TeamKeyError, match="no team key on this computer"):
        teammate.vault.get(_ref_of(pg_db, account))
    teammate.join(code, "陈可乐")
    assert teammate.vault.get(_ref_of(pg_db, account)) == PASSWORD
    assert teammate.status().problem == ""


def _ref_of(db: Database, account_id: int) -> str:
    from desktop.store.models import ChannelAccount

    with db.read() as s:
        a = s.get(ChannelAccount, account_id)
        assert a is not None and a.secret_ref
        return a.secret_ref


def test_an_invite_works_once_and_is_audited(
    pg_db: Database,
    keys: TeamKeys,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    keys.init()
    code = keys.invite().code
    teammate = _other_computer(pg_db, memory_keyring)
    teammate.join(code, "陈可乐")
    with pytest.raises(InviteError, match="already used"):
        _other_computer(pg_db, memory_keyring).join(code, "someone else")
    with pg_db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-3:] == ["team_invite_created", "team_invite_used", "team_invite_refused"]
    assert code.split("-", 1)[1] not in str(actions)


def test_an_expired_or_wrong_invite_gives_no_key(
    pg_db: Database,
    keys: TeamKeys,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    keys.init()
    expired = keys.invite(ttl=timedelta(minutes=5)).code
    with pg_db.write() as s:
        s.execute(update(TeamInvite).values(expires_at=TeamInvite.created_at))
    wrong = keys.invite().code
    invite_id, secret = wrong.split("-", 1)
    teammate = _other_computer(pg_db, memory_keyring)
    with pytest.raises(InviteError, match="expired"):
        teammate.join(expired, "陈可乐")
    with pytest.raises(InviteError, match="wrong"):
        teammate.join(f"{invite_id}-{'A' * len(secret)}", "陈可乐")
    assert KEYRING_REF not in {u for _s, u in memory_keyring.store}
    teammate.join(wrong, "陈可乐")  # a wrong try did not use the code up


def test_a_wrong_key_decrypts_nothing_and_overwrites_nothing(
    pg_db: Database,
    keys: TeamKeys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keys.init()
    store = keys.vault.keys.keyring
    team_store = team_secret_store(pg_db)
    assert team_store.set(REF, PASSWORD) == StoredIn.TEAM
    before = _all_ciphertexts(pg_db)
    monkeypatch.setenv(ENV_KEY, TeamKey.generate().text)
    intruder = team_secret_store(pg_db)
    with pytest.raises(SecretError, match=r"\$SHEQUN_TEAM_KEY is not the team's current key"):
        intruder.get(REF)
    with pytest.raises(SecretError, match="not the team's current key"):
        intruder.set(REF, "overwritten")
    with pytest.raises(SecretError, match="not the team's current key"):
        intruder.delete(REF)
    assert intruder.has(REF)  # the account list still says a password exists
    assert _all_ciphertexts(pg_db) == before
    assert store.get(KEYRING_REF) is not None


def test_rotation_re_encrypts_every_secret_or_none(
    pg_db: Database,
    keys: TeamKeys,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    keys.init()
    store = team_secret_store(pg_db)
    for i in range(5):
        store.set(f"channel-account/{i}", f"secret-{i}")
    old_invite = keys.invite().code
    before = _all_ciphertexts(pg_db)
    # One secret was tampered with: the rotation must change nothing at all.
    with pg_db.write() as s:
        row = s.get(TeamSecret, "channel-account/3")
        assert row is not None
        row.ciphertext = row.ciphertext[:-1] + bytes([row.ciphertext[-1] ^ 1])
    tampered = _all_ciphertexts(pg_db)
    with pytest.raises(TeamKeyError, match="channel-account/3"):
        keys.rotate()
    assert _all_ciphertexts(pg_db) == tampered != before
    store.set("channel-account/3", "secret-3")
    old_fingerprint = keys.status().team_fingerprint
    assert keys.rotate() == 5
    assert keys.status().team_fingerprint != old_fingerprint
    fresh = team_secret_store(pg_db)
    assert [fresh.get(f"channel-account/{i}") for i in range(5)] == [
        f"secret-{i}" for i in range(5)
    ]
    with pytest.raises(InviteError, match="expired"):
        _other_computer(pg_db, memory_keyring).join(old_invite, "陈可乐")


def test_the_credentials_file_must_be_private(
    pg_db: Database, keys: TeamKeys, tmp_path: Path
) -> None:
    keys.init()
    path = tmp_path / "creds" / "team-key"
    keys.export(path)
    assert (path.stat().st_mode & 0o777) == 0o600
    vault = TeamSecretVault(pg_db, KeySource(keys.vault.keys.keyring, path))
    assert vault.keys.get().fingerprint == keys.status().team_fingerprint
    os.chmod(path, 0o644)
    with pytest.raises(TeamKeyError, match=r"readable by other users \(mode 0644\)"):
        read_key_file(path)
    with pytest.raises(TeamKeyError, match="does not exist"):
        read_key_file(tmp_path / "missing")
