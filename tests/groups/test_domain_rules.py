"""Pure rules: name patterns, archiving dates, the moderation ladder, lifecycle, segments,
staffing, SOP lists."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.enums import ConsentPurpose, GroupType, Lifecycle, Role
from desktop.domain.groups.archiving import (
    CampaignState,
    archive_date,
    campaign_status,
    campaign_tag,
)
from desktop.domain.groups.moderation import (
    LadderError,
    ModAction,
    Strike,
    is_removed,
    muted_until,
    next_action,
    parse_ladder,
)
from desktop.domain.groups.name_patterns import (
    PatternError,
    check_series,
    duplicates,
    expand,
    next_in_series,
)
from desktop.domain.groups.naming import NameProblem
from desktop.domain.groups.sop import checklists_for
from desktop.domain.groups.staffing import StaffingWarning, staffing_warnings
from desktop.domain.members.lifecycle import LifecycleRules, activity_score, next_lifecycle
from desktop.domain.members.segments import MemberFacts, SegmentFilter, matches

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


# -- name patterns -------------------------------------------------------------------------------
def test_expand_numbers_and_locations() -> None:
    assert expand("拾光·北京 {n:02}", numbers=range(1, 11))[::9] == ["拾光·北京 01", "拾光·北京 10"]
    assert expand("拾光·{loc}", locations=["北京", " 上海 ", ""]) == ["拾光·北京", "拾光·上海"]
    assert expand("拾光·{loc}{n}", numbers=[1, 2], locations=["京", "沪"]) == [
        "拾光·京1",
        "拾光·京2",
        "拾光·沪1",
        "拾光·沪2",
    ]


@pytest.mark.parametrize("pattern", ["拾光群", "拾光{x}", "拾光{n", "拾光{n:zz}"])
def test_bad_patterns(pattern: str) -> None:
    with pytest.raises(PatternError):
        expand(pattern, numbers=[1])


def test_series_is_checked_with_the_naming_rule() -> None:
    names = expand("拾光咖啡爱好者交流群·北京 {n:02}", numbers=[1, 2])
    checked = check_series(names, "拾光")
    assert all(NameProblem.TOO_LONG in c.check.errors for c in checked)
    assert duplicates(["a", "b", "a"], taken=["b"]) == {"a", "b"}
    assert next_in_series("拾光·北京 {n:02}", ["拾光·北京 01", "拾光·北京 02"]) == "拾光·北京 03"
    assert next_in_series("拾光·{loc}", []) is None


# -- archiving -----------------------------------------------------------------------------------
def test_campaign_states_around_the_end_date() -> None:
    end = date(2026, 11, 10)
    assert archive_date(end) == date(2026, 11, 13)

    def state(today: date, archived: bool = False) -> CampaignState:
        return campaign_status(GroupType.CAMPAIGN, end, archived, today).state

    assert state(date(2026, 11, 10)) == CampaignState.RUNNING
    assert state(date(2026, 11, 12)) == CampaignState.ENDED
    assert state(date(2026, 11, 13)) == CampaignState.ARCHIVE_DUE
    assert campaign_status(GroupType.CAMPAIGN, end, False, date(2026, 12, 1)).needs_reminder
    assert state(date(2026, 12, 1), archived=True) == CampaignState.ARCHIVED
    long_term = campaign_status(GroupType.LONG_TERM, None, False, date(2026, 12, 1))
    assert long_term.state == CampaignState.NOT_CAMPAIGN and not long_term.needs_reminder
    assert campaign_tag("拾光·双十一快闪群") == "活动:拾光·双十一快闪群"


# -- moderation ----------------------------------------------------------------------------------
def test_ladder_climbs_and_repeats_its_last_step() -> None:
    strikes: list[Strike] = []
    seen = []
    for _ in range(4):
        step = next_action(strikes)
        seen.append(step)
        strikes.append(Strike(step, NOW, "广告"))
    assert seen == [ModAction.WARN, ModAction.MUTE, ModAction.REMOVE, ModAction.REMOVE]
    assert is_removed(strikes)
    two_step = parse_ladder(["warn", "remove"])
    assert next_action([Strike(ModAction.WARN, NOW)], two_step) == ModAction.REMOVE
    for bad in (["mute", "warn", "remove"], ["warn", "mute"], ["ban"]):
        with pytest.raises(LadderError):
            parse_ladder(bad)


def test_mute_until() -> None:
    s = [Strike(ModAction.MUTE, NOW, "刷屏", until=NOW + timedelta(hours=24))]
    assert muted_until(s, NOW + timedelta(hours=1)) == NOW + timedelta(hours=24)
    assert muted_until(s, NOW + timedelta(hours=25)) is None


# -- lifecycle -----------------------------------------------------------------------------------
def test_lifecycle_moves_with_time_and_comes_back() -> None:
    rules = LifecycleRules(silent_after_days=30, churned_after_days=90)
    ago = lambda days: NOW - timedelta(days=days)  # noqa: E731
    assert next_lifecycle(Lifecycle.ACTIVE, ago(29), NOW, rules) == Lifecycle.ACTIVE
    assert next_lifecycle(Lifecycle.ACTIVE, ago(30), NOW, rules) == Lifecycle.SILENT
    assert next_lifecycle(Lifecycle.SILENT, ago(90), NOW, rules) == Lifecycle.CHURNED
    assert next_lifecycle(Lifecycle.CHURNED, ago(1), NOW, rules) == Lifecycle.ACTIVE
    assert next_lifecycle(Lifecycle.ONBOARDED, ago(2), NOW, rules) == Lifecycle.ACTIVE
    # The welcome flow, not the clock, moves invited and verified members.
    assert next_lifecycle(Lifecycle.INVITED, ago(400), NOW, rules) == Lifecycle.INVITED
    assert next_lifecycle(Lifecycle.ACTIVE, None, NOW, rules) == Lifecycle.ACTIVE
    custom = LifecycleRules(silent_after_days=7, churned_after_days=14)
    assert next_lifecycle(Lifecycle.ACTIVE, ago(8), NOW, custom) == Lifecycle.SILENT
    assert LifecycleRules(30, 20).problems() == ["churned_after_days"]


def test_activity_score_weighs_recent_interactions() -> None:
    recent = [NOW - timedelta(days=1)] * 3
    old = [NOW - timedelta(days=60)] * 3
    assert activity_score(recent, NOW) == 30
    assert activity_score(old, NOW) == 6
    assert activity_score(recent * 10, NOW) == 100
    assert activity_score([NOW - timedelta(days=200)], NOW) == 0


# -- segments ------------------------------------------------------------------------------------
def test_segment_filters() -> None:
    m = MemberFacts(
        name="王芳",
        addresses=("wf@example.com",),
        tags=("咖啡",),
        roles={7: Role.KOC},
        lifecycle=Lifecycle.ACTIVE,
        activity=40,
        granted=frozenset({("email", ConsentPurpose.MARKETING)}),
        birthday=date(1990, 5, 17),
    )
    assert matches(SegmentFilter(), m)
    assert matches(SegmentFilter(text="WF@"), m)
    assert matches(SegmentFilter(tags=("茶", "咖啡")), m)
    assert not matches(SegmentFilter(tags=("茶",)), m)
    assert matches(SegmentFilter(group_id=7, role=Role.KOC), m)
    assert not matches(SegmentFilter(group_id=7, role=Role.ADMIN), m)
    assert matches(SegmentFilter(role=Role.KOC), m)
    assert not matches(SegmentFilter(lifecycles=(Lifecycle.SILENT,)), m)
    assert matches(SegmentFilter(min_activity=40, max_activity=50), m)
    assert not matches(SegmentFilter(min_activity=41), m)
    assert matches(
        SegmentFilter(consent_channel="email", consent_purpose=ConsentPurpose.MARKETING), m
    )
    assert not matches(
        SegmentFilter(consent_channel="matrix", consent_purpose=ConsentPurpose.MARKETING), m
    )
    assert matches(SegmentFilter(birthday_month=5), m)
    assert not matches(SegmentFilter(birthday_month=6), m)
    flt = SegmentFilter(tags=("咖啡",), role=Role.KOC, lifecycles=(Lifecycle.ACTIVE,))
    assert SegmentFilter.from_dict(flt.to_dict()) == flt
    assert SegmentFilter(birthday_month=13).problems() == ["birthday_month"]


# -- staffing and SOP ----------------------------------------------------------------------------
def test_staffing_warnings() -> None:
    assert staffing_warnings([Role.MEMBER], GroupType.LONG_TERM) == [StaffingWarning.NO_ADMIN]
    assert staffing_warnings([Role.OWNER, Role.MEMBER], GroupType.LONG_TERM) == []
    assert staffing_warnings([Role.ADMIN], GroupType.CAMPAIGN) == [StaffingWarning.NO_ATMOSPHERE]
    assert staffing_warnings([Role.ADMIN], GroupType.CAMPAIGN, campaign_running=False) == []
    assert staffing_warnings([Role.ADMIN, Role.ATMOSPHERE], GroupType.CAMPAIGN) == []


def test_sop_lists_per_group_type() -> None:
    assert [c.key for c in checklists_for(GroupType.LONG_TERM)] == ["build", "daily"]
    assert [c.key for c in checklists_for(GroupType.CAMPAIGN)] == ["build", "flash"]
    assert checklists_for(GroupType.CAMPAIGN)[0].title == "建群 SOP"


def test_announcement_attachments_are_checked() -> None:
    from desktop.domain.groups.announcement import (
        Attachment,
        AttachmentKind,
        AttachmentProblem,
        check_attachment,
        check_attachments,
    )

    assert check_attachment(Attachment(AttachmentKind.POSTER, "海报.png")) is None
    assert check_attachment(Attachment(AttachmentKind.POSTER, "海报.pdf")) == (
        AttachmentProblem.NOT_IMAGE
    )
    assert check_attachment(Attachment(AttachmentKind.LINK, "https://example.com/a")) is None
    assert check_attachment(Attachment(AttachmentKind.LINK, "example.com")) == (
        AttachmentProblem.BAD_URL
    )
    mini = Attachment(AttachmentKind.MINI_PROGRAM, "wx0123456789abcdef/pages/index")
    assert check_attachment(mini) is None
    assert check_attachment(Attachment(AttachmentKind.MINI_PROGRAM, "abc")) == (
        AttachmentProblem.BAD_MINI_PROGRAM
    )
    six = [Attachment(AttachmentKind.LINK, "https://e.com")] * 6
    assert check_attachments(six)[-1] == AttachmentProblem.TOO_MANY
    assert Attachment.from_dict(mini.to_dict()) == mini
