"""The built app (`make dist`): its size, and its start-up against the same app run from source.

    .venv/bin/python bench/dist.py [--runs 5]

Uses the build that tests/dist keeps under .cache/dist-test for the current sources (and
builds it first when there is none: a few minutes). Prints key=value lines:
``dist_mb`` the size of dist/shequn/ in MB (10^6 bytes); ``dist_startup_ratio`` the median
time from process start to the window's first paint for the built app over the same for
``python main.py`` (both with SHEQUN_SMOKE, offscreen, on a new workspace; runs alternate);
``build_s`` how long that build's PyInstaller run took.
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
sys.path.insert(0, str(ROOT))

from desktop.app import ENV_SMOKE  # noqa: E402
from tests.dist.frozen import built_app  # noqa: E402


def first_paint_seconds(command: list[str], data_dir: Path) -> float:
    env = {**os.environ, ENV_SMOKE: "1", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHEQUN_DATABASE_URL", None)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [*command, "--data-dir", str(data_dir), "--no-demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    seconds = time.perf_counter() - started
    proc.communicate(timeout=120)
    if line.strip() != f"{ENV_SMOKE}: first paint" or proc.returncode != 0:
        raise SystemExit(f"{command[0]} did not paint cleanly: {line!r}, exit {proc.returncode}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    app = built_app()
    frozen: list[float] = []
    source: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            frozen.append(first_paint_seconds([str(app.executable)], Path(tmp) / f"f{i}"))
            source.append(first_paint_seconds([sys.executable, "main.py"], Path(tmp) / f"s{i}"))
    print(f"dist_mb={app.size_bytes() / 1e6:.0f}")
    print(f"dist_startup_ratio={statistics.median(frozen) / statistics.median(source):.2f}")
    print(f"dist_startup_s={statistics.median(frozen):.2f}")
    print(f"source_startup_s={statistics.median(source):.2f}")
    print(f"build_s={app.build_seconds:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
