"""DM campaigns (D8): surveys, lotteries and collections members join by keyword."""

from desktop.services.campaigns.entries import DmCampaignEntries, DrawRefused, EntryRow
from desktop.services.campaigns.invites import InviteRefused, InviteResult, SurveyInvites
from desktop.services.campaigns.service import (
    CampaignDraft,
    CampaignInvalid,
    CampaignRow,
    DmCampaignService,
)

__all__ = [
    "CampaignDraft",
    "CampaignInvalid",
    "CampaignRow",
    "DmCampaignEntries",
    "DmCampaignService",
    "DrawRefused",
    "EntryRow",
    "InviteRefused",
    "InviteResult",
    "SurveyInvites",
]
