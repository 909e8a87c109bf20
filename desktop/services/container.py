"""The set of services one open workspace offers to the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.config import Paths
from desktop.domain.enums import ChannelKind
from desktop.secrets import SecretStore
from desktop.services.background.events import ServiceEvents
from desktop.services.calendar.materials import MaterialService
from desktop.services.calendar.planning import PlanningService
from desktop.services.calendar.push_table_io import PushTableService
from desktop.services.calendar.schedule import ScheduleService
from desktop.services.calendar.service import CalendarService
from desktop.services.calendar.suite import calendar_services
from desktop.services.campaigns.entries import DmCampaignEntries
from desktop.services.campaigns.invites import SurveyInvites
from desktop.services.campaigns.service import DmCampaignService
from desktop.services.groups.moderation import ModerationService
from desktop.services.groups.ops import GroupOps
from desktop.services.groups.service import GroupService
from desktop.services.groups.sets import GroupSetService
from desktop.services.groups.sop import SopService
from desktop.services.inbox.reply import ReplyService
from desktop.services.inbox.search import SearchService
from desktop.services.inbox.service import InboxService
from desktop.services.mail.accounts import AccountService
from desktop.services.mail.ingest import InboxIngest
from desktop.services.mail.poller import InboxPoller
from desktop.services.matrix.accounts import MatrixAccounts
from desktop.services.matrix.ingest import InboundChat, MatrixIngest
from desktop.services.matrix.moderation import MatrixModeration
from desktop.services.matrix.rooms import MatrixRooms
from desktop.services.matrix.sync import MatrixSyncer
from desktop.services.members.center import MemberCenterService
from desktop.services.members.export import MemberExporter
from desktop.services.members.greetings import GreetingService
from desktop.services.members.importer import MemberImporter
from desktop.services.members.privacy import PrivacyService
from desktop.services.members.segment_messages import SegmentMessageService
from desktop.services.members.segments import SegmentService
from desktop.services.members.service import MemberService
from desktop.services.members.stats import MemberStatsService
from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig
from desktop.services.sending.outbox import OutboxService
from desktop.services.team.teammates import TeammateService
from desktop.services.welcome.codes import CodeKeys
from desktop.services.welcome.funnel import FunnelService
from desktop.services.welcome.journeys import JourneyEditor
from desktop.services.welcome.runner import WelcomeRunner
from desktop.services.welcome.service import WelcomeService
from desktop.services.welcome.templates import TemplateService
from desktop.services.workspace.janitor import Janitor
from desktop.services.workspace.policy import PolicyService
from desktop.services.workspace.service import OpenedWorkspace, WorkspaceService
from desktop.store.db import Database


@dataclass(frozen=True)
class Services:
    paths: Paths
    db: Database
    sqlite_path: Path | None
    workspace: WorkspaceService
    groups: GroupService
    members: MemberService
    calendar: CalendarService
    planning: PlanningService
    schedule: ScheduleService
    materials: MaterialService
    group_sets: GroupSetService
    push_tables: PushTableService
    templates: TemplateService
    teammates: TeammateService  # R4: who works here, roles (audited)
    inbox: InboxService
    inbox_search: SearchService
    replies: ReplyService
    importer: MemberImporter
    exporter: MemberExporter
    segments: SegmentService
    secrets: SecretStore
    events: ServiceEvents  # what the background loops tell the window (new messages…)
    dispatcher: Dispatcher
    outbox: OutboxService  # wakes the dispatcher after every change that may create work
    inbox_poller: InboxPoller  # reads the IMAP side of email accounts into the inbox
    welcome: WelcomeService
    welcome_runner: WelcomeRunner  # advances welcome journeys through the outbox
    journeys: JourneyEditor
    funnel: FunnelService
    accounts: AccountService
    group_ops: GroupOps
    policy: PolicyService
    moderation: ModerationService
    sop: SopService
    member_center: MemberCenterService
    privacy: PrivacyService
    greetings: GreetingService
    janitor: Janitor  # hourly: lifecycle rules, today's greetings, campaign archiving
    segment_messages: SegmentMessageService  # a DM to every member of a segment
    campaigns: DmCampaignService  # surveys, lotteries, collections through DMs (D8)
    campaign_entries: DmCampaignEntries  # what members sent them; the draw
    survey_invites: SurveyInvites  # a survey mailed to a segment
    matrix_accounts: MatrixAccounts
    matrix_rooms: MatrixRooms  # groups as rooms: link, create, members, roles
    matrix_moderation: MatrixModeration  # mute / remove in linked rooms, mutes lifted
    matrix_syncer: MatrixSyncer  # long-polls /sync: joins, leaves, DMs into the inbox
    member_stats: MemberStatsService  # weekly activity, retention by join week, lifecycle

    @classmethod
    def build(
        cls,
        paths: Paths,
        opened: OpenedWorkspace,
        *,
        dispatcher_config: DispatcherConfig | None = None,
    ) -> Services:
        db = opened.db
        secrets = SecretStore()
        events = ServiceEvents()
        dispatcher = Dispatcher(db, secrets, config=dispatcher_config)
        outbox = OutboxService(db, on_change=dispatcher.wake)
        code_keys = CodeKeys(secrets)  # one keyring-backed key cache for hashing and checking
        welcome_runner = WelcomeRunner(db, outbox, code_keys=code_keys)
        welcome = WelcomeService(db, outbox, on_change=welcome_runner.wake, code_keys=code_keys)
        replies = ReplyService(db, outbox)
        # A keyword in a DM enters a campaign; a survey reads the answers that follow.
        campaign_entries = DmCampaignEntries(db, replies)
        ingest = InboxIngest(
            db,
            secrets,
            outbox,
            # Replies carrying a verification code or W1 answers move welcome journeys on;
            # a keyword enters a campaign.
            inbound_hooks=(welcome.inbound.on_inbound, campaign_entries.on_mail),
        )
        groups = GroupService(db)
        policy = PolicyService(db)
        members = MemberService(db)
        center = MemberCenterService(db)
        moderation = ModerationService(db, policy)
        group_ops = GroupOps(db, groups)
        greetings = GreetingService(db, outbox)
        segments = SegmentService(db)
        segment_messages = SegmentMessageService(db, segments, outbox)

        # -- Matrix: the sync's ingest and upkeep are wired to welcome, campaigns, mutes --
        def chat_to_welcome(chat: InboundChat) -> None:
            welcome.inbound.on_chat(
                chat.message_id,
                chat.member_id,
                chat.text,
                channel=ChannelKind.MATRIX,
                room=chat.room_id,
                event=chat.event_id,
            )

        def chat_to_campaigns(chat: InboundChat) -> None:
            campaign_entries.on_message(chat.message_id, chat.member_id, chat.text)

        matrix_accounts = MatrixAccounts(db, secrets)
        matrix_ingest = MatrixIngest(
            db,
            outbox,
            # A DM carrying a verification code or W1 answers moves the member's journey on.
            inbound_hooks=(chat_to_welcome, chat_to_campaigns),
            # A join in a linked room is a new membership: the welcome runner enrols it.
            on_joined=welcome_runner.wake,
        )
        matrix_rooms = MatrixRooms(db, matrix_accounts)
        matrix_moderation = MatrixModeration(matrix_rooms, moderation)
        matrix_syncer = MatrixSyncer(
            matrix_accounts,
            matrix_ingest,
            on_new=events.messages_arrived.emit,
            on_members=events.members_changed.emit,
            upkeep=(matrix_moderation.lift_expired_mutes,),
        )
        return cls(
            paths=paths,
            db=db,
            sqlite_path=opened.sqlite_path,
            workspace=WorkspaceService(db),
            groups=groups,
            members=members,
            **calendar_services(db, outbox),
            templates=TemplateService(db),
            teammates=TeammateService(db),
            inbox=InboxService(db),
            inbox_search=SearchService(db),
            replies=replies,
            importer=MemberImporter(db),
            exporter=MemberExporter(db),
            segments=segments,
            secrets=secrets,
            events=events,
            dispatcher=dispatcher,
            outbox=outbox,
            inbox_poller=InboxPoller(ingest, on_new=events.messages_arrived.emit),
            welcome=welcome,
            welcome_runner=welcome_runner,
            journeys=JourneyEditor(db),
            funnel=FunnelService(db),
            accounts=AccountService(db, secrets),
            group_ops=group_ops,
            policy=policy,
            moderation=moderation,
            sop=SopService(db),
            member_center=center,
            privacy=PrivacyService(db, members, center, moderation),
            greetings=greetings,
            janitor=Janitor(db, policy, center, greetings, group_ops),
            segment_messages=segment_messages,
            survey_invites=SurveyInvites(db, segments, segment_messages),
            campaigns=DmCampaignService(db),
            campaign_entries=campaign_entries,
            matrix_accounts=matrix_accounts,
            matrix_rooms=matrix_rooms,
            matrix_moderation=matrix_moderation,
            matrix_syncer=matrix_syncer,
            member_stats=MemberStatsService(db),
        )

    def close(self) -> None:
        self.db.dispose()
