"""The send-time rules as pure functions, with hypothesis driving whole schedules."""

from __future__ import annotations

import heapq
import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.channels.pacing import TokenBucket
from desktop.domain.enums import ConsentPurpose, DmFrequency
from desktop.domain.sending.backoff import RetryPolicy, backoff_delay, gives_up, retry_delay
from desktop.domain.sending.consent import (
    ALL_CHANNELS,
    UNSUBSCRIBE_SOURCE,
    ConsentEvent,
    ConsentVerdict,
    check_consent,
)
from desktop.domain.sending.holidays import HolidayPolicy, is_public_holiday
from desktop.domain.sending.quiet_hours import QuietHours
from desktop.domain.sending.rules import (
    FREQUENCY_PERIOD,
    MemberPrefs,
    Outgoing,
    PastSend,
    Postpone,
    Reason,
    Send,
    SendPolicy,
    Skip,
    decide,
)

ZONES = ["Asia/Shanghai", "America/New_York", "Europe/London", "UTC", "Australia/Lord_Howe"]
T0 = datetime(2025, 3, 1, tzinfo=UTC)
M = ConsentPurpose.MARKETING
S = ConsentPurpose.SERVICE
TX = ConsentPurpose.TRANSACTIONAL


def grant(purpose: ConsentPurpose, at: datetime, granted: bool = True, source: str = "form"):
    return ConsentEvent("email", purpose, granted, at, source)


# -- consent ---------------------------------------------------------------------------------


def test_latest_consent_record_wins_and_marketing_is_opt_in() -> None:
    day = timedelta(days=1)
    assert check_consent([], "email", M) == ConsentVerdict.NO_CONSENT
    assert check_consent([], "email", S) == ConsentVerdict.ALLOWED
    events = [grant(M, T0), grant(M, T0 + day, granted=False)]
    assert check_consent(events, "email", M) == ConsentVerdict.WITHDRAWN
    events.append(grant(M, T0 + 2 * day))
    assert check_consent(events, "email", M) == ConsentVerdict.ALLOWED
    assert check_consent(events, "matrix", M) == ConsentVerdict.NO_CONSENT
    # Transactional mail needs no marketing consent…
    assert check_consent([grant(M, T0, granted=False)], "email", TX) == ConsentVerdict.ALLOWED
    # …but an unsubscribe (here from every channel) stops everything.
    unsub = ConsentEvent(ALL_CHANNELS, M, False, T0 + 3 * day, UNSUBSCRIBE_SOURCE)
    for purpose in (M, S, TX):
        assert check_consent([*events, unsub], "email", purpose) == ConsentVerdict.UNSUBSCRIBED


# -- quiet hours, holidays, backoff, pacing -------------------------------------------------


