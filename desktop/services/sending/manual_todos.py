"""What the "to post now" list needs: manual deliveries with their full text, where to
post them and the post's image, and the teammates who can mark them posted."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desktop.domain.enums import AttachmentKind, DeliveryStatus
from desktop.domain.templates import TemplateError, render
from desktop.services.sending.file_uris import local_path
from desktop.services.sending.render import AUTO_VARIABLES
from desktop.store.db import Database
from desktop.store.models import Delivery, Group, Operator, PostAttachment

IMAGE_KINDS = (AttachmentKind.IMAGE, AttachmentKind.POSTER)


@dataclass(frozen=True)
class TodoItem:
    id: int
    due_at: datetime
    where: str  # the group's name, or the recipient
    subject: str
    text: str  # the full text to paste
    image_path: Path | None  # the post's first image that exists on disk


def _text(d: Delivery) -> str:
    body = d.body or ""
    if d.template_values is None:
        return body
    values = dict.fromkeys(AUTO_VARIABLES, "") | {k: str(v) for k, v in d.template_values.items()}
    try:
        return render(body, values, strict=False)
    except TemplateError:
        return body


def _local_path(uri: str) -> Path | None:
    path = local_path(uri)  # None for a link: not a file we can put on the clipboard
    return path if path is not None and path.is_file() else None


def todo_items(
    db: Database, limit: int = 200, ids: Collection[int] | None = None
) -> list[TodoItem]:
    """Manual deliveries waiting for a person, oldest first (among ``ids`` when given:
    the rows the live feed said changed)."""
    stmt = (
        select(Delivery, Group.name)
        .outerjoin(Group, Group.id == Delivery.group_id)
        .where(Delivery.status == DeliveryStatus.MANUAL_TODO)
        .order_by(Delivery.due_at, Delivery.id)
        .limit(limit)
    )
    if ids is not None:
        stmt = stmt.where(Delivery.id.in_(sorted(ids)))
    with db.read() as s:
        rows = list(s.execute(stmt))
        post_ids = sorted({d.post_id for d, _ in rows if d.post_id is not None})
        images: dict[int, list[str]] = {}
        if post_ids:
            for post_id, uri in s.execute(
                select(PostAttachment.post_id, PostAttachment.uri)
                .where(
                    PostAttachment.post_id.in_(post_ids),
                    PostAttachment.kind.in_([str(k) for k in IMAGE_KINDS]),
                )
                .order_by(PostAttachment.id)
            ):
                images.setdefault(post_id, []).append(uri)
        items = []
        for d, group_name in rows:
            image = None
            for uri in images.get(d.post_id or 0, []):
                image = _local_path(uri)
                if image is not None:
                    break
            items.append(
                TodoItem(
                    id=d.id,
                    due_at=d.due_at,
                    where=group_name or d.recipient or "",
                    subject=d.subject or "",
                    text=_text(d),
                    image_path=image,
                )
            )
    return items


def active_operators(db: Database) -> list[tuple[int, str]]:
    with db.read() as s:
        return [
            (int(i), str(n))
            for i, n in s.execute(
                select(Operator.id, Operator.name)
                .where(Operator.active.is_(True))
                .order_by(Operator.id)
            )
        ]


def ids_of(items: Sequence[TodoItem]) -> set[int]:
    return {i.id for i in items}
