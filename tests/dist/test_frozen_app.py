"""The app as PyInstaller builds it (`make dist`): it starts, finds its migrations, paints its
window, exits cleanly, and upgrades an older workspace without losing it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop import __version__
from desktop.app import ENV_SMOKE
from desktop.config import ENV_DATA_DIR, ENV_LOG_DIR
from desktop.store.db import Database, sqlite_url
from desktop.store.migrate import head_revision, list_backups, migrate
from tests.dist.frozen import FrozenApp

pytestmark = pytest.mark.dist

PAINT_LIMIT_S = 10.0  # the bound for the first paint of the built app


def run(
    app: FrozenApp, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(app.executable), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_the_built_app_prints_its_version(frozen: FrozenApp):
    done = run(frozen, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"shequn {__version__}"


def test_check_creates_a_new_workspace_with_the_shipped_migrations(
    frozen: FrozenApp, tmp_path: Path
):
    done = run(frozen, "--data-dir", str(tmp_path / "new"), "check")
    assert done.returncode == 0, done.stderr
    assert f"schema: (new) -> {head_revision()}" in done.stdout
    assert (tmp_path / "new" / "shequn.db").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="the user data dir is checked through XDG")
def test_the_default_workspace_lives_in_the_user_data_dir_not_in_the_app(
    frozen: FrozenApp, tmp_path: Path
):
    env = {k: v for k, v in os.environ.items() if k != ENV_DATA_DIR}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    done = run(frozen, "check", env=env)
    assert done.returncode == 0, done.stderr
    database = Path(done.stdout.splitlines()[0].removeprefix("database: "))
    assert database.is_relative_to(tmp_path / "xdg-data")
    assert not database.is_relative_to(frozen.folder)


def test_the_window_paints_offscreen_and_the_app_exits_cleanly(frozen: FrozenApp, tmp_path: Path):
    env = {**os.environ, ENV_SMOKE: "1", "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    proc = subprocess.Popen(
        [str(frozen.executable), "--data-dir", str(tmp_path / "w")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        painted_after = time.monotonic() - started
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert first.strip() == f"{ENV_SMOKE}: first paint", err
    assert painted_after < PAINT_LIMIT_S
    assert f"{ENV_SMOKE}: data painted" in out
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    log = (Path(os.environ[ENV_LOG_DIR]) / "shequn.log").read_text(encoding="utf-8")
    assert " ERROR " not in log and "Traceback" not in log


def test_the_built_app_upgrades_an_older_workspace_after_a_backup(
    frozen: FrozenApp, tmp_path: Path
):
    folder = tmp_path / "old"
    folder.mkdir()
    path = folder / "shequn.db"
    db = Database(sqlite_url(path))
    migrate(db.engine, path, target="0001")  # the first shipped schema
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO tags (name) VALUES ('咖啡')"))
    db.dispose()

    done = run(frozen, "--data-dir", str(folder), "check")

    assert done.returncode == 0, done.stderr
    assert f"schema: 0001 -> {head_revision()}" in done.stdout
    backups = list_backups(path)
    assert len(backups) == 1 and f"backup: {backups[0]}" in done.stdout
    for copy in (path, backups[0]):
        con = sqlite3.connect(copy)
        try:
            assert con.execute("SELECT name FROM tags").fetchall() == [("咖啡",)]
        finally:
            con.close()
