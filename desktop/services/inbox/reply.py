"""Answering a conversation (D4, D6, D7): canned replies, checks, and sending via the outbox.

``check`` finds banned words (the workspace's list) and, for a marketing reply, missing
consent or an exceeded frequency — the UI shows them as a warning and sends only when the
operator confirms (banned words) or not at all (consent). ``send`` enqueues one DM
delivery and records the outgoing message in the thread, linked to the delivery so its
state (queued / sent / failed) shows there. The reply's Message-ID is known up front
(``message_id_for``), so the member's answer threads back by In-Reply-To.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from desktop.channels.mail_message import EmailConfig, message_id_for
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ConversationStatus,
    DeliveryKind,
    DeliveryStatus,
    DmFrequency,
    MessageDirection,
)
from desktop.domain.inbox.banned_words import DEFAULT_BANNED_WORDS, Hit, clean_list, find_banned
from desktop.domain.sending.consent import ConsentEvent, ConsentVerdict, check_consent
from desktop.domain.sending.rules import FREQUENCY_PERIOD
from desktop.domain.templates import render
from desktop.services.sending.outbox import NewDelivery, OutboxService, default_account_id
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    CannedReply,
    ChannelAccount,
    ConsentRecord,
    Conversation,
    Delivery,
    InboxSettings,
    Member,
    Message,
    Operator,
    WorkspaceSettings,
)


class ReplyBlocked(Exception):
    def __init__(self, check: ReplyCheck) -> None:
        self.check = check
        super().__init__("the reply needs confirmation or cannot be sent")


@dataclass(frozen=True)
class ReplyCheck:
    banned: list[Hit] = field(default_factory=list)
    consent: ConsentVerdict = ConsentVerdict.ALLOWED
    too_frequent: bool = False  # a marketing DM went out within the member's chosen period
    empty: bool = False
    # 微信客服: why the reply window is closed (domain.wechat_kf.window.Closed), else None.
    window_closed: str | None = None

    @property
    def blocking(self) -> bool:
        """Problems no confirmation overrides."""
        return self.empty or self.consent != ConsentVerdict.ALLOWED or bool(self.window_closed)

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.banned) or self.too_frequent


@dataclass(frozen=True)
class SentReply:
    message_id: int
    delivery_id: int
    rfc_message_id: str


@dataclass(frozen=True)
class CannedRow:
    id: int
    shortcut: str
    title: str
    body: str
    is_marketing: bool


class ReplyService:
    def __init__(
        self, db: Database, outbox: OutboxService, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.db = db
        self.outbox = outbox
        self._clock = clock

    # -- canned replies (话术库) ------------------------------------------------------------

    def canned(self, prefix: str = "") -> list[CannedRow]:
        """Canned replies whose shortcut or title starts with / contains ``prefix``."""
        p = prefix.strip().lower()
        with self.db.read() as s:
            rows = list(s.scalars(select(CannedReply).order_by(CannedReply.shortcut)))
        out = [
            CannedRow(r.id, r.shortcut, r.title, r.body, r.is_marketing)
            for r in rows
            if not p or r.shortcut.lower().startswith(p) or p in r.title.lower()
        ]
        out.sort(key=lambda r: (not r.shortcut.lower().startswith(p), r.shortcut))
        return out

    def save_canned(
        self, shortcut: str, title: str, body: str, *, is_marketing: bool = False
    ) -> int:
        shortcut = shortcut.strip().lstrip("/")
        if not shortcut or not body.strip():
            raise ValueError("a canned reply needs a shortcut and a text")
        with self.db.write() as s:
            row = s.scalar(select(CannedReply).where(CannedReply.shortcut == shortcut))
            if row is None:
                row = CannedReply(shortcut=shortcut, title=title or shortcut, body=body)
                s.add(row)
            row.title, row.body, row.is_marketing = title or shortcut, body, is_marketing
            s.flush()
            return row.id

    def fill(self, body: str, conversation_id: int, operator_id: int | None = None) -> str:
        """A canned reply's text with {name}, {brand}, {operator}, {date} filled in."""
        with self.db.read() as s:
            conv = s.get(Conversation, conversation_id)
            member = s.get(Member, conv.member_id) if conv else None
            ws = s.get(WorkspaceSettings, 1)
            op = s.get(Operator, operator_id) if operator_id else None
        values = {
            "name": member.display_name if member else "",
            "brand": ws.brand_keyword if ws else "",
            "operator": op.name if op else "",
            "date": self._clock().date().isoformat(),
        }
        return render(body, values, strict=False)

    # -- banned words ---------------------------------------------------------------------

    def banned_words(self) -> list[str]:
        with self.db.read() as s:
            row = s.get(InboxSettings, 1)
        return list(row.banned_words) if row is not None else list(DEFAULT_BANNED_WORDS)

    def set_banned_words(self, words: list[str]) -> None:
        with self.db.write() as s:
            row = s.get(InboxSettings, 1)
            if row is None:
                row = InboxSettings(id=1)
                s.add(row)
            row.banned_words = clean_list(words)

    # -- checking and sending -------------------------------------------------------------

    def check(self, conversation_id: int, text: str, *, marketing: bool = False) -> ReplyCheck:
        banned = find_banned(text, self.banned_words())
        closed = self._window_closed(conversation_id)
        if not marketing:
            return ReplyCheck(banned=banned, empty=not text.strip(), window_closed=closed)
        with self.db.read() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is None:
                raise KeyError(conversation_id)
            member = s.get(Member, conv.member_id)
            events = [
                ConsentEvent(
                    r.channel, ConsentPurpose(r.purpose), r.granted, r.recorded_at, r.source, r.id
                )
                for r in s.scalars(
                    select(ConsentRecord).where(ConsentRecord.member_id == conv.member_id)
                )
            ]
            last_marketing = s.scalar(
                select(func.max(Delivery.sent_at)).where(
                    Delivery.member_id == conv.member_id,
                    Delivery.purpose == ConsentPurpose.MARKETING,
                    Delivery.status == DeliveryStatus.SENT,
                )
            )
            channel = str(conv.channel)
        verdict = check_consent(events, channel, ConsentPurpose.MARKETING)
        freq = DmFrequency(member.dm_frequency) if member else DmFrequency.WEEKLY
        too_frequent = freq == DmFrequency.NEVER or (
            last_marketing is not None
            and self._clock() - last_marketing
            < FREQUENCY_PERIOD.get(freq, FREQUENCY_PERIOD[DmFrequency.WEEKLY])
        )
        return ReplyCheck(banned, verdict, too_frequent, not text.strip(), closed)

    def _window_closed(self, conversation_id: int) -> str | None:
        """A 微信客服 conversation may be answered only inside its window (issue 16)."""
        from desktop.services.wechat_kf.window import conversation_window

        with self.db.read() as s:
            channel = s.scalar(
                select(Conversation.channel).where(Conversation.id == conversation_id)
            )
            if channel != ChannelKind.WECHAT_KF:
                return None
            window = conversation_window(s, conversation_id, self._clock())
        return None if window is None or window.closed is None else str(window.closed)

    def send(
        self,
        conversation_id: int,
        text: str,
        *,
        operator_id: int | None = None,
        marketing: bool = False,
        confirmed: bool = False,
        automatic_key: str | None = None,
    ) -> SentReply:
        """Send ``text`` into the conversation through the outbox and keep it in the thread.

        ``automatic_key`` marks an answer the app gives by itself (a DM campaign's
        acknowledgement), keyed so that the same answer is never queued twice. It ends the
        wait but is not the team's first response: the reply-time figures stay about people.
        """
        result = self.check(conversation_id, text, marketing=marketing)
        if result.blocking or (result.needs_confirmation and not confirmed):
            raise ReplyBlocked(result)
        now = self._clock()
        key = automatic_key or f"dm-reply:{conversation_id}:{uuid.uuid4().hex}"
        with self.db.read() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is None:
                raise KeyError(conversation_id)
            channel = ChannelKind(conv.channel)
            account_id = conv.channel_account_id or default_account_id(s, channel)
            account = s.get(ChannelAccount, account_id) if account_id else None
            domain = (
                EmailConfig.from_json(account.config).domain
                if account is not None and channel == ChannelKind.EMAIL
                else "shequn.invalid"
            )
            thread = list(
                s.execute(
                    select(Message.external_id, Message.reference_ids)
                    .where(
                        Message.conversation_id == conversation_id,
                        Message.external_id.is_not(None),
                        Message.direction != MessageDirection.NOTE,
                    )
                    .order_by(Message.sent_at.desc(), Message.id.desc())
                    .limit(1)
                )
            )
            subject = conv.subject or ""
            member_id = conv.member_id
            # A chat reply goes back to the room the member wrote from, not a new DM room.
            # 微信客服: the WeChat user's external_userid (issue 16).
            room = (
                conv.external_thread_id
                if channel in (ChannelKind.MATRIX, ChannelKind.WECHAT_KF)
                else None
            )
        in_reply_to = thread[0][0] if thread else None
        refs = ((thread[0][1] or "") + " " + (in_reply_to or "")).split() if thread else []
        subject = subject if subject.lower().startswith(("re:", "回复")) else f"Re: {subject}"
        delivery_id = self.outbox.enqueue(
            NewDelivery(
                kind=DeliveryKind.DM,
                channel=channel,
                due_at=now,
                idempotency_key=key,
                body=text,
                subject=subject.strip(),
                purpose=ConsentPurpose.MARKETING if marketing else ConsentPurpose.SERVICE,
                member_id=member_id,
                channel_account_id=account_id,
                conversation_id=conversation_id,
                recipient=room,
                in_reply_to=in_reply_to,
                references=" ".join(dict.fromkeys(refs[-20:])) or None,
            )
        )
        rfc_id = message_id_for(key, domain)
        with self.db.write() as s:
            conv = s.get(Conversation, conversation_id)
            assert conv is not None
            msg = Message(
                conversation_id=conversation_id,
                direction=MessageDirection.OUTBOUND,
                author_operator_id=operator_id,
                body_text=text,
                external_id=rfc_id,
                sent_at=now,
                delivery_id=delivery_id,
                subject=subject.strip(),
                in_reply_to=in_reply_to,
                reference_ids=" ".join(dict.fromkeys(refs[-20:])) or None,
            )
            s.add(msg)
            if conv.first_response_at is None and automatic_key is None:
                conv.first_response_at = now
            conv.waiting_since = None
            conv.last_message_at = now
            conv.last_preview = text.strip()[:200]
            conv.unread = 0
            if conv.status == ConversationStatus.SNOOZED:
                conv.status = ConversationStatus.OPEN
            s.flush()
            return SentReply(msg.id, delivery_id, rfc_id)
