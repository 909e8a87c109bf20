"""Team mode, live: changes announced and heard, row versions, presence in the inbox."""

from desktop.services.live.changes import CHANNEL, Change, FeedStatus, LiveIdentity
from desktop.services.live.conflicts import Changed, EditConflict, FieldDiff, is_stale
from desktop.services.live.drafts import Saved, merged, save_merging
from desktop.services.live.feed import LiveFeed
from desktop.services.live.presence import (
    HEARTBEAT,
    OtherReply,
    PresenceService,
    Present,
    Takeover,
)
from desktop.services.live.publisher import Publisher, install_publisher
from desktop.services.live.reader import RowReader
from desktop.services.live.refresh import Ids, Refresher
from desktop.services.live.rows import CarriedRows

__all__ = [
    "CHANNEL",
    "HEARTBEAT",
    "CarriedRows",
    "Change",
    "Changed",
    "EditConflict",
    "FeedStatus",
    "FieldDiff",
    "Ids",
    "LiveFeed",
    "LiveIdentity",
    "OtherReply",
    "PresenceService",
    "Present",
    "Publisher",
    "Refresher",
    "RowReader",
    "Saved",
    "Takeover",
    "install_publisher",
    "is_stale",
    "merged",
    "save_merging",
]
