"""Load a claimed batch: the rows with everything the send-time rules and renderers need.

One read transaction gathers the members' contacts, consent log, recent sends and chosen
topics, the groups' external ids, the enabled accounts, the post pictures and the workspace's
sending policy, so the sending side never touches the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.calendar.holidays import HolidayOverride
from desktop.domain.enums import (
    AttachmentKind,
    ChannelKind,
    ConsentPurpose,
    ContactChannel,
    DeliveryKind,
    DeliveryStatus,
    DmFrequency,
)
from desktop.domain.sending.accounts import AccountStatus
from desktop.domain.sending.consent import ConsentEvent
from desktop.domain.sending.holidays import HolidayPolicy
from desktop.domain.sending.rules import HISTORY_WINDOW, MemberPrefs, PastSend, SendPolicy
from desktop.services.sending.batch_types import (
    AccountInfo,
    Batch,
    ClaimedItem,
    MemberContext,
    WorkspaceInfo,
)
from desktop.services.sending.file_uris import local_path
from desktop.services.workspace.holidays import load_calendar
from desktop.store.db import Database
from desktop.store.models import (
    ChannelAccount,
    ConsentRecord,
    Delivery,
    Group,
    Member,
    MemberContact,
    MemberPagePrefs,
    MemberPagesSettings,
    PostAttachment,
    WorkspaceSettings,
)

CONTACT_FOR_CHANNEL: dict[ChannelKind, ContactChannel] = {
    ChannelKind.EMAIL: ContactChannel.EMAIL,
    ChannelKind.MATRIX: ContactChannel.MATRIX,
    ChannelKind.TELEGRAM: ContactChannel.TELEGRAM,
    ChannelKind.MANUAL: ContactChannel.WECHAT,
}


def _resolve_recipient(
    d: Delivery,
    contacts: dict[tuple[int, str], str],
    groups: dict[int, str],
    group_names: dict[int, str],
) -> str:
    if d.recipient:
        return d.recipient
    channel = ChannelKind(d.channel)
    if d.member_id is not None and channel in CONTACT_FOR_CHANNEL:
        found = contacts.get((d.member_id, CONTACT_FOR_CHANNEL[channel]), "")
        if found or channel != ChannelKind.MANUAL or d.group_id is None:
            return found
    if d.group_id is not None:
        # A to-do for the team (a welcome step in a WeChat or WeCom customer group, whose
        # member has no WeChat ID here) is done in the group: named by the group.
        if channel == ChannelKind.MANUAL:
            return group_names.get(d.group_id) or groups.get(d.group_id, "")
        return groups.get(d.group_id, "")
    return ""


def _post_images(s: Session, rows: Sequence[Delivery]) -> dict[int, tuple[str, ...]]:
    """Local picture files of the posts behind chat deliveries (a room shows them inline)."""
    post_ids = sorted({d.post_id for d in rows if d.post_id is not None})
    if not post_ids:
        return {}
    out: dict[int, list[str]] = defaultdict(list)
    for post_id, uri in s.execute(
        select(PostAttachment.post_id, PostAttachment.uri)
        .where(
            PostAttachment.post_id.in_(post_ids),
            PostAttachment.kind.in_([AttachmentKind.IMAGE, AttachmentKind.POSTER]),
        )
        .order_by(PostAttachment.id)
    ):
        path = local_path(uri)
        if path is not None and path.is_file():
            out[post_id].append(str(path))
    return {k: tuple(v) for k, v in out.items()}


def load_batch(db: Database, ids: Sequence[int], now: datetime) -> Batch:
    with db.read() as s:
        rows = list(s.scalars(select(Delivery).where(Delivery.id.in_(list(ids)))))
        rows.sort(key=lambda d: (d.next_attempt_at or d.due_at, d.id))
        member_ids = sorted({d.member_id for d in rows if d.member_id is not None})
        group_ids = sorted({d.group_id for d in rows if d.group_id is not None})
        contacts: dict[tuple[int, str], str] = {}
        members: dict[int, MemberContext] = {}
        if member_ids:
            for c in s.scalars(
                select(MemberContact).where(MemberContact.member_id.in_(member_ids))
            ):
                contacts.setdefault((c.member_id, str(c.channel)), c.address)
            consents: dict[int, list[ConsentEvent]] = defaultdict(list)
            for r in s.scalars(
                select(ConsentRecord).where(ConsentRecord.member_id.in_(member_ids))
            ):
                consents[r.member_id].append(
                    ConsentEvent(
                        channel=r.channel,
                        purpose=ConsentPurpose(r.purpose),
                        granted=r.granted,
                        recorded_at=r.recorded_at,
                        source=r.source,
                        seq=r.id,
                    )
                )
            history: dict[int, list[PastSend]] = defaultdict(list)
            for mid, sent_at, purpose in s.execute(
                select(Delivery.member_id, Delivery.sent_at, Delivery.purpose).where(
                    Delivery.member_id.in_(member_ids),
                    Delivery.status == DeliveryStatus.SENT,
                    Delivery.kind != DeliveryKind.POST,
                    Delivery.sent_at >= now - HISTORY_WINDOW,
                )
            ):
                # The query leaves out NULLs; the check narrows the types.
                if mid is not None and sent_at is not None:
                    history[mid].append(PastSend(sent_at, ConsentPurpose(purpose)))
            topics = {
                mid: frozenset(chosen)
                for mid, chosen in s.execute(
                    select(MemberPagePrefs.member_id, MemberPagePrefs.topics).where(
                        MemberPagePrefs.member_id.in_(member_ids),
                        MemberPagePrefs.topics.is_not(None),
                    )
                )
                if chosen is not None
            }
            for m in s.scalars(select(Member).where(Member.id.in_(member_ids))):
                members[m.id] = MemberContext(
                    name=m.display_name,
                    prefs=MemberPrefs(
                        dm_frequency=DmFrequency(m.dm_frequency),
                        timezone=m.timezone,
                        quiet_start=m.quiet_start,
                        quiet_end=m.quiet_end,
                        erased=m.erased_at is not None,
                        topics=topics.get(m.id),
                    ),
                    consents=tuple(consents.get(m.id, ())),
                    history=history.get(m.id, []),
                )
        groups: dict[int, str] = {}
        group_names: dict[int, str] = {}
        if group_ids:
            for gid, ext, name in s.execute(
                select(Group.id, Group.external_id, Group.name).where(Group.id.in_(group_ids))
            ):
                groups[gid] = ext or ""
                group_names[gid] = name
        accounts = {
            a.id: AccountInfo(
                id=a.id,
                kind=ChannelKind(a.kind),
                name=a.name,
                config=dict(a.config or {}),
                secret_ref=a.secret_ref,
                status=_account_status(a.status),
                version=a.updated_at,
            )
            for a in s.scalars(select(ChannelAccount).where(ChannelAccount.enabled.is_(True)))
        }
        defaults: dict[ChannelKind, int] = {}
        for a in sorted(accounts.values(), key=lambda x: x.id):
            defaults.setdefault(a.kind, a.id)
        images = _post_images(
            s, [d for d in rows if d.channel in (ChannelKind.MATRIX, ChannelKind.WEBHOOK)]
        )
        ws = s.get(WorkspaceSettings, 1)
        workspace = _workspace_info(ws, load_calendar(s).overrides)
        pages = s.get(MemberPagesSettings, 1)
        if pages is not None:
            workspace = replace(workspace, pages_base_url=pages.public_base_url or pages.listen_url)
        items = [
            ClaimedItem(
                id=d.id,
                key=d.idempotency_key,
                kind=DeliveryKind(d.kind),
                channel=ChannelKind(d.channel),
                account_id=d.channel_account_id,
                purpose=ConsentPurpose(d.purpose),
                member_id=d.member_id,
                recipient=_resolve_recipient(d, contacts, groups, group_names),
                subject=d.subject,
                body=d.body,
                body_html=d.body_html,
                template_values=(
                    dict(d.template_values) if d.template_values is not None else None
                ),
                attempts=d.attempts,
                last_error=d.last_error,
                in_reply_to=d.in_reply_to,
                references=d.references,
                attachments=images.get(d.post_id, ()) if d.post_id is not None else (),
                reply=d.kind == DeliveryKind.DM and d.conversation_id is not None,
                topic=d.topic,
            )
            for d in rows
        ]
    return Batch(items, members, accounts, defaults, workspace)


def _account_status(value: str) -> AccountStatus:
    try:
        return AccountStatus(value)
    except ValueError:
        return AccountStatus.UNKNOWN


def _workspace_info(
    ws: WorkspaceSettings | None, overrides: tuple[HolidayOverride, ...] = ()
) -> WorkspaceInfo:
    if ws is None:
        return WorkspaceInfo("", "", SendPolicy(), None)
    try:
        holiday = HolidayPolicy(ws.holiday_policy)
    except ValueError:
        holiday = HolidayPolicy.ALLOW
    policy = SendPolicy(
        timezone=ws.timezone,
        quiet_start=ws.quiet_start,
        quiet_end=ws.quiet_end,
        daily_cap=ws.daily_cap_per_member if ws.daily_cap_per_member > 0 else None,
        holiday_policy=holiday,
        holiday_country=ws.holiday_country,
        holiday_overrides=overrides,
    )
    return WorkspaceInfo(ws.name, ws.brand_keyword, policy, ws.unsubscribe_url)
