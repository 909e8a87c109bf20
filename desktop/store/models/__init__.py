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
from desktop.store.models.live import LiveChange, Presence
from desktop.store.models.matrix import MatrixRoom, MatrixSyncState
from desktop.store.models.member_pages import (
    DeleteRequest,
    MemberPagePrefs,
    MemberPagesSettings,
    ShortLink,
)
from desktop.store.models.outbox import Delivery
from desktop.store.models.robots import SendingMark, TeamAlertSettings
from desktop.store.models.team import TeamInvite, TeamSecret, TeamVault, WorkerLoop
from desktop.store.models.wechat_kf import KfAccount, KfContactWay, KfSession
from desktop.store.models.wecom import (
    WeComCallback,
    WeComChat,
    WeComChatMember,
    WeComSyncState,
    WeComTaskRemind,
)
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
    "DeleteRequest",
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
    "KfAccount",
    "KfContactWay",
    "KfSession",
    "Label",
    "LiveChange",
    "Material",
    "MatrixRoom",
    "MatrixSyncState",
    "Member",
    "MemberContact",
    "MemberPagePrefs",
    "MemberPagesSettings",
    "Membership",
    "Message",
    "MessageAttachment",
    "ModerationAction",
    "Operator",
    "Post",
    "PostAttachment",
    "Presence",
    "Retrospective",
    "Segment",
    "SendingMark",
    "ShortLink",
    "SopTick",
    "Tag",
    "TeamAlertSettings",
    "TeamInvite",
    "TeamSecret",
    "TeamVault",
    "WeComCallback",
    "WeComChat",
    "WeComChatMember",
    "WeComSyncState",
    "WeComTaskRemind",
    "WelcomeGroupLink",
    "WelcomeJourney",
    "WelcomeStep",
    "WelcomeStepEvent",
    "WelcomeStepVariant",
    "WelcomeTask",
    "WelcomeVerification",
    "WorkerLoop",
    "WorkspaceSettings",
    "conversation_labels",
    "group_set_groups",
    "member_tags",
    "post_targets",
]
