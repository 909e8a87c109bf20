"""Campaign groups (G2): closed a few days after the campaign ends.

After the end the group is "ending"; from ``end + days`` it is due: the operator is
reminded, and with the workspace's auto-archive policy it is archived at once. Archived
groups get no posts or journeys; their members stay as contacts, tagged with the campaign.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.enums import GroupType

DEFAULT_ARCHIVE_AFTER_DAYS = 3
CAMPAIGN_TAG_PREFIX = "活动:"  # data, not UI: the tag stays readable in exports


class CampaignState(StrEnum):
    NOT_CAMPAIGN = "not_campaign"
    RUNNING = "running"
    ENDED = "ended"  # ended, archive not yet due
    ARCHIVE_DUE = "archive_due"
    ARCHIVED = "archived"


@dataclass(frozen=True)
class CampaignStatus:
    state: CampaignState
    archive_on: date | None  # the day the archive is due

    @property
    def needs_reminder(self) -> bool:
        return self.state == CampaignState.ARCHIVE_DUE


def archive_date(campaign_end: date, days: int = DEFAULT_ARCHIVE_AFTER_DAYS) -> date:
    return campaign_end + timedelta(days=max(days, 0))


def campaign_status(
    group_type: GroupType,
    campaign_end: date | None,
    archived: bool,
    today: date,
    days: int = DEFAULT_ARCHIVE_AFTER_DAYS,
) -> CampaignStatus:
    if group_type != GroupType.CAMPAIGN or campaign_end is None:
        return CampaignStatus(
            CampaignState.ARCHIVED if archived else CampaignState.NOT_CAMPAIGN, None
        )
    due = archive_date(campaign_end, days)
    if archived:
        return CampaignStatus(CampaignState.ARCHIVED, due)
    if today <= campaign_end:
        return CampaignStatus(CampaignState.RUNNING, due)
    if today < due:
        return CampaignStatus(CampaignState.ENDED, due)
    return CampaignStatus(CampaignState.ARCHIVE_DUE, due)


def campaign_tag(group_name: str) -> str:
    return (CAMPAIGN_TAG_PREFIX + group_name.strip())[:40]
