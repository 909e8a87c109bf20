"""Members → Statistics…: opened from the Members tab on the demo workspace, switched to a
group and another period; the tables and the chart show what the service counts."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.enums import MessageDirection
from desktop.services.container import Services
from desktop.services.members.stats import MemberStats
from desktop.store.models import Conversation, Membership, Message
from desktop.ui.common.widgets import format_date
from desktop.ui.members.labels import lifecycle_label
from desktop.ui.members.stats_dialog import MemberStatsDialog
from desktop.ui.members.tab import MembersTab

# A fixed "now", so that the dialog's counts and the expected ones share their weeks.
NOW = datetime(2026, 3, 11, 4, 0, tzinfo=UTC)


@pytest.fixture
def lively(demo_services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    """The demo, plus leaves and half a year of DMs, so that every column has numbers."""
    monkeypatch.setattr(demo_services.member_stats, "_clock", lambda: NOW)
    rng = random.Random(5)
    with demo_services.db.write() as s:
        for m in s.scalars(select(Membership)):
            m.joined_at = NOW - timedelta(days=rng.uniform(0, 300))
            if rng.random() < 0.2:
                m.left_at = m.joined_at + (NOW - m.joined_at) * rng.random()
        conversations = list(s.scalars(select(Conversation.id)))
        for _ in range(600):
            s.add(
                Message(
                    conversation_id=rng.choice(conversations),
                    direction=MessageDirection.INBOUND,
                    sent_at=NOW - timedelta(days=rng.uniform(0, 190)),
                )
            )
    return demo_services


def open_dialog(qtbot: QtBot, services: Services) -> MemberStatsDialog:
    tab = MembersTab(services)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.stats_button, Qt.MouseButton.LeftButton)
    dialog = tab.member_actions.dialog
    assert isinstance(dialog, MemberStatsDialog) and dialog.isVisible()
    wait_for(qtbot, dialog, None, 12)
    return dialog


def wait_for(qtbot: QtBot, dialog: MemberStatsDialog, group_id: int | None, weeks: int) -> None:
    def ready() -> bool:
        st = dialog.stats
        return (
            not dialog.loading
            and st is not None
            and (st.group_id, st.period)
            == (
                group_id,
                weeks,
            )
        )

    qtbot.waitUntil(ready, timeout=10_000)


def column(dialog: MemberStatsDialog, table: str, c: int) -> list[str]:
    view = {"activity": dialog.activity, "lifecycle": dialog.lifecycle}[table]
    return [view.table.item(r, c).text() for r in range(view.table.rowCount())]


def expected_cohorts(stats: MemberStats, still_in: bool) -> list[list[str]]:
    rows = []
    for cohort in stats.cohorts:
        row = [format_date(cohort.week), str(cohort.size)]
        for cell in cohort.cells:
            count = cell.still_in if still_in else cell.active
            share = cell.still_in_share if still_in else cell.active_share
            if count is None:
                row.append("")
            elif share is None:
                row.append("–")
            else:
                row.append(f"{share * 100:.0f}%")
        rows.append(row)
    return rows


def check_tables(dialog: MemberStatsDialog, expected: MemberStats) -> None:
    assert dialog.stats == expected
    weeks = expected.weeks
    assert column(dialog, "activity", 1) == [str(w.joined) for w in weeks]
    assert column(dialog, "activity", 2) == [str(w.left) for w in weeks]
    assert column(dialog, "activity", 3) == [str(w.active) for w in weeks]
    assert column(dialog, "activity", 0)[-1].startswith(format_date(weeks[-1].week))
    drawn = dialog.activity.series_values()
    assert drawn["Joined"] == [w.joined for w in weeks]
    assert drawn["Left"] == [w.left for w in weeks]
    assert drawn["Active"] == [w.active for w in weeks]
    still = dialog.retention.measure.currentIndex() == dialog.retention.STILL_IN
    assert dialog.retention.texts() == expected_cohorts(expected, still_in=still)
    states = expected.lifecycle
    assert column(dialog, "lifecycle", 0)[:-1] == [lifecycle_label(c.state) for c in states]
    assert column(dialog, "lifecycle", 1) == [str(c.members) for c in states] + [
        str(sum(c.members for c in states))
    ]


def test_statistics_follow_the_chosen_group_and_period(qtbot: QtBot, lively: Services) -> None:
    service = lively.member_stats
    dialog = open_dialog(qtbot, lively)
    assert dialog.windowTitle() == "Member statistics"
    assert dialog.group.currentText() == "All groups"
    assert dialog.period.currentData() == 12
    whole = service.stats(12)
    check_tables(dialog, whole)
    assert sum(w.left for w in whole.weeks) > 0 and sum(w.active for w in whole.weeks) > 0
    assert column(dialog, "lifecycle", 1)[-1] == "500"  # every demo member, in some state

    group = lively.groups.list()[0]
    dialog.group.setCurrentIndex(dialog.group.findData(group.id))
    dialog.period.setCurrentIndex(dialog.period.findData(26))
    wait_for(qtbot, dialog, group.id, 26)
    one = service.stats(26, group.id)
    check_tables(dialog, one)
    assert len(one.weeks) == 26 and sum(w.joined for w in one.weeks) > 0
    # The group's lifecycle counts its current members only.
    assert column(dialog, "lifecycle", 1)[-1] == str(group.members)

    dialog.retention.measure.setCurrentIndex(dialog.retention.ACTIVE)
    check_tables(dialog, one)
    assert any(t.endswith("%") and t != "0%" for row in dialog.retention.texts() for t in row[2:])


def test_only_the_latest_choice_is_shown(qtbot: QtBot, lively: Services) -> None:
    dialog = open_dialog(qtbot, lively)
    shown: list[MemberStats] = []
    dialog.shown.connect(shown.append)
    group = lively.groups.list()[1]
    dialog.select(group.id, 8)  # two changes at once: two countings, one answer shown
    wait_for(qtbot, dialog, group.id, 8)
    qtbot.wait(50)
    assert [(s.group_id, s.period) for s in shown] == [(group.id, 8)]
    check_tables(dialog, lively.member_stats.stats(8, group.id))
    # Eight weeks can never fill "+8 weeks": that column is left out.
    header = dialog.retention.table.horizontalHeader()
    assert [header.isSectionHidden(c) for c in range(2, 6)] == [False, False, False, True]


def test_an_empty_workspace_shows_zeros(qtbot: QtBot, services: Services) -> None:
    dialog = open_dialog(qtbot, services)
    assert column(dialog, "activity", 1) == ["0"] * 12
    assert dialog.retention.texts()[0][2:] == ["–", "–", "–", "–"]
    assert column(dialog, "lifecycle", 1)[-1] == "0"
