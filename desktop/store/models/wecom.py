"""What the app keeps about WeCom customer groups (issue 15): the corp's groups as last
synced, their members with join time and scene, callbacks received (deduplicated), and the
群发 tasks' follow-up (reminders)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, utcnow


class WeComChat(Base):
    """A customer group (客户群) of a WeCom app, linked to an app group or not."""

    __tablename__ = "wecom_chats"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(255), default="")
    owner: Mapped[str] = mapped_column(String(64), default="")
    notice: Mapped[str] = mapped_column(Text, default="")
    member_count: Mapped[int] = mapped_column(default=0)
    created_at_wecom: Mapped[datetime | None]
    dismissed_at: Mapped[datetime | None]
    # The group's 入群欢迎语 as a WeCom group welcome template, and its 群活码.
    welcome_template_id: Mapped[str | None] = mapped_column(String(64))
    join_way_config_id: Mapped[str | None] = mapped_column(String(64))
    join_way_state: Mapped[str | None] = mapped_column(String(30))
    join_way_qr: Mapped[str | None] = mapped_column(String(500))
    synced_at: Mapped[datetime | None]


class WeComChatMember(Base):
    __tablename__ = "wecom_chat_members"

    account_id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    userid: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    type: Mapped[int] = mapped_column(default=2)  # 1 staff, 2 external contact
    name: Mapped[str] = mapped_column(String(255), default="")
    join_time: Mapped[datetime | None]
    join_scene: Mapped[int] = mapped_column(default=0)
    state: Mapped[str] = mapped_column(String(30), default="")  # the 群活码 that brought them
    is_admin: Mapped[bool] = mapped_column(default=False)
    left_at: Mapped[datetime | None]


class WeComCallback(Base):
    """One callback as received, once: a replay (same key) is recognised and ignored."""

    __tablename__ = "wecom_callbacks"
    __table_args__ = (
        UniqueConstraint("account_id", "dedupe_key", name="uq_wecom_callbacks_key"),
        Index("ix_wecom_callbacks_received", "account_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("channel_accounts.id", ondelete="CASCADE"))
    dedupe_key: Mapped[str] = mapped_column(String(120))
    event: Mapped[str] = mapped_column(String(60), default="")
    change_type: Mapped[str] = mapped_column(String(60), default="")
    chat_id: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    outcome: Mapped[str] = mapped_column(String(300), default="")


class WeComSyncState(Base):
    __tablename__ = "wecom_sync_state"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    last_error: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None]
    chats: Mapped[int] = mapped_column(default=0)


class WeComTaskRemind(Base):
    """A reminder sent for a 群发 task: WeCom allows 3 per task in 24 h."""

    __tablename__ = "wecom_task_reminds"

    id: Mapped[int] = mapped_column(primary_key=True)
    msgid: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
