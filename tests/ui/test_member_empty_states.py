"""An empty members table, search, segment list and timeline say what belongs there and
how to add it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.members.service import MemberDraft
from desktop.ui.members.center_dialog import PersonalCenterDialog
from desktop.ui.members.segment_bar import NONE
from desktop.ui.members.tab import MembersTab


def _tab(qtbot: QtBot, services: Services) -> MembersTab:
    tab = MembersTab(services)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def test_no_members_says_how_to_add_them(qtbot: QtBot, services: Services) -> None:
    tab = _tab(qtbot, services)
    assert tab.empty_hint.isVisible()
    assert "New member" in tab.empty_hint.text() and "Import…" in tab.empty_hint.text()


def test_a_search_without_result_says_so(qtbot: QtBot, services: Services) -> None:
    services.members.save(MemberDraft(name="Lin"))
    tab = _tab(qtbot, services)
    assert not tab.empty_hint.isVisible()
    tab.search_edit.setText("nobody-like-this")
    tab.apply_search()
    assert tab.empty_hint.isVisible()
    assert "nobody-like-this" in tab.empty_hint.text()
    assert "clear the search" in tab.empty_hint.text()


def test_no_saved_segment_says_where_one_comes_from(qtbot: QtBot, services: Services) -> None:
    tab = _tab(qtbot, services)
    combo = tab.segments.combo
    index = combo.findData(NONE)
    assert index == 1
    assert "Save as segment" in combo.itemText(index)
    assert not combo.model().item(index).isEnabled()
    combo.activated.emit(index)  # nothing happens, nothing breaks
    assert tab.model.segment_filter is None


def test_an_empty_timeline_says_what_will_appear(qtbot: QtBot, services: Services) -> None:
    member_id = services.members.save(MemberDraft(name="Lin"))
    dialog = PersonalCenterDialog(services, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.timeline)
    assert dialog.timeline.rowCount() == 0
    assert dialog.timeline_hint.isVisible()
    assert "timeline fills itself" in dialog.timeline_hint.text()
    assert dialog.timeline_hint.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
