"""What a member sets on the preferences page is what the send-time rules apply (issue 20):
"never" skips marketing, their quiet hours postpone it, and a malformed form is refused with
the page's own words and changes nothing. Posted to the running pages server; the verdict is
the dispatcher's own (``load_batch`` + ``by_rules``) on the member's next marketing mail."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.domain.enums import DeliveryStatus
from desktop.services.member_pages import Purpose
from desktop.services.sending.batch_load import load_batch
from desktop.services.sending.outcomes import by_rules
from desktop.store.models import Delivery, Member
from tests.member_pages.conftest import Pages
from tests.member_pages.http import call
from tests.member_pages.world import marketing_mail

TOPICS = [("topic", t) for t in ("咖啡课", "新品", "露营")]


def _post(pages: Pages, member: int, fields: list[tuple[str, str]]) -> tuple[int, str]:
    url = f"{pages.base_url}/m/p/{pages.services.member_links.sign(member, Purpose.PREFERENCES)}"
    page = call(url, headers={"Accept-Language": "en"}).text
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert found is not None
    reply = call(url, [("csrf", found.group(1)), *fields], headers={"Accept-Language": "en"})
    return reply.status, reply.text


def _verdict(pages: Pages, member: int, key: str) -> str | None:
    """The status reason the dispatcher would give the member's marketing mail now."""
    marketing_mail(pages.services, member, key, "本周新品到店")
    with pages.services.db.read() as s:
        did = s.scalar(select(Delivery.id).where(Delivery.idempotency_key == key))
    assert did is not None
    now = datetime.now(UTC)
    batch = load_batch(pages.services.db, [did], now)
    outcome = by_rules(batch.items[0], batch.members[member], batch.workspace, now)
    if outcome is None:
        return None
    assert outcome.status in (DeliveryStatus.CANCELLED, DeliveryStatus.PENDING)
    return outcome.status_reason


def test_never_skips_marketing_and_quiet_hours_postpone_it(pages: Pages) -> None:
    member = pages.world.members["zh"]
    assert _verdict(pages, member, "before") is None  # daily, no quiet hours: it goes

    status, _ = _post(pages, member, [("frequency", "never"), ("channel", "email"), *TOPICS])
    assert status == 303
    assert (_verdict(pages, member, "never") or "").startswith("skipped — frequency_never")

    # Quiet from an hour ago to an hour from now, in the workspace's zone (the member has none).
    here = datetime.now(ZoneInfo("Asia/Shanghai"))
    start, end = here - timedelta(hours=1), here + timedelta(hours=1)
    status, _ = _post(
        pages,
        member,
        [
            ("frequency", "daily"),
            ("quiet_start", f"{start:%H:%M}"),
            ("quiet_end", f"{end:%H:%M}"),
            ("channel", "email"),
            *TOPICS,
        ],
    )
    assert status == 303
    assert (_verdict(pages, member, "quiet") or "").startswith("postponed — quiet_hours")


def test_a_malformed_preferences_form_is_refused_and_changes_nothing(pages: Pages) -> None:
    member = pages.world.members["en"]
    cases = [
        ([("frequency", "hourly")], "Choose how often."),
        ([("frequency", "weekly"), ("quiet_start", "25:00"), ("quiet_end", "08:00")], "21:30"),
        ([("frequency", "weekly"), ("quiet_start", "22:00")], "need a start and an end"),
    ]
    for fields, said in cases:
        status, page = _post(pages, member, [*fields, ("channel", "email"), *TOPICS])
        assert status == 422 and said in page
        with pages.services.db.read() as s:
            m = s.get(Member, member)
            assert m is not None
            assert (m.dm_frequency, m.quiet_start, m.quiet_end) == ("daily", None, None)
