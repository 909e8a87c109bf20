"""Members (M1–M7): the table, profiles, personal center, import/export, segments, greetings,
privacy, statistics.
"""

from desktop.services.members.center import (
    CONSENT_CHANNELS,
    ContactPrefs,
    MemberCenterService,
    TimelineKind,
)
from desktop.services.members.export import MemberExporter, write_table
from desktop.services.members.greetings import GreetingDraft, GreetingError, GreetingService
from desktop.services.members.import_read import read_table
from desktop.services.members.import_types import (
    DuplicatePolicy,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    RowAction,
    SourceTable,
)
from desktop.services.members.importer import MemberImporter, write_bad_rows
from desktop.services.members.privacy import EraseRefused, PrivacyService
from desktop.services.members.segment_messages import (
    ALLOWED_VARIABLES,
    SegmentMessage,
    SegmentMessageError,
    SegmentMessageResult,
    SegmentMessageService,
    new_campaign_id,
    validate,
)
from desktop.services.members.segments import SegmentError, SegmentService
from desktop.services.members.service import (
    PAGE_SIZE,
    MemberCursor,
    MemberDraft,
    MemberProfile,
    MemberRow,
    MemberService,
    MemberSort,
    MemberValidationError,
)
from desktop.services.members.stats import MemberStats, MemberStatsService

__all__ = [
    "ALLOWED_VARIABLES",
    "CONSENT_CHANNELS",
    "PAGE_SIZE",
    "ContactPrefs",
    "DuplicatePolicy",
    "EraseRefused",
    "GreetingDraft",
    "GreetingError",
    "GreetingService",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "MemberCenterService",
    "MemberCursor",
    "MemberDraft",
    "MemberExporter",
    "MemberImporter",
    "MemberProfile",
    "MemberRow",
    "MemberService",
    "MemberSort",
    "MemberStats",
    "MemberStatsService",
    "MemberValidationError",
    "PrivacyService",
    "RowAction",
    "SegmentError",
    "SegmentMessage",
    "SegmentMessageError",
    "SegmentMessageResult",
    "SegmentMessageService",
    "SegmentService",
    "SourceTable",
    "TimelineKind",
    "new_campaign_id",
    "read_table",
    "validate",
    "write_bad_rows",
    "write_table",
]
