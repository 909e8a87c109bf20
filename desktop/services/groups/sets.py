"""Saved group sets ("北京全部群"): a calendar view over several groups at once (C1)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop.store.db import Database
from desktop.store.models import Group, GroupSet


@dataclass(frozen=True)
class GroupSetInfo:
    id: int
    name: str
    group_ids: tuple[int, ...]


class GroupSetError(ValueError):
    pass


class GroupSetService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[GroupSetInfo]:
        with self.db.read() as s:
            sets = s.scalars(select(GroupSet).order_by(GroupSet.name)).all()
            return [GroupSetInfo(g.id, g.name, tuple(sorted(x.id for x in g.groups))) for g in sets]

    def get(self, set_id: int) -> GroupSetInfo | None:
        return next((g for g in self.all() if g.id == set_id), None)

    def save(self, name: str, group_ids: Sequence[int], set_id: int | None = None) -> int:
        name = name.strip()
        if not name:
            raise GroupSetError("empty name")
        if not group_ids:
            raise GroupSetError("no groups")
        with self.db.write() as s:
            clash = s.scalar(select(GroupSet.id).where(GroupSet.name == name))
            if clash is not None and clash != set_id:
                raise GroupSetError("name taken")
            row = GroupSet() if set_id is None else s.get(GroupSet, set_id)
            if row is None:
                raise GroupSetError("gone")
            row.name = name[:80]
            row.groups = list(s.scalars(select(Group).where(Group.id.in_(list(group_ids)))))
            s.add(row)
            s.flush()
            return row.id

    def delete(self, set_id: int) -> None:
        with self.db.write() as s:
            row = s.get(GroupSet, set_id)
            if row is not None:
                s.delete(row)
