"""The Groups tab: the list of groups beside a validated detail form (G1–G4).

The tab is the controller: it moves GroupService dataclasses between the list model and
the form, and decides when saving is allowed. Layout lives in the form and the table.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.groups.capacity import CapacityCheck, check_capacity
from desktop.services.container import Services
from desktop.services.groups import DraftCheck, GroupDraft, GroupRow, GroupValidationError
from desktop.services.live import Change, EditConflict, save_merging
from desktop.ui.common.empty_hint import EmptyHint
from desktop.ui.compare_dialog import announce_merge, merge_notice, resolve_conflict
from desktop.ui.groups.form import GroupForm
from desktop.ui.groups.live import GroupsLive
from desktop.ui.groups.model import ID_ROLE, SORT_ROLE, Column, GroupTableModel
from desktop.ui.groups.reminder_bar import CampaignReminderBar

if TYPE_CHECKING:
    # The dialogs are imported when opened: the ops dialog alone pulls in the Matrix and
    # keyring services, which the first paint of the groups tab must not wait for.
    from desktop.ui.groups.ops_dialog import GroupOpsDialog
    from desktop.ui.groups.policy_dialog import PolicyDialog
    from desktop.ui.groups.series_dialog import SeriesDialog
    from desktop.ui.groups.split_dialog import SplitDialog

_D = TypeVar("_D", bound=QDialog)  # the dialog shown, returned as itself


class GroupsTab(QWidget):
    group_saved = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._brand_keyword = ""
        self._current: GroupRow | None = None  # None while a new group is being written
        self._loaded = GroupDraft(name="")  # what the form held when loaded, to detect edits
        self._syncing = False  # selection changes made by code, not by the user

        self.model = GroupTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView()
        self.table.setObjectName("groupsTable")
        self.table.setModel(self.proxy)
        self.empty_hint = EmptyHint(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.new_button = QPushButton()
        self.new_button.setObjectName("newGroup")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.show_archived = QCheckBox()
        self.show_archived.setObjectName("showArchived")
        self.count_label = QLabel()
        self.series_button = QPushButton()
        self.series_button.setObjectName("groupSeries")
        self.split_button = QPushButton()
        self.split_button.setObjectName("groupSplit")
        self.ops_button = QPushButton()
        self.ops_button.setObjectName("groupOps")
        self.policy_button = QPushButton()
        self.policy_button.setObjectName("groupPolicy")
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.series_button)
        toolbar.addWidget(self.show_archived)
        toolbar.addStretch(1)
        toolbar.addWidget(self.count_label)
        # A second row: one long row would make the window's minimum width grow.
        actions = QHBoxLayout()
        actions.addWidget(self.split_button)
        actions.addWidget(self.ops_button)
        actions.addWidget(self.policy_button)
        actions.addStretch(1)
        self.reminders = CampaignReminderBar()
        self.dialog: QDialog | None = None  # the series/split/operations dialog shown
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(toolbar)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.reminders)
        left_layout.addWidget(self.table, 1)

        self.form = GroupForm()
        self.form.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.new_button.clicked.connect(self.new_group)
        self.series_button.clicked.connect(self.open_series)
        self.split_button.clicked.connect(self.open_split)
        self.ops_button.clicked.connect(self.open_ops)
        self.policy_button.clicked.connect(self.open_policy)
        self.reminders.archive_requested.connect(self.archive_due)
        self.show_archived.toggled.connect(lambda _on: self._reload_list())
        self.form.edited.connect(self._revalidate)
        self.form.save_requested.connect(self.save)
        self.form.revert_requested.connect(self.revert)
        self.form.archive_requested.connect(self.toggle_archived)
        self.live = GroupsLive(self)
        self.retranslate()
        self._load(None)
        self.refresh()

    # -- public API ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the brand keyword and the list, keeping the selection or unsaved new group."""
        self._brand_keyword = self.services.groups.brand_keyword()
        self.form.set_brand_keyword(self._brand_keyword)
        self._apply_archive_policy()
        self._reload_list()
        self._revalidate()

    def apply_changes(self, changes: list[Change]) -> None:
        """Teammates' commits: the changed groups only (see ``ui/groups/live.py``)."""
        self.live.apply(changes)

    def open_series(self) -> SeriesDialog:
        template = self.services.groups.get(self._current.id) if self._current else None
        from desktop.ui.groups.series_dialog import SeriesDialog

        dialog = SeriesDialog(self.services.groups, self.services.group_ops, template, self)
        dialog.created.connect(self._on_series_created)
        return self._show_dialog(dialog)

    def open_split(self) -> SplitDialog | None:
        if self._current is None:
            return None
        from desktop.ui.groups.split_dialog import SplitDialog

        dialog = SplitDialog(self.services.groups, self.services.group_ops, self._current.id, self)
        dialog.created.connect(self._on_group_created)
        return self._show_dialog(dialog)

    def open_ops(self) -> GroupOpsDialog | None:
        if self._current is None:
            return None
        from desktop.ui.groups.ops_dialog import GroupOpsDialog

        dialog = GroupOpsDialog(self.services, self._current.id, self)
        dialog.changed.connect(self._reload_list)
        return self._show_dialog(dialog)

    def open_policy(self) -> PolicyDialog:
        from desktop.ui.groups.policy_dialog import PolicyDialog

        dialog = PolicyDialog(self.services.policy, self)
        dialog.saved.connect(self.refresh)
        return self._show_dialog(dialog)

    def archive_due(self) -> None:
        """Archive every campaign group the reminder bar lists."""
        for reminder in self.reminders.due:
            self.services.group_ops.archive(reminder.group_id)
        self.refresh()

    def current_group_id(self) -> int | None:
        return self._current.id if self._current else None

    def select_group(self, group_id: int) -> bool:
        source_row = self.model.row_of(group_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def new_group(self) -> None:
        self._syncing = True
        self.table.clearSelection()
        self._syncing = False
        self._load(None)
        self.form.name_edit.setFocus()

    def save(self) -> int | None:
        """Save the form; returns the group id, or None when the form is invalid."""
        draft = self.form.draft(self.current_group_id())
        check = self._revalidate(force=True)
        if not check.ok:
            return None
        # What the form was loaded from: a teammate's save meanwhile is merged against it.
        base = self._loaded if draft.id is not None else None
        labels = self.form.field_labels()
        while True:
            try:
                saved = save_merging(self.services.groups.save, draft, base)
                break
            except GroupValidationError as exc:
                # The keyword may have changed in another window since the last refresh.
                self._brand_keyword = self.services.groups.brand_keyword()
                self.form.set_brand_keyword(self._brand_keyword)
                self.form.show_check(exc.check, force=True)
                return None
            except EditConflict as conflict:
                # Both changed a field: compare, then save the choice over their version.
                chosen = resolve_conflict(conflict, draft, labels, self)
                if chosen is None:
                    self._load(self._current)  # their copy stays, and the form shows it
                    return None
                draft, base = chosen, conflict.theirs
        group_id = saved.row_id
        self._current = self.services.groups.row(group_id)
        if self._current is not None and self._current.archived:
            self.show_archived.setChecked(True)
        self._reload_list()
        self._load(self._current)
        notice = merge_notice(saved, labels)
        if notice:
            announce_merge(self, notice)
        self.form.show_saved(notice or self.tr("Saved."))
        self.group_saved.emit(group_id)
        return group_id

    def revert(self) -> None:
        self._load(self._current)

    def toggle_archived(self) -> None:
        if self._current is None:
            return
        if self._current.archived:
            self.services.group_ops.restore(self._current.id)
        else:
            # Archiving also tags a campaign's members and stops its posts and journeys.
            self.services.group_ops.archive(self._current.id)
        self._current = self.services.groups.row(self._current.id)
        self._reload_list()
        if self._current is not None and self.model.row_of(self._current.id) < 0:
            self._current = None
            self._select_first_or_new()

    # -- internals -------------------------------------------------------------------------
    def _show_dialog(self, dialog: _D) -> _D:
        # open(), not exec(): no nested event loop under qasync.
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_series_created(self, ids: list[int]) -> None:
        self._reload_list()
        if ids:
            self.select_group(ids[0])

    def _on_group_created(self, group_id: int) -> None:
        self._reload_list()
        self.select_group(group_id)

    def _apply_archive_policy(self) -> None:
        policy = self.services.policy.get()
        today = date.today()
        self.services.group_ops.apply_archive_policy(
            today, auto_archive=policy.auto_archive, archive_after_days=policy.archive_after_days
        )
        self.reminders.show_due(
            self.services.group_ops.campaign_reminders(today, policy.archive_after_days),
            policy.archive_after_days,
        )

    def _reload_list(self) -> None:
        keep = self.current_group_id()
        rows = self.services.groups.list(include_archived=self.show_archived.isChecked())
        self._syncing = True
        try:
            self.model.set_rows(rows)
        finally:
            self._syncing = False
        self._update_count()
        if keep is not None and self.model.row_of(keep) >= 0:
            self._syncing = True
            self.select_group(keep)
            self._syncing = False
            self._current = self.model.group_at(self.model.row_of(keep))
            self.form.show_capacity(self._capacity())
        elif keep is not None or not self._is_dirty():
            self._select_first_or_new()

    def _select_first_or_new(self) -> None:
        if self.proxy.rowCount() == 0:
            self._load(None)
            return
        self.table.selectRow(0)
        if not self.table.selectionModel().hasSelection():
            self._load(None)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing:
            return
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        group_id = int(rows[0].data(ID_ROLE))
        self._load(self.model.group_at(self.model.row_of(group_id)))

    def _load(self, row: GroupRow | None) -> None:
        self._current = row
        self.split_button.setEnabled(row is not None and not row.archived)
        self.ops_button.setEnabled(row is not None)
        draft = GroupDraft(name="") if row is None else self.services.groups.get(row.id)
        self._loaded = draft
        self.form.set_draft(draft, bool(row and row.archived))
        self.form.form_message.clear_message()
        self.form.set_archive_state(row is not None, bool(row and row.archived))
        self._revalidate()

    def _is_dirty(self) -> bool:
        return self.form.draft(self.current_group_id()) != self._loaded

    def _capacity(self) -> CapacityCheck | None:
        if self._current is None:
            return None
        # Platform and cap come from the form so the advice follows what is being typed.
        draft = self.form.draft(self._current.id)
        return check_capacity(self._current.members, draft.platform, draft.capacity_override)

    def _revalidate(self, force: bool = False) -> DraftCheck:
        draft = self.form.draft(self.current_group_id())
        check = self.services.groups.validate(draft, brand_keyword=self._brand_keyword)
        self.form.show_check(check, force=force)
        self.form.show_capacity(self._capacity())
        self.form.set_save_enabled(check.ok and (self._current is None or self._is_dirty()))
        return check

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Groups: %1").replace("%1", str(self.model.rowCount())))

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New group"))
        self.new_button.setToolTip(self.tr("Create a group (Ctrl+N)"))
        self.show_archived.setText(self.tr("Show archived"))
        self.series_button.setText(self.tr("Series…"))
        self.series_button.setToolTip(self.tr("Create several groups from a name pattern"))
        self.split_button.setText(self.tr("Split…"))
        self.split_button.setToolTip(
            self.tr("Open a sibling or a sub-community and move members into it")
        )
        self.ops_button.setText(self.tr("Operations…"))
        self.ops_button.setToolTip(self.tr("Staffing, moderation, SOP and retrospective"))
        self.policy_button.setText(self.tr("Policy…"))
        self.policy_button.setToolTip(self.tr("Automatic archiving and the moderation ladder"))
        self.empty_hint.setText(
            self.tr(
                "No groups yet. A group is one chat or community you run: add one with "
                "New group (Ctrl+N), or several at once with Series…"
            )
        )
        self._update_count()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
