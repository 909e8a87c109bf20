"""Surveys, lotteries and collections run through DMs (D8), and what members sent them.

An entry is unique per campaign and ``dedupe_key``: the member for a survey or a lottery
(one entry each, a second keyword changes nothing), the message for a collection (every
submission kept). The same key makes a re-read message (a restarted sync, a re-fetched
mail) land on the entry it already made.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, TimestampMixin


class DmCampaign(TimestampMixin, Base):
    __tablename__ = "dm_campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # domain.dm_campaigns.CampaignKind
    name: Mapped[str] = mapped_column(String(120))
    keyword: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # Sent back when someone enters; a survey's questions follow it.
    intro: Mapped[str] = mapped_column(Text, default="")
    # One question per line, options after "|" (domain.dm_campaigns.parse_questions).
    questions: Mapped[str] = mapped_column(Text, default="")
    winners_wanted: Mapped[int] = mapped_column(default=0)
    winner_text: Mapped[str] = mapped_column(Text, default="")  # told to each winner
    # A survey's answers to complete and to half-read replies; empty: the default wording.
    thanks_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    again_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    starts_at: Mapped[datetime | None]
    ends_at: Mapped[datetime | None]
    # The seed of the draw, kept so that anyone can repeat it and get the same winners.
    draw_seed: Mapped[int | None] = mapped_column(BigInteger)
    drawn_at: Mapped[datetime | None]
    drawn_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))


class DmCampaignEntry(TimestampMixin, Base):
    __tablename__ = "dm_campaign_entries"
    __table_args__ = (
        UniqueConstraint("campaign_id", "dedupe_key", name="uq_dm_campaign_entries_key"),
        Index("ix_dm_campaign_entries_member", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("dm_campaigns.id", ondelete="CASCADE"))
    dedupe_key: Mapped[str] = mapped_column(String(60))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(20))  # domain.dm_campaigns.EntryState
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL")
    )
    # Where answers go back: the channel, the address or room, and the mail being
    # answered (for threading); a lottery's winners are told the same way.
    channel: Mapped[str] = mapped_column(String(20))
    reply_to: Mapped[str] = mapped_column(String(255), default="")
    reply_ref: Mapped[str] = mapped_column(String(998), default="")
    reply_subject: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    answers: Mapped[dict[str, Any] | None]  # {"answers": [...], "problems": [...]}
    winner: Mapped[bool] = mapped_column(default=False)
    approved: Mapped[bool | None]  # a collection's review: None = not yet looked at
