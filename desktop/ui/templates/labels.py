"""User-facing names for step channels, delay anchors, template variables and problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import DelayAnchor, StepChannel
from desktop.domain.templates import TemplateProblem, TemplateProblemKind

_CONTEXT = "TemplateLabels"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def channel_label(channel: StepChannel) -> str:
    labels = {
        StepChannel.EMAIL: _tr("Email"),
        StepChannel.GROUP: _tr("Group message"),
        StepChannel.MANUAL: _tr("Manual task"),
    }
    return labels[channel]


def anchor_label(anchor: DelayAnchor) -> str:
    labels = {
        DelayAnchor.JOIN: _tr("after joining"),
        DelayAnchor.PREVIOUS: _tr("after the previous step"),
    }
    return labels[anchor]


def duration_text(minutes: int) -> str:
    """The largest whole unit: 2880 → "2 d", 90 → "90 min", 120 → "2 h"."""
    if minutes and minutes % 1440 == 0:
        return _tr("%n d", minutes // 1440)
    if minutes and minutes % 60 == 0:
        return _tr("%n h", minutes // 60)
    return _tr("%n min", minutes)


def delay_text(minutes: int, anchor: DelayAnchor) -> str:
    if minutes <= 0:
        return _tr("on joining") if anchor == DelayAnchor.JOIN else _tr("right after previous")
    if anchor == DelayAnchor.JOIN:
        return _tr("%1 after joining").replace("%1", duration_text(minutes))
    return _tr("%1 after previous").replace("%1", duration_text(minutes))


def variable_description(name: str) -> str:
    descriptions = {
        "name": _tr("The member's name"),
        "group": _tr("The group's name"),
        "brand": _tr("The brand keyword"),
        "code": _tr("A one-time verification code"),
        "rules": _tr("The group's rules"),
        "recommendations": _tr("Content picked for the member"),
        "positioning": _tr("The group's purpose"),
        "announcement": _tr("The group's announcement"),
        "join_link": _tr("The link to join"),
        "operator": _tr("The operator's name"),
        "date": _tr("Today's date"),
        "unsubscribe": _tr("How to unsubscribe"),
    }
    return descriptions.get(name, "")


def line_column(source: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index, as the editor's user counts them."""
    line = source.count("\n", 0, index) + 1
    column = index - (source.rfind("\n", 0, index) + 1) + 1
    return line, column


def problem_text(problem: TemplateProblem, source: str) -> str:
    """ "Unknown variable {nmae} at line 1, column 3" — what, and where to look."""
    kind = problem.kind
    if kind == TemplateProblemKind.EMPTY:
        return _tr("The template is empty.")
    what = {
        TemplateProblemKind.UNKNOWN_VARIABLE: _tr("Unknown variable {%1}").replace(
            "%1", problem.text
        ),
        TemplateProblemKind.UNCLOSED_BRACE: _tr("“{” is never closed (write {{ for a brace)"),
        TemplateProblemKind.STRAY_CLOSING_BRACE: _tr("“}” without an opening “{” (write }})"),
        TemplateProblemKind.BAD_PLACEHOLDER: _tr("Not a valid placeholder: %1").replace(
            "%1", problem.text
        ),
    }[kind]
    line, column = line_column(source, problem.start)
    return (
        _tr("%1 at line %2, column %3")
        .replace("%1", what)
        .replace("%2", str(line))
        .replace("%3", str(column))
    )


def problems_text(problems: list[TemplateProblem], source: str, limit: int = 4) -> str:
    lines = [problem_text(p, source) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(_tr("…and %n more problem(s)", len(problems) - limit))
    return "\n".join(lines)
