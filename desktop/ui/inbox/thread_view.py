"""One conversation: header with status and priority, the messages, and an internal-note box.

Every read and write of the thread goes through ``Background``; a late answer for a
conversation no longer shown is dropped, a failure is shown above the messages.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ConversationStatus, DeliveryStatus, MessageDirection, Priority
from desktop.domain.inbox.inbound_mail import block_remote_images
from desktop.services.inbox import ConversationRow, MessageRow, ReplyService, ThreadService
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.times import short_text
from desktop.ui.inbox.labels import channel_name, priority_name, status_name
from desktop.ui.inbox.remote_images import RemoteImages, remote_image_urls
from desktop.ui.inbox.reply_box import ReplyBox
from desktop.ui.inbox.unsent import UnsentBar
from desktop.ui.outbox.labels import reason_text, setup_account_text

_BUBBLE = {
    MessageDirection.INBOUND: ("#f1f3f4", "left"),
    MessageDirection.OUTBOUND: ("#d2e3fc", "right"),
    MessageDirection.NOTE: ("#fef7e0", "left"),
}


class ThreadView(QWidget):
    changed = Signal(int)  # conversation id whose list row needs a refresh
    accounts_wanted = Signal(str)  # a channel (ChannelKind value) whose account must be set up

    def __init__(
        self,
        service: ThreadService,
        parent: QWidget | None = None,
        replies: ReplyService | None = None,
        calls: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        # The tab passes its own, so the thread's queries queue behind the list's.
        self.calls = calls if calls is not None else Background(self)
        self.row: ConversationRow | None = None
        self.tz: str | None = None  # the workspace zone every time is shown in
        self.show_images: set[int] = set()  # messages whose remote pictures were asked for
        self._messages: list[MessageRow] = []
        self._operators: list[tuple[int, str]] = []

        self.title = QLabel()
        self.title.setObjectName("threadTitle")
        self.title.setStyleSheet("QLabel#threadTitle { font-size: 15px; font-weight: 600; }")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.status_combo = QComboBox()
        for status in ConversationStatus:
            self.status_combo.addItem(status_name(status), status)
        self.priority_combo = QComboBox()
        # Both follow their longest item, in either language.
        for combo in (self.status_combo, self.priority_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for priority in Priority:
            self.priority_combo.addItem(priority_name(priority), priority)
        self.status_combo.activated.connect(self._status_chosen)
        self.priority_combo.activated.connect(self._priority_chosen)

        self.messages = QTextBrowser()
        self.messages.setOpenExternalLinks(False)
        self.messages.setOpenLinks(False)
        self.messages.anchorClicked.connect(self._anchor)
        # Pictures of unblocked messages, fetched in the background (QTextBrowser would not).
        self.remote_images = RemoteImages(self)
        self.remote_images.loaded.connect(self._image_loaded)
        self.assign_combo = QComboBox()
        # "Unassigned" and teammates' names are read later: the box grows to the longest.
        self.assign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assign_combo.setObjectName("assignCombo")
        self.assign_combo.activated.connect(self._assign_chosen)
        self.reply_box = ReplyBox(replies, self, calls=self.calls)
        self.reply_box.sent.connect(self._reply_sent)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(80)
        self.note_error = InlineMessage()
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self.add_note)
        self.error = InlineMessage()
        # A reply that cannot leave says so above the messages, with the way to fix it.
        self.unsent_bar = UnsentBar(self)
        self.unsent_bar.accounts_wanted.connect(self.accounts_wanted)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        self.status_caption = QLabel()
        self.priority_caption = QLabel()
        header.addWidget(self.status_caption)
        header.addWidget(self.status_combo)
        header.addWidget(self.priority_caption)
        header.addWidget(self.priority_combo)
        self.assign_caption = QLabel()
        header.addWidget(self.assign_caption)
        header.addWidget(self.assign_combo)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.meta)
        layout.addWidget(self.error)
        layout.addWidget(self.unsent_bar)
        layout.addWidget(self.messages, 1)
        layout.addWidget(self.reply_box)
        self.note_caption = QLabel()
        layout.addWidget(self.note_caption)
        layout.addLayout(note_row)
        layout.addWidget(self.note_error)
        self.retranslate()
        self.show_conversation(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.status_caption.setText(self.tr("Status"))
        self.priority_caption.setText(self.tr("Priority"))
        self.assign_caption.setText(self.tr("Assignee"))
        self.note_caption.setText(self.tr("Internal note (not sent to the member)"))
        self.note_button.setText(self.tr("Add note"))
        self.note_edit.setPlaceholderText(self.tr("Write a note for your teammates…"))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(i, status_name(self.status_combo.itemData(i)))
        for i in range(self.priority_combo.count()):
            self.priority_combo.setItemText(i, priority_name(self.priority_combo.itemData(i)))
        if self.row is None:
            self.title.setText(self.tr("No conversation selected"))

    def show_conversation(self, row: ConversationRow | None) -> None:
        another = row is None or self.row is None or row.id != self.row.id
        if another:
            self.remote_images.cancel()  # pictures of the thread left behind are not needed
        self.row = row
        enabled = row is not None
        for w in (
            self.status_combo,
            self.priority_combo,
            self.assign_combo,
            self.note_edit,
            self.note_button,
        ):
            w.setEnabled(enabled)
        self.note_error.clear_message()
        self.error.clear_message()
        self.reply_box.set_conversation(row.id if row else None)
        if another:
            self._show_unsent([])
        if row is None:
            self.title.setText(self.tr("No conversation selected"))
            self.meta.setText("")
            self.messages.setHtml(
                "<p style='color:#888'>"
                + html.escape(
                    self.tr(
                        "Pick a conversation on the left. Messages members send to your "
                        "mail, Matrix or Telegram accounts appear there."
                    )
                )
                + "</p>"
            )
            return
        self.title.setText(row.subject or row.member_name)
        self.meta.setText(
            self.tr("%1 · via %2")
            .replace("%1", row.member_name)
            .replace("%2", channel_name(row.channel))
        )
        self._show_header(row)
        if another:  # the same thread shown again keeps its messages until the fresh ones come
            self._messages = []
            self.messages.clear()
        self.load(row.id, mark_read=True, unread=row.unread > 0)

    def _show_header(self, row: ConversationRow) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status))
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(row.priority))
        self.show_assignee(row.assignee_id)

    def load(self, conversation_id: int, *, mark_read: bool = False, unread: bool = False) -> None:
        """Read the messages (and who can be assigned) again; ``changed`` follows a load that
        marked unread messages read, so the list row loses its count."""
        service = self.service
        self.calls.read(
            lambda: (service.messages(conversation_id, mark_read=mark_read), service.operators()),
            lambda got: self._loaded(conversation_id, got, unread and mark_read),
            self._read_failed,
        )

    def _loaded(
        self,
        conversation_id: int,
        got: tuple[list[MessageRow], list[tuple[int, str]]],
        was_unread: bool,
    ) -> None:
        if was_unread:
            self.changed.emit(conversation_id)
        if self.row is None or self.row.id != conversation_id:
            return
        messages, self._operators = got
        self.show_assignee(self.row.assignee_id)
        self._render(messages)

    def show_assignee(self, current: int | None) -> None:
        """The assignee choice, from the teammates read with the last thread."""
        self.assign_combo.clear()
        self.assign_combo.addItem(self.tr("Unassigned"), None)
        for op_id, name in self._operators:
            self.assign_combo.addItem(name, op_id)
        self.assign_combo.setCurrentIndex(max(0, self.assign_combo.findData(current)))

    def _read_failed(self, exc: BaseException) -> None:
        self.error.show_error(
            self.tr("Could not read the conversation: %1").replace("%1", str(exc))
        )

    def _save_failed(self, exc: BaseException) -> None:
        if self.row is not None:
            self._show_header(self.row)  # the choices go back to what is stored
        self.error.show_error(self.tr("Could not save: %1").replace("%1", str(exc)))

    def _edit(self, conversation_id: int, write: Callable[[], object]) -> None:
        self.error.clear_message()
        self.calls.change(write, lambda _: self.changed.emit(conversation_id), self._save_failed)

    def _delivery_text(self, m: MessageRow) -> str:
        if m.delivery_status is None:
            return ""
        if m.waiting_reason and m.delivery_status == DeliveryStatus.PENDING:
            return self.tr("Not sent yet: %1").replace("%1", reason_text(m.waiting_reason, self.tz))
        text = {
            DeliveryStatus.PENDING: self.tr("Queued"),
            DeliveryStatus.CLAIMED: self.tr("Sending…"),
            DeliveryStatus.SENT: self.tr("Sent"),
            DeliveryStatus.FAILED: self.tr("Failed"),
            DeliveryStatus.CANCELLED: self.tr("Cancelled"),
            DeliveryStatus.MANUAL_TODO: self.tr("To post by hand"),
        }[m.delivery_status]
        if m.delivery_error and m.delivery_status == DeliveryStatus.FAILED:
            text += f": {m.delivery_error}"
        return text

    def _render(self, messages: list[MessageRow]) -> None:
        self._messages = messages
        self._show_unsent(messages)
        locale = QLocale()
        parts: list[str] = []
        wanted: list[str] = []
        if not messages:
            parts.append(
                "<p style='color:#888'>"
                + html.escape(
                    self.tr(
                        "No messages yet. Write the first reply below; it goes out by %1."
                    ).replace("%1", channel_name(self.row.channel) if self.row else "")
                )
                + "</p>"
            )
        for m in messages:
            color, align = _BUBBLE[m.direction]
            when = short_text(m.sent_at, self.tz, locale)
            who = {
                MessageDirection.INBOUND: self.row.member_name if self.row else "",
                MessageDirection.OUTBOUND: m.author_name or self.tr("Team"),
                MessageDirection.NOTE: self.tr("Internal note"),
            }[m.direction]
            if m.event == "unsubscribe":
                parts.append(
                    "<p align='center' style='color:#b00020'>"
                    + html.escape(self.tr("The member unsubscribed (%1).").replace("%1", when))
                    + "</p>"
                )
                continue
            if m.body_html and m.direction == MessageDirection.INBOUND:
                if m.id in self.show_images:
                    body = m.body_html
                    wanted += remote_image_urls(m.body_html)
                else:
                    body = block_remote_images(m.body_html)
            else:
                body = html.escape(m.body_text).replace("\n", "<br>")
            extra: list[str] = []
            if m.has_remote_images and m.id not in self.show_images:
                extra.append(
                    f"<a href='images:{m.id}'>"
                    + html.escape(self.tr("Remote images are blocked. Show them"))
                    + "</a>"
                )
            for a in m.attachments:
                extra.append(
                    f"📎 <a href='attachment:{a.id}'>{html.escape(a.filename)}</a> ({a.size:,} B)"
                )
            state = self._delivery_text(m)
            if state:
                color_of_state = "#b00020" if m.waiting_reason else "#5f6368"
                extra.append(f"<span style='color:{color_of_state}'>{html.escape(state)}</span>")
            if m.waiting_for_account and m.waiting_channel is not None:
                extra.append(
                    f"<a href='accounts:{m.waiting_channel}'>"
                    + html.escape(setup_account_text(m.waiting_channel))
                    + "</a>"
                )
            if m.is_feedback:
                extra.append(html.escape(self.tr("Counted as feedback")))
            tail = "".join(f"<br><small>{e}</small>" for e in extra)
            parts.append(
                f"<table width='100%' cellspacing='0' cellpadding='0'><tr><td align='{align}'>"
                f"<table cellpadding='8' style='background:{color}; margin:4px'>"
                f"<tr><td><span style='color:#5f6368; font-size:small'>{html.escape(who)} · {when}"
                f"</span><br>{body}{tail}</td></tr></table></td></tr></table>"
            )
        doc = self.messages.document()
        for url in wanted:  # resources outlive setHtml; the ones loaded already show at once
            image = self.remote_images.image(url)
            if image is not None:
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        self.messages.setHtml("".join(parts))
        bar = self.messages.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.remote_images.fetch(wanted)

    def _show_unsent(self, messages: list[MessageRow]) -> None:
        self.unsent_bar.show_for(messages, self.tz)

    def last_reply_unsent(self) -> bool:
        """The newest reply of the thread shown has not gone out to the member."""
        replies = [m for m in self._messages if m.direction == MessageDirection.OUTBOUND]
        return bool(replies) and replies[-1].unsent

    def may_resolve(self) -> bool:
        """Ask before resolving a conversation whose newest reply has not gone out."""
        if not self.last_reply_unsent():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Reply not sent"),
            self.tr("This reply has not been sent yet. Mark the conversation resolved anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _image_loaded(self, url: str, image: QImage) -> None:
        self.messages.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(url), image
        )
        if self.row is not None:
            self._render(self._messages)  # lay the thread out again with the picture

    def _anchor(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "accounts" and value:
            self.accounts_wanted.emit(value)
        elif kind == "images" and value.isdigit():
            self.show_images.add(int(value))
            self._render(self._messages)
        elif kind == "attachment" and value.isdigit():
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"))
            if path:
                attachment = int(value)
                self.calls.change(
                    lambda: self.service.save_attachment(attachment, Path(path)),
                    lambda _: None,
                    self._save_failed,
                )

    def _assign_chosen(self) -> None:
        if self.row is None:
            return
        conv_id, op_id = self.row.id, self.assign_combo.currentData()
        self._edit(conv_id, lambda: self.service.assign(conv_id, op_id))

    def _reply_sent(self, conversation_id: int) -> None:
        if self.row is not None and self.row.id == conversation_id:
            self.load(conversation_id)
        self.changed.emit(conversation_id)

    def focus_reply(self) -> None:
        self.reply_box.editor.setFocus()

    def _status_chosen(self) -> None:
        if self.row is None:
            return
        conv_id, status = self.row.id, self.status_combo.currentData()
        if status == ConversationStatus.RESOLVED and not self.may_resolve():
            self._show_header(self.row)
            return
        self._edit(conv_id, lambda: self.service.set_status(conv_id, status))

    def _priority_chosen(self) -> None:
        if self.row is None:
            return
        conv_id, priority = self.row.id, self.priority_combo.currentData()
        self._edit(conv_id, lambda: self.service.set_priority(conv_id, priority))

    def add_note(self) -> None:
        if self.row is None:
            return
        text = self.note_edit.toPlainText()
        if not text.strip():
            self.note_error.show_error(self.tr("The note is empty."))
            return
        conv_id = self.row.id
        self.note_button.setEnabled(False)
        self.calls.change(
            lambda: self.service.add_note(conv_id, text),
            lambda _: self._note_added(conv_id),
            self._note_failed,
        )

    def _note_added(self, conversation_id: int) -> None:
        self.note_button.setEnabled(self.row is not None)
        if self.row is None or self.row.id != conversation_id:
            return
        self.note_edit.clear()
        self.note_error.clear_message()
        self.load(conversation_id)

    def _note_failed(self, exc: BaseException) -> None:
        self.note_button.setEnabled(self.row is not None)
        self.note_error.show_error(self.tr("Could not save: %1").replace("%1", str(exc)))
