"""Member import rules (M6), free of files, Qt and SQL.

Encoding detection for CSV exported by Excel on Chinese Windows (GBK/GB18030) or saved as
UTF-8 with or without a BOM; guessing which file column holds which member field from
Chinese or English headers; checking one row and saying exactly why it is refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.members.contacts import (
    is_valid_email,
    normalize_email,
    phone_e164,
)

UTF8_BOM = b"\xef\xbb\xbf"


def detect_encoding(raw: bytes) -> str:
    """``utf-8-sig`` for a BOM, ``utf-8`` when the bytes decode as such, else ``gb18030``.

    GB18030 is a superset of GBK and GB2312, so it reads what Excel writes on Chinese
    Windows ("CSV (逗号分隔)"); nearly no GBK text of any length is also valid UTF-8.
    """
    if raw.startswith(UTF8_BOM):
        return "utf-8-sig"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A big file read in part may end inside a character: only the tail may fail.
        if exc.start < len(raw) - 3:
            return "gb18030"
    return "utf-8"


class ImportField(StrEnum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    WECHAT = "wechat"
    TAGS = "tags"
    BIRTHDAY = "birthday"
    SOURCE = "source"
    NOTES = "notes"
    GROUP = "group"


# Header words seen in real member lists; compared after removing spaces and case.
_SYNONYMS: dict[ImportField, tuple[str, ...]] = {
    ImportField.NAME: ("name", "姓名", "昵称", "名字", "用户名", "成员", "会员", "displayname"),
    ImportField.EMAIL: ("email", "e-mail", "mail", "邮箱", "电子邮箱", "电子邮件", "邮件"),
    ImportField.PHONE: ("phone", "mobile", "tel", "手机", "手机号", "电话", "手机号码", "联系电话"),
    ImportField.WECHAT: ("wechat", "weixin", "wechatid", "微信", "微信号", "微信id"),
    ImportField.TAGS: ("tags", "tag", "interests", "标签", "兴趣", "兴趣标签"),
    ImportField.BIRTHDAY: ("birthday", "birthdate", "dob", "生日", "出生日期"),
    ImportField.SOURCE: ("source", "来源", "渠道", "来源渠道"),
    ImportField.NOTES: ("notes", "note", "remark", "备注", "说明"),
    ImportField.GROUP: ("group", "群", "群组", "群名", "群名称", "社群", "所在群"),
}


def _norm_header(text: str) -> str:
    return re.sub(r"[\s_:：()（）*]+", "", text).casefold()


def field_for_header(header: str) -> ImportField | None:
    key = _norm_header(header)
    if not key:
        return None
    for fld, words in _SYNONYMS.items():
        if key in words:
            return fld
    return None


def guess_mapping(headers: Sequence[str]) -> list[ImportField | None]:
    """One field (or None: ignore the column) per column; a field is used once at most."""
    used: set[ImportField] = set()
    result: list[ImportField | None] = []
    for h in headers:
        fld = field_for_header(h)
        if fld is not None and fld in used:
            fld = None
        if fld is not None:
            used.add(fld)
        result.append(fld)
    return result


def header_score(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if field_for_header(c) is not None)


class RowProblem(StrEnum):
    MISSING_NAME = "missing_name"
    BAD_EMAIL = "bad_email"
    BAD_PHONE = "bad_phone"
    BAD_DATE = "bad_date"
    UNKNOWN_GROUP = "unknown_group"


# English reasons for the CLI and the saved report; the UI shows translated ones.
PROBLEM_TEXT: dict[RowProblem, str] = {
    RowProblem.MISSING_NAME: "name is empty",
    RowProblem.BAD_EMAIL: "not a valid email address",
    RowProblem.BAD_PHONE: "not a valid phone number",
    RowProblem.BAD_DATE: "not a date (use YYYY-MM-DD)",
    RowProblem.UNKNOWN_GROUP: "no group of that name",
}


@dataclass(frozen=True, slots=True)
class Problem:
    code: RowProblem
    value: str  # the offending cell, so the operator sees what to fix

    def text(self) -> str:
        base = PROBLEM_TEXT[self.code]
        return f"{base}: {self.value}" if self.value else base


@dataclass(slots=True)
class MemberRecord:
    """A good row, normalised: what the import writes."""

    line: int  # 1-based line/row number in the file, for messages
    name: str
    email: str = ""
    phone: str = ""
    wechat: str = ""
    tags: list[str] = field(default_factory=list)
    birthday: date | None = None
    source: str = ""
    notes: str = ""
    group: str = ""

    def identity_keys(self) -> list[tuple[str, str]]:
        """The (channel, address) pairs that identify the same person (duplicates)."""
        out: list[tuple[str, str]] = []
        if self.email:
            out.append(("email", self.email))
        if self.phone:
            out.append(("phone", self.phone))
        if self.wechat:
            out.append(("wechat", self.wechat))
        return out


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%d.%m.%Y")
_CN_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")


def parse_date(value: object) -> date | None:
    """A date from a cell: Excel gives datetime objects, CSV gives text. Raises ValueError."""
    if value is None or value == "":
        return None
    if type(value) is str and len(value) == 10:
        try:
            return date.fromisoformat(value)  # the common "1990-05-17", in C
        except ValueError:
            pass
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    text = text.split(" ")[0] if re.match(r"^\d{4}[-/.]\d", text) else text
    m = _CN_DATE.match(text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def cell_text(value: object) -> str:
    """A cell as text; Excel stores phone numbers as numbers (13800138000.0)."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


