"""The rules every outbound message to a member passes at send time (M4, D6).

``decide`` answers send / postpone-until / skip, always with a reason — a blocked message
is never dropped silently. Scope:

- consent and unsubscribe: per channel and purpose (see ``consent.py``);
- the member's DM frequency (daily / weekly / monthly / never) limits *marketing* DMs, as a
  rolling window since the last marketing DM;
- the workspace cap per member per (member-local) day counts marketing + service DMs;
- the topics the member chose (member pages) filter marketing that names a topic;
- quiet hours (member's own, else the workspace's; member's zone, else the workspace's) and
  the holiday policy hold back marketing + service DMs;
- transactional messages (verification codes) and service replies in a conversation the
  member opened skip caps, quiet hours and holidays: the member is waiting for them right
  now. Only an unsubscribe (or missing consent) stops them.

Group posts have no member and are not decided here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from desktop.domain.calendar.holidays import HolidayOverride
from desktop.domain.enums import ConsentPurpose, DmFrequency
from desktop.domain.sending.consent import ConsentEvent, ConsentVerdict, check_consent
from desktop.domain.sending.holidays import HolidayPolicy, is_public_holiday, next_non_holiday
from desktop.domain.sending.quiet_hours import QuietHours

FREQUENCY_PERIOD: dict[DmFrequency, timedelta] = {
    DmFrequency.DAILY: timedelta(days=1),
    DmFrequency.WEEKLY: timedelta(days=7),
    DmFrequency.MONTHLY: timedelta(days=30),
}
# How far back the caller must supply history for the rules to be exact.
HISTORY_WINDOW = timedelta(days=31)


class Reason(StrEnum):
    NO_CONSENT = "no_consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    UNSUBSCRIBED = "unsubscribed"
    MEMBER_ERASED = "member_erased"
    FREQUENCY_NEVER = "frequency_never"
    QUIET_HOURS = "quiet_hours"
    HOLIDAY = "holiday"
    DAILY_CAP = "daily_cap"
    FREQUENCY = "frequency"
    TOO_LATE = "too_late"
    TOPIC = "topic"  # marketing about a topic the member did not choose


@dataclass(frozen=True)
class Send:
    pass


@dataclass(frozen=True)
class Postpone:
    until: datetime  # UTC, always later than the ``now`` it was decided at
    reason: Reason
    detail: str = ""


@dataclass(frozen=True)
class Skip:
    reason: Reason
    detail: str = ""


Decision = Send | Postpone | Skip


@dataclass(frozen=True)
class MemberPrefs:
    dm_frequency: DmFrequency = DmFrequency.WEEKLY
    timezone: str | None = None
    quiet_start: str | None = None
    quiet_end: str | None = None
    erased: bool = False
    # The topics (workspace tags) the member chose on their preferences page; None = all.
    topics: frozenset[str] | None = None


@dataclass(frozen=True)
class SendPolicy:
    """The workspace's side of the rules (from WorkspaceSettings)."""

    timezone: str = "Asia/Shanghai"
    quiet_start: str = "22:00"
    quiet_end: str = "08:00"
    daily_cap: int | None = 3  # None = no cap
    holiday_policy: HolidayPolicy = HolidayPolicy.ALLOW
    holiday_country: str = "CN"
    holiday_overrides: tuple[HolidayOverride, ...] = ()  # the operator's per-date changes
    # A message held back longer than this is skipped: a week-old promotion is noise.
    max_postpone: timedelta = timedelta(days=14)


@dataclass(frozen=True)
class PastSend:
    """A DM already sent to the member (any channel) — what caps and frequency count."""

    at: datetime
    purpose: ConsentPurpose


@dataclass(frozen=True)
class Outgoing:
    channel: str
    purpose: ConsentPurpose
    # An operator's answer in a conversation the member opened: they are waiting for it,
    # so, like a code, it is not held for quiet hours, caps or holidays (consent still is).
    reply: bool = False
    topic: str | None = None  # a marketing message's topic (a workspace tag)


@dataclass(frozen=True)
class _Clock:
    tz: ZoneInfo
    quiet: QuietHours
    history: Sequence[PastSend] = field(default_factory=tuple)


def member_zone(prefs: MemberPrefs, policy: SendPolicy) -> ZoneInfo:
    for name in (prefs.timezone, policy.timezone):
        if name:
            try:
                return ZoneInfo(name)
            except (ValueError, KeyError):  # ZoneInfoNotFoundError is a KeyError
                continue
    return ZoneInfo("UTC")


def member_quiet_hours(prefs: MemberPrefs, policy: SendPolicy) -> QuietHours:
    if prefs.quiet_start and prefs.quiet_end:
        return QuietHours.parse(prefs.quiet_start, prefs.quiet_end)
    return QuietHours.parse(policy.quiet_start, policy.quiet_end)


