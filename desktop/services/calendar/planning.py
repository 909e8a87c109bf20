"""Drag-planning operations on the calendar (C2), each one short transaction.

Every operation returns what an undo needs: ``move`` the old and new times and states,
the creating ones the new ids. ``PostSnapshot``/``restore`` put any post back exactly as
it was (fields, targets, attachments, deleted or not), which is how an edit or a delete
is undone. Changes to scheduled posts are passed on so their deliveries follow.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import selectinload

from desktop.domain.enums import AttachmentKind, ContentType, PostStatus
from desktop.services.calendar.month_caps import (
    check_given_groups,
    check_landing,
    check_placements,
    check_revived,
    check_snapshots,
    refuse_over_cap,
    same_month,
)
from desktop.store.base import table_of, utcnow
from desktop.store.db import Database
from desktop.store.models import Group, Material, Post, PostAttachment, post_targets

# What kind of content a material becomes when it is dropped on the calendar.
MATERIAL_TYPES = {"plan": ContentType.ACTIVITY, "script": ContentType.VALUE}


@dataclass(frozen=True)
class Placement:
    """Where a post is: its UTC time (None = backlog) and its stored status."""

    post_id: int
    at: datetime | None
    status: PostStatus


@dataclass(frozen=True)
class PostSnapshot:
    id: int
    title: str
    body: str
    content_type: ContentType
    status: PostStatus
    scheduled_at: datetime | None
    material_id: int | None
    recurrence: dict[str, Any] | None
    recurrence_until: Any
    deleted_at: datetime | None
    target_ids: tuple[int, ...]
    attachments: tuple[tuple[AttachmentKind, str, str], ...]

    def deleted(self, when: datetime | None = None) -> PostSnapshot:
        from dataclasses import replace

        return replace(self, deleted_at=when or utcnow())


class MoveRefused(ValueError):
    """Nothing could move: every post was sent already, or is gone."""


class MovedMeanwhile(MoveRefused):
    """A teammate changed (moved, edited) one of these posts after this view read it; nothing
    moved. The view refreshes and the operator decides again."""

    def __init__(self, post_ids: Sequence[int]) -> None:
        self.post_ids = sorted(post_ids)
        super().__init__(self.post_ids)


class PlanningService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.on_change: Callable[[Sequence[int]], object] | None = None

    def _changed(self, ids: Sequence[int]) -> None:
        if self.on_change is not None and ids:
            self.on_change(ids)

    # -- moving ---------------------------------------------------------------------------
    def placements(self, post_ids: Sequence[int]) -> list[Placement]:
        with self.db.read() as s:
            rows = s.execute(
                select(Post.id, Post.scheduled_at, Post.status).where(
                    Post.id.in_(list(post_ids)), Post.deleted_at.is_(None)
                )
            ).all()
        return [Placement(pid, at, PostStatus(st)) for pid, at, st in rows]

    def move(
        self,
        targets: Sequence[tuple[int, datetime]],
        versions: Mapping[int, int] | None = None,
    ) -> list[tuple[Placement, Placement]]:
        """Put posts at new aware times; backlog drafts become planned. Sent posts stay.

        ``versions``: each post's version as the view showed it; if a teammate changed one
        since, nothing moves (``MovedMeanwhile``). Returns (before, after) per moved post,
        for undo. One write transaction.
        """
        wanted = {pid: at.astimezone(UTC) for pid, at in targets}
        moved: list[tuple[Placement, Placement]] = []
        resync: list[int] = []
        with self.db.write() as s:
            rows = s.execute(
                select(Post.id, Post.scheduled_at, Post.status, Post.version)
                .where(Post.id.in_(list(wanted)), Post.deleted_at.is_(None))
                .with_for_update()
            ).all()
            if versions:
                stale = [pid for pid, _at, _st, v in rows if pid in versions and versions[pid] != v]
                if stale:
                    raise MovedMeanwhile(stale)
            # Into another month: WeCom's monthly cap (a move within the month adds nothing).
            local = dict(targets)  # the month as the operator planned it, not in UTC
            landing = [
                (pid, local[pid])
                for pid, old_at, status, _v in rows
                if status != PostStatus.SENT and not same_month(old_at, local[pid])
            ]
            check_landing(s, landing, [pid for pid, *_ in rows])
            for pid, old_at, status, _version in rows:
                status = PostStatus(status)
                if status == PostStatus.SENT:
                    continue
                new_status = PostStatus.PLANNED if status == PostStatus.DRAFT else status
                s.execute(
                    update(Post)
                    .where(Post.id == pid)
                    .values(
                        scheduled_at=wanted[pid],
                        status=new_status,
                        updated_at=utcnow(),
                        version=Post.version + 1,
                    )
                )
                moved.append(
                    (Placement(pid, old_at, status), Placement(pid, wanted[pid], new_status))
                )
                if status != PostStatus.PLANNED and status != PostStatus.DRAFT:
                    resync.append(pid)
        if not moved and wanted:
            raise MoveRefused(sorted(wanted))
        self._changed(resync)
        return moved

    def untargeted(self, post_ids: Sequence[int]) -> list[int]:
        """Those posts that go to no group (a backlog draft often does not, yet)."""
        with self.db.read() as s:
            targeted = set(
                s.scalars(
                    select(post_targets.c.post_id).where(post_targets.c.post_id.in_(list(post_ids)))
                )
            )
        return [pid for pid in post_ids if pid not in targeted]

    def check_given_groups(
        self, targets: Sequence[tuple[int, datetime]], group_ids: Sequence[int]
    ) -> None:
        """Before drafts that go nowhere land at these times with ``group_ids``: raises
        ``OverMonthlyCap`` when that would fill a WeCom group's month."""
        with self.db.read() as s:
            check_given_groups(s, targets, group_ids)

    def give_targets(self, post_ids: Sequence[int], group_ids: Sequence[int]) -> list[int]:
        """Send the posts among ``post_ids`` that go nowhere to ``group_ids``; a post with
        groups keeps its own. Returns the posts that got them."""
        bare = self.untargeted(post_ids)
        if not bare or not group_ids:
            return []
        with self.db.write() as s:
            existing = list(s.scalars(select(Group.id).where(Group.id.in_(list(group_ids)))))
            rows = [{"post_id": pid, "group_id": gid} for pid in bare for gid in existing]
            if rows:
                s.execute(insert(post_targets), rows)
        return bare if existing else []

    def place(self, placements: Sequence[Placement]) -> None:
        """Put posts back where ``placements`` say (undo/redo of a move)."""
        with self.db.write() as s:
            check_placements(s, {p.post_id: (p.at, p.status) for p in placements})
            for p in placements:
                s.execute(
                    update(Post)
                    .where(Post.id == p.post_id)
                    .values(scheduled_at=p.at, status=p.status, updated_at=utcnow())
                )
        self._changed([p.post_id for p in placements])

    # -- creating -------------------------------------------------------------------------
    def copy(self, targets: Sequence[tuple[int, datetime]]) -> list[int]:
        """New planned posts like the given ones at the new times (targets and attachments)."""
        new_ids: list[int] = []
        with self.db.write() as s:
            check_landing(s, targets)
            for pid, at in targets:
                src = s.get(
                    Post, pid, options=[selectinload(Post.targets), selectinload(Post.attachments)]
                )
                if src is None or src.deleted_at is not None:
                    continue
                copy = Post(
                    title=src.title,
                    body=src.body,
                    content_type=src.content_type,
                    status=PostStatus.PLANNED,
                    scheduled_at=at.astimezone(UTC),
                    material_id=src.material_id,
                    recurrence=src.recurrence,
                    recurrence_until=src.recurrence_until,
                    targets=list(src.targets),
                    attachments=[
                        PostAttachment(kind=a.kind, uri=a.uri, caption=a.caption)
                        for a in src.attachments
                    ],
                )
                s.add(copy)
                s.flush()
                new_ids.append(copy.id)
        return new_ids

    def plan_material(
        self, material_id: int, at: datetime, target_ids: Sequence[int] = ()
    ) -> int | None:
        """A planned post made from an archived material (G9), linked back to it."""
        with self.db.write() as s:
            m = s.get(Material, material_id)
            if m is None:
                return None
            refuse_over_cap(s, [(target_ids, at)], ())
            attachments = []
            if m.file_path:
                kind = AttachmentKind.POSTER if m.kind == "poster" else AttachmentKind.IMAGE
                attachments.append(PostAttachment(kind=kind, uri=m.file_path, caption=m.title))
            post = Post(
                title=m.title[:200],
                body=m.body,
                content_type=MATERIAL_TYPES.get(str(m.kind), ContentType.VALUE),
                status=PostStatus.PLANNED,
                scheduled_at=at.astimezone(UTC),
                material_id=m.id,
                targets=list(s.scalars(select(Group).where(Group.id.in_(list(target_ids))))),
                attachments=attachments,
            )
            s.add(post)
            s.flush()
            return post.id

    # -- snapshots --------------------------------------------------------------------------
    def snapshots(self, post_ids: Sequence[int]) -> list[PostSnapshot]:
        with self.db.read() as s:
            posts = s.scalars(
                select(Post)
                .where(Post.id.in_(list(post_ids)))
                .options(selectinload(Post.targets), selectinload(Post.attachments))
            ).all()
            return [
                PostSnapshot(
                    id=p.id,
                    title=p.title,
                    body=p.body,
                    content_type=ContentType(p.content_type),
                    status=PostStatus(p.status),
                    scheduled_at=p.scheduled_at,
                    material_id=p.material_id,
                    recurrence=dict(p.recurrence) if p.recurrence else None,
                    recurrence_until=p.recurrence_until,
                    deleted_at=p.deleted_at,
                    target_ids=tuple(sorted(g.id for g in p.targets)),
                    attachments=tuple(
                        (AttachmentKind(a.kind), a.uri, a.caption)
                        for a in sorted(p.attachments, key=lambda a: a.id)
                    ),
                )
                for p in posts
            ]

    def restore(self, snapshots: Sequence[PostSnapshot]) -> None:
        """Write the posts back exactly as snapshotted (ids kept), then resync deliveries."""
        with self.db.write() as s:
            check_snapshots(s, snapshots)
            for snap in snapshots:
                s.execute(
                    update(Post)
                    .where(Post.id == snap.id)
                    .values(
                        title=snap.title,
                        body=snap.body,
                        content_type=snap.content_type,
                        status=snap.status,
                        scheduled_at=snap.scheduled_at,
                        material_id=snap.material_id,
                        recurrence=snap.recurrence,
                        recurrence_until=snap.recurrence_until,
                        deleted_at=snap.deleted_at,
                        updated_at=utcnow(),
                    )
                )
                s.execute(post_targets.delete().where(post_targets.c.post_id == snap.id))
                existing = set(s.scalars(select(Group.id).where(Group.id.in_(snap.target_ids))))
                rows = [{"post_id": snap.id, "group_id": g} for g in snap.target_ids]
                rows = [r for r in rows if r["group_id"] in existing]
                if rows:
                    s.execute(insert(post_targets), rows)
                s.execute(
                    table_of(PostAttachment).delete().where(PostAttachment.post_id == snap.id)
                )
                for kind, uri, caption in snap.attachments:
                    s.add(PostAttachment(post_id=snap.id, kind=kind, uri=uri, caption=caption))
        self._changed([snap.id for snap in snapshots])

    def set_deleted(self, post_ids: Sequence[int], deleted: bool) -> None:
        with self.db.write() as s:
            if not deleted:
                check_revived(s, post_ids)
            s.execute(
                update(Post)
                .where(Post.id.in_(list(post_ids)))
                .values(deleted_at=utcnow() if deleted else None, updated_at=utcnow())
            )
        self._changed(post_ids)
