"""Short links for chat channels (``<base>/s/<code>``): a signed link is too long for a
chat line. The code is random and stored; opening it redirects to a freshly signed link.
It stops with a key rotation (the key's tag no longer matches) and after the purpose's
expiry, like the link it stands for."""

from __future__ import annotations

import hashlib
import secrets
import string
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.services.member_pages.links import (
    MAX_AGE,
    LinkRefused,
    LinkSigner,
    MemberLinks,
    Purpose,
)
from desktop.store.db import Database
from desktop.store.models import ShortLink

_ALPHABET = string.ascii_letters + string.digits
CODE_LENGTH = 10  # 62^10 ≈ 8·10^17: not guessable at any rate the limits allow


def _code() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(CODE_LENGTH))


class ShortLinks:
    def __init__(
        self,
        db: Database,
        signer: LinkSigner,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db = db
        self.signer = signer
        self._clock = clock

    def _tag(self) -> str:
        return hashlib.sha256(b"short:" + self.signer.keys.key()).hexdigest()[:16]

    def links(self, member_ids: Iterable[int], base_url: str) -> dict[int, MemberLinks]:
        """Each member's three short links, made once per member and key."""
        ids = sorted(set(member_ids))
        if not ids:
            return {}
        tag = self._tag()
        now = self._clock()
        codes: dict[tuple[int, str], str] = {}
        for _attempt in range(3):  # another worker may make the same member's codes
            try:
                with self.db.write() as s:
                    for mid, purpose, code, created in s.execute(
                        select(
                            ShortLink.member_id,
                            ShortLink.purpose,
                            ShortLink.code,
                            ShortLink.created_at,
                        ).where(ShortLink.member_id.in_(ids), ShortLink.key_tag == tag)
                    ):
                        # A code nearly as old as its purpose's expiry is made anew.
                        if now - created < MAX_AGE[Purpose(purpose)] * 0.9:
                            codes[(mid, purpose)] = code
                        else:
                            s.query(ShortLink).filter(ShortLink.code == code).delete()
                    for mid in ids:
                        for p in Purpose:
                            if (mid, p.value) not in codes:
                                code = _code()
                                s.add(
                                    ShortLink(
                                        code=code,
                                        member_id=mid,
                                        purpose=p.value,
                                        key_tag=tag,
                                        created_at=now,
                                    )
                                )
                                codes[(mid, p.value)] = code
                break
            except IntegrityError:
                codes.clear()
        base = base_url.rstrip("/")
        return {
            mid: MemberLinks(
                center=f"{base}/s/{codes[(mid, Purpose.CENTER.value)]}",
                preferences=f"{base}/s/{codes[(mid, Purpose.PREFERENCES.value)]}",
                unsubscribe=f"{base}/s/{codes[(mid, Purpose.UNSUBSCRIBE.value)]}",
            )
            for mid in ids
            if all((mid, p.value) in codes for p in Purpose)
        }

    def resolve(self, code: str) -> str:
        """The path of the signed link the code stands for, or ``LinkRefused``."""
        if len(code) != CODE_LENGTH or any(c not in _ALPHABET for c in code):
            raise LinkRefused
        with self.db.read() as s:
            row = s.get(ShortLink, code)
            if row is None:
                raise LinkRefused
            member_id, purpose, tag, created = (
                row.member_id,
                Purpose(row.purpose),
                row.key_tag,
                row.created_at,
            )
        if tag != self._tag() or self._clock() - created > MAX_AGE[purpose]:
            raise LinkRefused
        return f"/m/{purpose.value}/{self.signer.sign(member_id, purpose)}"
