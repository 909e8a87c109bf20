"""Storing one ``kf/sync_msg`` page (issue 16): messages, sessions and the cursor together.

``KfIngest.store_page`` is synchronous and writes the whole page in one transaction that
also moves the account's cursor past it: a crash before the commit re-reads the page from
the old cursor, and message ids already in ``messages.external_id`` are skipped, so nothing
is stored twice or lost. Messages go in with one bulk insert per page (no ORM object per
message); ORM objects are made per conversation and per new WeChat user only.

What a page means:
- a user's message (origin 3) → an inbound message in the member's 微信客服 conversation;
  its time opens a new reply window (domain.wechat_kf.window) and an ended session is
  未处理 again (W/94669); media are attachments (the file when it was fetched), an unknown
  type is "unsupported message (type)" with the raw JSON attached;
- a reception staff message sent in the WeCom client (origin 5) → an outbound message;
- ``enter_session`` → the session's welcome code and the link's scene (the member's source,
  M1); ``session_status_change`` → the state and its code (结束语); ``msg_send_fail`` → a note.

Those two events are applied by ``events.apply_events``, pure, before the page is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import (
    ContactChannel,
    MessageDirection,
)
from desktop.domain.inbox.inbound_mail import chat_wants_unsubscribe
from desktop.domain.wechat_kf.messages import EventType, KfItem, Kind
from desktop.domain.wechat_kf.window import ServiceState
from desktop.services.inbox.contacts import member_for_contact
from desktop.services.inbox.conversation_state import touch
from desktop.services.wechat_kf.events import WelcomeDue, apply_events, sent_at
from desktop.services.wechat_kf.newcomers import SOURCE, create_users
from desktop.services.wechat_kf.rows import (
    CONV_COLUMNS,
    CONVERSATIONS,
    MESSAGES,
    SESS_COLUMNS,
    SESSIONS,
    ConvRow,
    SessRow,
    by_id,
    int_chunks,
)
from desktop.store.base import table_of, utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    KfAccount,
    KfSession,
    Member,
    MemberContact,
    Message,
    MessageAttachment,
)

log = logging.getLogger(__name__)

UNSUBSCRIBE_EVENT = "unsubscribe"
SEND_FAIL_EVENT = "kf_send_fail"
_CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's limits


@dataclass(frozen=True)
class KfInbound:
    """A user's message that reached the inbox, for hooks (codes, campaigns)."""

    message_id: int
    member_id: int
    conversation_id: int
    text: str
    external_userid: str
    msgid: str


@dataclass
class PageResult:
    stored: int = 0
    inbound: list[KfInbound] = field(default_factory=list)
    welcomes: list[WelcomeDue] = field(default_factory=list)
    new_users: list[str] = field(default_factory=list)


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


