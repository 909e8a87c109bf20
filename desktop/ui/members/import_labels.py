"""User-visible names for import fields, row problems and row actions.

The domain keeps plain codes (and English for the CLI and the saved report); the dialog
shows these. Each text is a literal ``translate`` call so that lupdate finds it: a helper
wrapping ``translate`` hid them all, and the Chinese UI showed English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.members.csv_rows import ImportField, Problem, RowProblem
from desktop.services.members import RowAction


def field_label(field: ImportField | None) -> str:
    if field is None:
        return QCoreApplication.translate("ImportLabels", "(ignore this column)")
    return {
        ImportField.NAME: QCoreApplication.translate("ImportLabels", "Name"),
        ImportField.EMAIL: QCoreApplication.translate("ImportLabels", "Email"),
        ImportField.PHONE: QCoreApplication.translate("ImportLabels", "Phone"),
        ImportField.WECHAT: QCoreApplication.translate("ImportLabels", "WeChat ID"),
        ImportField.TAGS: QCoreApplication.translate("ImportLabels", "Tags"),
        ImportField.BIRTHDAY: QCoreApplication.translate("ImportLabels", "Birthday"),
        ImportField.SOURCE: QCoreApplication.translate("ImportLabels", "Source"),
        ImportField.NOTES: QCoreApplication.translate("ImportLabels", "Notes"),
        ImportField.GROUP: QCoreApplication.translate("ImportLabels", "Group"),
    }[field]


def problem_label(problem: Problem) -> str:
    text = {
        RowProblem.MISSING_NAME: QCoreApplication.translate("ImportLabels", "name is empty"),
        RowProblem.BAD_EMAIL: QCoreApplication.translate(
            "ImportLabels", "not a valid email address: %1"
        ),
        RowProblem.BAD_PHONE: QCoreApplication.translate(
            "ImportLabels", "not a valid phone number: %1"
        ),
        RowProblem.BAD_DATE: QCoreApplication.translate(
            "ImportLabels", "not a date (use YYYY-MM-DD): %1"
        ),
        RowProblem.UNKNOWN_GROUP: QCoreApplication.translate("ImportLabels", "no group named %1"),
    }[problem.code]
    return text.replace("%1", problem.value)


def action_label(action: RowAction) -> str:
    return {
        RowAction.NEW: QCoreApplication.translate("ImportLabels", "New"),
        RowAction.MERGE: QCoreApplication.translate("ImportLabels", "Merge"),
        RowAction.SKIP: QCoreApplication.translate("ImportLabels", "Skip (duplicate)"),
        RowAction.BAD: QCoreApplication.translate("ImportLabels", "Refused"),
    }[action]
