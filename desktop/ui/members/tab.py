"""The Members tab: a paged, searchable member table beside the profile panel (M1, M2).

The tab is the controller: it feeds the search box into the paged model, loads the
selected member's profile and saves the panel's draft through MemberService. The dialogs
it opens and the export belong to its ``MemberActions``, which tells the tab what changed;
the table view is ``MemberTable``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.members.segments import SegmentFilter
from desktop.services.container import Services
from desktop.services.live import Change, EditConflict, save_merging
from desktop.services.members import MemberDraft, MemberSort, MemberValidationError
from desktop.ui.common.background import Task
from desktop.ui.common.empty_hint import EmptyHint
from desktop.ui.compare_dialog import announce_merge, merge_notice, resolve_conflict
from desktop.ui.members.center_dialog import PersonalCenterDialog
from desktop.ui.members.live import MembersLive
from desktop.ui.members.message_dialog import SegmentMessageDialog
from desktop.ui.members.model import ID_ROLE, Column, MemberTableModel
from desktop.ui.members.profile import MemberProfilePanel
from desktop.ui.members.segment_bar import SegmentBar
from desktop.ui.members.tab_actions import MemberActions
from desktop.ui.members.table import MemberTable

SEARCH_DELAY_MS = 250


class MembersTab(QWidget):
    member_saved = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._member_id: int | None = None  # None while a new member is being written
        self._loaded = MemberDraft(name="")  # the panel's content when loaded, to see edits
        self._syncing = False

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("memberSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newMember")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.status_label = QLabel()
        self.status_label.setObjectName("memberStatus")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importMembers")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportMembers")
        self.segments = SegmentBar(services.segments, services.groups)
        self.center_button = QPushButton()
        self.center_button.setObjectName("memberCenter")
        self.rules_button = QPushButton()
        self.rules_button.setObjectName("memberRules")
        self.stats_button = QPushButton()
        self.stats_button.setObjectName("memberStats")
        self.message_button = QPushButton()
        self.message_button.setObjectName("messageSegment")
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search_edit, 1)
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.center_button)
        # A second row: one long row would make the window's minimum width grow.
        actions = QHBoxLayout()
        actions.addWidget(self.segments)
        actions.addWidget(self.message_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.rules_button)
        actions.addWidget(self.stats_button)
        self.member_actions = MemberActions(services, self)

        self.model = MemberTableModel(services.members, parent=self)
        self.table = MemberTable(self.model)
        self.empty_hint = EmptyHint(self.table)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(toolbar)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status_label)

        self.profile = MemberProfilePanel()
        self.profile.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.profile)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_search)
        self.search_timer.timeout.connect(self.apply_search)
        self.model.loaded.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.new_button.clicked.connect(self.new_member)
        self.import_button.clicked.connect(self.member_actions.open_import)
        self.center_button.clicked.connect(self.open_center)
        self.rules_button.clicked.connect(self.member_actions.open_rules)
        self.stats_button.clicked.connect(self.member_actions.open_stats)
        self.message_button.clicked.connect(self.open_message)
        self.segments.filter_changed.connect(self._on_segment)
        self.export_button.clicked.connect(self._ask_export)
        self.member_actions.members_changed.connect(self.refresh)
        self.member_actions.center_closed.connect(lambda: self._load(self._member_id))
        self.member_actions.status.connect(self.status_label.setText)
        self.profile.edited.connect(self._revalidate)
        self.profile.save_requested.connect(self.save)
        self.profile.revert_requested.connect(self.revert)
        self.live = MembersLive(self)
        self.retranslate()
        self._load(None)
        self.refresh()

    # -- public API ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the table for the current search; unsaved profile edits are kept."""
        rules = self.services.policy.get().lifecycle  # the tooltips explain the current rules
        self.model.rules = self.profile.lifecycle_rules = rules
        # Dates are the workspace's, not this computer's (a laptop on UTC, a team in Shanghai).
        self.model.tz = self.profile.tz = self.services.workspace.settings().timezone
        # The member shown may be gone (e.g. the demo workspace was removed): drop the form.
        gone = self._member_id is not None and self.services.members.row(self._member_id) is None
        if gone:
            self._member_id = None
        self._reset_model(self.search_edit.text().strip())
        if gone or (self._member_id is None and not self._is_dirty()):
            self._select_first_or_new()

    def apply_changes(self, changes: list[Change]) -> None:
        """Teammates' commits: the changed members only (see ``ui/members/live.py``)."""
        self.live.apply(changes)

    def apply_search(self) -> None:
        self.search_timer.stop()
        query = self.search_edit.text().strip()
        if query != self.model.query:
            self._reset_model(query)

    def current_member_id(self) -> int | None:
        return self._member_id

    def select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def new_member(self) -> None:
        self._syncing = True
        self.table.clearSelection()
        self._syncing = False
        self._load(None)
        self.profile.name_edit.setFocus()

    def save(self) -> int | None:
        """Save the profile panel; returns the member id, or None while it is invalid."""
        draft = self.profile.draft(self._member_id)
        problems = self.services.members.validate(draft)
        if problems:
            self.profile.show_problems(problems, reveal_all=True)
            return None
        # What the panel was loaded from: a teammate's save meanwhile is merged against it.
        base = self._loaded if draft.id is not None else None
        labels = self.profile.field_labels()
        while True:
            try:
                saved = save_merging(self.services.members.save, draft, base)
                break
            except MemberValidationError as exc:
                self.profile.show_problems(exc.problems, reveal_all=True)
                return None
            except EditConflict as conflict:
                # Both changed a field: compare, then save the choice over their version.
                chosen = resolve_conflict(conflict, draft, labels, self)
                if chosen is None:
                    self._load(self._member_id)  # their copy stays, and the panel shows it
                    return None
                draft, base = chosen, conflict.theirs
        member_id = saved.row_id
        row = self.services.members.row(member_id)
        if draft.id is None or row is None:
            # A new member is the newest, so the first page of the current search has it.
            self._reset_model(self.model.query)
        else:
            self.model.replace_member(row)
        self._syncing = True
        self.select_member(member_id)
        self._syncing = False
        self._load(member_id)
        notice = merge_notice(saved, labels)
        if notice:
            announce_merge(self, notice)
        self.profile.show_saved(notice or self.tr("Saved."))
        self.member_saved.emit(member_id)
        return member_id

    def revert(self) -> None:
        self._load(self._member_id)

    def shown_filter(self) -> SegmentFilter:
        """What the table shows: the segment or filter, narrowed by the search."""
        flt = self.model.segment_filter or SegmentFilter()
        return replace(flt, text=self.model.query) if self.model.query else flt

    def open_center(self) -> PersonalCenterDialog | None:
        if self._member_id is None:
            return None
        return self.member_actions.open_center(self._member_id)

    def open_message(self) -> SegmentMessageDialog:
        """Message every member the table shows (segment or filter, and the search)."""
        target = self.segments.combo.currentText()
        return self.member_actions.open_message(self.shown_filter(), target, self.model.query)

    def export_to(self, path: Path) -> Task:
        """Export what the table shows (search and segment) on the thread pool."""
        return self.member_actions.export_to(path, self.shown_filter())

    def _ask_export(self) -> None:
        path = self.member_actions.ask_export_path()
        if path is not None:
            self.export_to(path)

    def _on_segment(self, flt: SegmentFilter | None) -> None:
        self._syncing = True
        try:
            self.model.reset(self.model.query, flt=flt)
        finally:
            self._syncing = False

    def _on_sort(self, column: int, _order: Qt.SortOrder) -> None:
        sort = {Column.ACTIVITY: MemberSort.ACTIVITY, Column.NAME: MemberSort.NAME}.get(
            Column(column) if 0 <= column < len(Column) else None,  # type: ignore[arg-type]
            MemberSort.NEWEST,
        )
        if sort != self.model.member_sort:
            self._syncing = True
            try:
                self.model.reset(self.model.query, keep_filter=True, sort=sort)
            finally:
                self._syncing = False

    # -- internals -------------------------------------------------------------------------
    def _reset_model(self, query: str) -> None:
        self._syncing = True
        try:
            self.model.reset(query, keep_filter=True)
            if self._member_id is not None:
                self.select_member(self._member_id)
        finally:
            self._syncing = False

    def _select_first_or_new(self) -> None:
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self._load(None)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._syncing:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._load(int(rows[0].data(ID_ROLE)))

    def _load(self, member_id: int | None) -> None:
        self._member_id = member_id
        self.center_button.setEnabled(member_id is not None)
        profile = None
        if member_id is not None:
            try:
                profile = self.services.members.profile(member_id)
            except KeyError:
                self._member_id = None  # erased meanwhile: fall back to an empty form
        self.profile.set_profile(profile)
        self._loaded = self.profile.draft(self._member_id)
        self._revalidate()

    def _is_dirty(self) -> bool:
        return self.profile.draft(self._member_id) != self._loaded

    def _revalidate(self) -> None:
        draft = self.profile.draft(self._member_id)
        dirty = draft != self._loaded
        if dirty:
            self.profile.form_message.clear_message()
        self.profile.show_problems(self.services.members.validate(draft) if dirty else {})
        # A new member's Save stays clickable so that pressing it explains what is missing.
        self.profile.set_save_enabled(dirty or self._member_id is None)

    def _update_status(self) -> None:
        n = self.model.rowCount()
        query = self.model.query
        if n == 0 and query:
            text = self.tr("No member matches “%1”.").replace("%1", query)
        elif n == 0:
            text = self.tr("No members yet.")
        elif self.model.has_more:
            text = self.tr("%1 members shown; scroll down for more.").replace("%1", str(n))
        else:
            text = self.tr("%1 members.").replace("%1", str(n))
        self.status_label.setText(text)
        self.empty_hint.setText(self._empty_text() if n == 0 else "")

    def _empty_text(self) -> str:
        if self.model.query:
            return self.tr(
                "No member matches “%1”. Search by name, email, phone, WeChat ID or tag, "
                "or clear the search to see everyone."
            ).replace("%1", self.model.query)
        if self.model.segment_filter is not None:
            return self.tr(
                "No member is in this segment. Change it with Filter…, or pick All members."
            )
        return self.tr(
            "No members yet. Members are the people in your groups: add one with New member "
            "(Ctrl+N), or bring in a list with Import… (CSV or Excel)."
        )

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search name, email, phone, WeChat ID or tag"))
        self.new_button.setText(self.tr("New member"))
        self.new_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.center_button.setText(self.tr("Personal center…"))
        self.center_button.setToolTip(
            self.tr("Timeline, consent, preferences, data export and erasure of this member")
        )
        self.rules_button.setText(self.tr("Rules…"))
        self.rules_button.setToolTip(self.tr("Lifecycle rules and greetings"))
        self.stats_button.setText(self.tr("Statistics…"))
        self.stats_button.setToolTip(
            self.tr("Joins, leaves, active members, retention and lifecycle, week by week")
        )
        self.message_button.setText(self.tr("Message segment…"))
        self.message_button.setToolTip(
            self.tr("Send an email to every member shown, through the outbox")
        )
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import members from a CSV or Excel file"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export the members shown to CSV or Excel"))
        self.model.retranslate()
        self._update_status()
        self.table.size_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
