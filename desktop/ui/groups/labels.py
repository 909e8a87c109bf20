"""User-visible names for the group vocabularies (stored values are never shown raw)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import GroupType, Platform
from desktop.domain.groups.capacity import (
    QUALITY_SIZE,
    RECOMMENDED_SIZE,
    CapacityCheck,
    CapacityLevel,
)
from desktop.domain.groups.naming import MAX_EMOJI, MAX_NAME_CHARS, NameCheck, NameProblem

# G2: a short-term group is closed this many days after its campaign ends.
ARCHIVE_AFTER_DAYS = 3


def platform_label(platform: Platform) -> str:
    labels = {
        Platform.WECHAT: QCoreApplication.translate("GroupLabels", "WeChat"),
        Platform.WECOM: QCoreApplication.translate("GroupLabels", "WeCom"),
        Platform.MATRIX: QCoreApplication.translate("GroupLabels", "Matrix"),
        Platform.TELEGRAM: QCoreApplication.translate("GroupLabels", "Telegram"),
        Platform.EMAIL: QCoreApplication.translate("GroupLabels", "Email list"),
        Platform.OTHER: QCoreApplication.translate("GroupLabels", "Other"),
    }
    return labels[platform]


def group_type_label(group_type: GroupType) -> str:
    if group_type == GroupType.CAMPAIGN:
        return QCoreApplication.translate("GroupLabels", "Short-term campaign")
    return QCoreApplication.translate("GroupLabels", "Long-term")


def capacity_label(check: CapacityCheck) -> str:
    """Short state for the list column."""
    labels = {
        CapacityLevel.OK: QCoreApplication.translate("GroupLabels", "OK"),
        CapacityLevel.ABOVE_QUALITY: QCoreApplication.translate("GroupLabels", "Above %1"),
        CapacityLevel.ABOVE_RECOMMENDED: QCoreApplication.translate("GroupLabels", "Above %1"),
        CapacityLevel.FULL: QCoreApplication.translate("GroupLabels", "Full (%1)"),
    }
    number = {
        CapacityLevel.ABOVE_QUALITY: QUALITY_SIZE,
        CapacityLevel.ABOVE_RECOMMENDED: RECOMMENDED_SIZE,
        CapacityLevel.FULL: check.cap,
    }.get(check.level, 0)
    return labels[check.level].replace("%1", str(number))


def capacity_advice(check: CapacityCheck) -> str:
    """The G4 guidance for the form and the list tooltip; empty when nothing to say."""
    if check.level == CapacityLevel.FULL:
        text = QCoreApplication.translate(
            "GroupLabels",
            "%1 members: the group has reached its cap of %2 and nobody else can join. "
            "Open a sibling group or a sub-community.",
        )
    elif check.level == CapacityLevel.ABOVE_RECOMMENDED:
        text = QCoreApplication.translate(
            "GroupLabels",
            "%1 members: above the recommended %3. Consider a sibling group or a "
            "sub-community before it reaches the cap of %2.",
        )
    elif check.level == CapacityLevel.ABOVE_QUALITY:
        text = QCoreApplication.translate(
            "GroupLabels",
            "%1 members: above %4, the size where everyone still knows each other; "
            "fine, but no longer a small high-quality group.",
        )
    else:
        return ""
    return (
        text.replace("%1", str(check.members))
        .replace("%2", str(check.cap))
        .replace("%3", str(RECOMMENDED_SIZE))
        .replace("%4", str(QUALITY_SIZE))
    )


def name_errors(check: NameCheck, brand_keyword: str) -> list[str]:
    texts: list[str] = []
    for problem in check.errors:
        if problem == NameProblem.EMPTY:
            texts.append(QCoreApplication.translate("GroupLabels", "Enter a group name."))
        elif problem == NameProblem.MISSING_KEYWORD:
            texts.append(
                QCoreApplication.translate(
                    "GroupLabels", "The name must contain the brand keyword “%1”."
                ).replace("%1", brand_keyword)
            )
        elif problem == NameProblem.TOO_LONG:
            texts.append(
                QCoreApplication.translate(
                    "GroupLabels", "At most %1 characters; this name has %2."
                )
                .replace("%1", str(MAX_NAME_CHARS))
                .replace("%2", str(check.length))
            )
    return texts


def name_warnings(check: NameCheck) -> list[str]:
    if NameProblem.TOO_MANY_EMOJI not in check.warnings:
        return []
    return [
        QCoreApplication.translate(
            "GroupLabels", "%1 emoji: keep it to %2 or fewer so the name stays easy to read."
        )
        .replace("%1", str(check.emoji_count))
        .replace("%2", str(MAX_EMOJI))
    ]


def name_hint(brand_keyword: str) -> str:
    if brand_keyword:
        text = QCoreApplication.translate(
            "GroupLabels",
            "Must contain “%1”, at most %2 characters (emoji count as one, keep them few). "
            "Add a number or place to tell sibling groups apart, e.g. “%1·Beijing 02”.",
        ).replace("%1", brand_keyword)
    else:
        text = QCoreApplication.translate(
            "GroupLabels",
            "At most %2 characters. Set the brand keyword in Settings so every group "
            "name is checked for it.",
        )
    return text.replace("%2", str(MAX_NAME_CHARS))


def name_placeholder(brand_keyword: str) -> str:
    return QCoreApplication.translate("GroupLabels", "e.g. %1·Beijing 01").replace(
        "%1", brand_keyword or QCoreApplication.translate("GroupLabels", "Brand")
    )


def campaign_reminder() -> str:
    return QCoreApplication.translate(
        "GroupLabels",
        "The campaign ended more than %1 days ago: archive the group. "
        "Its members stay reachable as contacts.",
    ).replace("%1", str(ARCHIVE_AFTER_DAYS))


def purpose_presets() -> list[str]:
    """Common purposes (G1) offered in the editable purpose field."""
    return [
        QCoreApplication.translate("GroupLabels", "Customer care"),
        QCoreApplication.translate("GroupLabels", "After-sales service"),
        QCoreApplication.translate("GroupLabels", "Sales conversion"),
        QCoreApplication.translate("GroupLabels", "Interest exchange"),
        QCoreApplication.translate("GroupLabels", "Short-term campaign"),
    ]
