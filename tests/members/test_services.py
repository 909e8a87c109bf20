"""Members in depth on a real workspace: segments, personal center, consent, lifecycle,
greetings, export of one member, erasure that leaves nothing in the database file."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    DeliveryKind,
    DmFrequency,
    Lifecycle,
    MessageDirection,
    Role,
)
from desktop.domain.members.lifecycle import LifecycleRules
from desktop.domain.members.segments import SegmentFilter
from desktop.domain.sending.consent import ConsentVerdict
from desktop.services.container import Services
from desktop.services.groups.service import GroupDraft
from desktop.services.members.center import ContactPrefs, TimelineKind
from desktop.services.members.greetings import GreetingDraft, GreetingError
from desktop.services.members.privacy import EraseRefused
from desktop.services.members.segments import SegmentError
from desktop.services.members.service import MemberDraft, MemberSort
from desktop.services.sending.outbox import NewDelivery
from desktop.store.models import (
    AuditEntry,
    Conversation,
    Delivery,
    Member,
    Membership,
    Message,
)


def member(services: Services, name: str, **kw: object) -> int:
    return services.members.save(MemberDraft(name=name, **kw))  # type: ignore[arg-type]


def test_segments_filter_the_member_page_and_are_saved(services: Services) -> None:
    gid = services.groups.save(GroupDraft(name="拾光群"))
    a = member(services, "甲", tags=["咖啡"], birthday=date(1990, 5, 1))
    b = member(services, "乙", tags=["茶"], birthday=date(1991, 6, 1))
    c = member(services, "丙", tags=["咖啡", "茶"])
    services.group_ops.add_member(gid, a, Role.KOC)
    services.group_ops.add_member(gid, b)
    services.member_center.record_consent(c, "email", ConsentPurpose.MARKETING, True, "表单")
    with services.db.write() as s:
        s.get(Member, b).activity_score = 80  # type: ignore[union-attr]
        s.get(Member, c).lifecycle = Lifecycle.SILENT  # type: ignore[union-attr]

    def names(flt: SegmentFilter) -> list[str]:
        return sorted(r.name for r in services.members.page(flt=flt).rows)

    assert names(SegmentFilter(tags=("咖啡",))) == ["丙", "甲"]
    assert names(SegmentFilter(group_id=gid)) == ["乙", "甲"]
    assert names(SegmentFilter(group_id=gid, role=Role.KOC)) == ["甲"]
    assert names(SegmentFilter(lifecycles=(Lifecycle.SILENT,))) == ["丙"]
    assert names(SegmentFilter(min_activity=50)) == ["乙"]
    assert names(SegmentFilter(birthday_month=6)) == ["乙"]
    marketing = SegmentFilter(consent_channel="email", consent_purpose=ConsentPurpose.MARKETING)
    assert names(marketing) == ["丙"]
    services.member_center.record_consent(c, "email", ConsentPurpose.MARKETING, False, "退订")
    assert names(marketing) == []
    sid = services.segments.save("咖啡爱好者", SegmentFilter(tags=("咖啡",)))
    assert services.segments.get(sid).filter.tags == ("咖啡",)
    assert sorted(services.segments.member_ids(services.segments.get(sid).filter)) == [a, c]
    with pytest.raises(SegmentError):
        services.segments.save("咖啡爱好者", SegmentFilter())
    # Sorted by activity, most active first.
    page = services.members.page(sort=MemberSort.ACTIVITY)
    assert page.rows[0].name == "乙"


def test_personal_center_timeline_consent_and_prefs(services: Services) -> None:
    gid = services.groups.save(GroupDraft(name="拾光群", red_lines="禁止广告"))
    mid = member(services, "王芳", email="wf@example.com")
    services.group_ops.add_member(gid, mid)
    services.moderation.record(gid, mid, "禁止广告")
    services.outbox.enqueue(
        NewDelivery(
            kind=DeliveryKind.DM,
            channel=ChannelKind.EMAIL,
            due_at=datetime.now(UTC),
            idempotency_key="dm-1",
            subject="欢迎",
            body="你好",
            member_id=mid,
        )
    )
    services.member_center.record_consent(
        mid, "email", ConsentPurpose.MARKETING, True, "活动报名表"
    )
    kinds = {e.kind for e in services.member_center.timeline(mid)}
    assert {
        TimelineKind.JOINED,
        TimelineKind.MODERATION,
        TimelineKind.RECEIVED,
        TimelineKind.CONSENT,
    } <= kinds
    state = {(c.channel, c.purpose): c.verdict for c in services.member_center.consent_state(mid)}
    assert state[("email", ConsentPurpose.MARKETING)] == ConsentVerdict.ALLOWED
    assert state[("matrix", ConsentPurpose.MARKETING)] == ConsentVerdict.NO_CONSENT
    with pytest.raises(ValueError):
        services.member_center.record_consent(mid, "email", ConsentPurpose.MARKETING, True, " ")
    assert len(services.member_center.consent_history(mid)) == 1
    prefs = ContactPrefs(DmFrequency.MONTHLY, "Europe/Berlin", "21:00", "09:00")
    services.member_center.set_prefs(mid, prefs)
    assert services.member_center.prefs(mid) == prefs
    for bad in (
        ContactPrefs(DmFrequency.DAILY, None, "25:00", "08:00"),
        ContactPrefs(DmFrequency.DAILY, None, "22:00", None),
        ContactPrefs(DmFrequency.DAILY, "Mars/Base", None, None),
    ):
        with pytest.raises(ValueError):
            services.member_center.set_prefs(mid, bad)


def test_lifecycle_rules_move_members_and_score_activity(services: Services) -> None:
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    active = member(services, "活跃")
    quiet = member(services, "沉默")
    with services.db.write() as s:
        for mid in (active, quiet):
            m = s.get(Member, mid)
            assert m is not None
            m.lifecycle = Lifecycle.ACTIVE
        s.get(Member, quiet).last_interaction_at = now - timedelta(days=40)  # type: ignore[union-attr]
        conv = Conversation(member_id=active, channel=ChannelKind.EMAIL)
        s.add(conv)
        s.flush()
        for days in (1, 2, 20):
            s.add(
                Message(
                    conversation_id=conv.id,
                    direction=MessageDirection.INBOUND,
                    body_text="在吗",
                    sent_at=now - timedelta(days=days),
                )
            )
    changed = services.member_center.apply_lifecycle(LifecycleRules(30, 90), now)
    assert changed == 1
    assert services.members.profile(quiet).lifecycle == Lifecycle.SILENT
    assert services.members.profile(active).lifecycle == Lifecycle.ACTIVE
    assert services.members.profile(active).activity_score == 25
    services.member_center.apply_lifecycle(LifecycleRules(7, 30), now)
    assert services.members.profile(quiet).lifecycle == Lifecycle.CHURNED


def test_a_kept_score_decays_with_the_lifecycle(services: Services) -> None:
    """A member with no message in the inbox but a high score from long ago: the pass that
    makes them silent also brings the score down (the demo showed 沉默 with activity 89)."""
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    mid = member(services, "老朋友")
    with services.db.write() as s:
        m = s.get(Member, mid)
        assert m is not None
        m.lifecycle, m.activity_score = Lifecycle.ACTIVE, 89
        m.last_interaction_at = now - timedelta(days=40)
    services.member_center.apply_lifecycle(LifecycleRules(30, 90), now)
    profile = services.members.profile(mid)
    assert (profile.lifecycle, profile.activity_score) == (Lifecycle.SILENT, 2)


def test_birthday_greetings_queue_once_per_day(services: Services) -> None:
    today = date(2026, 11, 23)
    member(services, "寿星", email="bd@example.com", birthday=date(1990, 11, 23))
    member(services, "别人", birthday=date(1990, 11, 24))
    with pytest.raises(GreetingError):
        services.greetings.save(GreetingDraft(name="生日", template="生日快乐 {unknown"))
    services.greetings.save(
        GreetingDraft(
            name="生日", template="{name}，生日快乐！", subject="生日快乐", time_of_day="09:30"
        )
    )
    assert services.greetings.queue_due(today) == 1
    assert services.greetings.queue_due(today) == 1  # again: nothing new
    with services.db.read() as s:
        rows = s.scalars(select(Delivery)).all()
    assert len(rows) == 1
    d = rows[0]
    assert d.kind == DeliveryKind.GREETING and d.template_values == {"name": "寿星"}
    assert d.due_at == datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # 09:30 in Asia/Shanghai


def test_export_one_member_json_and_html(services: Services, tmp_path: Path) -> None:
    mid = member(services, "李雷", email="ll@example.com", tags=["咖啡"])
    files = services.privacy.export(mid, tmp_path)
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert data["profile"]["name"] == "李雷" and data["profile"]["email"] == "ll@example.com"
    html = files.html_path.read_text(encoding="utf-8")
    assert "<h1>李雷</h1>" in html and "ll@example.com" in html
    with services.db.read() as s:
        assert s.scalars(select(AuditEntry.action)).all() == ["export_member"]


def test_erase_leaves_no_personal_data_in_the_database_file(services: Services) -> None:
    gid = services.groups.save(GroupDraft(name="拾光群"))
    name, email, phone = "欧阳娜娜", "nana.ouyang@example.com", "13912345678"
    mid = member(
        services,
        name,
        email=email,
        phone=phone,
        wechat="nana_wx_2026",
        tags=["娜娜专属标签"],
        notes="娜娜喜欢拿铁",
        birthday=date(1995, 3, 4),
    )
    other = member(services, "路人", email="other@example.com")
    services.group_ops.add_member(gid, mid)
    services.group_ops.add_member(gid, other)
    services.member_center.record_consent(mid, "email", ConsentPurpose.MARKETING, True, "表单")
    services.moderation.record(gid, mid, "禁止广告", note=f"{name} 发了广告")
    services.outbox.enqueue(
        NewDelivery(
            kind=DeliveryKind.DM,
            channel=ChannelKind.EMAIL,
            due_at=datetime.now(UTC) + timedelta(days=1),
            idempotency_key="dm-nana",
            subject=f"{name}，你好",
            body=f"亲爱的{name}",
            recipient=email,
            member_id=mid,
        )
    )
    with services.db.write() as s:
        conv = Conversation(member_id=mid, subject=f"{name}的咨询", last_preview=phone)
        s.add(conv)
        s.flush()
        s.add(
            Message(
                conversation_id=conv.id,
                direction=MessageDirection.INBOUND,
                body_text=f"我是{name}，电话 {phone}，邮箱 {email}",
            )
        )
    with pytest.raises(EraseRefused):
        services.privacy.erase(mid, "欧阳")  # the name must be typed in full
    services.privacy.erase(mid, name)

    assert services.members.row(mid) is None
    with services.db.read() as s:
        # History is kept as anonymous counts.
        assert s.scalar(select(func.count()).select_from(Membership)) == 2
        assert s.scalar(select(func.count()).select_from(Message)) == 1
        d = s.scalars(select(Delivery)).one()
        assert d.status == "cancelled" and d.body == "" and d.recipient is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "erase_member")).one()
        assert entry.entity_id == mid and entry.detail == {}
        # Search indexes forget the text too.
        assert (
            s.execute(
                text("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH '欧阳娜'")
            ).scalar()
            == 0
        )
    services.db.dispose()  # let go of the file before reading its bytes
    assert services.sqlite_path is not None
    files = [
        services.sqlite_path,
        *services.sqlite_path.parent.glob(services.sqlite_path.name + "-*"),
    ]
    blob = b"".join(p.read_bytes() for p in files if p.exists())
    for secret in (
        name,
        email,
        phone,
        "nana_wx_2026",
        "娜娜专属标签",
        "娜娜喜欢拿铁",
        "1995-03-04",
    ):
        assert secret.encode("utf-8") not in blob, secret
    assert "路人".encode() in blob  # the scan itself works


def test_a_phone_another_member_has_is_refused_however_it_is_written(services: Services) -> None:
    from desktop.services.members import MemberDraft as Draft
    from desktop.services.members.service import MemberValidationError

    first = services.members.save(Draft(name="周杰", phone="138 1234 5678"))
    assert services.members.profile(first).draft.phone == "+8613812345678"
    problems = services.members.validate(Draft(name="Jay", phone="(+86)13812345678"))
    assert problems == {"phone": "taken"}
    try:
        services.members.save(Draft(name="Jay", phone="+86 138-1234-5678"))
    except MemberValidationError as exc:
        assert exc.problems == {"phone": "taken"}
    else:
        raise AssertionError("a second member with the same phone was saved")
    assert services.members.validate(Draft(id=first, name="周杰", phone="13812345678")) == {}
