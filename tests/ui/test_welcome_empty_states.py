"""Empty welcome lists and an empty funnel say what belongs there and how to add it."""

from __future__ import annotations

from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.templates.tab import TemplatesTab


def _tab(qtbot: QtBot, services: Services) -> TemplatesTab:
    tab = TemplatesTab(services)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: not tab.busy, timeout=5000)
    return tab


def test_no_journey_and_no_step_say_how_to_add_one(qtbot: QtBot, services: Services) -> None:
    tab = _tab(qtbot, services)
    assert tab.journey_hint.isVisible()
    assert "New journey" in tab.journey_hint.text()
    tab.journey_name.setText("Empty one")
    tab.new_journey_button.click()
    qtbot.waitUntil(lambda: not tab.busy and tab.current_journey_id() is not None, timeout=5000)
    qtbot.waitUntil(lambda: tab.step_hint.isVisible(), timeout=5000)
    assert not tab.journey_hint.isVisible()
    assert "Add step" in tab.step_hint.text()


def test_an_empty_funnel_says_so_and_counts_in_whole_members(
    qtbot: QtBot, services: Services
) -> None:
    tab = _tab(qtbot, services)
    tab.default_journey_button.click()
    qtbot.waitUntil(lambda: not tab.busy and tab.current_journey_id() is not None, timeout=5000)
    tab.right.setCurrentWidget(tab.funnel)
    tab.funnel.refresh()
    qtbot.waitUntil(lambda: not tab.funnel.busy, timeout=5000)
    assert tab.funnel.empty_note.isVisible()
    assert tab.funnel.empty_note.text().startswith("No data yet")
    (y,) = tab.funnel.chart.axes(Qt.Orientation.Vertical)
    assert isinstance(y, QValueAxis)
    assert (y.min(), y.max(), y.tickCount()) == (0, 1, 2)  # 0 and 1, not "1,0,0,0,0"
