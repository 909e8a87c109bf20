"""What members send DM campaigns (D8): entries, survey answers, the draw, the review.

Mail (``InboxIngest.inbound_hooks``) and Matrix DMs (``MatrixIngest.inbound_hooks``) are
read here after they are stored. A message whose opening carries the keyword of a running
campaign is an entry, answered in the same conversation; a member who owes a survey its
answers has their next message read as the answers. The automatic answers go through
the outbox like any reply, so they show in the thread with their delivery state.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain import campaigns as rules
from desktop.domain.campaigns import CampaignKind, CampaignStatus, EntryState
from desktop.domain.groups.moderation import ModAction
from desktop.domain.inbox.inbound_mail import InboundMail, new_text
from desktop.domain.templates import render
from desktop.services.inbox.reply import ReplyService
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    DmCampaign,
    DmCampaignEntry,
    Member,
    Message,
    ModerationAction,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EntryRow:
    id: int
    campaign_id: int
    member_id: int
    member_name: str
    state: EntryState
    text: str
    answers: tuple[str | None, ...]
    problems: tuple[str, ...]
    winner: bool
    approved: bool | None
    created_at: datetime
    conversation_id: int | None


class DrawRefused(ValueError):
    pass


class DmCampaignEntries:
    def __init__(
        self, db: Database, replies: ReplyService, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.db = db
        self.replies = replies
        self._clock = clock

    # -- inbound hooks ----------------------------------------------------------------------

    def on_mail(self, message_id: int, member_id: int, mail: InboundMail) -> None:
        if mail.auto_submitted:  # an out-of-office answer is not an entry
            return
        self.on_message(message_id, member_id, new_text(mail.text) or mail.subject)

    def on_message(self, message_id: int, member_id: int, text: str) -> EntryState | None:
        """Read one stored inbound message; returns the state of the entry it touched."""
        now = self._clock()
        with self.db.read() as s:
            conversation_id = s.scalar(
                select(Message.conversation_id).where(Message.id == message_id)
            )
            if conversation_id is None:
                return None
            running = [
                c
                for c in s.scalars(
                    select(DmCampaign).where(DmCampaign.status == CampaignStatus.OPEN)
                )
                if rules.is_open(c.status, c.starts_at, c.ends_at, now)
            ]
            # The longest keyword first: "礼盒抽奖" is not an entry to the plain "抽奖".
            by_length = sorted(running, key=lambda c: -len(rules.normalise(c.keyword)))
            entered = next(
                (c.id for c in by_length if rules.mentions_keyword(text, c.keyword)), None
            )
            awaiting = s.scalar(
                select(DmCampaignEntry.id)
                .where(
                    DmCampaignEntry.member_id == member_id,
                    DmCampaignEntry.state == EntryState.AWAITING_ANSWERS,
                    DmCampaignEntry.campaign_id.in_([c.id for c in running]),
                )
                .order_by(DmCampaignEntry.id.desc())
                .limit(1)
            )
        # Written to after the read is over: the entry is a transaction of its own.
        if entered is not None:
            return self._enter(entered, member_id, message_id, conversation_id, text)
        if awaiting is not None:
            return self._answer(awaiting, text, conversation_id, message_id)
        return None

    def _enter(
        self, campaign_id: int, member_id: int, message_id: int, conversation_id: int, text: str
    ) -> EntryState | None:
        with self.db.read() as s:
            c = s.get(DmCampaign, campaign_id)
            assert c is not None
            kind = CampaignKind(c.kind)
            channel = s.scalar(
                select(Conversation.channel).where(Conversation.id == conversation_id)
            )
            name = s.scalar(select(Member.display_name).where(Member.id == member_id)) or ""
            first = not s.scalar(
                select(DmCampaignEntry.id).where(
                    DmCampaignEntry.campaign_id == campaign_id,
                    DmCampaignEntry.member_id == member_id,
                )
            )
            values = {"name": name, "campaign": c.name}
            answer = render(c.intro, values, strict=False)
            questions, _ = rules.parse_questions(c.questions)
            keyword = c.keyword
        state = EntryState.AWAITING_ANSWERS if kind == CampaignKind.SURVEY else EntryState.ENTERED
        key = f"m{member_id}" if kind != CampaignKind.COLLECT else f"msg{message_id}"
        try:
            with self.db.write() as s:
                s.add(
                    DmCampaignEntry(
                        campaign_id=campaign_id,
                        dedupe_key=key,
                        member_id=member_id,
                        state=state,
                        message_id=message_id,
                        conversation_id=conversation_id,
                        channel=str(channel or ""),
                        text=text.strip()[:4000],
                    )
                )
        except IntegrityError:  # entered before, or the same message read again
            self._settle(conversation_id, message_id)
            return None
        if kind == CampaignKind.SURVEY:
            answer = f"{answer}\n\n{rules.format_questions(questions)}\n\n"
            answer += f"（{rules.answer_hint(questions)}）"
        if first:
            self._say(conversation_id, answer, f"campaign:{campaign_id}:{key}")
        if kind == CampaignKind.SURVEY:
            # Answers may already be in the message that carried the keyword.
            rest = rules.strip_keyword(text, keyword)
            if rest and rules.parse_survey_reply(rest, questions).answered:
                with self.db.read() as s:
                    entry_id = s.scalar(
                        select(DmCampaignEntry.id).where(
                            DmCampaignEntry.campaign_id == campaign_id,
                            DmCampaignEntry.dedupe_key == key,
                        )
                    )
                if entry_id is not None:
                    return self._answer(entry_id, rest, conversation_id, message_id)
        return state

    def _answer(
        self, entry_id: int, text: str, conversation_id: int, message_id: int
    ) -> EntryState | None:
        """A reply read as survey answers. A message with no answer in it at all is left
        alone: it is a question for the team, and must keep waiting for one."""
        with self.db.write() as s:
            entry = s.get(DmCampaignEntry, entry_id)
            assert entry is not None
            c = s.get(DmCampaign, entry.campaign_id)
            assert c is not None
            questions, _ = rules.parse_questions(c.questions)
            got = rules.parse_survey_reply(text, questions)
            if not got.answered and not got.problems:
                return None
            before = list((entry.answers or {}).get("answers", []))
            merged = [
                new or (before[i] if i < len(before) else None) for i, new in enumerate(got.answers)
            ]
            entry.answers = {"answers": merged, "problems": list(got.problems)}
            # A survey mailed to a segment made the entry before any message: the reply is
            # what the member sent, and where later answers go.
            entry.text = entry.text or text.strip()[:4000]
            entry.message_id = entry.message_id or message_id
            entry.conversation_id = entry.conversation_id or conversation_id
            complete = all(merged)
            entry.state = EntryState.ANSWERED if complete else EntryState.AWAITING_ANSWERS
            entry.updated_at = self._clock()
            campaign_name = c.name
            thanks = c.thanks_text or rules.DEFAULT_THANKS
            again = c.again_text or rules.DEFAULT_AGAIN
            member_name = s.scalar(select(Member.display_name).where(Member.id == entry.member_id))
            hint = rules.answer_hint(questions)
            missing = "、".join(str(n) for n, a in enumerate(merged, start=1) if not a)
        values = {"name": member_name or "", "campaign": campaign_name}
        if complete:
            reply = render(thanks, values, strict=False)
        else:
            reply = render(again, {**values, "missing": missing, "hint": hint}, strict=False)
        self._say(conversation_id, reply, f"campaign-answer:{entry_id}:{message_id}")
        return EntryState.ANSWERED if complete else EntryState.AWAITING_ANSWERS

    def _settle(self, conversation_id: int, message_id: int) -> None:
        """A repeated entry needs nobody: if the conversation waits only since this
        message, it stops waiting (an earlier question keeps it waiting)."""
        with self.db.write() as s:
            sent_at = s.scalar(select(Message.sent_at).where(Message.id == message_id))
            if sent_at is None:
                return
            s.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id, Conversation.waiting_since >= sent_at)
                .values(waiting_since=None)
            )

    def _say(self, conversation_id: int, text: str, key: str) -> None:
        if not text.strip():
            return
        try:
            self.replies.send(conversation_id, text, confirmed=True, automatic_key=key[:120])
        except Exception:  # the entry is kept; a missing answer is visible in the thread
            log.exception("campaign answer not queued for conversation %s", conversation_id)

    # -- reading ----------------------------------------------------------------------------

    def entries(self, campaign_id: int) -> list[EntryRow]:
        with self.db.read() as s:
            rows = s.execute(
                select(DmCampaignEntry, Member.display_name)
                .join(Member, Member.id == DmCampaignEntry.member_id)
                .where(DmCampaignEntry.campaign_id == campaign_id)
                .order_by(DmCampaignEntry.id)
            ).all()
            return [_entry_row(e, name) for e, name in rows]

    # -- the team's decisions ---------------------------------------------------------------

    def review(self, entry_id: int, approved: bool | None, operator_id: int | None = None) -> None:
        """A collected item approved (may be used, e.g. as a post) or turned down."""
        with self.db.write() as s:
            entry = s.get(DmCampaignEntry, entry_id)
            if entry is None:
                raise KeyError(entry_id)
            entry.approved = approved
            audit(
                s,
                "campaign_review",
                "dm_campaign_entry",
                entry_id,
                operator_id,
                {"approved": approved},
            )

    def draw(
        self, campaign_id: int, operator_id: int | None = None, seed: int | None = None
    ) -> list[EntryRow]:
        """Draw a lottery's winners once, close it, and tell each winner in their DM.

        Erased members and members removed from a group for breaking its rules cannot win.
        The seed is kept with the campaign: the same entries and seed give the same winners.
        """
        with self.db.write() as s:
            c = s.get(DmCampaign, campaign_id)
            if c is None:
                raise KeyError(campaign_id)
            if c.kind != CampaignKind.LOTTERY:
                raise DrawRefused("only a lottery is drawn")
            if c.drawn_at is not None:
                raise DrawRefused("already drawn")
            entrants = _eligible(s, campaign_id)
            if not entrants:
                raise DrawRefused("nobody can win yet")
            seed = seed if seed is not None else secrets.randbits(62)
            winners = rules.draw_winners(entrants, c.winners_wanted, seed)
            for entry in s.scalars(
                select(DmCampaignEntry).where(
                    DmCampaignEntry.campaign_id == campaign_id,
                    DmCampaignEntry.member_id.in_(winners),
                )
            ):
                entry.winner = True
            c.draw_seed = seed
            c.drawn_at = self._clock()
            c.drawn_by = operator_id
            c.status = CampaignStatus.CLOSED
            audit(
                s,
                "campaign_draw",
                "dm_campaign",
                campaign_id,
                operator_id,
                {"seed": seed, "eligible": len(entrants), "winners": winners},
            )
            winner_text = c.winner_text
            campaign_name = c.name
        drawn = [e for e in self.entries(campaign_id) if e.winner]
        for e in drawn:
            if e.conversation_id is not None:
                text = render(winner_text, {"name": e.member_name, "campaign": campaign_name})
                self._say(e.conversation_id, text, f"campaign-win:{campaign_id}:{e.member_id}")
        return drawn

    def table(self, campaign_id: int) -> tuple[list[str], list[list[Any]]]:
        """The entries as a table for export: fixed columns (keys the UI names), then
        one column per survey question (the question's own text)."""
        with self.db.read() as s:
            c = s.get(DmCampaign, campaign_id)
            if c is None:
                raise KeyError(campaign_id)
            questions, _ = rules.parse_questions(c.questions)
        head = ["member", "member_id", "time", "state", "text", "winner", "approved"]
        rows: list[list[Any]] = []
        for e in self.entries(campaign_id):
            row: list[Any] = [e.member_name, e.member_id, e.created_at.replace(tzinfo=None)]
            row += [str(e.state), e.text, e.winner, e.approved]
            row += [e.answers[i] if i < len(e.answers) else None for i in range(len(questions))]
            rows.append(row)
        return head + [q.text for q in questions], rows


def _eligible(s: Session, campaign_id: int) -> list[int]:
    removed = select(ModerationAction.member_id).where(ModerationAction.action == ModAction.REMOVE)
    return list(
        s.scalars(
            select(DmCampaignEntry.member_id)
            .join(Member, Member.id == DmCampaignEntry.member_id)
            .where(
                DmCampaignEntry.campaign_id == campaign_id,
                Member.erased_at.is_(None),
                DmCampaignEntry.member_id.not_in(removed),
            )
        )
    )


def _entry_row(e: DmCampaignEntry, name: str) -> EntryRow:
    answers = e.answers or {}
    return EntryRow(
        id=e.id,
        campaign_id=e.campaign_id,
        member_id=e.member_id,
        member_name=name,
        state=EntryState(e.state),
        text=e.text,
        answers=tuple(answers.get("answers", [])),
        problems=tuple(answers.get("problems", [])),
        winner=e.winner,
        approved=e.approved,
        created_at=e.created_at,
        conversation_id=e.conversation_id,
    )
