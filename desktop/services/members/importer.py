"""Member import from CSV or Excel (M6): check rows into a plan, then write it in one transaction.

Checking (``plan``) touches no table; ``apply`` writes every good row in ONE transaction
with bulk inserts, so an error or a cancel leaves nothing behind. Both take a progress
callback and a cancel check, so the UI runs them on a worker thread and the CLI runs them
inline. Reading the file is ``member_import_read``, the bulk write ``member_import_write``,
the data passed between them ``member_import_types``.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.members.csv_rows import (
    ImportField,
    MemberRecord,
    Problem,
    RowChecker,
    cell_text,
    guess_mapping,
)
from desktop.services.members.import_types import (
    CHUNK,
    BadRow,
    CancelCheck,
    DuplicatePolicy,
    ImportCancelled,
    ImportPlan,
    ImportResult,
    PreviewRow,
    Progress,
    RowAction,
    SourceTable,
    tick,
)
from desktop.services.members.import_write import (
    add_contacts,
    add_memberships,
    add_tags,
    insert_new,
    merge_fields,
)
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import Group, MemberContact

PREVIEW_ROWS = 200


class MemberImporter:
    def __init__(self, db: Database) -> None:
        self.db = db

    def group_names(self) -> list[str]:
        with self.db.read() as s:
            return list(s.scalars(select(Group.name).order_by(Group.name).distinct()))

    @staticmethod
    def guess_mapping(table: SourceTable) -> list[ImportField | None]:
        return guess_mapping(table.headers)

    def plan(
        self,
        table: SourceTable,
        mapping: Sequence[ImportField | None] | None = None,
        *,
        policy: DuplicatePolicy = DuplicatePolicy.MERGE,
        default_group: str = "",
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
        release_rows: bool = False,
    ) -> ImportPlan:
        """Check every row and decide new / merge / skip against the database as it is now.

        ``release_rows`` drops the file's raw rows once checked (the plan keeps what it
        needs): a headless import never re-plans, and 100,000 rows are ~60 MB.
        """
        mapping = list(mapping) if mapping is not None else guess_mapping(table.headers)
        checker = RowChecker(mapping, set(self.group_names()), default_group.strip())
        records: list[MemberRecord] = []
        bad: list[BadRow] = []
        problems_by_line: dict[int, list[Problem]] = {}
        total = len(table.rows)
        for i, (cells, line) in enumerate(zip(table.rows, table.lines, strict=True)):
            if i % CHUNK == 0:
                tick(progress, cancel, i, total)
            result = checker.check(line, cells)
            if isinstance(result, MemberRecord):
                records.append(result)
            else:
                bad.append(BadRow(line, [cell_text(c) for c in cells], result))
                if len(problems_by_line) < PREVIEW_ROWS:
                    problems_by_line[line] = result
        with self.db.read() as s:
            existing = _existing_contacts(s)
        decisions = _classify(records, existing, policy)
        counts = {a: 0 for a in RowAction}
        for action, _target in decisions:
            counts[action] += 1
        counts[RowAction.BAD] = len(bad)
        plan = ImportPlan(table, mapping, policy, default_group.strip(), records, bad, counts)
        plan.existing = existing
        plan.decisions = decisions
        by_line = {r.line: d[0] for r, d in zip(records, decisions, strict=True)}
        for cells, line in zip(table.rows[:PREVIEW_ROWS], table.lines, strict=False):
            action = by_line.get(line, RowAction.BAD)
            plan.preview.append(
                PreviewRow(
                    line, action, [cell_text(c) for c in cells], problems_by_line.get(line, [])
                )
            )
        tick(progress, cancel, total, total)
        if release_rows:
            table.rows = []
            table.lines = []
        return plan

    # -- writing -----------------------------------------------------------------------------

    def apply(
        self,
        plan: ImportPlan,
        *,
        operator_id: int | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> ImportResult:
        """Write the plan's good rows in one transaction; a cancel or error writes nothing.

        Duplicates are decided again inside the transaction (under the write lock), so a
        member added since the preview is merged, not duplicated or refused.
        """
        records = plan.records
        total = len(records)
        with self.db.write() as s:
            existing = _existing_contacts(s)
            # Unchanged contacts since the preview → the preview's decisions still hold.
            if plan.existing is not None and existing == plan.existing:
                decisions = plan.decisions
            else:
                decisions = _classify(records, existing, plan.policy)
            groups = {
                name: gid
                for gid, name in s.execute(select(Group.id, Group.name).order_by(Group.id.desc()))
            }
            now = utcnow()
            tick(progress, cancel, 0, total)
            new_ids = insert_new(s, records, decisions, now, self.db.is_sqlite, progress, cancel)
            # Rows merged into an earlier row of the same file point at that row's new id.
            targets: list[int | None] = []
            for (action, target), rec in zip(decisions, records, strict=True):
                if action == RowAction.NEW:
                    targets.append(new_ids[rec.line])
                elif action == RowAction.MERGE:
                    targets.append(target if target > 0 else new_ids[-target])
                else:
                    targets.append(None)
            merge_fields(s, records, decisions, targets, now)
            add_contacts(s, records, decisions, targets, existing)
            add_tags(s, records, targets)
            add_memberships(s, records, targets, groups, now)
            if cancel is not None and cancel():
                raise ImportCancelled
            counts = {a: 0 for a in RowAction}
            for action, _t in decisions:
                counts[action] += 1
            result = ImportResult(
                imported=counts[RowAction.NEW],
                merged=counts[RowAction.MERGE],
                skipped=counts[RowAction.SKIP],
                bad=len(plan.bad),
                new_member_ids=tuple(new_ids[r.line] for r in records if r.line in new_ids),
            )
            # The file name and counts only: no personal data in the audit log.
            detail = {
                "file": plan.table.path.name,
                "imported": result.imported,
                "merged": result.merged,
                "skipped": result.skipped,
                "bad": result.bad,
            }
            audit(s, "import_members", "member", None, operator_id, detail)
        tick(progress, None, total, total)
        return result


def write_bad_rows(plan: ImportPlan, path: Path) -> int:
    """The refused rows with their reasons, as a CSV Excel opens correctly (UTF-8 + BOM)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["line", "reason", *plan.table.headers])
        for row in plan.bad:
            w.writerow([row.line, row.reason(), *row.cells])
    return len(plan.bad)


