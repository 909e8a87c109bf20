"""What the compare dialog prints for a value, in both languages (issue 18, part 4): the
labels the forms show for stored codes, words for yes/no and empty, the language's own
list separator and dates with the weekday."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from desktop.domain.calendar.post_message import AttachmentRef
from desktop.domain.calendar.rules import Recurrence
from desktop.domain.enums import AttachmentKind, ContentType, DmFrequency, Platform
from desktop.ui.compare_values import show_value, value_text
from desktop.ui.i18n import install_translator

FRIDAY = datetime(2031, 3, 7, 20, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_values_read_in_english(qapp: QApplication, language: None) -> None:
    install_translator(qapp, "en")
    assert [show_value(v) for v in (True, False, "", None, [])] == [
        "Yes",
        "No",
        "(empty)",
        "(empty)",
        "(none)",
    ]
    assert show_value(ContentType.MARKETING) == "Marketing"
    assert show_value(Platform.WECOM) == "WeCom"
    assert show_value(DmFrequency.WEEKLY) == "Weekly"
    assert show_value(["志愿者", "老会员"]) == "志愿者, 老会员"
    assert "Fri" in show_value(FRIDAY) and "20:00" in show_value(FRIDAY)
    assert "2031" in show_value(date(2031, 3, 7))
    weekly = show_value(Recurrence(frozenset({0, 2}), date(2031, 4, 30)))
    assert weekly.startswith("Weekly on Mon, Wed until") and "2031" in weekly
    shown = show_value((AttachmentRef(AttachmentKind.LINK, "https://example.com", "报名"),))
    assert "报名" in shown and "https://example.com" in shown
    assert value_text("delay_minutes", 90, {"delay_minutes": lambda m: f"{m} min"}) == "90 min"


def test_values_read_in_chinese(chinese: None) -> None:
    assert [show_value(v) for v in (True, False, "", [])] == ["是", "否", "（空）", "（无）"]
    assert show_value(ContentType.MARKETING) not in ("marketing", "Marketing")
    assert show_value(["志愿者", "老会员"]) == "志愿者、老会员"
    assert "周五" in show_value(FRIDAY)
    assert show_value(Recurrence(frozenset({0}), date(2031, 4, 30))).startswith("每周周一")
