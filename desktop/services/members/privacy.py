"""Privacy (M5): export one member's data (JSON + readable HTML) and erase a member.

Erasure removes every personal field (name, contacts, birthday, notes, tags, consent,
message and delivery texts) but keeps the rows that counts rely on — memberships,
deliveries, messages, enrolments — so group and campaign statistics do not change. The
member row stays as "erased #id". On SQLite the freed pages are wiped: secure_delete, an
FTS merge, VACUUM and a WAL truncation, so the name is not left in the database file.
"""

from __future__ import annotations

import html
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text, update

from desktop.domain.enums import DeliveryStatus
from desktop.services.groups.moderation import ModerationService
from desktop.services.members.center import MemberCenterService
from desktop.services.members.service import MemberService
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Conversation,
    Delivery,
    DmCampaign,
    DmCampaignEntry,
    Member,
    MemberContact,
    Message,
    ModerationAction,
    Tag,
    member_tags,
)

ERASED_NAME = "erased #{id}"  # data: what lists show instead of the name


class EraseRefused(ValueError):
    pass


@dataclass(frozen=True)
class ExportFiles:
    json_path: Path
    html_path: Path


def json_ready(value: Any) -> Any:
    """Dates as ISO text, enums as their values, containers walked: what json.dumps takes."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(v) for v in value]
    return str(value) if hasattr(value, "value") else value


class PrivacyService:
    def __init__(
        self,
        db: Database,
        members: MemberService,
        center: MemberCenterService,
        moderation: ModerationService,
    ) -> None:
        self.db = db
        self.members = members
        self.center = center
        self.moderation = moderation

    def member_data(self, member_id: int) -> dict[str, Any]:
        """Everything stored about the member, as plain data."""
        profile = self.members.profile(member_id)
        prefs = self.center.prefs(member_id)
        return json_ready(
            {
                "profile": asdict(profile.draft),
                "lifecycle": profile.lifecycle,
                "activity_score": profile.activity_score,
                "groups": [asdict(g) for g in profile.groups],
                "preferences": asdict(prefs),
                "consent": [asdict(c) for c in self.center.consent_history(member_id)],
                "strikes": [asdict(s) for s in self.moderation.strikes(member_id)],
                "timeline": [asdict(e) for e in self.center.timeline(member_id, limit=10_000)],
                "campaigns": self.campaign_entries(member_id),
                "exported_at": utcnow(),
            }
        )

    def campaign_entries(self, member_id: int) -> list[dict[str, Any]]:
        """What the member sent surveys, lotteries and collections (D8)."""
        with self.db.read() as s:
            rows = s.execute(
                select(DmCampaign.name, DmCampaign.kind, DmCampaignEntry)
                .join(DmCampaignEntry, DmCampaignEntry.campaign_id == DmCampaign.id)
                .where(DmCampaignEntry.member_id == member_id)
                .order_by(DmCampaignEntry.id)
            ).all()
            return [
                {
                    "campaign": name,
                    "kind": kind,
                    "at": e.created_at,
                    "text": e.text,
                    "answers": (e.answers or {}).get("answers", []),
                    "winner": e.winner,
                }
                for name, kind, e in rows
            ]

    def export(self, member_id: int, folder: Path, operator_id: int | None = None) -> ExportFiles:
        data = self.member_data(member_id)
        folder.mkdir(parents=True, exist_ok=True)
        base = folder / f"member-{member_id}"
        json_path = base.with_suffix(".json")
        html_path = base.with_suffix(".html")
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        html_path.write_text(_html(data), encoding="utf-8")
        self._audit("export_member", member_id, operator_id)
        return ExportFiles(json_path, html_path)

    def erase(self, member_id: int, typed_name: str, operator_id: int | None = None) -> None:
        """Erase after the operator typed the member's name exactly (the confirmation)."""
        with self.db.read() as s:
            m = s.get(Member, member_id)
            if m is None or m.erased_at is not None:
                raise EraseRefused("no such member")
            if typed_name.strip() != m.display_name.strip():
                raise EraseRefused("the typed name does not match")
        now = utcnow()
        with self.db.write() as s:
            if self.db.is_sqlite:
                # Deleted and overwritten cells are zeroed, not just marked free.
                s.execute(text("PRAGMA secure_delete = ON"))
            s.execute(
                update(Member)
                .where(Member.id == member_id)
                .values(
                    display_name=ERASED_NAME.format(id=member_id),
                    birthday=None,
                    source="",
                    notes="",
                    timezone=None,
                    quiet_start=None,
                    quiet_end=None,
                    erased_at=now,
                    updated_at=now,
                )
            )
            s.execute(delete(MemberContact).where(MemberContact.member_id == member_id))
            own_tags = list(
                s.scalars(select(member_tags.c.tag_id).where(member_tags.c.member_id == member_id))
            )
            s.execute(delete(member_tags).where(member_tags.c.member_id == member_id))
            # A tag nobody else carries may itself be personal ("王芳的VIP"): it goes too.
            still_used = select(member_tags.c.tag_id).where(member_tags.c.tag_id.in_(own_tags))
            s.execute(delete(Tag).where(Tag.id.in_(own_tags), Tag.id.not_in(still_used)))
            s.execute(delete(ConsentRecord).where(ConsentRecord.member_id == member_id))
            # What they sent campaigns (survey answers, stories, photos' captions).
            s.execute(delete(DmCampaignEntry).where(DmCampaignEntry.member_id == member_id))
            s.execute(
                update(Delivery)
                .where(
                    Delivery.member_id == member_id,
                    Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.MANUAL_TODO]),
                )
                .values(status=DeliveryStatus.CANCELLED, status_reason="member erased")
            )
            s.execute(
                update(Delivery)
                .where(Delivery.member_id == member_id)
                .values(
                    recipient=None,
                    subject="",
                    body="",
                    body_html=None,
                    template_values=None,
                    last_error=None,
                )
            )
            conversations = select(Conversation.id).where(Conversation.member_id == member_id)
            s.execute(
                update(Message)
                .where(Message.conversation_id.in_(conversations))
                .values(body_text="", body_html=None)
            )
            s.execute(
                update(Conversation)
                .where(Conversation.member_id == member_id)
                .values(subject="", last_preview="", external_thread_id=None)
            )
            s.execute(
                update(ModerationAction)
                .where(ModerationAction.member_id == member_id)
                .values(note="")
            )
            # Nothing personal: the id is all the log keeps.
            audit(s, "erase_member", "member", member_id, operator_id, at=now)
        if self.db.is_sqlite:
            self._wipe_free_space()

    def _wipe_free_space(self) -> None:
        """Merge the full-text indexes (old tokens live in old segments), rebuild the file
        and empty the WAL, so no copy of the erased text stays on disk."""
        with self.db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            cur = raw.cursor()
            names = {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            for fts in ("messages_fts", "messages_fts_cjk"):
                if fts in names:
                    cur.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
            cur.execute("PRAGMA secure_delete = ON")
            cur.execute("VACUUM")
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cur.close()

    def _audit(self, action: str, member_id: int, operator_id: int | None) -> None:
        with self.db.write() as s:
            audit(s, action, "member", member_id, operator_id)


def _html(data: dict[str, Any]) -> str:
    """A page a member can read: one section per part of the data."""

    def table(rows: list[dict[str, Any]]) -> str:
        if not rows:
            return "<p>—</p>"
        heads = list(rows[0])
        head = "".join(f"<th>{html.escape(h)}</th>" for h in heads)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(r.get(h, '')))}</td>" for h in heads) + "</tr>"
            for r in rows
        )
        return f"<table><tr>{head}</tr>{body}</table>"

    profile = data["profile"]
    items = "".join(
        f"<dt>{html.escape(k)}</dt><dd>{html.escape(str(v))}</dd>" for k, v in profile.items()
    )
    parts = [
        "<!doctype html><html lang='zh'><head><meta charset='utf-8'>",
        f"<title>{html.escape(str(profile.get('name', '')))}</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>",
        f"<h1>{html.escape(str(profile.get('name', '')))}</h1><dl>{items}</dl>",
    ]
    for key in ("groups", "preferences", "consent", "strikes", "timeline"):
        value = data[key]
        rows = value if isinstance(value, list) else [value]
        parts.append(f"<h2>{html.escape(key)}</h2>{table(rows)}")
    parts.append(f"<p>exported_at: {html.escape(str(data['exported_at']))}</p></body></html>")
    return "".join(parts)
