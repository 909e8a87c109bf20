"""Group robots: which deliveries are on the wire, and the team's alert robot."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, TimestampMixin


class SendingMark(Base):
    """A robot delivery whose HTTP request has started and whose outcome is not yet written.

    Webhooks have no idempotency key, so a delivery found marked after a crash may or may not
    have reached the group: it is handed to a person instead of being posted twice.
    """

    __tablename__ = "robot_sending_marks"

    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("deliveries.id", ondelete="CASCADE"), primary_key=True
    )
    owner: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime]


class TeamAlertSettings(Base, TimestampMixin):
    """One row (id 1): the robot the team's alerts go to, and what they are about."""

    __tablename__ = "team_alert_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    robot_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="SET NULL")
    )
    # Warn when a conversation's reply-time standard runs out within this many minutes.
    reply_warn_minutes: Mapped[int] = mapped_column(default=15)
    on_reply_time: Mapped[bool] = mapped_column(default=True)
    on_failed_send: Mapped[bool] = mapped_column(default=True)
    on_worker_stop: Mapped[bool] = mapped_column(default=True)
    on_confirmation: Mapped[bool] = mapped_column(default=True)
    # Failed deliveries up to this id have been reported (so each is reported once).
    failed_seen_id: Mapped[int] = mapped_column(default=0)
