"""Inbox settings (D2, D4, D7): reply-time standards, banned words, canned replies, labels.

Everything the "Inbox settings…" dialog edits goes through here. The reply box reads the
same rows (``ReplyService.canned``/``check``), so a change takes effect on the next key
the operator types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select

from desktop.domain.inbox.banned_words import DEFAULT_BANNED_WORDS, clean_list
from desktop.domain.templates import TemplateProblem, check
from desktop.services.inbox.figures import TeamFigures
from desktop.services.inbox.thread import ThreadService
from desktop.services.inbox.types import LabelRow, SlaSettings
from desktop.store.db import Database
from desktop.store.models import CannedReply, InboxSettings, Label
from desktop.store.models.inbox import conversation_labels

# What ReplyService.fill knows how to fill in a canned reply.
CANNED_VARIABLES: tuple[str, ...] = ("name", "brand", "operator", "date")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class CannedEntry:
    id: int | None  # None: not saved yet
    shortcut: str
    title: str
    body: str
    is_marketing: bool = False


class CannedReplyError(ValueError):
    """``fields`` names what is missing ("shortcut", "body", "duplicate");
    ``problems`` are the template problems of the text."""

    def __init__(self, fields: list[str], problems: list[TemplateProblem] | None = None) -> None:
        self.fields = fields
        self.problems = problems or []
        super().__init__("invalid canned reply: " + ", ".join(fields))


class LabelError(ValueError):
    def __init__(self, fields: list[str]) -> None:
        self.fields = fields
        super().__init__("invalid labels: " + ", ".join(fields))


class InboxSettingsService:
    """Reads and saves through the inbox's own parts where they already do the work (the
    standards through ``TeamFigures``, the label list through ``ThreadService``)."""

    def __init__(
        self,
        db: Database,
        *,
        figures: TeamFigures | None = None,
        thread: ThreadService | None = None,
    ) -> None:
        self.db = db
        self._figures = figures or TeamFigures(db)
        self._thread = thread or ThreadService(db)

    # -- reply-time standards ----------------------------------------------------------------

    def sla(self) -> SlaSettings:
        return self._figures.sla_settings()

    def save_sla(self, settings: SlaSettings) -> None:
        """Raises ValueError with "hours", "days" or "minutes" in it when unusable."""
        self._figures.save_sla_settings(settings)

    # -- banned words ----------------------------------------------------------------------------

    def banned_words(self) -> list[str]:
        with self.db.read() as s:
            row = s.get(InboxSettings, 1)
            return list(row.banned_words) if row is not None else list(DEFAULT_BANNED_WORDS)

    def save_banned_words(self, words: list[str]) -> list[str]:
        clean = clean_list(words)
        with self.db.write() as s:
            row = s.get(InboxSettings, 1)
            if row is None:
                row = InboxSettings(id=1)
                s.add(row)
            row.banned_words = clean
        return clean

    # -- canned replies (话术库) -------------------------------------------------------------

    def canned(self) -> list[CannedEntry]:
        with self.db.read() as s:
            return [
                CannedEntry(r.id, r.shortcut, r.title, r.body, r.is_marketing)
                for r in s.scalars(select(CannedReply).order_by(CannedReply.shortcut))
            ]

    @staticmethod
    def canned_problems(body: str) -> list[TemplateProblem]:
        return check(body, CANNED_VARIABLES)

    def save_canned(self, entry: CannedEntry) -> int:
        shortcut = entry.shortcut.strip().lstrip("/").strip()
        fields = []
        if not shortcut or any(c.isspace() for c in shortcut):
            fields.append("shortcut")
        problems = self.canned_problems(entry.body)
        if problems:
            fields.append("body")
        if fields:
            raise CannedReplyError(fields, problems)
        with self.db.write() as s:
            clash = s.scalar(select(CannedReply).where(CannedReply.shortcut == shortcut))
            if clash is not None and clash.id != entry.id:
                raise CannedReplyError(["duplicate"])
            row = s.get(CannedReply, entry.id) if entry.id is not None else None
            if row is None:
                row = CannedReply(shortcut=shortcut, title="", body="")
                s.add(row)
            row.shortcut = shortcut
            row.title = entry.title.strip()[:120] or shortcut
            row.body = entry.body
            row.is_marketing = entry.is_marketing
            s.flush()
            return row.id

    def delete_canned(self, canned_id: int) -> None:
        with self.db.write() as s:
            s.execute(delete(CannedReply).where(CannedReply.id == canned_id))

    # -- labels ------------------------------------------------------------------------------------

    def labels(self) -> list[LabelRow]:
        return self._thread.labels()

    def save_labels(self, rows: list[tuple[int | None, str, str]]) -> None:
        """The labels become exactly ``rows`` of (id or None for new, name, "#rrggbb").

        A label left out is deleted (and taken off its conversations)."""
        names = [n.strip() for _i, n, _c in rows]
        fields = []
        if any(not n or len(n) > 40 for n in names):
            fields.append("name")
        if len(set(names)) != len(names):
            fields.append("duplicate")
        if any(not _COLOR.match(c.strip()) for _i, _n, c in rows):
            fields.append("color")
        if fields:
            raise LabelError(fields)
        keep = {i for i, _n, _c in rows if i is not None}
        with self.db.write() as s:
            existing = {lb.id: lb for lb in s.scalars(select(Label))}
            gone = [i for i in existing if i not in keep]
            if gone:
                s.execute(
                    delete(conversation_labels).where(conversation_labels.c.label_id.in_(gone))
                )
                s.execute(delete(Label).where(Label.id.in_(gone)))
                s.flush()
            # Rename in two steps so swapping two names never trips the unique index.
            for i, _n, _c in rows:
                if i in existing:
                    existing[i].name = f"\0{i}"
            s.flush()
            for (i, _n, color), name in zip(rows, names, strict=True):
                label = existing.get(i) if i is not None else None
                if label is None:
                    label = Label(name=name)
                    s.add(label)
                label.name, label.color = name, color.strip()
