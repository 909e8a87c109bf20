"""Help → Keyboard shortcuts: every key the app answers to, by where it works.

The list is data (``SHORTCUTS``) so a test can hold it against the keys the widgets really
install; the texts are translated here, in this dialog's context.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for lupdate under ``context``; translated when shown."""
    return text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


@dataclass(frozen=True)
class Shortcut:
    area: str
    keys: str  # portable text: QKeySequence(keys) or a single letter
    action: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere"),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Groups tab (Ctrl+2 … Ctrl+5: the others)"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere"),
        "F5",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Refresh"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere"),
        "Ctrl+,",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Workspace settings"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere"),
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere"),
        "F1",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "This list of shortcuts"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inbox"),
        "J",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next conversation"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inbox"),
        "K",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous conversation"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inbox"),
        "R",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Reply"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inbox"),
        "E",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Resolve"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inbox"),
        "A",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Assign to me"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inbox"),
        "/",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Insert a canned reply"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inbox"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Search messages"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Inbox"),
        "Ctrl+Return",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Send the reply"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Alt+Left",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous week"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Alt+Right",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next week"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Alt+Home",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "This week"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "New post"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Schedule the week"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Ctrl+Z",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Redo (also Ctrl+Y)"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Up",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected post a slot earlier"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Down",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected post a slot later"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Left",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected post a day earlier"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Right",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the selected post a day later"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Return",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected post"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Calendar"),
        "Delete",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected post"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Groups and members"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "New group or member"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Groups and members"),
        "Ctrl+S",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the form"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Welcome templates"),
        "Ctrl+Up",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the step up"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Welcome templates"),
        "Ctrl+Down",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the step down"),
    ),
)


def native(keys: str) -> str:
    """The keys as this platform writes them (Ctrl on Linux and Windows, ⌘ on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


def with_shortcut(text: str, keys: str) -> str:
    """A tooltip that names its key: "Reply (R)"."""
    return f"{text} ({native(keys)})"


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        areas: dict[str, QTreeWidgetItem] = {}
        for shortcut in SHORTCUTS:
            parent_item = areas.get(shortcut.area)
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.tree, [_tr(shortcut.area)])
                parent_item.setFirstColumnSpanned(True)
                font = parent_item.font(0)
                font.setBold(True)
                parent_item.setFont(0, font)
                areas[shortcut.area] = parent_item
            QTreeWidgetItem(parent_item, [native(shortcut.keys), _tr(shortcut.action)])
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
