"""Import row rules: encodings, header guessing, dates, problems."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.members.csv_rows import (
    ImportField,
    MemberRecord,
    RowProblem,
    check_row,
    detect_encoding,
    guess_mapping,
    parse_date,
)


def test_detect_encoding() -> None:
    text = "姓名,邮箱\n张三,zs@example.com\n"
    assert detect_encoding(b"\xef\xbb\xbf" + text.encode()) == "utf-8-sig"
    assert detect_encoding(text.encode()) == "utf-8"
    assert detect_encoding(text.encode("gbk")) == "gb18030"
    assert detect_encoding("𠀀 rare".encode("gb18030")) == "gb18030"
    assert detect_encoding(b"name,email\n") == "utf-8"


def test_guess_mapping_chinese_and_english_headers() -> None:
    headers = ["姓名", "手机号", "E-mail", "微信号", "兴趣", "出生日期", "群名", "x"]
    assert guess_mapping(headers) == [
        ImportField.NAME,
        ImportField.PHONE,
        ImportField.EMAIL,
        ImportField.WECHAT,
        ImportField.TAGS,
        ImportField.BIRTHDAY,
        ImportField.GROUP,
        None,
    ]
    # The second "name"-like column is ignored rather than fighting the first.
    assert guess_mapping(["昵称", "姓名"]) == [ImportField.NAME, None]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1990-05-17", date(1990, 5, 17)),
        ("1990/5/7", date(1990, 5, 7)),
        ("1990年5月7日", date(1990, 5, 7)),
        ("19900507", date(1990, 5, 7)),
        ("1990-05-17 00:00:00", date(1990, 5, 17)),
        (datetime(1990, 5, 17, 0, 0), date(1990, 5, 17)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["1990-13-01", "昨天", "31/31/1990"])
def test_parse_date_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


def test_check_row_lists_every_problem() -> None:
    mapping = [ImportField.NAME, ImportField.EMAIL, ImportField.BIRTHDAY, ImportField.GROUP]
    result = check_row(7, ["", "bad@", "1990-02-30", "无此群"], mapping, {"拾光群"})
    assert isinstance(result, list)
    assert [p.code for p in result] == [
        RowProblem.MISSING_NAME,
        RowProblem.BAD_EMAIL,
        RowProblem.BAD_DATE,
        RowProblem.UNKNOWN_GROUP,
    ]


def test_check_row_normalises() -> None:
    mapping = [ImportField.NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.TAGS]
    rec = check_row(2, [" 张三 ", "ZS@Example.COM", "138-0013-8000", "咖啡；拉花,咖啡"], mapping)
    assert isinstance(rec, MemberRecord)
    assert (rec.name, rec.email, rec.phone, rec.tags) == (
        "张三",
        "zs@example.com",
        "13800138000",
        ["咖啡", "拉花"],
    )
    assert rec.identity_keys() == [("email", "zs@example.com"), ("phone", "13800138000")]
    # Excel stores a phone number as a float.
    rec2 = check_row(3, ["李四", "", 13800138000.0, ""], mapping)
    assert isinstance(rec2, MemberRecord) and rec2.phone == "13800138000"
