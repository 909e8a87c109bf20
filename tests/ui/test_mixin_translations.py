"""Strings written in a tab's mixins, or in the parts a tab is composed of (the calendar's
toolbar, actions, push table files and post editing), are translated.

lupdate files a string under the class whose code asks for it. Mixins of a tab (``self``
the tab at run time) made plural (``%n``) texts come out in English; the tabs are now made
of objects of their own (the calendar's toolbar, actions and post editing; the members
tab's ``MemberActions``; the inbox's search and reply-time watch), so plain ``self.tr``
finds the context. Each string is checked through the object whose code asks for it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import desktop.ui
from desktop.domain.calendar.rules import Shift
from desktop.services.container import Services
from desktop.services.members import MemberDraft
from desktop.ui import i18n
from desktop.ui.calendar.tab import CalendarTab
from desktop.ui.inbox.tab import InboxTab
from desktop.ui.members.tab import MembersTab

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _use(lang: str, *widgets: QWidget) -> None:
    app = QApplication.instance()
    assert app is not None
    i18n.install_translator(app, lang)
    for widget in widgets:
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def _context_messages(contexts: set[str], lang: str) -> list[tuple[str, str, str | None, int, str]]:
    """(context, source, disambiguation, n, expected text) of every string of those contexts
    in that language's .ts file; plural ones with n = 1 and n = 3."""
    out = []
    for context in ET.parse(TRANSLATIONS / f"shequn_{lang}.ts").iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        for msg in context.iter("message"):
            source, comment = msg.findtext("source") or "", msg.findtext("comment")
            translation = msg.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if msg.get("numerus") == "yes":
                for n in (1, 3):
                    # Chinese has one form; English "one" for 1 and "other" otherwise.
                    form = forms[0] if n == 1 or len(forms) == 1 else forms[1]
                    out.append((name, source, comment, n, form.replace("%n", str(n))))
            else:
                out.append((name, source, comment, -1, translation.text or ""))
    return out


def _calendar_parts(tab: CalendarTab) -> dict[str, QObject]:
    """The objects the calendar tab is composed of, by the context of their strings."""
    return {
        "CalendarActions": tab.post_actions,
        "PushTableFiles": tab.post_actions.files,
        "CalendarToolbar": tab.toolbar,
        "PostEditing": tab.editing,
    }


def test_calendar_part_strings_come_out_in_chinese(
    qtbot: QtBot, demo_services: Services, language: None
) -> None:
    tab = CalendarTab(demo_services)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.busy)
    _use("zh_CN", tab)
    # Plural texts of the actions, asked through the object as its own code does.
    assert tab.post_actions.tr("Plan %n draft(s)", None, 3) == "安排 3 条草稿"
    assert tab.post_actions.files.tr("Imported %n post(s).", None, 1) == "已导入 1 条推送。"
    # ... and one through a real action: copying posts names the undo step.
    cards = [card for r in range(3) for c in range(7) for card in tab.model.cards(r, c)][:3]
    assert len(cards) == 3
    tab.post_actions.shift_posts([(c.id, c.occurrence) for c in cards], Shift(days=28), copy=True)
    qtbot.waitUntil(lambda: tab.planner.stack.count() == 1)
    assert tab.planner.stack.undoText() == "复制 3 条推送"
    # Plain texts of the other parts and of the tab itself still resolve.
    assert tab.post_actions.tr("Sent posts stay where they were sent.") == "已发送的推送不能移动。"
    assert tab.editing.tr("Edit post") == "编辑推送"
    assert tab.toolbar.today_button.text() == "今天"
    assert tab.tr("%n post(s) this week", None, 3) == "本周 3 条推送"

    _use("en", tab)
    assert tab.post_actions.tr("Plan %n draft(s)", None, 1) == "Plan 1 draft"
    assert tab.post_actions.tr("Plan %n draft(s)", None, 3) == "Plan 3 drafts"
    tab.post_actions.shift_posts(
        [(c.id, c.occurrence) for c in cards[:2]], Shift(days=35), copy=True
    )
    qtbot.waitUntil(lambda: tab.planner.stack.count() == 2)
    assert tab.planner.stack.undoText() == "Copy 2 posts"
    assert tab.toolbar.today_button.text() == "Today"


