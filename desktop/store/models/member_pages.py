"""What the member-facing pages store (issue 20): the member's own page choices, the
workspace's public address for links, and "delete me" requests waiting for the team."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, utcnow


class MemberPagePrefs(Base):
    """Choices a member made on their pages that the member row has no column for."""

    __tablename__ = "member_page_prefs"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str | None] = mapped_column(String(10))  # "zh" / "en"; None = browser
    # Tag names the member wants marketing about; None = every topic (nothing chosen yet).
    topics: Mapped[list[str] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class MemberPagesSettings(Base):
    """One row (id 1): where links point and which keyring entry signs them."""

    __tablename__ = "member_pages_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The public address behind the team's HTTPS proxy, e.g. https://club.example.org.
    public_base_url: Mapped[str | None] = mapped_column(String(500))
    # Where the worker last listened: links use it while no public address is set.
    listen_url: Mapped[str | None] = mapped_column(String(500))
    # Names this workspace's signing key in the keyring (a random id, not a secret).
    key_id: Mapped[str] = mapped_column(String(40))
    # What the operators let members see and change on their center.
    show_activity: Mapped[bool] = mapped_column(default=True, server_default="1")
    profile_editable: Mapped[bool] = mapped_column(default=True, server_default="1")


class DeleteRequest(Base):
    """A member's "delete me": erased only once an operator confirms (M5)."""

    __tablename__ = "member_delete_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    confirmed_at: Mapped[datetime | None]
    confirmed_by: Mapped[int | None] = mapped_column(
        ForeignKey("operators.id", ondelete="SET NULL")
    )
    dismissed_at: Mapped[datetime | None]


class ShortLink(Base):
    """A short link for chat messages (``/s/<code>``), standing for one member's signed link.

    The code is random (not derived from the member); it stops working with the signing
    key it was made under (``key_tag``) and after the purpose's expiry.
    """

    __tablename__ = "member_short_links"
    __table_args__ = (UniqueConstraint("member_id", "purpose", "key_tag", name="uq_short_link"),)

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(1))
    key_tag: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
