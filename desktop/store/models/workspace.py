"""Workspace-wide settings, teammates, channel accounts and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import ChannelKind, OperatorRole
from desktop.store.base import Base, TimestampMixin, utcnow


class WorkspaceSettings(Base, TimestampMixin):
    """One row (id=1) holding what the whole workspace shares."""

    __tablename__ = "workspace_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    brand_keyword: Mapped[str] = mapped_column(String(40), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    is_demo: Mapped[bool] = mapped_column(default=False)
    quiet_start: Mapped[str] = mapped_column(String(5), default="22:00")
    quiet_end: Mapped[str] = mapped_column(String(5), default="08:00")
    marketing_share_limit: Mapped[int] = mapped_column(default=30)  # percent of a week's posts
    daily_cap_per_member: Mapped[int] = mapped_column(default=3)
    holiday_country: Mapped[str] = mapped_column(String(8), default="CN")
    # "allow" or "postpone" (marketing waits for the next ordinary day);
    # see domain/sending/holidays.py
    holiday_policy: Mapped[str] = mapped_column(String(10), default="allow", server_default="allow")
    unsubscribe_url: Mapped[str | None] = mapped_column(String(500))
    interests: Mapped[list[str]] = mapped_column(default=list)


class CalendarSlot(Base):
    """A named time of day in the weekly push table (早/中/晚 by default)."""

    __tablename__ = "calendar_slots"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    time_of_day: Mapped[str] = mapped_column(String(5))  # "HH:MM", workspace-local
    sort_order: Mapped[int] = mapped_column(default=0)


class Operator(Base, TimestampMixin):
    """A teammate who uses the app (R4)."""

    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[OperatorRole] = mapped_column(String(20), default=OperatorRole.OPERATOR)
    active: Mapped[bool] = mapped_column(default=True)


class ChannelAccount(Base, TimestampMixin):
    """Configuration of one channel login. Secrets live in the keyring under ``secret_ref``."""

    __tablename__ = "channel_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ChannelKind] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    secret_ref: Mapped[str | None] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(default=True)
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    last_error: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
