"""Members in depth, through the widgets: the import dialog, export, sorting."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.members.csv_rows import ImportField
from desktop.services.container import Services
from desktop.services.groups.service import GroupDraft
from desktop.services.members.import_read import read_table
from desktop.services.members.service import MemberDraft
from desktop.ui.members.automation_dialog import AutomationDialog
from desktop.ui.members.center_dialog import PersonalCenterDialog
from desktop.ui.members.model import Column
from desktop.ui.members.tab import MembersTab


def make_tab(qtbot: QtBot, services: Services) -> MembersTab:
    tab = MembersTab(services)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def write_gbk(path: Path, n: int = 40) -> Path:
    with path.open("w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["昵称", "电子邮箱", "生日", "所在群", "备注"])
        for i in range(n):
            email = "坏邮箱" if i == 3 else f"imp{i}@example.com"
            group = "没有这个群" if i == 5 else "拾光·导入群"
            w.writerow([f"导入会员{i:02}", email, "1995-01-02", group, ""])
    return path


def test_import_dialog_maps_previews_saves_bad_rows_and_imports(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    services.groups.save(GroupDraft(name="拾光·导入群"))
    tab = make_tab(qtbot, services)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    dialog = tab.member_actions.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.load_file(write_gbk(tmp_path / "excel.csv"))
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert "gb18030" in dialog.file_label.text()
    assert dialog.current_mapping() == [
        ImportField.NAME,
        ImportField.EMAIL,
        ImportField.BIRTHDAY,
        ImportField.GROUP,
        ImportField.NOTES,
    ]
    assert "38 new" in dialog.summary.text() and "2 refused" in dialog.summary.text()
    assert dialog.preview.item(3, 1).text() == "Refused"
    assert "坏邮箱" in dialog.preview.item(3, 2).text()
    # Changing the mapping makes the preview stale until it is checked again.
    dialog.set_field(4, None)
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    report = tmp_path / "bad.csv"
    assert dialog.save_bad_rows(report) == 2
    assert len(read_table(report).rows) == 2
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].imported == 38
    assert "Imported 38" in dialog.summary.text()
    # The table behind the dialog shows the new members.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 38)
    dialog.reject()


def test_export_what_the_table_shows(qtbot: QtBot, demo_services: Services, tmp_path: Path) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.search_edit.setText("咖啡")
    tab.apply_search()
    shown = tab.model.rowCount()
    assert shown > 0
    tab.export_to(tmp_path / "coffee.xlsx")
    # The result arrives as a signal from the worker: wait for what the user sees.
    qtbot.waitUntil(lambda: "exported" in tab.status_label.text(), timeout=10_000)
    table = read_table(tmp_path / "coffee.xlsx")
    assert len(table.rows) >= shown
    assert tab.status_label.text().startswith(f"{len(table.rows)} members exported")


def test_sort_by_activity_from_the_header(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    tab.table.horizontalHeader().setSortIndicator(Column.ACTIVITY, Qt.SortOrder.DescendingOrder)
    scores = [tab.model.member_at(r).activity_score for r in range(tab.model.rowCount())]
    assert scores == sorted(scores, reverse=True) and len(scores) == 200
    tab.model.fetchMore()
    more = [tab.model.member_at(r).activity_score for r in range(tab.model.rowCount())]
    assert more == sorted(more, reverse=True) and len(
        set(tab.model.member_at(r).id for r in range(len(more)))
    ) == len(more)


def test_segment_filter_from_the_dialog_and_saved_segment(qtbot: QtBot, services: Services) -> None:
    for i in range(6):
        services.members.save(MemberDraft(name=f"会员{i}", tags=["咖啡"] if i % 2 else ["茶"]))
    tab = make_tab(qtbot, services)
    assert tab.model.rowCount() == 6
    dialog = tab.segments.open_dialog()
    dialog.tags_edit.setText("咖啡")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 3
    assert "3 members" in dialog.count_label.text()
    dialog.name_edit.setText("咖啡爱好者")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.segments.combo.currentText() == "咖啡爱好者"
    # Back to everyone, then the saved segment from the picker.
    tab.segments.combo.activated.emit(0)
    assert tab.model.rowCount() == 6
    index = tab.segments.combo.findText("咖啡爱好者")
    tab.segments.combo.setCurrentIndex(index)
    tab.segments.combo.activated.emit(index)
    assert tab.model.rowCount() == 3


def test_personal_center_consent_prefs_and_erase(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    gid = services.groups.save(GroupDraft(name="拾光群", red_lines="禁止广告"))
    mid = services.members.save(
        MemberDraft(name="欧阳娜娜", email="nana@example.com", phone="13912345678")
    )
    services.group_ops.add_member(gid, mid)
    services.moderation.record(gid, mid, "禁止广告")
    tab = make_tab(qtbot, services)
    assert tab.select_member(mid)
    qtbot.mouseClick(tab.center_button, Qt.MouseButton.LeftButton)
    center = tab.member_actions.dialog
    assert isinstance(center, PersonalCenterDialog) and center.isVisible()
    assert "欧阳娜娜" in center.header.text()
    assert center.groups.item(0, 0).text() == "拾光群"
    assert center.strikes.rowCount() == 1 and center.strikes.item(0, 2).text() == "禁止广告"
    kinds = {center.timeline.item(r, 1).text() for r in range(center.timeline.rowCount())}
    assert {"Joined a group", "Moderation"} <= kinds  # translated, never raw values
    # Consent: only by recording a new event, with where it came from.
    assert not center.record_consent()  # no source
    center.consent_source.setText("线下活动报名表")
    assert center.record_consent()
    assert center.consent_history.rowCount() == 1
    assert center.consent_history.item(0, 3).text() == "线下活动报名表"
    # Preferences with local quiet hours.
    center.quiet_start.setText("22:00")
    center.quiet_end.setText("")
    assert not center.save_prefs()
    center.quiet_end.setText("07:30")
    center.tz_edit.setText("Asia/Tokyo")
    assert center.save_prefs()
    assert services.member_center.prefs(mid).quiet_end == "07:30"
    center.export_to(tmp_path)
    assert (tmp_path / f"member-{mid}.json").exists()
    # Erase: the button waits for the name typed in full.
    erase = center.open_erase()
    assert not erase.erase_button.isEnabled()
    erase.name_edit.setText("欧阳")
    assert not erase.erase_button.isEnabled()
    erase.name_edit.setText("欧阳娜娜")
    assert erase.erase_button.isEnabled()
    qtbot.mouseClick(erase.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not center.isVisible(), timeout=10_000)
    assert services.members.row(mid) is None
    assert tab.model.row_of(mid) < 0


def test_rules_dialog_lifecycle_and_greeting(qtbot: QtBot, services: Services) -> None:
    services.members.save(MemberDraft(name="寿星", email="s@example.com", birthday=date.today()))
    tab = make_tab(qtbot, services)
    qtbot.mouseClick(tab.rules_button, Qt.MouseButton.LeftButton)
    dialog = tab.member_actions.dialog
    assert isinstance(dialog, AutomationDialog)
    dialog.silent_spin.setValue(20)
    dialog.churned_spin.setValue(10)
    assert dialog.apply_lifecycle() is None  # churn before silence is refused
    dialog.churned_spin.setValue(60)
    assert dialog.apply_lifecycle() == 0
    assert services.policy.get().lifecycle.silent_after_days == 20
    dialog.g_name.setText("生日祝福")
    dialog.g_template.setPlainText("{name}，生日快乐！")
    assert dialog.save_greeting() is not None
    assert dialog.rules.count() == 1
    assert dialog.queue_greetings() == 1
