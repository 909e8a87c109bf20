"""One conversation: header with status and priority, the messages, and an internal-note box
(the header is ``ThreadHeader``, the note box ``NoteBox``).

Every read and write of the thread goes through ``Background``; a late answer for a
conversation no longer shown is dropped, a failure is shown above the messages.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.enums import ChannelKind, ConversationStatus, MessageDirection
from desktop.services.inbox import ConversationRow, MessageRow, ReplyService, ThreadService
from desktop.services.wechat_kf import KfActions
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.inbox.labels import channel_name
from desktop.ui.inbox.note_box import NoteBox
from desktop.ui.inbox.presence_line import PresenceLine
from desktop.ui.inbox.remote_images import RemoteImages
from desktop.ui.inbox.reply_box import ReplyBox
from desktop.ui.inbox.thread_header import ThreadHeader
from desktop.ui.inbox.thread_html import message_html
from desktop.ui.inbox.thread_presence import ThreadPresence
from desktop.ui.inbox.unsent import UnsentBar
from desktop.ui.inbox.wechat_kf_bar import KfSessionBar


class ThreadView(QWidget):
    changed = Signal(int)  # conversation id whose list row needs a refresh
    accounts_wanted = Signal(str)  # a channel (ChannelKind value) whose account must be set up

    def __init__(
        self,
        service: ThreadService,
        parent: QWidget | None = None,
        replies: ReplyService | None = None,
        calls: Background | None = None,
        kf: KfActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        # The tab passes its own, so the thread's queries queue behind the list's.
        self.calls = calls if calls is not None else Background(self)
        self.row: ConversationRow | None = None
        self.tz: str | None = None  # the workspace zone every time is shown in
        self.show_images: set[int] = set()  # messages whose remote pictures were asked for
        self._messages: list[MessageRow] = []

        self.header = ThreadHeader()
        # The header's parts, also by the thread view's names for them.
        self.title, self.status_combo = self.header.title, self.header.status_combo
        self.priority_combo = self.header.priority_combo
        self.assign_combo = self.header.assign_combo
        self.meta = QLabel()
        self.status_combo.activated.connect(self._status_chosen)
        self.priority_combo.activated.connect(self._priority_chosen)
        self.assign_combo.activated.connect(self._assign_chosen)

        self.messages = QTextBrowser()
        self.messages.setOpenExternalLinks(False)
        self.messages.setOpenLinks(False)
        self.messages.anchorClicked.connect(self._anchor)
        # Pictures of unblocked messages, fetched in the background (QTextBrowser would not).
        self.remote_images = RemoteImages(self)
        self.remote_images.loaded.connect(self._image_loaded)
        self.reply_box = ReplyBox(replies, self, calls=self.calls)
        self.reply_box.sent.connect(self._reply_sent)
        # 微信客服 threads: the reply window and the session actions (issue 16).
        self.kf_bar = KfSessionBar(kf, self.calls, self)
        self.kf_bar.window_changed.connect(self.reply_box.set_window)
        self.kf_bar.session_changed.connect(self.changed)
        self.note_box = NoteBox(service, self.calls)
        self.note_box.added.connect(self.load)
        self.error = InlineMessage()
        # A reply that cannot leave says so above the messages, with the way to fix it.
        self.unsent_bar = UnsentBar(self)
        self.unsent_bar.accounts_wanted.connect(self.accounts_wanted)

        # Who else has this thread open or is typing in it (team mode).
        self.presence_line = PresenceLine(self)
        self.presence = ThreadPresence(self.presence_line, self.reply_box.editor, self.calls, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.presence_line)
        layout.addWidget(self.meta)
        layout.addWidget(self.kf_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.unsent_bar)
        layout.addWidget(self.messages, 1)
        layout.addWidget(self.reply_box)
        layout.addWidget(self.note_box)
        self.retranslate()
        self.show_conversation(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.header.retranslate()
        self.note_box.retranslate()
        if self.row is None:
            self.title.setText(self.tr("No conversation selected"))

    def show_conversation(self, row: ConversationRow | None) -> None:
        another = row is None or self.row is None or row.id != self.row.id
        if another:
            self.remote_images.cancel()  # pictures of the thread left behind are not needed
        self.row = row
        self.header.set_enabled(row is not None)
        self.note_box.set_conversation(row.id if row else None)
        self.error.clear_message()
        self.reply_box.set_conversation(row.id if row else None)
        if row is None:
            self.kf_bar.set_conversation(None)
        self.presence.show(row.id if row else None)
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
        self.kf_bar.set_conversation(row.id if row.channel == ChannelKind.WECHAT_KF else None)
        if another:  # the same thread shown again keeps its messages until the fresh ones come
            self._messages = []
            self.messages.clear()
        self.load(row.id, mark_read=True, unread=row.unread > 0)

    def _show_header(self, row: ConversationRow) -> None:
        self.header.show_row(row)

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
        messages, self.header.operators = got
        if messages:
            self.presence.seen_message_id = max(m.id for m in messages)
        self.show_assignee(self.row.assignee_id)
        self._render(messages)

    def show_assignee(self, current: int | None) -> None:
        self.header.show_assignee(current)

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

    def _render(self, messages: list[MessageRow], *, keep_scroll: bool = False) -> None:
        """Lay the whole thread out; ``keep_scroll`` leaves the reader where they were
        (a teammate's change), else the newest message is shown."""
        self._messages = messages
        self._show_unsent(messages)
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
            parts.append(message_html(m, self._who(m), self.tz, self.show_images, wanted))
        doc = self.messages.document()
        for url in wanted:  # resources outlive setHtml; the ones loaded already show at once
            image = self.remote_images.image(url)
            if image is not None:
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        bar = self.messages.verticalScrollBar()
        at = bar.value()
        self.messages.setHtml("".join(parts))
        bar.setValue(at if keep_scroll else bar.maximum())
        self.remote_images.fetch(wanted)

    # -- live: what teammates and the worker add to the open thread -----------------------

    def update_row(self, row: ConversationRow) -> None:
        """A teammate changed the open conversation (status, priority, assignee): the
        header follows; messages, the reply being typed and the scroll position stay."""
        if self.row is not None and self.row.id == row.id:
            self.row = row
            self._show_header(row)

    def show_changed_messages(self, ids: Collection[int] | None) -> None:
        """Messages were stored or changed by someone else: add the open thread's new ones
        at its end (read by id), leaving the reply box and the scroll position alone.
        ``None``: too many to name, the thread is read again."""
        row = self.row
        if row is None:
            return
        if ids is None:
            self.load(row.id, mark_read=True, unread=True)
            return
        conv_id, service = row.id, self.service
        self.calls.read(
            lambda: service.messages_by_ids(conv_id, ids, mark_read=True),
            lambda got: self._merge(conv_id, got),
            self._read_failed,
        )

    def show_changed_deliveries(self, ids: Collection[int]) -> None:
        """Deliveries changed (the worker sent a reply, a teammate cancelled one): the open
        thread's replies among them show their new state, in place."""
        row = self.row
        if row is None or not ids:
            return
        conv_id, service = row.id, self.service
        self.calls.read(
            lambda: service.messages_of_deliveries(conv_id, ids),
            lambda got: self._merge(conv_id, got),
            self._read_failed,
        )

    def _merge(self, conversation_id: int, got: list[MessageRow]) -> None:
        if self.row is None or self.row.id != conversation_id or not got:
            return
        known = {m.id: m for m in self._messages}
        new = [m for m in got if m.id not in known]
        edited = [m for m in got if m.id in known and known[m.id] != m]
        if any(m.direction == MessageDirection.INBOUND for m in new):
            self.changed.emit(conversation_id)  # read now: the list row loses its count
        self.presence.seen_message_id = max(
            [m.id for m in got] + [self.presence.seen_message_id or 0]
        )
        last = self._messages[-1] if self._messages else None
        in_order = last is not None and all(
            (m.sent_at, m.id) >= (last.sent_at, last.id) for m in new
        )
        if not edited and in_order:
            self._append(new)
            return
        merged = {**known, **{m.id: m for m in got}}
        self._render(sorted(merged.values(), key=lambda m: (m.sent_at, m.id)), keep_scroll=True)

    def _who(self, m: MessageRow) -> str:
        if m.direction == MessageDirection.INBOUND:
            return self.row.member_name if self.row else ""
        if m.direction == MessageDirection.OUTBOUND:
            return m.author_name or self.tr("Team")
        return self.tr("Internal note")

    def _append(self, new: list[MessageRow]) -> None:
        """New messages after the last one shown, added to the document's end: the reader
        who was at the bottom stays there, one scrolled up stays put."""
        if not new:
            return
        self._messages = self._messages + new
        self._show_unsent(self._messages)
        bar = self.messages.verticalScrollBar()
        at, at_bottom = bar.value(), bar.value() >= bar.maximum()
        wanted: list[str] = []
        cursor = QTextCursor(self.messages.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(
            "".join(message_html(m, self._who(m), self.tz, self.show_images, wanted) for m in new)
        )
        bar.setValue(bar.maximum() if at_bottom else at)
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
        presence = self.presence.service
        if presence is not None and op_id is not None:
            # Team mode: whoever had it is told it was taken (a notice on their side).
            self._edit(conv_id, lambda: presence.take(conv_id, op_id))
            return
        self._edit(conv_id, lambda: self.service.assign(conv_id, op_id))

    def _reply_sent(self, conversation_id: int) -> None:
        if self.row is not None and self.row.id == conversation_id:
            self.load(conversation_id)
            self.kf_bar.refresh()  # one of the 5 messages is used
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
