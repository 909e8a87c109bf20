"""The member beside a conversation: who they are, their groups, consents, recent posts,
welcome journeys and campaigns."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from desktop.domain.enums import ConsentPurpose, DeliveryKind, DeliveryStatus
from desktop.domain.sending.consent import ConsentEvent
from desktop.services.inbox.types import CampaignLine, ConsentLine, MemberPanel, WelcomeLine
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Delivery,
    DmCampaign,
    DmCampaignEntry,
    Enrolment,
    Group,
    Member,
    Membership,
    WelcomeJourney,
    WelcomeStep,
)


class MemberPanels:
    def __init__(self, db: Database) -> None:
        self.db = db

    def member_panel(self, member_id: int) -> MemberPanel:
        with self.db.read() as s:
            m = s.get(
                Member,
                member_id,
                options=[selectinload(Member.contacts), selectinload(Member.tags)],
            )
            if m is None:
                raise KeyError(member_id)
            groups = tuple(
                s.scalars(
                    select(Group.name)
                    .join(Membership, Membership.group_id == Group.id)
                    .where(Membership.member_id == member_id, Membership.left_at.is_(None))
                    .order_by(Group.name)
                )
            )
            latest: dict[tuple[str, str], ConsentEvent] = {}
            for r in s.scalars(
                select(ConsentRecord)
                .where(ConsentRecord.member_id == member_id)
                .order_by(ConsentRecord.recorded_at, ConsentRecord.id)
            ):
                latest[(r.channel, r.purpose)] = ConsentEvent(
                    r.channel, ConsentPurpose(r.purpose), r.granted, r.recorded_at, r.source
                )
            posts = s.execute(
                select(Delivery.sent_at, Delivery.subject, Delivery.body)
                .where(
                    Delivery.member_id == member_id,
                    Delivery.status == DeliveryStatus.SENT,
                    Delivery.kind != DeliveryKind.DM,
                )
                .order_by(Delivery.sent_at.desc())
                .limit(5)
            ).all()
            steps = (
                select(func.count())
                .where(WelcomeStep.journey_id == WelcomeJourney.id, WelcomeStep.enabled.is_(True))
                .scalar_subquery()
            )
            welcome = s.execute(
                select(WelcomeJourney.name, Enrolment.next_position, steps, Enrolment.status)
                .join(WelcomeJourney, WelcomeJourney.id == Enrolment.journey_id)
                .where(Enrolment.member_id == member_id)
                .order_by(Enrolment.id)
            ).all()
            campaigns = s.execute(
                select(
                    DmCampaign.name, DmCampaign.kind, DmCampaignEntry.state, DmCampaignEntry.winner
                )
                .join(DmCampaign, DmCampaign.id == DmCampaignEntry.campaign_id)
                .where(DmCampaignEntry.member_id == member_id)
                .order_by(DmCampaignEntry.id.desc())
                .limit(5)
            ).all()
            email = next((c.address for c in m.contacts if c.channel == "email"), "")
            matrix = next((c.address for c in m.contacts if c.channel == "matrix"), "")
            return MemberPanel(
                member_id=m.id,
                name=m.display_name,
                source=m.source,
                lifecycle=str(m.lifecycle),
                email=email,
                matrix_id=matrix,
                groups=groups,
                tags=tuple(sorted(t.name for t in m.tags)),
                consents=tuple(
                    ConsentLine(e.channel, e.purpose, e.granted, e.source, e.recorded_at)
                    for e in latest.values()
                ),
                last_posts=tuple(
                    (at, subj or (body or "").strip().split("\n")[0][:60])
                    for at, subj, body in posts
                    if at is not None
                ),
                welcome=tuple(
                    WelcomeLine(name, min(pos, total), total, str(st))
                    for name, pos, total, st in welcome
                ),
                campaigns=tuple(
                    CampaignLine(name, str(kind), str(state), bool(won))
                    for name, kind, state, won in campaigns
                ),
            )
