"""Composition root: paths → logging → window frame → database → services, on one qasync loop.

Everything is built here and handed down; nothing reaches for globals. Commands that
need no window are dispatched to desktop/cli.py before Qt is imported. The window frame
is shown before the database layer is even imported, so the user sees the app at once;
the workspace is opened right after its first paint and attached to it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop import cli

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.config import Paths
    from desktop.services.container import Services
    from desktop.services.runtime import Runtime
    from desktop.ui.main_window import MainWindow
    from desktop.ui.ui_settings import UiSettings

log = logging.getLogger(__name__)

# Set (to anything) to open the window offscreen, report its first paints on stdout and close
# it as a user would: the built app's test and bench/dist.py start it this way.
ENV_SMOKE = "SHEQUN_SMOKE"


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(list(sys.argv[1:] if argv is None else argv))
    if args.command not in (None, "run"):
        return cli.dispatch(args)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME, APP_ORG
    from desktop.config import resolve_paths
    from desktop.logging_setup import setup_logging
    from desktop.resources import resource
    from desktop.ui.i18n import install_translator
    from desktop.ui.main_window import MainWindow
    from desktop.ui.ui_settings import UiSettings

    smoke = bool(os.environ.get(ENV_SMOKE))
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = resolve_paths(args.data_dir)
    paths.ensure()
    setup_logging(paths.log_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_ORG)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Shequn Desk")
    app.setDesktopFileName("shequn")
    app.setWindowIcon(QIcon(str(resource("icons", "shequn.svg"))))
    ui_settings = UiSettings(paths.ui_settings_file)
    paths = with_team_database(paths, ui_settings)
    install_translator(app, args.lang or ui_settings.language())

    window = MainWindow(None, ui_settings)
    exit_code = cli.EXIT_OK
    # Closing the window ends the app through ``shutdown()`` below, which first lets the
    # sending worker finish its message and hand back its batch.
    app.setQuitOnLastWindowClosed(False)

    runtime: Runtime | None = None

    def open_workspace_now() -> None:
        nonlocal exit_code, runtime
        services = open_services(paths, create_demo=not args.no_demo, parent=window)
        if services is None:
            exit_code = cli.EXIT_DB_REFUSED
            window.close()
            return
        from desktop.services.runtime import Runtime

        runtime = Runtime(services)
        window.attach(services, sending_after_paint=True)

    def start_background() -> None:
        # After the first tab's data is painted: the loops' imports and first passes must
        # not delay it. On the loop, not here: the loops' tasks belong to the running loop.
        if runtime is not None:
            loop.create_task(runtime.start_all())

    if smoke:
        report_smoke(window)  # first: "first paint" is said before the workspace opens
    window.first_painted.connect(open_workspace_now)
    window.data_painted.connect(start_background)
    window.show()

    import qasync  # after show(): the frame does not wait for the event-loop glue

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    window.closing.connect(closed.set)
    app.aboutToQuit.connect(closed.set)  # e.g. the session ends

    async def shutdown_after_close() -> None:
        await closed.wait()
        if runtime is not None:
            await runtime.stop_all()

    with loop:
        try:
            loop.run_until_complete(shutdown_after_close())
        except RuntimeError:
            # Qt's loop ended first (app.quit() from elsewhere): stop the loops anyway.
            if runtime is not None:
                loop.run_until_complete(runtime.stop_all())
    if window.is_attached:
        window.services.close()
    app.setQuitOnLastWindowClosed(True)
    return exit_code


def report_smoke(window: MainWindow) -> None:
    """One line per paint on stdout, and the tabs' titles; then the window is closed, so the
    app shuts down the way it does for a user (background loops stopped, database closed)."""
    from PySide6.QtCore import QTimer

    def say(line: str) -> None:
        print(f"{ENV_SMOKE}: {line}", flush=True)

    def data_painted() -> None:
        say("data painted")
        # What a user reads first: shows which translation the window is in.
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        say("tabs: " + " | ".join(titles))
        # After start_background()'s task is queued: it starts, then stops in order.
        QTimer.singleShot(0, window.close)

    window.first_painted.connect(lambda: say("first paint"))
    window.data_painted.connect(data_painted)


def with_team_database(paths: Paths, ui_settings: UiSettings) -> Paths:
    """The team database chosen under File → Team database… (``$SHEQUN_DATABASE_URL``
    wins: a script or a server keeps control)."""
    from dataclasses import replace

    if paths.database_url or ui_settings.value("team/database") is None:
        return paths  # nothing chosen: the keyring is not even imported
    from desktop.secrets import SecretStore
    from desktop.services.team import SETTING_KEY, team_url_at_start

    url = team_url_at_start(ui_settings.value(SETTING_KEY), SecretStore())
    return replace(paths, database_url=url) if url else paths


def open_services(
    paths: Paths, *, create_demo: bool = True, parent: QWidget | None = None
) -> Services | None:
    """Open the workspace, asking the user what to do with a refused database.

    A brand-new workspace gets the demo data unless ``create_demo`` is False. Returns
    None when the user chose to quit.
    """
    from desktop.services.container import Services
    from desktop.services.workspace.service import open_workspace
    from desktop.store.migrate import DatabaseProblem
    from desktop.ui.db_problem_dialog import resolve_database_problem

    was_new = paths.database_url is None and not paths.sqlite_path.exists()
    while True:
        try:
            opened = open_workspace(paths)
            break
        except DatabaseProblem as problem:
            log.error("database refused: %s", problem)
            if not resolve_database_problem(problem, paths, parent):
                return None
            was_new = not paths.sqlite_path.exists()
    services = Services.build(paths, opened)
    if was_new and create_demo and services.workspace.is_empty():
        from desktop.services.workspace.demo import create_demo as make_demo

        make_demo(services.db)
    return services


def open_main_window(
    paths: Paths, ui_settings: UiSettings, *, create_demo: bool = True
) -> MainWindow | None:
    """Open the workspace and build the window around it in one step (tests, screenshots)."""
    from desktop.ui.main_window import MainWindow

    services = open_services(paths, create_demo=create_demo)
    return None if services is None else MainWindow(services, ui_settings)
