"""The post editor's "group robot" preview: how the post looks on each target group's robot,
with a warning past the platform's limit (such a post is refused when it is scheduled)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.domain.calendar.post_message import AttachmentRef
from desktop.services.robots import RobotPreview
from desktop.ui.common.background import Background
from desktop.ui.robots.labels import platform_label


class PreviewFn(Protocol):
    def __call__(
        self,
        group_ids: Sequence[int],
        title: str,
        body: str,
        *,
        attachments: Sequence[AttachmentRef] = (),
    ) -> list[RobotPreview]: ...


class RobotPreviewView(QTextBrowser):
    def __init__(
        self, previews: PreviewFn, background: Background | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("robotPreview")
        self.setOpenLinks(False)
        self.setMinimumHeight(90)
        self._previews = previews
        self._background = background
        self._wanted: tuple[list[int], str, str, tuple[AttachmentRef, ...]] = ([], "", "", ())
        self.over_limit = False
        # Typing must not query the database per key: wait for a pause.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._load)

    def show_post(
        self,
        group_ids: list[int],
        title: str,
        body: str,
        attachments: Sequence[AttachmentRef] = (),
    ) -> None:
        self._wanted = (group_ids, title, body, tuple(attachments))
        self._timer.start()

    def _load(self) -> None:
        ids, title, body, attachments = self._wanted

        def read() -> list[RobotPreview]:
            return self._previews(ids, title, body, attachments=attachments)

        if self._background is None:
            self.show_previews(read())
        else:
            self._background.read(read, self.show_previews)

    def show_previews(self, previews: list[RobotPreview]) -> None:
        self.over_limit = any(p.over_limit for p in previews)
        if not previews:
            self.setPlainText(self.tr("None of the target groups has a group robot."))
            return
        parts = []
        for p in previews:
            head = f"{p.group} · {p.robot} ({platform_label(p.platform)}, {p.message})"
            lines = [head, "────────", p.text]
            if p.over_limit:
                lines.append(
                    "⚠ "
                    + self.tr("Too long for this robot (%1): it would be refused.").replace(
                        "%1", p.over_limit
                    )
                )
            if p.notifies:
                who = ([self.tr("everyone")] if p.notifies.everyone else []) + [
                    f"@{m}" for m in p.notifies.mobiles
                ]
                lines.append("🔔 " + self.tr("Notifies: %1").replace("%1", ", ".join(who)))
            if p.mentions_lost:
                lines.append(
                    "⚠ " + self.tr("Some @mentions in the text will not notify anyone here.")
                )
            if p.images_dropped:
                lines.append(
                    "⚠ "
                    + self.tr(
                        "%1 robots cannot upload local pictures: the attached pictures will "
                        "not reach this group (only the text is posted)."
                    ).replace("%1", platform_label(p.platform))
                )
            parts.append("\n".join(lines))
        self.setPlainText("\n\n".join(parts))
