"""Windows and macOS kept in reach: nothing in desktop/ or the PyInstaller spec assumes Linux.

Every module of desktop/ is imported, and none may import a module that exists on one platform
only (fcntl, pwd, winreg …) at module level outside a guard (``if sys.platform …`` or
``try: … except ImportError``). Paths come from platformdirs, never a hard-coded Linux
folder, and nothing shells out. docs/PLATFORMS.md lists what still needs a Windows or Mac.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import os
import pkgutil
import re
import signal
import sqlite3
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

import desktop
from desktop.services.sending.file_uris import local_path, uri_path
from desktop.stop_signals import on_stop_signal
from desktop.store.migrate import backup_sqlite, check_sqlite_file

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"

# Importable on one family of systems only.
POSIX_ONLY = {"fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "posix", "crypt"}
POSIX_ONLY |= {"spwd", "syslog", "_posixsubprocess", "nis", "readline", "curses"}
WINDOWS_ONLY = {"msvcrt", "winreg", "_winapi", "winsound", "nt", "win32api", "win32con"}
WINDOWS_ONLY |= {"pywintypes", "win32com", "_overlapped"}
MAC_ONLY = {"AppKit", "Foundation", "objc", "CoreFoundation"}
PLATFORM_ONLY = POSIX_ONLY | WINDOWS_ONLY | MAC_ONLY
# Signals that the signal module of Windows does not have.
POSIX_SIGNALS = {"SIGHUP", "SIGQUIT", "SIGKILL", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD"}
POSIX_SIGNALS |= {"SIGPIPE", "SIGSTOP", "SIGCONT", "SIGTSTP", "SIGWINCH"}


def desktop_sources() -> list[Path]:
    return sorted(p for p in DESKTOP.rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unguarded_imports(tree: ast.Module) -> list[tuple[int, str]]:
    """Top-level names of the modules imported in the module's own body (not under an
    ``if`` or ``try``, which is how a platform guard looks; not inside a function)."""
    found: list[tuple[int, str]] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


def test_every_module_of_desktop_imports():
    names = [module_name(p) for p in desktop_sources()]
    walked = {m.name for m in pkgutil.walk_packages(desktop.__path__, "desktop.")}
    assert walked <= set(names)
    failed: dict[str, str] = {}
    for name in names:
        if ".migrations." in name or name.endswith(".migrations"):
            continue  # Alembic scripts: run by Alembic's loader, not imported as a package
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed[name] = f"{type(exc).__name__}: {exc}"
    assert failed == {}


def test_no_platform_only_module_imported_at_module_level():
    offenders = []
    for path in desktop_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for lineno, top in unguarded_imports(tree):
            if top in PLATFORM_ONLY:
                offenders.append(f"{path.relative_to(ROOT)}:{lineno}: import {top}")
    assert offenders == []


def test_the_check_sees_a_platform_only_import():
    tree = ast.parse("import os\nimport fcntl\nfrom pwd import getpwnam\n")
    names = {top for _line, top in unguarded_imports(tree)}
    assert names & PLATFORM_ONLY == {"fcntl", "pwd"}
    guarded = ast.parse("try:\n    import fcntl\nexcept ImportError:\n    fcntl = None\n")
    assert unguarded_imports(guarded) == []


def test_no_posix_only_signal_shell_call_or_linux_path_in_desktop_or_the_spec():
    patterns = {
        "posix-only signal": re.compile(rf"signal\.({'|'.join(sorted(POSIX_SIGNALS))})\b"),
        "shell call": re.compile(
            r"\bos\.(system|popen|fork|getuid|geteuid|setsid|killpg)\(|shell\s*=\s*True"
            r"|\bsubprocess\b"
        ),
        "Linux path": re.compile(r"[\"']/(tmp|home|usr|etc|var|opt|proc|dev)(/|[\"'])"),
        "Linux-only folder": re.compile(r"\.local/share|\.config/|\.cache/|XDG_[A-Z]+_HOME"),
    }
    files = [*desktop_sources(), ROOT / "build" / "shequn.spec"]
    found = []
    for path in files:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for what, pattern in patterns.items():
                if pattern.search(code):
                    found.append(f"{path.relative_to(ROOT)}:{lineno}: {what}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("/srv/posters/a b.png", Path("/srv/posters/a b.png")),
        ("file:///srv/posters/a%20b%23.png", Path("/srv/posters/a b#.png")),
        ("file://localhost/srv/p.png", Path("/srv/p.png")),
        ("https://example.com/p.png", None),
    ],
)
def test_attachment_uris_become_local_paths(uri: str, expected: Path | None):
    assert local_path(uri) == expected


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("file:///C:/Users/a/b.png", PureWindowsPath(r"C:\Users\a\b.png")),
        ("file:///C:/%E6%B5%B7%E6%8A%A5%20%231%2050%25.png", PureWindowsPath("C:/海报 #1 50%.png")),
        ("file:///D|/posters/p.png", PureWindowsPath(r"D:\posters\p.png")),  # an old form
        ("file://localhost/C:/p.png", PureWindowsPath(r"C:\p.png")),
        ("file://server/share/posters/b.png", PureWindowsPath(r"\\server\share\posters\b.png")),
        ("file://nas/%E6%B5%B7%E6%8A%A5/p.png", PureWindowsPath(r"\\nas\海报\p.png")),
        (r"C:\Users\a\b.png", PureWindowsPath(r"C:\Users\a\b.png")),
        ("https://example.com/p.png", None),
    ],
)
def test_attachment_uris_as_windows_writes_them_become_windows_paths(
    uri: str, expected: PureWindowsPath | None
):
    found = uri_path(uri, windows=True)
    assert found == expected
    if expected is not None:
        assert isinstance(found, PureWindowsPath) and found.drive == expected.drive


@pytest.mark.parametrize(
    "path",
    [PureWindowsPath("C:/Users/运营/海报 #1 50%.png"), PureWindowsPath(r"\\nas\share\a b.png")],
)
def test_a_windows_path_written_as_uri_round_trips(path: PureWindowsPath):
    assert uri_path(path.as_uri(), windows=True) == path


def test_a_windows_drive_uri_read_on_posix_stays_a_posix_path():
    # The same URI on Linux or macOS names no drive: it is read as the path it spells.
    assert uri_path("file:///C:/a%20b.png", windows=False) == PurePosixPath("/C:/a b.png")


def test_a_local_path_written_as_uri_round_trips(tmp_path: Path):
    picture = tmp_path / "海报 #1 50%.png"
    picture.write_bytes(b"png")
    assert local_path(picture.as_uri()) == picture


def test_a_data_dir_whose_name_looks_like_a_uri_part_is_checked_and_backed_up(tmp_path: Path):
    # sqlite3 opens these read-only through a file: URI: "#", "?" and "%" must stay in the name.
    folder = tmp_path / "团队 #2 ?50%"
    folder.mkdir()
    db = folder / "shequn.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE t (x)")
        con.execute("INSERT INTO t VALUES (1)")
    con.close()
    check_sqlite_file(db)
    backup = backup_sqlite(db, "before-test")
    with sqlite3.connect(backup) as con:
        assert con.execute("SELECT x FROM t").fetchall() == [(1,)]
    con.close()


class WindowsLikeLoop(asyncio.SelectorEventLoop):
    """asyncio's loop as on Windows: no add_signal_handler."""

    def add_signal_handler(self, sig, callback, *args):  # type: ignore[no-untyped-def]
        raise NotImplementedError


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGTERM to itself")
def test_the_worker_stops_on_sigterm_where_asyncio_has_no_signal_handlers():
    loop = WindowsLikeLoop()
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    stopped = asyncio.Event()
    try:

        async def wait_for_stop() -> None:
            on_stop_signal(asyncio.get_running_loop(), stopped.set)
            os.kill(os.getpid(), signal.SIGTERM)
            await asyncio.wait_for(stopped.wait(), timeout=30)

        loop.run_until_complete(wait_for_stop())
    finally:
        loop.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    assert stopped.is_set()
