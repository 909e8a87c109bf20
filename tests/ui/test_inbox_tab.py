"""The inbox tab on the demo workspace: paging, reading, status and notes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.enums import ConversationStatus, MessageDirection
from desktop.services.container import Services
from desktop.services.inbox import PAGE_SIZE
from desktop.ui.inbox.tab import InboxTab


def _tab(services: Services, qtbot: QtBot) -> InboxTab:
    tab = InboxTab(services)
    qtbot.addWidget(tab)
    _settle(tab, qtbot)
    return tab


def _settle(tab: InboxTab, qtbot: QtBot) -> None:
    """Every read and write the tab started has come back."""
    qtbot.waitUntil(lambda: not tab.calls.busy)


def test_lists_conversations_newest_first_and_shows_a_thread(
    demo_services: Services, qtbot: QtBot
) -> None:
    tab = _tab(demo_services, qtbot)
    rows = tab.model.rows()
    assert len(rows) == 60
    times = [r.last_message_at for r in rows]
    assert times == sorted(times, reverse=True)
    tab.list_view.setCurrentIndex(tab.model.index(0))
    _settle(tab, qtbot)
    first = rows[0]
    html = tab.thread_view.messages.toPlainText()
    for m in demo_services.inbox.thread.messages(first.id, mark_read=False):
        assert m.body_text.splitlines()[0] in html
    assert demo_services.inbox.queue.row(first.id).unread == 0  # reading marks it read
    assert tab.model.row_at(0).unread == 0  # ... and the list row shows it


def test_pages_lazily(demo_services: Services, qtbot: QtBot) -> None:

    tab = _tab(demo_services, qtbot)
    # The demo has fewer conversations than a page; page size 5 shows the mechanism.
    tab.model.page_size = 5
    tab.model.reset()
    assert tab.model.rowCount() == 0 and tab.model.loading  # the page is read off the UI thread
    _settle(tab, qtbot)
    # The view may ask for another page of its own once one arrives; pages stay whole.
    shown = tab.model.rowCount()
    assert 5 <= shown < 60 and shown % 5 == 0 and tab.model.canFetchMore()
    tab.model.fetchMore()
    _settle(tab, qtbot)
    assert tab.model.rowCount() >= shown + 5
    while tab.model.canFetchMore():
        tab.model.fetchMore()
        _settle(tab, qtbot)
    ids = [r.id for r in tab.model.rows()]
    assert len(ids) == 60 == len(set(ids))
    assert PAGE_SIZE >= 50


def test_status_filter_and_change(demo_services: Services, qtbot: QtBot) -> None:
    tab = _tab(demo_services, qtbot)
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(ConversationStatus.RESOLVED))
    _settle(tab, qtbot)
    assert tab.model.rowCount() > 0
    assert all(r.status == ConversationStatus.RESOLVED for r in tab.model.rows())

    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(ConversationStatus.OPEN))
    _settle(tab, qtbot)
    tab.list_view.setCurrentIndex(tab.model.index(0))
    _settle(tab, qtbot)
    conv_id = tab.model.row_at(0).id
    combo = tab.thread_view.status_combo
    combo.setCurrentIndex(combo.findData(ConversationStatus.RESOLVED))
    combo.activated.emit(combo.currentIndex())
    _settle(tab, qtbot)
    assert demo_services.inbox.queue.row(conv_id).status == ConversationStatus.RESOLVED
    assert tab.model.row_at(0).status == ConversationStatus.RESOLVED


def test_internal_note_is_saved_and_empty_note_refused(
    demo_services: Services, qtbot: QtBot
) -> None:
    tab = _tab(demo_services, qtbot)
    tab.list_view.setCurrentIndex(tab.model.index(0))
    _settle(tab, qtbot)
    conv_id = tab.model.row_at(0).id
    before = len(demo_services.inbox.thread.messages(conv_id, mark_read=False))
    tab.thread_view.note_box.add_note()
    assert not tab.thread_view.note_box.note_error.isHidden()
    assert len(demo_services.inbox.thread.messages(conv_id, mark_read=False)) == before

    tab.thread_view.note_box.note_edit.setPlainText("客户说周五再联系 <b>不是HTML</b>")
    tab.thread_view.note_box.add_note()
    _settle(tab, qtbot)
    msgs = demo_services.inbox.thread.messages(conv_id, mark_read=False)
    assert len(msgs) == before + 1
    assert msgs[-1].direction == MessageDirection.NOTE
    assert "<b>不是HTML</b>" in tab.thread_view.messages.toPlainText()


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
    tab = _tab(demo_services, qtbot)
    tab._show_profile(entrant)
    _settle(tab, qtbot)
    assert any(
        c.name == "圣诞节抽奖：送手冲礼盒"
        for c in demo_services.inbox.panels.member_panel(entrant).campaigns
    )
    assert "Campaign: 圣诞节抽奖：送手冲礼盒 — entered" in tab.profile.text()
    panel = demo_services.inbox.panels.member_panel(enrolled)
    assert [(w.journey, w.step, w.status) for w in panel.welcome] == [(journey_name, 2, "active")]
    tab._show_profile(enrolled)
    _settle(tab, qtbot)
    for w in panel.welcome:
        assert 0 <= w.step <= w.steps and w.steps > 0
        assert f"Welcome: {w.journey}, step {w.step} of {w.steps}" in tab.profile.text()


def test_failures_off_the_ui_thread_are_shown(
    demo_services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(demo_services, qtbot)
    tab.list_view.setCurrentIndex(tab.model.index(0))
    _settle(tab, qtbot)
    stored = tab.thread_view.row.status

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(demo_services.inbox.thread, "set_status", refuse)
    combo = tab.thread_view.status_combo
    other = next(s for s in ConversationStatus if s != stored)
    combo.setCurrentIndex(combo.findData(other))
    combo.activated.emit(combo.currentIndex())
    _settle(tab, qtbot)
    assert (
        not tab.thread_view.error.isHidden()
        and "database is locked" in tab.thread_view.error.text()
    )
    assert combo.currentData() == stored  # the choice goes back to what is stored

    monkeypatch.setattr(demo_services.inbox_search, "search", refuse)
    tab.search.edit.setText("咖啡")
    tab.search.run()
    _settle(tab, qtbot)
    assert not tab.error.isHidden() and "database is locked" in tab.error.text()