def _start_of_next_day(t: datetime, tz: ZoneInfo) -> datetime:
    day = t.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(day, time(0, 0), tzinfo=tz).astimezone(UTC)


def _sends_on_local_day(t: datetime, tz: ZoneInfo, history: Sequence[PastSend]) -> int:
    day = t.astimezone(tz).date()
    return sum(
        1
        for h in history
        if h.purpose != ConsentPurpose.TRANSACTIONAL and h.at.astimezone(tz).date() == day
    )


def _last_marketing(history: Sequence[PastSend]) -> datetime | None:
    times = [h.at for h in history if h.purpose == ConsentPurpose.MARKETING]
    return max(times) if times else None


def _blocker(
    t: datetime, out: Outgoing, prefs: MemberPrefs, policy: SendPolicy, clock: _Clock
) -> tuple[Reason, datetime, str] | None:
    """The first time rule that forbids sending at ``t``, with the earliest moment it lifts."""
    tz = clock.tz
    if clock.quiet.contains(t, tz):
        until = clock.quiet.end_after(t, tz)
        return Reason.QUIET_HOURS, until, f"{clock.quiet.start:%H:%M}–{clock.quiet.end:%H:%M}"
    local_day = t.astimezone(tz).date()
    if (
        policy.holiday_policy == HolidayPolicy.POSTPONE
        and out.purpose == ConsentPurpose.MARKETING
        and is_public_holiday(local_day, policy.holiday_country, policy.holiday_overrides)
    ):
        day = next_non_holiday(local_day, policy.holiday_country, policy.holiday_overrides)
        until = datetime.combine(day, time(0, 0), tzinfo=tz).astimezone(UTC)
        return Reason.HOLIDAY, max(until, t + timedelta(seconds=1)), f"{local_day:%Y-%m-%d}"
    if policy.daily_cap is not None:
        count = _sends_on_local_day(t, tz, clock.history)
        if count >= policy.daily_cap:
            return Reason.DAILY_CAP, _start_of_next_day(t, tz), f"{count}/{policy.daily_cap}"
    if out.purpose == ConsentPurpose.MARKETING:
        period = FREQUENCY_PERIOD.get(prefs.dm_frequency)
        last = _last_marketing(clock.history)
        if period is not None and last is not None and t < last + period:
            return Reason.FREQUENCY, last + period, str(prefs.dm_frequency)
    return None


def decide(
    now: datetime,
    out: Outgoing,
    prefs: MemberPrefs,
    consents: Sequence[ConsentEvent],
    history: Sequence[PastSend],
    policy: SendPolicy,
) -> Decision:
    """Decide at ``now`` (aware) for one message to one member; ``history`` = DMs already sent."""
    if prefs.erased:
        return Skip(Reason.MEMBER_ERASED)
    verdict = check_consent(consents, out.channel, out.purpose)
    if verdict == ConsentVerdict.UNSUBSCRIBED:
        return Skip(Reason.UNSUBSCRIBED, out.channel)
    if verdict == ConsentVerdict.NO_CONSENT:
        return Skip(Reason.NO_CONSENT, f"{out.channel}/{out.purpose}")
    if verdict == ConsentVerdict.WITHDRAWN:
        return Skip(Reason.CONSENT_WITHDRAWN, f"{out.channel}/{out.purpose}")
    if out.purpose == ConsentPurpose.TRANSACTIONAL or (
        out.reply and out.purpose == ConsentPurpose.SERVICE
    ):
        return Send()
    if out.purpose == ConsentPurpose.MARKETING and prefs.dm_frequency == DmFrequency.NEVER:
        return Skip(Reason.FREQUENCY_NEVER)
    if (
        out.purpose == ConsentPurpose.MARKETING
        and out.topic
        and prefs.topics is not None
        and out.topic not in prefs.topics
    ):
        return Skip(Reason.TOPIC, out.topic)

    clock = _Clock(member_zone(prefs, policy), member_quiet_hours(prefs, policy), history)
    t = now
    first: tuple[Reason, str] | None = None
    # Each rule only ever moves t forward, so iterating until none objects converges;
    # the bound is a safety net against a pathological policy.
    for _ in range(64):
        block = _blocker(t, out, prefs, policy, clock)
        if block is None:
            break
        reason, until, detail = block
        if first is None:
            first = (reason, detail)
        t = until
        if t - now > policy.max_postpone:
            return Skip(Reason.TOO_LATE, f"{first[0]}: {first[1]}")
    else:
        return Skip(Reason.TOO_LATE, "no moment satisfies every rule")
    if first is None:
        return Send()
    return Postpone(t, first[0], first[1])
