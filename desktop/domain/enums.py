"""The closed vocabularies shared by every layer (stored as their string values)."""

from enum import StrEnum


class GroupType(StrEnum):
    LONG_TERM = "long_term"
    CAMPAIGN = "campaign"  # 短期活动群: archived three days after the campaign ends


class Platform(StrEnum):
    WECHAT = "wechat"
    WECOM = "wecom"
    MATRIX = "matrix"
    TELEGRAM = "telegram"
    EMAIL = "email"
    OTHER = "other"


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    KOC = "koc"
    ATMOSPHERE = "atmosphere"  # 气氛组
    MEMBER = "member"


class Lifecycle(StrEnum):
    INVITED = "invited"
    VERIFIED = "verified"
    ONBOARDED = "onboarded"
    ACTIVE = "active"
    SILENT = "silent"
    CHURNED = "churned"


class DmFrequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    NEVER = "never"


class ContactChannel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    WECHAT = "wechat"
    MATRIX = "matrix"
    TELEGRAM = "telegram"
    WECOM = "wecom"  # a WeCom external contact's external_userid


class ConsentPurpose(StrEnum):
    MARKETING = "marketing"
    SERVICE = "service"
    TRANSACTIONAL = "transactional"


class ContentType(StrEnum):
    NORMS = "norms"  # 规范类
    VALUE = "value"  # 干货
    MARKETING = "marketing"  # 营销
    ACTIVITY = "activity"  # 活动


class PostStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    SCHEDULED = "scheduled"
    SENT = "sent"
    PARTLY_FAILED = "partly_failed"
    MANUAL_TODO = "manual_todo"


class MaterialKind(StrEnum):
    PLAN = "plan"
    SCRIPT = "script"  # 话术
    POSTER = "poster"
    COPY = "copy"


class AttachmentKind(StrEnum):
    IMAGE = "image"
    POSTER = "poster"
    VOICE = "voice"
    LINK = "link"


class StepChannel(StrEnum):
    EMAIL = "email"
    GROUP = "group"
    MANUAL = "manual"


class DelayAnchor(StrEnum):
    JOIN = "join"
    PREVIOUS = "previous"


class WelcomeStepKind(StrEnum):
    INFO_CAPTURE = "w1_info"
    INVITATION = "w2_invite"
    VERIFICATION = "w3_verify"
    PERSONAL_CENTER = "w4_center"
    RECOMMENDATIONS = "w5_recommend"
    INTERACTION = "w6_interact"
    RIGHTS_RULES = "w7_rules"
    FEEDBACK = "w8_feedback"
    CUSTOM = "custom"


class ConversationStatus(StrEnum):
    OPEN = "open"
    PENDING = "pending"
    SNOOZED = "snoozed"
    RESOLVED = "resolved"


class Priority(StrEnum):
    URGENT = "urgent"
    IMPORTANT = "important"
    NORMAL = "normal"


class MessageDirection(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"
    NOTE = "note"  # internal, never sent to the member


class ChannelKind(StrEnum):
    EMAIL = "email"
    MATRIX = "matrix"
    TELEGRAM = "telegram"
    WEBHOOK = "webhook"
    MANUAL = "manual"
    WECHAT_KF = "wechat_kf"  # 微信客服 DMs (issue 16)
    WECOM = "wecom"  # WeCom customer groups: 群发 tasks the owner confirms


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    MANUAL_TODO = "manual_todo"
    AWAITING = "awaiting"  # handed over, waiting for a person to confirm (WeCom 群发)


class DeliveryKind(StrEnum):
    POST = "post"
    DM = "dm"
    WELCOME = "welcome"
    GREETING = "greeting"


class OperatorRole(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
