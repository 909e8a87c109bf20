"""Start-up time: process start → main window painted on the demo workspace, against a bare
PySide6 QMainWindow with a QTabWidget started the same way. Runs alternate in one invocation.

    .venv/bin/python bench/startup.py [--runs 7]

Prints key=value lines. ``startup_ratio``: median time until the window is painted with the
workspace's data, over the bare window's median. ``first_frame_ratio``: the same for the
app's first frame (menus and tabs, before the database is open).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys, time
mode, data_dir = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class Paints(QObject):
    # "frame": the first paint of the main window; "ready": the first paint once the
    # workspace is attached (the bare window has no workspace: both are the same).
    frame = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            window = obj.window() if hasattr(obj, "window") else None
            if isinstance(window, QMainWindow):
                now = time.time()
                if not self.frame:
                    self.frame = True
                    print(f"frame={now:.6f}", flush=True)
                if getattr(window, "is_attached", True):
                    print(f"ready={now:.6f}", flush=True)
                    QApplication.instance().removeEventFilter(self)
                    window.close()
        return False

app = QApplication(sys.argv[:1])
watcher = Paints()
app.installEventFilter(watcher)
if mode == "bare":
    from PySide6.QtWidgets import QTabWidget, QWidget
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Groups", "Members", "Calendar", "Welcome templates", "Inbox"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    app.exec()
else:
    # The real entry point, exactly as `shequn` runs it.
    from desktop.app import main
    main(["--data-dir", data_dir, "--lang", "zh_CN"])
"""


def once(mode: str, data_dir: Path, env: dict[str, str]) -> tuple[float, float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    marks = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    if "ready" not in marks:
        raise RuntimeError(f"{mode} run did not paint: {out.stderr[-2000:]}")
    return float(marks["frame"]) - start, float(marks["ready"]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    # A user's installed app runs from cached bytecode after its first start; a shell
    # that forbids writing it would make every run compile the project's sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "demo"],
            check=True,
            capture_output=True,
        )
        once("app", data_dir, env)  # warm the OS file cache (and the bytecode) for both
        once("bare", data_dir, env)
        frames: list[float] = []
        readies: list[float] = []
        bares: list[float] = []
        for _ in range(args.runs):
            frame, ready = once("app", data_dir, env)
            frames.append(frame)
            readies.append(ready)
            bares.append(once("bare", data_dir, env)[1])
    frame_ms = statistics.median(frames) * 1000
    ready_ms = statistics.median(readies) * 1000
    bare_ms = statistics.median(bares) * 1000
    print(f"platform={env['QT_QPA_PLATFORM']}")
    print(f"runs={args.runs}")
    print(f"bare_ms_median={bare_ms:.0f}")
    print(f"frame_ms_median={frame_ms:.0f}")
    print(f"ready_ms_median={ready_ms:.0f}")
    print(f"first_frame_ratio={frame_ms / bare_ms:.2f}")
    print(f"startup_ratio={ready_ms / bare_ms:.2f}")


if __name__ == "__main__":
    main()
