"""Every window and dialog, in both languages: no visible chrome in the other language after a
live switch, and no text wider than its widget.

The .ts files are the reference for what is chrome: a visible text that is an English source
whose Chinese differs is untranslated in Chinese; one that is a Chinese translation is stale in
English. Workspace data (Chinese in the demo) is never in the .ts files, so it is not judged.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.config import Paths
from desktop.services.container import Services
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
ELLIPSIS = "…"
DATA_COMBOS = {"inboxLabels"}


def _pairs() -> list[tuple[str, str]]:
    """(English source, Chinese) of every translated string; plural forms with %n kept."""
    out = []
    for msg in ET.parse(TRANSLATIONS / "shequn_zh_CN.ts").iter("message"):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        out += [(source, form) for form in forms if form]
    return out


def _pattern(text: str) -> re.Pattern[str] | None:
    """A matcher for a text with %1/%n placeholders, None for a plain one."""
    parts = re.split(r"%(?:n|\d)", text)
    if len(parts) == 1:
        return None
    return re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL)


class Reference:
    def __init__(self) -> None:
        pairs = [(s, t) for s, t in _pairs() if s.strip() != t.strip()]
        # A string written the same in both languages ("Matrix", "%1 / 100") tells nothing.
        self.english = {s for s, _ in pairs}
        self.chinese = {t for _, t in pairs}
        self.english_patterns = [p for s in self.english if (p := _pattern(s))]
        self.chinese_patterns = [p for t in self.chinese if (p := _pattern(t))]
        self.known = {_plain(s) for s, _ in _pairs()} | {_plain(t) for _, t in _pairs()}

    def foreign(self, text: str, lang: str) -> bool:
        text = _plain(text)
        if not text or not re.search(r"[A-Za-z\u4e00-\u9fff]", text):
            return False
        if lang == "zh_CN":
            if text in self.english:
                return True
            # A filled-in template: only when it has no Chinese at all.
            return not _has_cjk(text) and any(p.fullmatch(text) for p in self.english_patterns)
        if text in self.chinese:
            return True
        return any(p.fullmatch(text) for p in self.chinese_patterns)


def _has_cjk(text: str) -> bool:
    return re.search(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]", text) is not None


def _plain(text: str) -> str:
    # Mnemonics: "&&" is a literal ampersand, a single "&" marks the shortcut letter (in
    # Chinese written after the text: "设置(&S)").
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _path(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


class Walk:
    def __init__(self, lang: str, ref: Reference) -> None:
        self.lang, self.ref = lang, ref
        self.problems: list[str] = []
        self.texts = 0
        self.windows: list[str] = []  # what was walked, for the report
        self.skipped: list[str] = []

    def text(self, where: str, text: str) -> None:
        if not text:
            return
        self.texts += 1
        if self.ref.foreign(text, self.lang):
            self.problems.append(f"[{self.lang}] not translated: {where}: {text!r}")
        plain = _plain(text)
        # A lone "…" separates a range ("1 … 5"), "😀…" opens a picker: elided texts have
        # words before it.
        elided = plain.endswith(ELLIPSIS) and re.search(r"[A-Za-z\u4e00-\u9fff]", plain)
        if elided and plain not in self.ref.known:
            self.problems.append(f"[{self.lang}] elided: {where}: {text!r}")

    def clipped(self, widget: QWidget, text: str, room: int) -> None:
        plain = _plain(text)
        if plain and "\n" not in plain and widget.fontMetrics().horizontalAdvance(plain) > room:
            self.problems.append(
                f"[{self.lang}] clipped: {_path(widget)}: {plain!r} needs "
                f"{widget.fontMetrics().horizontalAdvance(plain)} px, has {room} px"
            )

    def window(self, top: QWidget) -> None:
        self.text(f"{_path(top)} (title)", top.windowTitle())
        if isinstance(top, QMainWindow):
            for act in top.menuBar().actions():
                self.menu(f"{_path(top)} menu", act.text(), act.menu())
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                self.widget(widget)
        # The pages of tab widgets that are not shown yet.
        for tabs in top.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            current = tabs.currentIndex()
            for i in range(tabs.count()):
                if i == current:
                    continue
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                page = tabs.widget(i)
                for widget in [page, *page.findChildren(QWidget)]:
                    if widget.isVisible():
                        self.widget(widget)
            tabs.setCurrentIndex(current)

    def menu(self, where: str, title: str, menu: QMenu | None) -> None:
        self.text(where, title)
        if menu is None:
            return
        for act in menu.actions():
            if act.isVisible() and not act.isSeparator():
                self.menu(f"{where}/{_plain(title)}", act.text(), act.menu())

    def widget(self, w: QWidget) -> None:
        where = _path(w)
        if isinstance(w, QLabel):
            text = w.text()
            if re.search(r"<[a-zA-Z/][^>]*>", text):
                return  # rich text lays itself out
            self.text(where, text)
            if not w.wordWrap() and w.pixmap().isNull():
                self.clipped(w, text, w.contentsRect().width())
        elif isinstance(w, QAbstractButton):
            text = w.text()
            self.text(where, text)
            icon = w.iconSize().width() + 4 if not w.icon().isNull() else 0
            if isinstance(w, (QCheckBox, QRadioButton)):
                metric = (
                    QStyle.PixelMetric.PM_IndicatorWidth
                    if isinstance(w, QCheckBox)
                    else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
                )
                indicator = w.style().pixelMetric(metric, None, w) + 4
                self.clipped(w, text, w.width() - indicator - icon)
            elif isinstance(w, QPushButton):
                self.clipped(w, text, w.width() - 12 - icon)
        elif isinstance(w, QGroupBox):
            self.text(where, w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    self.text(f"{where}[{i}]", w.tabText(i))
                    self.clipped(w, w.tabText(i), w.tabRect(i).width() - 12)
        elif isinstance(w, QComboBox):
            if not w.isEditable():
                # Combos of workspace data translate only their first, "all" entry.
                for i in range(1 if w.objectName() in DATA_COMBOS else w.count()):
                    self.text(f"{where}[{i}]", w.itemText(i))
                # Qt's own measure: what a combo holding just this text asks for.
                probe = QComboBox()
                probe.setFont(w.font())
                probe.setStyle(w.style())
                probe.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                probe.addItem(w.itemIcon(w.currentIndex()), w.currentText())
                need = probe.sizeHint().width()
                if w.currentText() and need > w.width():
                    self.problems.append(
                        f"[{self.lang}] clipped: {where}: {w.currentText()!r} needs "
                        f"{need} px, has {w.width()} px"
                    )
            elif (line := w.lineEdit()) is not None:
                self.text(f"{where} (placeholder)", line.placeholderText())
        elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
            self.text(f"{where} (placeholder)", w.placeholderText())
        elif isinstance(w, (QTableView, QTreeView)):
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            model = w.model()
            if model is None or header.isHidden():
                return
            last = max(
                (
                    i
                    for i in range(model.columnCount(QModelIndex()))
                    if not header.isSectionHidden(i)
                ),
                default=-1,
            )
            for i in range(model.columnCount(QModelIndex())):
                value = model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if not isinstance(value, str) or header.isSectionHidden(i):
                    continue
                self.text(f"{where} (header {i})", value)
                # The last column may run on past the view's edge (scrolled to).
                if (i != last or header.stretchLastSection()) and _plain(value):
                    # Qt's own measure of what the label needs (margins, sort arrow).
                    need, has = header.sectionSizeHint(i), header.sectionSize(i)
                    if header.isSortIndicatorShown() and header.sortIndicatorSection() != i:
                        # The hint keeps room for a sort arrow only the sorted column draws.
                        style = header.style()
                        need -= style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + (
                            style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
                        )
                    if has < need:
                        self.problems.append(
                            f"[{self.lang}] clipped: {where} (header {i}): {value!r} needs "
                            f"{need} px, has {has} px"
                        )


def _switch(app: QApplication, lang: str) -> None:
    # A live switch, as the settings dialog does: every widget gets LanguageChange.
    i18n.install_translator(app, lang)
    QApplication.processEvents()


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    def idle() -> bool:
        for tab in window.all_tabs():
            busy = getattr(tab, "busy", None)
            calls = getattr(tab, "calls", None)
            if busy is True or (calls is not None and calls.busy):
                return False
        return True

    qtbot.waitUntil(idle, timeout=15_000)
    QApplication.processEvents()


def _openers(window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    """How the UI opens each dialog: the window's and the tabs' own methods.

    Not walked: About (QMessageBox.about runs a nested event loop), the database-problem
    boxes (they need a broken database), Qt's file dialogs and the confirmation boxes
    (message boxes opened with exec() would block the walk)."""
    groups, members = window.groups_tab, window.members_tab
    templates, inbox, calendar = window.templates_tab, window.inbox_tab, window.calendar_tab
    return [
        ("settings", window.open_settings),
        ("teammates", window.open_teammates),
        ("deletion requests", window.open_delete_requests),
        ("team database", window.open_team_database),
        ("shortcuts", window.show_shortcuts),
        ("outbox", window.sending.open_outbox),
        ("accounts", window.sending.open_accounts),
        ("group series", groups.open_series),
        ("group split", groups.open_split),
        ("group ops", groups.open_ops),
        ("group policy", groups.open_policy),
        ("new post", lambda: calendar.editing.new_post(_next_hour(), [])),
        # What planning drafts from the backlog asks when the week shows every group.
        (
            "plan for groups",
            lambda: calendar.post_actions._ask_groups(
                window.services.calendar.group_choices(), 3, lambda _ids: None
            ),
        ),
        ("journey attach", templates.journey_actions.open_attach),
        ("member import", members.member_actions.open_import),
        ("member rules", members.member_actions.open_rules),
        ("member stats", members.member_actions.open_stats),
        ("member segment", members.segments.open_dialog),
        ("member center", members.open_center),
        ("member message", members.open_message),
        ("journey variants", templates.open_variants),
        ("journey replies", templates.journey_actions.open_replies),
        ("inbox settings", inbox.dialogs.open_settings),
        ("inbox campaigns", inbox.dialogs.open_campaigns),
        ("inbox team", inbox.dialogs.open_team),
    ]


# These open for the selected row only (None without one).
NEEDS_SELECTION = {"group split", "group ops", "member center", "journey variants"}


def _next_hour() -> datetime:
    return datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


def _new_windows(before: set[QWidget]) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w not in before and not isinstance(w, QMenu)
    ]


# Dialogs opened from a dialog that is open, by the opener's name.
INNER: dict[str, Callable[[Any], object]] = {
    "settings": lambda d: d.open_holidays(),
    "accounts": lambda d: d.add_account(),
    "member center": lambda d: d.open_erase(),
}


def _walk(qtbot: QtBot, window: MainWindow, lang: str, ref: Reference) -> Walk:
    walk = Walk(lang, ref)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        _settle(qtbot, window)
        walk.window(window)
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    for name, open_dialog in _openers(window):
        if open_dialog() is None and name in NEEDS_SELECTION:
            walk.skipped.append(name)
            continue
        # Some read their choices off the UI thread first (the post dialog).
        qtbot.waitUntil(lambda: bool(_new_windows(before)), timeout=5_000)
        for top in _new_windows(before):
            walk.windows.append(name)
            walk.window(top)
            if (inner_opener := INNER.get(name)) is not None:
                inner_opener(top)
                qtbot.waitUntil(lambda top=top: bool(_new_windows(before | {top})))
                for inner in _new_windows(before | {top}):
                    walk.windows.append(f"{name} › {type(inner).__name__}")
                    walk.window(inner)
                    inner.close()
            top.close()
        QApplication.processEvents()
    return walk


def test_every_window_and_dialog_speaks_the_current_language_and_fits(
    paths: Paths, demo_services: Services, qtbot: QtBot, qapp: QApplication, language: None
) -> None:
    ref = Reference()
    _switch(qapp, "zh_CN")
    window = MainWindow(demo_services, UiSettings(paths.ui_settings_file))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for i in range(window.tabs.count()):  # every tab built, then the language switched live
        window.tabs.setCurrentIndex(i)
        _settle(qtbot, window)
    problems: list[str] = []
    checked = 0
    for lang in ("en", "zh_CN"):
        _switch(qapp, lang)
        walk = _walk(qtbot, window, lang, ref)
        problems += walk.problems
        checked += walk.texts
        # Every dialog opened (those needing a selected row had one in the demo).
        assert walk.skipped == [], walk.skipped
        assert len(walk.windows) >= 25, walk.windows
    assert checked > 500
    assert problems == [], "\n".join(sorted(set(problems)))
