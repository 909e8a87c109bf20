"""User-visible names for import fields, row problems and row actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.members.csv_rows import ImportField, Problem, RowProblem
from desktop.services.members import RowAction


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportLabels", text)


def field_label(field: ImportField | None) -> str:
    if field is None:
        return _tr("(ignore this column)")
    return {
        ImportField.NAME: _tr("Name"),
        ImportField.EMAIL: _tr("Email"),
        ImportField.PHONE: _tr("Phone"),
        ImportField.WECHAT: _tr("WeChat ID"),
        ImportField.TAGS: _tr("Tags"),
        ImportField.BIRTHDAY: _tr("Birthday"),
        ImportField.SOURCE: _tr("Source"),
        ImportField.NOTES: _tr("Notes"),
        ImportField.GROUP: _tr("Group"),
    }[field]


def problem_label(problem: Problem) -> str:
    text = {
        RowProblem.MISSING_NAME: _tr("name is empty"),
        RowProblem.BAD_EMAIL: _tr("not a valid email address: %1"),
        RowProblem.BAD_PHONE: _tr("not a valid phone number: %1"),
        RowProblem.BAD_DATE: _tr("not a date (use YYYY-MM-DD): %1"),
        RowProblem.UNKNOWN_GROUP: _tr("no group named %1"),
    }[problem.code]
    return text.replace("%1", problem.value)


def action_label(action: RowAction) -> str:
    return {
        RowAction.NEW: _tr("New"),
        RowAction.MERGE: _tr("Merge"),
        RowAction.SKIP: _tr("Skip (duplicate)"),
        RowAction.BAD: _tr("Refused"),
    }[action]
