"""The template variables beside the step's message: a click (or Enter) picks one to insert.

Each item carries the variable's name; its tooltip says what it is filled with. The texts
keep the step editor's translation context ("StepEditor"), where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.domain import templates as tpl
from desktop.ui.templates.labels import variable_description


class VariableList(QListWidget):
    chosen = Signal(str)  # a variable's name, without braces

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateVariables")
        for name in tpl.KNOWN_VARIABLES:
            item = QListWidgetItem("{" + name + "}", self)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.setMaximumWidth(170)
        self.itemClicked.connect(self._clicked)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._clicked(self.currentItem()))

    def retranslate(self) -> None:
        self.setToolTip(QCoreApplication.translate("StepEditor", "Click to insert at the cursor"))
        for i in range(self.count()):
            item = self.item(i)
            item.setToolTip(variable_description(str(item.data(Qt.ItemDataRole.UserRole))))

    def _clicked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
