"""The robot UI: adding a robot refuses a bad URL with a clear message and loses nothing; the
group's robot tab shows why posts wait; the post editor previews the robot's text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from desktop.domain.calendar.post_message import AttachmentRef
from desktop.domain.enums import AttachmentKind
from desktop.services.calendar import PostDraft
from desktop.services.container import Services
from desktop.services.robots import AlertSettings, RobotKind, RobotPreview
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.robots.dialog import RobotsDialog
from desktop.ui.robots.group_panel import GroupRobotPanel
from desktop.ui.robots.preview import RobotPreviewView
from tests.robots.contract.feishu import FeishuRobot
from tests.robots.contract.slack import SlackWebhook
from tests.robots.contract.wecom import WeComRobot
from tests.robots.support import add_group, add_robot, schedule_posts
from tests.sending.helpers import run_dispatcher

pytestmark = pytest.mark.usefixtures("memory_keyring")


def test_bad_url_is_refused_in_the_editor_and_the_typing_kept(
    services: Services, qtbot: QtBot
) -> None:
    dialog = RobotsDialog(services.robots, services.team_alerts)
    qtbot.addWidget(dialog)
    editor = dialog.open_editor(None)
    editor.name.setText("周报群")
    editor.platform.setCurrentIndex(list(RobotKind).index(RobotKind.DINGTALK))
    editor.url.setText("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")
    editor.save()
    qtbot.waitUntil(lambda: "wecom" in editor.feedback.text(), timeout=5000)
    assert editor.isVisible() and editor.url.text().endswith("key=abc")
    assert services.robots.list() == []
    assert editor.secret.isEnabled()  # DingTalk robots can sign
    editor.platform.setCurrentIndex(list(RobotKind).index(RobotKind.SLACK))
    assert not editor.secret.isEnabled()


def test_group_tab_shows_why_posts_wait(
    services: Services, qtbot: QtBot, receiver: Callable[..., Any]
) -> None:
    slack = receiver(SlackWebhook(per_second=100))
    url = slack.add("T1AAAA/B1BBBB/SECRET1")
    db = services.db
    robot = add_robot(db, RobotKind.SLACK, url)
    group = add_group(db, "Slack 社区", robot_id=robot)
    slack.archive("T1AAAA/B1BBBB/SECRET1")
    schedule_posts(db, group, [("周会", "十点")])
    run_dispatcher(db, services.secrets)
    panel = GroupRobotPanel(services.robots, services.robot_links, group)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: "channel_is_archived" in panel.state.text(), timeout=5000)
    assert panel.state.text().startswith("1 ")
    assert panel.robot.currentData() == robot


def test_preview_warns_past_the_limit(qtbot: QtBot) -> None:
    over = RobotPreview(
        "1 群", "周报", RobotKind.WECOM, "text", "字…", "4200 bytes > 2048 bytes", True
    )
    view = RobotPreviewView(lambda *_a, **_k: [over], None)
    qtbot.addWidget(view)
    view.show_post([1], "t", "b")
    qtbot.waitUntil(lambda: view.over_limit, timeout=3000)
    text = view.toPlainText()
    assert "4200 bytes > 2048 bytes" in text and "local pictures" in text


def test_preview_says_whom_a_wecom_post_notifies(
    services: Services, qtbot: QtBot, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    group = add_group(services.db, robot_id=add_robot(services.db, RobotKind.WECOM, wecom.add("k")))
    view = RobotPreviewView(services.robot_links.previews, None)
    qtbot.addWidget(view)
    view.show_post([group], "拉花课", "周六 14:00 @所有人 @13800001111")
    qtbot.waitUntil(lambda: "@13800001111" in view.toPlainText(), timeout=3000)
    assert "Notifies: everyone, @13800001111" in view.toPlainText()
    assert "(WeCom (企业微信), text)" in view.toPlainText()


def test_post_editor_says_a_feishu_robot_will_not_carry_the_local_picture(
    services: Services, qtbot: QtBot, receiver: Callable[..., Any], tmp_path: Path
) -> None:
    feishu = receiver(FeishuRobot())
    robot = add_robot(services.db, RobotKind.FEISHU, feishu.add("5e3d587e-pic1"))
    group = add_group(services.db, "飞书读书会", robot_id=robot)
    picture = tmp_path / "poster.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    draft = PostDraft(
        title="读书会",
        body="周六下午三点",
        when=datetime(2031, 3, 7, 15, 0, tzinfo=ZoneInfo("Asia/Shanghai")),
        target_ids=[group],
        attachments=[AttachmentRef(AttachmentKind.IMAGE, str(picture))],
    )
    dialog = PostDialog(
        services.calendar,
        ZoneInfo("Asia/Shanghai"),
        draft,
        robot_preview=services.robot_links.previews,
    )
    qtbot.addWidget(dialog)
    shown = dialog.robot_preview
    assert shown is not None
    qtbot.waitUntil(lambda: "飞书读书会" in shown.toPlainText(), timeout=3000)
    assert "Feishu (飞书) robots cannot upload local pictures" in shown.toPlainText()
    dialog.attachments.list.clear()  # without the picture the warning goes
    dialog.attachments.changed.emit()
    qtbot.waitUntil(lambda: "local pictures" not in shown.toPlainText(), timeout=3000)
    assert "飞书读书会" in shown.toPlainText()


def test_choosing_the_alert_robot_keeps_the_other_alert_settings(
    services: Services, qtbot: QtBot, receiver: Callable[..., Any]
) -> None:
    slack = receiver(SlackWebhook(per_second=100))
    robot = add_robot(services.db, RobotKind.SLACK, slack.add("T1AAAA/B1BBBB/ALERTS1"))
    alerts = services.team_alerts
    mine = AlertSettings(None, reply_warn_minutes=40, on_failed_send=False, on_worker_stop=False)
    alerts.save_settings(mine)
    dialog = RobotsDialog(services.robots, alerts)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.alert_robot.findData(robot) >= 0, timeout=5000)
    dialog.alert_robot.setCurrentIndex(dialog.alert_robot.findData(robot))
    dialog.alert_robot.activated.emit(dialog.alert_robot.currentIndex())
    qtbot.waitUntil(lambda: alerts.settings().robot_id == robot, timeout=5000)
    assert alerts.settings() == replace(mine, robot_id=robot)


def test_saving_a_scheduled_post_too_long_for_its_robot_is_refused_in_the_editor(
    services: Services, qtbot: QtBot, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    robot = add_robot(services.db, RobotKind.WECOM, wecom.add("k-edit"))
    group = add_group(services.db, "拉花 2 群", robot_id=robot)
    ((post_id,),) = [schedule_posts(services.db, group, [("周报", "三场活动")]).scheduled]
    draft = services.calendar.get(post_id)
    dialog = PostDialog(services.calendar, ZoneInfo("Asia/Shanghai"), draft)
    qtbot.addWidget(dialog)
    dialog.body_edit.setPlainText("字" * 1400)
    dialog.save()
    assert "too long for a group robot" in dialog.form_error.text()
    assert "拉花 2 群" in dialog.form_error.text() and "> 4096 bytes" in dialog.form_error.text()
    assert services.calendar.get(post_id).body == "三场活动"
