"""Start-up time: process start → main window painted on the demo workspace, against a bare
PySide6 QMainWindow with a QTabWidget started the same way. Runs alternate in one invocation.

    .venv/bin/python bench/startup.py [--runs 7]

Prints key=value lines; ``startup_ratio`` is the median app time over the median bare time.
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

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            window = obj.window() if hasattr(obj, "window") else None
            if isinstance(window, QMainWindow):
                self.done = True
                print(f"painted={time.time():.6f}", flush=True)
                QApplication.instance().quit()
        return False

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
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


def once(mode: str, data_dir: Path, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    for line in out.stdout.splitlines():
        if line.startswith("painted="):
            return float(line.split("=", 1)[1]) - start
    raise RuntimeError(f"{mode} run did not paint: {out.stderr[-2000:]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "demo"],
            check=True,
            capture_output=True,
        )
        once("app", data_dir, env)  # warm the OS file cache for both
        once("bare", data_dir, env)
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(args.runs):
            app_times.append(once("app", data_dir, env))
            bare_times.append(once("bare", data_dir, env))
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    print(f"platform={env['QT_QPA_PLATFORM']}")
    print(f"runs={args.runs}")
    print(f"app_ms_median={app_ms:.0f}")
    print(f"bare_ms_median={bare_ms:.0f}")
    print(f"startup_ratio={app_ms / bare_ms:.2f}")


if __name__ == "__main__":
    main()
