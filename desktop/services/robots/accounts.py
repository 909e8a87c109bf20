"""``RobotAccounts``: adding, testing, repairing and removing group robots.

A robot is a ``ChannelAccount`` of kind ``webhook``: its settings (platform, origin, message
kind, keyword) in the database, the URL's key and the signing secret in the keyring. Saving
refuses a malformed URL or one of another platform; "send test message" posts one message
and returns the platform's answer verbatim.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from sqlalchemy import select

from desktop.channels.base import OutgoingMessage, Sent
from desktop.channels.robots.channel import RobotChannel
from desktop.channels.robots.config import RobotConfig, RobotSecret, target_of
from desktop.domain.enums import ChannelKind
from desktop.domain.robots.kinds import KEYWORDED, MESSAGE_KINDS, SIGNED, RobotKind
from desktop.domain.robots.urls import WebhookUrlError, parse_webhook
from desktop.domain.sending.accounts import AccountStatus
from desktop.secrets import SecretStore
from desktop.services.robots.types import RobotDraft, RobotInputError, RobotRow, TestAnswer
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, Group

log = logging.getLogger(__name__)

TEST_TITLE = "社群运营台 · 测试消息"
TEST_TEXT = "这是一条测试消息：群机器人已连接。 / Test message: the group robot is connected."


def _status(value: str) -> AccountStatus:
    try:
        return AccountStatus(value)
    except ValueError:
        return AccountStatus.UNKNOWN


class RobotAccounts:
    def __init__(
        self,
        db: Database,
        secrets: SecretStore,
        *,
        extra_hosts: frozenset[str] = frozenset(),
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.secrets = secrets
        self.extra_hosts = extra_hosts  # a relay or test receiver besides the official hosts
        self._on_change = on_change

    # -- reading ------------------------------------------------------------------------

    def list(self) -> list[RobotRow]:
        with self.db.read() as s:
            accounts = list(
                s.scalars(
                    select(ChannelAccount)
                    .where(ChannelAccount.kind == ChannelKind.WEBHOOK)
                    .order_by(ChannelAccount.id)
                )
            )
            linked: dict[int, list[str]] = {}
            for gid_robot, name in s.execute(
                select(Group.robot_account_id, Group.name).where(
                    Group.robot_account_id.is_not(None), Group.archived_at.is_(None)
                )
            ):
                if gid_robot is not None:
                    linked.setdefault(gid_robot, []).append(name)
            return [self._row(a, tuple(linked.get(a.id, ()))) for a in accounts]

    def get(self, robot_id: int) -> RobotRow | None:
        return next((r for r in self.list() if r.id == robot_id), None)

    def _row(self, a: ChannelAccount, groups: tuple[str, ...] = ()) -> RobotRow:
        config = RobotConfig.from_json(a.config)
        key = self._secret(a.secret_ref).key
        address = target_of(config, RobotSecret(key)).masked() if key else config.origin
        return RobotRow(
            id=a.id,
            name=a.name,
            platform=config.platform,
            address=address,
            message=config.message,
            keyword=config.keyword,
            signed=config.signed,
            status=_status(a.status),
            problem=a.last_error,
            groups=groups,
        )

    def _secret(self, ref: str | None) -> RobotSecret:
        stored = self.secrets.get(ref) if ref else None
        return RobotSecret.loads(stored) if stored else RobotSecret("")

    # -- saving -------------------------------------------------------------------------

    def check(self, draft: RobotDraft) -> tuple[RobotConfig, RobotSecret]:
        """The config and secret a draft becomes, or ``RobotInputError`` saying why not."""
        if not draft.name.strip():
            raise RobotInputError("give the robot a name")
        stored = RobotSecret("")
        old: RobotConfig | None = None
        if draft.account_id is not None:
            with self.db.read() as s:
                a = s.get(ChannelAccount, draft.account_id)
                if a is None or a.kind != ChannelKind.WEBHOOK:
                    raise RobotInputError("this robot no longer exists")
                old = RobotConfig.from_json(a.config)
                stored = self._secret(a.secret_ref)
        if draft.url.strip():
            try:
                target = parse_webhook(draft.platform, draft.url, extra_hosts=self.extra_hosts)
            except WebhookUrlError as exc:
                raise RobotInputError(str(exc)) from exc
            origin, key = target.origin, target.key
        elif old is not None and old.platform == draft.platform and stored.key:
            origin, key = old.origin, stored.key
        else:
            raise RobotInputError("paste the robot's webhook address")
        secret = draft.signing_secret.strip() or (stored.signing_secret if old else "")
        if secret and draft.platform not in SIGNED:
            raise RobotInputError(f"{draft.platform.value} robots have no signing secret")
        if draft.keyword.strip() and draft.platform not in KEYWORDED:
            raise RobotInputError(f"{draft.platform.value} robots take no keyword")
        message = draft.message or MESSAGE_KINDS[draft.platform][0].value
        if message not in {m.value for m in MESSAGE_KINDS[draft.platform]}:
            raise RobotInputError(f"{draft.platform.value} robots cannot send {message}")
        keep_rate = old if old is not None and old.platform == draft.platform else None
        config = RobotConfig(
            platform=draft.platform,
            origin=origin,
            message=message,
            keyword=draft.keyword.strip(),
            signed=bool(secret),
            rate_per_second=keep_rate.rate_per_second if keep_rate else 0.0,
            burst=keep_rate.burst if keep_rate else 0,
        )
        return config, RobotSecret(key, secret)

    def save(self, draft: RobotDraft) -> int:
        """Create or update a robot; a saved robot is no longer broken (posts resume)."""
        config, secret = self.check(draft)
        with self.db.write() as s:
            if draft.account_id is None:
                a = ChannelAccount(kind=ChannelKind.WEBHOOK, name=draft.name.strip(), config={})
                s.add(a)
                s.flush()
            else:
                found = s.get(ChannelAccount, draft.account_id)
                assert found is not None  # checked above
                a = found
            a.name = draft.name.strip()
            a.config = config.to_json()
            a.status = AccountStatus.UNKNOWN
            a.last_error = None
            a.updated_at = utcnow()
            if a.secret_ref is None:
                a.secret_ref = f"robot/{uuid.uuid4().hex}"
            robot_id, ref = a.id, a.secret_ref
        self.secrets.set(ref, secret.dumps())
        log.info("group robot %s saved (%s)", robot_id, config.platform.value)
        self._changed()
        return robot_id

    def set_pacing(self, robot_id: int, rate_per_second: float, burst: int) -> None:
        """Pace a robot below its platform's published limit (a stricter tenant, a relay)."""
        with self.db.write() as s:
            a = s.get(ChannelAccount, robot_id)
            if a is None:
                return
            a.config = {**a.config, "rate_per_second": rate_per_second, "burst": burst}
            a.updated_at = utcnow()

    def repair(self, robot_id: int) -> None:
        """The operator fixed the robot on the platform's side: try its waiting posts again."""
        with self.db.write() as s:
            a = s.get(ChannelAccount, robot_id)
            if a is not None:
                a.status = AccountStatus.UNKNOWN
                a.last_error = None
        self._changed()

    def delete(self, robot_id: int) -> None:
        with self.db.write() as s:
            a = s.get(ChannelAccount, robot_id)
            if a is None or a.kind != ChannelKind.WEBHOOK:
                return
            ref = a.secret_ref
            s.delete(a)
        if ref:
            self.secrets.delete(ref)

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()

    # -- testing ------------------------------------------------------------------------

    async def test(self, draft: RobotDraft) -> TestAnswer:
        """Post one test message with the draft's settings (saved or not)."""
        try:
            config, secret = self.check(draft)
        except RobotInputError as exc:
            return TestAnswer(False, str(exc))
        channel = RobotChannel(config, secret)
        message = OutgoingMessage(
            delivery_id=0,
            idempotency_key=f"robot-test-{uuid.uuid4().hex}",
            recipient="",
            subject=TEST_TITLE,
            text=TEST_TEXT,
        )
        try:
            result = await channel.send(message)
        finally:
            await channel.close()
        if isinstance(result, Sent):
            return TestAnswer(True, "OK")
        return TestAnswer(False, getattr(result, "reason", str(result)))

    @staticmethod
    def platforms() -> tuple[RobotKind, ...]:
        return tuple(RobotKind)
