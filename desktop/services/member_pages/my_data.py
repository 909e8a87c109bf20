"""What "download my data" on the personal center gives the member (M5): what they gave the
team and what was done to them, in words meant for them.

Built field by field from the operators' views rather than by removing keys from the
operators' export: a field added there for the team (notes, tags, source, the lifecycle
label, versions, who saved, a strike's note and the teammate who gave it) stays out of the
member's copy until someone decides the member should see it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from desktop.domain.enums import Role
from desktop.domain.sending.consent import UNSUBSCRIBE_SOURCE
from desktop.services.groups.moderation import StrikeRow
from desktop.services.members.center import ConsentRow, TimelineEntry, TimelineKind
from desktop.services.members.privacy import PrivacyService, json_ready
from desktop.services.members.service import GroupRole
from desktop.store.base import utcnow

PAGE_SOURCE = "member page"  # where consent changes made on the pages come from

# Group roles a member holds in the group itself; the team's own labels for a member
# (KOC, 气氛组) are how operators see them, not something the member was given.
MEMBER_ROLES = frozenset({Role.OWNER, Role.ADMIN})


@dataclass(frozen=True)
class MyProfile:
    name: str
    email: str
    phone: str
    wechat: str
    birthday: date | None


@dataclass(frozen=True)
class MyPreferences:
    frequency: str
    timezone: str | None
    quiet_start: str | None
    quiet_end: str | None


@dataclass(frozen=True)
class MyGroup:
    group: str
    role: str


@dataclass(frozen=True)
class MyConsent:
    channel: str
    purpose: str
    granted: bool
    at: datetime
    how: str  # "on your pages", "unsubscribe link", or "recorded by the team"


@dataclass(frozen=True)
class MyModeration:
    group: str
    action: str
    rule: str  # the group rule, as the group's members read it
    at: datetime
    until: datetime | None


@dataclass(frozen=True)
class MyEvent:
    at: datetime
    kind: str
    text: str


@dataclass(frozen=True)
class MyCampaignEntry:
    campaign: str
    kind: str
    at: datetime
    text: str
    answers: list[str]
    winner: bool


@dataclass(frozen=True)
class MyData:
    profile: MyProfile
    activity_score: int  # the center shows it to the member too
    preferences: MyPreferences
    groups: list[MyGroup]
    consent: list[MyConsent]
    moderation: list[MyModeration]
    timeline: list[MyEvent]
    campaigns: list[MyCampaignEntry]
    exported_at: datetime

    def to_json(self) -> dict[str, Any]:
        return json_ready(asdict(self))


def member_export(privacy: PrivacyService, member_id: int) -> MyData:
    profile = privacy.members.profile(member_id)
    draft = profile.draft
    prefs = privacy.center.prefs(member_id)
    return MyData(
        profile=MyProfile(draft.name, draft.email, draft.phone, draft.wechat, draft.birthday),
        activity_score=profile.activity_score,
        preferences=MyPreferences(
            str(prefs.dm_frequency), prefs.timezone, prefs.quiet_start, prefs.quiet_end
        ),
        groups=[_group(g) for g in profile.groups],
        consent=[_consent(c) for c in privacy.center.consent_history(member_id)],
        moderation=[_moderation(s) for s in privacy.moderation.strikes(member_id)],
        timeline=[_event(e) for e in privacy.center.timeline(member_id, limit=10_000)],
        campaigns=[
            MyCampaignEntry(
                str(e["campaign"]),
                str(e["kind"]),
                e["at"],
                str(e["text"] or ""),
                [str(a) for a in e["answers"]],
                bool(e["winner"]),
            )
            for e in privacy.campaign_entries(member_id)
        ],
        exported_at=utcnow(),
    )


def _group(g: GroupRole) -> MyGroup:
    return MyGroup(g.group_name, str(g.role if g.role in MEMBER_ROLES else Role.MEMBER))


def _consent(c: ConsentRow) -> MyConsent:
    if c.source.startswith(PAGE_SOURCE):
        how = "on your pages"
    elif c.source == UNSUBSCRIBE_SOURCE:
        how = "unsubscribe link"
    else:  # the teammate's own words about it stay with the team
        how = "recorded by the team"
    return MyConsent(c.channel, str(c.purpose), c.granted, c.recorded_at, how)


def _moderation(s: StrikeRow) -> MyModeration:
    return MyModeration(s.group_name, str(s.action), s.rule, s.at, s.until)


def _event(e: TimelineEntry) -> MyEvent:
    # A welcome journey's name is the team's label for it; the member sees that it
    # started and how it ended. Everything else's title is what the member saw or wrote.
    text = e.detail if e.kind == TimelineKind.WELCOME else e.title
    return MyEvent(e.at, str(e.kind), text)


__all__ = ["MyData", "member_export"]
