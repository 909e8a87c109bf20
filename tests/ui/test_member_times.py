"""Times in the members tab and the personal center are the workspace's, not the computer's:
a join at 22:43 in Shanghai reads 22:43 on a laptop set to New York."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from desktop.domain.members.lifecycle import LifecycleRules
from desktop.services.container import Services
from desktop.services.groups import GroupDraft
from desktop.services.members import MemberDraft
from desktop.store.models import Membership
from desktop.ui.members.center_dialog import PersonalCenterDialog
from desktop.ui.members.labels import activity_explanation

AT = datetime(2026, 1, 5, 14, 43, tzinfo=UTC)  # 22:43 on 5 January in Asia/Shanghai
LATE = datetime(2026, 1, 5, 17, 30, tzinfo=UTC)  # 01:30 on 6 January in Shanghai


def test_the_personal_center_shows_the_workspace_time(
    qtbot: QtBot, services: Services, new_york: None
) -> None:
    group_id = services.groups.save(GroupDraft(name="拾光·北京01"))
    member_id = services.members.save(MemberDraft(name="Lin"))
    with services.db.write() as s:
        s.add(Membership(group_id=group_id, member_id=member_id, joined_at=AT))
    dialog = PersonalCenterDialog(services, member_id)
    qtbot.addWidget(dialog)
    cells = [
        dialog.timeline.item(r, 0).text()  # type: ignore[union-attr]
        for r in range(dialog.timeline.rowCount())
    ]
    assert "2026-01-05 22:43" in cells
    assert not any("09:43" in c or "14:43" in c for c in cells)


def test_the_last_interaction_date_is_the_workspace_day(new_york: None) -> None:
    text = activity_explanation(10, LATE, LifecycleRules(), "Asia/Shanghai")
    assert "2026-01-06" in text  # already the 6th in Shanghai, still the 5th in New York
