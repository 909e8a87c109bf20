"""Who a WeChat thread is with, as the thread shows it: the name and the picture
kf/customer/batchget gave when the user first wrote (``sync.py`` stores both)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.channels.wechat_kf.avatar import fetch_avatar
from desktop.services.wechat_kf.window import session_of
from desktop.store.models import Member

Fetch = Callable[[str], Awaitable[bytes | None]]


@dataclass(frozen=True)
class KfProfile:
    name: str  # the member's name: the WeChat nickname unless an operator renamed them
    external_userid: str
    avatar_url: str | None


def profile_of(s: Session, conversation_id: int) -> KfProfile | None:
    sess = session_of(s, conversation_id)
    if sess is None:
        return None
    member = s.get(Member, sess.member_id)
    name = member.display_name if member is not None else sess.external_userid
    return KfProfile(name, sess.external_userid, sess.avatar_url)


class Avatars:
    """Pictures read once per address while the app runs: going back to a thread does not
    ask WeChat again. Failures are not kept, so the next look tries again."""

    def __init__(self, fetch: Fetch = fetch_avatar, *, keep: int = 200) -> None:
        self._fetch = fetch
        self._keep = keep
        self._got: OrderedDict[str, bytes] = OrderedDict()

    async def get(self, url: str) -> bytes | None:
        found = self._got.get(url)
        if found is not None:
            self._got.move_to_end(url)
            return found
        data = await self._fetch(url)
        if data:
            self._got[url] = data
            while len(self._got) > self._keep:
                self._got.popitem(last=False)
        return data


__all__ = ["Avatars", "KfProfile", "profile_of"]
