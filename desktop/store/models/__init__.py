"""Every model, importable from one place so Alembic and the services see the whole schema."""

from desktop.store.base import Base
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
from desktop.store.models.content import Material, Post, PostAttachment, post_targets
from desktop.store.models.inbox import Conversation, Label, Message, conversation_labels
from desktop.store.models.outbox import Delivery
from desktop.store.models.welcome import Enrolment, WelcomeJourney, WelcomeStep
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
    "ChannelAccount",
    "ConsentRecord",
    "Conversation",
    "Delivery",
    "Enrolment",
    "Group",
    "GroupSet",
    "Label",
    "Material",
    "Member",
    "MemberContact",
    "Membership",
    "Message",
    "Operator",
    "Post",
    "PostAttachment",
    "Tag",
    "WelcomeJourney",
    "WelcomeStep",
    "WorkspaceSettings",
    "conversation_labels",
    "group_set_groups",
    "member_tags",
    "post_targets",
]
