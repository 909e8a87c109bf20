"""What a member does on their pages, written through the services the team uses (issue 20).

Every change is validated here and answered with a ``Problem`` key the page shows in the
member's language; nothing the member types is trusted beyond its declared shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from desktop.domain.campaigns import CampaignKind, EntryState, is_open, parse_questions
from desktop.domain.enums import ChannelKind, ConsentPurpose, DmFrequency, MessageDirection
from desktop.domain.sending.consent import ALL_CHANNELS
from desktop.services.inbox.conversation_state import member_conversation, touch
from desktop.services.member_pages.data import PAGE_CHANNELS, load_page_data
from desktop.services.member_pages.my_data import PAGE_SOURCE, MyData, member_export
from desktop.services.members.privacy import PrivacyService
from desktop.services.sending.outbox import OutboxService
from desktop.services.welcome.service import WelcomeService
from desktop.services.workspace.audit import audit
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    DeleteRequest,
    DmCampaign,
    DmCampaignEntry,
    Member,
    MemberContact,
    MemberPagePrefs,
    MemberPagesSettings,
    Message,
    Tag,
)

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
MAX_FEEDBACK = 4000
MAX_NAME = 80
MAX_ANSWER = 500
LANGUAGES = ("zh", "en")


def _printable(text: str, keep: str = "") -> str:
    """Without control characters (NUL and the like): what a member types is text."""
    return "".join(ch for ch in text if ch.isprintable() or ch in keep or ch == " ")


class Problem(ValueError):
    """A refused form; ``key`` names the message the page shows (see ``i18n.py``)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class PrefsForm:
    frequency: str
    quiet_start: str
    quiet_end: str
    channels: frozenset[str]  # channels with marketing on
    topics: frozenset[str]  # chosen tags


