"""The welcome templates tab: journeys, steps, a live preview and refused invalid templates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.welcome.templates import StepDraft
from desktop.ui.templates.tab import UNSAVED_MARK, TemplatesTab


@pytest.fixture
def tab(qtbot: QtBot, demo_services: Services) -> TemplatesTab:
    widget = TemplatesTab(demo_services)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    return widget


def settle(qtbot: QtBot, tab: TemplatesTab) -> None:
    """Wait until the tab's reads and writes (off the UI thread) have come back."""
    qtbot.waitUntil(lambda: not tab.busy, timeout=5000)


def _saved_step(services: Services, step_id: int) -> StepDraft:
    for journey in services.templates.journeys():
        for step in services.templates.steps(journey.id):
            if step.id == step_id:
                return step
    raise KeyError(step_id)


def _wave_ranges(tab: TemplatesTab, block_number: int = 0) -> list[tuple[int, int]]:
    block = tab.editor.body_edit.document().findBlockByNumber(block_number)
    return [
        (r.start, r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]


def test_lists_journeys_and_steps_from_the_database(
    qtbot: QtBot, tab: TemplatesTab, demo_services: Services
):
    journeys = demo_services.templates.journeys()
    assert tab.journey_list.count() == len(journeys) == 3
    first = tab.journey_list.item(0).text()
    assert journeys[0].name in first and journeys[0].group_names[0] in first
    steps = demo_services.templates.steps(journeys[0].id)
    assert tab.step_list.topLevelItemCount() == len(steps) == journeys[0].step_count
    assert [tab.step_list.topLevelItem(i).text(1) for i in range(len(steps))] == [
        s.title for s in steps
    ]
    assert tab.editor.title_edit.text() == steps[0].title
    assert tab.editor.body_edit.toPlainText() == steps[0].template

    tab.journey_list.setCurrentRow(1)
    settle(qtbot, tab)
    assert tab.step_list.topLevelItemCount() == journeys[1].step_count


def test_preview_follows_the_body_text_and_the_sample_member(
    qtbot: QtBot, tab: TemplatesTab, demo_services: Services
):
    editor = tab.editor
    editor.member_combo.setCurrentIndex(2)
    settle(qtbot, tab)
    member = editor.member_combo.currentText()
    assert member  # a real demo member's name
    group = demo_services.templates.sample_values(editor.member_combo.currentData())["group"]
    editor.body_edit.setPlainText("你好{name}，欢迎加入{group}！")
    assert editor.preview_text() == f"你好{member}，欢迎加入{group}！"

    editor.member_combo.setCurrentIndex(3)
    settle(qtbot, tab)
    other = editor.member_combo.currentText()
    assert f"你好{other}，" in editor.preview_text()

    editor.body_edit.setPlainText("{name}，本周话题见群公告")
    assert editor.preview_text() == f"{other}，本周话题见群公告"


def test_unknown_variable_is_underlined_named_and_refused(
    tab: TemplatesTab, demo_services: Services
):
    editor = tab.editor
    step_id = editor.step_id()
    assert step_id is not None
    before = _saved_step(demo_services, step_id)

    editor.body_edit.setPlainText("你好{nmae}，欢迎！")
    assert _wave_ranges(tab) == [(2, 6)]  # exactly "{nmae}"
    assert not editor.body_error.isHidden()
    assert "{nmae}" in editor.body_error.text()
    assert "line 1, column 3" in editor.body_error.text()

    assert not editor.save()  # refused at once, nothing sent to be written
    assert not editor.status.isHidden() and "Not saved" in editor.status.text()
    assert _saved_step(demo_services, step_id) == before  # nothing written


def test_underline_positions_survive_emoji_and_clear_when_fixed_elsewhere(tab: TemplatesTab):
    editor = tab.editor
    # An emoji is one character for Python but two UTF-16 units for Qt.
    editor.body_edit.setPlainText("🎉{nmae}")
    assert _wave_ranges(tab) == [(2, 6)]

    editor.body_edit.setPlainText("你好{name\n")
    assert _wave_ranges(tab, 0) == [(2, 1)]  # the unclosed "{"
    assert "line 1, column 3" in editor.body_error.text()
    cursor = editor.body_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("}")  # typed on line 2, fixes line 1
    assert _wave_ranges(tab, 0) == []
    assert editor.body_error.isHidden()


def test_subject_problems_are_named_and_refused(tab: TemplatesTab, demo_services: Services):
    editor = tab.editor
    step_id = editor.step_id()
    assert step_id is not None
    before = _saved_step(demo_services, step_id)
    editor.subject_edit.setText("欢迎 {brand} }")
    assert "column 12" in editor.subject_error.text()
    assert not editor.save()
    assert "subject" in editor.status.text()
    assert _saved_step(demo_services, step_id) == before


def test_valid_edit_saves(qtbot: QtBot, tab: TemplatesTab, demo_services: Services):
    editor = tab.editor
    step_id = editor.step_id()
    assert step_id is not None
    editor.title_edit.setText("欢迎与自我介绍")
    editor.body_edit.setPlainText("{name} 你好！欢迎来到 {group}。\n有问题请找 {operator}。")
    editor.delay_spin.setValue(30)
    assert tab.step_list.currentItem().text(1).startswith(UNSAVED_MARK)

    assert editor.save()
    settle(qtbot, tab)
    assert tab.current_step_id() == step_id
    saved = _saved_step(demo_services, step_id)
    assert saved.title == "欢迎与自我介绍"
    assert saved.template == "{name} 你好！欢迎来到 {group}。\n有问题请找 {operator}。"
    assert saved.delay_minutes == 30
    assert "Saved" in editor.status.text()
    assert tab.step_list.currentItem().text(1) == "欢迎与自我介绍"


def test_unsaved_edits_are_kept_when_switching_steps(
    qtbot: QtBot, tab: TemplatesTab, demo_services: Services
):
    first_id = tab.current_step_id()
    assert first_id is not None
    tab.editor.body_edit.setPlainText("还没保存的草稿 {name}")
    tab.step_list.setCurrentItem(tab.step_list.topLevelItem(1))
    assert tab.editor.body_edit.toPlainText() != "还没保存的草稿 {name}"
    tab.step_list.setCurrentItem(tab.step_list.topLevelItem(0))
    assert tab.editor.body_edit.toPlainText() == "还没保存的草稿 {name}"
    assert _saved_step(demo_services, first_id).template != "还没保存的草稿 {name}"

    tab.editor.revert_button.click()
    settle(qtbot, tab)
    assert tab.editor.body_edit.toPlainText() == _saved_step(demo_services, first_id).template


def test_clicking_a_variable_inserts_it_at_the_cursor(qtbot: QtBot, tab: TemplatesTab):
    editor = tab.editor
    editor.body_edit.setPlainText("你好，欢迎！")
    cursor = editor.body_edit.textCursor()
    cursor.setPosition(2)
    editor.body_edit.setTextCursor(cursor)
    item = editor.variables.findItems("{name}", Qt.MatchFlag.MatchExactly)[0]
    rect = editor.variables.visualItemRect(item)
    qtbot.mouseClick(editor.variables.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.body_edit.toPlainText() == "你好{name}，欢迎！"


def test_new_journey_and_add_step(qtbot: QtBot, tab: TemplatesTab, demo_services: Services):
    tab.journey_name.setText("")
    tab.new_journey_button.click()
    assert not tab.journey_error.isHidden()
    settle(qtbot, tab)
    assert len(demo_services.templates.journeys()) == 3

    tab.journey_name.setText("老会员回归")
    tab.new_journey_button.click()
    settle(qtbot, tab)
    assert tab.journey_name.text() == ""
    journeys = demo_services.templates.journeys()
    assert [j.name for j in journeys][-1] == "老会员回归"
    assert tab.current_journey_id() == journeys[-1].id
    assert tab.step_list.topLevelItemCount() == 0

    tab.add_step()
    settle(qtbot, tab)
    step_id = tab.current_step_id()
    assert step_id is not None
    [step] = demo_services.templates.steps(journeys[-1].id)
    assert step.id == step_id and not step.enabled  # off until the operator finishes it
    assert tab.current_step_id() == step_id
    assert tab.editor.isEnabled()
    tab.add_step()
    settle(qtbot, tab)
    second = tab.current_step_id()
    assert second != step_id
    assert [s.id for s in demo_services.templates.steps(journeys[-1].id)] == [step_id, second]
    assert "2" in tab.journey_list.currentItem().text()


def test_empty_workspace_and_language_change(qtbot: QtBot, services: Services):
    tab = TemplatesTab(services)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    assert tab.journey_list.count() == 0
    assert not tab.editor.isEnabled() and not tab.add_step_button.isEnabled()
    QApplication.sendEvent(tab, QEvent(QEvent.Type.LanguageChange))
    assert tab.editor.channel_combo.itemText(0) == "Email"
    assert tab.new_journey_button.text() == "New journey"


def test_step_delays_are_written_out_in_both_languages(qapp: QApplication) -> None:
    from desktop.domain.enums import DelayAnchor
    from desktop.ui.i18n import install_translator
    from desktop.ui.templates.labels import delay_text, duration_text

    install_translator(qapp, "en")  # English plurals come from shequn_en, as in the app
    assert [duration_text(m) for m in (1440, 2880, 60, 120, 30, 1)] == [
        "1 day",
        "2 days",
        "1 hour",
        "2 hours",
        "30 min",
        "1 min",
    ]
    try:
        install_translator(qapp, "zh_CN")
        assert [duration_text(m) for m in (1440, 120, 30)] == ["1 天", "2 小时", "30 分钟"]
        assert "1 天" in delay_text(1440, DelayAnchor.JOIN)
    finally:
        install_translator(qapp, "en")


def test_the_step_editor_reads_its_delay_in_words(tab: TemplatesTab, qapp: QApplication) -> None:
    from desktop.ui.i18n import install_translator

    install_translator(qapp, "en")
    tab.editor.delay_spin.setValue(2880)
    assert tab.editor.delay_words.text() == "2 days"
    tab.editor.delay_spin.setValue(90)
    assert tab.editor.delay_words.text() == "90 min"
