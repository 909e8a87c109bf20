"""Step variants in the welcome templates tab: per-channel and A/B versions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.enums import StepChannel
from desktop.services.container import Services
from desktop.ui.templates.tab import TemplatesTab
from desktop.ui.templates.variant_editor import VariantDialog


def _open(qtbot: QtBot, services: Services) -> tuple[TemplatesTab, VariantDialog, int]:
    tab = TemplatesTab(services)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    qtbot.waitExposed(tab)
    tab.default_journey_button.click()
    qtbot.waitUntil(lambda: not tab.busy, timeout=5000)
    step_id = tab.current_step_id()
    assert step_id is not None
    assert tab.editor.variants_button.isEnabled()
    qtbot.mouseClick(tab.editor.variants_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(VariantDialog)
    assert dialog is not None and dialog.isVisible()
    settle(qtbot, dialog)
    return tab, dialog, step_id


def settle(qtbot: QtBot, dialog: VariantDialog) -> None:
    """Wait until the dialog's reads and writes (off the UI thread) have come back."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def test_add_edit_and_delete_an_ab_variant(qtbot: QtBot, services: Services) -> None:
    _tab, dialog, step_id = _open(qtbot, services)
    assert dialog.variant_ids() == []
    dialog.new_button.click()
    dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("B"))
    dialog.subject_edit.setText("欢迎 {name}")
    dialog.body_edit.setPlainText("{name}，欢迎加入 {group}！这是 B 版本。")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.status.text() == "Saved."
    rows = services.journeys.variants(step_id)
    assert [(r.label, r.channel, r.subject) for r in rows] == [
        ("B", StepChannel.EMAIL, "欢迎 {name}")
    ]
    assert dialog.variant_ids() == [rows[0].id]
    assert "B" in dialog.variant_list.item(0).text()

    # a per-channel version for the group, then an edit of the first one
    dialog.new_button.click()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(StepChannel.GROUP.value))
    dialog.body_edit.setPlainText("欢迎 {name} 来到群里！")
    dialog.save()
    settle(qtbot, dialog)
    assert [r.channel for r in services.journeys.variants(step_id)] == [
        StepChannel.EMAIL,
        StepChannel.GROUP,
    ]
    dialog.variant_list.setCurrentRow(0)
    dialog.body_edit.setPlainText("{name}，B 版本改过了。")
    dialog.save()
    settle(qtbot, dialog)
    assert services.journeys.variants(step_id)[0].template == "{name}，B 版本改过了。"

    dialog.variant_list.setCurrentRow(1)
    dialog.delete_button.click()
    settle(qtbot, dialog)
    assert dialog.status.text() == "Deleted."
    assert [r.label for r in services.journeys.variants(step_id)] == ["B"]
    assert dialog.variant_list.count() == 1


def test_unknown_variable_is_refused_with_its_position(qtbot: QtBot, services: Services) -> None:
    _tab, dialog, step_id = _open(qtbot, services)
    dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("A"))
    dialog.body_edit.setPlainText("你好 {nmae}")
    # checked as you type, with line and column
    assert dialog.body_error.isVisibleTo(dialog)
    assert "nmae" in dialog.body_error.text() and "column 4" in dialog.body_error.text()
    dialog.save()
    settle(qtbot, dialog)
    assert services.journeys.variants(step_id) == []
    assert "nmae" in dialog.status.text() and "column 4" in dialog.status.text()
    assert "Not saved" in dialog.status.text()
