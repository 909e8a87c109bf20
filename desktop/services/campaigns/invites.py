"""A survey sent to a segment (D8): the questions go out by mail to every member of the
segment who has an address, and each of them owes the survey its answers, so their reply
is read as answers exactly like a reply after the keyword.

The mail goes through ``SegmentMessageService``: one delivery per member, keyed by the
survey, so sending again queues nothing twice, and consent, frequency and quiet hours
are applied at send time. It counts as marketing: members who said no are not asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.domain import campaigns as rules
from desktop.domain.campaigns import CampaignKind, EntryState
from desktop.domain.enums import ChannelKind, ConsentPurpose
from desktop.domain.templates import render
from desktop.services.members.segment_messages import (
    SegmentMessage,
    SegmentMessageService,
    validate,
)
from desktop.services.members.segments import SegmentService
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import DmCampaign, DmCampaignEntry

# How members are told to answer, after the questions.
ANSWER_LINE = "直接回复这封邮件即可，例如：{hint}"


class InviteRefused(ValueError):
    pass


@dataclass(frozen=True)
class InviteResult:
    members: int  # in the segment
    invited: int  # newly asked
    already: int  # asked before, or answered through the keyword
    no_email: int  # left out: no address


class SurveyInvites:
    def __init__(
        self,
        db: Database,
        segments: SegmentService,
        messages: SegmentMessageService,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.segments = segments
        self.messages = messages
        self._clock = clock

    def reach(self, segment_id: int) -> tuple[int, int]:
        """(members in the segment, of whom without an email address)."""
        return self.messages.reach(self.segments.get(segment_id).filter)

    def invite(
        self, campaign_id: int, segment_id: int, subject: str, operator_id: int | None = None
    ) -> InviteResult:
        with self.db.read() as s:
            c = s.get(DmCampaign, campaign_id)
            if c is None:
                raise KeyError(campaign_id)
            if c.kind != CampaignKind.SURVEY:
                raise InviteRefused("only a survey is sent to a segment")
            if not rules.is_open(c.status, c.starts_at, c.ends_at, self._clock()):
                raise InviteRefused("start the survey first")
            questions, _ = rules.parse_questions(c.questions)
            # {name} stays for the send time, when the member's name is filled in.
            intro = render(c.intro, {"campaign": c.name}, strict=False)
            name = c.name
        body = "\n\n".join(
            [
                intro,
                rules.format_questions(questions),
                ANSWER_LINE.format(hint=rules.answer_hint(questions)),
            ]
        )
        segment = self.segments.get(segment_id)
        message = SegmentMessage(
            flt=segment.filter,
            subject=subject.strip() or name,
            body=body,
            purpose=ConsentPurpose.MARKETING,
            due_at=self._clock(),
            campaign_id=f"survey-{campaign_id}",
        )
        if validate(message):  # checked before anyone is marked as asked
            raise InviteRefused("the survey's text cannot be sent")
        ids = self.segments.member_ids(segment.filter)
        targets = self.messages.emailable(ids)
        with self.db.read() as s:
            entered = set(
                s.scalars(
                    select(DmCampaignEntry.member_id).where(
                        DmCampaignEntry.campaign_id == campaign_id
                    )
                )
            )
        new = [m for m in targets if m not in entered]
        with self.db.write() as s:
            s.add_all(
                DmCampaignEntry(
                    campaign_id=campaign_id,
                    dedupe_key=f"m{member_id}",
                    member_id=member_id,
                    state=EntryState.AWAITING_ANSWERS,
                    channel=ChannelKind.EMAIL,
                    text="",
                )
                for member_id in new
            )
            audit(
                s,
                "campaign_invite",
                "dm_campaign",
                campaign_id,
                operator_id,
                {"segment": segment.name, "invited": len(new)},
            )
        # Only the members not yet in the survey get the mail: someone who answered after
        # the keyword is not asked again.
        self.messages.send_to(message, {m: targets[m] for m in new})
        return InviteResult(
            members=len(ids),
            invited=len(new),
            already=len(targets) - len(new),
            no_email=len(ids) - len(targets),
        )
