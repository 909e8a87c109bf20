"""The set of services one open workspace offers to the UI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.config import Paths
from desktop.services.calendar import CalendarService
from desktop.services.groups import GroupService
from desktop.services.inbox import InboxService
from desktop.services.members import MemberService
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
            calendar=CalendarService(db),
            templates=TemplateService(db),
            inbox=InboxService(db),
        )

    def close(self) -> None:
        self.db.dispose()
