"""The left panel of the calendar: backlog drafts and the materials archive (G9)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.domain.enums import ContentType, MaterialKind, PostStatus
from desktop.store.db import Database
from desktop.store.models import Material, Post

LIMIT = 500


@dataclass(frozen=True)
class BacklogItem:
    id: int
    title: str
    content_type: ContentType
    preview: str


@dataclass(frozen=True)
class MaterialItem:
    id: int
    title: str
    kind: MaterialKind
    preview: str
    file_path: str | None
    tags: tuple[str, ...]


def _like(text: str) -> str:
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _preview(body: str) -> str:
    return " ".join(body.split())[:120]


class MaterialService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def drafts(
        self, search: str = "", content_types: Sequence[ContentType] = ()
    ) -> list[BacklogItem]:
        """Posts in the backlog (no time yet), newest first."""
        stmt = select(Post.id, Post.title, Post.content_type, Post.body).where(
            Post.deleted_at.is_(None), Post.scheduled_at.is_(None), Post.status == PostStatus.DRAFT
        )
        if search.strip():
            like = _like(search)
            stmt = stmt.where(
                or_(Post.title.like(like, escape="\\"), Post.body.like(like, escape="\\"))
            )
        if content_types:
            stmt = stmt.where(Post.content_type.in_([str(t) for t in content_types]))
        with self.db.read() as s:
            rows = s.execute(stmt.order_by(Post.id.desc()).limit(LIMIT)).all()
        return [BacklogItem(i, t, ContentType(c), _preview(b)) for i, t, c, b in rows]

    def materials(self, search: str = "", kinds: Sequence[MaterialKind] = ()) -> list[MaterialItem]:
        stmt = select(Material)
        if search.strip():
            like = _like(search)
            stmt = stmt.where(
                or_(Material.title.like(like, escape="\\"), Material.body.like(like, escape="\\"))
            )
        if kinds:
            stmt = stmt.where(Material.kind.in_([str(k) for k in kinds]))
        with self.db.read() as s:
            rows = s.scalars(stmt.order_by(Material.title, Material.id).limit(LIMIT)).all()
            return [
                MaterialItem(
                    m.id,
                    m.title,
                    MaterialKind(m.kind),
                    _preview(m.body),
                    m.file_path,
                    tuple(m.tags or ()),
                )
                for m in rows
            ]

    def add_material(
        self, kind: MaterialKind, title: str, body: str = "", file_path: str | None = None
    ) -> int:
        if not title.strip():
            raise ValueError("a material needs a title")
        with self.db.write() as s:
            m = Material(kind=kind, title=title.strip()[:200], body=body, file_path=file_path)
            s.add(m)
            s.flush()
            return m.id
