"""The outbox: every outbound message is a delivery row before it is sent (R1)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind, DeliveryStatus
from desktop.store.base import Base, TimestampMixin


class Delivery(Base, TimestampMixin):
    __tablename__ = "deliveries"
    __table_args__ = (
        # The dispatcher's claim query: due pending rows in time order.
        Index("ix_deliveries_due", "status", "due_at"),
        # Retries and postponements wait on next_attempt_at (set at enqueue to due_at).
        Index("ix_deliveries_next_attempt", "status", "next_attempt_at"),
        # The outbox table's keyset paging without a status filter.
        Index("ix_deliveries_due_id", "due_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DeliveryKind] = mapped_column(String(20))
    channel: Mapped[ChannelKind] = mapped_column(String(20))
    channel_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="SET NULL")
    )
    purpose: Mapped[ConsentPurpose] = mapped_column(String(20), default=ConsentPurpose.SERVICE)
    post_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", ondelete="SET NULL"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL")
    )
    enrolment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrolments.id", ondelete="SET NULL")
    )
    # Explicit address on the channel; empty → the member's contact (or the group's
    # external id) at send time, so an edited or erased contact is honoured.
    recipient: Mapped[str | None] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text)
    # Set → subject/body/body_html are templates rendered (strictly) with these values at
    # send time; None → they are already the final text.
    template_values: Mapped[dict[str, Any] | None]
    # Email threading of a reply: the Message-ID answered and the chain before it.
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime]
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    status: Mapped[DeliveryStatus] = mapped_column(String(20), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(80))
    lease_expires_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)  # the last send error, as the server said
    # Why the row is where it is when that is not an error: "quiet_hours: 22:00–08:00",
    # "unsubscribed: email", "waiting: account sign-in failed" — for the outbox view.
    status_reason: Mapped[str | None] = mapped_column(String(300))
    sent_at: Mapped[datetime | None]
    external_id: Mapped[str | None] = mapped_column(String(255))
    done_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))
    # A marketing message's topic (a workspace tag): members who chose topics get only theirs.
    topic: Mapped[str | None] = mapped_column(String(40))
