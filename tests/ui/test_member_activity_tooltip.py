"""The activity score and lifecycle explain themselves: the table's activity and lifecycle
cells and the profile say how the score is counted, how often, and the last interaction."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.services.container import Services
from desktop.services.members.service import MemberDraft
from desktop.store.models import Member
from desktop.ui.i18n import install_translator
from desktop.ui.members.model import Column
from desktop.ui.members.tab import MembersTab


def _tab_with_member(qtbot: QtBot, services: Services) -> MembersTab:
    member_id = services.members.save(MemberDraft(name="Lin"))
    with services.db.write() as s:
        s.execute(
            update(Member)
            .where(Member.id == member_id)
            .values(
                last_interaction_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC), activity_score=15
            )
        )
    tab = MembersTab(services)
    qtbot.addWidget(tab)
    tab.show()
    tab.select_member(member_id)
    return tab


def test_the_activity_cell_and_profile_explain_the_score(qtbot: QtBot, services: Services) -> None:
    tab = _tab_with_member(qtbot, services)
    tip = tab.model.index(0, Column.ACTIVITY).data(Qt.ItemDataRole.ToolTipRole)
    assert "10 points in the last 7 days" in tip
    assert "5 in the last 30 days and 2 in the last 90 days" in tip
    assert "Updated every hour" in tip
    assert "silent after 30 days" in tip and "churned after 90 days" in tip
    assert "Last interaction: 2026-11-30" in tip
    assert tab.model.index(0, Column.LIFECYCLE).data(Qt.ItemDataRole.ToolTipRole) == tip
    assert tab.profile.activity_value.toolTip() == tip


def test_the_explanation_is_in_chinese_in_the_chinese_ui(qtbot: QtBot, services: Services) -> None:
    app = QApplication.instance()
    assert app is not None
    tab = _tab_with_member(qtbot, services)
    try:
        install_translator(app, "zh_CN")
        tip = tab.model.index(0, Column.ACTIVITY).data(Qt.ItemDataRole.ToolTipRole)
        assert "最近互动：2026-11-30" in tip
        assert "每小时" in tip
    finally:
        install_translator(app, "en")
