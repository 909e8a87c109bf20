"""Archiving groups (G2): which campaign groups are due, and what archiving or restoring
a group does to its deliveries, journeys, members' tags and the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import DeliveryStatus, GroupType
from desktop.domain.groups.archiving import CampaignStatus, campaign_status, campaign_tag
from desktop.services.workspace.audit import audit
from desktop.store.db import Database, rowcount
from desktop.store.models import (
    Delivery,
    Enrolment,
    Group,
    Membership,
    Tag,
    member_tags,
)


@dataclass(frozen=True)
class CampaignReminder:
    group_id: int
    name: str
    status: CampaignStatus


def campaign_reminders(
    db: Database, today: date, archive_after_days: int = 3
) -> list[CampaignReminder]:
    """Campaign groups whose archive is due (ended ``archive_after_days`` ago or more)."""
    with db.read() as s:
        found = s.execute(
            select(Group.id, Group.name, Group.campaign_end).where(
                Group.group_type == GroupType.CAMPAIGN,
                Group.archived_at.is_(None),
                Group.campaign_end.is_not(None),
            )
        ).all()
    out = []
    for gid, name, end in found:
        status = campaign_status(GroupType.CAMPAIGN, end, False, today, archive_after_days)
        if status.needs_reminder:
            out.append(CampaignReminder(gid, name, status))
    return out


def archive_group(db: Database, group_id: int, operator_id: int | None = None) -> int:
    """Archive a group (G2): no more posts or journeys; members stay as contacts, and a
    campaign group's members get the campaign's tag. Returns deliveries cancelled."""
    now = datetime.now(UTC)
    with db.write() as s:
        g = s.get(Group, group_id)
        if g is None:
            raise KeyError(group_id)
        if g.archived_at is not None:
            return 0
        g.archived_at = now
        if g.group_type == GroupType.CAMPAIGN:
            _tag_members(s, g.id, campaign_tag(g.name))
        # Nothing more goes to the group: pending posts to it stop, journeys end.
        cancelled = rowcount(
            s.execute(
                update(Delivery)
                .where(
                    Delivery.group_id == g.id,
                    Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.MANUAL_TODO]),
                )
                .values(status=DeliveryStatus.CANCELLED, status_reason="group archived")
            )
        )
        enrolments = select(Enrolment.id).where(
            Enrolment.group_id == g.id, Enrolment.status == "active"
        )
        cancelled += rowcount(
            s.execute(
                update(Delivery)
                .where(
                    Delivery.enrolment_id.in_(enrolments),
                    Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.MANUAL_TODO]),
                )
                .values(status=DeliveryStatus.CANCELLED, status_reason="group archived")
            )
        )
        s.execute(
            update(Enrolment)
            .where(Enrolment.group_id == g.id, Enrolment.status == "active")
            .values(status="stopped", next_due_at=None)
        )
        detail = {"cancelled_deliveries": cancelled}
        audit(s, "archive_group", "group", g.id, operator_id, detail)
        return cancelled


def restore_group(db: Database, group_id: int, operator_id: int | None = None) -> None:
    with db.write() as s:
        g = s.get(Group, group_id)
        if g is None:
            raise KeyError(group_id)
        g.archived_at = None
        audit(s, "restore_group", "group", g.id, operator_id)


def _tag_members(s: Session, group_id: int, tag_name: str) -> None:
    tag = s.scalar(select(Tag).where(Tag.name == tag_name))
    if tag is None:
        tag = Tag(name=tag_name)
        s.add(tag)
        s.flush()
    have = set(s.scalars(select(member_tags.c.member_id).where(member_tags.c.tag_id == tag.id)))
    rows = [
        {"member_id": mid, "tag_id": tag.id}
        for mid in s.scalars(select(Membership.member_id).where(Membership.group_id == group_id))
        if mid not in have
    ]
    if rows:
        s.execute(insert(member_tags), rows)
