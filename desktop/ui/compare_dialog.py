"""The compare dialog: a teammate saved first, and both changed the same field (issue 18).

It only opens when a merge needs the operator: ``save_merging`` (services/live/drafts.py)
saves a merge by itself when every difference is one-sided, and the editor then says in
the status bar what it kept (``announce_merge``).

One row per field that differs: the field, their value, mine, and a choice between them.
A field only the teammate changed is preset to theirs, one only I changed to mine; a field
both changed is highlighted and preset to nothing, so "Save the merge" waits until each
is chosen. "Keep theirs" drops my changes, "Keep mine" takes mine wherever I changed
something (the teammate's one-sided changes stay). After ``exec()``, ``keep_mine`` names
the fields to take from my copy.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.live import Changed, EditConflict, FieldDiff, Saved, merged
from desktop.ui.compare_values import Format, value_text

THEIRS, MINE = 0, 1
NOTICE_MS = 15000
NOTE_STYLE = "color: #5f6368;"
CONFLICT_STYLE = "background: #fff3cd; color: #7a5a00; border-radius: 3px; padding: 2px 4px;"

D = TypeVar("D", bound=Any)


# About what a value column holds at the dialog's opening width of 800 pixels.
_BOX_TEXT_WIDTH = 220


def _value_box(text: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    # Wrapped lines count too: a long Chinese sentence is one paragraph but several lines.
    wide = box.fontMetrics().horizontalAdvance
    lines = sum(1 + wide(p) // _BOX_TEXT_WIDTH for p in text.split("\n"))
    lines = max(1, min(6, lines))
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1) + 8)
    return box


class CompareDialog(QDialog):
    def __init__(
        self,
        conflict: EditConflict,
        labels: Mapping[str, str],
        who: str = "",
        parent: QWidget | None = None,
        formats: Mapping[str, Format] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone saved this first"))
        self.conflict = conflict
        self.keep_mine: set[str] = set()
        self._choices: dict[str, QButtonGroup] = {}
        self._must_choose = {d.name for d in conflict.differing if d.changed is Changed.BOTH}
        layout = QVBoxLayout(self)
        intro = (
            self.tr("%1 saved a newer version while you were editing.").replace("%1", who)
            if who
            else self.tr("A teammate saved a newer version while you were editing.")
        )
        # Separate lines, not one sentence glued with a space: Chinese puts none between them.
        lines = [intro]
        if self._must_choose:
            lines.append(
                self.tr(
                    "You both changed the highlighted fields: choose which value to keep for "
                    "each. Changes only one of you made are already chosen."
                )
            )
        else:
            lines.append(self.tr("Choose, field by field, what to keep."))
        header = QLabel("\n".join(lines))
        header.setWordWrap(True)
        layout.addWidget(header)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for col, text in enumerate(
            (self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Mine"), self.tr("Keep"))
        ):
            title = QLabel(f"<b>{text}</b>")
            grid.addWidget(title, 0, col)
        self._formats = formats
        for row, diff in enumerate(conflict.differing, start=1):
            self._add_row(grid, row, diff, labels.get(diff.name, diff.name))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(conflict.differing) + 1, 1)  # rows stay packed at the top
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

        self.pending = QLabel()  # what still needs a choice before the merge can be saved
        self.pending.setWordWrap(True)
        layout.addWidget(self.pending)
        buttons = QDialogButtonBox()
        self.theirs_button = QPushButton(self.tr("Keep theirs"))
        self.theirs_button.setToolTip(self.tr("Drop your changes; their copy stays as saved"))
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.mine_button.setToolTip(
            self.tr("Your value wherever you changed something; their other changes stay")
        )
        self.merge_button = QPushButton(self.tr("Save the merge"))
        self.merge_button.setDefault(True)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button.clicked.connect(self._keep_theirs)
        self.mine_button.clicked.connect(self._keep_mine)
        self.merge_button.clicked.connect(self._merge)
        layout.addWidget(buttons)
        self._update_pending()
        self.resize(800, 190 + 70 * max(1, len(conflict.differing)))

    def _add_row(self, grid: QGridLayout, row: int, diff: FieldDiff, label: str) -> None:
        top = Qt.AlignmentFlag.AlignTop
        name_box = QWidget()
        name_layout = QVBoxLayout(name_box)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name = QLabel(label)
        note = QLabel(self._note(diff.changed))
        note.setObjectName(f"changed_{diff.name}")
        note.setWordWrap(True)
        if diff.changed is Changed.BOTH:
            name.setText(f"<b>{label}</b>")
            note.setStyleSheet(f"QLabel {{ {CONFLICT_STYLE} }}")
        else:
            note.setStyleSheet(f"QLabel {{ {NOTE_STYLE} }}")  # a hint, quieter than the field
        if diff.changed is not None:
            before = value_text(diff.name, diff.base, self._formats)
            name_box.setToolTip(self.tr("When you opened it: %1").replace("%1", before))
        name_layout.addWidget(name)
        name_layout.addWidget(note)
        note.setVisible(bool(note.text()))
        grid.addWidget(name_box, row, 0, top)
        grid.addWidget(_value_box(value_text(diff.name, diff.theirs, self._formats)), row, 1, top)
        grid.addWidget(_value_box(value_text(diff.name, diff.mine, self._formats)), row, 2, top)
        pick = QWidget()
        pick_layout = QHBoxLayout(pick)  # side by side: the row stays as tall as its values
        pick_layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(pick)
        theirs = QRadioButton(self.tr("Theirs"))
        mine = QRadioButton(self.tr("Mine"))
        group.addButton(theirs, THEIRS)
        group.addButton(mine, MINE)
        if diff.changed is Changed.THEIRS:
            theirs.setChecked(True)  # their change: keeping mine would silently revert it
        elif diff.changed is not Changed.BOTH:
            mine.setChecked(True)  # my change (or, with no base known, what I typed)
        group.idClicked.connect(lambda _id: self._update_pending())
        pick_layout.addWidget(theirs)
        pick_layout.addWidget(mine)
        pick_layout.addStretch(1)
        grid.addWidget(pick, row, 3, top)
        self._choices[diff.name] = group

    def _note(self, changed: Changed | None) -> str:
        if changed is Changed.THEIRS:
            return self.tr("Only they changed it")
        if changed is Changed.MINE:
            return self.tr("Only you changed it")
        if changed is Changed.BOTH:
            return self.tr("You both changed it: choose")
        return ""

    def unchosen(self) -> list[str]:
        """The fields both changed that have no choice yet."""
        return [n for n in self._choices if n in self._must_choose and self.choice(n) < 0]

    def _update_pending(self) -> None:
        left = len(self.unchosen())
        self.merge_button.setEnabled(left == 0)
        self.pending.setText(
            self.tr(
                "Choose theirs or mine for %n highlighted field(s) to save the merge.", None, left
            )
            if left
            else ""
        )
        self.pending.setVisible(left > 0)

    def choice(self, field: str) -> int:
        """THEIRS, MINE, or -1 while a field both changed is not chosen yet."""
        return self._choices[field].checkedId()

    def choose(self, field: str, which: int) -> None:
        button = self._choices[field].button(which)
        button.setChecked(True)
        self._update_pending()

    def _keep_theirs(self) -> None:
        self.keep_mine = set()
        self.reject()  # nothing to save: their copy stays

    def _keep_mine(self) -> None:
        self.keep_mine = self.conflict.keep_mine()
        self.accept()

    def _merge(self) -> None:
        if self.unchosen():
            return
        self.keep_mine = {
            name for name, group in self._choices.items() if group.checkedId() == MINE
        }
        self.accept()


def resolve_conflict(
    conflict: EditConflict,
    mine: D,
    labels: Mapping[str, str],
    parent: QWidget | None = None,
    formats: Mapping[str, Format] | None = None,
    merge: Callable[[Any, Any, Collection[str]], Any] = merged,
) -> D | None:
    """Ask which copy to keep; returns the draft to save (at their version, to be saved with
    ``conflict.theirs`` as its base), or None when the operator keeps theirs."""
    dialog = CompareDialog(conflict, labels, conflict.who, parent=parent, formats=formats)
    if dialog.exec() != CompareDialog.DialogCode.Accepted:
        return None
    own = conflict.mine if conflict.mine is not None else mine
    result: D = merge(conflict.theirs, own, dialog.keep_mine)
    return result


def merge_notice(saved: Saved, labels: Mapping[str, str]) -> str:
    """What the status bar says after a save that merged a teammate's newer copy by itself
    ("" when there was nothing to merge)."""
    if not saved.merged:
        return ""
    if saved.kept_theirs:
        shown = [labels.get(n, n) for n in saved.kept_theirs]
        names = _names(list(dict.fromkeys(shown)))  # two fields may share a caption
        if saved.by:
            return (
                QCoreApplication.translate(
                    "CompareDialog",
                    "Saved. %2 had saved this meanwhile: their changes to %1 were kept "
                    "together with yours.",
                )
                .replace("%1", names)
                .replace("%2", saved.by)
            )
        return QCoreApplication.translate(
            "CompareDialog",
            "Saved. A teammate had saved this meanwhile: their changes to %1 were kept "
            "together with yours.",
        ).replace("%1", names)
    if saved.by:
        return QCoreApplication.translate(
            "CompareDialog",
            "Saved. %1 had saved this meanwhile, without touching what you changed: both are kept.",
        ).replace("%1", saved.by)
    return QCoreApplication.translate(
        "CompareDialog",
        "Saved. A teammate had saved this meanwhile, without touching what you changed: "
        "both are kept.",
    )


def _names(names: Sequence[str]) -> str:
    return QCoreApplication.translate("CompareValues", ", ").join(names)


def announce_merge(widget: QWidget, text: str) -> bool:
    """Show ``text`` in the status bar of the window ``widget`` belongs to (a dialog's
    parent window too); False when there is none (a widget tested alone)."""
    node: QWidget | None = widget
    while node is not None:
        if isinstance(node, QMainWindow):
            node.statusBar().showMessage(text, NOTICE_MS)
            return True
        node = node.parentWidget()
    return False
