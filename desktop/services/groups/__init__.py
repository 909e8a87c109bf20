"""Groups (G1–G9): the list and form, series and splits, archiving, moderation, SOP and
retrospectives.
"""

from desktop.services.groups.archive import CampaignReminder
from desktop.services.groups.moderation import ModerationService
from desktop.services.groups.ops import GroupBatchError, GroupOps, SeriesPreview, Staffing
from desktop.services.groups.service import (
    AttachmentError,
    DraftCheck,
    GroupDraft,
    GroupRow,
    GroupService,
    GroupValidationError,
    JoinQr,
)
from desktop.services.groups.sop import FIGURE_KEYS, RetroDraft, SopService

__all__ = [
    "FIGURE_KEYS",
    "AttachmentError",
    "CampaignReminder",
    "DraftCheck",
    "GroupBatchError",
    "GroupDraft",
    "GroupOps",
    "GroupRow",
    "GroupService",
    "GroupValidationError",
    "JoinQr",
    "ModerationService",
    "RetroDraft",
    "SeriesPreview",
    "SopService",
    "Staffing",
]
