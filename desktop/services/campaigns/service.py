"""Defining surveys, lotteries and collections run through DMs (D8), and listing them.

What members send them is handled in ``dm_campaign_entries``. A campaign is checked
before it is saved: a keyword another running campaign already uses, a survey without
questions or an answer text with an unknown variable is refused with the reason, so
nothing half-defined can start answering members.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from desktop.domain import campaigns as rules
from desktop.domain.campaigns import CampaignKind, CampaignStatus, EntryState
from desktop.domain.inbox.inbound_mail import chat_wants_unsubscribe
from desktop.domain.templates import check as check_template
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import DmCampaign, DmCampaignEntry

# What an answer text may use; filled from the member and the campaign.
TEXT_VARIABLES = ("name", "campaign", *rules.LINK_VARIABLES)


@dataclass(frozen=True)
class CampaignDraft:
    kind: CampaignKind
    name: str
    keyword: str
    intro: str  # the answer to an entry (a survey's questions follow it)
    questions: str = ""  # survey: one per line, options after "|"
    winners_wanted: int = 0  # lottery
    winner_text: str = ""  # lottery: told to each winner
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    thanks_text: str = ""  # survey: after a complete answer ("" = the default wording)
    again_text: str = ""  # survey: after a half-read answer ("" = the default wording)


@dataclass(frozen=True)
class CampaignRow:
    id: int
    draft: CampaignDraft
    status: CampaignStatus
    entries: int
    answered: int  # survey: complete answers; collection: approved items
    winners: int
    drawn_at: datetime | None
    draw_seed: int | None

    @property
    def kind(self) -> CampaignKind:
        return self.draft.kind

    @property
    def name(self) -> str:
        return self.draft.name


class CampaignInvalid(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class DmCampaignService:
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self._clock = clock

    # -- checking ---------------------------------------------------------------------------

    def problems(self, draft: CampaignDraft, campaign_id: int | None = None) -> list[str]:
        """Everything that stops this campaign from being saved, in words for the form."""
        out: list[str] = []
        if not draft.name.strip():
            out.append("name: empty")
        keyword = draft.keyword.strip()
        if not keyword:
            out.append("keyword: empty")
        elif len(keyword) > rules.KEYWORD_MAX:
            out.append(f"keyword: longer than {rules.KEYWORD_MAX} characters")
        elif chat_wants_unsubscribe(keyword):
            # A member writing it would opt out of marketing instead of taking part.
            out.append("keyword: reads as unsubscribe")
        else:
            clash = self._keyword_taken(keyword, campaign_id)
            if clash:
                out.append(f"keyword: already used by 「{clash}」")
        for label, text in (("answer", draft.intro), ("winner text", draft.winner_text)):
            if label == "winner text" and draft.kind != CampaignKind.LOTTERY:
                continue
            for p in check_template(text, TEXT_VARIABLES):
                out.append(f"{label}: {p.kind.value}" + (f" {{{p.text}}}" if p.text else ""))
        if draft.kind == CampaignKind.SURVEY:
            for label, text, allowed in (
                ("thanks", draft.thanks_text, rules.THANKS_VARIABLES),
                ("again", draft.again_text, rules.AGAIN_VARIABLES),
            ):
                if text.strip():  # empty means the default wording
                    for p in check_template(text, allowed):
                        out.append(
                            f"{label}: {p.kind.value}" + (f" {{{p.text}}}" if p.text else "")
                        )
            questions, found = rules.parse_questions(draft.questions)
            out.extend(f"questions: {p}" for p in found)
            if not questions and not found:
                out.append("questions: a survey needs at least one question")
        if draft.kind == CampaignKind.LOTTERY and draft.winners_wanted < 1:
            out.append("winners: at least one")
        if draft.starts_at and draft.ends_at and draft.ends_at <= draft.starts_at:
            out.append("time: the end is not after the start")
        return out

    def _keyword_taken(self, keyword: str, campaign_id: int | None) -> str | None:
        wanted = rules.normalise(keyword)
        with self.db.read() as s:
            rows = s.execute(
                select(DmCampaign.id, DmCampaign.name, DmCampaign.keyword).where(
                    DmCampaign.status != CampaignStatus.CLOSED
                )
            ).all()
        for cid, name, other in rows:
            if cid != campaign_id and rules.normalise(other) == wanted:
                return str(name)
        return None

    # -- saving -----------------------------------------------------------------------------

    def save(
        self, draft: CampaignDraft, campaign_id: int | None = None, operator_id: int | None = None
    ) -> int:
        problems = self.problems(draft, campaign_id)
        if problems:
            raise CampaignInvalid(problems)
        with self.db.write() as s:
            row = s.get(DmCampaign, campaign_id) if campaign_id else None
            if row is None:
                row = DmCampaign(kind=draft.kind, status=CampaignStatus.DRAFT)
                s.add(row)
            elif row.kind != draft.kind and self._entry_count(s, row.id):
                raise CampaignInvalid(["kind: cannot change once members have entered"])
            row.kind = draft.kind
            row.name = draft.name.strip()[:120]
            row.keyword = draft.keyword.strip()
            row.intro = draft.intro.strip()
            row.questions = draft.questions.strip()
            row.winners_wanted = max(0, draft.winners_wanted)
            row.winner_text = draft.winner_text.strip()
            row.thanks_text = draft.thanks_text.strip()
            row.again_text = draft.again_text.strip()
            row.starts_at = draft.starts_at
            row.ends_at = draft.ends_at
            s.flush()
            audit(
                s,
                "campaign_saved",
                "dm_campaign",
                row.id,
                operator_id,
                {"name": row.name, "keyword": row.keyword, "kind": str(row.kind)},
            )
            return row.id

    @staticmethod
    def _entry_count(s: Session, campaign_id: int) -> int:
        return int(
            s.scalar(
                select(func.count())
                .select_from(DmCampaignEntry)
                .where(DmCampaignEntry.campaign_id == campaign_id)
            )
            or 0
        )

    def set_status(
        self, campaign_id: int, status: CampaignStatus, operator_id: int | None = None
    ) -> None:
        """Start or end a campaign. Starting checks it again: another campaign may have
        taken its keyword meanwhile."""
        row = self.campaign(campaign_id)
        if status == CampaignStatus.OPEN:
            problems = self.problems(row.draft, campaign_id)
            if problems:
                raise CampaignInvalid(problems)
        with self.db.write() as s:
            campaign = s.get(DmCampaign, campaign_id)
            if campaign is None:
                raise KeyError(campaign_id)
            campaign.status = status
            audit(
                s,
                f"campaign_{status.value}",
                "dm_campaign",
                campaign_id,
                operator_id,
                {"name": campaign.name},
            )

    def delete(self, campaign_id: int, operator_id: int | None = None) -> None:
        with self.db.write() as s:
            name = s.scalar(select(DmCampaign.name).where(DmCampaign.id == campaign_id))
            s.execute(delete(DmCampaignEntry).where(DmCampaignEntry.campaign_id == campaign_id))
            s.execute(delete(DmCampaign).where(DmCampaign.id == campaign_id))
            audit(
                s, "campaign_deleted", "dm_campaign", campaign_id, operator_id, {"name": name or ""}
            )

    # -- listing ----------------------------------------------------------------------------

    def campaigns(self) -> list[CampaignRow]:
        return self._rows()

    def campaign(self, campaign_id: int) -> CampaignRow:
        rows = self._rows(campaign_id)
        if not rows:
            raise KeyError(campaign_id)
        return rows[0]

    def _rows(self, campaign_id: int | None = None) -> list[CampaignRow]:
        """Campaigns, newest first, with their entry counts (one, or all)."""
        entry = DmCampaignEntry
        counts = select(
            entry.campaign_id,
            func.count().label("entries"),
            func.sum(
                case(
                    (entry.state == EntryState.ANSWERED, 1),
                    (entry.approved.is_(True), 1),
                    else_=0,
                )
            ).label("answered"),
            func.sum(case((entry.winner.is_(True), 1), else_=0)).label("winners"),
        ).group_by(entry.campaign_id)
        if campaign_id is not None:
            counts = counts.where(entry.campaign_id == campaign_id)
        sub = counts.subquery()
        query = (
            select(DmCampaign, sub.c.entries, sub.c.answered, sub.c.winners)
            .outerjoin(sub, sub.c.campaign_id == DmCampaign.id)
            .order_by(DmCampaign.id.desc())
        )
        if campaign_id is not None:
            query = query.where(DmCampaign.id == campaign_id)
        with self.db.read() as s:
            rows = s.execute(query).all()
            return [_row(c, n or 0, a or 0, w or 0) for c, n, a, w in rows]


def _row(c: DmCampaign, entries: int, answered: int, winners: int) -> CampaignRow:
    draft = CampaignDraft(
        kind=CampaignKind(c.kind),
        name=c.name,
        keyword=c.keyword,
        intro=c.intro,
        questions=c.questions,
        winners_wanted=c.winners_wanted,
        winner_text=c.winner_text,
        starts_at=c.starts_at,
        ends_at=c.ends_at,
        thanks_text=c.thanks_text,
        again_text=c.again_text,
    )
    return CampaignRow(
        id=c.id,
        draft=draft,
        status=CampaignStatus(c.status),
        entries=int(entries),
        answered=int(answered),
        winners=int(winners),
        drawn_at=c.drawn_at,
        draw_seed=c.draw_seed,
    )
