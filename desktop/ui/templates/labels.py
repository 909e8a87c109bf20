"""User-facing names for step channels, delay anchors, template variables and problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.domain.enums import DelayAnchor, StepChannel
from desktop.domain.templates import TemplateProblem, TemplateProblemKind


def channel_label(channel: StepChannel) -> str:
    labels = {
        StepChannel.EMAIL: QCoreApplication.translate("TemplateLabels", "Email"),
        StepChannel.GROUP: QCoreApplication.translate("TemplateLabels", "Group message"),
        StepChannel.MANUAL: QCoreApplication.translate("TemplateLabels", "Manual task"),
    }
    return labels[channel]


def anchor_label(anchor: DelayAnchor) -> str:
    labels = {
        DelayAnchor.JOIN: QCoreApplication.translate("TemplateLabels", "after joining"),
        DelayAnchor.PREVIOUS: QCoreApplication.translate(
            "TemplateLabels", "after the previous step"
        ),
    }
    return labels[anchor]


class DelayTexts(QObject):
    """Plural-aware counts ("1 day", "2 hours"; "1 天", "2 小时").

    Methods of a QObject, because lupdate records the plural forms of ``self.tr(..., n)``
    but missed those of module-level ``translate`` calls, and the UI showed "1 d"."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", None, n)

    def hours(self, n: int) -> str:
        return self.tr("%n hour(s)", None, n)

    def minutes(self, n: int) -> str:
        return self.tr("%n min", None, n)

    def more_problems(self, n: int) -> str:
        return self.tr("…and %n more problem(s)", None, n)


def duration_text(minutes: int) -> str:
    """The largest whole unit: 2880 → "2 days", 90 → "90 min", 120 → "2 hours"."""
    texts = DelayTexts()
    if minutes and minutes % 1440 == 0:
        return texts.days(minutes // 1440)
    if minutes and minutes % 60 == 0:
        return texts.hours(minutes // 60)
    return texts.minutes(minutes)


def delay_text(minutes: int, anchor: DelayAnchor) -> str:
    if minutes <= 0:
        return (
            QCoreApplication.translate("TemplateLabels", "on joining")
            if anchor == DelayAnchor.JOIN
            else QCoreApplication.translate("TemplateLabels", "right after previous")
        )
    if anchor == DelayAnchor.JOIN:
        return QCoreApplication.translate("TemplateLabels", "%1 after joining").replace(
            "%1", duration_text(minutes)
        )
    return QCoreApplication.translate("TemplateLabels", "%1 after previous").replace(
        "%1", duration_text(minutes)
    )


def variable_description(name: str) -> str:
    descriptions = {
        "name": QCoreApplication.translate("TemplateLabels", "The member's name"),
        "group": QCoreApplication.translate("TemplateLabels", "The group's name"),
        "brand": QCoreApplication.translate("TemplateLabels", "The brand keyword"),
        "code": QCoreApplication.translate("TemplateLabels", "A one-time verification code"),
        "rules": QCoreApplication.translate("TemplateLabels", "The group's rules"),
        "recommendations": QCoreApplication.translate(
            "TemplateLabels", "Content picked for the member"
        ),
        "positioning": QCoreApplication.translate("TemplateLabels", "The group's purpose"),
        "announcement": QCoreApplication.translate("TemplateLabels", "The group's announcement"),
        "join_link": QCoreApplication.translate("TemplateLabels", "The link to join"),
        "operator": QCoreApplication.translate("TemplateLabels", "The operator's name"),
        "date": QCoreApplication.translate("TemplateLabels", "Today's date"),
        "unsubscribe": QCoreApplication.translate("TemplateLabels", "How to unsubscribe"),
        "center_link": QCoreApplication.translate(
            "TemplateLabels", "The member's personal center link"
        ),
        "preferences_link": QCoreApplication.translate(
            "TemplateLabels", "The member's preferences link"
        ),
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
        return QCoreApplication.translate("TemplateLabels", "The template is empty.")
    what = {
        TemplateProblemKind.UNKNOWN_VARIABLE: QCoreApplication.translate(
            "TemplateLabels", "Unknown variable {%1}"
        ).replace("%1", problem.text),
        TemplateProblemKind.UNCLOSED_BRACE: QCoreApplication.translate(
            "TemplateLabels", "“{” is never closed (write {{ for a brace)"
        ),
        TemplateProblemKind.STRAY_CLOSING_BRACE: QCoreApplication.translate(
            "TemplateLabels", "“}” without an opening “{” (write }})"
        ),
        TemplateProblemKind.BAD_PLACEHOLDER: QCoreApplication.translate(
            "TemplateLabels", "Not a valid placeholder: %1"
        ).replace("%1", problem.text),
    }[kind]
    line, column = line_column(source, problem.start)
    return (
        QCoreApplication.translate("TemplateLabels", "%1 at line %2, column %3")
        .replace("%1", what)
        .replace("%2", str(line))
        .replace("%3", str(column))
    )


def problems_text(problems: list[TemplateProblem], source: str, limit: int = 4) -> str:
    lines = [problem_text(p, source) for p in problems[:limit]]
    more = len(problems) - limit
    if more > 0:
        lines.append(DelayTexts().more_problems(more))
    return "\n".join(lines)
