"""The workspace's wording of the verification replies (W3): read, save, reset, render.

Defaults and rules are in ``desktop.domain.welcome.replies``; this keeps the texts an
operator changed (table ``welcome_reply_texts``) and fills in a member's values.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.welcome import replies as rules
from desktop.domain.welcome.render import StepProblem
from desktop.services.welcome.content import operator_name
from desktop.store.db import Database
from desktop.store.models import Enrolment, Group, Member, WorkspaceSettings
from desktop.store.models.welcome_flow import WelcomeReplyText


class ReplyRejected(ValueError):
    def __init__(self, key: str, problems: list[StepProblem]) -> None:
        self.key = key
        self.problems = problems
        super().__init__(f"{key}: {problems[0].reason} at {problems[0].start}")


class ReplyTexts:
    def __init__(self, db: Database) -> None:
        self.db = db

    def overrides(self, s: Session) -> dict[str, str]:
        rows = s.execute(select(WelcomeReplyText.key, WelcomeReplyText.text)).all()
        return {k: t for k, t in rows}

    def texts(self) -> dict[str, str]:
        """Every reply as members get it now (for an editor): reworded or the default."""
        with self.db.read() as s:
            return rules.DEFAULTS | self.overrides(s)

    def save(self, key: str, text: str) -> None:
        """Reword one reply; raises ``ReplyRejected`` for a text that would not render."""
        problems = rules.problems(key, text)
        if problems:
            raise ReplyRejected(key, problems)
        with self.db.write() as s:
            row = s.get(WelcomeReplyText, key)
            if row is None:
                s.add(WelcomeReplyText(key=key, text=text))
            else:
                row.text = text

    def reset(self, key: str) -> None:
        """Back to the default wording."""
        with self.db.write() as s:
            s.execute(delete(WelcomeReplyText).where(WelcomeReplyText.key == key))

    def render(
        self, s: Session, key: str, enrolment_id: int | None, extra: Mapping[str, object]
    ) -> str:
        """Reply ``key`` for the member of ``enrolment_id``, in the workspace's wording."""
        values: dict[str, object] = {"operator": operator_name(s)}
        ws = s.get(WorkspaceSettings, 1)
        values["brand"] = ws.brand_keyword if ws else ""
        if enrolment_id is not None:
            row = s.execute(
                select(Member.display_name, Group.name)
                .select_from(Enrolment)
                .join(Member, Member.id == Enrolment.member_id)
                .outerjoin(Group, Group.id == Enrolment.group_id)
                .where(Enrolment.id == enrolment_id)
            ).first()
            if row is not None:
                values["name"], values["group"] = row[0], row[1] or ""
        return rules.render(key, self.overrides(s), values | dict(extra))
