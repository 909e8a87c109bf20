"""What the app remembers about Matrix accounts between runs (issue 8).

The sync token is stored in the same transaction as the events it covers, so a crash
between "events stored" and "token saved" cannot happen: after a restart the sync resumes
from the last batch that was fully applied, and re-applied events are recognised by their
event ids.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, utcnow


class MatrixSyncState(Base):
    __tablename__ = "matrix_sync_state"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    next_batch: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    last_error: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class MatrixRoom(Base):
    """A room the account has joined (or is invited to), as last seen: the link dialog
    lists these, and ``is_direct`` survives restarts (``m.direct`` arrives only when it
    changes)."""

    __tablename__ = "matrix_rooms"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    room_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    member_count: Mapped[int] = mapped_column(default=0)
    encrypted: Mapped[bool] = mapped_column(default=False)
    is_direct: Mapped[bool] = mapped_column(default=False)
    # The member a direct room talks to (their Matrix ID), when it is a DM.
    dm_user_id: Mapped[str | None] = mapped_column(String(255))
    joined: Mapped[bool] = mapped_column(default=True)
    # A pending invitation to a group room (not joined: only DMs are joined unasked) and
    # who sent it; cleared once the room is joined, declined or the invite withdrawn.
    invited_by: Mapped[str | None] = mapped_column(String(255))
    invited_at: Mapped[datetime | None]
    # The last inbound event marked read on the server (read markers, D-inbox).
    read_up_to: Mapped[str | None] = mapped_column(String(255))
    # When a group was linked to this room: joins before it are history, not newcomers to
    # welcome.
    linked_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
