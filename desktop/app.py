"""Composition root: paths → logging → database → services → window, on one qasync loop.

Everything is built here and handed down; nothing reaches for globals. Commands that
need no window are dispatched to desktop/cli.py before Qt is imported.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop import cli

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(list(sys.argv[1:] if argv is None else argv))
    if args.command not in (None, "run"):
        return cli.dispatch(args)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    import qasync
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME, APP_ORG
    from desktop.config import resolve_paths
    from desktop.logging_setup import setup_logging
    from desktop.resources import resource
    from desktop.ui.i18n import install_translator
    from desktop.ui.ui_settings import UiSettings

    paths = resolve_paths(args.data_dir)
    paths.ensure()
    setup_logging(paths.log_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Shequn Desk")
    app.setDesktopFileName("shequn")
    app.setWindowIcon(QIcon(str(resource("icons", "shequn.svg"))))
    ui_settings = UiSettings(paths.ui_settings_file)
    install_translator(app, args.lang or ui_settings.language())

    window = open_main_window(paths, ui_settings, create_demo=not args.no_demo)
    if window is None:
        return cli.EXIT_DB_REFUSED
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    window.show()
    with loop:
        loop.run_until_complete(closed.wait())
    window.services.close()
    return cli.EXIT_OK


def open_main_window(paths, ui_settings, *, create_demo: bool = True):
    """Open the workspace (asking the user what to do with a bad database) and build the window."""
    from desktop.services.container import Services
    from desktop.services.demo import create_demo as make_demo
    from desktop.services.workspace import open_workspace
    from desktop.store.migrate import DatabaseProblem
    from desktop.ui.db_problem_dialog import resolve_database_problem
    from desktop.ui.main_window import MainWindow

    was_new = paths.database_url is None and not paths.sqlite_path.exists()
    while True:
        try:
            opened = open_workspace(paths)
            break
        except DatabaseProblem as problem:
            log.error("database refused: %s", problem)
            if not resolve_database_problem(problem, paths):
                return None
            was_new = not paths.sqlite_path.exists()
    services = Services.build(paths, opened)
    if was_new and create_demo and services.workspace.is_empty():
        make_demo(services.db)
    return MainWindow(services, ui_settings)
