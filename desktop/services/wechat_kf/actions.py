"""What operators (and the sync) do to a 微信客服 session besides replying.

- The welcome: an ``enter_session`` event with a ``welcome_code`` allows one message through
  ``kf/send_msg_on_event`` within 20 seconds (W/95122): the account's welcome text is sent
  at once, with a msgid derived from the code; after 20 s it is not attempted (the code is
  dead) and the thread says so.
- 人工接待 / end: ``kf/service_state/trans`` (W/94669). Ending may return a ``msg_code``
  for one 结束语 within 20 s, sent when the account has one configured.
- Contact links: ``kf/add_contact_way`` (W/94665) per scene (≤ 32 bytes of [0-9a-zA-Z_-]);
  the scene becomes the source of members it brings (M1), with a QR code as PNG.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.channels.wecom.errors import WeComError
from desktop.domain.chat.wording import chat_wording
from desktop.domain.enums import MessageDirection
from desktop.domain.templates import render
from desktop.domain.wechat_kf.msgid import msgid_for
from desktop.domain.wechat_kf.window import ReplyWindow, ServiceState, can_transfer
from desktop.services.inbox.conversation_state import touch
from desktop.services.qr_codes import qr_png
from desktop.services.wechat_kf.accounts import KfAccounts
from desktop.services.wechat_kf.events import WelcomeDue
from desktop.services.wechat_kf.journey import enrol_kf
from desktop.services.wechat_kf.profile import Avatars, KfProfile, profile_of
from desktop.services.wechat_kf.window import conversation_window, session_of
from desktop.services.welcome.enrol import EnrolmentRefused
from desktop.services.welcome.plan import load_plan
from desktop.store.base import utcnow
from desktop.store.models import (
    Conversation,
    KfAccount,
    KfContactWay,
    KfSession,
    Member,
    Message,
    WorkspaceSettings,
)

CODE_LIFETIME = timedelta(seconds=20)  # welcome and 结束语 codes (W/95122)
SCENE = re.compile(r"[0-9A-Za-z_-]{1,32}")
WELCOME_EXPIRED = "welcome code expired before the welcome could be sent (20 s)"


class KfActionError(Exception):
    """An action WeCom or the rules refused; ``str()`` is the operator's message."""


@dataclass(frozen=True)
class ContactLink:
    id: int
    scene: str
    label: str
    url: str
    conversations: int  # WeChat users who came through this link


