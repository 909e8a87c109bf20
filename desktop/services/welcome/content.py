"""What a welcome step's variables are filled with for one member and group (W2, W5, G6).

Recommendations come from the materials archive and the activities on the calendar: an
item's tags are its own tags plus any workspace interest its title mentions. The member's
interests are their tags; their history is what they wrote to us and the posts they got.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import ContentType, DeliveryStatus, MessageDirection
from desktop.domain.welcome.recommendations import (
    Item,
    ItemKind,
    Recommendation,
    as_text,
    recommend,
)
from desktop.services.groups.join_link import join_link
from desktop.store.models import (
    Conversation,
    Delivery,
    Group,
    Material,
    Member,
    Message,
    Operator,
    Post,
    Tag,
    WorkspaceSettings,
    member_tags,
)

UNSUBSCRIBE_HINT = "如不想再收到欢迎消息，回复“退订”即可。"
CATALOGUE_LIMIT = 300
HISTORY_MESSAGES = 50


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    purpose: str
    rules: str
    announcement: str
    welcome_message: str
    join_link: str
    channel_account_id: int | None
    external_id: str | None


def group_info(s: Session, group_id: int) -> GroupInfo | None:
    g = s.get(Group, group_id)
    if g is None:
        return None
    link = join_link(s, g)
    return GroupInfo(
        g.id,
        g.name,
        g.purpose,
        g.rules or "",
        g.announcement or "",
        g.welcome_message or "",
        link,
        g.channel_account_id,
        g.external_id,
    )


def workspace_interests(s: Session) -> list[str]:
    ws = s.get(WorkspaceSettings, 1)
    return list(ws.interests or []) if ws else []


def _tags_from(title: str, interests: list[str]) -> tuple[str, ...]:
    return tuple(i for i in interests if i and i in title)


def catalogue(s: Session, now: datetime, interests: list[str]) -> list[Item]:
    items: list[Item] = []
    rank = 0
    for m in s.scalars(select(Material).order_by(Material.id.desc()).limit(CATALOGUE_LIMIT)):
        tags = tuple(dict.fromkeys([*(m.tags or []), *_tags_from(m.title + m.body, interests)]))
        items.append(Item(m.id, m.title, ItemKind.CONTENT, tags, rank))
        rank += 1
    for p in s.scalars(
        select(Post)
        .where(
            Post.content_type == ContentType.ACTIVITY,
            Post.deleted_at.is_(None),
            Post.scheduled_at >= now,
        )
        .order_by(Post.scheduled_at)
        .limit(CATALOGUE_LIMIT)
    ):
        # Offset activity ids so they never collide with material ids in "seen".
        items.append(
            Item(1_000_000 + p.id, p.title, ItemKind.ACTIVITY, _tags_from(p.title, interests), rank)
        )
        rank += 1
    return items


def member_interests(s: Session, member_id: int) -> list[str]:
    return list(
        s.scalars(
            select(Tag.name)
            .join(member_tags, member_tags.c.tag_id == Tag.id)
            .where(member_tags.c.member_id == member_id)
            .order_by(Tag.name)
        )
    )


def history_tags(s: Session, member_id: int, interests: list[str]) -> tuple[list[str], set[int]]:
    tags: list[str] = []
    texts = s.scalars(
        select(Message.body_text)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.member_id == member_id, Message.direction == MessageDirection.INBOUND)
        .order_by(Message.id.desc())
        .limit(HISTORY_MESSAGES)
    )
    for text in texts:
        tags.extend(_tags_from(text or "", interests))
    seen: set[int] = set()
    for post_id, title in s.execute(
        select(Post.id, Post.title)
        .join(Delivery, Delivery.post_id == Post.id)
        .where(Delivery.member_id == member_id, Delivery.status == DeliveryStatus.SENT)
        .limit(HISTORY_MESSAGES)
    ):
        seen.add(1_000_000 + post_id)
        tags.extend(_tags_from(title, interests))
    return tags, seen


def recommendations_for(s: Session, member_id: int, now: datetime) -> list[Recommendation]:
    interests = workspace_interests(s)
    mine = member_interests(s, member_id)
    past, seen = history_tags(s, member_id, interests)
    return recommend(mine, past, catalogue(s, now, interests), seen=seen)


def recommendation_texts(s: Session, member_ids: Sequence[int], now: datetime) -> dict[int, str]:
    """``{recommendations}`` for many members in a handful of queries (not four each).

    The catalogue is the same for everyone in a pass; interests and history are read for
    all members at once, newest first and capped per member as ``history_tags`` does.
    Newcomers mostly share the same (empty) profile, so equal inputs are scored once.
    """
    interests = workspace_interests(s)
    items = catalogue(s, now, interests)
    mine: dict[int, list[str]] = defaultdict(list)
    past: dict[int, list[str]] = defaultdict(list)
    seen: dict[int, set[int]] = defaultdict(set)
    ids = sorted(set(member_ids))
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        for mid, name in s.execute(
            select(member_tags.c.member_id, Tag.name)
            .join(Tag, Tag.id == member_tags.c.tag_id)
            .where(member_tags.c.member_id.in_(chunk))
            .order_by(member_tags.c.member_id, Tag.name)
        ):
            mine[mid].append(name)
        newest = func.row_number().over(
            partition_by=Conversation.member_id, order_by=Message.id.desc()
        )
        texts = (
            select(Conversation.member_id, Message.body_text, newest.label("n"))
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(
                Conversation.member_id.in_(chunk),
                Message.direction == MessageDirection.INBOUND,
            )
            .subquery()
        )
        for mid, text in s.execute(
            select(texts.c.member_id, texts.c.body_text).where(texts.c.n <= HISTORY_MESSAGES)
        ):
            past[mid].extend(_tags_from(text or "", interests))
        sent = func.row_number().over(partition_by=Delivery.member_id, order_by=Delivery.id)
        posts = (
            select(Delivery.member_id, Post.id, Post.title, sent.label("n"))
            .join(Post, Post.id == Delivery.post_id)
            .where(Delivery.member_id.in_(chunk), Delivery.status == DeliveryStatus.SENT)
            .subquery()
        )
        for mid, post_id, title in s.execute(
            select(posts.c.member_id, posts.c.id, posts.c.title).where(
                posts.c.n <= HISTORY_MESSAGES
            )
        ):
            seen[mid].add(1_000_000 + post_id)
            past[mid].extend(_tags_from(title, interests))
    memo: dict[tuple[tuple[str, ...], tuple[str, ...], frozenset[int]], str] = {}
    out: dict[int, str] = {}
    for mid in ids:
        key = (tuple(mine[mid]), tuple(sorted(past[mid])), frozenset(seen[mid]))
        if key not in memo:
            memo[key] = as_text(recommend(key[0], key[1], items, seen=key[2]))
        out[mid] = memo[key]
    return out


def operator_name(s: Session) -> str:
    name = s.scalar(select(Operator.name).where(Operator.active.is_(True)).limit(1))
    return name or "运营同学"


def base_values(s: Session, group: GroupInfo | None, operator: str | None = None) -> dict[str, str]:
    """Everything but the member-specific values (name, code, recommendations)."""
    operator = operator if operator is not None else operator_name(s)
    return {
        "group": group.name if group else "",
        "rules": group.rules if group else "",
        "positioning": group.purpose if group else "",
        "announcement": group.announcement if group else "",
        "join_link": group.join_link if group else "",
        "operator": operator,
    }


def member_values(s: Session, member_id: int, now: datetime, *, with_recs: bool) -> dict[str, str]:
    member = s.get(Member, member_id)
    values = {"date": now.date().isoformat()}
    if member is not None:
        values["name"] = member.display_name
    if with_recs:
        values["recommendations"] = as_text(recommendations_for(s, member_id, now))
    return values
