"""Saving over a newer version: the refusal the compare dialog is built from.

Every versioned row (posts, groups, members, journeys, step templates) carries a
``version`` that each save bumps. A save made from an older copy raises ``EditConflict``
with three copies of each field: the base (what the editor read), theirs (what a teammate
saved since) and mine (what is being saved). Like a three-way merge in git, who changed a
field decides what happens to it:

- changed only by the teammate: theirs is kept (saving mine must not revert their work);
- changed only by me: mine is kept;
- changed by both, to different values: a real conflict, the operator chooses;
- changed by neither, or by both to the same value: nothing to decide.

Without a base (a caller that kept no copy of what it read) nobody can tell who changed a
field, so every difference is left to the operator, with mine offered first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm.exc import StaleDataError


class Changed(StrEnum):
    """Who changed a field since the base copy was read."""

    THEIRS = "theirs"  # only the teammate: their value is kept
    MINE = "mine"  # only this operator: mine is kept
    BOTH = "both"  # both, differently: the operator must choose


def who_changed(base: object, theirs: object, mine: object) -> Changed | None:
    """The three-way rule for one field; None when theirs and mine agree (nothing to do)."""
    if theirs == mine:
        return None
    if theirs == base:
        return Changed.MINE
    if mine == base:
        return Changed.THEIRS
    return Changed.BOTH


@dataclass(frozen=True)
class FieldDiff:
    """One field in the three copies. The values are the field's own (enums, dates, lists),
    so the UI shows them with the labels it shows everywhere else."""

    name: str  # the field's key (e.g. "title"); the UI shows its own label for it
    theirs: Any
    mine: Any
    base: Any = None
    changed: Changed | None = None  # None: no base known, or nothing differs

    @property
    def differs(self) -> bool:
        return self.theirs != self.mine

    @property
    def needs_choice(self) -> bool:
        """The operator must decide: both changed it, or nobody knows who did."""
        return self.differs and self.changed in (Changed.BOTH, None)


@dataclass
class EditConflict(Exception):
    """Someone saved this row after the copy being saved was read."""

    table: str
    row_id: int
    their_version: int
    fields: list[FieldDiff] = field(default_factory=list)
    theirs: Any = None  # the stored copy, as the saving service's draft type
    mine: Any = None  # the copy that was being saved
    base: Any = None  # the copy the editor read, when it kept one

    def __post_init__(self) -> None:
        super().__init__(f"{self.table} {self.row_id} changed (now version {self.their_version})")

    @property
    def who(self) -> str:
        """The teammate who saved their copy ("" when nobody is named: solo mode, the
        worker, or a row last saved before names were kept)."""
        return getattr(self.theirs, "saved_by", None) or ""

    @property
    def differing(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.differs]

    @property
    def conflicting(self) -> list[FieldDiff]:
        """The fields the operator must choose for (both changed them, or no base)."""
        return [f for f in self.differing if f.needs_choice]

    @property
    def needs_choice(self) -> bool:
        return bool(self.conflicting)

    @property
    def theirs_only(self) -> list[str]:
        """The teammate's changes a merge keeps."""
        return [f.name for f in self.differing if f.changed is Changed.THEIRS]

    def keep_mine(self) -> set[str]:
        """The fields "keep mine" takes from my copy: every difference except the fields
        only the teammate changed, which keep their value."""
        return {f.name for f in self.differing if f.changed is not Changed.THEIRS}


def is_stale(exc: BaseException) -> bool:
    """A concurrent save won the race inside the database (the ORM's version check)."""
    return isinstance(exc, StaleDataError)


__all__ = ["Changed", "EditConflict", "FieldDiff", "is_stale", "who_changed"]
