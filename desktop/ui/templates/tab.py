"""The welcome templates tab (W9): journeys, their ordered steps, and the step editor.

Unsaved edits are kept per step while the user looks at other steps (marked with ●),
so switching steps never silently throws work away and never needs a modal question.
Reads and changes run off the UI thread, one at a time in the order asked; after a
change the journeys and the steps are read again and the step it concerns is selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import DelayAnchor, StepChannel
from desktop.services.container import Services
from desktop.services.welcome import JourneyRow, StepDraft, TemplateRejected
from desktop.ui.common.background import Background
from desktop.ui.common.empty_hint import EmptyHint
from desktop.ui.common.forms import InlineMessage
from desktop.ui.templates.funnel_view import FunnelView
from desktop.ui.templates.journey_actions import JourneyActions
from desktop.ui.templates.labels import channel_label, delay_text
from desktop.ui.templates.step_editor import StepEditor
from desktop.ui.templates.step_list import StepList
from desktop.ui.templates.variant_editor import VariantDialog

ID_ROLE = Qt.ItemDataRole.UserRole
UNSAVED_MARK = "● "


class TemplatesTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.templates = services.templates
        self.journeys = services.journeys
        self.welcome = services.welcome
        self._background = Background(self)
        self.setObjectName("templatesTab")
        self._steps: dict[int, StepDraft] = {}
        self._unsaved: dict[int, StepDraft] = {}

        self.journey_list = QListWidget()
        self.journey_list.setObjectName("journeyList")
        self.journey_list.setWordWrap(True)
        self.journey_list.setSpacing(2)
        self.journey_name = QLineEdit()
        self.new_journey_button = QPushButton()
        self.default_journey_button = QPushButton()
        self.default_journey_button.setObjectName("newDefaultJourney")
        self.journey_error = InlineMessage()

        self.step_list = StepList()
        self.step_list.setObjectName("stepList")
        self.step_list.setRootIsDecorated(False)
        self.step_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_list.setColumnWidth(0, 28)
        self.step_list.setColumnWidth(1, 112)
        self.step_list.setColumnWidth(2, 84)
        self.step_hint = EmptyHint(self.step_list)
        self.journey_hint = EmptyHint(self.journey_list)
        self.add_step_button = QPushButton()
        self.journeys_caption = QLabel()
        self.step_error = InlineMessage()
        self.steps_title = QLabel()
        self.steps_title.setWordWrap(True)

        self.editor = StepEditor(services.templates, self)
        self.journey_actions = JourneyActions(self.journeys, self.welcome, self._background)
        self.funnel = FunnelView(services.funnel)
        self.right = QTabWidget()
        # The editor scrolls rather than forcing the window wider than a laptop screen.
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        self.right.addTab(editor_scroll, "")
        self.right.addTab(self.funnel, "")

        self._layout()
        self._wire()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.journeys_caption.setText(self.tr("Welcome journeys"))
        self.journey_name.setPlaceholderText(self.tr("New journey name"))
        self.new_journey_button.setText(self.tr("New journey"))
        self.default_journey_button.setText(self.tr("New journey from the 8-step default"))
        self.right.setTabText(0, self.tr("Step"))
        self.right.setTabText(1, self.tr("Funnel"))
        self.step_list.setHeaderLabels(["#", self.tr("Step"), self.tr("Channel"), self.tr("Delay")])
        self.add_step_button.setText(self.tr("Add step"))
        self.journey_hint.setText(
            self.tr(
                "No welcome journeys yet. Create one with New journey, or start from the default."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.journey_list.count():
                self._load_journeys(self.current_journey_id())  # counts and delays are text
        super().changeEvent(event)

    def _layout(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.journeys_caption)
        lv.addWidget(self.journey_list, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.journey_name, 1)
        new_row.addWidget(self.new_journey_button)
        lv.addLayout(new_row)
        lv.addWidget(self.default_journey_button)
        lv.addWidget(self.journey_error)

        middle = QWidget()
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.addWidget(self.steps_title)
        mv.addWidget(self.step_list, 1)
        mv.addWidget(self.step_error)
        mv.addWidget(self.journey_actions)
        mv.addWidget(self.add_step_button)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(self.right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(2, 1)
        split.setSizes([230, 390, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _wire(self) -> None:
        self.journey_list.currentItemChanged.connect(lambda *_: self._load_steps())
        self.new_journey_button.clicked.connect(self.create_journey)
        self.journey_name.returnPressed.connect(self.create_journey)
        self.journey_name.textEdited.connect(lambda _t: self.journey_error.clear_message())
        self.step_list.currentItemChanged.connect(lambda *_: self._show_step())
        self.add_step_button.clicked.connect(self.add_step)
        self.default_journey_button.clicked.connect(self.create_default_journey)
        self.step_list.move_requested.connect(self.journey_actions.move_step)
        self.journey_actions.up_button.clicked.connect(lambda: self._nudge(-1))
        self.journey_actions.down_button.clicked.connect(lambda: self._nudge(1))
        self.journey_actions.done.connect(self._load_journeys)
        self.journey_actions.failed.connect(self.step_error.show_error)
        self.editor.edited.connect(self._remember_edit)
        self.editor.revert_button.clicked.connect(self.revert_step)
        self.editor.saved.connect(self._after_save)
        self.editor.variants_button.clicked.connect(self.open_variants)

    # -- loading ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Something is being read or written (tests wait for it)."""
        return self._background.busy or self.editor.busy or self.funnel.busy

    def refresh(self) -> None:
        templates = self.templates
        self._background.read(templates.member_choices, self.editor.set_members, self._read_failed)
        self._load_journeys(self.current_journey_id())

    def current_journey_id(self) -> int | None:
        item = self.journey_list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def current_step_id(self) -> int | None:
        item = self.step_list.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def _load_journeys(self, select: int | None, step: int | None = None) -> None:
        """Read the journeys, then the steps of ``select``; ``step`` (default: the one
        shown now) is selected among them."""
        keep = self.current_step_id() if step is None else step
        self._background.read(
            self.templates.journeys,
            lambda rows: self._show_journeys(rows, select, keep),
            self._read_failed,
        )

    def _show_journeys(self, rows: list[JourneyRow], select: int | None, keep: int | None) -> None:
        self.journey_list.blockSignals(True)
        self.journey_list.clear()
        for row in rows:
            steps = self.tr("%n step(s)", None, row.step_count)
            groups = ", ".join(row.group_names) or self.tr("no group attached")
            item = QListWidgetItem(f"{row.name}\n{steps} · {groups}", self.journey_list)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.description)
            if row.id == select:
                self.journey_list.setCurrentItem(item)
        if self.journey_list.currentItem() is None and self.journey_list.count():
            self.journey_list.setCurrentRow(0)
        self.journey_list.blockSignals(False)
        self._load_steps(keep=keep)

    def _load_steps(self, keep: int | None = None) -> None:
        journey_id = self.current_journey_id()
        if journey_id is None:
            self._show_steps(None, [], keep)
            return
        templates = self.templates
        self._background.read(
            lambda: templates.steps(journey_id),
            lambda steps: self._show_steps(journey_id, steps, keep),
            self._read_failed,
        )

    def _show_steps(self, journey_id: int | None, steps: list[StepDraft], keep: int | None) -> None:
        if journey_id != self.current_journey_id():
            return  # another journey was chosen meanwhile; its steps are on their way
        self._steps = {s.id: s for s in steps if s.id is not None}
        item = self.journey_list.currentItem()
        self.steps_title.setText(
            self.tr("Steps of %1").replace("%1", item.text().split("\n")[0])
            if item
            else self.tr("No journey yet: create one on the left.")
        )
        self.add_step_button.setEnabled(journey_id is not None)
        self.step_hint.setText(
            self.tr(
                "No steps yet. Each step is a message (email, group message or a manual task) "
                "sent a set time after joining or after the previous step: add one with Add step."
            )
            if journey_id is not None
            else ""
        )
        self.funnel.set_journey(journey_id)
        self.step_error.clear_message()
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for number, step in enumerate(steps, start=1):
            row = QTreeWidgetItem(self.step_list)
            row.setData(0, ID_ROLE, step.id)
            row.setText(0, str(number))
            self._paint_step(row, self._unsaved.get(step.id or -1, step))
            if step.id == keep:
                self.step_list.setCurrentItem(row)
        first = self.step_list.topLevelItem(0)
        if self.step_list.currentItem() is None and first is not None:
            self.step_list.setCurrentItem(first)
        self.step_list.blockSignals(False)
        self._show_step()

    def _read_failed(self, exc: BaseException) -> None:
        self.step_error.show_error(
            self.tr("Could not read the journeys: %1").replace("%1", str(exc))
        )

    def _paint_step(self, item: QTreeWidgetItem, step: StepDraft) -> None:
        unsaved = step.id in self._unsaved
        item.setText(1, (UNSAVED_MARK if unsaved else "") + step.title)
        item.setText(2, channel_label(step.channel))
        item.setText(3, delay_text(step.delay_minutes, step.delay_anchor))
        item.setToolTip(1, self.tr("Unsaved changes") if unsaved else step.title)
        font = QFont(item.font(1))
        font.setItalic(unsaved)
        font.setStrikeOut(not step.enabled)  # switched off: members skip it
        item.setFont(1, font)
        if not step.enabled:
            item.setToolTip(1, self.tr("Switched off: members skip this step"))

    def _show_step(self) -> None:
        step_id = self.current_step_id()
        stored = self._steps.get(step_id) if step_id is not None else None
        self.journey_actions.show_target(self.current_journey_id(), stored)
        if step_id is None:
            self.editor.load(None)
        elif step_id in self._unsaved:
            self.editor.load(self._unsaved[step_id], modified=True)
        else:
            self.editor.load(self._steps.get(step_id))

    # -- editing ------------------------------------------------------------------------
    def _change(
        self, fn: Callable[[], Any], then: Callable[[Any], None], where: InlineMessage
    ) -> None:
        """Write off the UI thread; a failure is shown under the list it concerns."""
        self._background.change(
            fn, then, lambda exc: where.show_error(self.tr("Not saved: %1").replace("%1", str(exc)))
        )

    def _remember_edit(self) -> None:
        step_id = self.editor.step_id()
        if step_id is None:
            return
        self._unsaved[step_id] = self.editor.current_draft()
        item = self.step_list.currentItem()
        if item is not None and item.data(0, ID_ROLE) == step_id:
            self._paint_step(item, self._unsaved[step_id])

    def revert_step(self) -> None:
        step_id = self.editor.step_id()
        if step_id is not None:
            self._unsaved.pop(step_id, None)
        self._load_steps(keep=step_id)

    def _after_save(self, step_id: int) -> None:
        self._unsaved.pop(step_id, None)
        self._load_journeys(self.current_journey_id(), step_id)

    def create_journey(self) -> None:
        name = self.journey_name.text().strip()
        if not name:
            self.journey_error.show_error(self.tr("A journey needs a name."))
            return
        templates = self.templates
        self._change(
            lambda: templates.create_journey(name), self._journey_created, self.journey_error
        )

    def _journey_created(self, journey_id: int) -> None:
        self.journey_name.clear()
        self.journey_error.clear_message()
        self._load_journeys(journey_id)

    def add_step(self) -> None:
        """Append a step and open it. It starts switched off so that a half-written step
        is never sent to real members by the welcome runner."""
        journey_id = self.current_journey_id()
        if journey_id is None:
            return
        draft = StepDraft(
            title=self.tr("New step"),
            template=self.tr("Hello {name}, welcome to {group}!"),
            channel=StepChannel.EMAIL,
            delay_minutes=60,
            delay_anchor=DelayAnchor.PREVIOUS,
            enabled=False,
        )
        templates = self.templates
        self._background.change(
            lambda: templates.add_step(journey_id, draft),
            lambda step_id: self._load_journeys(journey_id, step_id),
            self._add_failed,
        )

    def _add_failed(self, exc: BaseException) -> None:
        if isinstance(exc, TemplateRejected):
            # Only reachable through a broken translation of the starter text.
            self.step_error.show_error(self.tr("The starter template is invalid."))
        else:
            self.step_error.show_error(self.tr("Not saved: %1").replace("%1", str(exc)))

    # -- journey actions (issue 6) ----------------------------------------------------------
    def create_default_journey(self) -> None:
        name = self.journey_name.text().strip()
        journeys = self.journeys
        self._change(
            lambda: journeys.create_default(name) if name else journeys.create_default(),
            self._journey_created,
            self.journey_error,
        )

    def _nudge(self, delta: int) -> None:
        item = self.step_list.currentItem()
        if item is None:
            return
        row = self.step_list.indexOfTopLevelItem(item) + delta
        if 0 <= row < self.step_list.topLevelItemCount():
            self.journey_actions.move_step(int(item.data(0, ID_ROLE)), row)

    def open_variants(self) -> VariantDialog | None:
        """The per-channel and A/B versions of the current step."""
        step_id = self.current_step_id()
        if step_id is None or step_id not in self._steps:
            return None
        dialog = VariantDialog(self.journeys, step_id, self._steps[step_id].title, self)
        dialog.open()
        return dialog
