"""The Groups tab, driven through its widgets on a real temporary workspace."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from desktop.domain.enums import GroupType, Platform
from desktop.services.container import Services
from desktop.services.workspace.demo import remove_demo
from desktop.ui.groups.model import ID_ROLE, Column
from desktop.ui.groups.tab import GroupsTab


def make_tab(qtbot: QtBot, services: Services) -> GroupsTab:
    tab = GroupsTab(services)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def listed_names(tab: GroupsTab) -> list[str]:
    return [tab.proxy.index(r, Column.NAME).data() for r in range(tab.proxy.rowCount())]


def selected_name(tab: GroupsTab) -> str:
    rows = tab.table.selectionModel().selectedRows(Column.NAME)
    assert len(rows) == 1
    return rows[0].data()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_type(tab: GroupsTab, group_type: GroupType) -> None:
    combo = tab.form.type_combo
    combo.setCurrentIndex(combo.findData(str(group_type)))


def test_list_shows_demo_groups_with_capacity_state(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    assert tab.proxy.rowCount() == len(demo_services.groups.list()) == 8
    row = next(r for r in range(tab.proxy.rowCount()) if listed_names(tab)[r] == "拾光会员福利群")
    assert tab.proxy.index(row, Column.MEMBERS).data() == "212"
    assert tab.proxy.index(row, Column.PLATFORM).data() == "WeChat"  # mapped, not "wechat"
    assert "200" in tab.proxy.index(row, Column.CAPACITY).data()
    # Selecting it shows the G4 advice in the form.
    tab.select_group(tab.proxy.index(row, 0).data(ID_ROLE))
    assert tab.form.members_value.text() == "212"
    assert not tab.form.capacity_message.isHidden()
    assert "sibling" in tab.form.capacity_message.text()
    # A cap of 150 for this 212-member group makes it full.
    tab.form.capacity_spin.setValue(150)
    assert "cap of 150" in tab.form.capacity_message.text()


def test_create_group_through_form(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    click(qtbot, tab.new_button)
    assert tab.current_group_id() is None
    assert tab.form.title.text() == "New group"
    assert not tab.form.save_button.isEnabled()
    tab.form.name_edit.setText("拾光·杭州01")
    tab.form.audience_edit.setText("杭州门店会员")
    tab.form.purpose_combo.setCurrentText("客户维护")
    assert tab.form.name_counter.text() == "7/12"
    assert tab.form.save_button.isEnabled()
    with qtbot.waitSignal(tab.group_saved) as saved:
        click(qtbot, tab.form.save_button)

    assert "拾光·杭州01" in listed_names(tab)
    assert selected_name(tab) == "拾光·杭州01"
    assert tab.current_group_id() == saved.args[0]
    stored = demo_services.groups.get(saved.args[0])
    assert stored.name == "拾光·杭州01"
    assert stored.audience == "杭州门店会员"
    assert stored.purpose == "客户维护"
    assert stored.group_type == GroupType.LONG_TERM
    assert [g.name for g in demo_services.groups.list()].count("拾光·杭州01") == 1


def test_typed_name_is_validated_live(qtbot: QtBot, services: Services) -> None:
    settings = services.workspace.settings()
    services.workspace.update(
        name=settings.name, brand_keyword="Brew", timezone=settings.timezone, slots=settings.slots
    )
    tab = make_tab(qtbot, services)
    assert tab.current_group_id() is None  # empty workspace: the form starts on a new group
    qtbot.keyClicks(tab.form.name_edit, "Tea 01")
    assert "Brew" in tab.form.name_message.text()
    assert not tab.form.save_button.isEnabled()
    tab.form.name_edit.clear()
    qtbot.keyClicks(tab.form.name_edit, "Brew 01")
    assert tab.form.name_message.isHidden()
    assert tab.form.name_counter.text() == "7/12"
    click(qtbot, tab.form.save_button)
    assert [g.name for g in services.groups.list()] == ["Brew 01"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("北京03群", "拾光"),  # brand keyword missing
        ("拾光·北京一二三四五六七八", "13"),  # 13 characters as users see them
    ],
)
def test_invalid_name_shows_error_and_saves_nothing(
    qtbot: QtBot, demo_services: Services, name: str, expected: str
) -> None:
    tab = make_tab(qtbot, demo_services)
    before = demo_services.groups.list(include_archived=True)
    click(qtbot, tab.new_button)
    tab.form.name_edit.setText(name)

    assert not tab.form.name_message.isHidden()
    assert expected in tab.form.name_message.text()
    assert not tab.form.save_button.isEnabled()
    click(qtbot, tab.form.save_button)  # disabled: nothing happens
    assert tab.save() is None  # and the refusal path writes nothing either
    assert not tab.form.form_message.isHidden()
    assert demo_services.groups.list(include_archived=True) == before
    assert name not in listed_names(tab)


def test_thirteen_characters_counter(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    click(qtbot, tab.new_button)
    tab.form.name_edit.setText("拾光·北京一二三四五六七八")
    assert tab.form.name_counter.text() == "13/12"
    tab.form.name_edit.setText("拾光·北京一二三四五六七")
    assert tab.form.name_counter.text() == "12/12"
    assert tab.form.save_button.isEnabled()


def test_counter_counts_zwj_emoji_and_flags_as_one(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    click(qtbot, tab.new_button)
    family = "👨\u200d👩\u200d👧"
    tab.form.name_edit.setText(f"拾光{family}")
    assert tab.form.name_counter.text() == "3/12"
    tab.form.name_edit.setText(f"拾光{family}🇨🇳")
    assert tab.form.name_counter.text() == "4/12"
    assert tab.form.name_message.isHidden()
    # A third emoji is a warning, not an error: saving stays possible.
    tab.form.name_edit.setText(f"拾光{family}🇨🇳☕")
    assert "3 emoji" in tab.form.name_message.text()
    assert tab.form.save_button.isEnabled()


def test_campaign_needs_end_date(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    before = len(demo_services.groups.list(include_archived=True))
    click(qtbot, tab.new_button)
    assert not tab.form.end_date.isEnabled()
    tab.form.name_edit.setText("拾光圣诞快闪群")
    set_type(tab, GroupType.CAMPAIGN)
    assert tab.form.end_date.isEnabled()
    assert tab.form.end_date.value() is None
    assert not tab.form.end_message.isHidden()
    assert not tab.form.save_button.isEnabled()
    assert tab.save() is None
    assert len(demo_services.groups.list(include_archived=True)) == before

    end = date.today() + timedelta(days=10)
    tab.form.end_date.set_value(end)
    assert tab.form.end_message.isHidden()
    assert tab.form.save_button.isEnabled()
    group_id = tab.save()
    assert group_id is not None
    stored = demo_services.groups.get(group_id)
    assert (stored.group_type, stored.campaign_end) == (GroupType.CAMPAIGN, end)


def test_edit_existing_group_and_revert(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    group_id = tab.current_group_id()
    assert group_id is not None
    assert not tab.form.save_button.isEnabled()  # nothing changed yet
    tab.form.name_edit.setText("拾光·深圳01")
    platform = tab.form.platform_combo
    platform.setCurrentIndex(platform.findData(str(Platform.WECOM)))
    tab.form.rules_edit.setPlainText("不发广告")
    click(qtbot, tab.form.save_button)
    assert selected_name(tab) == "拾光·深圳01"
    stored = demo_services.groups.get(group_id)
    assert (stored.name, stored.platform, stored.rules) == (
        "拾光·深圳01",
        Platform.WECOM,
        "不发广告",
    )

    tab.form.name_edit.setText("拾光·深圳02")
    click(qtbot, tab.form.revert_button)
    assert tab.form.name_edit.text() == "拾光·深圳01"
    assert demo_services.groups.get(group_id).name == "拾光·深圳01"


def test_archive_and_show_archived(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    name = selected_name(tab)
    click(qtbot, tab.form.archive_button)
    assert name not in listed_names(tab)
    assert tab.proxy.rowCount() == 7
    tab.show_archived.setChecked(True)
    assert tab.proxy.rowCount() == 8
    assert f"{name} (archived)" in listed_names(tab)
    assert sum(g.archived for g in demo_services.groups.list(include_archived=True)) == 1


def test_refresh_after_the_demo_is_removed(qtbot: QtBot, demo_services: Services) -> None:
    tab = make_tab(qtbot, demo_services)
    assert tab.current_group_id() is not None
    remove_demo(demo_services.db)
    tab.refresh()
    assert tab.proxy.rowCount() == 0
    assert tab.current_group_id() is None
    assert tab.form.title.text() == "New group"
    assert tab.form.name_edit.text() == ""


def test_no_groups_says_how_to_add_one(qtbot: QtBot, services: Services) -> None:
    tab = GroupsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.empty_hint.isVisible(), timeout=5000)
    assert "New group" in tab.empty_hint.text()
