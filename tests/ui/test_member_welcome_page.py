"""The welcome page of the personal center: journey progress, codes, W6 tasks."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.container import Services
from desktop.services.welcome.enrol import EnrolmentRefused
from desktop.services.welcome.progress import VerificationState, progress
from desktop.store.base import utcnow
from desktop.store.models import Delivery, Enrolment, Group, Member, MemberContact
from desktop.ui.members.center_dialog import PersonalCenterDialog
from desktop.ui.members.welcome_page import WelcomePage


def _enrol_someone(services: Services) -> tuple[int, str]:
    """A demo member with an email joins a demo group that has a journey."""
    with services.db.read() as s:
        group = s.scalars(
            select(Group).where(Group.journey_id.is_not(None), Group.archived_at.is_(None))
        ).first()
        assert group is not None
        enrolled = select(Enrolment.member_id)
        candidates = list(
            s.scalars(
                select(Member.id)
                .join(MemberContact, MemberContact.member_id == Member.id)
                .where(
                    MemberContact.channel == "email",
                    Member.erased_at.is_(None),
                    Member.id.not_in(enrolled),
                )
                .order_by(Member.id)
                .limit(20)
            )
        )
        gid = group.id
    for member_id in candidates:
        try:
            if services.welcome.join(member_id, gid) is not None:
                p = progress(services.db, member_id)
                assert p is not None
                return member_id, p.journey_name
        except EnrolmentRefused:
            continue
    raise AssertionError("no demo member could be enrolled")


def settle(qtbot: QtBot, page: WelcomePage) -> None:
    """Wait until the page's reads and changes have come back."""
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)


def _tries(text: str) -> int:
    """The count in "… 4 tries left" (or "4 try(s)" with no English plural forms loaded)."""
    found = re.search(r"(\d+) tr(?:y|ies)", text)
    assert found is not None, text
    return int(found.group(1))


def _sent_code(services: Services, member_id: int) -> str:
    with services.db.read() as s:
        for d in s.scalars(select(Delivery).where(Delivery.member_id == member_id)):
            if d.template_values and "code" in d.template_values:
                return str(d.template_values["code"])
    raise AssertionError("no code was sent")


def test_welcome_page_shows_journey_checks_codes_and_ticks_tasks(
    qtbot: QtBot, demo_services: Services
) -> None:
    services = demo_services
    member_id, journey_name = _enrol_someone(services)
    now = utcnow()
    services.welcome_runner.run_once(now)
    services.welcome_runner.run_once(now + timedelta(minutes=10))  # up to the code step

    dialog = PersonalCenterDialog(services, member_id)
    qtbot.addWidget(dialog)
    page = dialog.welcome_page
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Welcome"
    dialog.tabs.setCurrentWidget(page)
    dialog.show()
    settle(qtbot, page)
    assert journey_name in page.journey_label.text()
    assert "steps reached" in page.steps_label.text()
    assert page.current is not None
    assert page.current.verification == VerificationState.PENDING
    assert _tries(page.verification_label.text()) == 5

    # a wrong code: counted, the tries left shown
    qtbot.keyClicks(page.code_edit, "000000")
    if _sent_code(services, member_id) == "000000":  # one in a million
        page.code_edit.setText("000001")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert _tries(page.code_message.text()) == 4
    assert _tries(page.verification_label.text()) == 4
    p = progress(services.db, member_id)
    assert p is not None and p.tries_left == 4

    # the right code verifies; the journey moves on to the interaction tasks
    page.code_edit.setText(_sent_code(services, member_id))
    page.check_button.click()
    settle(qtbot, page)
    assert "Verified" in page.code_message.text()
    assert page.verification_label.text() == "Verified"
    services.welcome_runner.run_once(utcnow() + timedelta(days=30))
    dialog.refresh()
    settle(qtbot, page)
    assert page.tasks.count() >= 1
    item = page.tasks.item(0)
    key = item.data(Qt.ItemDataRole.UserRole)
    assert key and item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    settle(qtbot, page)
    p = progress(services.db, member_id)
    assert p is not None
    assert {t.key: t.done for t in p.tasks}[key] is True
    item.setCheckState(Qt.CheckState.Unchecked)
    settle(qtbot, page)
    p = progress(services.db, member_id)
    assert p is not None and {t.key: t.done for t in p.tasks}[key] is False


def test_welcome_page_for_a_member_without_a_journey(qtbot: QtBot, services: Services) -> None:
    with services.db.write() as s:
        m = Member(display_name="路人")
        s.add(m)
        s.flush()
        member_id = m.id
    dialog = PersonalCenterDialog(services, member_id)
    qtbot.addWidget(dialog)
    page = dialog.welcome_page
    settle(qtbot, page)
    assert page.current is None
    assert page.empty_label.isVisibleTo(page) and not page.details.isVisibleTo(page)


def test_welcome_page_reads_through_the_service_and_shows_failures(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_member_id: int) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(services.welcome, "progress", broken)
    page = WelcomePage(services.welcome, 1)
    qtbot.addWidget(page)
    settle(qtbot, page)
    assert page.current is None
    assert "database is locked" in page.code_message.text()
