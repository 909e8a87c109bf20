"""The unsubscribe page's "undo": a member who unsubscribed by mistake is subscribed again,
as the send-time consent rules see it."""

from __future__ import annotations

import re

from desktop.domain.enums import ChannelKind, ConsentPurpose
from desktop.domain.sending.consent import ConsentVerdict
from desktop.services.member_pages import Purpose
from tests.member_pages.conftest import Pages
from tests.member_pages.http import call


def _marketing_by_email(pages: Pages, member: int) -> ConsentVerdict:
    states = pages.services.member_center.consent_state(member)
    return next(
        st.verdict
        for st in states
        if st.channel == ChannelKind.EMAIL and st.purpose == ConsentPurpose.MARKETING
    )


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert found is not None
    return found.group(1)


def test_undo_on_the_unsubscribe_page_subscribes_the_member_again(pages: Pages) -> None:
    member = pages.world.members["en"]
    assert _marketing_by_email(pages, member) == ConsentVerdict.ALLOWED
    token = pages.services.member_links.sign(member, Purpose.UNSUBSCRIBE)
    url = f"{pages.base_url}/m/u/{token}"
    english = {"Accept-Language": "en"}

    page = call(url, headers=english).text
    reply = call(url, [("csrf", _csrf(page)), ("action", "unsubscribe")])
    assert reply.status == 303
    assert _marketing_by_email(pages, member) == ConsentVerdict.UNSUBSCRIBED

    page = call(url, headers=english).text
    assert "You are unsubscribed" in page and 'value="undo"' in page
    reply = call(url, [("csrf", _csrf(page)), ("action", "undo")])
    assert reply.status == 303
    assert _marketing_by_email(pages, member) == ConsentVerdict.ALLOWED
    page = call(url, headers=english).text
    assert "You are unsubscribed" not in page and 'value="unsubscribe"' in page
    history = pages.services.member_center.consent_history(member)
    assert ("member page: undo", True) in {(c.source, c.granted) for c in history}


def test_undo_without_the_pages_csrf_token_changes_nothing(pages: Pages) -> None:
    member = pages.world.members["zh"]
    pages.services.member_actions.unsubscribe(member, "page")
    token = pages.services.member_links.sign(member, Purpose.UNSUBSCRIBE)
    reply = call(f"{pages.base_url}/m/u/{token}", [("csrf", "0" * 32), ("action", "undo")])
    assert reply.status == 403
    assert _marketing_by_email(pages, member) == ConsentVerdict.UNSUBSCRIBED
