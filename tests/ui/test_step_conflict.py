"""The step editor meets a teammate's newer save of the same step (issue 18, part 4).

Both changed the message: the compare dialog opens, the message is highlighted and waits
for a choice, the teammate's other change is preset to theirs, and values read as the rest
of the UI shows them. Only the teammate changed other fields: saved with no dialog, and the
editor says what it kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.domain.enums import StepChannel
from desktop.services.container import Services
from desktop.services.welcome.templates import StepDraft, TemplateService
from desktop.ui.compare_dialog import MINE, THEIRS, CompareDialog
from desktop.ui.templates.labels import channel_label
from desktop.ui.templates.step_editor import StepEditor


def _editor(qtbot: QtBot, services: Services) -> tuple[QMainWindow, StepEditor, StepDraft]:
    journey_id = services.templates.create_journey("新人欢迎")
    services.templates.add_step(journey_id, StepDraft(title="第一天", template="你好 {name}"))
    [step] = services.templates.steps(journey_id)
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = StepEditor(services.templates)
    window.setCentralWidget(editor)
    window.show()
    editor.load(step)
    return window, editor, step


def _when_dialog(act: Callable[[CompareDialog], None], seen: list[CompareDialog]) -> QTimer:
    """Acts on the compare dialog once the save (off the UI thread) has opened it."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CompareDialog) and dialog not in seen:
            seen.append(dialog)
            timer.stop()
            act(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _shown_values(dialog: CompareDialog) -> list[str]:
    return [box.toPlainText() for box in dialog.findChildren(QPlainTextEdit)]


def test_both_changed_the_message_the_dialog_asks_and_merges(
    qtbot: QtBot, services: Services
) -> None:
    _window, editor, step = _editor(qtbot, services)
    editor.body_edit.setPlainText("欢迎 {name}")
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData(StepChannel.MANUAL.value))
    teammate = TemplateService(services.db)
    teammate.save_step(
        replace(step, template="您好 {name}", title="入群当天", channel=StepChannel.GROUP)
    )

    seen: list[CompareDialog] = []
    facts: list[object] = []

    def choose(dialog: CompareDialog) -> None:
        facts.append((dialog.choice("title"), dialog.choice("template")))
        facts.append(dialog.merge_button.isEnabled())
        facts.append(dialog.findChild(QLabel, "changed_title").text())
        facts.append(_shown_values(dialog))
        dialog.choose("template", MINE)
        dialog.choose("channel", THEIRS)
        facts.append(dialog.merge_button.isEnabled())
        dialog.merge_button.click()

    timer = _when_dialog(choose, seen)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        assert editor.save()
    timer.stop()
    assert len(seen) == 1
    assert seen[0].unchosen() == []
    choices, enabled_before, title_note, values, enabled_after = facts
    assert choices == (THEIRS, -1)  # their title preset; the message waits for a choice
    assert (enabled_before, enabled_after) == (False, True)
    assert title_note == "Only they changed it"
    # Channels read as the editor's combo shows them, never as stored codes.
    assert channel_label(StepChannel.GROUP) in values
    assert channel_label(StepChannel.MANUAL) in values
    assert "group" not in values and "manual" not in values
    [stored] = services.templates.steps(step.journey_id or 0)
    assert (stored.title, stored.template, stored.channel) == (
        "入群当天",
        "欢迎 {name}",
        StepChannel.GROUP,
    )


def test_a_teammate_switching_the_step_off_is_merged_without_asking(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    window, editor, step = _editor(qtbot, services)
    editor.body_edit.setPlainText("欢迎 {name}")
    assert step.id is not None
    services.journeys.set_enabled(step.id, False)  # from the step list, on another computer
    teammate = TemplateService(services.db)
    [theirs] = teammate.steps(step.journey_id or 0)
    teammate.save_step(replace(theirs, delay_minutes=2880))

    seen: list[CompareDialog] = []
    timer = _when_dialog(lambda dialog: dialog.reject(), seen)
    with qtbot.waitSignal(editor.saved, timeout=10000):
        assert editor.save()
    timer.stop()
    assert seen == []
    [stored] = services.templates.steps(step.journey_id or 0)
    assert (stored.enabled, stored.delay_minutes, stored.template) == (False, 2880, "欢迎 {name}")
    message = window.statusBar().currentMessage()
    assert message == editor.status.text()
    assert message.startswith("已保存")
    assert editor.enabled_check.text() in message and editor.captions["delay"].text() in message