class KfIngest:
    def __init__(
        self,
        db: Database,
        *,
        clock: Callable[[], datetime] = utcnow,
        on_unsubscribe: Callable[[int], None] | None = None,
    ) -> None:
        self.db = db
        self._clock = clock
        # Records an unsubscribe (OutboxService.unsubscribe for the 微信客服 channel).
        self.on_unsubscribe = on_unsubscribe

    def store_page(
        self,
        account_id: int,
        items: list[KfItem],
        next_cursor: str,
        media: Mapping[str, tuple[bytes, str, str]] | None = None,
    ) -> PageResult:
        """Store ``items`` and move the cursor to ``next_cursor`` in one transaction.

        ``media`` maps a message id to its fetched file (content, content type, name)."""
        media = media or {}
        result = PageResult()
        self._unsubscribes_first(account_id, items)
        with self.db.write() as s:
            known = self._known(s, [i.msgid for i in items])
            fresh = [i for i in items if i.msgid not in known and i.external_userid]
            sessions = self._sessions(s, account_id, fresh, result)
            result.welcomes.extend(apply_events(fresh, sessions))
            self._store_messages(s, fresh, sessions, media, result)
            acc = s.get(KfAccount, account_id)
            if acc is not None:
                acc.cursor = next_cursor
                acc.status = "ok"
                acc.last_error = None
                acc.last_sync_at = self._clock()
        return result

    # -- parts of one page -----------------------------------------------------------------

    def _unsubscribes_first(self, account_id: int, items: list[KfItem]) -> None:
        """退订 / TD: recorded before the page's transaction (an unsubscribe is idempotent in
        effect; a page re-read after a crash finds its messages stored and skips them)."""
        if self.on_unsubscribe is None:
            return
        wanted = [
            i
            for i in items
            if i.from_user and i.kind is Kind.TEXT and chat_wants_unsubscribe(i.text)
        ]
        if not wanted:
            return
        with self.db.read() as s:
            known = self._known(s, [i.msgid for i in wanted])
        for item in wanted:
            if item.msgid in known:
                continue
            with self.db.write() as s:
                member_id = member_for_contact(
                    s, ContactChannel.WECOM, item.external_userid, item.external_userid, SOURCE
                )
            self.on_unsubscribe(member_id)

    @staticmethod
    def _known(s: Session, msgids: list[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks([m for m in msgids if m]):
            out.update(
                str(x)
                for x in s.scalars(
                    select(Message.external_id).where(Message.external_id.in_(chunk))
                )
            )
        return out

    def _sessions(
        self, s: Session, account_id: int, items: list[KfItem], result: PageResult
    ) -> dict[str, SessRow]:
        users = list(dict.fromkeys(i.external_userid for i in items))
        found: dict[str, SessRow] = {}
        for chunk in _chunks(users):
            for row in s.execute(
                select(*SESS_COLUMNS).where(
                    KfSession.account_id == account_id, KfSession.external_userid.in_(chunk)
                )
            ):
                sess = SessRow(**row._mapping)
                found[sess.external_userid] = sess
        missing = [u for u in users if u not in found]
        if not missing:
            return found
        contacts: dict[str, int] = {}
        for chunk in _chunks(missing):
            contacts.update(
                (str(a), int(m))
                for a, m in s.execute(
                    select(MemberContact.address, MemberContact.member_id).where(
                        MemberContact.channel == ContactChannel.WECOM,
                        MemberContact.address.in_(chunk),
                    )
                )
            )
        scenes = {
            i.external_userid: i.event.scene
            for i in items
            if i.event is not None and i.event.type is EventType.ENTER_SESSION and i.event.scene
        }
        create_users(s, account_id, missing, contacts, scenes, found, result.new_users)
        return found

    def _store_messages(
        self,
        s: Session,
        items: list[KfItem],
        sessions: dict[str, SessRow],
        media: Mapping[str, tuple[bytes, str, str]],
        result: PageResult,
    ) -> None:
        shown = [i for i in items if i.is_message or _is_send_fail(i)]
        if shown:
            self._insert(s, shown, sessions, media, result)
        changed = [x.values() for x in sessions.values() if x.changed]
        if changed:  # one executemany for the page's sessions
            s.execute(by_id(SESSIONS, changed[0]), changed)

    def _insert(
        self,
        s: Session,
        shown: list[KfItem],
        sessions: dict[str, SessRow],
        media: Mapping[str, tuple[bytes, str, str]],
        result: PageResult,
    ) -> None:
        wanted = {sessions[i.external_userid].conversation_id for i in shown}
        convs: dict[int, ConvRow] = {}
        for id_chunk in int_chunks(sorted(c for c in wanted if c)):
            for row in s.execute(select(*CONV_COLUMNS).where(Conversation.id.in_(id_chunk))):
                loaded = ConvRow(**row._mapping)
                convs[loaded.id] = loaded
        rows: list[dict[str, object]] = []
        now = self._clock()
        for item in shown:
            sess = sessions[item.external_userid]
            inbound = item.from_user
            fail = _is_send_fail(item)
            direction = (
                MessageDirection.NOTE
                if fail
                else MessageDirection.INBOUND
                if inbound
                else MessageDirection.OUTBOUND
            )
            text = _fail_text(item) if fail else item.text
            at = sent_at(item)
            rows.append(
                {
                    "conversation_id": sess.conversation_id,
                    "direction": direction,
                    "body_text": text,
                    "external_id": item.msgid,
                    "sent_at": at,
                    "sender": item.external_userid if inbound else None,
                    "event": SEND_FAIL_EVENT if fail else None,
                }
            )
            target = convs.get(sess.conversation_id or 0)
            if target is not None and not fail:
                touch(target, text, at, inbound)
            if inbound:
                if sess.last_user_message_at is None or at >= sess.last_user_message_at:
                    sess.last_user_message_at = at
                    sess.window_counted_since = now
                if sess.service_state == ServiceState.ENDED:
                    sess.service_state = int(ServiceState.UNHANDLED)
                sess.changed = True
        # A plain executemany, then the ids by message id: RETURNING with ordered rows
        # makes SQLAlchemy insert one row per statement on SQLite.
        s.execute(insert(MESSAGES), rows)
        if convs:
            conv_rows = [c.values() for c in convs.values()]
            s.execute(by_id(CONVERSATIONS, conv_rows[0]), conv_rows)
        by_msgid: dict[str, int] = {}
        for chunk in _chunks([i.msgid for i in shown]):
            by_msgid.update(
                (str(ext), int(mid))
                for mid, ext in s.execute(
                    select(Message.id, Message.external_id).where(Message.external_id.in_(chunk))
                )
            )
        ids = [by_msgid[i.msgid] for i in shown]
        result.stored = len(ids)
        attachments: list[dict[str, object]] = []
        notes: list[dict[str, object]] = []
        touched_members: set[int] = set()
        for item, message_id in zip(shown, ids, strict=True):
            sess = sessions[item.external_userid]
            if item.media_id or item.kind is Kind.UNSUPPORTED:
                fallback = item.filename or f"{item.raw_type}.json"
                content, ctype, name = media.get(
                    item.msgid, (b"", "application/octet-stream", fallback)
                )
                if item.kind is Kind.UNSUPPORTED:
                    content, ctype = item.raw_json.encode(), "application/json"
                attachments.append(
                    {
                        "message_id": message_id,
                        "filename": name or fallback,
                        "content_type": ctype,
                        "size": len(content),
                        "content": content,
                    }
                )
            if not item.from_user:
                continue
            touched_members.add(sess.member_id)
            if item.kind is Kind.TEXT and chat_wants_unsubscribe(item.text):
                notes.append(
                    {
                        "conversation_id": sess.conversation_id,
                        "direction": MessageDirection.NOTE,
                        "body_text": "unsubscribed (reply)",
                        "sent_at": sent_at(item),
                        "event": UNSUBSCRIBE_EVENT,
                    }
                )
            result.inbound.append(
                KfInbound(
                    message_id,
                    sess.member_id,
                    sess.conversation_id or 0,
                    item.text,
                    item.external_userid,
                    item.msgid,
                )
            )
        if attachments:
            s.execute(insert(table_of(MessageAttachment)), attachments)
        if notes:
            s.execute(insert(MESSAGES), notes)
        if touched_members:
            s.execute(
                update(Member)
                .where(Member.id.in_(sorted(touched_members)))
                .values(last_interaction_at=now)
            )


def _is_send_fail(item: KfItem) -> bool:
    return item.event is not None and item.event.type is EventType.MSG_SEND_FAIL


def _fail_text(item: KfItem) -> str:
    fail_type = item.event.fail_type if item.event else 0
    return f"WeChat did not deliver a message (fail_type {fail_type})"


__all__ = ["SOURCE", "KfInbound", "KfIngest", "PageResult"]
