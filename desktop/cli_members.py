"""``shequn import-members FILE [--group NAME] [--report BAD_ROWS.csv]``: the import
dialog's work without a window (M6). Kept out of cli.py so the member commands grow here.

Prints imported/merged/skipped/bad counts; exits 1 when any row was refused (the good rows
are still imported, in one transaction), 2 when the file or options are unusable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.config import Paths

COMMAND = "import-members"


def add_parsers(subparsers: Any) -> None:
    p = subparsers.add_parser(
        COMMAND, help="import members from a CSV or Excel (.xlsx) file, without a window"
    )
    p.add_argument("file", metavar="FILE", type=Path, help="a .csv (UTF-8 or GBK) or .xlsx file")
    p.add_argument("--group", metavar="NAME", default="", help="add every member to this group")
    p.add_argument(
        "--report", metavar="BAD_ROWS.csv", type=Path, help="write refused rows with reasons"
    )
    p.add_argument(
        "--duplicates",
        choices=("merge", "skip"),
        default="merge",
        help="a row whose email/phone/WeChat id is known: merge into that member or skip it",
    )


def run(args: argparse.Namespace, paths: Paths) -> int | None:
    """The exit code, or None when the command is not one of ours."""
    if getattr(args, "command", None) != COMMAND:
        return None
    from desktop.services.members.import_read import read_table
    from desktop.services.members.import_types import DuplicatePolicy, ImportFileError
    from desktop.services.members.importer import MemberImporter, write_bad_rows
    from desktop.services.workspace.service import open_workspace

    path: Path = args.file
    if not path.is_file():
        print(f"error: no such file: {path}", file=sys.stderr)
        return 2
    opened = open_workspace(paths)
    try:
        importer = MemberImporter(opened.db)
        if args.group and args.group not in importer.group_names():
            print(f"error: no group named {args.group!r}", file=sys.stderr)
            return 2
        try:
            table = read_table(path)
        except (ImportFileError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        plan = importer.plan(
            table,
            policy=DuplicatePolicy(args.duplicates),
            default_group=args.group,
            release_rows=True,
        )
        result = importer.apply(plan)
        if table.encoding:
            print(f"encoding: {table.encoding}")
        print(f"imported: {result.imported}")
        print(f"merged: {result.merged}")
        print(f"skipped: {result.skipped}")
        print(f"bad: {result.bad}")
        for row in plan.bad[:20]:
            print(f"  line {row.line}: {row.reason()}", file=sys.stderr)
        if len(plan.bad) > 20:
            print(f"  … and {len(plan.bad) - 20} more", file=sys.stderr)
        if args.report is not None:
            write_bad_rows(plan, args.report)
            print(f"report: {args.report}")
    finally:
        opened.db.dispose()
    return 1 if result.bad else 0
