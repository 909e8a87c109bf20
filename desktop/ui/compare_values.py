"""A field's value as the compare dialog prints it, in the operator's language.

Stored values are never shown raw: an enum gets the label the rest of the UI gives it (the
post dialog's content types, the group form's platforms, the step editor's channels…),
dates follow the locale, yes/no and empty values are words, lists are joined the way the
language joins them ("、" in Chinese).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.calendar.post_message import ATTACHMENT_ICONS, AttachmentRef
from desktop.domain.calendar.rules import Recurrence
from desktop.domain.enums import (
    ContentType,
    DelayAnchor,
    DmFrequency,
    GroupType,
    Platform,
    StepChannel,
)
from desktop.ui.calendar.labels import type_label
from desktop.ui.common.widgets import format_date
from desktop.ui.groups.labels import group_type_label, platform_label
from desktop.ui.members.labels import dm_frequency_label
from desktop.ui.templates.labels import anchor_label, channel_label

Format = Callable[[Any], str]

# The label functions the forms use for the same fields.
ENUM_LABELS: dict[type[Enum], Format] = {
    ContentType: type_label,
    Platform: platform_label,
    GroupType: group_type_label,
    DmFrequency: dm_frequency_label,
    StepChannel: channel_label,
    DelayAnchor: anchor_label,
}


def datetime_text(value: datetime) -> str:
    """Date, weekday and time: a planner reads "周五" faster than a date."""
    day = QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{format_date(value.date())} {day} {value:%H:%M}"


def recurrence_text(value: Recurrence) -> str:
    locale = QLocale()
    days = _join(
        [locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in sorted(value.weekdays)]
    )
    return (
        QCoreApplication.translate("CompareValues", "Weekly on %1 until %2")
        .replace("%1", days)
        .replace("%2", format_date(value.until))
    )


def attachment_text(value: AttachmentRef) -> str:
    shown = f"{ATTACHMENT_ICONS[value.kind]} {value.caption or value.uri}"
    return f"{shown} ({value.uri})" if value.caption else shown


def _join(parts: list[str]) -> str:
    # The list separator is a translation: Chinese lists with "、", English with ", ".
    return QCoreApplication.translate("CompareValues", ", ").join(parts)


def show_value(value: object) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("CompareValues", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("CompareValues", "Yes")
            if value
            else QCoreApplication.translate("CompareValues", "No")
        )
    if isinstance(value, Enum):
        label = ENUM_LABELS.get(type(value))
        return label(value) if label else str(value.value)
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Recurrence):
        return recurrence_text(value)
    if isinstance(value, AttachmentRef):
        return attachment_text(value)
    if isinstance(value, list | tuple | set | frozenset):
        if not value:
            return QCoreApplication.translate("CompareValues", "(none)")
        parts = [show_value(v) for v in value]
        if any(isinstance(v, AttachmentRef) for v in value):
            return "\n".join(parts)  # one attachment a line, as the post dialog lists them
        return _join(parts)
    return str(value)


def value_text(name: str, value: object, formats: Mapping[str, Format] | None = None) -> str:
    """``formats`` holds a caller's field-specific wording (e.g. minutes as "2 days")."""
    fmt = (formats or {}).get(name)
    if fmt is not None and value is not None:
        return fmt(value)
    return show_value(value)
