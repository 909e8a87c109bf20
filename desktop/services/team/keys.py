"""What an admin and a teammate do with the team key: create it, invite, join, rotate, and
export it for the worker. Used by ``shequn team …`` and the team dialog alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.domain.welcome.codes import HMAC_SCHEME, key_id_of
from desktop.secrets import SecretError, SecretStore
from desktop.services.mail.imap_settings import imap_secret_ref
from desktop.services.member_pages.keys import KeyringLinkKeys
from desktop.services.team.invites import DEFAULT_TTL, Invite, InviteService
from desktop.services.team.team_key import TeamKey, write_key_file
from desktop.services.team.vault import TeamSecretVault, TeamVaultError, mismatch_message
from desktop.services.welcome.codes import KEY_REF as CODE_KEY_REF
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, MemberPagesSettings, WelcomeVerification


@dataclass(frozen=True)
class TeamKeyStatus:
    team_has_key: bool
    team_fingerprint: str | None
    local_fingerprint: str | None  # the key this computer (or worker) would use
    problem: str  # why this computer cannot open the team's secrets; "" when it can


class TeamKeys:
    def __init__(self, db: Database, store: SecretStore) -> None:
        vault = store.vault
        if not isinstance(vault, TeamSecretVault):
            raise TeamVaultError("team keys need team mode (a shared PostgreSQL database)")
        self.db = db
        self.vault = vault
        self.invites = InviteService(db, vault)

    @property
    def _keyring(self) -> SecretStore:
        return self.vault.keys.keyring

    def status(self) -> TeamKeyStatus:
        team = self.vault.fingerprint()
        try:
            key = self.vault.keys.get()
        except SecretError as exc:
            return TeamKeyStatus(team is not None, team, None, str(exc))
        problem = ""
        if team is None:
            problem = "the team has no team key yet (shequn team init)"
        elif key.fingerprint != team:
            problem = mismatch_message(key, team)
        return TeamKeyStatus(team is not None, team, key.fingerprint, problem)

    def init(self, *, by: int | None = None) -> int:
        """Create the team key, keep it in this keyring, move this computer's account
        secrets into the team database. Returns how many secrets moved."""
        self._need_keyring()
        key = TeamKey.generate()
        existing = self._local_account_secrets()
        moved = self.vault.create(key, existing, by=by)
        self.vault.keys.remember(key)
        return moved

    def invite(self, *, ttl: timedelta = DEFAULT_TTL, by: int | None = None) -> Invite:
        return self.invites.create(self.vault.keys.get(), ttl=ttl, by=by)

    def join(self, code: str, who: str) -> str:
        """Take the key an invite carries into this keyring; returns its fingerprint."""
        self._need_keyring()
        key = self.invites.redeem(code, who)
        self.vault.keys.remember(TeamKey(key.raw, "this computer's keyring"))
        return key.fingerprint

    def rotate(self, *, by: int | None = None) -> int:
        """A new team key for every secret, in one transaction; then this keyring keeps
        it. Teammates join again and the worker's credentials file is exported again."""
        old = self.vault.keys.get()
        new = TeamKey.generate()
        count = self.vault.rotate(old, new, by=by)
        self.vault.keys.remember(new)
        return count

    def export(self, path: Path) -> str:
        """Write the team key to a private (0600) credentials file for the worker."""
        key = self.vault.keys.get()
        team = self.vault.fingerprint()
        if team is not None and team != key.fingerprint:
            raise TeamVaultError(f"this computer's key is not the team's current key ({team})")
        write_key_file(key, path)
        return key.fingerprint

    def _need_keyring(self) -> None:
        # A key kept only in memory would be gone when this process ends.
        if not self._keyring.available:
            raise TeamVaultError(
                "this computer has no keyring to keep the team key in: " + self._keyring.message
            )

    def _local_account_secrets(self) -> dict[str, str]:
        """The team's secrets this computer's keyring holds: account passwords and tokens,
        the keys welcome verification codes were hashed with, and the key members' links
        are signed with (links sent from here keep working for everybody)."""
        with self.db.read() as s:
            refs = [r for r in s.scalars(select(ChannelAccount.secret_ref)) if r]
            link_key_id = s.scalar(
                select(MemberPagesSettings.key_id).where(MemberPagesSettings.id == 1)
            )
            hashes = s.scalars(
                select(WelcomeVerification.code_hash)
                .where(WelcomeVerification.code_hash.like(f"${HMAC_SCHEME}$%"))
                .distinct()
            )
            code_keys = {key_id for h in hashes if (key_id := key_id_of(h))}
        candidates = [c for ref in refs for c in (ref, *_sub_refs(ref))]
        candidates += [CODE_KEY_REF.format(key_id) for key_id in sorted(code_keys)]
        if link_key_id is not None:
            candidates.append(KeyringLinkKeys.link_ref(link_key_id))
        found: dict[str, str] = {}
        for candidate in candidates:
            secret = self._keyring.get(candidate)
            if secret is not None:
                found[candidate] = secret
        return found


def _sub_refs(ref: str) -> tuple[str, ...]:
    """The secrets an account keeps beside its own under its reference: a mail account's
    IMAP password, a WeCom app's callback Token and EncodingAESKey (services/wecom/
    accounts.py stores them so)."""
    return (imap_secret_ref(ref), f"{ref}/callback-token", f"{ref}/callback-aes-key")


__all__ = ["TeamKeyStatus", "TeamKeys"]
