"""Settings → Holidays…: a provisional year says so, an operator's correction is saved and
shown as theirs, and the holiday sending rule is changed from the same dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from desktop.domain.sending.holidays import HolidayPolicy
from desktop.ui.holidays_dialog import HolidaysDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.ui_settings import UiSettings


def _rows(dialog: HolidaysDialog) -> dict[str, tuple[str, str, str]]:
    t = dialog.table
    return {
        t.item(r, 0).text()[:10]: (t.item(r, 1).text(), t.item(r, 2).text(), t.item(r, 3).text())
        for r in range(t.rowCount())
    }


def test_a_provisional_year_a_correction_and_the_rule(qtbot, services, paths) -> None:
    settings = SettingsDialog(services.workspace, UiSettings(paths.ui_settings_file))
    qtbot.addWidget(settings)
    dialog = settings.open_holidays()
    dialog.year_spin.setMaximum(2031)
    dialog.year_spin.setValue(2031)
    qtbot.waitUntil(lambda: "2031-01-23" in _rows(dialog))
    assert "2031" in dialog.source_note.text() and "国务院" in dialog.source_note.text()
    name, kind, source = _rows(dialog)["2031-01-23"]
    assert "Spring Festival" in name or name == "春节"
    assert kind in ("Holiday", "假日")
    assert source in ("By rule, provisional", "按规则推算")

    dialog.date_edit.setDate(QDate(2031, 3, 12))
    dialog.kind_combo.setCurrentIndex(0)  # holiday
    dialog.name_edit.setText("店庆")
    dialog.set_button.click()
    qtbot.waitUntil(lambda: "2031-03-12" in _rows(dialog))
    assert _rows(dialog)["2031-03-12"][0] == "店庆"
    assert services.calendar.week(date(2031, 3, 12), ()).marks[date(2031, 3, 12)].name == "店庆"

    dialog.date_edit.setDate(QDate(2031, 1, 23))
    dialog.kind_combo.setCurrentIndex(2)  # ordinary day
    dialog.set_button.click()
    qtbot.waitUntil(lambda: "2031-01-23" not in _rows(dialog))

    dialog.policy_combo.setCurrentIndex(dialog.policy_combo.findData(HolidayPolicy.POSTPONE.value))
    qtbot.waitUntil(lambda: services.workspace.holidays.policy() == HolidayPolicy.POSTPONE)


def test_a_too_long_name_is_refused_with_a_message(qtbot, services) -> None:
    dialog = HolidaysDialog(services.workspace.holidays, date(2027, 1, 5))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("节" * 41)
    dialog.set_button.click()
    qtbot.waitUntil(lambda: "40" in dialog.message.text())
    assert services.workspace.holidays.overrides() == []
