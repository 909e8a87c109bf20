"""Member import data passed between reading, checking and writing, and its progress/cancel
plumbing (the read table, the plan, the result, the errors)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.domain.members.csv_rows import ImportField, MemberRecord, Problem

CHUNK = 5000  # rows per bulk statement; also how often progress and cancel are checked

Progress = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]


class ImportCancelled(Exception):
    """Raised inside the import when the user cancels; the transaction is rolled back."""


class ImportFileError(ValueError):
    """The file cannot be read as a table (not CSV/xlsx, empty, damaged)."""


class DuplicatePolicy(StrEnum):
    MERGE = "merge"  # fill the existing member's empty fields, add contacts, tags, groups
    SKIP = "skip"  # leave the existing member as it is


class RowAction(StrEnum):
    NEW = "new"
    MERGE = "merge"
    SKIP = "skip"
    BAD = "bad"


@dataclass
class SourceTable:
    path: Path
    headers: list[str]
    rows: list[list[Any]]  # data rows as cells (text from CSV; text/number/date from xlsx)
    lines: list[int]  # the file line (CSV) or sheet row (xlsx) of each data row
    encoding: str | None  # CSV only
    sheet: str | None = None  # xlsx only


@dataclass(frozen=True)
class BadRow:
    line: int
    cells: list[str]
    problems: list[Problem]

    def reason(self) -> str:
        return "; ".join(p.text() for p in self.problems)


@dataclass(frozen=True)
class PreviewRow:
    line: int
    action: RowAction
    cells: list[str]
    problems: list[Problem]


@dataclass
class ImportPlan:
    table: SourceTable
    mapping: list[ImportField | None]
    policy: DuplicatePolicy
    default_group: str
    records: list[MemberRecord]
    bad: list[BadRow]
    actions: dict[RowAction, int] = field(default_factory=dict)
    preview: list[PreviewRow] = field(default_factory=list)
    # What duplicates were decided against, so ``apply`` can tell whether to decide again.
    existing: dict[tuple[str, str], int] | None = None
    decisions: list[tuple[RowAction, int]] = field(default_factory=list)

    @property
    def bad_count(self) -> int:
        return len(self.bad)


@dataclass(frozen=True)
class ImportResult:
    imported: int  # new members
    merged: int  # rows merged into an existing member (or an earlier row of the file)
    skipped: int  # duplicates left alone
    bad: int
    new_member_ids: tuple[int, ...] = ()


def tick(progress: Progress | None, cancel: CancelCheck | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled
    if progress is not None:
        progress(done, total)
