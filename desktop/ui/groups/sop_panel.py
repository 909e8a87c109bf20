"""SOP checklists ticked per group with dates (G8), and the retrospective (复盘) form
with the group's figures for the period filled in."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.groups import FIGURE_KEYS, RetroDraft, SopService
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.widgets import OptionalDateEdit, format_date, text_box

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class SopPanel(QWidget):
    def __init__(self, sop: SopService, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sop = sop
        self.group_id = group_id
        self._loading = False
        self.tree = QTreeWidget()
        self.tree.setObjectName("sopTree")
        self.tree.setColumnCount(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Done on")])
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        try:
            self.tree.clear()
            for state in self._sop.checklists(self.group_id):
                done, total = state.progress
                top = QTreeWidgetItem([f"{state.checklist.title}  {done}/{total}", ""])
                self.tree.addTopLevelItem(top)
                for item in state.checklist.items:
                    at = state.done.get(item)
                    child = QTreeWidgetItem([item, format_date(at.date()) if at else ""])
                    child.setData(0, KEY_ROLE, (state.checklist.key, item))
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Checked if at else Qt.CheckState.Unchecked)
                    top.addChild(child)
                top.setExpanded(True)
            self.tree.resizeColumnToContents(0)
        finally:
            self._loading = False

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, KEY_ROLE)
        if self._loading or column != 0 or not key:
            return
        checklist, step = key
        done = item.checkState(0) == Qt.CheckState.Checked
        self._sop.tick(self.group_id, checklist, step, done)
        # Updated in place: clearing the tree here would delete the item whose signal is
        # being handled.
        self._loading = True
        try:
            for state in self._sop.checklists(self.group_id):
                if state.checklist.key != checklist:
                    continue
                at = state.done.get(step)
                item.setText(1, format_date(at.date()) if at else "")
                parent = item.parent()
                if parent is not None:
                    n, total = state.progress
                    parent.setText(0, f"{state.checklist.title}  {n}/{total}")
        finally:
            self._loading = False


class RetroPanel(QWidget):
    saved = Signal(int)

    def __init__(self, sop: SopService, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sop = sop
        self.group_id = group_id
        self.draft: RetroDraft | None = None
        self.history = QListWidget()
        self.history.setObjectName("retroHistory")
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.start.set_value(date.today() - timedelta(days=30))
        self.end.set_value(date.today())
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        self.fill_button = QPushButton()
        period.addWidget(self.fill_button)
        self.figures = QLabel()
        self.figures.setObjectName("retroFigures")
        self.figures.setWordWrap(True)
        self.goal = text_box(2)
        self.result = text_box(2)
        self.causes = text_box(2)
        self.lessons = text_box(2)
        self.next_actions = text_box(2)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.labels = [QLabel() for _ in range(7)]
        form.addRow(self.labels[0], period)
        form.addRow(self.labels[1], self.figures)
        for label, box in zip(
            self.labels[2:],
            (self.goal, self.result, self.causes, self.lessons, self.next_actions),
            strict=True,
        ):
            form.addRow(label, box)
        self.message = InlineMessage()
        self.save_button = QPushButton()
        self.save_button.setObjectName("retroSave")
        layout = QVBoxLayout(self)
        layout.addWidget(self.history)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.fill_button.clicked.connect(self.fill_figures)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.refresh()
        self.fill_figures()

    def fill_figures(self) -> None:
        start, end = self.start.value(), self.end.value()
        if start is None or end is None or end < start:
            self.message.show_error(self.tr("Choose a period whose end is after its start."))
            return
        self.message.clear_message()
        self.draft = self._sop.new_retro(self.group_id, start, end)
        self.figures.setText(self._figures_text(self.draft.figures))

    def save(self) -> int | None:
        if self.draft is None:
            self.fill_figures()
        if self.draft is None:
            return None
        d = self.draft
        d.goal = self.goal.toPlainText()
        d.result = self.result.toPlainText()
        d.causes = self.causes.toPlainText()
        d.lessons = self.lessons.toPlainText()
        d.next_actions = self.next_actions.toPlainText()
        if not d.goal.strip() or not d.result.strip():
            self.message.show_error(self.tr("Write at least the goal and the result."))
            return None
        rid = self._sop.save_retro(d)
        self.message.show_warning(self.tr("Retrospective saved."))
        self.draft = None
        self.refresh()
        self.saved.emit(rid)
        return rid

    def refresh(self) -> None:
        self.history.clear()
        for r in self._sop.retros(self.group_id):
            period = f"{format_date(r.period_start)} – {format_date(r.period_end)}"
            self.history.addItem(f"{period}: {r.goal.splitlines()[0] if r.goal else ''}")

    def _figures_text(self, figures: dict[str, int]) -> str:
        names = {
            "joined": self.tr("joined"),
            "left": self.tr("left"),
            "members_at_end": self.tr("members at the end"),
            "posts_sent": self.tr("posts sent"),
            "dms_in": self.tr("DMs received"),
            "dms_out": self.tr("DMs answered"),
            "welcome_started": self.tr("welcome journeys started"),
            "welcome_completed": self.tr("welcome journeys completed"),
        }
        return " · ".join(f"{names[k]} {figures.get(k, 0)}" for k in FIGURE_KEYS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Retrospective (复盘)"))
        self.fill_button.setText(self.tr("Fill in the figures"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Period"),
                self.tr("Figures"),
                self.tr("Goal"),
                self.tr("Result"),
                self.tr("Causes"),
                self.tr("Lessons"),
                self.tr("Next actions"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.save_button.setText(self.tr("Save retrospective"))
