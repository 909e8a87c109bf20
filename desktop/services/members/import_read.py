"""Reading a member list file (CSV in any common encoding, or xlsx) into a ``SourceTable``:
delimiter sniffing, merged Excel cells, and finding the header row below title rows."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from desktop.domain.members.csv_rows import cell_text, detect_encoding, header_score
from desktop.services.members.import_types import CancelCheck, ImportFileError, SourceTable

HEADER_SEARCH_ROWS = 10  # title rows above the header are common in Excel lists


def read_table(path: Path, cancel: CancelCheck | None = None) -> SourceTable:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv", ""):
        return _read_csv(path)
    raise ImportFileError(f"unsupported file type {suffix!r}: use .csv or .xlsx")


def _read_csv(path: Path) -> SourceTable:
    raw = path.read_bytes()
    if not raw.strip():
        raise ImportFileError("the file is empty")
    encoding = detect_encoding(raw)
    sample = raw[:20000].decode(encoding, errors="ignore")
    del raw  # the rows are read from the file again, not from a second copy in memory
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Any]] = []
    lines: list[int] = []
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        reader = csv.reader(fh, dialect)
        for record in reader:
            rows.append(record)
            lines.append(reader.line_num)
    return _split_header(path, rows, lines, encoding, None)


def _read_xlsx(path: Path) -> SourceTable:
    import openpyxl  # loaded only for Excel files: it is a large import

    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(f"cannot read the workbook: {exc}") from exc
    ws = wb.active
    if ws is None:
        raise ImportFileError("the workbook has no sheet")
    # A merged cell keeps its value in the top-left cell only. Copy it into the whole range
    # so a header merged over two rows, or a group name merged over many member rows, is
    # seen by every column and row it covers.
    fills: dict[tuple[int, int], Any] = {}
    for merged in list(ws.merged_cells.ranges):
        value = ws.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                fills[(r, c)] = value
    rows: list[list[Any]] = []
    lines: list[int] = []
    for r_idx, row in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = list(row)
        if fills:
            for c_idx in range(len(cells)):
                if (r_idx, c_idx + 1) in fills:
                    cells[c_idx] = fills[(r_idx, c_idx + 1)]
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        rows.append(cells)
        lines.append(r_idx)
    title = ws.title
    wb.close()
    return _split_header(path, rows, lines, None, title)


def _split_header(
    path: Path,
    rows: list[list[Any]],
    lines: list[int],
    encoding: str | None,
    sheet: str | None,
) -> SourceTable:
    if not rows:
        raise ImportFileError("the file has no rows")
    # The header is the row (among the first few) naming the most known fields; title rows
    # ("2024 会员名单") and group headers merged above it score lower.
    best, best_score = 0, -1
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = header_score([cell_text(c) for c in row])
        if score > best_score:
            best, best_score = i, score
    headers = [cell_text(c) for c in rows[best]]
    width = max(len(headers), *(len(r) for r in rows[best + 1 : best + 50]), 0)
    headers += [""] * (width - len(headers))
    headers = [h or f"#{i + 1}" for i, h in enumerate(headers)]
    return SourceTable(path, headers, rows[best + 1 :], lines[best + 1 :], encoding, sheet)
