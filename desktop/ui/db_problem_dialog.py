"""What the user sees when the workspace database is refused: the file, the reason, choices.

The refused file is never overwritten: "start a new workspace" and "open a backup" first
move it aside under a new name, so it can still be rescued.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.config import Paths
from desktop.services.workspace import (
    DatabaseProblem,
    NewerDatabase,
    TeamDatabaseUnreachable,
    list_backups,
)


def set_aside(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.refused-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def resolve_database_problem(
    problem: DatabaseProblem, paths: Paths, parent: QWidget | None = None
) -> bool:
    """Ask the user; True when the caller should try opening the workspace again."""
    if isinstance(problem, TeamDatabaseUnreachable):
        return _ask_retry(problem, parent)
    path = problem.path or paths.sqlite_path
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DatabaseProblem", "Cannot open the workspace"))
    if isinstance(problem, NewerDatabase):
        text = QCoreApplication.translate(
            "DatabaseProblem",
            "The database {path} was written by a newer version of Shequn Desk. "
            "Please update the app. The file was not changed.",
        ).format(path=path)
    else:
        text = QCoreApplication.translate(
            "DatabaseProblem",
            "The database {path} is damaged or is not a Shequn Desk database. "
            "The file was not changed.",
        ).format(path=path)
    box.setText(text)
    box.setDetailedText(f"{path}: {problem.reason}")
    backups = list_backups(paths.sqlite_path)
    open_backup = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "Open a backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_backup.setEnabled(bool(backups) and not isinstance(problem, NewerDatabase))
    new_ws = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "Start a new workspace"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    new_ws.setEnabled(not isinstance(problem, NewerDatabase))
    box.addButton(
        QCoreApplication.translate("DatabaseProblem", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    clicked = box.clickedButton()
    if clicked is new_ws:
        set_aside(paths.sqlite_path)
        return True
    if clicked is open_backup:
        names = [b.name for b in backups]
        name, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("DatabaseProblem", "Open a backup"),
            QCoreApplication.translate("DatabaseProblem", "Backup:"),
            names,
            0,
            False,
        )
        if not ok:
            return False
        set_aside(paths.sqlite_path)
        shutil.copy2(backups[names.index(name)], paths.sqlite_path)
        return True
    return False


def _ask_retry(problem: TeamDatabaseUnreachable, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DatabaseProblem", "Cannot open the workspace"))
    box.setText(
        QCoreApplication.translate(
            "DatabaseProblem",
            "The team database could not be reached, so nothing was opened or changed. "
            "Check the network or ask whoever runs the database server, then try again.",
        )
    )
    box.setDetailedText(problem.reason)
    retry = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "Try again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("DatabaseProblem", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is retry
