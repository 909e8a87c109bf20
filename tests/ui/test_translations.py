"""Both languages ship complete: every UI string is in the .ts files and has Chinese."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import open_main_window
from desktop.config import Paths
from desktop.ui.i18n import install_translator
from desktop.ui.ui_settings import UiSettings

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = ROOT / "resources" / "translations" / "shequn_zh_CN.ts"


def _sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in tree.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_chinese_translation_is_finished() -> None:
    unfinished = [
        msg.findtext("source")
        for msg in ET.parse(ZH_TS).iter("message")
        if (msg.find("translation").get("type") or "") in ("unfinished", "vanished")
    ]
    assert unfinished == []


def test_ts_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """Run lupdate on the code into a copy: it must find nothing the .ts does not have."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    copy = tmp_path / "check.ts"
    shutil.copy(ZH_TS, copy)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run(
        [lupdate, "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    assert _sources(copy) == _sources(ZH_TS)


def test_tab_titles_follow_the_language(paths: Paths, qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    window = open_main_window(paths, UiSettings(paths.ui_settings_file))
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    try:
        install_translator(app, "zh_CN")
        QApplication.processEvents()
        assert [window.tabs.tabText(i) for i in range(5)] == [
            "群组",
            "成员",
            "内容日历",
            "欢迎模板",
            "私信",
        ]
        assert window.file_menu.title() == "文件(&F)"
        install_translator(app, "en")
        QApplication.processEvents()
        assert window.tabs.tabText(0) == "Groups"
    finally:
        install_translator(app, "en")
        window.services.close()


def test_translate_calls_use_literal_contexts() -> None:
    """lupdate only sees ``translate("Context", "text")`` with literals; an alias or a
    context held in a variable hides the string from the .ts files (and from this suite)."""
    import re

    call = re.compile(r"\btranslate\((?!\s*['\"])")
    # lupdate also drops ``translate("C", "%n …", None, len(x))``: the count must be a name.
    counted_call = re.compile(r"\btranslate\(\s*\"[^\"]*\",\s*\"[^\"]*\",\s*None,\s*[\w.]+\(")
    alias = re.compile(r"^\s*\w+\s*=\s*Q(?:Core)?Application\.translate\s*$", re.M)
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        # i18n.py's translator forwards Qt's own lookups (context and text are Qt's).
        for m in call.finditer(text if path.name != "i18n.py" else ""):
            line = text.count("\n", 0, m.start()) + 1
            offenders.append(f"{path.relative_to(ROOT)}:{line}")
        for m in counted_call.finditer(text):
            offenders.append(f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}")
        if alias.search(text):
            offenders.append(f"{path.relative_to(ROOT)}: aliases translate")
    assert offenders == []
