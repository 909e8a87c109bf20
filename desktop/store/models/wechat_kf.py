"""微信客服 (issue 16): the 客服账号 the inbox serves, each WeChat user's session with one of
them, and the contact links (scenes) that bring people.

``KfAccount.cursor`` is written in the same transaction as the messages of the
``kf/sync_msg`` page it came with, so a crash mid-paging restarts from the last stored page
and message ids (``messages.external_id``) keep a re-read page from storing anything twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, TimestampMixin


class KfAccount(Base, TimestampMixin):
    """One 客服账号, tied to its inbox ``channel_accounts`` row (kind ``wechat_kf``)."""

    __tablename__ = "wechat_kf_accounts"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    # The WeCom self-built app whose token and callback serve this 客服账号.
    app_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="SET NULL")
    )
    open_kfid: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    serves_inbox: Mapped[bool] = mapped_column(default=True)
    welcome_text: Mapped[str] = mapped_column(Text, default="")
    end_text: Mapped[str] = mapped_column(Text, default="")  # 结束语
    # A welcome journey whose first step is the welcome instead of welcome_text.
    journey_id: Mapped[int | None] = mapped_column(
        ForeignKey("welcome_journeys.id", ondelete="SET NULL")
    )
    cursor: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    last_error: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None]


class KfSession(Base):
    """A WeChat user with one 客服账号: the state WeCom reported and the reply window."""

    __tablename__ = "wechat_kf_sessions"
    __table_args__ = (UniqueConstraint("account_id", "external_userid", name="uq_wechat_kf_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="CASCADE"), index=True
    )
    external_userid: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    service_state: Mapped[int] = mapped_column(default=0)
    servicer_userid: Mapped[str | None] = mapped_column(String(64))
    last_user_message_at: Mapped[datetime | None]
    # When that message was read: replies queued since count against its window (send_time
    # has whole seconds only, so it cannot order a reply queued in the same second).
    window_counted_since: Mapped[datetime | None]
    # Codes for kf/send_msg_on_event: the welcome (20 s) and the 结束语 / other events.
    welcome_code: Mapped[str | None] = mapped_column(String(128))
    welcome_code_at: Mapped[datetime | None]
    event_code: Mapped[str | None] = mapped_column(String(128))
    event_code_at: Mapped[datetime | None]
    scene: Mapped[str | None] = mapped_column(String(32))
    avatar_url: Mapped[str | None] = mapped_column(String(500))  # from kf/customer/batchget


class KfContactWay(Base, TimestampMixin):
    """A link (kf/add_contact_way) with its ``scene``: one per poster, mini-program, store."""

    __tablename__ = "wechat_kf_contact_ways"
    __table_args__ = (UniqueConstraint("account_id", "scene", name="uq_wechat_kf_scene"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="CASCADE"), index=True
    )
    scene: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(80), default="")
    url: Mapped[str] = mapped_column(String(500), default="")
