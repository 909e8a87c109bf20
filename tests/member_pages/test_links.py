"""Links and guards without a browser: who gets refused, what the headers say, RFC 8058."""

from __future__ import annotations

import re
import time

import pytest
from sqlalchemy import select

from desktop.cli import dispatch, parse
from desktop.config import Paths
from desktop.services.member_pages import FixedLinkKeys, LinkRefused, LinkSigner, Purpose
from desktop.services.member_pages.security import Limits, RateLimiter
from desktop.store.models import AuditEntry, ConsentRecord
from tests.member_pages.conftest import Pages
from tests.member_pages.http import call
from tests.member_pages.world import HOSTILE


def _refused_alike(replies: list[str]) -> None:
    assert len(set(replies)) == 1, "every refusal must look the same"


def test_tampered_expired_rotated_and_misused_links_are_all_refused(pages: Pages) -> None:
    signer = pages.services.member_links
    zh, other = pages.world.members["zh"], pages.world.members["other"]
    good = signer.sign(zh, Purpose.CENTER)
    assert call(f"{pages.base_url}/m/c/{good}").status == 200

    tampered = good[:-2] + ("AA" if not good.endswith("AA") else "BB")
    as_other_purpose = signer.sign(zh, Purpose.UNSUBSCRIBE)  # an unsubscribe link as center
    old = LinkSigner(signer.keys, clock=lambda: time.time() - 91 * 86400).sign(zh, Purpose.CENTER)
    bodies = []
    for token in (tampered, as_other_purpose, old, "x", "A" * 300):
        reply = call(f"{pages.base_url}/m/c/{token}")
        assert reply.status == 403
        assert "拾光" not in reply.text and "小林" not in reply.text
        bodies.append(reply.text)

    # Another member's form token does not work on this member's page.
    other_page = call(f"{pages.base_url}/m/c/{signer.sign(other, Purpose.CENTER)}").text
    other_csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', other_page)
    assert other_csrf is not None
    reply = call(
        f"{pages.base_url}/m/c/{good}/feedback", {"csrf": other_csrf.group(1), "text": "hi"}
    )
    assert reply.status == 403
    bodies.append(reply.text)

    # Rotating the key: every link made before stops working.
    pages.services.member_links.keys.rotate()
    signer.keys._checked = 0.0  # type: ignore[attr-defined]  # skip the id cache's seconds
    reply = call(f"{pages.base_url}/m/c/{good}")
    assert reply.status == 403
    bodies.append(reply.text)
    _refused_alike(bodies)
    assert call(f"{pages.base_url}/m/c/{signer.sign(zh, Purpose.CENTER)}").status == 200


def test_signer_refuses_in_process_too() -> None:
    signer = LinkSigner(FixedLinkKeys(b"k" * 32))
    token = signer.sign(7, Purpose.PREFERENCES)
    assert signer.check(token, Purpose.PREFERENCES) == 7
    with pytest.raises(LinkRefused):
        signer.check(token, Purpose.CENTER)
    with pytest.raises(LinkRefused):
        LinkSigner(FixedLinkKeys(b"j" * 32)).check(token, Purpose.PREFERENCES)


def test_pages_carry_strict_headers_and_escape_what_members_typed(pages: Pages) -> None:
    token = pages.services.member_links.sign(pages.world.members["other"], Purpose.CENTER)
    reply = call(f"{pages.base_url}/m/c/{token}")
    assert reply.status == 200
    csp = reply.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src" not in csp  # no script at all
    assert reply.headers["X-Frame-Options"] == "DENY"
    assert reply.headers["Referrer-Policy"] == "no-referrer"
    assert "<script" not in reply.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reply.text
    # Shown whole and escaped: not evaluated as a template, not cut.
    from markupsafe import escape

    assert str(escape(HOSTILE)) in reply.text
    # A refused form answers in the member's language and keeps the page whole.
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', reply.text)
    assert csrf is not None
    bad = call(f"{pages.base_url}/m/c/{token}/profile", {"csrf": csrf.group(1), "name": ""})
    assert bad.status == 422 and "称呼不能为空" in bad.text


