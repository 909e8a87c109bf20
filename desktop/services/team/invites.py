"""One-time invite codes that carry the team key to a new teammate's computer.

A code is ``<id>-<secret>``: the id finds the invite, the secret (never stored) derives,
through scrypt, the key that unwraps the team key stored with the invite. A code works
once, before it expires, and only for the key the team still uses; creating, using and
refusing one is written to the audit log.
"""

from __future__ import annotations

import base64
import os
import secrets as random_source
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.services.team.team_key import TeamKey
from desktop.services.team.vault import VAULT_ID, TeamSecretVault
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import TeamInvite, TeamVault

DEFAULT_TTL = timedelta(hours=24)
NONCE_BYTES = 12
# scrypt's interactive-login cost: a code's 120 random bits need no more, and joining
# stays instant.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class InviteError(ValueError):
    """Why a code was not accepted (shown as-is)."""


@dataclass(frozen=True)
class Invite:
    code: str
    expires_at: datetime


def _code_key(secret: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(secret.encode("ascii"))


def _split(code: str) -> tuple[str, str]:
    invite_id, sep, secret = code.strip().partition("-")
    if not sep or len(invite_id) != 8 or not secret:
        raise InviteError("this is not an invite code (it looks like xxxxxxxx-XXXXXXXX…)")
    return invite_id.lower(), secret.upper().replace("-", "").replace(" ", "")


class InviteService:
    def __init__(self, db: Database, vault: TeamSecretVault) -> None:
        self.db = db
        self.vault = vault

    def create(
        self, key: TeamKey, *, ttl: timedelta = DEFAULT_TTL, by: int | None = None
    ) -> Invite:
        """An invite for the team's current key (checked against the database)."""
        if ttl <= timedelta(0):
            raise InviteError("an invite must be valid for some time")
        invite_id = random_source.token_hex(4)
        secret = base64.b32encode(random_source.token_bytes(15)).decode("ascii")
        salt = os.urandom(16)
        nonce = os.urandom(NONCE_BYTES)
        wrapped = nonce + AESGCM(_code_key(secret, salt)).encrypt(
            nonce, key.raw, invite_id.encode("ascii")
        )
        expires = utcnow() + ttl
        with self.db.write() as s:
            vault = s.get(TeamVault, VAULT_ID)
            if vault is None:
                raise InviteError("the team has no key yet (shequn team init)")
            self.vault.check_key(vault, key)
            s.add(
                TeamInvite(
                    id=invite_id,
                    salt=salt,
                    wrapped_key=wrapped,
                    key_fingerprint=key.fingerprint,
                    expires_at=expires,
                    created_by=by,
                )
            )
            audit(s, "team_invite_created", "team_invite", None, by, {"invite": invite_id})
        readable = "-".join(secret[i : i + 6] for i in range(0, len(secret), 6))
        return Invite(f"{invite_id}-{readable}", expires)

    def redeem(self, code: str, who: str) -> TeamKey:
        """The team key an invite carries; the invite is used up (in the same transaction
        as its audit line). Refused, and audited, when unknown, used, expired or wrong."""
        invite_id, secret = _split(code)
        now = utcnow()
        with self.db.write() as s:
            invite = s.get(TeamInvite, invite_id, with_for_update=True)
            problem = self._problem(invite, now)
            key: TeamKey | None = None
            if invite is not None and not problem:
                key = self._unwrap(invite, secret)
                vault = s.get(TeamVault, VAULT_ID)
                if key is None:
                    problem = "the invite code is wrong (check it with whoever sent it)"
                elif vault is None or vault.key_fingerprint != key.fingerprint:
                    problem = "the team key was rotated since this invite; ask for a new one"
            if problem or key is None or invite is None:
                audit(
                    s,
                    "team_invite_refused",
                    "team_invite",
                    None,
                    None,
                    {"invite": invite_id, "who": who[:120], "why": problem},
                )
                refused = InviteError(problem or "the invite code is wrong")
            else:
                invite.used_at, invite.used_by = now, who[:120]
                audit(
                    s,
                    "team_invite_used",
                    "team_invite",
                    None,
                    None,
                    {"invite": invite_id, "who": who[:120]},
                )
                return key
        raise refused

    @staticmethod
    def _problem(invite: TeamInvite | None, now: datetime) -> str:
        if invite is None:
            return "no such invite code in this team's database"
        if invite.used_at is not None:
            return f"this invite code was already used ({invite.used_at:%Y-%m-%d %H:%M} UTC)"
        if invite.expires_at <= now:
            return f"this invite code expired at {invite.expires_at:%Y-%m-%d %H:%M} UTC"
        return ""

    @staticmethod
    def _unwrap(invite: TeamInvite, secret: str) -> TeamKey | None:
        try:
            code_key = _code_key(secret, invite.salt)
        except UnicodeEncodeError:
            return None
        blob = invite.wrapped_key
        try:
            raw = AESGCM(code_key).decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], invite.id.encode("ascii")
            )
        except InvalidTag:
            return None
        return TeamKey(raw, "an invite code")


__all__ = ["DEFAULT_TTL", "Invite", "InviteError", "InviteService"]