class RowChecker:
    """Checks rows against one column mapping; the per-column lookups are done once."""

    def __init__(
        self,
        mapping: Sequence[ImportField | None],
        known_groups: set[str] | None = None,
        default_group: str = "",
    ) -> None:
        col = {fld: i for i, fld in enumerate(mapping) if fld is not None}
        # Column index per field, -1 when unmapped; rows are padded to ``_width`` so every
        # index is valid. Imports call ``check`` 100,000 times: lookups are done here once.
        self._idx = tuple(col.get(f, -1) for f in _FIELD_ORDER)
        self._width = max(col.values(), default=-1) + 1
        self._known = known_groups
        self._default_group = default_group

    def check(self, line: int, cells: Sequence[object]) -> MemberRecord | list[Problem]:
        """The normalised record, or every problem of the row (all at once, to fix in one go)."""
        if len(cells) < self._width:
            cells = [*cells, *([None] * (self._width - len(cells)))]
        i_name, i_email, i_phone, i_wechat, i_tags, i_bday, i_source, i_notes, i_group = self._idx
        problems: list[Problem] = []
        name = cell_text(cells[i_name]) if i_name >= 0 else ""
        if not name:
            problems.append(Problem(RowProblem.MISSING_NAME, ""))
        email = cell_text(cells[i_email]) if i_email >= 0 else ""
        if email and not is_valid_email(email):
            problems.append(Problem(RowProblem.BAD_EMAIL, email))
        phone = cell_text(cells[i_phone]) if i_phone >= 0 else ""
        e164 = phone_e164(phone) if phone else ""  # parsed once: checked and stored
        if e164 is None:
            problems.append(Problem(RowProblem.BAD_PHONE, phone))
        birthday: date | None = None
        if i_bday >= 0:
            try:
                birthday = parse_date(cells[i_bday])
            except ValueError:
                problems.append(Problem(RowProblem.BAD_DATE, cell_text(cells[i_bday])))
        group = (cell_text(cells[i_group]) if i_group >= 0 else "") or self._default_group
        if group and self._known is not None and group not in self._known:
            problems.append(Problem(RowProblem.UNKNOWN_GROUP, group))
        if problems:
            return problems
        tags = cell_text(cells[i_tags]) if i_tags >= 0 else ""
        return MemberRecord(
            line,
            name[:80],
            normalize_email(email) if email else "",
            e164 or "",
            cell_text(cells[i_wechat])[:255] if i_wechat >= 0 else "",
            fast_split_tags(tags) if tags else [],
            birthday,
            cell_text(cells[i_source])[:80] if i_source >= 0 else "",
            cell_text(cells[i_notes]) if i_notes >= 0 else "",
            group,
        )


_FIELD_ORDER = (
    ImportField.NAME,
    ImportField.EMAIL,
    ImportField.PHONE,
    ImportField.WECHAT,
    ImportField.TAGS,
    ImportField.BIRTHDAY,
    ImportField.SOURCE,
    ImportField.NOTES,
    ImportField.GROUP,
)
_TAG_SEPARATORS = re.compile(r"[,，;；、\n]+")


def fast_split_tags(text: str) -> list[str]:
    """contacts.split_tags with a precompiled stdlib pattern: imports call it per row."""
    seen: dict[str, None] = {}
    for part in _TAG_SEPARATORS.split(text):
        tag = part.strip()[:40]
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


def check_row(
    line: int,
    cells: Sequence[object],
    mapping: Sequence[ImportField | None],
    known_groups: set[str] | None = None,
    default_group: str = "",
) -> MemberRecord | list[Problem]:
    """One row on its own (RowChecker does the same for many rows, faster)."""
    return RowChecker(mapping, known_groups, default_group).check(line, cells)
