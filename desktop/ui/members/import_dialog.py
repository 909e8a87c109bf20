"""Import members from CSV or Excel (M6): choose a file, map its columns, preview what
each row will do, save the refused rows, import the good ones in one transaction.

Reading, checking and writing run on the thread pool (ui.common.background); the dialog
only shows progress and results, and its Cancel stops the running step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.members.csv_rows import ImportField
from desktop.services.members import (
    DuplicatePolicy,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    MemberImporter,
    RowAction,
    SourceTable,
    read_table,
    write_bad_rows,
)
from desktop.ui.common.background import Background, Task
from desktop.ui.common.forms import InlineMessage
from desktop.ui.members.import_labels import action_label, field_label, problem_label

_ACTION_COLORS = {RowAction.BAD: "#fde2e1", RowAction.MERGE: "#fff4d6", RowAction.SKIP: "#eeeeee"}


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult
    busy_changed = Signal(bool)

    def __init__(self, importer: MemberImporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.importer = importer
        self.table_data: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self._task: Task | None = None  # the long step (read, check, import) running
        self._background = Background(self)  # short reads: the groups to choose from
        self._step = ""  # "read" | "check" | "import" while a task runs
        self._close_when_done = False

        self.file_label = QLabel()
        self.file_label.setObjectName("importFile")
        self.choose_button = QPushButton()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("importMapping")
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.policy_combo = QComboBox()
        for policy in DuplicatePolicy:
            self.policy_combo.addItem("", str(policy))
        self.group_combo = QComboBox()
        options = QFormLayout()
        self.policy_label = QLabel()
        self.group_label = QLabel()
        options.addRow(self.policy_label, self.policy_combo)
        options.addRow(self.group_label, self.group_combo)

        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.message = InlineMessage()
        self.progress = QProgressBar()
        self.progress.hide()

        self.check_button = QPushButton()
        self.save_bad_button = QPushButton()
        self.import_button = QPushButton()
        self.import_button.setObjectName("importRun")
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.save_bad_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.mapping, 1)
        layout.addLayout(options)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(900, 700)

        self.choose_button.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check)
        self.save_bad_button.clicked.connect(self._ask_save_bad_rows)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.policy_combo.currentIndexChanged.connect(lambda _i: self._invalidate())
        self.group_combo.currentIndexChanged.connect(lambda _i: self._invalidate())
        self._file: Path | None = None
        self.retranslate()
        self._fill_groups()
        self._sync_buttons()

    # -- steps -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import members"), "", self.tr("Tables (*.csv *.xlsx *.txt)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read the file on the thread pool; the mapping and a first check follow."""
        self.file_label.setText(str(path))
        self._file = path
        self.table_data = None
        self._invalidate()
        self._start("read", lambda _p, _c: read_table(path))

    def check(self) -> None:
        if self.table_data is None:
            return
        table = self.table_data
        mapping = self.current_mapping()
        policy = DuplicatePolicy(self.policy_combo.currentData())
        group = self.group_combo.currentData() or ""
        self._start(
            "check",
            lambda p, c: self.importer.plan(
                table, mapping, policy=policy, default_group=group, progress=p, cancel=c
            ),
        )

    def run_import(self) -> None:
        if self.plan is None or self._task is not None:
            return
        plan = self.plan
        self._start("import", lambda p, c: self.importer.apply(plan, progress=p, cancel=c))

    def save_bad_rows(self, path: Path) -> int:
        if self.plan is None:
            return 0
        return write_bad_rows(self.plan, path)

    def current_mapping(self) -> list[ImportField | None]:
        out: list[ImportField | None] = []
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 2)
            value = combo.currentData() if isinstance(combo, QComboBox) else None
            out.append(ImportField(value) if value else None)
        return out

    def set_field(self, column: int, field: ImportField | None) -> None:
        combo = self.mapping.cellWidget(column, 2)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(str(field) if field else ""))

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- task plumbing ---------------------------------------------------------------------------
    def _start(self, step: str, work: object) -> None:
        if self._task is not None:
            return
        self._step = step
        self.message.clear_message()
        task = Task(work, ImportCancelled)  # type: ignore[arg-type]
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        task.signals.cancelled.connect(self._on_cancelled)
        self._task = task
        self.progress.setRange(0, 0)
        self.progress.show()
        self._sync_buttons()
        self.busy_changed.emit(True)
        task.start()

    def _done(self) -> None:
        self._task = None
        self.progress.hide()
        self._sync_buttons()
        self.busy_changed.emit(False)
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, value: object) -> None:
        step = self._step
        self._done()
        if step == "read" and isinstance(value, SourceTable):
            self.table_data = value
            self._fill_mapping(value)
            self.check()
        elif step == "check" and isinstance(value, ImportPlan):
            self.plan = value
            self._show_plan(value)
        elif step == "import" and isinstance(value, ImportResult):
            self.import_result = value
            self.plan = None
            self.summary.setText(
                self.tr("Imported %1 new members, merged %2, skipped %3; %4 rows refused.")
                .replace("%1", str(value.imported))
                .replace("%2", str(value.merged))
                .replace("%3", str(value.skipped))
                .replace("%4", str(value.bad))
            )
            self._sync_buttons()
            self.imported.emit(value)

    def _on_failed(self, exc: object) -> None:
        self._done()
        self.message.show_error(self.tr("This did not work: %1").replace("%1", str(exc)))

    def _on_cancelled(self) -> None:
        step = self._step
        self._done()
        if step == "import":
            self.message.show_warning(self.tr("Import cancelled: nothing was written."))
        else:
            self.message.show_warning(self.tr("Cancelled."))

    def _cancel_or_close(self) -> None:
        if self._task is not None:
            self._task.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        # Closing mid-way cancels the step and closes once the worker has stopped: the
        # worker must never report to a dialog that is gone.
        if self._task is not None:
            self._close_when_done = True
            self._task.cancel()
            return
        super().reject()

    # -- showing ---------------------------------------------------------------------------------
    def _fill_groups(self) -> None:
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("(from the file, or none)"), "")
        self._background.read(self.importer.group_names, self._add_groups, self._groups_failed)

    def _add_groups(self, names: list[str]) -> None:
        for name in names:
            self.group_combo.addItem(name, name)

    def _groups_failed(self, exc: BaseException) -> None:
        self.message.show_error(self.tr("This did not work: %1").replace("%1", str(exc)))

    def _fill_mapping(self, table: SourceTable) -> None:
        guessed = self.importer.guess_mapping(table)
        self.mapping.setRowCount(len(table.headers))
        sample = table.rows[0] if table.rows else []
        for i, header in enumerate(table.headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            value = sample[i] if i < len(sample) else ""
            self.mapping.setItem(i, 1, QTableWidgetItem("" if value is None else str(value)))
            combo = QComboBox()
            combo.addItem(field_label(None), "")
            for fld in ImportField:
                combo.addItem(field_label(fld), str(fld))
            combo.setCurrentIndex(combo.findData(str(guessed[i]) if guessed[i] else ""))
            combo.currentIndexChanged.connect(lambda _i: self._invalidate())
            self.mapping.setCellWidget(i, 2, combo)
        if table.encoding:
            self.file_label.setText(
                self.tr("%1 (encoding: %2)")
                .replace("%1", str(table.path))
                .replace("%2", table.encoding)
            )

    def _show_plan(self, plan: ImportPlan) -> None:
        headers = plan.table.headers
        self.preview.clear()
        self.preview.setColumnCount(3 + len(headers))
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Result"), self.tr("Problem"), *headers]
        )
        self.preview.setRowCount(len(plan.preview))
        for r, row in enumerate(plan.preview):
            texts = [
                str(row.line),
                action_label(row.action),
                "; ".join(problem_label(p) for p in row.problems),
                *row.cells,
            ]
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if row.action in _ACTION_COLORS:
                    item.setBackground(QColor(_ACTION_COLORS[row.action]))
                self.preview.setItem(r, c, item)
        a = plan.actions
        self.summary.setText(
            self.tr("%1 rows: %2 new, %3 to merge, %4 duplicates to skip, %5 refused.")
            .replace("%1", str(len(plan.table.rows)))
            .replace("%2", str(a.get(RowAction.NEW, 0)))
            .replace("%3", str(a.get(RowAction.MERGE, 0)))
            .replace("%4", str(a.get(RowAction.SKIP, 0)))
            .replace("%5", str(a.get(RowAction.BAD, 0)))
        )
        if plan.bad:
            self.message.show_warning(
                self.tr("Refused rows are not imported. Save them, fix them and import again.")
            )
        self._sync_buttons()

    def _invalidate(self) -> None:
        """A changed mapping or option makes the preview stale: check again before import."""
        if self.plan is not None:
            self.plan = None
            self.summary.setText(self.tr("Options changed: check the file again."))
        self._sync_buttons()

    def _ask_save_bad_rows(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Save refused rows"), "bad_rows.csv", self.tr("CSV (*.csv)")
        )
        if path:
            n = self.save_bad_rows(Path(path))
            self.message.show_warning(self.tr("%1 refused rows saved.").replace("%1", str(n)))

    def _sync_buttons(self) -> None:
        busy = self._task is not None
        has_plan = self.plan is not None
        self.choose_button.setEnabled(not busy)
        self.mapping.setEnabled(not busy)
        self.check_button.setEnabled(not busy and self.table_data is not None)
        self.save_bad_button.setEnabled(not busy and has_plan and bool(self.plan.bad))  # type: ignore[union-attr]
        good = has_plan and len(self.plan.records) > 0  # type: ignore[union-attr]
        self.import_button.setEnabled(not busy and good)
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import members"))
        if not self.file_label.text() or self._file is None:
            self.file_label.setText(self.tr("No file chosen."))
        if self.group_combo.count() and self.group_combo.itemData(0) == "":
            self.group_combo.setItemText(0, self.tr("(from the file, or none)"))
        self._sync_buttons()
        self.choose_button.setText(self.tr("Choose file…"))
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Import as")]
        )
        self.policy_label.setText(self.tr("Known email, phone or WeChat ID"))
        self.policy_combo.setItemText(0, self.tr("Merge into the existing member"))
        self.policy_combo.setItemText(1, self.tr("Skip the row"))
        self.group_label.setText(self.tr("Add everyone to group"))
        self.check_button.setText(self.tr("Check again"))
        self.save_bad_button.setText(self.tr("Save refused rows…"))
        self.import_button.setText(self.tr("Import"))
        self.import_button.setDefault(True)
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                for i in range(combo.count()):
                    value = combo.itemData(i)
                    combo.setItemText(i, field_label(ImportField(value) if value else None))
        if self.plan is not None:
            self._show_plan(self.plan)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