class MemberActions:
    def __init__(
        self,
        db: Database,
        outbox: OutboxService,
        welcome: Callable[[], WelcomeService],
        privacy: Callable[[], PrivacyService],
        on_change: Callable[[int], None] = lambda _member_id: None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.db = db
        self.outbox = outbox
        self._welcome = welcome
        self._privacy = privacy
        self._on_change = on_change  # drops the member's cached pages
        self._clock = clock

    # -- preferences -----------------------------------------------------------------------
    def save_prefs(self, member_id: int, form: PrefsForm) -> None:
        try:
            frequency = DmFrequency(form.frequency)
        except ValueError:
            raise Problem("bad_frequency") from None
        start, end = form.quiet_start.strip(), form.quiet_end.strip()
        if any(v and not _HHMM.match(v) for v in (start, end)):
            raise Problem("bad_time")
        if bool(start) != bool(end):
            raise Problem("quiet_both")
        now = self._clock()
        with self.db.write() as s:
            m = s.get(Member, member_id)
            if m is None or m.erased_at is not None:
                raise Problem("gone")
            tags = set(s.scalars(select(Tag.name)).all())
            if not form.topics <= tags:
                raise Problem("bad_topic")
            m.dm_frequency = frequency
            m.quiet_start, m.quiet_end = start or None, end or None
            own = {
                str(c)
                for c in s.scalars(
                    select(MemberContact.channel).where(MemberContact.member_id == member_id)
                )
            }
            before = self._marketing_on(member_id)
            for ch in sorted(own & set(PAGE_CHANNELS)):
                on = ch in form.channels
                if before.get(ch) != on:
                    s.add(
                        ConsentRecord(
                            member_id=member_id,
                            channel=ch,
                            purpose=ConsentPurpose.MARKETING,
                            granted=on,
                            source=PAGE_SOURCE,
                            recorded_at=now,
                        )
                    )
            page = s.get(MemberPagePrefs, member_id) or MemberPagePrefs(member_id=member_id)
            # Every topic ticked is "all topics", so a tag added later is not lost on them.
            page.topics = None if form.topics == tags else sorted(form.topics)
            page.updated_at = now
            s.add(page)
        self._on_change(member_id)

    def _marketing_on(self, member_id: int) -> dict[str, bool]:
        data = load_page_data(self.db, member_id)
        return dict(data.prefs.channels) if data is not None else {}

    def set_language(self, member_id: int, language: str) -> None:
        if language not in LANGUAGES:
            raise Problem("bad_language")
        with self.db.write() as s:
            page = s.get(MemberPagePrefs, member_id) or MemberPagePrefs(member_id=member_id)
            page.language = language
            page.updated_at = self._clock()
            s.add(page)
        self._on_change(member_id)

    # -- unsubscribe (RFC 8058) -------------------------------------------------------------
    def unsubscribe(self, member_id: int, via: str) -> bool:
        """Unsubscribe from every marketing message; False when already unsubscribed (a
        repeated one-click POST changes nothing)."""
        data = load_page_data(self.db, member_id)
        if data is None:
            return False
        if data.prefs.unsubscribed:
            return False
        self.outbox.unsubscribe(member_id, channel=ALL_CHANNELS)
        with self.db.write() as s:
            audit(s, "member_unsubscribed", "member", member_id, None, {"via": via})
        self._on_change(member_id)
        return True

    def undo_unsubscribe(self, member_id: int) -> None:
        self.outbox.resubscribe(member_id, channel=ALL_CHANNELS, source=f"{PAGE_SOURCE}: undo")
        self._on_change(member_id)

    # -- center ----------------------------------------------------------------------------
    def save_profile(self, member_id: int, name: str, birthday: str) -> None:
        name = " ".join(_printable(name).split())
        if not name:
            raise Problem("name_empty")
        if len(name) > MAX_NAME:
            raise Problem("name_long")
        born: date | None = None
        if birthday.strip():
            try:
                born = date.fromisoformat(birthday.strip())
            except ValueError:
                raise Problem("bad_date") from None
            if not date(1900, 1, 1) <= born <= self._clock().date():
                raise Problem("bad_date")
        with self.db.write() as s:
            options = s.get(MemberPagesSettings, 1)
            if options is not None and not options.profile_editable:
                raise Problem("not_editable")
            m = s.get(Member, member_id)
            if m is None or m.erased_at is not None:
                raise Problem("gone")
            m.display_name, m.birthday = name, born
        self._on_change(member_id)

    def check_code(self, member_id: int, code: str) -> str:
        """The outcome's name (verified, wrong, locked, expired, no_code…)."""
        code = code.strip()
        if not code or len(code) > 20:
            raise Problem("bad_code")
        outcome = self._welcome().check_code(member_id, code, by="member page")
        self._on_change(member_id)
        return str(outcome.result)

    def feedback(self, member_id: int, text: str) -> int:
        """The member's words as an inbound message in their conversation (W8); its id."""
        text = _printable(text, keep="\n\t").strip()
        if not text:
            raise Problem("feedback_empty")
        if len(text) > MAX_FEEDBACK:
            raise Problem("feedback_long")
        now = self._clock()
        with self.db.write() as s:
            channels = {
                str(c)
                for c in s.scalars(
                    select(MemberContact.channel).where(MemberContact.member_id == member_id)
                )
            }
            # The conversation where the team can answer: mail when the member has it.
            channel = (
                ChannelKind.MATRIX
                if "email" not in channels and "matrix" in channels
                else ChannelKind.EMAIL
            )
            conv, _new = member_conversation(
                s, member_id, channel, account_id=None, thread_id=None, subject="反馈 Feedback"
            )
            msg = Message(
                conversation_id=conv.id,
                direction=MessageDirection.INBOUND,
                body_text=text,
                sent_at=now,
                is_feedback=True,
                subject="反馈 Feedback",
                event=None,
            )
            s.add(msg)
            touch(conv, text, now, inbound=True)
            s.flush()
            return msg.id

    def answer_survey(self, member_id: int, campaign_id: int, answers: Sequence[str]) -> None:
        now = self._clock()
        with self.db.write() as s:
            c = s.get(DmCampaign, campaign_id)
            if (
                c is None
                or c.kind != CampaignKind.SURVEY
                or not is_open(c.status, c.starts_at, c.ends_at, now)
            ):
                raise Problem("survey_closed")
            questions, _ = parse_questions(c.questions)
            clean: list[str] = []
            for q, raw in zip(questions, list(answers) + [""] * len(questions), strict=False):
                value = raw.strip()
                if len(value) > MAX_ANSWER:
                    raise Problem("answer_long")
                if value and q.is_choice and value not in q.options:
                    raise Problem("bad_choice")
                clean.append(value)
            if not all(clean):
                raise Problem("answer_all")
            entry = s.scalar(
                select(DmCampaignEntry).where(
                    DmCampaignEntry.campaign_id == campaign_id,
                    DmCampaignEntry.member_id == member_id,
                )
            )
            if entry is None:
                # The same entry a DM answer makes (dedupe key per member), so a member who
                # answers both ways is one entry.
                entry = DmCampaignEntry(
                    campaign_id=campaign_id,
                    dedupe_key=f"m{member_id}",
                    member_id=member_id,
                    channel="web",
                    state=EntryState.ANSWERED,
                    text="",
                )
                s.add(entry)
            entry.answers = {"answers": clean, "problems": []}
            entry.state = EntryState.ANSWERED
            entry.updated_at = now
        self._on_change(member_id)

    # -- privacy (M5) ----------------------------------------------------------------------
    def my_data(self, member_id: int) -> MyData:
        """The member's own copy: what they gave and what was done to them (my_data.py)."""
        data = member_export(self._privacy(), member_id)
        with self.db.write() as s:
            audit(s, "member_downloaded_data", "member", member_id, None, {"via": PAGE_SOURCE})
        return data

    def request_delete(self, member_id: int) -> None:
        with self.db.write() as s:
            open_request = s.scalar(
                select(DeleteRequest.id).where(
                    DeleteRequest.member_id == member_id,
                    DeleteRequest.confirmed_at.is_(None),
                    DeleteRequest.dismissed_at.is_(None),
                )
            )
            if open_request is None:
                s.add(DeleteRequest(member_id=member_id, requested_at=self._clock()))
                audit(s, "member_requested_erasure", "member", member_id, None)
        self._on_change(member_id)


class DeleteRequests:
    """The team's side of "delete me": the list, and confirming (erases) or dismissing."""

    def __init__(self, db: Database, privacy: PrivacyService) -> None:
        self.db = db
        self.privacy = privacy

    def pending(self) -> list[tuple[int, int, str, datetime]]:
        """(request id, member id, member name, requested at), oldest first."""
        with self.db.read() as s:
            return [
                (rid, mid, name, at)
                for rid, mid, name, at in s.execute(
                    select(
                        DeleteRequest.id,
                        DeleteRequest.member_id,
                        Member.display_name,
                        DeleteRequest.requested_at,
                    )
                    .join(Member, Member.id == DeleteRequest.member_id)
                    .where(
                        DeleteRequest.confirmed_at.is_(None),
                        DeleteRequest.dismissed_at.is_(None),
                    )
                    .order_by(DeleteRequest.id)
                )
            ]

    def confirm(self, request_id: int, operator_id: int | None) -> None:
        """Erase the member (the privacy service audits the erasure with who did it)."""
        with self.db.read() as s:
            req = s.get(DeleteRequest, request_id)
            if req is None or req.confirmed_at is not None or req.dismissed_at is not None:
                raise KeyError(request_id)
            m = s.get(Member, req.member_id)
            name = m.display_name if m is not None else ""
            member_id = req.member_id
        self.privacy.erase(member_id, name, operator_id=operator_id)
        with self.db.write() as s:
            req = s.get(DeleteRequest, request_id)
            assert req is not None
            req.confirmed_at = datetime.now(UTC)
            req.confirmed_by = operator_id
            audit(s, "erasure_request_confirmed", "member", member_id, operator_id)

    def dismiss(self, request_id: int, operator_id: int | None) -> None:
        with self.db.write() as s:
            req = s.get(DeleteRequest, request_id)
            if req is None:
                raise KeyError(request_id)
            req.dismissed_at = datetime.now(UTC)
            audit(s, "erasure_request_dismissed", "member", req.member_id, operator_id)
