"""What the built folder holds: the data files the app reads at run time (translations,
icons, Alembic scripts, the demo seed), none of the test and build tools, and a window that
opens in Chinese from the shipped translation."""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PyInstaller.archive.readers import pkg_archive_contents  # type: ignore[import-untyped]

from desktop.app import ENV_SMOKE
from tests.dist.frozen import ROOT, FrozenApp

pytestmark = pytest.mark.dist

# Installed for the tests and the build only (pyproject's dev extras), and what only they
# bring into the environment: trio and its outcome and sortedcontainers come with selenium
# (and hypothesis), pygments with pytest. The app imports none of them; the libraries that
# could use trio (python-socks, dnspython, jeepney) do so only when asked to run under it.
TEST_ONLY = (
    "pytest",
    "_pytest",
    "pytestqt",
    "selenium",
    "hypothesis",
    "PyInstaller",
    "aiosmtpd",
    "trio",
    "outcome",
    "sortedcontainers",
    "pygments",
)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # QTranslator's file signature
TAB_SOURCES = ("Groups", "Members", "Calendar", "Welcome templates", "Inbox")  # main_window.py


def source_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def assert_shipped(frozen: FrozenApp, sources: list[Path]) -> None:
    """Each file sits at its checkout path under the bundle's data folder, unchanged."""
    assert sources
    for source in sources:
        shipped = frozen.contents / source.relative_to(ROOT)
        assert shipped.is_file(), f"{source.relative_to(ROOT)} is not in the built app"
        assert shipped.read_bytes() == source.read_bytes(), source.relative_to(ROOT)


def test_the_compiled_translations_ship_for_every_language(frozen: FrozenApp) -> None:
    languages = sorted(ts.stem for ts in (ROOT / "resources" / "translations").glob("*.ts"))
    assert languages == ["shequn_en", "shequn_zh_CN"]
    for name in languages:
        qm = frozen.contents / "resources" / "translations" / f"{name}.qm"
        assert qm.is_file(), f"{name}.qm is not in the built app"
        assert qm.read_bytes().startswith(QM_MAGIC)


def test_the_icons_ship(frozen: FrozenApp) -> None:
    assert_shipped(frozen, source_files(ROOT / "resources" / "icons"))


def test_every_migration_ships_as_a_file_alembic_can_read(frozen: FrozenApp) -> None:
    versions = source_files(ROOT / "desktop" / "store" / "migrations" / "versions")
    assert any(p.name.startswith("0001") for p in versions)
    assert_shipped(frozen, source_files(ROOT / "desktop" / "store" / "migrations"))


def test_the_demo_seed_ships(frozen: FrozenApp) -> None:
    assert_shipped(frozen, [ROOT / "resources" / "demo" / "demo.json"])


def test_no_test_or_build_tool_is_inside(frozen: FrozenApp) -> None:
    modules = {name.split(".")[0] for name in pkg_archive_contents(str(frozen.executable))}
    assert "desktop" in modules  # the archive was read: the app's own code is there
    assert sorted(modules & set(TEST_ONLY)) == []
    on_disk = {
        p.name.split("-")[0].split(".")[0] for p in frozen.contents.iterdir() if p.name[0] != "."
    }
    assert sorted(on_disk & set(TEST_ONLY)) == []  # no package folder, .dist-info, extension


def chinese_tab_titles() -> list[str]:
    tree = ET.parse(ROOT / "resources" / "translations" / "shequn_zh_CN.ts")
    context = next(c for c in tree.getroot() if c.findtext("name") == "MainWindow")
    found = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    return [str(found[source]) for source in TAB_SOURCES]


def test_the_built_app_opens_in_chinese(frozen: FrozenApp, tmp_path: Path) -> None:
    env = {**os.environ, ENV_SMOKE: "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [str(frozen.executable), "--data-dir", str(tmp_path / "w"), "--lang", "zh_CN"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(f"{ENV_SMOKE}: tabs: ")]
    assert len(lines) == 1, done.stdout
    titles = lines[0].removeprefix(f"{ENV_SMOKE}: tabs: ").split(" | ")
    expected = chinese_tab_titles()
    assert "私信" in expected and expected != list(TAB_SOURCES)
    assert titles == expected
