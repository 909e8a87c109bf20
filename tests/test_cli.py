"""The command line on the app's entry point, run as a real process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_lists_the_commands(tmp_path: Path) -> None:
    out = run("--help", data_dir=tmp_path)
    assert out.returncode == 0
    for command in ("demo", "check", "run"):
        assert command in out.stdout


def test_check_creates_and_migrates_then_counts(tmp_path: Path) -> None:
    out = run("check", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "schema: (new) -> " in out.stdout
    assert "members: 0" in out.stdout
    assert (tmp_path / "shequn.db").exists()


def test_demo_then_check_then_remove(tmp_path: Path) -> None:
    assert run("demo", "--members", "120", data_dir=tmp_path).returncode == 0
    out = run("check", data_dir=tmp_path)
    assert "members: 120" in out.stdout and "groups: 8" in out.stdout
    assert "(demo)" in out.stdout
    again = run("demo", data_dir=tmp_path)
    assert again.returncode == 1 and "already has data" in again.stderr
    assert run("demo", "--remove", data_dir=tmp_path).returncode == 0
    assert "members: 0" in run("check", data_dir=tmp_path).stdout


def test_corrupt_database_exit_code_and_file_untouched(tmp_path: Path) -> None:
    db = tmp_path / "shequn.db"
    db.write_bytes(b"garbage" * 50)
    out = run("check", data_dir=tmp_path)
    assert out.returncode == 3
    assert str(db) in out.stderr and "not a SQLite database" in out.stderr
    assert db.read_bytes() == b"garbage" * 50


def test_unknown_command_is_a_usage_error(tmp_path: Path) -> None:
    out = run("frobnicate", data_dir=tmp_path)
    assert out.returncode == 2


def test_headless_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from desktop.app import main; "
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'check']); "
        "assert rc == 0; assert 'PySide6' not in sys.modules, 'Qt imported'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def test_the_window_frame_does_not_load_the_database_layer() -> None:
    """The frame paints before SQLAlchemy is imported (see desktop/app.py): keep it so."""
    code = (
        "import sys; import desktop.ui.main_window; "
        "assert 'sqlalchemy' not in sys.modules, 'main_window pulls in the database layer'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def test_opening_a_workspace_does_not_load_matrix_nio() -> None:
    """matrix-nio and aiohttp take about half a second to import: the app loads them when a
    Matrix account is first used, not on every start (see desktop/services/matrix/accounts)."""
    code = (
        "import sys; import desktop.services.container; import desktop.ui.main_window; "
        "assert 'nio' not in sys.modules and 'aiohttp' not in sys.modules, 'nio at start-up'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_team_database_is_a_clear_refusal_not_a_traceback(
    tmp_path: Path,
) -> None:
    from desktop.config import resolve_paths
    from desktop.services.workspace.service import open_workspace
    from desktop.store.migrate import TeamDatabaseUnreachable

    url = f"postgresql://ops:s3cret-pw@127.0.0.1:{_closed_port()}/shequn"
    paths = replace(resolve_paths(tmp_path / "data"), database_url=url)
    try:
        open_workspace(paths)
    except TeamDatabaseUnreachable as problem:
        assert "127.0.0.1" in problem.reason and "s3cret-pw" not in problem.reason
    else:
        raise AssertionError("opened a database that is not there")
    env = {**os.environ, "SHEQUN_DATABASE_URL": url}
    out = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "cli"), "check"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 3  # refused, as for a damaged file
    assert "(team database)" in out.stderr and "s3cret-pw" not in out.stderr
