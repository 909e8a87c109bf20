"""The app built with PyInstaller from build/shequn.spec, the way `make dist` builds it.

A fresh build takes minutes, so it is kept under .cache/dist-test/<key>/, where the key is a
hash of everything that goes into it (the spec, main.py, desktop/, resources/, pyproject.toml,
Python's and PyInstaller's versions): a rerun with nothing changed reuses it, any change
builds again. Only the newest build is kept. Used by tests/dist and bench/dist.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "dist-test"
EXE_NAME = "shequn.exe" if sys.platform == "win32" else "shequn"
BUILD_TIMEOUT_S = 1800
KEEP_BUILDS = 2


@dataclass(frozen=True)
class FrozenApp:
    folder: Path  # dist/shequn/ of the build
    build_seconds: float  # how long its PyInstaller run took

    @property
    def executable(self) -> Path:
        return self.folder / EXE_NAME

    @property
    def contents(self) -> Path:
        """Where the data files and libraries are (``sys._MEIPASS`` of the running app):
        PyInstaller 6 puts them in ``_internal/`` beside the executable."""
        inner = self.folder / "_internal"
        return inner if inner.is_dir() else self.folder

    def size_bytes(self) -> int:
        # Not through symlinks: _internal/ links many Qt libraries to their one copy.
        files = (p for p in self.folder.rglob("*") if p.is_file() and not p.is_symlink())
        return sum(p.stat().st_size for p in files)


def _inputs() -> list[Path]:
    files = [ROOT / "build" / "shequn.spec", ROOT / "main.py", ROOT / "pyproject.toml"]
    for top in ("desktop", "resources"):
        files += [
            p
            for p in (ROOT / top).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".qm")
        ]
    return sorted(files)


def source_key() -> str:
    import PyInstaller  # type: ignore[import-untyped]

    digest = hashlib.sha256(f"{sys.version}|{PyInstaller.__version__}".encode())
    for path in _inputs():
        digest.update(str(path.relative_to(ROOT).as_posix()).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _bin(name: str) -> str:
    folder = Path(sys.executable).parent
    found = shutil.which(name, path=str(folder)) or shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} not found next to {sys.executable} nor on PATH")
    return found


def compile_translations() -> None:
    """What `make` does before `make dist`: the .qm files the spec ships."""
    lrelease = _bin("pyside6-lrelease")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def built_app() -> FrozenApp:
    """The cached build for the current sources, building it first when there is none."""
    key = source_key()
    done = CACHE / key / "build.json"
    if done.exists():
        info = json.loads(done.read_text(encoding="utf-8"))
        return FrozenApp(CACHE / key / "dist" / "shequn", float(info["build_seconds"]))
    compile_translations()
    # A private folder first, renamed into place at the end: a build cut short never counts.
    staging = CACHE / f"{key}.{os.getpid()}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    log = staging / "pyinstaller.log"
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        result = subprocess.run(
            [
                _bin("pyinstaller"),
                str(ROOT / "build" / "shequn.spec"),
                "--noconfirm",
                "--distpath",
                str(staging / "dist"),
                "--workpath",
                str(staging / "work"),
            ],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=BUILD_TIMEOUT_S,
        )
    seconds = time.monotonic() - started
    if result.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"PyInstaller failed ({result.returncode}):\n{tail}")
    shutil.rmtree(staging / "work", ignore_errors=True)
    (staging / "build.json").write_text(
        json.dumps({"build_seconds": round(seconds, 1)}), encoding="utf-8"
    )
    target = CACHE / key
    if target.exists():  # built meanwhile by another run: keep that one
        shutil.rmtree(staging, ignore_errors=True)
    else:
        staging.rename(target)
    _forget_old_builds(keep=KEEP_BUILDS)
    return built_app()


def _forget_old_builds(keep: int) -> None:
    """Each build is ~250 MB: keep the newest few (two checkouts may test different sources)."""
    finished = sorted(
        (p for p in CACHE.iterdir() if (p / "build.json").exists()),
        key=lambda p: (p / "build.json").stat().st_mtime,
        reverse=True,
    )
    for old in finished[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    for partial in CACHE.glob("*.partial"):  # left by a run that was killed
        if time.time() - partial.stat().st_mtime > BUILD_TIMEOUT_S:
            shutil.rmtree(partial, ignore_errors=True)
