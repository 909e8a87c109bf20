"""The set of services one open workspace offers to the UI and the CLI.

Each service is built the first time it is used, and its module imported then: the window
painted with its first tab's data has imported only what that tab needs, and the rest
follows when another tab, a dialog or the background loops ask for it. Wiring between
services is declared where a service is built (constructor arguments), never assigned
afterwards. Builds are serialised by one lock per container (a tab may ask from a worker
thread while the UI thread asks too): each service exists once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from desktop.config import Paths
from desktop.services import wiring
from desktop.services.background.events import ServiceEvents

if TYPE_CHECKING:
    from desktop.secrets import SecretStore
    from desktop.services.calendar.materials import MaterialService
    from desktop.services.calendar.planning import PlanningService
    from desktop.services.calendar.push_table_io import PushTableService
    from desktop.services.calendar.schedule import ScheduleService
    from desktop.services.calendar.service import CalendarService
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
    from desktop.services.team.keys import TeamKeys
    from desktop.services.team.teammates import TeammateService
    from desktop.services.workspace.janitor import Janitor
    from desktop.services.workspace.policy import PolicyService
    from desktop.services.workspace.service import OpenedWorkspace, WorkspaceService
    from desktop.store.db import Database

T = TypeVar("T")


class feature(Generic[T]):
    """A service built on first use, once per container."""

    def __init__(self, build: Callable[[Services], T]) -> None:
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> feature[T]: ...
    @overload
    def __get__(self, obj: Services, owner: type | None = None) -> T: ...
    def __get__(self, obj: Services | None, owner: type | None = None) -> T | feature[T]:
        if obj is None:
            return self
        built = obj.__dict__
        if self._name not in built:
            with obj._lock:
                if self._name not in built:
                    built[self._name] = self._build(obj)
        return built[self._name]


class Services:
    def __init__(
        self,
        paths: Paths,
        opened: OpenedWorkspace,
        *,
        dispatcher_config: DispatcherConfig | None = None,
    ) -> None:
        self.paths = paths
        self.db: Database = opened.db
        self.sqlite_path: Path | None = opened.sqlite_path
        self.events = ServiceEvents()  # what the background loops tell the window
        self._dispatcher_config = dispatcher_config
        self._lock = threading.RLock()
        self.live_identity = wiring.live.announce_writes(self.db)

    @classmethod
    def build(
        cls,
        paths: Paths,
        opened: OpenedWorkspace,
        *,
        dispatcher_config: DispatcherConfig | None = None,
    ) -> Services:
        return cls(paths, opened, dispatcher_config=dispatcher_config)

    def built(self, name: str) -> bool:
        """Whether the service ``name`` exists yet (nothing is built by asking)."""
        return name in self.__dict__

    def close(self) -> None:
        self.db.dispose()

    def _if_built(self, name: str, method: str) -> Callable[..., None]:
        """A call on a service only if it exists: waking a loop nobody built is a no-op
        anyway, and must not import and build it."""

        def call(*args: Any) -> None:
            target = self.__dict__.get(name)
            if target is not None:
                getattr(target, method)(*args)

        return call

    # -- workspace, team -------------------------------------------------------------------
    @feature
    def secrets(self) -> SecretStore:
        from desktop.secrets import SecretStore

        if self.sqlite_path is None:  # team mode: the team vault once a team key exists
            from desktop.services.team.vault import team_secret_store

            return team_secret_store(self.db)
        return SecretStore()

    @feature
    def workspace(self) -> WorkspaceService:
        from desktop.services.workspace.service import WorkspaceService

        return WorkspaceService(self.db)

    @feature
    def policy(self) -> PolicyService:
        from desktop.services.workspace.policy import PolicyService

        return PolicyService(self.db)

    @feature
    def teammates(self) -> TeammateService:
        """R4: who works here, roles (audited)."""
        from desktop.services.team.teammates import TeammateService

        return TeammateService(self.db)

    @feature
    def team_keys(self) -> TeamKeys:
        """The team key: create, invite, join, rotate (team mode only)."""
        from desktop.services.team.keys import TeamKeys

        return TeamKeys(self.db, self.secrets)

    @feature
    def janitor(self) -> Janitor:
        """Hourly: lifecycle rules, today's greetings, campaign archiving."""
        from desktop.services.workspace.janitor import Janitor

        return Janitor(self.db, self.policy, self.member_center, self.greetings, self.group_ops)

    # -- sending ---------------------------------------------------------------------------
    @feature
    def dispatcher(self) -> Dispatcher:
        from desktop.services.sending.dispatcher import Dispatcher

        return Dispatcher(self.db, self.secrets, config=self._dispatcher_config)

    @feature
    def outbox(self) -> OutboxService:
        """Wakes the dispatcher after every change that may create work."""
        from desktop.services.sending.outbox import OutboxService

        return OutboxService(self.db, on_change=self._if_built("dispatcher", "wake"))

    # -- groups ----------------------------------------------------------------------------
    @feature
    def groups(self) -> GroupService:
        from desktop.services.groups.service import GroupService

        return GroupService(self.db)

    @feature
    def group_ops(self) -> GroupOps:
        from desktop.services.groups.ops import GroupOps

        return GroupOps(self.db, self.groups)

    @feature
    def moderation(self) -> ModerationService:
        from desktop.services.groups.moderation import ModerationService

        return ModerationService(self.db, self.policy)

    @feature
    def sop(self) -> SopService:
        from desktop.services.groups.sop import SopService

        return SopService(self.db)

    # -- members ---------------------------------------------------------------------------
    @feature
    def members(self) -> MemberService:
        from desktop.services.members.service import MemberService

        return MemberService(self.db)

    @feature
    def member_center(self) -> MemberCenterService:
        from desktop.services.members.center import MemberCenterService

        return MemberCenterService(self.db)

    @feature
    def privacy(self) -> PrivacyService:
        from desktop.services.members.privacy import PrivacyService

        return PrivacyService(self.db, self.members, self.member_center, self.moderation)

    @feature
    def greetings(self) -> GreetingService:
        from desktop.services.members.greetings import GreetingService

        return GreetingService(self.db, self.outbox)

    @feature
    def importer(self) -> MemberImporter:
        from desktop.services.members.importer import MemberImporter

        return MemberImporter(self.db)

    @feature
    def exporter(self) -> MemberExporter:
        from desktop.services.members.export import MemberExporter

        return MemberExporter(self.db)

    @feature
    def segments(self) -> SegmentService:
        from desktop.services.members.segments import SegmentService

        return SegmentService(self.db)

    @feature
    def segment_messages(self) -> SegmentMessageService:
        """A DM to every member of a segment."""
        from desktop.services.members.segment_messages import SegmentMessageService

        return SegmentMessageService(self.db, self.segments, self.outbox)

    @feature
    def member_stats(self) -> MemberStatsService:
        """Weekly activity, retention by join week, lifecycle."""
        from desktop.services.members.stats import MemberStatsService

        return MemberStatsService(self.db)

    # -- calendar (built together: a post's change reaches the schedule) -------------------
    @feature
    def _calendar_suite(self) -> dict[str, Any]:
        from desktop.services.calendar.suite import calendar_services

        return calendar_services(self.db, self.outbox)

    @feature
    def calendar(self) -> CalendarService:
        return self._calendar_suite["calendar"]

    @feature
    def planning(self) -> PlanningService:
        return self._calendar_suite["planning"]

    @feature
    def schedule(self) -> ScheduleService:
        return self._calendar_suite["schedule"]

    @feature
    def materials(self) -> MaterialService:
        return self._calendar_suite["materials"]

    @feature
    def group_sets(self) -> GroupSetService:
        return self._calendar_suite["group_sets"]

    @feature
    def push_tables(self) -> PushTableService:
        return self._calendar_suite["push_tables"]

    # -- welcome ---------------------------------------------------------------------------
    code_keys = feature(wiring.welcome.code_keys)
    welcome_runner = feature(wiring.welcome.runner)
    welcome = feature(wiring.welcome.service)
    templates = feature(wiring.welcome.templates)
    journeys = feature(wiring.welcome.journeys)
    funnel = feature(wiring.welcome.funnel)

    # -- inbox and mail --------------------------------------------------------------------
    @feature
    def inbox(self) -> InboxService:
        from desktop.services.inbox.service import InboxService

        return InboxService(self.db)

    @feature
    def inbox_search(self) -> SearchService:
        from desktop.services.inbox.search import SearchService

        return SearchService(self.db)

    @feature
    def replies(self) -> ReplyService:
        from desktop.services.inbox.reply import ReplyService

        return ReplyService(self.db, self.outbox)

    accounts = feature(wiring.mail.accounts)
    _mail_ingest = feature(wiring.mail.ingest)
    inbox_poller = feature(wiring.mail.poller)

    # -- campaigns -------------------------------------------------------------------------
    @feature
    def campaigns(self) -> DmCampaignService:
        """Surveys, lotteries, collections through DMs (D8)."""
        from desktop.services.campaigns.service import DmCampaignService

        return DmCampaignService(self.db)

    @feature
    def campaign_entries(self) -> DmCampaignEntries:
        """What members sent to campaigns (a keyword in a DM enters one); the draw."""
        from desktop.services.campaigns.entries import DmCampaignEntries

        return DmCampaignEntries(self.db, self.replies)

    @feature
    def survey_invites(self) -> SurveyInvites:
        """A survey mailed to a segment."""
        from desktop.services.campaigns.invites import SurveyInvites

        return SurveyInvites(self.db, self.segments, self.segment_messages)

    # -- Matrix: the sync's ingest and upkeep are wired to welcome, campaigns, mutes -------
    matrix_accounts = feature(wiring.matrix.accounts)
    matrix_rooms = feature(wiring.matrix.rooms)
    matrix_moderation = feature(wiring.matrix.moderation)
    _matrix_ingest = feature(wiring.matrix.ingest)
    matrix_syncer = feature(wiring.matrix.syncer)

    # -- 微信客服 (issue 16): callback → sync → inbox; replies through the outbox ----------
    wechat_kf_accounts = feature(wiring.wechat_kf.accounts)
    wechat_kf_actions = feature(wiring.wechat_kf.actions)
    wechat_kf_sync = feature(wiring.wechat_kf.sync)
    wechat_kf_callback = feature(wiring.wechat_kf.callback)

    # -- WeCom (issue 15) --------------------------------------------------------------------
    wecom_accounts = feature(wiring.wecom.accounts)
    wecom_ingest = feature(wiring.wecom.ingest)
    wecom_sync = feature(wiring.wecom.sync)
    wecom_callbacks = feature(wiring.wecom.callbacks)
    wecom_tasks = feature(wiring.wecom.tasks)
    wecom_groups = feature(wiring.wecom.groups)
    wecom_loop = feature(wiring.wecom.loop)

    # -- group robots (issue 17) --------------------------------------------------------------
    robots = feature(wiring.robots.accounts)
    robot_links = feature(wiring.robots.links)
    team_alerts = feature(wiring.robots.team_alerts)
    alert_loop = feature(wiring.robots.alert_loop)

    # -- member pages (issue 20) -----------------------------------------------------------
    member_links = feature(wiring.member_pages.links)
    member_actions = feature(wiring.member_pages.actions)
    delete_requests = feature(wiring.member_pages.delete_requests)
    member_pages_site = feature(wiring.member_pages.site)
    member_pages_address = feature(wiring.member_pages.address)

    # -- team mode, live --------------------------------------------------------------------
    live_feed = feature(wiring.live.feed)
    presence = feature(wiring.live.presence)
