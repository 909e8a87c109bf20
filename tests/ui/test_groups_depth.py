"""Groups in depth, through the widgets: series, splitting a full group, staffing and
moderation, SOP ticks, retrospective, the campaign archive reminder."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.domain.enums import GroupType, Role
from desktop.domain.groups.moderation import ModAction
from desktop.services.container import Services
from desktop.services.groups import GroupDraft
from desktop.services.members.service import MemberDraft
from desktop.store.models import WorkspaceSettings
from desktop.ui.groups.model import Column
from desktop.ui.groups.ops_dialog import GroupOpsDialog
from desktop.ui.groups.series_dialog import SeriesDialog
from desktop.ui.groups.split_dialog import SplitDialog
from desktop.ui.groups.tab import GroupsTab


def make_tab(qtbot: QtBot, services: Services) -> GroupsTab:
    tab = GroupsTab(services)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def listed(tab: GroupsTab) -> list[str]:
    return [tab.proxy.index(r, Column.NAME).data() for r in range(tab.proxy.rowCount())]


def set_keyword(services: Services, keyword: str) -> None:
    with services.db.write() as s:
        row = s.get(WorkspaceSettings, 1)
        assert row is not None
        row.brand_keyword = keyword


def group_with_members(
    services: Services, name: str, n: int, **kw: object
) -> tuple[int, list[int]]:
    gid = services.groups.save(GroupDraft(name=name, **kw))  # type: ignore[arg-type]
    ids = []
    for i in range(n):
        mid = services.members.save(MemberDraft(name=f"{name}成员{i}"))
        services.group_ops.add_member(gid, mid)
        ids.append(mid)
    return gid, ids


def test_series_dialog_validates_every_name_and_creates_all(
    qtbot: QtBot, services: Services
) -> None:
    set_keyword(services, "拾光")
    tab = make_tab(qtbot, services)
    qtbot.mouseClick(tab.series_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, SeriesDialog) and dialog.isVisible()
    dialog.pattern_edit.setText("拾光·北京 {n:02}")
    dialog.first_spin.setValue(1)
    dialog.last_spin.setValue(10)
    assert dialog.names.count() == 10
    assert dialog.names.item(9).text() == "拾光·北京 10"
    assert dialog.create_button.isEnabled() and "10" in dialog.create_button.text()
    # A name that is too long blocks the whole series.
    dialog.pattern_edit.setText("拾光咖啡爱好者俱乐部·北京 {n:02}")
    assert not dialog.create_button.isEnabled()
    assert "12" in dialog.names.item(0).text()
    dialog.pattern_edit.setText("拾光·北京 {n:02}")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert listed(tab) == [f"拾光·北京 {i:02}" for i in range(1, 11)]
    # The same series again: every name is taken, nothing can be created.
    dialog2 = tab.open_series()
    dialog2.pattern_edit.setText("拾光·北京 {n:02}")
    assert not dialog2.create_button.isEnabled()
    assert "already used" in dialog2.names.item(0).text()
    dialog2.locations_edit.setText("上海, 广州")
    dialog2.pattern_edit.setText("拾光·{loc}")
    assert dialog2.create_button.isEnabled()
    dialog2.create_series()
    assert {"拾光·上海", "拾光·广州"} <= set(listed(tab))


def test_split_full_group_into_sub_community_and_move_members(
    qtbot: QtBot, services: Services
) -> None:
    gid, members = group_with_members(services, "拾光福利群", 6, capacity_override=6)
    tab = make_tab(qtbot, services)
    tab.select_group(gid)
    assert "cap of 6" in tab.form.capacity_message.text()
    qtbot.mouseClick(tab.split_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, SplitDialog)
    # No series pattern: the sub-community is offered, with a name from the parent's.
    assert dialog.sub_community and not dialog.sibling_radio.isEnabled()
    assert dialog.name_edit.text() == "拾光福利群·亚"
    assert dialog.members.count() == 6
    dialog.check_members(members[:3])
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    child = tab.current_group_id()
    assert child is not None and child != gid
    assert tab.form.members_value.text() == "3"
    assert services.groups.row(gid).members == 3  # type: ignore[union-attr]
    staff = services.group_ops.staffing(child)
    assert sorted(r.member_id for r in staff.rows) == members[:3]


def test_operations_dialog_staffing_moderation_sop_and_retro(
    qtbot: QtBot, services: Services
) -> None:
    gid, members = group_with_members(
        services,
        "拾光快闪群",
        3,
        group_type=GroupType.CAMPAIGN,
        campaign_end=date.today() + timedelta(days=3),
        red_lines="禁止广告\n禁止刷屏",
    )
    tab = make_tab(qtbot, services)
    tab.select_group(gid)
    qtbot.mouseClick(tab.ops_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, GroupOpsDialog)
    panel = dialog.staffing
    assert "owner or admin" in panel.warnings.text() and "气氛组" in panel.warnings.text()
    # Make the first member admin through the role selector in the table.
    combo = panel.table.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    first = int(panel.table.item(0, 0).data(Qt.ItemDataRole.UserRole + 1))
    combo.setCurrentIndex(combo.findData(str(Role.ADMIN)))
    assert "owner or admin" not in panel.warnings.text()
    assert services.group_ops.staffing(gid).counts[Role.ADMIN] == 1
    # Moderation: select a member, pick a red line, climb the ladder.
    other = next(m for m in members if m != first)
    assert panel.select_member(other)
    assert panel.rule_combo.count() == 2
    assert "Warn" in panel.next_button.text()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert "Mute" in panel.next_button.text()
    assert panel.strikes.rowCount() == 1 and panel.strikes.item(0, 2).text() == "禁止广告"
    panel.rule_combo.setCurrentText("禁止刷屏")
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    strikes = services.moderation.strikes(other)
    assert [s.action for s in strikes] == [ModAction.WARN, ModAction.MUTE]
    assert strikes[1].until is not None
    # SOP: tick the first flash-group step.
    sop = dialog.sop
    flash = sop.tree.topLevelItem(1)
    assert flash.text(0).startswith("快闪群 SOP")
    flash.child(0).setCheckState(0, Qt.CheckState.Checked)
    assert services.sop.checklists(gid)[1].progress == (1, 8)
    assert sop.tree.topLevelItem(1).child(0).text(1) != ""
    # Retrospective with the figures filled in.
    retro = dialog.retro
    assert "joined 3" in retro.figures.text()
    assert retro.save() is None  # goal and result are required
    retro.goal.setPlainText("拉新 50 人")
    retro.result.setPlainText("拉新 3 人")
    assert retro.save() is not None
    assert retro.history.count() == 1
    assert services.sop.retros(gid)[0].figures["joined"] == 3


def test_reminder_bar_archives_ended_campaigns(qtbot: QtBot, services: Services) -> None:
    _gid, members = group_with_members(
        services,
        "拾光旧活动群",
        2,
        group_type=GroupType.CAMPAIGN,
        campaign_end=date.today() - timedelta(days=4),
    )
    services.groups.save(GroupDraft(name="拾光长期群"))
    tab = make_tab(qtbot, services)
    assert not tab.reminders.isHidden()
    assert "拾光旧活动群" in tab.reminders.label.text()
    qtbot.mouseClick(tab.reminders.archive_button, Qt.MouseButton.LeftButton)
    assert tab.reminders.isHidden()
    assert listed(tab) == ["拾光长期群"]
    assert "活动:拾光旧活动群" in services.members.profile(members[0]).draft.tags
    tab.show_archived.setChecked(True)
    assert "拾光旧活动群 (archived)" in listed(tab)


def test_policy_dialog_turns_on_automatic_archiving_and_sets_the_ladder(
    qtbot: QtBot, services: Services
) -> None:
    group_with_members(
        services,
        "拾光旧快闪群",
        1,
        group_type=GroupType.CAMPAIGN,
        campaign_end=date.today() - timedelta(days=10),
    )
    tab = make_tab(qtbot, services)
    assert listed(tab) == ["拾光旧快闪群"]  # policy off: reminded, not archived
    assert "10" not in tab.reminders.label.text() and "3 or more" in tab.reminders.label.text()
    dialog = tab.open_policy()
    dialog.auto_archive.setChecked(True)
    dialog.ladder.setCurrentIndex(2)  # warn → remove
    dialog.mute_hours.setValue(48)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert listed(tab) == [] and tab.reminders.isHidden()
    policy = services.policy.get()
    assert policy.auto_archive and policy.ladder == (ModAction.WARN, ModAction.REMOVE)
    assert policy.mute_hours == 48


def test_announcement_attachments_and_preview(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    gid = services.groups.save(
        GroupDraft(name="拾光群", announcement="群规：禁止广告", welcome_message="欢迎加入拾光！")
    )
    poster = tmp_path / "海报.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(0xFF8800)
    image.save(str(poster))
    tab = make_tab(qtbot, services)
    tab.select_group(gid)
    dialog = tab.open_ops()
    assert isinstance(dialog, GroupOpsDialog)
    panel = dialog.announcement
    panel.uri.setText("not a link")
    panel.kind.setCurrentIndex(panel.kind.findData("link"))
    assert not panel.add()
    assert "http" in panel.message.text()
    panel.uri.setText("https://example.com/活动")
    panel.caption.setText("报名")
    assert panel.add()
    panel.kind.setCurrentIndex(panel.kind.findData("poster"))
    panel.uri.setText(str(poster))
    assert panel.add()
    assert panel.list.count() == 2
    html = panel.preview_html()
    assert "欢迎加入拾光！" in html and "报名" in html and "<img" in html
    assert "群规：禁止广告" in panel.preview.toPlainText()
    # Stored: a new dialog shows them again.
    again = GroupOpsDialog(services, gid)
    qtbot.addWidget(again)
    assert again.announcement.list.count() == 2
    again.announcement.list.setCurrentRow(0)
    again.announcement.remove_selected()
    assert [a.kind for a in services.groups.attachments(gid)] == ["poster"]
