"""The announcement and welcome message's attachments (G6) — poster image, mini-program
page, text link — and a preview of both messages as members will see them, with a join QR
code for posters below. The texts themselves are edited in the group form."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.groups.announcement import (
    Attachment,
    AttachmentKind,
    AttachmentProblem,
    check_attachment,
)
from desktop.services.groups import AttachmentError, GroupService
from desktop.ui.common.forms import InlineMessage
from desktop.ui.groups.join_qr_box import JoinQrBox


class AnnouncementPanel(QWidget):
    def __init__(self, groups: GroupService, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = groups
        self.group_id = group_id
        self.items: list[Attachment] = groups.attachments(group_id)
        self.kind = QComboBox()
        self.uri = QLineEdit()
        self.uri.setObjectName("attachmentUri")
        self.caption = QLineEdit()
        self.browse = QPushButton()
        self.add_button = QPushButton()
        self.add_button.setObjectName("attachmentAdd")
        self.remove_button = QPushButton()
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setMaximumHeight(110)  # at most 5 attachments
        self.message = InlineMessage()
        self.preview = QTextBrowser()
        self.preview.setObjectName("announcementPreview")
        self.preview.setOpenExternalLinks(False)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.uri, 2)
        row.addWidget(self.browse)
        row.addWidget(self.caption, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.preview, 2)
        self.join_qr = JoinQrBox(groups, group_id)
        layout.addWidget(self.join_qr)
        self.browse.clicked.connect(self._browse)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.retranslate()
        self._show()

    def add(self) -> bool:
        a = Attachment(
            AttachmentKind(self.kind.currentData()),
            self.uri.text().strip(),
            self.caption.text().strip(),
        )
        problem = check_attachment(a)
        if problem is not None:
            self.message.show_error(self._problem_text(problem))
            return False
        try:
            self._groups.set_attachments(self.group_id, [*self.items, a])
        except AttachmentError as exc:
            self.message.show_error(self._problem_text(next(p for p in exc.problems if p)))
            return False
        self.items.append(a)
        self.uri.clear()
        self.caption.clear()
        self.message.clear_message()
        self._show()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.items[row]
        self._groups.set_attachments(self.group_id, self.items)
        self._show()

    def preview_html(self) -> str:
        draft = self._groups.get(self.group_id)

        def block(title: str, text: str) -> str:
            body = html.escape(text).replace("\n", "<br>") or "<i>—</i>"
            return f"<h3>{html.escape(title)}</h3><p>{body}</p>"

        parts = [
            block(self.tr("Announcement"), draft.announcement),
            block(self.tr("Welcome message"), draft.welcome_message),
        ]
        for a in self.items:
            caption = html.escape(a.caption)
            if a.kind == AttachmentKind.POSTER:
                src = QUrl.fromLocalFile(a.uri).toString() if Path(a.uri).exists() else a.uri
                parts.append(f"<p><img src='{html.escape(src)}' width='240'><br>{caption}</p>")
            elif a.kind == AttachmentKind.LINK:
                uri = html.escape(a.uri)
                parts.append(f"<p>🔗 <a href='{uri}'>{caption or uri}</a></p>")
            else:
                parts.append(f"<p>▣ {self.tr('Mini-program')}: {caption or html.escape(a.uri)}</p>")
        return "".join(parts)

    def _show(self) -> None:
        self.list.clear()
        for a in self.items:
            self.list.addItem(f"{self._kind_text(a.kind)} · {a.uri}  {a.caption}".strip())
        self.preview.setHtml(self.preview_html())

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Poster image"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)")
        )
        if path:
            self.kind.setCurrentIndex(self.kind.findData(str(AttachmentKind.POSTER)))
            self.uri.setText(path)

    def _kind_text(self, kind: AttachmentKind) -> str:
        return {
            AttachmentKind.POSTER: self.tr("Poster"),
            AttachmentKind.MINI_PROGRAM: self.tr("Mini-program"),
            AttachmentKind.LINK: self.tr("Link"),
        }[kind]

    def _problem_text(self, problem: AttachmentProblem) -> str:
        return {
            AttachmentProblem.EMPTY: self.tr("Give the file, page or address."),
            AttachmentProblem.NOT_IMAGE: self.tr(
                "A poster must be an image (png, jpg, gif, webp)."
            ),
            AttachmentProblem.BAD_URL: self.tr("A link must start with http:// or https://."),
            AttachmentProblem.BAD_MINI_PROGRAM: self.tr(
                "A mini-program is its AppID (wx + 16 characters), optionally /page/path."
            ),
            AttachmentProblem.TOO_MANY: self.tr("At most 5 attachments."),
        }[problem]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # Renamed in place on a language change: the chosen kind stays chosen.
        for i, k in enumerate(AttachmentKind):
            if i < self.kind.count():
                self.kind.setItemText(i, self._kind_text(k))
            else:
                self.kind.addItem(self._kind_text(k), str(k))
        self.uri.setPlaceholderText(self.tr("File, https:// address or mini-program AppID"))
        self.caption.setPlaceholderText(self.tr("Caption"))
        self.browse.setText(self.tr("Image…"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove selected"))
