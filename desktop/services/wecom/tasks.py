"""群发 tasks after creation: who confirmed and when, reminders, cancelling.

A post to a WeCom group leaves the outbox as ``awaiting`` with the task's msgid. The
follow-up asks ``get_groupmsg_send_result`` (https://developer.work.weixin.qq.com/document/path/93338)
per task and owner: 已发送 → the row is sent, with the owner and the time; not sent
because the group could not receive → failed with the reason. ``remind`` allows 3 per task
in 24 h (W/97610) and says when the next one is possible; ``cancel`` (W/97611) stops what
the owner has not sent.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update

from desktop.channels.wecom import api
from desktop.channels.wecom.errors import WeComError
from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.services.wecom.accounts import WeComAccounts
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import Delivery, Group, WeComChat, WeComTaskRemind

REMINDS_PER_DAY = 3
NOT_SENT = {2: "the customer is no longer a friend", 3: "the group already got another 群发"}


class WeComTaskProblem(ValueError):
    pass


@dataclass(frozen=True)
class TaskRow:
    msgid: str
    account_id: int
    owner: str
    groups: int
    confirmed: int
    due_at: datetime
    preview: str
    reminds_left: int


class WeComTasks:
    def __init__(self, db: Database, accounts: WeComAccounts) -> None:
        self.db = db
        self.accounts = accounts

    def awaiting(self, account_id: int | None = None) -> list[TaskRow]:
        """Tasks with groups still waiting for their owner, newest first."""
        since = utcnow() - timedelta(hours=24)
        with self.db.read() as s:
            q = (
                select(
                    Delivery.external_id,
                    Delivery.channel_account_id,
                    func.max(WeComChat.owner),
                    func.count(),
                    func.min(Delivery.due_at),
                    func.max(Delivery.body),
                )
                .join(Group, Group.id == Delivery.group_id)
                .outerjoin(
                    WeComChat,
                    (WeComChat.chat_id == Group.external_id)
                    & (WeComChat.account_id == Group.channel_account_id),
                )
                .where(
                    Delivery.channel == ChannelKind.WECOM,
                    Delivery.status == DeliveryStatus.AWAITING,
                    Delivery.external_id.is_not(None),
                )
                .group_by(Delivery.external_id, Delivery.channel_account_id)
            )
            if account_id is not None:
                q = q.where(Delivery.channel_account_id == account_id)
            reminds = dict(
                s.execute(
                    select(WeComTaskRemind.msgid, func.count())
                    .where(WeComTaskRemind.at >= since)
                    .group_by(WeComTaskRemind.msgid)
                ).all()
            )
            rows = [
                TaskRow(
                    msgid=str(msgid),
                    account_id=int(acc or 0),
                    owner=owner or "",
                    groups=int(n),
                    confirmed=0,
                    due_at=due,
                    preview=(body or "").strip().splitlines()[0][:80] if body else "",
                    reminds_left=max(0, REMINDS_PER_DAY - int(reminds.get(str(msgid), 0))),
                )
                for msgid, acc, owner, n, due, body in s.execute(q).all()
            ]
        return sorted(rows, key=lambda r: r.due_at, reverse=True)

    def _targets(self, account_id: int) -> dict[str, tuple[str, dict[str, int]]]:
        """msgid → (owner, chat_id → delivery id) of the awaiting rows."""
        out: dict[str, tuple[str, dict[str, int]]] = {}
        with self.db.read() as s:
            for did, msgid, chat_id, owner in s.execute(
                select(Delivery.id, Delivery.external_id, Group.external_id, WeComChat.owner)
                .join(Group, Group.id == Delivery.group_id)
                .join(
                    WeComChat,
                    (WeComChat.chat_id == Group.external_id)
                    & (WeComChat.account_id == Group.channel_account_id),
                )
                .where(
                    Delivery.channel == ChannelKind.WECOM,
                    Delivery.status == DeliveryStatus.AWAITING,
                    Delivery.channel_account_id == account_id,
                )
            ):
                entry = out.setdefault(str(msgid), (owner, {}))
                entry[1][str(chat_id)] = did
        return out

    async def follow_up(self, account_id: int) -> int:
        """Ask WeCom about every awaiting task; returns rows that changed."""
        targets = await asyncio.to_thread(self._targets, account_id)
        if not targets:
            return 0
        changes: dict[int, tuple[DeliveryStatus, datetime | None, str]] = {}
        client = await asyncio.to_thread(self.accounts.client, account_id)
        async with client:
            for msgid, (owner, chats) in targets.items():
                for r in await api.get_group_msg_send_result(client, msgid, owner):
                    did = chats.get(r.chat_id)
                    if did is None:
                        continue
                    if r.status == 1:
                        when = datetime.fromtimestamp(r.send_time, UTC) if r.send_time else None
                        stamp = f" at {when:%Y-%m-%d %H:%M}Z" if when else ""
                        changes[did] = (DeliveryStatus.SENT, when, f"confirmed by {owner}{stamp}")
                    elif r.status in NOT_SENT:
                        changes[did] = (
                            DeliveryStatus.FAILED,
                            None,
                            f"not sent: {NOT_SENT[r.status]}",
                        )
        await asyncio.to_thread(self._apply, changes)
        return len(changes)

    def _apply(self, changes: dict[int, tuple[DeliveryStatus, datetime | None, str]]) -> None:
        if not changes:
            return
        with self.db.write() as s:
            for did, (status, when, reason) in changes.items():
                values: dict[str, object] = {"status": status, "status_reason": reason}
                if status == DeliveryStatus.SENT:
                    values["sent_at"] = when or utcnow()
                else:
                    values["last_error"] = reason
                s.execute(
                    update(Delivery)
                    .where(Delivery.id == did, Delivery.status == DeliveryStatus.AWAITING)
                    .values(**values)
                )

    def next_remind_at(self, msgid: str) -> datetime | None:
        """None when a reminder is allowed now; else when the oldest of the 3 ages out."""
        since = utcnow() - timedelta(hours=24)
        with self.db.read() as s:
            recent = s.scalars(
                select(WeComTaskRemind.at)
                .where(WeComTaskRemind.msgid == msgid, WeComTaskRemind.at >= since)
                .order_by(WeComTaskRemind.at)
            ).all()
        if len(recent) < REMINDS_PER_DAY:
            return None
        return recent[0] + timedelta(hours=24)

    async def remind(self, account_id: int, msgid: str) -> None:
        wait = await asyncio.to_thread(self.next_remind_at, msgid)
        if wait is not None:
            raise WeComTaskProblem(
                f"reminded 3 times in 24 hours already; the next reminder is possible at "
                f"{wait:%Y-%m-%d %H:%M}Z"
            )
        client = await asyncio.to_thread(self.accounts.client, account_id)
        async with client:
            await api.remind_group_msg(client, msgid)
        await asyncio.to_thread(self._note_remind, msgid)

    def _note_remind(self, msgid: str) -> None:
        with self.db.write() as s:
            s.add(WeComTaskRemind(msgid=msgid))

    async def cancel(self, account_id: int, msgid: str) -> int:
        client = await asyncio.to_thread(self.accounts.client, account_id)
        async with client:
            await api.cancel_group_msg(client, msgid)
        return await asyncio.to_thread(self._cancelled, msgid)

    def _cancelled(self, msgid: str) -> int:
        with self.db.write() as s:
            result = s.execute(
                update(Delivery)
                .where(Delivery.external_id == msgid, Delivery.status == DeliveryStatus.AWAITING)
                .values(status=DeliveryStatus.CANCELLED, status_reason="cancelled in WeCom")
            )
            return int(getattr(result, "rowcount", 0) or 0)


def by_account(rows: list[TaskRow]) -> dict[int, list[TaskRow]]:
    out: dict[int, list[TaskRow]] = defaultdict(list)
    for r in rows:
        out[r.account_id].append(r)
    return out


__all__ = ["TaskRow", "WeComError", "WeComTaskProblem", "WeComTasks", "by_account"]