def _existing_contacts(s: Session) -> dict[tuple[str, str], int]:
    return {
        (str(ch), addr): mid
        for ch, addr, mid in s.execute(
            select(MemberContact.channel, MemberContact.address, MemberContact.member_id)
        )
    }


_NEW = (RowAction.NEW, 0)  # shared: one tuple for 100,000 new rows, not 100,000 tuples


def _classify(
    records: Sequence[MemberRecord],
    existing: dict[tuple[str, str], int],
    policy: DuplicatePolicy,
) -> list[tuple[RowAction, int]]:
    """Per record: (action, target). A positive target is an existing member id; a
    negative one is minus the file line of an earlier new row the record duplicates."""
    seen: dict[tuple[str, str], int] = {}  # key → line of the new row that claimed it
    known: dict[tuple[str, str], int] = {}  # key → existing member, learnt from this file
    out: list[tuple[RowAction, int]] = []
    merge_action = RowAction.SKIP if policy == DuplicatePolicy.SKIP else RowAction.MERGE
    for rec in records:
        keys = rec.identity_keys()
        target = 0
        if existing or known:
            for k in keys:
                t = existing.get(k) or known.get(k)
                if t:
                    target = t
                    break
        if not target:
            for k in keys:
                line = seen.get(k)
                if line:
                    target = -line
                    break
        if target == 0:
            out.append(_NEW)
            for k in keys:
                seen.setdefault(k, rec.line)
            continue
        # The row's other addresses now lead to the same person, for the rows after it.
        for k in keys:
            if target < 0:
                seen.setdefault(k, -target)
            elif k not in existing:
                known[k] = target
        out.append((merge_action, target))
    return out
