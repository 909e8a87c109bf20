"""Parts of the post editor: attachments, weekly recurrence, per-channel preview, emoji.

Attachments are file paths (image, poster, voice file — from a file picker) or links
(typed URL). The preview renders the post with the same function the scheduler uses for
the deliveries, so what is shown is what goes out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar.post_message import ATTACHMENT_ICONS, AttachmentRef, render_post
from desktop.domain.calendar.rules import Recurrence
from desktop.domain.enums import AttachmentKind, ChannelKind

REF_ROLE = Qt.ItemDataRole.UserRole + 1
EMOJI = "😀😊🎉🎁🔥👍🙏❤️✨📢📅⏰☕🍵🎂🧧🏮🌟✅❗"


class AttachmentEditor(QWidget):
    changed = Signal()

    def __init__(self, refs: list[AttachmentRef], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setMaximumHeight(90)
        self.add_button = QToolButton()
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setText(self.tr("Add"))
        menu = QMenu(self)
        menu.addAction(self.tr("Image…"), lambda: self.pick_file(AttachmentKind.IMAGE))
        menu.addAction(self.tr("Poster…"), lambda: self.pick_file(AttachmentKind.POSTER))
        menu.addAction(self.tr("Voice file…"), lambda: self.pick_file(AttachmentKind.VOICE))
        menu.addAction(self.tr("Link…"), self.ask_link)
        self.add_button.setMenu(menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self._dialog: QWidget | None = None
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        for ref in refs:
            self.add(ref)

    def add(self, ref: AttachmentRef) -> None:
        label = ref.caption or ref.uri
        item = QListWidgetItem(f"{ATTACHMENT_ICONS[ref.kind]} {label}", self.list)
        item.setToolTip(ref.uri)
        item.setData(REF_ROLE, (ref.kind.value, ref.uri, ref.caption))
        self.changed.emit()

    def refs(self) -> list[AttachmentRef]:
        out = []
        for i in range(self.list.count()):
            kind, uri, caption = self.list.item(i).data(REF_ROLE)
            out.append(AttachmentRef(AttachmentKind(kind), uri, caption))
        return out

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def pick_file(self, kind: AttachmentKind) -> None:
        filters = {
            AttachmentKind.IMAGE: self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"),
            AttachmentKind.POSTER: self.tr("Posters (*.png *.jpg *.jpeg *.pdf)"),
            AttachmentKind.VOICE: self.tr("Voice files (*.mp3 *.m4a *.amr *.wav *.ogg)"),
        }
        dialog = QFileDialog(self, self.tr("Choose a file"), "", filters[kind])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.add(AttachmentRef(kind, path)))
        self._dialog = dialog
        dialog.open()

    def ask_link(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add a link"))
        dialog.setLabelText(self.tr("Address (https://…)"))
        dialog.textValueSelected.connect(self.add_link)
        self._dialog = dialog
        dialog.open()

    def add_link(self, url: str) -> bool:
        url = url.strip()
        if not url.lower().startswith(("http://", "https://")):
            return False
        self.add(AttachmentRef(AttachmentKind.LINK, url))
        return True


class RecurrenceEditor(QWidget):
    changed = Signal()

    def __init__(self, rec: Recurrence | None, start: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Repeat weekly on"))
        self.enabled.setObjectName("repeatWeekly")
        self.days: list[QCheckBox] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        for i, name in enumerate(names):
            box = QCheckBox(name)
            box.setChecked(
                (rec is not None and i in rec.weekdays) or (rec is None and i == start.weekday())
            )
            box.toggled.connect(self.changed)
            self.days.append(box)
            row.addWidget(box)
        row.addWidget(QLabel(self.tr("until")))
        until = rec.until if rec else start.replace(day=min(start.day, 28))
        self.until = QDateEdit(QDate(until.year, until.month, until.day))
        self.until.setCalendarPopup(True)
        if rec is None:
            self.until.setDate(QDate(start.year, start.month, start.day).addDays(28))
        row.addWidget(self.until)
        row.addStretch(1)
        self.enabled.setChecked(rec is not None)
        self.enabled.toggled.connect(self._sync)
        self.until.dateChanged.connect(self.changed)
        self._sync()

    def _sync(self) -> None:
        on = self.enabled.isChecked()
        for box in self.days:
            box.setEnabled(on)
        self.until.setEnabled(on)
        self.changed.emit()

    def value(self) -> Recurrence | None:
        if not self.enabled.isChecked():
            return None
        days = frozenset(i for i, b in enumerate(self.days) if b.isChecked())
        until = self.until.date().toPython()
        return Recurrence(days, until) if days else None  # type: ignore[arg-type]


class PreviewPane(QTabWidget):
    """How the post will look as a group message and as an email."""

    CHANNELS = (ChannelKind.MANUAL, ChannelKind.EMAIL)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postPreview")
        self.views: dict[ChannelKind, QTextBrowser] = {}
        labels = {
            ChannelKind.MANUAL: self.tr("Group message"),
            ChannelKind.EMAIL: self.tr("Email"),
        }
        for channel in self.CHANNELS:
            view = QTextBrowser()
            view.setOpenLinks(False)
            view.setMinimumHeight(90)
            self.views[channel] = view
            self.addTab(view, labels[channel])

    def show_post(self, title: str, body: str, refs: list[AttachmentRef]) -> None:
        for channel, view in self.views.items():
            text = render_post(title, body, refs, channel)
            if channel == ChannelKind.EMAIL:
                subject = self.tr("Subject: %1").replace("%1", text.subject)
                view.setPlainText(f"{subject}\n────────\n{text.body}")
            else:
                view.setPlainText(text.body)

    def text(self, channel: ChannelKind) -> str:
        return self.views[channel].toPlainText()


def emoji_button(target: QPlainTextEdit, parent: QWidget | None = None) -> QComboBox:
    """A small picker that inserts an emoji at the cursor (keyboard-friendly)."""
    combo = QComboBox(parent)
    combo.setObjectName("emojiPicker")
    combo.addItem("😀…")
    for ch in _graphemes(EMOJI):
        combo.addItem(ch)

    def insert(index: int) -> None:
        if index > 0:
            target.insertPlainText(combo.itemText(index))
            combo.setCurrentIndex(0)
            target.setFocus()

    combo.activated.connect(insert)
    return combo


def _graphemes(text: str) -> list[str]:
    import regex

    return regex.findall(r"\X", text)
