"""Groups (G1–G9): the list and form, series and splits, archiving, moderation, SOP and
retrospectives.
"""

from desktop.services.groups.archive import CampaignReminder
from desktop.services.groups.ops import GroupBatchError, SeriesPreview, Staffing
from desktop.services.groups.service import (
    AttachmentError,
    DraftCheck,
    GroupDraft,
    GroupRow,
    GroupValidationError,
    group_attachments,
    set_group_attachments,
)
from desktop.services.groups.sop import FIGURE_KEYS, RetroDraft

__all__ = [
    "FIGURE_KEYS",
    "AttachmentError",
    "CampaignReminder",
    "DraftCheck",
    "GroupBatchError",
    "GroupDraft",
    "GroupRow",
    "GroupValidationError",
    "RetroDraft",
    "SeriesPreview",
    "Staffing",
    "group_attachments",
    "set_group_attachments",
]
