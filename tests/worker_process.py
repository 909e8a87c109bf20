"""``shequn worker`` as its own process, as an operator's machine or a team's server runs
it: started, waited for, killed and drained the same way by the tests and by bench/."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from desktop.config import Paths

ROOT = Path(__file__).resolve().parents[1]
# The line ``shequn worker`` prints once its signal handlers are in and it takes work.
READY = "worker running"


def worker_command(
    data_dir: Path, *extra: str, batch: int | None = None, poll: float | None = None
) -> list[str]:
    """The command line; ``None`` leaves an option at the worker's own default."""
    options: list[str] = []
    if batch is not None:
        options += ["--batch", str(batch)]
    if poll is not None:
        options += ["--poll", str(poll)]
    return [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "worker"] + (
        options + list(extra)
    )


def worker_process(
    paths: Paths,
    *extra: str,
    batch: int = 50,
    poll: float = 0.5,
    lease_seconds: float = 2,
    env: dict[str, str] | None = None,
) -> subprocess.Popen[str]:
    """Started with piped output. A short lease lets rows a killed worker held come back
    within the test."""
    return subprocess.Popen(
        worker_command(paths.data_dir, *extra, batch=batch, poll=poll),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SHEQUN_LEASE_SECONDS": str(lease_seconds), **(env or {})},
    )


def _stderr(proc: subprocess.Popen[str]) -> str:
    err: IO[str] | None = proc.stderr
    return err.read() if err is not None else ""


def wait_running(proc: subprocess.Popen[str]) -> str:
    """Block until the worker says it is running; its stderr if it exits first."""
    assert proc.stdout is not None
    for line in proc.stdout:
        if READY in line:
            return line
    raise AssertionError(f"the worker exited before running: {_stderr(proc)}")


def wait_while_alive(
    proc: subprocess.Popen[str],
    done: Callable[[], bool],
    what: str | Callable[[], str],
    *,
    timeout: float = 60,
    pause: float = 0.02,
) -> None:
    """Poll ``done`` while the worker runs; a dead worker fails with its stderr, a late one
    with ``what`` (a callable to describe the state at that moment)."""
    deadline = time.monotonic() + timeout
    while not done():
        assert proc.poll() is None, _stderr(proc)
        assert time.monotonic() < deadline, what() if callable(what) else what
        time.sleep(pause)


def kill(proc: subprocess.Popen[str]) -> None:
    """SIGKILL, as a crash or a pulled plug: no handler runs, leases stay held."""
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)


def stop(proc: subprocess.Popen[str], timeout: float = 60) -> tuple[str, str]:
    """SIGTERM if still running, then its output once it has exited."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    return proc.communicate(timeout=timeout)


def drain(
    paths: Paths,
    *extra: str,
    batch: int = 50,
    poll: float = 0.5,
    lease_seconds: float = 2,
    timeout: float = 120,
) -> tuple[str, str]:
    """``worker --drain`` to the end; it must exit cleanly."""
    proc = worker_process(
        paths, "--drain", *extra, batch=batch, poll=poll, lease_seconds=lease_seconds
    )
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-2000:]
    return out, err
