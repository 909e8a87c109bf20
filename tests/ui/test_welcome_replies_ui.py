"""The verification replies dialog: validates as you type, previews, saves, resets."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.domain.welcome import replies as rules
from desktop.services.container import Services
from desktop.ui.templates.reply_texts_dialog import ReplyTextsDialog


def test_reword_a_reply_with_live_checks_then_go_back_to_the_default(
    qtbot: QtBot, services: Services
) -> None:
    dialog = ReplyTextsDialog(services.welcome.replies)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.text.toPlainText() == rules.DEFAULTS[dialog.keys[0]]
    dialog.list.setCurrentRow(dialog.keys.index(rules.WRONG))
    assert "{tries_left}" in dialog.variables.text()
    # A reply to a wrong guess may not carry the code: refused with where the problem is.
    dialog.text.setPlainText("答错了，正确的是 {code}")
    assert not dialog.save_button.isEnabled()
    assert "{code}" in dialog.message.text() and "column 10" in dialog.message.text()
    dialog.text.setPlainText("不对哦 {name}，还剩 {tries_left} 次")
    assert dialog.save_button.isEnabled()
    assert dialog.preview.text().endswith("不对哦 小林，还剩 4 次")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert "Saved" in dialog.message.text()
    assert services.welcome.replies.texts()[rules.WRONG] == "不对哦 {name}，还剩 {tries_left} 次"
    dialog.reset()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert services.welcome.replies.texts()[rules.WRONG] == rules.DEFAULTS[rules.WRONG]
    assert dialog.text.toPlainText() == rules.DEFAULTS[rules.WRONG]
