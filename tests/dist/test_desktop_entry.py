"""The menu entry `make install-desktop` installs matches what the running window says it is,
so the task bar groups the window under the entry's icon and name."""

from __future__ import annotations

import configparser
import struct
import tomllib
from pathlib import Path

from desktop import APP_NAME

ROOT = Path(__file__).resolve().parents[2]


class DesktopFile(configparser.ConfigParser):
    def optionxform(self, optionstr: str) -> str:
        return optionstr  # keys of a .desktop file are case-sensitive


def desktop_entry() -> configparser.SectionProxy:
    parser = DesktopFile(interpolation=None, strict=True)
    parser.read(ROOT / "build" / "shequn.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_entry_starts_the_installed_command_with_the_shipped_icon():
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert entry["Exec"] == "shequn" and "shequn" in scripts["gui-scripts"]
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["Name[zh_CN]"] == "社群运营台"


def test_the_window_class_and_app_id_match_the_entry():
    # X11 groups by WM_CLASS (Qt: the application name); Wayland by the app id, which
    # app.py sets with setDesktopFileName to the entry's file name.
    assert desktop_entry()["StartupWMClass"] == APP_NAME
    app_source = (ROOT / "desktop" / "app.py").read_text(encoding="utf-8")
    assert 'setDesktopFileName("shequn")' in app_source


def test_the_windows_icon_holds_the_large_size():
    data = (ROOT / "resources" / "icons" / "shequn.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 4
    widths = {data[6 + 16 * i] for i in range(count)}
    assert {16, 32, 48, 0} <= widths  # 0 stands for 256 px
