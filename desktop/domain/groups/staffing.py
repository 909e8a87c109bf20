"""Staffing of a group (G7): owner/admin, KOC, 气氛组 and members, with what is missing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

from desktop.domain.enums import GroupType, Role


class StaffingWarning(StrEnum):
    NO_ADMIN = "no_admin"  # nobody is owner or admin: nobody can moderate
    NO_ATMOSPHERE = "no_atmosphere"  # a running campaign without 气氛组 goes quiet


def staffing_warnings(
    roles: Iterable[Role], group_type: GroupType, campaign_running: bool = True
) -> list[StaffingWarning]:
    counts = Counter(roles)
    out: list[StaffingWarning] = []
    if counts[Role.OWNER] + counts[Role.ADMIN] == 0:
        out.append(StaffingWarning.NO_ADMIN)
    if group_type == GroupType.CAMPAIGN and campaign_running and counts[Role.ATMOSPHERE] == 0:
        out.append(StaffingWarning.NO_ATMOSPHERE)
    return out


def role_counts(roles: Iterable[Role]) -> dict[Role, int]:
    counts = Counter(roles)
    return {r: counts[r] for r in Role}
