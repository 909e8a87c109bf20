"""A join QR code for posters (issue 15, item 7): of the group's own join link (its Matrix
room, its invite address) or of any link the operator pastes, made on this computer and
saved as PNG. WeCom customer groups have their 群活码 in the WeCom tab instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.groups import GroupService
from desktop.services.qr_codes import qr_png
from desktop.ui.common.forms import InlineMessage

LINK_PREFIXES = ("http://", "https://", "weixin://")


class JoinQrBox(QGroupBox):
    def __init__(self, groups: GroupService, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinQrBox")
        self.png: bytes | None = None
        self.link = QLineEdit()
        self.link.setObjectName("joinLink")
        own = groups.join_qr(group_id)
        self.link.setText(own.link if own is not None else "")
        self.make_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setEnabled(False)
        self.image = QLabel()
        self.image.setFixedSize(132, 132)
        self.image.hide()  # shown once there is a code
        self.message = InlineMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.link)
        left.addLayout(buttons)
        left.addWidget(self.message)
        left.addStretch(1)
        layout = QHBoxLayout(self)  # the code beside the link: the preview above keeps its room
        layout.addLayout(left, 1)
        layout.addWidget(self.image)
        self.make_button.clicked.connect(self.make)
        self.save_button.clicked.connect(self._choose_file)
        self.link.textChanged.connect(self._link_changed)
        self.retranslate()

    def make(self) -> bool:
        text = self.link.text().strip()
        if not text.startswith(LINK_PREFIXES):
            self.message.show_error(
                self.tr("Paste the link that lets someone join (https://… or a matrix.to link).")
            )
            return False
        self.png = qr_png(text)  # a few milliseconds, no network
        pixmap = QPixmap()
        pixmap.loadFromData(self.png)
        self.image.setPixmap(
            pixmap.scaled(
                128,
                128,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.image.show()
        self.save_button.setEnabled(True)
        self.message.clear_message()
        return True

    def save_to(self, path: Path) -> None:
        if self.png is None:
            return
        try:
            path.write_bytes(self.png)
        except OSError as exc:
            self.message.show_error(
                self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return
        self.message.show_info(self.tr("Saved %1").replace("%1", str(path)))

    def _choose_file(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save QR code"), "join-qr.png", self.tr("PNG image (*.png)")
        )
        if path:
            self.save_to(Path(path))

    def _link_changed(self) -> None:
        # A code of the old link must not be saved as this one's.
        self.png = None
        self.save_button.setEnabled(False)
        self.image.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Join QR code"))
        self.link.setPlaceholderText(
            self.tr("The link to join (a Matrix room's, an invite address)")
        )
        self.make_button.setText(self.tr("Make QR code"))
        self.save_button.setText(self.tr("Save as PNG…"))
