"""Signed links for one member and one purpose, with expiry (issue 20).

A link is ``<base>/m/<letter>/<token>``; the token is an ``itsdangerous`` timed signature
over (member id, purpose) with a salt per purpose, so a center link cannot be replayed as
an unsubscribe link. No accounts: holding the link is the permission, so links are long
and unguessable and expire.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from itsdangerous import BadData, TimestampSigner, URLSafeTimedSerializer

from desktop.services.member_pages.keys import LinkKeySource


class Purpose(StrEnum):
    CENTER = "c"
    PREFERENCES = "p"
    UNSUBSCRIBE = "u"


# How long a link works. An unsubscribe link in an old mail must keep working (RFC 8058
# mail clients keep it), so it lives longest.
MAX_AGE: dict[Purpose, timedelta] = {
    Purpose.CENTER: timedelta(days=90),
    Purpose.PREFERENCES: timedelta(days=365),
    Purpose.UNSUBSCRIBE: timedelta(days=730),
}


class LinkRefused(Exception):
    """Tampered, expired, another purpose or signed with an old key; one reason for all."""


@dataclass(frozen=True)
class MemberLinks:
    center: str
    preferences: str
    unsubscribe: str


def _signer_for(clock: Callable[[], float]) -> type[TimestampSigner]:
    class ClockSigner(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(clock())

    return ClockSigner


class LinkSigner:
    def __init__(self, keys: LinkKeySource, clock: Callable[[], float] = time.time) -> None:
        self.keys = keys
        self._signer = _signer_for(clock)
        self._serializers: dict[tuple[bytes, Purpose], URLSafeTimedSerializer] = {}

    def _serializer(self, purpose: Purpose) -> URLSafeTimedSerializer:
        key = self.keys.key()
        found = self._serializers.get((key, purpose))
        if found is None:
            if len(self._serializers) > 16:  # old keys after rotations
                self._serializers.clear()
            found = URLSafeTimedSerializer(
                key, salt=f"shequn-member-{purpose.name.lower()}", signer=self._signer
            )
            self._serializers[(key, purpose)] = found
        return found

    def sign(self, member_id: int, purpose: Purpose) -> str:
        return str(self._serializer(purpose).dumps([member_id, purpose.value]))

    def check(self, token: str, purpose: Purpose) -> int:
        """The member id the token was made for, or ``LinkRefused``."""
        try:
            data = self._serializer(purpose).loads(
                token, max_age=int(MAX_AGE[purpose].total_seconds())
            )
        except BadData:
            raise LinkRefused from None
        if (
            not isinstance(data, list)
            or len(data) != 2
            or data[1] != purpose.value
            or not isinstance(data[0], int)
        ):
            raise LinkRefused
        return int(data[0])

    def links(self, member_id: int, base_url: str) -> MemberLinks:
        base = base_url.rstrip("/")
        return MemberLinks(
            center=f"{base}/m/c/{self.sign(member_id, Purpose.CENTER)}",
            preferences=f"{base}/m/p/{self.sign(member_id, Purpose.PREFERENCES)}",
            unsubscribe=f"{base}/m/u/{self.sign(member_id, Purpose.UNSUBSCRIBE)}",
        )
