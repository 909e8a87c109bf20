"""How content types and post states look to users: translated names and marker colours.

Enum values are storage keys, never shown raw. The four colours come from the Okabe–Ito
palette, chosen to stay distinguishable with the common colour-vision deficiencies; the
type's name is always printed next to the marker, so colour is never the only cue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from desktop.domain.enums import ContentType, PostStatus

_CONTEXT = "CalendarLabels"

TYPE_COLOURS: dict[ContentType, str] = {
    ContentType.NORMS: "#0072B2",  # blue
    ContentType.VALUE: "#009E73",  # bluish green
    ContentType.MARKETING: "#D55E00",  # vermillion
    ContentType.ACTIVITY: "#CC79A7",  # reddish purple
}


def type_colour(content_type: ContentType) -> QColor:
    return QColor(TYPE_COLOURS[content_type])


def type_label(content_type: ContentType) -> str:
    tr = QCoreApplication.translate
    labels = {
        ContentType.NORMS: tr(_CONTEXT, "Norms"),
        ContentType.VALUE: tr(_CONTEXT, "Value"),
        ContentType.MARKETING: tr(_CONTEXT, "Marketing"),
        ContentType.ACTIVITY: tr(_CONTEXT, "Activity"),
    }
    return labels[content_type]


def status_label(status: PostStatus) -> str:
    tr = QCoreApplication.translate
    labels = {
        PostStatus.DRAFT: tr(_CONTEXT, "Draft"),
        PostStatus.PLANNED: tr(_CONTEXT, "Planned"),
        PostStatus.SCHEDULED: tr(_CONTEXT, "Scheduled"),
        PostStatus.SENT: tr(_CONTEXT, "Sent"),
        PostStatus.PARTLY_FAILED: tr(_CONTEXT, "Partly failed"),
        PostStatus.MANUAL_TODO: tr(_CONTEXT, "Manual to-do"),
    }
    return labels[status]


def groups_summary(names: tuple[str, ...] | list[str]) -> str:
    """ "2 groups: A, B" — the count first so it survives eliding."""
    tr = QCoreApplication.translate
    if not names:
        return tr(_CONTEXT, "No target group")
    count = tr(_CONTEXT, "%n group(s)", None, len(names))
    return f"{count}: {', '.join(names)}"


def type_icon(content_type: ContentType, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(type_colour(content_type))
    return QIcon(pixmap)