def test_one_click_unsubscribe_is_immediate_idempotent_and_recorded(pages: Pages) -> None:
    member = pages.world.members["en"]
    token = pages.services.member_links.sign(member, Purpose.UNSUBSCRIBE)
    url = f"{pages.base_url}/m/u/{token}"
    # A GET (a mail scanner opening the link) changes nothing.
    page = call(url, headers={"Accept-Language": "en-US,en;q=0.9"})
    assert page.status == 200 and "You will no longer get news" in page.text
    for _ in range(2):
        reply = call(url, {"List-Unsubscribe": "One-Click"})
        assert reply.status == 200
    with pages.services.db.read() as s:
        refusals = s.scalars(
            select(ConsentRecord).where(
                ConsentRecord.member_id == member, ConsentRecord.granted.is_(False)
            )
        ).all()
        audits = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "member_unsubscribed")
        ).all()
    assert [r.source for r in refusals] == ["unsubscribe"]
    assert [a.detail for a in audits] == [{"via": "one-click"}]
    page = call(url, headers={"Accept-Language": "en"})
    assert "You are unsubscribed" in page.text and "Undo" in page.text


def test_rate_limits_per_address_and_per_link() -> None:
    now = [0.0]
    limiter = RateLimiter(Limits(per_ip=5, per_token=3, window=60), clock=lambda: now[0])
    assert [limiter.allow("1.2.3.4", "tok") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("1.2.3.4", "other") is True
    assert limiter.allow("1.2.3.4", None) is False  # the address used its five
    now[0] = 61
    assert limiter.allow("1.2.3.4", "tok") is True


def test_shequn_links_prints_the_three_links(
    pages: Pages, paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    member = pages.world.members["zh"]
    assert dispatch(parse(["--data-dir", str(paths.data_dir), "links", str(member)])) == 0
    out = capsys.readouterr().out
    urls = dict(line.split(": ", 1) for line in out.strip().splitlines())
    assert set(urls) == {"center", "preferences", "unsubscribe"}
    assert urls["center"].startswith(pages.base_url + "/m/c/")
    assert call(urls["preferences"]).status == 200
    assert dispatch(parse(["--data-dir", str(paths.data_dir), "links", "999999"])) == 1


# The strings the search and template tests already throw at the app.
HOSTILE_STRINGS = [
    "{__class__}",
    "{name.__class__.__mro__}",
    "{name!r}",
    "{{{{name}}}}",
    "%(name)s ${name} {{name}",
    'NEAR( "退款 col:退 \\',
    "<img src=x onerror=alert(1)>",
    "</textarea><script>alert(2)</script>",
    "a\x00b",
]


@pytest.mark.parametrize("hostile", HOSTILE_STRINGS)
def test_hostile_names_and_feedback_come_back_as_text(pages: Pages, hostile: str) -> None:
    from markupsafe import escape

    member = pages.world.members["zh"]
    token = pages.services.member_links.sign(member, Purpose.CENTER)
    page = call(f"{pages.base_url}/m/c/{token}").text
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert csrf is not None
    saved = call(f"{pages.base_url}/m/c/{token}/profile", {"csrf": csrf.group(1), "name": hostile})
    assert saved.status == 303
    # Feedback too long is refused with the typed text kept, escaped, in the form.
    kept = call(
        f"{pages.base_url}/m/c/{token}/feedback",
        {"csrf": csrf.group(1), "text": hostile + "x" * 4001},
    )
    assert kept.status == 422
    page = call(f"{pages.base_url}/m/c/{token}?ok=saved").text
    shown = hostile.replace("\x00", "")
    for text in (page, kept.text):
        assert "<script>alert" not in text and "<img src=x" not in text
    assert str(escape(shown)) in page


def test_short_links_for_chats_redirect_and_stop_with_the_key(pages: Pages) -> None:
    from desktop.services.member_pages.short_links import ShortLinks

    member = pages.world.members["zh"]
    short = ShortLinks(pages.services.db, pages.services.member_links)
    first = short.links([member], pages.base_url)[member]
    assert short.links([member], pages.base_url)[member] == first  # made once
    assert len(first.center) < len(pages.base_url) + 20
    reply = call(first.preferences)
    assert reply.status == 303 and reply.headers["Location"].startswith("/m/p/")
    assert call(pages.base_url + reply.headers["Location"]).status == 200
    assert call(f"{pages.base_url}/s/AAAAAAAAAA").status == 403
    pages.services.member_links.keys.rotate()
    pages.services.member_links.keys._checked = 0.0  # type: ignore[attr-defined]
    assert call(first.preferences).status == 403


def test_a_language_picked_on_one_page_stays_on_the_next(pages: Pages) -> None:
    member = pages.world.members["zh"]
    token = pages.services.member_links.sign(member, Purpose.CENTER)
    page = call(f"{pages.base_url}/m/c/{token}?lang=en", headers={"Accept-Language": "zh-CN"})
    assert "Hello, 小林" in page.text and 'lang="en"' in page.text
    prefs = re.search(r'href="(/m/p/[^"]+)"', page.text)
    assert prefs is not None and prefs.group(1).endswith("?lang=en")
    nxt = call(pages.base_url + prefs.group(1), headers={"Accept-Language": "zh-CN"})
    assert "Message preferences" in nxt.text
    plain = call(f"{pages.base_url}/m/c/{token}", headers={"Accept-Language": "zh-CN"})
    assert "你好，小林" in plain.text and "?lang=" not in plain.text.split("<main>")[1]


def test_operators_choose_what_the_center_shows_and_allows(pages: Pages) -> None:
    member = pages.world.members["zh"]
    token = pages.services.member_links.sign(member, Purpose.CENTER)
    page = call(f"{pages.base_url}/m/c/{token}").text
    assert "活跃度" in page and 'name="name"' in page
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert csrf is not None
    pages.services.member_pages_address.set_options(False, False)
    pages.services.member_pages_site.forget(member)  # else shown within the cache's time
    page = call(f"{pages.base_url}/m/c/{token}").text
    assert "活跃度" not in page and 'name="name"' not in page and "小林" in page
    refused = call(f"{pages.base_url}/m/c/{token}/profile", {"csrf": csrf.group(1), "name": "改名"})
    assert refused.status == 422 and "资料需要由团队修改" in refused.text


def test_rate_limits_count_the_member_behind_the_proxy_and_answer_429(pages: Pages) -> None:
    site = pages.services.member_pages_site
    site.limiter = RateLimiter(Limits(per_ip=3, per_token=100, window=3600))
    token = pages.services.member_links.sign(pages.world.members["en"], Purpose.PREFERENCES)
    url = f"{pages.base_url}/m/p/{token}"
    a = {"X-Forwarded-For": "203.0.113.5"}
    assert [call(url, headers=a).status for _ in range(4)] == [200, 200, 200, 429]
    # Another member behind the same proxy is not held back by the first.
    assert call(url, headers={"X-Forwarded-For": "198.51.100.7"}).status == 200


def test_ticking_a_channel_after_unsubscribing_subscribes_it_again(pages: Pages) -> None:
    member = pages.world.members["en"]
    actions = pages.services.member_actions
    assert actions.unsubscribe(member, "page") is True
    assert actions.unsubscribe(member, "page") is False  # nothing more to do
    token = pages.services.member_links.sign(member, Purpose.PREFERENCES)
    page = call(f"{pages.base_url}/m/p/{token}", headers={"Accept-Language": "en"}).text
    assert "You are unsubscribed" in page and 'value="email" checked' not in page
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert csrf is not None
    form = [("csrf", csrf.group(1)), ("channel", "email"), ("frequency", "weekly")]
    form += [("topic", t) for t in ("咖啡课", "新品", "露营")]
    assert call(f"{pages.base_url}/m/p/{token}", form).status == 303
    page = call(f"{pages.base_url}/m/p/{token}", headers={"Accept-Language": "en"}).text
    assert "You are unsubscribed" not in page and 'value="email" checked' in page


@pytest.mark.usefixtures("fail_keyring")
def test_a_worker_without_a_keyring_needs_the_key_given_and_never_invents_one(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.secrets import SecretStore
    from desktop.services.member_pages import KeyringLinkKeys, LinkKeyError
    from desktop.services.workspace.service import open_workspace

    db = open_workspace(paths).db
    try:
        keys = KeyringLinkKeys(db, SecretStore())
        with pytest.raises(LinkKeyError, match="SHEQUN_LINK_KEY"):
            keys.key()
        monkeypatch.setenv("SHEQUN_LINK_KEY", "the-team-key")
        token = LinkSigner(keys).sign(3, Purpose.CENTER)
        assert LinkSigner(FixedLinkKeys(b"the-team-key")).check(token, Purpose.CENTER) == 3
    finally:
        db.dispose()
    assert dispatch(parse(["--data-dir", str(paths.data_dir), "links", "--show-key"])) == 0
    assert capsys.readouterr().out.strip() == "SHEQUN_LINK_KEY=the-team-key"
