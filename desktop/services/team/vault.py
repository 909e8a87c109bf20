"""Team secrets (issue 18, part 1): account passwords and tokens stored in the team database,
encrypted with the team key, so the worker on a server and every teammate use what one
person configured.

AES-GCM from ``cryptography``; each secret's reference is its associated data, so a
ciphertext moved to another account's row does not decrypt. The vault is active once a
team key was created (``team init``); before that, team mode keeps secrets in each
computer's keyring as solo mode does. A missing or wrong key is a ``TeamKeyError`` naming
what is missing, raised before anything is decrypted or written.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.secrets import SecretStore
from desktop.services.team.team_key import KeySource, TeamKey, TeamKeyError
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import TeamInvite, TeamSecret, TeamVault

log = logging.getLogger(__name__)

# The references the team shares, so a worker without a keyring posts through every account:
# - "channel-account/<hex>": the account secret of mail (SMTP password; "<ref>/imap" the IMAP
#   one), Matrix (access token), WeCom apps (app secret; "<ref>/callback-token" and
#   "<ref>/callback-aes-key") and so 微信客服 too, whose accounts reuse their WeCom app's ref;
# - "robot/<hex>": a group robot's webhook key and signing secret;
# - "welcome-code-key:<id>": the keys welcome verification codes are hashed with;
# - "member-links:<id>": the key members' links are signed with, so a link made on any
#   computer opens on the worker, and a rotation reaches everybody at once.
# Deliberately not shared, kept in each computer's keyring: "team-database/password" (each
# person's own login to the team database) and "team/key" (the key that opens the rest).
SHARED_PREFIXES = ("channel-account/", "robot/", "welcome-code-key:", "member-links:")
NONCE_BYTES = 12
VAULT_ID = 1


def seal(key: TeamKey, ref: str, secret: str) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key.raw).encrypt(nonce, secret.encode("utf-8"), ref.encode("utf-8"))


def unseal(key: TeamKey, ref: str, blob: bytes) -> str:
    try:
        plain = AESGCM(key.raw).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], ref.encode("utf-8"))
    except InvalidTag:
        raise TeamKeyError(
            f"the secret {ref} does not decrypt with the team key from {key.source}"
        ) from None
    return plain.decode("utf-8")


class TeamVaultError(ValueError):
    """A team-key action that cannot be done as asked (the text says why)."""


class TeamSecretVault:
    """The ``SecretVault`` of ``desktop.secrets`` for team mode."""

    def __init__(self, db: Database, keys: KeySource) -> None:
        self.db = db
        self.keys = keys
        self._active = False

    def __repr__(self) -> str:
        return f"TeamSecretVault(active={self._active})"

    # -- SecretVault ---------------------------------------------------------------------------
    def handles(self, ref: str) -> bool:
        return ref.startswith(SHARED_PREFIXES) and self.active()

    def active(self) -> bool:
        """Whether the team created a key (once true, it stays so)."""
        if not self._active:
            with self.db.read() as s:
                self._active = s.get(TeamVault, VAULT_ID) is not None
        return self._active

    def get(self, ref: str) -> str | None:
        with self.db.read() as s:
            key = self._current_key(s)
            row = s.get(TeamSecret, ref)
            if row is None:
                return None
            if row.key_fingerprint != key.fingerprint:
                raise TeamKeyError(f"the secret {ref} was encrypted with another team key")
            return unseal(key, ref, row.ciphertext)

    def has(self, ref: str) -> bool:
        with self.db.read() as s:
            return s.get(TeamSecret, ref) is not None

    def put(self, ref: str, secret: str) -> None:
        with self.db.write() as s:
            key = self._current_key(s)
            row = s.get(TeamSecret, ref)
            blob = seal(key, ref, secret)
            if row is None:
                s.add(TeamSecret(ref=ref, ciphertext=blob, key_fingerprint=key.fingerprint))
            else:
                row.ciphertext, row.key_fingerprint = blob, key.fingerprint
        log.info("team secret %s stored (encrypted)", ref)

    def setdefault(self, ref: str, secret: str) -> str:
        with self.db.write() as s:
            # Locking the vault row makes concurrent creators wait for each other: the
            # second one finds the first one's secret instead of replacing it.
            s.get(TeamVault, VAULT_ID, with_for_update=True)
            key = self._current_key(s)
            row = s.get(TeamSecret, ref)
            if row is not None:
                if row.key_fingerprint != key.fingerprint:
                    raise TeamKeyError(f"the secret {ref} was encrypted with another team key")
                return unseal(key, ref, row.ciphertext)
            blob = seal(key, ref, secret)
            s.add(TeamSecret(ref=ref, ciphertext=blob, key_fingerprint=key.fingerprint))
        log.info("team secret %s created (encrypted)", ref)
        return secret

    def delete(self, ref: str) -> None:
        with self.db.write() as s:
            self._current_key(s)  # a computer without the team key changes nothing
            row = s.get(TeamSecret, ref)
            if row is not None:
                s.delete(row)

    # -- the key's life ------------------------------------------------------------------------
    def fingerprint(self) -> str | None:
        with self.db.read() as s:
            vault = s.get(TeamVault, VAULT_ID)
            return vault.key_fingerprint if vault is not None else None

    def create(self, key: TeamKey, existing: Mapping[str, str], *, by: int | None = None) -> int:
        """Make ``key`` the team key and move in the secrets this computer holds for the
        team's accounts (``existing``); returns how many. Refused when a key exists."""
        with self.db.write() as s:
            if s.get(TeamVault, VAULT_ID, with_for_update=True) is not None:
                raise TeamVaultError("the team already has a key: join with an invite code")
            s.add(TeamVault(id=VAULT_ID, key_fingerprint=key.fingerprint))
            for ref, secret in existing.items():
                s.merge(
                    TeamSecret(
                        ref=ref, ciphertext=seal(key, ref, secret), key_fingerprint=key.fingerprint
                    )
                )
            audit(s, "team_key_created", "team", None, by, {"secrets": len(existing)})
        self._active = True
        return len(existing)

    def rotate(self, old: TeamKey, new: TeamKey, *, by: int | None = None) -> int:
        """Re-encrypt every secret with ``new`` in one transaction: all of them or none.
        Unused invites carry the old key and are withdrawn. Returns how many secrets."""
        with self.db.write() as s:
            vault = s.get(TeamVault, VAULT_ID, with_for_update=True)
            if vault is None:
                raise TeamVaultError("the team has no key yet: create one first")
            self.check_key(vault, old)
            rows = list(s.scalars(select(TeamSecret).with_for_update()))
            plain = {r.ref: unseal(old, r.ref, r.ciphertext) for r in rows}  # all, or raise
            for r in rows:
                r.ciphertext = seal(new, r.ref, plain[r.ref])
                r.key_fingerprint = new.fingerprint
            now = utcnow()
            vault.key_fingerprint, vault.rotated_at = new.fingerprint, now
            for invite in s.scalars(
                select(TeamInvite).where(TeamInvite.used_at.is_(None), TeamInvite.expires_at > now)
            ):
                invite.expires_at = now
            audit(s, "team_key_rotated", "team", None, by, {"secrets": len(rows)})
        return len(rows)

    def _current_key(self, s: Session) -> TeamKey:
        vault = s.get(TeamVault, VAULT_ID)
        if vault is None:
            raise TeamKeyError("the team has no team key yet (an admin runs: shequn team init)")
        key = self.keys.get()
        self.check_key(vault, key)
        return key

    @staticmethod
    def check_key(vault: TeamVault, key: TeamKey) -> None:
        if vault.key_fingerprint != key.fingerprint:
            raise TeamKeyError(mismatch_message(key, vault.key_fingerprint))


def mismatch_message(key: TeamKey, team_fingerprint: str) -> str:
    return (
        f"the team key from {key.source} is not the team's current key "
        f"(it has fingerprint {key.fingerprint}, the team uses {team_fingerprint}); the key "
        "was rotated or is another team's: join again with a new invite code, or export the "
        "current key for the worker"
    )


def team_secret_store(db: Database, key_file: Path | None = None) -> SecretStore:
    """The secret store of a team-mode workspace: this computer's keyring, with the team
    vault in front of it for the team's account secrets."""
    keyring = SecretStore()
    return SecretStore(vault=TeamSecretVault(db, KeySource(keyring, key_file)))


__all__ = [
    "SHARED_PREFIXES",
    "TeamSecretVault",
    "TeamVaultError",
    "seal",
    "team_secret_store",
    "unseal",
]
