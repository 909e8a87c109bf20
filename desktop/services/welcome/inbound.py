"""Replies from enrolled members, by mail or chat, read for the welcome journey.

A mail (``InboxIngest.inbound_hooks``) or a Matrix DM (``MatrixIngest.inbound_hooks``) from
an enrolled member is read for a verification code (answered in the same thread or room),
for answers to the information step (W1) and, once the feedback step (W8) went out, marked
as feedback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.chat.wording import chat_wording
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ContactChannel,
    DeliveryKind,
    WelcomeStepKind,
)
from desktop.domain.inbox.inbound_mail import InboundMail, new_text
from desktop.domain.welcome import codes as rules
from desktop.domain.welcome import replies
from desktop.domain.welcome.answers import Answers, parse_answers
from desktop.services.sending.outbox import NewDelivery
from desktop.services.welcome.content import workspace_interests
from desktop.store.models import (
    Enrolment,
    Member,
    MemberContact,
    Message,
    Tag,
    WelcomeStep,
    WelcomeStepEvent,
)

if TYPE_CHECKING:
    from desktop.services.welcome.service import CodeOutcome, WelcomeService

log = logging.getLogger(__name__)

# Which reply (see desktop.domain.welcome.replies) answers which verdict; none for others.
REPLIES = {
    rules.CheckResult.VERIFIED: replies.VERIFIED,
    rules.CheckResult.WRONG: replies.WRONG,
    rules.CheckResult.LOCKED: replies.LOCKED,
    rules.CheckResult.EXPIRED: replies.EXPIRED,
}


class WelcomeInbound:
    def __init__(self, service: WelcomeService) -> None:
        self.service = service  # codes are checked (and counted) there
        self.db = service.db
        self.outbox = service.outbox
        self.replies = service.replies

    def _clock(self) -> datetime:
        return self.service.now()

    def on_inbound(self, message_id: int | None, member_id: int | None, mail: InboundMail) -> None:
        if message_id is None or member_id is None or mail.auto_submitted:
            return
        self._on_reply(
            message_id,
            member_id,
            f"{mail.subject}\n{new_text(mail.text)}",
            new_text(mail.text),
            lambda outcome: self._reply(member_id, mail, outcome),
        )

    def on_chat(
        self,
        message_id: int,
        member_id: int,
        text: str,
        *,
        channel: ChannelKind,
        room: str,
        event: str,
    ) -> None:
        """A chat message (a Matrix DM): codes and W1 answers as in a mail reply; the
        answer to a code goes back into the same room."""

        def answer(outcome: CodeOutcome) -> None:
            key = REPLIES.get(outcome.result)
            if key is None:
                return
            with self.db.read() as s:
                body = chat_wording(
                    self.replies.render(
                        s, key, outcome.enrolment_id, {"tries_left": outcome.tries_left}
                    )
                )
            self.outbox.enqueue(
                NewDelivery(
                    kind=DeliveryKind.WELCOME,
                    channel=channel,
                    due_at=self._clock(),
                    idempotency_key=f"welcome-reply:{event}"[:120],
                    body=body,
                    purpose=ConsentPurpose.TRANSACTIONAL,
                    member_id=member_id,
                    recipient=room,
                    enrolment_id=outcome.enrolment_id,
                )
            )

        self._on_reply(message_id, member_id, text, text.strip(), answer)

    def _on_reply(
        self,
        message_id: int,
        member_id: int,
        searched: str,
        text: str,
        answer: Callable[[CodeOutcome], None],
    ) -> None:
        with self.db.read() as s:
            enrolled = s.scalar(
                select(Enrolment.id)
                .where(Enrolment.member_id == member_id)
                .order_by(Enrolment.id.desc())
                .limit(1)
            )
            has_code = self.service.open_code(s, member_id) is not None
        if enrolled is None:
            return
        candidates = rules.codes_in(searched)
        if has_code and candidates:
            outcome = self.service.check_code(member_id, candidates[0], by="reply")
            answer(outcome)
            self._take_answers(member_id, text)  # the same reply may answer W1 too
            return
        if self._take_answers(member_id, text):
            return
        self._mark_feedback(member_id, message_id)

    def _reply(self, member_id: int, mail: InboundMail, outcome: CodeOutcome) -> None:
        key = REPLIES.get(outcome.result)
        if key is None:
            return
        with self.db.read() as s:
            left = {"tries_left": outcome.tries_left}
            body = self.replies.render(s, key, outcome.enrolment_id, left)
            head = self.replies.render(s, replies.SUBJECT, outcome.enrolment_id, {})
        self.outbox.enqueue(
            NewDelivery(
                kind=DeliveryKind.WELCOME,
                channel=ChannelKind.EMAIL,
                due_at=self._clock(),
                idempotency_key=f"welcome-reply:{mail.message_id}"[:120],
                subject=f"{head}：{mail.subject}"[:200] if mail.subject else head,
                body=body,
                purpose=ConsentPurpose.TRANSACTIONAL,
                member_id=member_id,
                recipient=mail.from_addr,
                in_reply_to=mail.message_id,
                references=" ".join([*mail.references, mail.message_id])[-900:],
                enrolment_id=outcome.enrolment_id,
            )
        )

    def _take_answers(self, member_id: int, text: str) -> bool:
        """Answers to the W1 step go into the profile (once per enrolment)."""
        with self.db.write() as s:
            e = s.scalar(
                select(Enrolment)
                .join(WelcomeStepEvent, WelcomeStepEvent.enrolment_id == Enrolment.id)
                .join(WelcomeStep, WelcomeStep.id == WelcomeStepEvent.step_id)
                .where(
                    Enrolment.member_id == member_id,
                    Enrolment.info_answered_at.is_(None),
                    WelcomeStep.kind == WelcomeStepKind.INFO_CAPTURE,
                )
                .limit(1)
            )
            if e is None:
                return False
            answers = parse_answers(text, workspace_interests(s))
            if answers.empty:
                return False
            self._apply_answers(s, member_id, answers)
            e.info_answered_at = self._clock()
            return True

    @staticmethod
    def _apply_answers(s: Session, member_id: int, answers: Answers) -> None:
        member = s.get(Member, member_id)
        if member is None:
            return
        if answers.name:
            member.display_name = answers.name[:80]
        have = {t.name for t in member.tags}
        for name in answers.interests:
            if name in have:
                continue
            tag = s.scalar(select(Tag).where(Tag.name == name)) or Tag(name=name)
            member.tags.append(tag)
        for channel, address in answers.contacts.items():
            taken = s.scalar(
                select(MemberContact.id).where(
                    MemberContact.channel == channel, MemberContact.address == address
                )
            )
            if taken is None and channel in {c.value for c in ContactChannel}:
                try:
                    with s.begin_nested():
                        s.add(
                            MemberContact(
                                member_id=member_id,
                                channel=ContactChannel(channel),
                                address=address,
                            )
                        )
                except IntegrityError:
                    log.info("contact already belongs to another member")

    def _mark_feedback(self, member_id: int, message_id: int) -> None:
        with self.db.write() as s:
            reached = s.scalar(
                select(WelcomeStepEvent.id)
                .join(WelcomeStep, WelcomeStep.id == WelcomeStepEvent.step_id)
                .join(Enrolment, Enrolment.id == WelcomeStepEvent.enrolment_id)
                .where(
                    Enrolment.member_id == member_id, WelcomeStep.kind == WelcomeStepKind.FEEDBACK
                )
                .limit(1)
            )
            if reached is not None:
                s.execute(update(Message).where(Message.id == message_id).values(is_feedback=True))
