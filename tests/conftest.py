"""Shared fixtures: every test gets its own workspace folder; Qt runs offscreen."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from desktop.config import ENV_DATA_DIR, ENV_DATABASE_URL, ENV_LOG_DIR, Paths, resolve_paths
from desktop.services.container import Services
from desktop.services.workspace.demo import DemoSize, create_demo
from desktop.services.workspace.service import open_workspace

# Offscreen Qt's default screen (800 px wide) is smaller than the main window; give the
# tests a desktop-sized screen so window geometry behaves as it does for users. Nothing
# above imports Qt, so this is set before the QApplication exists.
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


# The suite must give the same answer every run: the property tests draw the same examples
# each time (derandomized) and are not timed (a busy machine is not a failure).
# `HYPOTHESIS_PROFILE=explore` searches new examples, to be run by hand now and then.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests() -> Iterator[None]:
    """Cycles are collected after each test, once its widgets are deleted, not at whatever
    allocation happens to trigger the collector in the middle of one: a collection inside
    pytest-qt's event processing, while a window's background read was still running,
    crashed the suite once (a segfault we could not reproduce on demand)."""
    gc.disable()
    try:
        yield
    finally:
        if "PySide6.QtWidgets" in sys.modules:  # Qt only if a test brought it in
            from PySide6.QtCore import QEvent
            from PySide6.QtWidgets import QApplication

            if QApplication.instance() is not None:
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.enable()
        gc.collect(1)  # the young generations: cheap; the collector does the rest between tests


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's real workspace, logs or team database."""
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.setenv(ENV_LOG_DIR, str(tmp_path / "logs"))
    monkeypatch.delenv(ENV_DATABASE_URL, raising=False)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def services(paths: Paths) -> Iterator[Services]:
    svc = Services.build(paths, open_workspace(paths))
    yield svc
    svc.close()


@pytest.fixture
def demo_services(services: Services) -> Services:
    create_demo(services.db, size=DemoSize(members=500, conversations=60))
    return services


@pytest.fixture(autouse=True, scope="session")
def _empty_clipboard_at_exit() -> Iterator[None]:
    """Offscreen Qt can crash while exiting when the clipboard still owns data."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
