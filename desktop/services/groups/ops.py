"""What operators do to groups beyond the form (G3, G4, G7): series of groups, splits and
sub-communities, moving members, staffing roles; archiving is delegated to ``group_archive``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import select

from desktop.domain.enums import GroupType, Role
from desktop.domain.groups.name_patterns import (
    PatternError,
    SeriesName,
    check_series,
    duplicates,
    expand,
    next_in_series,
)
from desktop.domain.groups.staffing import StaffingWarning, role_counts, staffing_warnings
from desktop.services.groups.archive import (
    CampaignReminder,
    archive_group,
    campaign_reminders,
    restore_group,
)
from desktop.services.groups.service import GroupDraft, GroupService, GroupValidationError
from desktop.store.db import Database
from desktop.store.models import Group, Member, Membership


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
        return campaign_reminders(self.db, today, archive_after_days)

    def archive(self, group_id: int, operator_id: int | None = None) -> int:
        """Archive a group; returns deliveries cancelled (see ``archive_group``)."""
        return archive_group(self.db, group_id, operator_id)

    def restore(self, group_id: int, operator_id: int | None = None) -> None:
        restore_group(self.db, group_id, operator_id)

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
