"""The inbox tab on the demo workspace: paging, reading, status and notes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.domain.enums import ConversationStatus, MessageDirection
from desktop.services.container import Services
from desktop.services.inbox.service import PAGE_SIZE
from desktop.ui.inbox.tab import InboxTab


def test_lists_conversations_newest_first_and_shows_a_thread(
    demo_services: Services, qtbot: QtBot
) -> None:
    tab = InboxTab(demo_services)
    qtbot.addWidget(tab)
    rows = tab.model.rows()
    assert len(rows) == 60
    times = [r.last_message_at for r in rows]
    assert times == sorted(times, reverse=True)
    tab.list_view.setCurrentIndex(tab.model.index(0))
    first = rows[0]
    html = tab.thread.messages.toPlainText()
    for m in demo_services.inbox.messages(first.id, mark_read=False):
        assert m.body_text.splitlines()[0] in html
    assert demo_services.inbox.row(first.id).unread == 0  # reading marks it read


def test_pages_lazily(demo_services: Services, qtbot: QtBot) -> None:

    tab = InboxTab(demo_services)
    qtbot.addWidget(tab)
    # The demo has fewer conversations than a page; page size 5 shows the mechanism.
    tab.model._fetch = lambda cursor: (  # type: ignore[method-assign]
        lambda page: (page.rows, page.cursor)
    )(demo_services.inbox.page(cursor, limit=5))
    tab.model.reset()
    assert tab.model.rowCount() == 5 and tab.model.canFetchMore()
    tab.model.fetchMore()
    assert tab.model.rowCount() == 10
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    ids = [r.id for r in tab.model.rows()]
    assert len(ids) == 60 == len(set(ids))
    assert PAGE_SIZE >= 50


def test_status_filter_and_change(demo_services: Services, qtbot: QtBot) -> None:
    tab = InboxTab(demo_services)
    qtbot.addWidget(tab)
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(ConversationStatus.RESOLVED))
    assert tab.model.rowCount() > 0
    assert all(r.status == ConversationStatus.RESOLVED for r in tab.model.rows())

    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(ConversationStatus.OPEN))
    tab.list_view.setCurrentIndex(tab.model.index(0))
    conv_id = tab.model.row_at(0).id
    combo = tab.thread.status_combo
    combo.setCurrentIndex(combo.findData(ConversationStatus.RESOLVED))
    combo.activated.emit(combo.currentIndex())
    assert demo_services.inbox.row(conv_id).status == ConversationStatus.RESOLVED
    assert tab.model.row_at(0).status == ConversationStatus.RESOLVED


def test_internal_note_is_saved_and_empty_note_refused(
    demo_services: Services, qtbot: QtBot
) -> None:
    tab = InboxTab(demo_services)
    qtbot.addWidget(tab)
    tab.list_view.setCurrentIndex(tab.model.index(0))
    conv_id = tab.model.row_at(0).id
    before = len(demo_services.inbox.messages(conv_id, mark_read=False))
    tab.thread.add_note()
    assert not tab.thread.note_error.isHidden()
    assert len(demo_services.inbox.messages(conv_id, mark_read=False)) == before

    tab.thread.note_edit.setPlainText("客户说周五再联系 <b>不是HTML</b>")
    tab.thread.add_note()
    msgs = demo_services.inbox.messages(conv_id, mark_read=False)
    assert len(msgs) == before + 1
    assert msgs[-1].direction == MessageDirection.NOTE
    assert "<b>不是HTML</b>" in tab.thread.messages.toPlainText()


def test_the_member_panel_shows_welcome_progress_and_campaigns(
    demo_services: Services, qtbot: QtBot
) -> None:
    from sqlalchemy import select

    from desktop.store.models import DmCampaignEntry, Enrolment, WelcomeJourney

    with demo_services.db.write() as s:
        entrant = s.scalar(select(DmCampaignEntry.member_id).limit(1))
        journey = s.scalar(select(WelcomeJourney).limit(1))
        assert entrant is not None and journey is not None
        s.add(Enrolment(journey_id=journey.id, member_id=entrant, next_position=2))
        journey_name = journey.name
    enrolled = entrant
    tab = InboxTab(demo_services)
    qtbot.addWidget(tab)
    tab._show_profile(entrant)
    assert any(
        c.name == "圣诞节抽奖：送手冲礼盒"
        for c in demo_services.inbox.member_panel(entrant).campaigns
    )
    assert "Campaign: 圣诞节抽奖：送手冲礼盒 — entered" in tab.profile.text()
    panel = demo_services.inbox.member_panel(enrolled)
    assert [(w.journey, w.step, w.status) for w in panel.welcome] == [(journey_name, 2, "active")]
    tab._show_profile(enrolled)
    for w in panel.welcome:
        assert 0 <= w.step <= w.steps and w.steps > 0
        assert f"Welcome: {w.journey}, step {w.step} of {w.steps}" in tab.profile.text()
