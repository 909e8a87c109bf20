"""Team mode's live side: the change log behind live updates and who is in which thread."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base


class LiveChange(Base):
    """One committed write transaction's changes to one table (PostgreSQL also NOTIFYs it);
    clients that missed the announcement, or watch SQLite, read them from here."""

    __tablename__ = "live_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(63))
    # None: "some rows of this table" (a bulk statement whose ids are not known)
    row_ids: Mapped[list[int] | None] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(10))
    author: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(index=True)


class Presence(Base):
    """A client looking at a conversation (and maybe typing), kept fresh by heartbeats."""

    __tablename__ = "presence"

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    client: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    typing: Mapped[bool] = mapped_column(default=False)
    seen_at: Mapped[datetime]
