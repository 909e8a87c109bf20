"""Words for robot platforms and states, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.robots import RobotKind, RobotRow


def platform_label(kind: RobotKind) -> str:
    labels = {
        RobotKind.WECOM: QCoreApplication.translate("RobotLabels", "WeCom (企业微信)"),
        RobotKind.FEISHU: QCoreApplication.translate("RobotLabels", "Feishu (飞书)"),
        RobotKind.DINGTALK: QCoreApplication.translate("RobotLabels", "DingTalk (钉钉)"),
        RobotKind.SLACK: QCoreApplication.translate("RobotLabels", "Slack"),
        RobotKind.DISCORD: QCoreApplication.translate("RobotLabels", "Discord"),
    }
    return labels[kind]


def robot_state(row: RobotRow) -> str:
    if row.broken:
        return QCoreApplication.translate("RobotLabels", "Broken: %1").replace(
            "%1", row.problem or ""
        )
    if row.status.value == "ok":
        return QCoreApplication.translate("RobotLabels", "Working")
    return QCoreApplication.translate("RobotLabels", "Not used yet")
