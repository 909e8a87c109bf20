"""User-visible names for the member vocabularies (stored values are never shown raw)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import DmFrequency, Lifecycle, Role
from desktop.domain.members.lifecycle import LifecycleRules
from desktop.services.members import TimelineKind
from desktop.ui.common.times import in_zone


def lifecycle_label(value: Lifecycle) -> str:
    labels = {
        Lifecycle.INVITED: QCoreApplication.translate("MemberLabels", "Invited"),
        Lifecycle.VERIFIED: QCoreApplication.translate("MemberLabels", "Verified"),
        Lifecycle.ONBOARDED: QCoreApplication.translate("MemberLabels", "Onboarded"),
        Lifecycle.ACTIVE: QCoreApplication.translate("MemberLabels", "Active"),
        Lifecycle.SILENT: QCoreApplication.translate("MemberLabels", "Silent"),
        Lifecycle.CHURNED: QCoreApplication.translate("MemberLabels", "Churned"),
    }
    return labels[value]


def dm_frequency_label(value: DmFrequency) -> str:
    labels = {
        DmFrequency.DAILY: QCoreApplication.translate("MemberLabels", "Daily"),
        DmFrequency.WEEKLY: QCoreApplication.translate("MemberLabels", "Weekly"),
        DmFrequency.MONTHLY: QCoreApplication.translate("MemberLabels", "Monthly"),
        DmFrequency.NEVER: QCoreApplication.translate("MemberLabels", "Never"),
    }
    return labels[value]


def role_label(value: Role) -> str:
    labels = {
        Role.OWNER: QCoreApplication.translate("MemberLabels", "Owner"),
        Role.ADMIN: QCoreApplication.translate("MemberLabels", "Admin"),
        Role.KOC: QCoreApplication.translate("MemberLabels", "KOC"),
        Role.ATMOSPHERE: QCoreApplication.translate("MemberLabels", "Atmosphere crew"),
        Role.MEMBER: QCoreApplication.translate("MemberLabels", "Member"),
    }
    return labels[value]


def problem_text(field: str, code: str) -> str:
    """Turn a MemberService.validate problem code into a sentence for the form."""
    if field == "name":
        return QCoreApplication.translate("MemberLabels", "Enter a name.")
    if field == "email" and code == "taken":
        return QCoreApplication.translate(
            "MemberLabels", "Another member already uses this email address."
        )
    if field == "email":
        return QCoreApplication.translate(
            "MemberLabels", "This is not a valid email address, e.g. name@example.com."
        )
    if field == "phone" and code == "taken":
        return QCoreApplication.translate(
            "MemberLabels", "Another member already has this phone number."
        )
    if field == "phone":
        return QCoreApplication.translate(
            "MemberLabels", "This is not a valid phone number: digits, spaces, - and a leading +."
        )
    return QCoreApplication.translate("MemberLabels", "This value is not valid.")


def timeline_kind_label(kind: TimelineKind) -> str:
    return {
        TimelineKind.JOINED: QCoreApplication.translate("MemberLabels", "Joined a group"),
        TimelineKind.LEFT: QCoreApplication.translate("MemberLabels", "Left a group"),
        TimelineKind.RECEIVED: QCoreApplication.translate("MemberLabels", "Received"),
        TimelineKind.DM_IN: QCoreApplication.translate("MemberLabels", "DM from the member"),
        TimelineKind.DM_OUT: QCoreApplication.translate("MemberLabels", "DM to the member"),
        TimelineKind.FEEDBACK: QCoreApplication.translate("MemberLabels", "Feedback"),
        TimelineKind.WELCOME: QCoreApplication.translate("MemberLabels", "Welcome journey"),
        TimelineKind.MODERATION: QCoreApplication.translate("MemberLabels", "Moderation"),
        TimelineKind.CONSENT: QCoreApplication.translate("MemberLabels", "Consent"),
    }[kind]


def activity_explanation(
    score: int, last_interaction: datetime | None, rules: LifecycleRules, tz: str | None = None
) -> str:
    """How the activity score and the lifecycle are counted, for a tooltip."""
    lines = [
        QCoreApplication.translate(
            "MemberLabels",
            "Activity %1 / 100: each interaction counts 10 points in the last 7 days, "
            "5 in the last 30 days and 2 in the last 90 days (at most 100). "
            "Updated every hour.",
        ).replace("%1", str(score)),
        QCoreApplication.translate(
            "MemberLabels",
            "Lifecycle: silent after %1 days without an interaction, churned after %2 days "
            "(see Rules…).",
        )
        .replace("%1", str(rules.silent_after_days))
        .replace("%2", str(rules.churned_after_days)),
    ]
    if last_interaction is None:
        lines.append(QCoreApplication.translate("MemberLabels", "Last interaction: none yet"))
    else:
        lines.append(
            QCoreApplication.translate("MemberLabels", "Last interaction: %1").replace(
                "%1", in_zone(last_interaction, tz).date().isoformat()
            )
        )
    return "\n".join(lines)
