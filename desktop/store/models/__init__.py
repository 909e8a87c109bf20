"""Every model, importable from one place so Alembic and the services see the whole schema."""

from desktop.store.base import Base
from desktop.store.models.campaigns import DmCampaign, DmCampaignEntry
from desktop.store.models.community import (
    ConsentRecord,
    Group,
    GroupSet,
    Member,
    MemberContact,
    Membership,
    Tag,
    group_set_groups,
    member_tags,
)
from desktop.store.models.community_ops import (
    CommunityPolicy,
    GreetingRule,
    ModerationAction,
    Retrospective,
    Segment,
    SopTick,
)
from desktop.store.models.content import (
    HolidayOverride,
    Material,
    Post,
    PostAttachment,
    post_targets,
)
from desktop.store.models.inbox import (
    CannedReply,
    Conversation,
    ImapFolderState,
    InboxSettings,
    Label,
    Message,
    MessageAttachment,
    conversation_labels,
)
from desktop.store.models.matrix import MatrixRoom, MatrixSyncState
from desktop.store.models.outbox import Delivery
from desktop.store.models.welcome import Enrolment, WelcomeJourney, WelcomeStep
from desktop.store.models.welcome_flow import (
    WelcomeGroupLink,
    WelcomeStepEvent,
    WelcomeStepVariant,
    WelcomeTask,
    WelcomeVerification,
)
from desktop.store.models.workspace import (
    AuditEntry,
    CalendarSlot,
    ChannelAccount,
    Operator,
    WorkspaceSettings,
)

__all__ = [
    "AuditEntry",
    "Base",
    "CalendarSlot",
    "CannedReply",
    "ChannelAccount",
    "CommunityPolicy",
    "ConsentRecord",
    "Conversation",
    "Delivery",
    "DmCampaign",
    "DmCampaignEntry",
    "Enrolment",
    "GreetingRule",
    "Group",
    "GroupSet",
    "HolidayOverride",
    "ImapFolderState",
    "InboxSettings",
    "Label",
    "Material",
    "MatrixRoom",
    "MatrixSyncState",
    "Member",
    "MemberContact",
    "Membership",
    "Message",
    "MessageAttachment",
    "ModerationAction",
    "Operator",
    "Post",
    "PostAttachment",
    "Retrospective",
    "Segment",
    "SopTick",
    "Tag",
    "WelcomeGroupLink",
    "WelcomeJourney",
    "WelcomeStep",
    "WelcomeStepEvent",
    "WelcomeStepVariant",
    "WelcomeTask",
    "WelcomeVerification",
    "WorkspaceSettings",
    "conversation_labels",
    "group_set_groups",
    "member_tags",
    "post_targets",
]