class KfActions:
    def __init__(self, accounts: KfAccounts, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.accounts = accounts
        self.db = accounts.db
        self._clock = clock
        self.avatars = Avatars()

    def window(self, conversation_id: int) -> ReplyWindow | None:
        with self.db.read() as s:
            return conversation_window(s, conversation_id, self._clock())

    def profile(self, conversation_id: int) -> KfProfile | None:
        with self.db.read() as s:
            return profile_of(s, conversation_id)

    async def avatar(self, url: str) -> bytes | None:
        return await self.avatars.get(url)

    # -- event messages (welcome, 结束语) ----------------------------------------------------

    async def welcome(self, account_id: int, due: WelcomeDue) -> bool:
        """Send the welcome for ``due`` if its code is still valid; True when sent. With a
        journey the user is enrolled in it too: its later steps follow in this conversation
        (the first one is the welcome when it could be sent as one)."""
        with self.db.read() as s:
            kf = s.get(KfAccount, account_id)
            step = first_step_text(s, kf, due.conversation_id) if kf is not None else ""
        sent = await self._welcome(account_id, due, step)
        try:
            with self.db.write() as s:
                enrol_kf(
                    s, account_id, due.conversation_id, self._clock(), welcomed=sent and bool(step)
                )
        except EnrolmentRefused as e:
            self._note(due.conversation_id, f"welcome journey not started: {e}")
        return sent

    async def _welcome(self, account_id: int, due: WelcomeDue, step: str) -> bool:
        with self.db.read() as s:
            kf = s.get(KfAccount, account_id)
            text = kf.welcome_text.strip() if kf is not None else ""
        text = step or text
        if not text:
            return False
        if self._clock() - due.at > CODE_LIFETIME:
            self._note(due.conversation_id, WELCOME_EXPIRED)
            return False
        msgid = msgid_for(f"kf-welcome:{due.code}")
        client, _config = self.accounts.client_for(account_id)
        try:
            await client.send_on_event(due.code, msgid, text)
        finally:
            await client.wecom.close()
        self._record(due.conversation_id, text, msgid)
        with self.db.write() as s:
            sess = s.get(KfSession, due.session_id)
            if sess is not None:
                sess.welcome_code = None
        return True

    # -- session state ----------------------------------------------------------------------

    async def to_human(self, conversation_id: int, servicer_userid: str) -> None:
        """Hand the session to a reception staff member (由人工接待)."""
        if not servicer_userid.strip():
            raise KfActionError("choose the reception staff member (their WeCom user ID)")
        await self._transfer(conversation_id, ServiceState.HUMAN, servicer_userid.strip())

    async def end(self, conversation_id: int) -> bool:
        """End the session; True when a 结束语 was sent with the code WeCom returned."""
        code = await self._transfer(conversation_id, ServiceState.ENDED, "")
        with self.db.read() as s:
            sess = session_of(s, conversation_id)
            kf = s.get(KfAccount, sess.account_id) if sess is not None else None
            text = kf.end_text.strip() if kf is not None else ""
            account_id = kf.account_id if kf is not None else 0
        if not code or not text:
            return False
        client, _config = self.accounts.client_for(account_id)
        msgid = msgid_for(f"kf-end:{code}")
        try:
            await client.send_on_event(code, msgid, text)
        except WeComError as e:
            raise KfActionError(
                f"the session ended, but the 结束语 was refused: {e.message}"
            ) from e
        finally:
            await client.wecom.close()
        self._record(conversation_id, text, msgid)
        return True

    async def _transfer(self, conversation_id: int, target: ServiceState, servicer: str) -> str:
        with self.db.read() as s:
            sess = session_of(s, conversation_id)
            if sess is None:
                raise KfActionError("not a 微信客服 conversation")
            current = ServiceState(sess.service_state)
            account_id, user = sess.account_id, sess.external_userid
        if not can_transfer(current, target):
            raise KfActionError(
                f"a session in state {int(current)} cannot move to state {int(target)}"
            )
        client, config = self.accounts.client_for(account_id)
        try:
            code = await client.transfer(config.open_kfid, user, int(target), servicer)
        except WeComError as e:
            raise KfActionError(e.message) from e
        finally:
            await client.wecom.close()
        with self.db.write() as s:
            row = session_of(s, conversation_id)
            if row is not None:
                row.service_state = int(target)
                row.servicer_userid = servicer or row.servicer_userid
                if code:
                    row.event_code, row.event_code_at = code, self._clock()
        return code

    # -- contact links ----------------------------------------------------------------------

    async def add_link(self, account_id: int, scene: str, label: str) -> ContactLink:
        scene = scene.strip()
        if not SCENE.fullmatch(scene):
            raise KfActionError("a scene is 1–32 letters, digits, '_' or '-'")
        client, config = self.accounts.client_for(account_id)
        try:
            url = await client.contact_way(config.open_kfid, scene)
        except WeComError as e:
            raise KfActionError(e.message) from e
        finally:
            await client.wecom.close()
        with self.db.write() as s:
            row = s.scalar(
                select(KfContactWay).where(
                    KfContactWay.account_id == account_id, KfContactWay.scene == scene
                )
            )
            if row is None:
                row = KfContactWay(account_id=account_id, scene=scene)
                s.add(row)
            row.label, row.url = label.strip()[:80], url
            s.flush()
            link_id = row.id
        return next(link for link in self.links(account_id) if link.id == link_id)

    def links(self, account_id: int) -> list[ContactLink]:
        with self.db.read() as s:
            counts = dict(
                s.execute(
                    select(KfSession.scene, func.count(KfSession.id))
                    .where(KfSession.account_id == account_id, KfSession.scene.is_not(None))
                    .group_by(KfSession.scene)
                ).all()
            )
            rows = s.scalars(
                select(KfContactWay)
                .where(KfContactWay.account_id == account_id)
                .order_by(KfContactWay.id)
            ).all()
            return [
                ContactLink(r.id, r.scene, r.label, r.url, int(counts.get(r.scene, 0)))
                for r in rows
            ]

    @staticmethod
    def qr_png(url: str, scale: int = 8) -> bytes:
        return qr_png(url, scale)

    # -- the thread -------------------------------------------------------------------------

    def _record(self, conversation_id: int, text: str, msgid: str) -> None:
        now = self._clock()
        with self.db.write() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is None:
                return
            s.add(
                Message(
                    conversation_id=conversation_id,
                    direction=MessageDirection.OUTBOUND,
                    body_text=text,
                    external_id=msgid,
                    sent_at=now,
                )
            )
            _touch_out(s, conv, text, now)

    def _note(self, conversation_id: int, text: str) -> None:
        with self.db.write() as s:
            if s.get(Conversation, conversation_id) is None:
                return
            s.add(
                Message(
                    conversation_id=conversation_id,
                    direction=MessageDirection.NOTE,
                    body_text=text,
                    sent_at=self._clock(),
                    event="kf_welcome_expired",
                )
            )


def first_step_text(s: Session, kf: KfAccount, conversation_id: int) -> str:
    """The welcome journey's first step as a chat message: its first version, worded for a
    chat, the member's name filled in ({group}: the 客服账号's name). A step that needs a
    code, a link or anything else known only to an enrolment is not a welcome ("" then)."""
    plan = load_plan(s, kf.journey_id) if kf.journey_id is not None else None
    if plan is None or not plan.active or not plan.steps or not plan.steps[0].contents:
        return ""
    content = plan.steps[0].contents[0]
    if content.names - {"name", "brand", "group"}:
        return ""
    conv = s.get(Conversation, conversation_id)
    member = s.get(Member, conv.member_id) if conv is not None else None
    ws = s.get(WorkspaceSettings, 1)
    values = {
        "name": member.display_name if member is not None else "",
        "brand": ws.brand_keyword if ws is not None else "",
        "group": kf.name,
    }
    body = chat_wording(render(content.template, values, strict=False)).strip()
    subject = render(content.subject, values, strict=False).strip()
    return f"【{subject}】\n{body}" if subject else body


def _touch_out(_s: Session, conv: Conversation, text: str, at: datetime) -> None:
    # An automatic welcome is not the team's first response (as campaign acknowledgements).
    first = conv.first_response_at
    touch(conv, text, at, inbound=False)
    conv.first_response_at = first


__all__ = ["CODE_LIFETIME", "ContactLink", "KfActionError", "KfActions"]
