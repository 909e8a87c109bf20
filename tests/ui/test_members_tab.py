"""The Members tab, driven through its widgets on a real temporary workspace."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from desktop.domain.enums import Lifecycle
from desktop.services.container import Services
from desktop.services.members.service import PAGE_SIZE, MemberDraft
from desktop.services.workspace.demo import remove_demo
from desktop.ui.members.model import ID_ROLE, Column
from desktop.ui.members.tab import MembersTab

ROOT = QModelIndex()


def make_tab(qtbot: QtBot, services: Services) -> MembersTab:
    tab = MembersTab(services)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def names(tab: MembersTab) -> list[str]:
    return [tab.model.index(r, Column.NAME).data() for r in range(tab.model.rowCount())]


def search(qtbot: QtBot, tab: MembersTab, text: str) -> None:
    tab.search_edit.setText(text)
    qtbot.waitUntil(lambda: tab.model.query == text.strip(), timeout=2000)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_table_is_paged_with_fetch_more(qtbot: QtBot, demo_services: Services) -> None:
    assert PAGE_SIZE == 200
    tab = make_tab(qtbot, demo_services)
    model = tab.model
    assert model.rowCount() == 200  # only the first page of the 500 demo members
    assert model.canFetchMore(ROOT)
    assert "200" in tab.status_label.text()
    model.fetchMore(ROOT)
    assert model.rowCount() == 400
    model.fetchMore(ROOT)
    assert model.rowCount() == 500
    assert not model.canFetchMore(ROOT)
    model.fetchMore(ROOT)  # harmless at the end
    assert model.rowCount() == 500
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(500)]
    assert len(set(ids)) == 500
    assert ids == sorted(ids, reverse=True)  # keyset order: newest first, no gaps or repeats
    assert tab.status_label.text() == "500 members."


def test_scrolling_to_the_end_fetches_the_next_page(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    assert tab.model.rowCount() == 200
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 200, timeout=3000)


def test_lifecycle_is_shown_translated_not_raw(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    shown = {tab.model.index(r, Column.LIFECYCLE).data() for r in range(tab.model.rowCount())}
    assert "Active" in shown
    assert not shown & {str(v) for v in Lifecycle}
    # The first row is selected and its profile shows groups with mapped roles.
    member_id = tab.current_member_id()
    assert member_id == tab.model.index(0, 0).data(ID_ROLE)
    profile = demo_services.members.profile(member_id)
    assert tab.profile.name_edit.text() == profile.draft.name
    assert tab.profile.groups_tree.topLevelItemCount() == len(profile.groups)
    roles = {
        tab.profile.groups_tree.topLevelItem(i).text(1)
        for i in range(tab.profile.groups_tree.topLevelItemCount())
    }
    assert roles <= {"Owner", "Admin", "KOC", "Atmosphere crew", "Member"}


def test_search_by_name_filters_the_table(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    wanted = demo_services.members.page(limit=500).rows[123].name
    tab.search_edit.setText(wanted)
    assert tab.model.query == ""  # debounced: not applied on every keystroke
    qtbot.waitUntil(lambda: tab.model.query == wanted, timeout=2000)
    shown = names(tab)
    assert 1 <= len(shown) < 200
    assert all(wanted in name for name in shown)
    assert not tab.model.canFetchMore(ROOT)

    tab.search_edit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 200, timeout=2000)


def test_search_by_typed_email(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    row = demo_services.members.page(limit=500).rows[300]
    qtbot.keyClicks(tab.search_edit, row.email)
    qtbot.waitUntil(lambda: tab.model.query == row.email, timeout=2000)
    assert [tab.model.index(r, 0).data(ID_ROLE) for r in range(tab.model.rowCount())] == [row.id]


def test_search_with_quotes_and_like_wildcards(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    search(qtbot, tab, "'\"%_\\")
    assert tab.model.rowCount() == 0
    assert not tab.model.canFetchMore(ROOT)
    assert "No member matches" in tab.status_label.text()
    search(qtbot, tab, "%")  # a bare wildcard must match literally, not every member
    assert tab.model.rowCount() == 0

    odd = demo_services.members.save(MemberDraft(name="O'Brien 100%_x\\y"))
    tab.refresh()
    search(qtbot, tab, "100%_x\\")
    assert [tab.model.index(r, 0).data(ID_ROLE) for r in range(tab.model.rowCount())] == [odd]


def test_edit_member_in_profile_panel(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.table.selectRow(3)
    member_id = tab.model.index(3, 0).data(ID_ROLE)
    assert tab.current_member_id() == member_id
    assert not tab.profile.save_button.isEnabled()  # nothing edited yet
    tab.profile.name_edit.setText("张三丰")
    tab.profile.tags_edit.setText("咖啡, 拉花；烘焙，咖啡")
    tab.profile.notes_edit.setPlainText("喜欢燕麦奶")
    assert tab.profile.save_button.isEnabled()
    with qtbot.waitSignal(tab.member_saved):
        click(qtbot, tab.profile.save_button)

    assert tab.model.index(3, Column.NAME).data() == "张三丰"
    tags = ", ".join(sorted(["咖啡", "拉花", "烘焙"]))  # stored without order; shown sorted
    assert tab.model.index(3, Column.TAGS).data() == tags
    assert tab.current_member_id() == member_id
    stored = demo_services.members.profile(member_id).draft
    assert (stored.name, set(stored.tags), stored.notes) == (
        "张三丰",
        {"咖啡", "拉花", "烘焙"},
        "喜欢燕麦奶",
    )
    assert not tab.profile.save_button.isEnabled()


def test_invalid_email_shows_error_and_saves_nothing(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    member_id = tab.current_member_id()
    assert member_id is not None
    before = demo_services.members.profile(member_id)
    message = tab.profile.messages["email"]
    tab.profile.name_edit.setText("改过的名字")
    tab.profile.email_edit.setText("not-an-email")
    assert message.isHidden()  # not while the address is still being typed
    tab.profile.email_edit.editingFinished.emit()
    assert not message.isHidden()
    assert "valid email" in message.text()

    click(qtbot, tab.profile.save_button)
    assert tab.save() is None
    assert not tab.profile.form_message.isHidden()
    assert demo_services.members.profile(member_id) == before
    assert tab.model.index(0, Column.NAME).data() == before.draft.name

    # An address another member already uses is refused the same way.
    other = demo_services.members.profile(tab.model.index(1, 0).data(ID_ROLE)).draft.email
    tab.profile.email_edit.setText(other.upper())
    assert tab.save() is None
    assert "already uses" in message.text()
    assert demo_services.members.profile(member_id) == before


def test_empty_name_and_bad_phone_are_refused(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    member_id = tab.current_member_id()
    assert member_id is not None
    before = demo_services.members.profile(member_id)
    tab.profile.name_edit.setText("   ")
    tab.profile.phone_edit.setText("call me")
    assert tab.save() is None
    assert "Enter a name" in tab.profile.messages["name"].text()
    assert "phone" in tab.profile.messages["phone"].text()
    assert demo_services.members.profile(member_id) == before


def test_new_member_is_created_and_selected(qtbot: QtBot, services: Services) -> None:
    tab = make_tab(qtbot, services)
    assert tab.model.rowCount() == 0
    assert tab.status_label.text() == "No members yet."
    click(qtbot, tab.new_button)
    assert tab.profile.title.text() == "New member"
    click(qtbot, tab.profile.save_button)  # empty name: refused
    assert tab.model.rowCount() == 0
    assert not tab.profile.messages["name"].isHidden()

    qtbot.keyClicks(tab.profile.name_edit, "Alice Chen")
    qtbot.keyClicks(tab.profile.email_edit, "Alice@Example.com")
    tab.profile.birthday.set_value(date(1990, 5, 17))
    click(qtbot, tab.profile.save_button)
    assert names(tab) == ["Alice Chen"]
    assert tab.table.selectionModel().selectedRows()[0].row() == 0
    member_id = tab.current_member_id()
    assert member_id is not None
    stored = services.members.profile(member_id)
    assert stored.draft.email == "alice@example.com"
    assert stored.draft.birthday == date(1990, 5, 17)
    assert tab.profile.lifecycle_value.text() == "Invited"


def test_refresh_after_the_demo_is_removed(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    assert tab.current_member_id() is not None
    remove_demo(demo_services.db)
    tab.refresh()
    assert tab.model.rowCount() == 0
    assert tab.current_member_id() is None
    assert tab.profile.title.text() == "New member"
    assert tab.profile.name_edit.text() == ""
