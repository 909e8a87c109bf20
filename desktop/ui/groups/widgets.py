"""Moved to desktop.ui.common.widgets; re-exported for code written before the move."""

from desktop.ui.common.widgets import (
    NO_DATE,
    OptionalDateEdit,
    format_date,
    locale_date_format,
    text_box,
    to_qdate,
)

__all__ = [
    "NO_DATE",
    "OptionalDateEdit",
    "format_date",
    "locale_date_format",
    "text_box",
    "to_qdate",
]
