"""Groups: list with live member counts, validated create and edit (G1–G4)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.announcement import (
    Attachment,
    AttachmentProblem,
    check_attachments,
)
from desktop.domain.archiving import CampaignStatus, campaign_status, campaign_tag
from desktop.domain.capacity import CapacityCheck, check_capacity
from desktop.domain.enums import DeliveryStatus, GroupType, Platform, Role
from desktop.domain.name_patterns import (
    PatternError,
    SeriesName,
    check_series,
    duplicates,
    expand,
    next_in_series,
)
from desktop.domain.naming import NameCheck, check_group_name
from desktop.domain.staffing import StaffingWarning, role_counts, staffing_warnings
from desktop.store.db import Database
from desktop.store.models import (
    AuditEntry,
    Delivery,
    Enrolment,
    Group,
    Member,
    Membership,
    Tag,
    WorkspaceSettings,
    member_tags,
)


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    platform: Platform
    group_type: GroupType
    campaign_end: date | None
    members: int
    capacity: CapacityCheck
    archived: bool
    purpose: str


@dataclass
class GroupDraft:
    """What the group form edits; ``id`` is None for a new group."""

    name: str
    platform: Platform = Platform.WECHAT
    group_type: GroupType = GroupType.LONG_TERM
    campaign_end: date | None = None
    capacity_override: int | None = None
    purpose: str = ""
    audience: str = ""
    actions: str = ""
    rules: str = ""
    red_lines: str = ""
    announcement: str = ""
    welcome_message: str = ""
    id: int | None = None


@dataclass(frozen=True)
class DraftCheck:
    name: NameCheck
    missing_end_date: bool

    @property
    def ok(self) -> bool:
        return self.name.ok and not self.missing_end_date


class GroupValidationError(ValueError):
    def __init__(self, check: DraftCheck) -> None:
        self.check = check
        super().__init__("group form is not valid")


class GroupService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def brand_keyword(self) -> str:
        with self.db.read() as s:
            row = s.get(WorkspaceSettings, 1)
            return row.brand_keyword if row else ""

    def validate(self, draft: GroupDraft, brand_keyword: str | None = None) -> DraftCheck:
        keyword = self.brand_keyword() if brand_keyword is None else brand_keyword
        return DraftCheck(
            name=check_group_name(draft.name, keyword),
            missing_end_date=draft.group_type == GroupType.CAMPAIGN and draft.campaign_end is None,
        )

    def list(self, include_archived: bool = False) -> list[GroupRow]:
        return self._rows(include_archived=include_archived)

    def row(self, group_id: int) -> GroupRow | None:
        """One list row (with its live member count), archived or not."""
        rows = self._rows(include_archived=True, group_id=group_id)
        return rows[0] if rows else None

    def set_archived(self, group_id: int, archived: bool) -> None:
        """Archive (close) or restore a group; its members stay reachable as contacts (G2)."""
        with self.db.write() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise KeyError(group_id)
            if archived and g.archived_at is None:
                g.archived_at = datetime.now(UTC)
            elif not archived:
                g.archived_at = None

    def _rows(self, *, include_archived: bool, group_id: int | None = None) -> list[GroupRow]:
        counts = (
            select(Membership.group_id, func.count().label("n"))
            .where(Membership.left_at.is_(None))
            .group_by(Membership.group_id)
            .subquery()
        )
        stmt = (
            select(Group, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.group_id == Group.id)
            .order_by(Group.name, Group.id)
        )
        if not include_archived:
            stmt = stmt.where(Group.archived_at.is_(None))
        if group_id is not None:
            stmt = stmt.where(Group.id == group_id)
        with self.db.read() as s:
            return [
                GroupRow(
                    id=g.id,
                    name=g.name,
                    platform=Platform(g.platform),
                    group_type=GroupType(g.group_type),
                    campaign_end=g.campaign_end,
                    members=int(n),
                    capacity=check_capacity(int(n), Platform(g.platform), g.capacity_override),
                    archived=g.archived_at is not None,
                    purpose=g.purpose,
                )
                for g, n in s.execute(stmt)
            ]

    def get(self, group_id: int) -> GroupDraft:
        with self.db.read() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise KeyError(group_id)
            return GroupDraft(
                id=g.id,
                name=g.name,
                platform=Platform(g.platform),
                group_type=GroupType(g.group_type),
                campaign_end=g.campaign_end,
                capacity_override=g.capacity_override,
                purpose=g.purpose,
                audience=g.audience,
                actions=g.actions,
                rules=g.rules,
                red_lines=g.red_lines,
                announcement=g.announcement,
                welcome_message=g.welcome_message,
            )

    def save(self, draft: GroupDraft) -> int:
        """Create or update; raises GroupValidationError and writes nothing when invalid."""
        check = self.validate(draft)
        if not check.ok:
            raise GroupValidationError(check)
        with self.db.write() as s:
            g = Group() if draft.id is None else s.get(Group, draft.id)
            if g is None:
                raise KeyError(draft.id)
            g.name = draft.name.strip()
            g.platform = draft.platform
            g.group_type = draft.group_type
            g.campaign_end = draft.campaign_end if draft.group_type == GroupType.CAMPAIGN else None
            g.capacity_override = draft.capacity_override
            g.purpose = draft.purpose
            g.audience = draft.audience
            g.actions = draft.actions
            g.rules = draft.rules
            g.red_lines = draft.red_lines
            g.announcement = draft.announcement
            g.welcome_message = draft.welcome_message
            s.add(g)
            s.flush()
            return g.id


# -- issue 7: series, sub-communities, staffing, campaign archiving ---------------------------


@dataclass(frozen=True)
class SeriesPreview:
    names: list[SeriesName]
    duplicates: set[str]  # names used twice in the series or by an existing group

    @property
    def ok(self) -> bool:
        return bool(self.names) and not self.duplicates and all(n.check.ok for n in self.names)


class GroupBatchError(ValueError):
    def __init__(self, preview: SeriesPreview) -> None:
        self.preview = preview
        super().__init__("the series has invalid or duplicate names")


@dataclass(frozen=True)
class StaffRow:
    member_id: int
    name: str
    role: Role


@dataclass(frozen=True)
class Staffing:
    rows: list[StaffRow]
    counts: dict[Role, int]
    warnings: list[StaffingWarning]


@dataclass(frozen=True)
class CampaignReminder:
    group_id: int
    name: str
    status: CampaignStatus


class GroupOps:
    """What operators do to groups beyond the form: series, splits, staffing, archiving."""

    def __init__(self, db: Database, groups: GroupService) -> None:
        self.db = db
        self.groups = groups

    # -- series (G3) -------------------------------------------------------------------------
    def preview_series(
        self, pattern: str, *, numbers: Sequence[int] = (), locations: Sequence[str] = ()
    ) -> SeriesPreview:
        names = expand(pattern, numbers=numbers, locations=locations)  # raises PatternError
        with self.db.read() as s:
            taken = list(s.scalars(select(Group.name)))
        return SeriesPreview(
            check_series(names, self.groups.brand_keyword()), duplicates(names, taken)
        )

    def create_series(
        self,
        pattern: str,
        template: GroupDraft,
        *,
        numbers: Sequence[int] = (),
        locations: Sequence[str] = (),
    ) -> list[int]:
        """All groups of the series in one transaction, or none when any name is refused."""
        preview = self.preview_series(pattern, numbers=numbers, locations=locations)
        if not preview.ok:
            raise GroupBatchError(preview)
        ids: list[int] = []
        with self.db.write() as s:
            for item in preview.names:
                g = _copy_group(template, item.name)
                g.series_pattern = pattern[:80]
                s.add(g)
                s.flush()
                ids.append(g.id)
        return ids

    def sibling_name(self, group_id: int) -> str | None:
        """The next name of the group's series, for a full group (G4)."""
        with self.db.read() as s:
            g = s.get(Group, group_id)
            if g is None or not g.series_pattern:
                return None
            names = list(s.scalars(select(Group.name)))
        try:
            return next_in_series(g.series_pattern, names)
        except PatternError:
            return None

    def create_split(self, group_id: int, name: str, *, sub_community: bool) -> int:
        """A sibling (same series) or a sub-community (亚社群, parent_id set) of a group,
        with the group's positioning, rules and welcome copied."""
        template = self.groups.get(group_id)
        draft = replace(template, id=None, name=name)
        check = self.groups.validate(draft)
        if not check.ok:
            raise GroupValidationError(check)
        with self.db.write() as s:
            parent = s.get(Group, group_id)
            if parent is None:
                raise KeyError(group_id)
            if s.scalar(select(Group.id).where(Group.name == name.strip())) is not None:
                raise GroupBatchError(SeriesPreview([], {name}))
            g = _copy_group(draft, name.strip())
            g.series_pattern = None if sub_community else parent.series_pattern
            g.parent_id = parent.id if sub_community else parent.parent_id
            g.journey_id = parent.journey_id
            s.add(g)
            s.flush()
            return g.id

    def move_members(self, member_ids: Sequence[int], from_group: int, to_group: int) -> int:
        """Move members: they leave ``from_group`` (history kept) and join ``to_group`` with
        the role they had. Returns how many moved."""
        now = datetime.now(UTC)
        moved = 0
        with self.db.write() as s:
            for mid in member_ids:
                old = s.scalar(
                    select(Membership).where(
                        Membership.group_id == from_group,
                        Membership.member_id == mid,
                        Membership.left_at.is_(None),
                    )
                )
                if old is None:
                    continue
                old.left_at = now
                new = s.scalar(
                    select(Membership).where(
                        Membership.group_id == to_group, Membership.member_id == mid
                    )
                )
                if new is None:
                    s.add(
                        Membership(group_id=to_group, member_id=mid, role=old.role, joined_at=now)
                    )
                else:
                    new.left_at = None
                    new.joined_at = now
                    new.role = old.role
                moved += 1
        return moved

    # -- staffing (G7) -------------------------------------------------------------------------
    def staffing(self, group_id: int, today: date | None = None) -> Staffing:
        with self.db.read() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise KeyError(group_id)
            rows = [
                StaffRow(mid, name, Role(role))
                for mid, name, role in s.execute(
                    select(Member.id, Member.display_name, Membership.role)
                    .join(Membership, Membership.member_id == Member.id)
                    .where(Membership.group_id == group_id, Membership.left_at.is_(None))
                    .order_by(Member.display_name, Member.id)
                )
            ]
            running = g.campaign_end is None or (today or date.today()) <= g.campaign_end
            group_type = GroupType(g.group_type)
        roles = [r.role for r in rows]
        return Staffing(
            sorted(rows, key=lambda r: (list(Role).index(r.role), r.name)),
            role_counts(roles),
            staffing_warnings(roles, group_type, campaign_running=running),
        )

    def set_role(self, group_id: int, member_id: int, role: Role) -> None:
        with self.db.write() as s:
            m = s.scalar(
                select(Membership).where(
                    Membership.group_id == group_id,
                    Membership.member_id == member_id,
                    Membership.left_at.is_(None),
                )
            )
            if m is None:
                raise KeyError((group_id, member_id))
            m.role = role

    def add_member(self, group_id: int, member_id: int, role: Role = Role.MEMBER) -> None:
        with self.db.write() as s:
            m = s.scalar(
                select(Membership).where(
                    Membership.group_id == group_id, Membership.member_id == member_id
                )
            )
            if m is None:
                s.add(Membership(group_id=group_id, member_id=member_id, role=role))
            else:
                m.left_at = None
                m.role = role

    # -- campaign groups (G2) ------------------------------------------------------------------
    def campaign_reminders(
        self, today: date, archive_after_days: int = 3
    ) -> list[CampaignReminder]:
        """Campaign groups whose archive is due (ended ``archive_after_days`` ago or more)."""
        with self.db.read() as s:
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

    def archive(self, group_id: int, operator_id: int | None = None) -> int:
        """Archive a group (G2): no more posts or journeys; members stay as contacts, and a
        campaign group's members get the campaign's tag. Returns deliveries cancelled."""
        now = datetime.now(UTC)
        with self.db.write() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise KeyError(group_id)
            if g.archived_at is not None:
                return 0
            g.archived_at = now
            if g.group_type == GroupType.CAMPAIGN:
                _tag_members(s, g.id, campaign_tag(g.name))
            # Nothing more goes to the group: pending posts to it stop, journeys end.
            cancelled = s.execute(
                update(Delivery)
                .where(
                    Delivery.group_id == g.id,
                    Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.MANUAL_TODO]),
                )
                .values(status=DeliveryStatus.CANCELLED, status_reason="group archived")
            ).rowcount
            enrolments = select(Enrolment.id).where(
                Enrolment.group_id == g.id, Enrolment.status == "active"
            )
            cancelled += s.execute(
                update(Delivery)
                .where(
                    Delivery.enrolment_id.in_(enrolments),
                    Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.MANUAL_TODO]),
                )
                .values(status=DeliveryStatus.CANCELLED, status_reason="group archived")
            ).rowcount
            s.execute(
                update(Enrolment)
                .where(Enrolment.group_id == g.id, Enrolment.status == "active")
                .values(status="stopped", next_due_at=None)
            )
            s.add(
                AuditEntry(
                    operator_id=operator_id,
                    action="archive_group",
                    entity="group",
                    entity_id=g.id,
                    detail={"cancelled_deliveries": int(cancelled or 0)},
                )
            )
            return int(cancelled or 0)

    def restore(self, group_id: int, operator_id: int | None = None) -> None:
        with self.db.write() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise KeyError(group_id)
            g.archived_at = None
            s.add(
                AuditEntry(
                    operator_id=operator_id, action="restore_group", entity="group", entity_id=g.id
                )
            )

    def apply_archive_policy(
        self, today: date, *, auto_archive: bool, archive_after_days: int = 3
    ) -> list[int]:
        """Archive every due campaign group when the workspace policy says so."""
        if not auto_archive:
            return []
        due = self.campaign_reminders(today, archive_after_days)
        for r in due:
            self.archive(r.group_id)
        return [r.group_id for r in due]


