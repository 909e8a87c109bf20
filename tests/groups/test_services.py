"""Group operations on a real workspace: series, splits, staffing, archiving, moderation,
SOP ticks and retrospectives."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.domain.enums import (
    ChannelKind,
    DeliveryKind,
    DeliveryStatus,
    GroupType,
    Role,
)
from desktop.domain.groups.announcement import Attachment, AttachmentKind
from desktop.domain.groups.moderation import ModAction
from desktop.domain.groups.staffing import StaffingWarning
from desktop.services.container import Services
from desktop.services.groups.ops import GroupBatchError
from desktop.services.groups.service import AttachmentError, GroupDraft
from desktop.services.members.service import MemberDraft
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.services.workspace.policy import Policy
from desktop.store.models import AuditEntry, Delivery, Membership, WorkspaceSettings


def set_keyword(services: Services, keyword: str) -> None:
    with services.db.write() as s:
        row = s.get(WorkspaceSettings, 1)
        assert row is not None
        row.brand_keyword = keyword


def add_members(services: Services, group_id: int, n: int, role: Role = Role.MEMBER) -> list[int]:
    ids = []
    for i in range(n):
        mid = services.members.save(MemberDraft(name=f"成员{group_id}-{i}"))
        services.group_ops.add_member(group_id, mid, role)
        ids.append(mid)
    return ids


def test_series_is_created_whole_or_not_at_all(services: Services) -> None:
    set_keyword(services, "拾光")
    template = GroupDraft(name="", purpose="客户维护", audience="北京会员")
    ids = services.group_ops.create_series("拾光·北京 {n:02}", template, numbers=range(1, 11))
    assert len(ids) == 10
    names = [r.name for r in services.groups.list()]
    assert names[0] == "拾光·北京 01" and names[-1] == "拾光·北京 10"
    assert services.groups.get(ids[3]).purpose == "客户维护"
    # 10 again overlaps, a name without the keyword is refused: nothing is created.
    for pattern, kwargs in (
        ("拾光·北京 {n:02}", {"numbers": range(10, 13)}),
        ("{loc}群", {"locations": ["上海", "广州"]}),
    ):
        with pytest.raises(GroupBatchError):
            services.group_ops.create_series(pattern, template, **kwargs)  # type: ignore[arg-type]
    assert len(services.groups.list()) == 10
    assert services.group_ops.sibling_name(ids[0]) == "拾光·北京 11"
    locs = services.group_ops.create_series("拾光·{loc}", template, locations=["上海", "广州"])
    assert len(locs) == 2


def test_sub_community_and_moving_members(services: Services) -> None:
    parent = services.groups.save(GroupDraft(name="拾光会员群", rules="不发广告"))
    members = add_members(services, parent, 5)
    child = services.group_ops.create_split(parent, "拾光会员群·亚", sub_community=True)
    assert services.groups.get(child).rules == "不发广告"
    assert services.group_ops.move_members(members[:2], parent, child) == 2
    assert services.groups.row(parent).members == 3  # type: ignore[union-attr]
    assert services.groups.row(child).members == 2  # type: ignore[union-attr]
    with services.db.read() as s:
        left = s.scalars(
            select(Membership).where(Membership.group_id == parent, Membership.left_at.is_not(None))
        ).all()
    assert len(left) == 2  # history kept


def test_staffing_roles_and_warnings(services: Services) -> None:
    gid = services.groups.save(
        GroupDraft(
            name="拾光快闪群",
            group_type=GroupType.CAMPAIGN,
            campaign_end=date.today() + timedelta(days=5),
        )
    )
    ids = add_members(services, gid, 3)
    staffing = services.group_ops.staffing(gid)
    assert staffing.warnings == [StaffingWarning.NO_ADMIN, StaffingWarning.NO_ATMOSPHERE]
    services.group_ops.set_role(gid, ids[0], Role.ADMIN)
    services.group_ops.set_role(gid, ids[1], Role.ATMOSPHERE)
    staffing = services.group_ops.staffing(gid)
    assert staffing.warnings == []
    assert [r.role for r in staffing.rows] == [Role.ADMIN, Role.ATMOSPHERE, Role.MEMBER]
    assert staffing.counts[Role.ADMIN] == 1


def test_campaign_archive_tags_members_and_stops_sending(services: Services) -> None:
    end = date(2026, 11, 1)
    gid = services.groups.save(
        GroupDraft(name="拾光双十一群", group_type=GroupType.CAMPAIGN, campaign_end=end)
    )
    ids = add_members(services, gid, 2)
    OutboxService(services.db).enqueue(
        NewDelivery(
            kind=DeliveryKind.POST,
            channel=ChannelKind.MANUAL,
            due_at=datetime.now(UTC) + timedelta(days=1),
            idempotency_key="post-1",
            body="活动预告",
            group_id=gid,
        )
    )
    ops = services.group_ops
    assert ops.campaign_reminders(date(2026, 11, 3)) == []
    assert [r.group_id for r in ops.campaign_reminders(date(2026, 11, 4))] == [gid]
    # Policy off: only a reminder. Policy on: archived.
    assert ops.apply_archive_policy(date(2026, 11, 4), auto_archive=False) == []
    assert ops.apply_archive_policy(date(2026, 11, 4), auto_archive=True) == [gid]
    assert services.groups.row(gid).archived  # type: ignore[union-attr]
    assert gid not in [r.id for r in services.groups.list()]  # hidden by default
    assert services.members.profile(ids[0]).draft.tags == ["活动:拾光双十一群"]
    with services.db.read() as s:
        d = s.scalars(select(Delivery)).one()
        assert d.status == DeliveryStatus.CANCELLED and d.status_reason == "group archived"
        assert s.scalars(select(AuditEntry.action)).all() == ["archive_group"]
    ops.restore(gid)
    assert gid in [r.id for r in services.groups.list()]


def test_moderation_ladder_is_recorded(services: Services) -> None:
    gid = services.groups.save(GroupDraft(name="拾光交流群"))
    (mid,) = add_members(services, gid, 1)
    services.policy.save(Policy(mute_hours=12))
    t0 = datetime(2026, 11, 23, 10, tzinfo=UTC)
    warn = services.moderation.record(gid, mid, "禁止广告", now=t0)
    assert warn.action == ModAction.WARN
    mute = services.moderation.record(gid, mid, "禁止刷屏", now=t0 + timedelta(hours=1))
    assert mute.action == ModAction.MUTE and mute.until == t0 + timedelta(hours=13)
    assert services.moderation.muted_until(gid, mid, t0 + timedelta(hours=2)) == mute.until
    remove = services.moderation.record(gid, mid, "禁止广告", now=t0 + timedelta(days=1))
    assert remove.action == ModAction.REMOVE
    assert services.groups.row(gid).members == 0  # type: ignore[union-attr]
    strikes = services.moderation.strikes(mid)
    assert [(s.action, s.rule) for s in strikes] == [
        (ModAction.WARN, "禁止广告"),
        (ModAction.MUTE, "禁止刷屏"),
        (ModAction.REMOVE, "禁止广告"),
    ]
    with pytest.raises(ValueError):
        services.moderation.record(gid, mid, "  ")


def test_sop_ticks_and_retrospective_figures(services: Services) -> None:
    gid = services.groups.save(
        GroupDraft(name="拾光快闪", group_type=GroupType.CAMPAIGN, campaign_end=date(2026, 11, 30))
    )
    lists = services.sop.checklists(gid)
    assert [c.checklist.key for c in lists] == ["build", "flash"]
    item = lists[1].checklist.items[0]
    at = datetime(2026, 11, 20, 9, tzinfo=UTC)
    services.sop.tick(gid, "flash", item, at=at)
    assert services.sop.checklists(gid)[1].done == {item: at}
    assert services.sop.checklists(gid)[1].progress == (1, 8)
    services.sop.tick(gid, "flash", item, done=False)
    assert services.sop.checklists(gid)[1].done == {}
    with pytest.raises(KeyError):
        services.sop.tick(gid, "flash", "不存在的步骤")

    add_members(services, gid, 4)
    today = date.today()
    draft = services.sop.new_retro(gid, today - timedelta(days=7), today)
    assert draft.figures["joined"] == 4 and draft.figures["members_at_end"] == 4
    assert draft.figures["posts_sent"] == 0
    draft.goal = "拉新 100 人"
    draft.result = "实际 4 人"
    rid = services.sop.save_retro(draft)
    (saved,) = services.sop.retros(gid)
    assert saved.id == rid and saved.figures["joined"] == 4 and saved.goal == "拉新 100 人"


def test_attachments_are_stored_all_valid_or_not_at_all(services: Services) -> None:
    gid = services.groups.save(GroupDraft(name="读书会1群"))
    assert services.groups.attachments(gid) == []
    poster = Attachment(AttachmentKind.POSTER, "poster.png", "海报")
    link = Attachment(AttachmentKind.LINK, "https://example.org/join", "报名")
    services.groups.set_attachments(gid, [poster, link])
    assert services.groups.attachments(gid) == [poster, link]
    with pytest.raises(AttachmentError):
        services.groups.set_attachments(gid, [poster, Attachment(AttachmentKind.LINK, "nope")])
    assert services.groups.attachments(gid) == [poster, link]
    with pytest.raises(KeyError):
        services.groups.attachments(gid + 1000)
