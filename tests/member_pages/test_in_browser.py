"""A member's round trip in a real browser at phone size, in both languages: the center
opened from a link in a mail received over SMTP, a code verified, feedback sent into the
inbox, a survey answered, preferences changed and obeyed by the next send, and a one-click
unsubscribe (a raw RFC 8058 POST) that stops later marketing.

Screenshots of every page go to the test's folder, and to
``$SHEQUN_SCREENSHOTS/<lang>/`` when that is set (docs/screenshots/member-pages).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from sqlalchemy import select

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind, DeliveryStatus
from desktop.services.sending.outbox import NewDelivery
from desktop.store.models import Conversation, Delivery, DmCampaignEntry, Message
from tests.member_pages.browser import MISSING, click_and_load, full_page_png, phone_browser
from tests.member_pages.conftest import Pages
from tests.member_pages.http import call
from tests.member_pages.world import CODE, marketing_mail
from tests.sending.helpers import run_dispatcher

pytestmark = pytest.mark.skipif(MISSING is not None, reason=MISSING or "")

WORDS = {
    "zh": {
        "hello": "你好，小林",
        "verified": "验证成功",
        "feedback": "收到，谢谢你的反馈",
        "thanks": "提交成功",
        "saved": "已保存",
        "unsubscribed": "你已退订",
        "accept": "zh-CN",
    },
    "en": {
        "hello": "Hello, Alex",
        "verified": "Verified",
        "feedback": "Thank you, we got your feedback",
        "thanks": "Thank you for your answers",
        "saved": "Saved",
        "unsubscribed": "You are unsubscribed",
        "accept": "en-US",
    },
}


def _status(pages: Pages, key: str) -> tuple[DeliveryStatus, str]:
    with pages.services.db.read() as s:
        d = s.scalar(select(Delivery).where(Delivery.idempotency_key == key))
        assert d is not None
        return DeliveryStatus(d.status), d.status_reason or ""


def _send_all(pages: Pages) -> None:
    run_dispatcher(pages.services.db, pages.services.secrets, timeout=30)


def _mail_to(pages: Pages, address: str, subject_part: str) -> list[str]:
    return [
        r.parsed()["Subject"]
        for r in pages.smtp.handler.received
        if address in r.rcpt_tos and subject_part in r.parsed()["Subject"]
    ]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_member_uses_their_pages_from_a_mail(pages: Pages, lang: str, tmp_path: Path) -> None:
    words = WORDS[lang]
    member = pages.world.members[lang]
    address = f"{lang}@example.net"
    shots = tmp_path / "shots" / lang

    # A welcome-style service mail whose template names the member's center link.
    pages.services.outbox.enqueue(
        NewDelivery(
            kind=DeliveryKind.WELCOME,
            channel=ChannelKind.EMAIL,
            due_at=pages.services.outbox._clock(),
            idempotency_key=f"hello-{lang}",
            subject="欢迎加入",
            body="你好 {name}，这是你的个人中心：{center_link}\n偏好：{preferences_link}",
            purpose=ConsentPurpose.SERVICE,
            member_id=member,
            template_values={},
        )
    )
    _send_all(pages)
    (mail,) = [r.parsed() for r in pages.smtp.handler.received if address in r.rcpt_tos]
    text = mail.get_content()
    center = re.search(r"(http://\S+/m/c/\S+)", text)
    assert center is not None and center.group(1).startswith(pages.base_url)
    assert "{preferences_link}" not in text and "/m/p/" in text

    driver = phone_browser(words["accept"])
    try:
        driver.get(center.group(1))
        body = driver.find_element(By.TAG_NAME, "body").text
        assert words["hello"] in body and "拾光咖啡·北京1群" in body
        full_page_png(driver, shots / "center.png")

        # W3: the code, typed on the page instead of replied.
        driver.find_element(By.NAME, "code").send_keys(CODE)
        click_and_load(driver, driver.find_element(By.CSS_SELECTOR, "#code button"))
        assert words["verified"] in driver.find_element(By.CSS_SELECTOR, ".notice").text
        assert not driver.find_elements(By.NAME, "code")  # the form is gone once verified

        # W8: feedback lands in the inbox as the member's conversation.
        driver.find_element(By.NAME, "text").send_keys("拿铁太甜了 <b>真的</b>")
        click_and_load(driver, driver.find_element(By.CSS_SELECTOR, "#feedback button"))
        assert words["feedback"] in driver.find_element(By.CSS_SELECTOR, ".notice").text
        with pages.services.db.read() as s:
            row = s.execute(
                select(Message.body_text, Message.is_feedback, Conversation.unread)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(Conversation.member_id == member)
            ).one()
        assert tuple(row) == ("拿铁太甜了 <b>真的</b>", True, 1)

        # D8: the survey, answered on a page, is the same entry a DM answer makes.
        click_and_load(
            driver, driver.find_element(By.CSS_SELECTOR, f"a[href$='/s/{pages.world.survey}']")
        )
        full_page_png(driver, shots / "survey.png")
        driver.find_element(By.CSS_SELECTOR, "input[value='美式']").click()
        driver.find_element(By.NAME, "a1").send_keys("燕麦拿铁")
        click_and_load(driver, driver.find_element(By.CSS_SELECTOR, "form button"))
        assert words["thanks"] in driver.find_element(By.CSS_SELECTOR, ".notice").text
        with pages.services.db.read() as s:
            entry = s.scalar(select(DmCampaignEntry).where(DmCampaignEntry.member_id == member))
            assert entry is not None and entry.answers is not None
            assert entry.answers["answers"] == ["美式", "燕麦拿铁"]
            assert entry.dedupe_key == f"m{member}" and entry.state == "answered"
        full_page_png(driver, shots / "center-after.png")

        # Preferences: no more camping news; the next sends obey.
        click_and_load(driver, driver.find_element(By.CSS_SELECTOR, "nav.tabs a"))
        full_page_png(driver, shots / "preferences.png")
        camping = driver.find_element(By.CSS_SELECTOR, "input[name='topic'][value='露营']")
        assert camping.is_selected()
        camping.click()
        click_and_load(driver, driver.find_element(By.CSS_SELECTOR, "form button"))
        assert words["saved"] in driver.find_element(By.CSS_SELECTOR, ".notice").text
        marketing_mail(pages.services, member, f"camp-{lang}", "露营装备上新", topic="露营")
        marketing_mail(pages.services, member, f"class-{lang}", "拉花课报名", topic="咖啡课")
        _send_all(pages)
        status, reason = _status(pages, f"camp-{lang}")
        assert status == DeliveryStatus.CANCELLED and "topic: 露营" in reason
        assert _status(pages, f"class-{lang}")[0] == DeliveryStatus.SENT
        (class_mail,) = [
            r.parsed()
            for r in pages.smtp.handler.received
            if address in r.rcpt_tos and f"class-{lang}" in r.parsed()["Subject"]
        ]
        assert not _mail_to(pages, address, f"camp-{lang}")

        # One click, as a mail provider does it: a raw POST to the List-Unsubscribe URL.
        header = class_mail["List-Unsubscribe"]
        # RFC 8058 announces one-click for https links only; this LAN address is http.
        assert class_mail["List-Unsubscribe-Post"] is None
        one_click = re.search(r"<(http://[^>]+/m/u/[^>]+)>", header)
        assert one_click is not None
        driver.get(one_click.group(1))
        full_page_png(driver, shots / "unsubscribe.png")
        reply = call(one_click.group(1), {"List-Unsubscribe": "One-Click"})
        assert reply.status == 200
        driver.refresh()
        assert words["unsubscribed"] in driver.find_element(By.TAG_NAME, "body").text
        full_page_png(driver, shots / "unsubscribed.png")
        marketing_mail(pages.services, member, f"later-{lang}", "周末特惠", topic="咖啡课")
        _send_all(pages)
        status, reason = _status(pages, f"later-{lang}")
        assert status == DeliveryStatus.CANCELLED and "unsubscribed" in reason
        assert not _mail_to(pages, address, f"later-{lang}")

        driver.get(f"{pages.base_url}/m/c/not-a-real-link")
        assert driver.find_element(By.TAG_NAME, "h1").text
        full_page_png(driver, shots / "refused.png")
    finally:
        driver.quit()

    target = os.environ.get("SHEQUN_SCREENSHOTS")
    if target:
        shutil.copytree(shots, Path(target) / lang, dirs_exist_ok=True)