def _copy_group(template: GroupDraft, name: str) -> Group:
    return Group(
        name=name,
        platform=template.platform,
        group_type=template.group_type,
        campaign_end=template.campaign_end if template.group_type == GroupType.CAMPAIGN else None,
        capacity_override=template.capacity_override,
        purpose=template.purpose,
        audience=template.audience,
        actions=template.actions,
        rules=template.rules,
        red_lines=template.red_lines,
        announcement=template.announcement,
        welcome_message=template.welcome_message,
    )


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


class AttachmentError(ValueError):
    def __init__(self, problems: list[AttachmentProblem | None]) -> None:
        self.problems = problems
        super().__init__("invalid attachments")


def group_attachments(db: Database, group_id: int) -> list[Attachment]:
    with db.read() as s:
        g = s.get(Group, group_id)
        if g is None:
            raise KeyError(group_id)
        return [Attachment.from_dict(d) for d in (g.attachments or [])]


def set_group_attachments(db: Database, group_id: int, items: list[Attachment]) -> None:
    """Store the announcement's and welcome message's attachments (G6), all valid or none."""
    problems = check_attachments(items)
    if any(problems):
        raise AttachmentError(problems)
    with db.write() as s:
        g = s.get(Group, group_id)
        if g is None:
            raise KeyError(group_id)
        g.attachments = [a.to_dict() for a in items]
