"""Team mode: account secrets encrypted with the team key, invite codes that carry the key,
and what each worker's background loops last did (``shequn team status`` reads it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, utcnow


class TeamVault(Base):
    """One row (id=1) once a team key exists: which key the secrets are encrypted with.

    Only a fingerprint of the key is kept (a hash of 32 random bytes reveals nothing), so a
    teammate holding an old or wrong key is told so before anything is decrypted.
    """

    __tablename__ = "team_vault"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_fingerprint: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    rotated_at: Mapped[datetime | None]


class TeamSecret(Base):
    """An account secret, AES-GCM encrypted; its ``ref`` is the associated data, so a
    ciphertext copied onto another account's row does not decrypt."""

    __tablename__ = "team_secrets"

    ref: Mapped[str] = mapped_column(String(200), primary_key=True)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    key_fingerprint: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class TeamInvite(Base):
    """A one-time invite: the team key wrapped with a key derived from the code's secret
    half (never stored). Used once, or never after it expires."""

    __tablename__ = "team_invites"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    key_fingerprint: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))
    used_by: Mapped[str | None] = mapped_column(String(120))


class WorkerLoop(Base):
    """One background loop of one running worker, as it last reported itself."""

    __tablename__ = "worker_loops"

    worker: Mapped[str] = mapped_column(String(80), primary_key=True)
    loop: Mapped[str] = mapped_column(String(40), primary_key=True)
    state: Mapped[str] = mapped_column(String(20))  # ok / starting / stuck / stopped
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    period_seconds: Mapped[float] = mapped_column(Float)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
