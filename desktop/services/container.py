"""The set of services one open workspace offers to the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.config import Paths
from desktop.services.calendar import CalendarService
from desktop.services.calendar_suite import calendar_services
from desktop.services.group_sets import GroupSetService
from desktop.services.groups import GroupService
from desktop.services.inbox import InboxService
from desktop.services.materials import MaterialService
from desktop.services.members import MemberService
from desktop.services.planning import PlanningService
from desktop.services.push_table_io import PushTableService
from desktop.services.schedule import ScheduleService
from desktop.services.templates import TemplateService
from desktop.services.workspace import OpenedWorkspace, WorkspaceService
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
    inbox: InboxService

    @classmethod
    def build(cls, paths: Paths, opened: OpenedWorkspace) -> Services:
        db = opened.db
        return cls(
            paths=paths,
            db=db,
            sqlite_path=opened.sqlite_path,
            workspace=WorkspaceService(db),
            groups=GroupService(db),
            members=MemberService(db),
            **calendar_services(db),
            templates=TemplateService(db),
            inbox=InboxService(db),
        )

    def close(self) -> None:
        self.db.dispose()
