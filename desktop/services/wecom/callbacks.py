"""WeCom callbacks for one app account: URL verification, then events, once each.

A POST is checked (signature, age, corp ID, XML, padding — any failure is 403/400, logged,
nothing stored), decrypted, and stored under a key made from its plaintext: a replay finds
the key and changes nothing. Then:
- ``change_external_chat`` (https://developer.work.weixin.qq.com/document/path/92130):
  create → the group is fetched; update add_member / del_member → joins and leaves;
  change_name / change_notice / change_owner → the group is fetched again; dismiss → marked.
- ``change_external_contact`` add_external_contact with ``WelcomeCode``: the contact
  welcome goes out at once through ``send_welcome_msg`` (20 s window, once; 41051 after).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.etree import ElementTree

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.channels.wecom import api
from desktop.channels.wecom.crypto import CallbackRejected, WeComCrypto
from desktop.channels.wecom.errors import WeComError
from desktop.domain.enums import StepChannel
from desktop.services.wecom.accounts import WeComAccounts
from desktop.services.wecom.ingest import WeComIngest
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, WeComCallback, WelcomeJourney, WelcomeStep

log = logging.getLogger(__name__)
DEFAULT_CONTACT_WELCOME = "你好 %NICKNAME%,欢迎!"
CRYPTO_TTL_S = 60.0


@dataclass(frozen=True)
class Event:
    event: str
    change_type: str
    chat_id: str = ""
    detail: str = ""
    members: list[str] = field(default_factory=list)
    join_scene: int = 0
    create_time: int = 0
    userid: str = ""
    external_userid: str = ""
    welcome_code: str = ""
    state: str = ""


def parse_event(text: str) -> Event:
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as e:
        raise CallbackRejected("broken XML in the decrypted event") from e

    def get(tag: str) -> str:
        return (root.findtext(tag) or "").strip()

    return Event(
        event=get("Event"),
        change_type=get("ChangeType"),
        chat_id=get("ChatId"),
        detail=get("UpdateDetail"),
        members=[(i.text or "").strip() for i in root.iterfind("MemChangeList/Item")],
        join_scene=int(get("JoinScene") or 0),
        create_time=int(get("CreateTime") or 0),
        userid=get("UserID"),
        external_userid=get("ExternalUserID"),
        welcome_code=get("WelcomeCode"),
        state=get("State"),
    )


def wecom_nickname(template: str) -> str:
    """The journey's ``{name}`` is WeCom's ``%NICKNAME%``."""
    return template.replace("{name}", "%NICKNAME%")


class WeComCallbacks:
    def __init__(
        self,
        db: Database,
        accounts: WeComAccounts,
        ingest: WeComIngest,
        *,
        contact_welcome: Callable[[int], str] | None = None,
        clock: Callable[[], float] = time.time,
        handlers: Mapping[str, Callable[[int, str], Awaitable[str]]] | None = None,
    ) -> None:
        self.db = db
        self.accounts = accounts
        self.ingest = ingest
        self.contact_welcome = contact_welcome or self.journey_welcome
        self.clock = clock
        # Other features' events on the same callback URL, by <Event>: (account id, the
        # decrypted XML) → outcome (e.g. kf_msg_or_event for 微信客服).
        self.handlers = dict(handlers or {})
        self._refreshes: set[asyncio.Task[None]] = set()
        self._pending: set[tuple[int, str]] = set()  # one snapshot at a time per group
        self._cryptos: dict[int, tuple[float, WeComCrypto | None]] = {}

    async def _crypto(self, account_id: int) -> WeComCrypto | None:
        """The account's callback crypto, read from the keyring at most once a minute: a
        burst of joins must not read the keyring for each."""
        now = time.monotonic()
        cached = self._cryptos.get(account_id)
        if cached is not None and now - cached[0] < CRYPTO_TTL_S:
            return cached[1]
        crypto = await asyncio.to_thread(self.accounts.crypto, account_id)
        self._cryptos[account_id] = (now, crypto)
        return crypto

    def journey_welcome(self, account_id: int) -> str:
        """The contact welcome: the first personal (non-group) step of the account's journey
        (``journey_id`` in its settings, else the first journey), its ``{name}`` as WeCom's
        ``%NICKNAME%``; variables WeCom cannot fill are left out."""
        with self.db.read() as s:
            account = s.get(ChannelAccount, account_id)
            journey_id = (account.config or {}).get("journey_id") if account else None
            if journey_id is None:
                journey_id = s.scalar(select(func.min(WelcomeJourney.id)))
            template = s.scalar(
                select(WelcomeStep.template)
                .where(
                    WelcomeStep.journey_id == journey_id,
                    WelcomeStep.enabled.is_(True),
                    WelcomeStep.channel != StepChannel.GROUP,
                    WelcomeStep.variant == "",
                )
                .order_by(WelcomeStep.position, WelcomeStep.id)
                .limit(1)
            )
        if not template:
            return DEFAULT_CONTACT_WELCOME
        text = re.sub(r"\{(?!name\})[a-z_]+\}", "", wecom_nickname(template))
        return text.strip() or DEFAULT_CONTACT_WELCOME

    async def verify_url(self, account_id: int, query: dict[str, str]) -> tuple[int, str]:
        crypto = await self._crypto(account_id)
        if crypto is None:
            return 404, "no callback set up for this account"
        try:
            echo = crypto.verify_url(
                query.get("msg_signature", ""),
                query.get("timestamp", ""),
                query.get("nonce", ""),
                query.get("echostr", ""),
                now=self.clock(),
            )
        except CallbackRejected as e:
            log.warning("WeCom URL check refused for account %s: %s", account_id, e.reason)
            return e.status, e.reason
        return 200, echo

    async def receive(self, account_id: int, query: dict[str, str], body: bytes) -> tuple[int, str]:
        crypto = await self._crypto(account_id)
        if crypto is None:
            return 404, "no callback set up for this account"
        try:
            plain = crypto.decrypt_post(
                query.get("msg_signature", ""),
                query.get("timestamp", ""),
                query.get("nonce", ""),
                body,
                now=self.clock(),
            )
            event = parse_event(plain)
        except CallbackRejected as e:
            log.warning("WeCom callback refused for account %s: %s", account_id, e.reason)
            return e.status, e.reason
        try:
            if await self._apply_with_record(account_id, event, plain):
                return 200, "success"
            stored = await asyncio.to_thread(self._store, account_id, event, plain)
        except IntegrityError:
            stored = None  # the same event arriving twice at once
        if stored is None:
            return 200, "success"  # a replay: already handled
        handler = self.handlers.get(event.event)
        if handler is not None:
            outcome = await handler(account_id, plain)
        else:
            outcome = await self._handle(account_id, event)
        if outcome:
            await asyncio.to_thread(self._note, stored, outcome)
        return 200, "success"

    async def _apply_with_record(self, account_id: int, ev: Event, plain: str) -> bool:
        """Joins, leaves and dismissals: recorded and applied in one transaction (a burst
        of joins costs one commit each). False when the event is of another kind."""
        if ev.event != "change_external_chat" or not ev.chat_id:
            return False

        def first(outcome: str) -> Callable[[Session], bool]:
            return lambda s: self._insert(s, account_id, ev, plain, outcome) is not None

        at = datetime.fromtimestamp(ev.create_time or self.clock(), UTC)
        ingest = self.ingest
        if ev.change_type == "update" and ev.detail == "add_member":
            await asyncio.to_thread(
                ingest.apply_joins,
                account_id,
                ev.chat_id,
                ev.members,
                ev.join_scene,
                at,
                first("update add_member"),
            )
            return True
        if ev.change_type == "update" and ev.detail == "del_member":
            await asyncio.to_thread(
                ingest.apply_leaves,
                account_id,
                ev.chat_id,
                ev.members,
                at,
                first("update del_member"),
            )
            return True
        if ev.change_type == "dismiss":
            await asyncio.to_thread(
                lambda: ingest.apply_fields(
                    account_id, ev.chat_id, first("dismissed"), dismissed_at=at
                )
            )
            return True
        return False

    @staticmethod
    def _insert(
        s: Session, account_id: int, event: Event, plain: str, outcome: str = ""
    ) -> int | None:
        key = hashlib.sha256(plain.encode()).hexdigest()
        seen = s.scalar(
            select(WeComCallback.id).where(
                WeComCallback.account_id == account_id, WeComCallback.dedupe_key == key
            )
        )
        if seen is not None:
            return None
        row = WeComCallback(
            account_id=account_id,
            dedupe_key=key,
            event=event.event[:60],
            change_type=event.change_type[:60],
            chat_id=event.chat_id[:64],
            payload=plain,
            outcome=outcome,
        )
        s.add(row)
        s.flush()
        return row.id

    def _store(self, account_id: int, event: Event, plain: str) -> int | None:
        with self.db.write() as s:
            return self._insert(s, account_id, event, plain)

    def _note(self, callback_id: int, outcome: str) -> None:
        with self.db.write() as s:
            row = s.get(WeComCallback, callback_id)
            if row is not None:
                row.outcome = outcome[:300]

    async def _handle(self, account_id: int, ev: Event) -> str:
        if ev.event == "change_external_contact" and ev.change_type == "add_external_contact":
            return await self._welcome(account_id, ev) if ev.welcome_code else ""
        if ev.event != "change_external_chat" or not ev.chat_id:
            return ""
        # create / change_name / change_notice / change_owner: a fresh snapshot, after the
        # answer so WeCom gets its "success" within 5 s. Joins and leaves (applied with
        # their record) carry what they change; newcomers' names come with the next sync.
        self._refresh_later(account_id, ev.chat_id)
        return f"{ev.change_type} {ev.detail}".strip()

    async def _welcome(self, account_id: int, ev: Event) -> str:
        text = wecom_nickname(await asyncio.to_thread(self.contact_welcome, account_id))
        try:
            client = await asyncio.to_thread(self.accounts.client, account_id)
            async with client:
                await api.send_welcome_msg(client, ev.welcome_code, text)
        except WeComError as e:
            log.warning("contact welcome not sent: %s", e.message)
            return f"welcome not sent: {e.message}"
        return "welcome sent"

    def _refresh_later(self, account_id: int, chat_id: str) -> None:
        key = (account_id, chat_id)
        if key in self._pending:
            return  # the snapshot under way or queued will show this change too
        self._pending.add(key)
        task = asyncio.get_running_loop().create_task(self._refresh(account_id, chat_id))
        self._refreshes.add(task)
        task.add_done_callback(self._refreshes.discard)

    async def _refresh(self, account_id: int, chat_id: str) -> None:
        await asyncio.sleep(0)  # let a burst of events for the group arrive first
        self._pending.discard((account_id, chat_id))
        try:
            client = await asyncio.to_thread(self.accounts.client, account_id)
            async with client:
                chat = await api.get_group_chat(client, chat_id)
            await asyncio.to_thread(self.ingest.store_chats, account_id, [chat])
        except Exception as e:  # the periodic sync catches up
            log.info("refreshing WeCom group %s failed: %s", chat_id, e)

    async def idle(self) -> None:
        """Wait for the snapshots callbacks asked for (tests, shutdown)."""
        while self._refreshes:
            await asyncio.gather(*list(self._refreshes), return_exceptions=True)