def test_members_action_strings_come_out_in_chinese(
    qtbot: QtBot, services: Services, language: None, tmp_path: Path
) -> None:
    tab = MembersTab(services)
    qtbot.addWidget(tab)
    _use("zh_CN", tab)
    assert tab.member_actions.tr("Export members") == "导出成员"
    # ... and one through a real action: the export reports in the status bar.
    services.members.save(MemberDraft(name="甲"))
    tab.refresh()
    tab.export_to(tmp_path / "members.csv")
    qtbot.waitUntil(lambda: "members.csv" in tab.status_label.text(), timeout=10_000)
    assert tab.status_label.text() == "已导出 1 位成员到 members.csv。"

    _use("en", tab)
    tab.export_to(tmp_path / "again.csv")
    qtbot.waitUntil(lambda: "again.csv" in tab.status_label.text(), timeout=10_000)
    assert tab.status_label.text() == "1 members exported to again.csv."


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_mixin_string_is_translated(
    qtbot: QtBot, services: Services, language: None, lang: str
) -> None:
    calendar, members = CalendarTab(services), MembersTab(services)
    qtbot.addWidget(calendar)
    qtbot.addWidget(members)
    _use(lang)
    # Each string is asked through the object whose code asks for it.
    parts: dict[str, QObject] = {
        **_calendar_parts(calendar),
        type(members.member_actions).__name__: members.member_actions,
    }
    asked = [(part, _context_messages({name}, lang)) for name, part in parts.items()]
    wrong = []
    checked = 0
    for owner, messages in asked:
        assert messages, owner
        for context, source, comment, n, expected in messages:
            got = owner.tr(source, comment, n)
            checked += 1
            if got != expected:
                wrong.append((context, source, n, got, expected))
    parts = _calendar_parts(calendar)
    calendar_checked = 0
    for context, source, comment, n, expected in _context_messages(set(parts), lang):
        got = parts[context].tr(source, comment, n)
        calendar_checked += 1
        if got != expected:
            wrong.append((context, source, n, got, expected))
    assert calendar_checked > 60
    assert wrong == []


def test_no_plain_python_class_in_the_ui_translates() -> None:
    """A plain-Python class whose methods call ``self.tr`` can only be a mixin of some widget,
    and a mixin's plural texts stay untranslated: every translating class is a QObject."""
    classes = set()
    for info in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if inspect.isclass(value) and value.__module__ == module.__name__:
                classes.add(value)
    assert classes
    mixins = [
        c.__qualname__
        for c in classes
        if not issubclass(c, QObject) and "self.tr(" in inspect.getsource(c)
    ]
    assert mixins == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_inbox_parts_translate_the_strings_moved_out_of_the_tab(
    qtbot: QtBot, services: Services, language: None, lang: str
) -> None:
    """The inbox tab has no mixins: its search and its reply-time watch are objects of their
    own, and the strings they took from ``InboxTab`` are filed under their class names."""
    tab = InboxTab(services)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.calls.busy)
    assert [c for c in type(tab).__mro__ if c.__module__.startswith("desktop.")] == [InboxTab]
    _use(lang)
    parts: dict[str, QObject] = {"InboxSearch": tab.search, "ReplyTimeWatch": tab.reply_time}
    checked = 0
    for context in ET.parse(TRANSLATIONS / f"shequn_{lang}.ts").iter("context"):
        part = parts.get(context.findtext("name") or "")
        if part is None:
            continue
        for msg in context.iter("message"):
            expected = msg.findtext("translation")
            assert expected and part.tr(msg.findtext("source") or "") == expected
            checked += 1
    assert checked == 5
    tab.retranslate()
    placeholder = {"zh_CN": "搜索全部消息（Ctrl+F）", "en": "Search all messages (Ctrl+F)"}
    assert tab.search.edit.placeholderText() == placeholder[lang]
