"""An unreachable team database at start: a retry / quit question, not a traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.config import resolve_paths
from desktop.store.migrate import TeamDatabaseUnreachable
from desktop.ui.db_problem_dialog import resolve_database_problem


def _answer(button_text: str, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    names = [b.text() for b in box.buttons()]
    seen.append("|".join(names))
    next(b for b in box.buttons() if b.text() == button_text).click()


def test_unreachable_team_database_asks_to_retry_or_quit(qtbot: QtBot, tmp_path: Path) -> None:
    problem = TeamDatabaseUnreachable(None, 'connection to "127.0.0.1", port 1 failed')
    paths = resolve_paths(tmp_path / "data")
    seen: list[str] = []
    QTimer.singleShot(50, lambda: _answer("Try again", seen))
    assert resolve_database_problem(problem, paths) is True
    assert "team database could not be reached" in seen[0]
    assert seen[1].startswith("Try again|Quit")  # nothing to set aside: no file involved
    QTimer.singleShot(50, lambda: _answer("Quit", seen))
    assert resolve_database_problem(problem, paths) is False
    assert not paths.sqlite_path.exists()