def test_quiet_hours_postpone_to_their_end_in_the_member_zone() -> None:
    policy = SendPolicy(timezone="Asia/Shanghai", daily_cap=None)
    prefs = MemberPrefs(dm_frequency=DmFrequency.DAILY)
    late = datetime(2025, 3, 3, 23, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    d = decide(late, Outgoing("email", S), prefs, [], [], policy)
    assert isinstance(d, Postpone) and d.reason == Reason.QUIET_HOURS
    assert d.until == datetime(2025, 3, 4, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    # The member's own zone wins over the workspace's.
    ny = MemberPrefs(timezone="America/New_York")
    assert isinstance(decide(late, Outgoing("email", S), ny, [], [], policy), Send)
    # Verification codes are not held back, nor an answer to a member who just wrote…
    assert isinstance(decide(late, Outgoing("email", TX), prefs, [], [], policy), Send)
    assert isinstance(decide(late, Outgoing("matrix", S, reply=True), prefs, [], [], policy), Send)
    # …but a marketing "reply" is still a marketing message.
    marketing_reply = Outgoing("email", ConsentPurpose.MARKETING, reply=True)
    consents = [grant(ConsentPurpose.MARKETING, late - timedelta(days=1))]
    held = decide(late, marketing_reply, prefs, consents, [], policy)
    assert isinstance(held, Postpone) and held.reason == Reason.QUIET_HOURS


def test_holiday_policy_postpones_marketing_only() -> None:
    assert is_public_holiday(date(2025, 10, 1)) and not is_public_holiday(date(2025, 9, 27))
    policy = SendPolicy(holiday_policy=HolidayPolicy.POSTPONE, daily_cap=None)
    noon = datetime(2025, 10, 2, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    consents = [grant(M, T0)]
    d = decide(noon, Outgoing("email", M), MemberPrefs(), consents, [], policy)
    assert isinstance(d, Postpone) and d.reason == Reason.HOLIDAY
    assert d.until.astimezone(ZoneInfo("Asia/Shanghai")) == datetime(
        2025, 10, 9, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai")
    )
    assert isinstance(decide(noon, Outgoing("email", S), MemberPrefs(), [], [], policy), Send)
    allow = SendPolicy(daily_cap=None)
    assert isinstance(decide(noon, Outgoing("email", M), MemberPrefs(), consents, [], allow), Send)


def test_backoff_is_capped_exponential_with_injected_jitter() -> None:
    policy = RetryPolicy(base=timedelta(seconds=10), cap=timedelta(seconds=100), jitter=0.5)
    assert backoff_delay(1, policy, lambda: 1.0) == timedelta(seconds=10)
    assert backoff_delay(1, policy, lambda: 0.0) == timedelta(seconds=5)
    assert backoff_delay(3, policy, lambda: 1.0) == timedelta(seconds=40)
    assert backoff_delay(50, policy, lambda: 1.0) == timedelta(seconds=100)
    assert backoff_delay(10**6, policy, lambda: 0.5) <= timedelta(seconds=100)
    assert retry_delay(1, policy, lambda: 0.0, timedelta(seconds=30)) == timedelta(seconds=30)
    assert gives_up(10, RetryPolicy()) and not gives_up(9, RetryPolicy())


def test_token_bucket_rate_burst_and_retry_after() -> None:
    now = [0.0]
    bucket = TokenBucket(rate=2.0, burst=3, clock=lambda: now[0])
    assert [bucket.try_take() for _ in range(4)] == [True, True, True, False]
    assert bucket.wait_time() == 0.5
    now[0] += 0.5
    assert bucket.try_take() and not bucket.try_take()
    now[0] += 10
    bucket.defer(5)
    assert not bucket.try_take() and bucket.wait_time() == 5
    now[0] += 5
    assert bucket.try_take()


# -- whole schedules --------------------------------------------------------------------------


@st.composite
def scenarios(draw: st.DrawFn):
    def hhmm() -> st.SearchStrategy[str]:
        return st.builds(
            lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.sampled_from([0, 30])
        )

    policy = SendPolicy(
        timezone=draw(st.sampled_from(ZONES)),
        quiet_start=draw(hhmm()),
        quiet_end=draw(hhmm()),
        daily_cap=draw(st.integers(1, 4)),
        holiday_policy=draw(st.sampled_from(list(HolidayPolicy))),
        max_postpone=timedelta(days=draw(st.integers(1, 40))),
    )
    own_quiet = draw(st.booleans())
    prefs = MemberPrefs(
        dm_frequency=draw(st.sampled_from(list(DmFrequency))),
        timezone=draw(st.sampled_from([None, *ZONES])),
        quiet_start=draw(hhmm()) if own_quiet else None,
        quiet_end=draw(hhmm()) if own_quiet else None,
    )
    consents: list[ConsentEvent] = []
    if draw(st.booleans()):
        consents.append(grant(M, T0 - timedelta(days=30)))
    unsubscribed = draw(st.booleans()) and draw(st.booleans())
    if unsubscribed:
        consents.append(ConsentEvent("email", M, False, T0 - timedelta(days=1), UNSUBSCRIBE_SOURCE))
    messages = draw(
        st.lists(
            st.tuples(st.integers(0, 14 * 24 * 60), st.sampled_from([M, M, S, TX])),
            min_size=1,
            max_size=25,
        )
    )
    start = datetime(draw(st.sampled_from([2024, 2025])), draw(st.integers(1, 12)), 1, tzinfo=UTC)
    return policy, prefs, consents, unsubscribed, messages, start


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_no_schedule_breaks_cap_unsubscribe_quiet_hours_or_frequency(scenario) -> None:
    policy, prefs, consents, unsubscribed, messages, start = scenario
    # Simulate the dispatcher: each message is decided when it becomes due; a postponed
    # one comes back at its new time. Everything sent goes into the history.
    queue = [(start + timedelta(minutes=m), i, p) for i, (m, p) in enumerate(messages)]
    heapq.heapify(queue)
    history: list[PastSend] = []
    outcomes: dict[int, object] = {}
    steps = 0
    while queue:
        steps += 1
        assert steps < 5000, "the rules never settle"
        now, i, purpose = heapq.heappop(queue)
        d = decide(now, Outgoing("email", purpose), prefs, consents, history, policy)
        if isinstance(d, Postpone):
            assert d.until > now, "a postponement always moves forward"
            heapq.heappush(queue, (d.until, i, purpose))
        elif isinstance(d, Send):
            history.append(PastSend(now, purpose))
            outcomes[i] = d
        else:
            assert isinstance(d, Skip) and d.reason
            outcomes[i] = d
    assert len(outcomes) == len(messages), "every message ends sent or skipped, with a reason"

    if unsubscribed:
        assert history == [], "nothing reaches an unsubscribed member"
    tz = ZoneInfo(prefs.timezone or policy.timezone)
    quiet = (
        QuietHours.parse(prefs.quiet_start, prefs.quiet_end)
        if prefs.quiet_start and prefs.quiet_end
        else QuietHours.parse(policy.quiet_start, policy.quiet_end)
    )
    capped = [h for h in history if h.purpose != TX]
    for h in capped:
        assert not quiet.contains(h.at, tz), f"sent in quiet hours at {h.at.astimezone(tz)}"
        if policy.holiday_policy == HolidayPolicy.POSTPONE and h.purpose == M:
            assert not is_public_holiday(h.at.astimezone(tz).date())
    per_day: dict[date, int] = {}
    for h in capped:
        day = h.at.astimezone(tz).date()
        per_day[day] = per_day.get(day, 0) + 1
    assert policy.daily_cap is not None
    assert all(n <= policy.daily_cap for n in per_day.values()), per_day
    marketing = sorted(h.at for h in history if h.purpose == M)
    if marketing:
        assert M in {c.purpose for c in consents if c.granted}, "marketing only with consent"
        assert prefs.dm_frequency != DmFrequency.NEVER
        period = FREQUENCY_PERIOD[prefs.dm_frequency]
        assert all(b - a >= period for a, b in itertools.pairwise(marketing))


def test_quiet_hours_wrap_midnight_and_empty_window() -> None:
    q = QuietHours.parse("22:00", "08:00")
    assert q.contains_local(time(23, 0)) and q.contains_local(time(7, 59))
    assert not q.contains_local(time(8, 0)) and not q.contains_local(time(21, 59))
    assert not QuietHours.parse("00:00", "00:00").contains_local(time(3, 0))
