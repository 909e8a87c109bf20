"""Groups: list with live member counts, validated create and edit, the archived flag, and
the announcement's attachments (G6). Series, splits and staffing are ``group_ops``."""

from __future__ import annotations

import builtins
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.enums import GroupType, Platform
from desktop.domain.groups.announcement import (
    Attachment,
    AttachmentProblem,
    check_attachments,
)
from desktop.domain.groups.capacity import CapacityCheck, check_capacity
from desktop.domain.groups.naming import NameCheck, check_group_name
from desktop.services.groups.join_link import join_link
from desktop.services.live import drafts
from desktop.services.qr_codes import qr_png
from desktop.store.db import Database
from desktop.store.models import Group, Membership, WorkspaceSettings


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
    version: int | None = None  # as read; saving over a newer version raises EditConflict
    # Who saved this copy (the teammate's name, team mode only): the compare dialog names them
    saved_by: str | None = field(default=None, compare=False)


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


class AttachmentError(ValueError):
    def __init__(self, problems: list[AttachmentProblem | None]) -> None:
        self.problems = problems
        super().__init__("invalid attachments")


@dataclass(frozen=True)
class JoinQr:
    link: str
    png: bytes


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

    def rows_by_ids(
        self, ids: Collection[int], include_archived: bool = False
    ) -> builtins.list[GroupRow]:
        """The list rows among ``ids`` (deleted ones, and archived ones unless asked, are
        left out): what a list re-reads when the live feed names changed groups."""
        return self._rows(include_archived=include_archived, group_ids=ids)

    def groups_of_memberships(self, membership_ids: Collection[int]) -> set[int]:
        """The groups whose member counts the given memberships count in."""
        with self.db.read() as s:
            return set(
                s.scalars(
                    select(Membership.group_id)
                    .where(Membership.id.in_(sorted(membership_ids)))
                    .distinct()
                )
            )

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

    def _rows(
        self,
        *,
        include_archived: bool,
        group_id: int | None = None,
        group_ids: Collection[int] | None = None,
    ) -> builtins.list[GroupRow]:  # ``list`` here is the method above
        counted = select(Membership.group_id, func.count().label("n")).where(
            Membership.left_at.is_(None)
        )
        if group_ids is not None:  # count only the groups asked for
            counted = counted.where(Membership.group_id.in_(sorted(group_ids)))
        counts = counted.group_by(Membership.group_id).subquery()
        stmt = (
            select(Group, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.group_id == Group.id)
            .order_by(Group.name, Group.id)
        )
        if not include_archived:
            stmt = stmt.where(Group.archived_at.is_(None))
        if group_id is not None:
            stmt = stmt.where(Group.id == group_id)
        if group_ids is not None:
            stmt = stmt.where(Group.id.in_(sorted(group_ids)))
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
            return _draft_of(g)

    def save(self, draft: GroupDraft, base: GroupDraft | None = None) -> int:
        """Create or update; raises GroupValidationError and writes nothing when invalid,
        EditConflict when the group was saved since ``draft.version`` was read (``base``,
        the copy the editor read, tells who changed which field)."""
        check = self.validate(draft)
        if not check.ok:
            raise GroupValidationError(check)
        try:
            return self._write(draft, base)
        except StaleDataError:  # a teammate's save committed between our read and write
            if draft.id is None:
                raise
            raise drafts.conflict("groups", self.get(draft.id), draft, base) from None

    def _write(self, draft: GroupDraft, base: GroupDraft | None = None) -> int:
        with self.db.write() as s:
            g = Group() if draft.id is None else s.get(Group, draft.id)
            if g is None:
                raise KeyError(draft.id)
            if draft.version is not None and g.id is not None and g.version != draft.version:
                raise drafts.conflict("groups", _draft_of(g), draft, base)

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

    def join_qr(self, group_id: int) -> JoinQr | None:
        """The group's join link and a QR code of it, for posters; None when the app knows
        no link (no Matrix room, no invite URL as its external ID)."""
        with self.db.read() as s:
            g = s.get(Group, group_id)
            link = join_link(s, g) if g is not None else ""
        return JoinQr(link, qr_png(link)) if link else None

    def attachments(self, group_id: int) -> builtins.list[Attachment]:
        """The announcement's and welcome message's attachments (G6)."""
        with self.db.read() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise KeyError(group_id)
            return [Attachment.from_dict(d) for d in (g.attachments or [])]

    def set_attachments(self, group_id: int, items: builtins.list[Attachment]) -> None:
        """Store the announcement's and welcome message's attachments (G6), all valid or none."""
        problems = check_attachments(items)
        if any(problems):
            raise AttachmentError(problems)
        with self.db.write() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise KeyError(group_id)
            g.attachments = [a.to_dict() for a in items]


def _draft_of(g: Group) -> GroupDraft:
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
        version=g.version,
        saved_by=g.saved_by,
    )
