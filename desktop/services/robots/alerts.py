"""``TeamAlerts``: the team's alert robot and what it is told.

Alerts are ordinary outbox deliveries to the chosen robot (paced and journaled like any robot
post), keyed ``alert:…`` so each event is posted once however often it is noticed. The
worker's stop is the exception: the dispatcher is winding down then, so that one message is
posted directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select

from desktop.channels.base import OutgoingMessage, Sent
from desktop.channels.robots.channel import RobotChannel
from desktop.channels.robots.config import RobotConfig, RobotSecret
from desktop.domain.enums import (
    ChannelKind,
    ConversationStatus,
    DeliveryKind,
    DeliveryStatus,
)
from desktop.domain.inbox import sla
from desktop.secrets import SecretStore
from desktop.services.inbox.figures import TeamFigures
from desktop.services.robots.types import RobotInputError
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, Conversation, Delivery, TeamAlertSettings

log = logging.getLogger(__name__)

ALERT_PREFIX = "alert:"
TITLE = "【社群运营台提醒】"


@dataclass(frozen=True)
class AlertSettings:
    robot_id: int | None = None
    reply_warn_minutes: int = 15
    on_reply_time: bool = True
    on_failed_send: bool = True
    on_worker_stop: bool = True
    on_confirmation: bool = True


class TeamAlerts:
    def __init__(
        self,
        db: Database,
        secrets: SecretStore,
        outbox: OutboxService,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.secrets = secrets
        self.outbox = outbox
        self._clock = clock

    # -- settings -----------------------------------------------------------------------

    def settings(self) -> AlertSettings:
        with self.db.read() as s:
            row = s.get(TeamAlertSettings, 1)
            if row is None:
                return AlertSettings()
            return AlertSettings(
                row.robot_account_id,
                row.reply_warn_minutes,
                row.on_reply_time,
                row.on_failed_send,
                row.on_worker_stop,
                row.on_confirmation,
            )

    def save_settings(self, settings: AlertSettings) -> None:
        if settings.reply_warn_minutes < 0:
            raise RobotInputError("the warning time cannot be negative")
        with self.db.write() as s:
            if settings.robot_id is not None:
                robot = s.get(ChannelAccount, settings.robot_id)
                if robot is None or robot.kind != ChannelKind.WEBHOOK:
                    raise RobotInputError("this robot no longer exists")
            row = s.get(TeamAlertSettings, 1)
            if row is None:
                row = TeamAlertSettings(id=1)
                s.add(row)
                # Failures from before alerts were switched on are not news.
                row.failed_seen_id = int(
                    s.scalar(select(Delivery.id).order_by(Delivery.id.desc()).limit(1)) or 0
                )
            row.robot_account_id = settings.robot_id
            row.reply_warn_minutes = settings.reply_warn_minutes
            row.on_reply_time = settings.on_reply_time
            row.on_failed_send = settings.on_failed_send
            row.on_worker_stop = settings.on_worker_stop
            row.on_confirmation = settings.on_confirmation

    def choose_robot(self, robot_id: int | None) -> None:
        """Send the alerts to another robot (or none); every other alert setting stays."""
        self.save_settings(replace(self.settings(), robot_id=robot_id))

    # -- posting ------------------------------------------------------------------------

    def notify(self, key: str, text: str) -> bool:
        """Queue one alert; False when no alert robot is chosen or ``key`` was already told."""
        robot_id = self.settings().robot_id
        if robot_id is None:
            return False
        full_key = f"{ALERT_PREFIX}{key}"[:120]
        with self.db.read() as s:
            if s.scalar(select(Delivery.id).where(Delivery.idempotency_key == full_key)):
                return False
        self.outbox.enqueue_many(
            [
                NewDelivery(
                    kind=DeliveryKind.POST,
                    channel=ChannelKind.WEBHOOK,
                    due_at=self._clock(),
                    idempotency_key=full_key,
                    subject=TITLE,
                    body=text,
                    recipient=f"robot:{robot_id}",
                    channel_account_id=robot_id,
                )
            ]
        )
        return True

    def task_waits_for_confirmation(self, task_key: str, what: str) -> bool:
        """The hook for a 群发 task that needs a person's confirmation before it goes out."""
        if not self.settings().on_confirmation:
            return False
        return self.notify(
            f"confirm:{task_key}", f"群发任务等待确认：{what}\n请在社群运营台中确认。"
        )

    def check_once(self) -> int:
        """Look for reply-time deadlines coming up and sends that failed; returns alerts queued."""
        settings = self.settings()
        if settings.robot_id is None:
            return 0
        queued = 0
        if settings.on_reply_time:
            queued += self._reply_times(settings)
        if settings.on_failed_send:
            queued += self._failures()
        if settings.on_confirmation:
            queued += self._awaiting_tasks()
        return queued

    def _awaiting_tasks(self) -> int:
        """WeCom 群发 tasks the owner has not confirmed yet: one alert per task (msgid)."""
        with self.db.read() as s:
            rows = s.execute(
                select(Delivery.external_id, Delivery.subject, func.count(Delivery.id))
                .where(Delivery.status == DeliveryStatus.AWAITING)
                .group_by(Delivery.external_id, Delivery.subject)
                .limit(50)
            ).all()
        queued = 0
        for msgid, subject, groups in rows:
            what = f"「{subject or '(无标题)'}」（{groups} 个群）"
            if self.task_waits_for_confirmation(f"task:{msgid}", what):
                queued += 1
        return queued

    def _reply_times(self, settings: AlertSettings) -> int:
        sla_settings = TeamFigures(self.db, clock=self._clock).sla_settings()
        standard = sla_settings.standard()
        standard = sla.Standard(
            standard.first_response,
            standard.resolution,
            timedelta(minutes=settings.reply_warn_minutes),
        )
        hours, now = sla_settings.hours(), self._clock()
        with self.db.read() as s:
            waiting = s.execute(
                select(Conversation.id, Conversation.subject, Conversation.waiting_since).where(
                    Conversation.waiting_since.is_not(None),
                    Conversation.status.in_([ConversationStatus.OPEN, ConversationStatus.PENDING]),
                )
            ).all()
        queued = 0
        for conv_id, subject, since in waiting:
            badge = sla.first_response_badge(since, now, standard, hours)
            if badge.state != sla.SlaState.DUE_SOON or badge.left is None:
                continue
            minutes = max(1, int(badge.left.total_seconds() // 60))
            text = f"会话 #{conv_id}「{subject or '(无主题)'}」将在 {minutes} 分钟后超过回复时限。"
            if self.notify(f"sla:{conv_id}:{since:%Y%m%d%H%M%S}", text):
                queued += 1
        return queued

    def _failures(self) -> int:
        with self.db.write() as s:
            row = s.get(TeamAlertSettings, 1)
            if row is None:
                return 0
            failed = s.execute(
                select(Delivery.id, Delivery.subject, Delivery.last_error)
                .where(
                    Delivery.id > row.failed_seen_id,
                    Delivery.status == DeliveryStatus.FAILED,
                    Delivery.idempotency_key.not_like(f"{ALERT_PREFIX}%"),
                )
                .order_by(Delivery.id)
                .limit(20)
            ).all()
            if failed:
                row.failed_seen_id = failed[-1][0]
        for delivery_id, subject, error in failed:
            text = f"发送失败（不再重试）：#{delivery_id}「{subject or '(无标题)'}」\n{error or ''}"
            self.notify(f"failed:{delivery_id}", text.strip())
        return len(failed)

    async def worker_stopping(self, who: str) -> bool:
        """Post "the worker stops" directly to the alert robot; False when not sent."""
        settings = self.settings()
        if settings.robot_id is None or not settings.on_worker_stop:
            return False
        with self.db.read() as s:
            robot = s.get(ChannelAccount, settings.robot_id)
            if robot is None:
                return False
            config, ref = RobotConfig.from_json(robot.config), robot.secret_ref
        stored = self.secrets.get(ref) if ref else None
        if not stored:
            return False
        channel = RobotChannel(config, RobotSecret.loads(stored))
        message = OutgoingMessage(
            delivery_id=0,
            idempotency_key=f"{ALERT_PREFIX}stop",
            recipient="",
            subject=TITLE,
            text=f"后台发送程序已停止（{who}）：计划中的消息在它重新启动前不会发出。",
        )
        try:
            result = await channel.send(message)
        finally:
            await channel.close()
        if not isinstance(result, Sent):
            log.warning("worker-stop alert not posted: %s", getattr(result, "reason", result))
        return isinstance(result, Sent)
