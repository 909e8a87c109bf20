"""How content types and post states look to users: translated names and marker colours.

Enum values are storage keys, never shown raw. The four colours come from the Okabe–Ito
palette, chosen to stay distinguishable with the common colour-vision deficiencies; the
type's name is always printed next to the marker, so colour is never the only cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from desktop.domain.enums import ContentType, PostStatus

if TYPE_CHECKING:
    from desktop.services.wecom import OverCap

TYPE_COLOURS: dict[ContentType, str] = {
    ContentType.NORMS: "#0072B2",  # blue
    ContentType.VALUE: "#009E73",  # bluish green
    ContentType.MARKETING: "#D55E00",  # vermillion
    ContentType.ACTIVITY: "#CC79A7",  # reddish purple
}


def type_colour(content_type: ContentType) -> QColor:
    return QColor(TYPE_COLOURS[content_type])


def type_label(content_type: ContentType) -> str:
    labels = {
        ContentType.NORMS: QCoreApplication.translate("CalendarLabels", "Norms"),
        ContentType.VALUE: QCoreApplication.translate("CalendarLabels", "Value"),
        ContentType.MARKETING: QCoreApplication.translate("CalendarLabels", "Marketing"),
        ContentType.ACTIVITY: QCoreApplication.translate("CalendarLabels", "Activity"),
    }
    return labels[content_type]


def status_label(status: PostStatus) -> str:
    labels = {
        PostStatus.DRAFT: QCoreApplication.translate("CalendarLabels", "Draft"),
        PostStatus.PLANNED: QCoreApplication.translate("CalendarLabels", "Planned"),
        PostStatus.SCHEDULED: QCoreApplication.translate("CalendarLabels", "Scheduled"),
        PostStatus.SENT: QCoreApplication.translate("CalendarLabels", "Sent"),
        PostStatus.PARTLY_FAILED: QCoreApplication.translate("CalendarLabels", "Partly failed"),
        PostStatus.MANUAL_TODO: QCoreApplication.translate("CalendarLabels", "Manual to-do"),
    }
    return labels[status]


def groups_summary(names: tuple[str, ...] | list[str]) -> str:
    """ "2 groups: A, B" — the count first so it survives eliding."""
    if not names:
        return QCoreApplication.translate("CalendarLabels", "No target group")
    n = len(names)  # lupdate skips the string when the count is a call expression
    count = QCoreApplication.translate("CalendarLabels", "%n group(s)", None, n)
    return f"{count}: {', '.join(names)}"


def type_icon(content_type: ContentType, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(type_colour(content_type))
    return QIcon(pixmap)


def over_cap_text(cap: OverCap, saving: bool = False) -> str:
    """WeCom's monthly 群发 cap as the operator reads it (issue 15): which group, which month;
    then, for a drag, that nothing changed, or, in the editor, what to do instead."""
    if saving:
        text = QCoreApplication.translate(
            "CalendarLabels",
            "WeCom group “%1” already has %2 群发 tasks in %3, at most one per day of the "
            "month: choose another month or leave this group out.",
        )
    else:
        text = QCoreApplication.translate(
            "CalendarLabels",
            "WeCom group “%1” already has %2 群发 tasks in %3, at most one per day of the "
            "month: nothing was changed.",
        )
    return text.replace("%1", cap.group_name).replace("%2", str(cap.cap)).replace("%3", cap.month)
