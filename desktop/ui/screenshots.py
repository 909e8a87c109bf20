"""Save one PNG per tab of the real main window on a demo workspace (run under Xvfb).

``make screenshots`` runs this so a person can look at what users see.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop.app import open_main_window
from desktop.config import resolve_paths
from desktop.ui.i18n import install_translator
from desktop.ui.ui_settings import UiSettings

TAB_FILES = ("groups", "members", "calendar", "templates", "inbox")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="build/screenshots")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--data-dir", help="workspace to show (default: a fresh demo)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data_dir = (
        Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="shequn-shot-"))
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not QFontMetrics(QFont()).inFont("收"):
        print("warning: the default font has no Chinese glyphs (install fonts-noto-cjk)")
    paths = resolve_paths(data_dir)
    paths.ensure()
    ui_settings = UiSettings(paths.ui_settings_file)
    install_translator(app, args.lang)
    window = open_main_window(paths, ui_settings)
    if window is None:
        print("error: the workspace could not be opened", file=sys.stderr)
        return 1
    if not args.data_dir:
        # A full week (about 40 posts) shows whether crowded calendar cells stay readable.
        services = window.services
        week = services.calendar.week(
            services.calendar.today(), services.workspace.settings().slots
        )
        services.workspace.fill_week(services.calendar.today(), n=max(0, 40 - len(week.cards)))
        window.workspace_changed.emit()
    window.resize(1440, 900)
    window.show()
    saved: list[Path] = []

    def shoot(i: int) -> None:
        if i >= len(TAB_FILES):
            window.close()
            app.quit()
            return
        window.tabs.setCurrentIndex(i)
        prepare = getattr(window.all_tabs()[i], "prepare_screenshot", None)
        if callable(prepare):
            prepare()

        def grab() -> None:
            target = out / f"{i + 1:02d}-{TAB_FILES[i]}-{args.lang}.png"
            window.grab().save(str(target))
            saved.append(target)
            shoot(i + 1)

        QTimer.singleShot(400, grab)

    QTimer.singleShot(600, lambda: shoot(0))
    app.exec()
    window.services.close()
    for p in saved:
        print(p)
    return 0 if len(saved) == len(TAB_FILES) else 1


if __name__ == "__main__":
    raise SystemExit(main())
