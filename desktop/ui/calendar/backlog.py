"""The left panel: backlog drafts and the materials archive (G9), searchable and filtered.

Both lists are drag sources for the week grid; Enter on an item asks the tab to plan it
into the current cell, so the panel works without a mouse too. With a ``Background`` (the
tab's) the lists are read off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ContentType, MaterialKind
from desktop.services.calendar import BacklogItem, MaterialItem, MaterialService
from desktop.ui.calendar.dnd import DragKind, Payload, to_mime
from desktop.ui.calendar.labels import type_icon, type_label
from desktop.ui.common.background import Background

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Lists = tuple[list[BacklogItem], list[MaterialItem]]


class _DragList(QListWidget):
    activated_ids = Signal(object, list)  # DragKind, ids

    def __init__(self, kind: DragKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(lambda _item: self.activated_ids.emit(self.kind, self.ids()))

    def ids(self, items: Sequence[QListWidgetItem] | None = None) -> list[int]:
        chosen = list(items) if items is not None else self.selectedItems()
        return [int(i.data(ID_ROLE)) for i in chosen]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return to_mime(self.payload(items))

    def payload(self, items: Sequence[QListWidgetItem] | None = None) -> Payload:
        return Payload(self.kind, tuple(self.ids(items)))


class BacklogPanel(QWidget):
    plan_requested = Signal(object, list)  # DragKind, ids — keyboard "plan into current cell"

    def __init__(
        self,
        materials: MaterialService,
        parent: QWidget | None = None,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = materials
        self._background = background
        self._generation = 0  # only the newest read is shown
        self.setObjectName("backlogPanel")
        self.search = QLineEdit()
        self.search.setObjectName("backlogSearch")
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("backlogTypeFilter")
        self.drafts = _DragList(DragKind.DRAFTS)
        self.drafts.setObjectName("draftList")
        self.materials = _DragList(DragKind.MATERIALS)
        self.materials.setObjectName("materialList")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.drafts, "")
        self.tabs.addTab(self.materials, "")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.type_filter)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.type_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.tabs.currentChanged.connect(lambda _i: self._fill_filter())
        self.drafts.activated_ids.connect(self.plan_requested)
        self.materials.activated_ids.connect(self.plan_requested)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search drafts and materials"))
        self.tabs.setTabText(0, self.tr("Drafts"))
        self.tabs.setTabText(1, self.tr("Materials"))
        self.hint.setText(
            self.tr("Drag onto a slot to plan it, or press Enter to plan it in the current cell.")
        )
        self._fill_filter()

    def _fill_filter(self) -> None:
        chosen = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All types"), None)
        if self.tabs.currentIndex() == 0:
            for t in ContentType:
                self.type_filter.addItem(type_icon(t), type_label(t), t.value)
        else:
            for k in MaterialKind:
                self.type_filter.addItem(material_label(k), k.value)
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(chosen)))
        self.type_filter.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        text = self.search.text()
        chosen = self.type_filter.currentData()
        on_drafts = self.tabs.currentIndex() == 0
        types = [ContentType(chosen)] if chosen and on_drafts else []
        kinds = [MaterialKind(chosen)] if chosen and not on_drafts else []
        service = self.service

        def read() -> Lists:
            return service.drafts(text, types), service.materials(text, kinds)

        if self._background is None:
            self._show(read())
            return
        self._generation += 1
        generation = self._generation

        def show(got: Lists) -> None:
            if generation == self._generation:
                self._show(got)

        self._background.read(read, show)

    def _show(self, got: Lists) -> None:
        drafts, materials = got
        self.drafts.clear()
        for d in drafts:
            item = QListWidgetItem(type_icon(d.content_type), d.title, self.drafts)
            item.setData(ID_ROLE, d.id)
            item.setToolTip(f"{d.title}\n{type_label(d.content_type)}\n{d.preview}".strip())
        self.materials.clear()
        for m in materials:
            label = f"[{material_label(m.kind)}] {m.title}"
            item = QListWidgetItem(label, self.materials)
            item.setData(ID_ROLE, m.id)
            item.setToolTip(f"{m.title}\n{m.preview}".strip())
        self.tabs.setTabText(0, self.tr("Drafts (%1)").replace("%1", str(self.drafts.count())))
        self.tabs.setTabText(
            1, self.tr("Materials (%1)").replace("%1", str(self.materials.count()))
        )


def material_label(kind: MaterialKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        MaterialKind.PLAN: QCoreApplication.translate("CalendarLabels", "Plan"),
        MaterialKind.SCRIPT: QCoreApplication.translate("CalendarLabels", "Script"),
        MaterialKind.POSTER: QCoreApplication.translate("CalendarLabels", "Poster"),
        MaterialKind.COPY: QCoreApplication.translate("CalendarLabels", "Copy"),
    }[kind]
