"""WeCom's monthly 群发 cap as the calendar's operations meet it: a move, a copy, an undo
or redo that brings posts back, a backlog draft given groups. Each asks the same question
(``wecom.caps.over_cap``) about only what it adds to a month — a post that stays in its
month with its groups adds nothing, so an already full month never blocks it.

Months are read in the workspace's time zone, as the operator plans them."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import PostStatus
from desktop.services.workspace.zone import zone_of
from desktop.store.models import Post, WorkspaceSettings, post_targets

if TYPE_CHECKING:
    from desktop.services.calendar.planning import PostSnapshot
    from desktop.services.wecom.caps import OverCap

Landing = tuple[Sequence[int], datetime]  # a post's groups and its (aware) time


class OverMonthlyCap(ValueError):
    """A change would take a WeCom group over its monthly 群发 cap; nothing changed.
    The same refusal the editor gives a save (``wecom.caps``)."""

    def __init__(self, problem: OverCap) -> None:
        self.problem = problem
        super().__init__(str(problem))


def same_month(before: datetime | None, after: datetime) -> bool:
    """Whether a post stays in its month, read in ``after``'s zone."""
    if before is None:
        return False
    if before.tzinfo is None:  # SQLite hands back naive UTC
        before = before.replace(tzinfo=UTC)
    before = before.astimezone(after.tzinfo)
    return (before.year, before.month) == (after.year, after.month)


def refuse_over_cap(s: Session, landing: Sequence[Landing], leaving: Collection[int]) -> None:
    """Raise ``OverMonthlyCap`` when these posts (``leaving`` = their ids, whose own tasks
    go with them) would take a group over its cap."""
    from desktop.services.wecom.caps import over_cap

    if landing and (cap := over_cap(s, landing, leaving)):
        raise OverMonthlyCap(cap)


def _zone(s: Session) -> ZoneInfo:
    return zone_of(s.get(WorkspaceSettings, 1))


def _groups(s: Session, post_ids: Collection[int]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = {pid: [] for pid in post_ids}
    rows = s.execute(
        select(post_targets.c.post_id, post_targets.c.group_id).where(
            post_targets.c.post_id.in_(list(post_ids))
        )
    ).all()
    for pid, gid in rows:
        groups[pid].append(gid)
    return groups


def _aware(at: datetime, tz: ZoneInfo) -> datetime:
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(tz)


def check_landing(
    s: Session, landing: Sequence[tuple[int, datetime]], leaving: Collection[int] = ()
) -> None:
    """Posts (by id, with their own groups) arriving at these times; ``leaving`` when they
    are those posts themselves (a move), not new ones like them (a copy)."""
    if not landing:  # a move within its month: nothing to read
        return
    groups = _groups(s, [pid for pid, _at in landing])
    refuse_over_cap(s, [(groups[pid], at) for pid, at in landing], leaving)


def check_placements(
    s: Session, placements: Mapping[int, tuple[datetime | None, PostStatus]]
) -> None:
    """Undo or redo of a move: posts put back at these UTC times, counted where they change
    month. Sent posts and the backlog add nothing."""
    tz = _zone(s)
    current = dict(
        s.execute(
            select(Post.id, Post.scheduled_at).where(
                Post.id.in_(list(placements)), Post.deleted_at.is_(None)
            )
        ).all()
    )
    landing = [
        (pid, _aware(at, tz))
        for pid, (at, status) in placements.items()
        if pid in current
        and at is not None
        and status != PostStatus.SENT
        and not same_month(current[pid], _aware(at, tz))
    ]
    check_landing(s, landing, [pid for pid, _at in landing])


def check_revived(s: Session, post_ids: Collection[int]) -> None:
    """Deleted posts brought back (redo of a creation) with their groups and times."""
    tz = _zone(s)
    rows = s.execute(
        select(Post.id, Post.scheduled_at).where(
            Post.id.in_(list(post_ids)),
            Post.deleted_at.is_not(None),
            Post.scheduled_at.is_not(None),
            Post.status != PostStatus.SENT,
        )
    ).all()
    landing = [(pid, _aware(at, tz)) for pid, at in rows if at is not None]
    check_landing(s, landing, [pid for pid, _at in landing])


def check_snapshots(s: Session, snapshots: Sequence[PostSnapshot]) -> None:
    """Posts written back as snapshotted (undo of an edit or a delete): what each adds to
    a month — all its groups when it comes back or changes month, else the groups it gains."""
    tz = _zone(s)
    ids = [snap.id for snap in snapshots]
    current = {
        pid: (at, deleted)
        for pid, at, deleted in s.execute(
            select(Post.id, Post.scheduled_at, Post.deleted_at).where(Post.id.in_(ids))
        ).all()
    }
    now_groups = _groups(s, ids)
    landing: list[Landing] = []
    for snap in snapshots:
        if snap.deleted_at is not None or snap.scheduled_at is None:
            continue
        if snap.status == PostStatus.SENT or snap.id not in current:
            continue
        at = _aware(snap.scheduled_at, tz)
        was_at, was_deleted = current[snap.id]
        if was_deleted is not None or not same_month(was_at, at):
            landing.append((snap.target_ids, at))
        elif gained := set(snap.target_ids) - set(now_groups[snap.id]):
            landing.append((sorted(gained), at))
    # Their own tasks are not counted: they are replaced by what comes back.
    refuse_over_cap(s, landing, ids)


def check_given_groups(
    s: Session, targets: Sequence[tuple[int, datetime]], group_ids: Sequence[int]
) -> None:
    """Backlog drafts that go nowhere yet, landing at these times with ``group_ids``."""
    if not group_ids:
        return
    ids = [pid for pid, _at in targets]
    targeted = set(s.scalars(select(post_targets.c.post_id).where(post_targets.c.post_id.in_(ids))))
    landing = [(group_ids, at) for pid, at in targets if pid not in targeted]
    refuse_over_cap(s, landing, ids)
