"""Import row rules: encodings, header guessing, dates, problems."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from email_validator import validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.members import contacts
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
        "+8613800138000",
        ["咖啡", "拉花"],
    )
    assert rec.identity_keys() == [("email", "zs@example.com"), ("phone", "+8613800138000")]
    # Excel stores a phone number as a float.
    rec2 = check_row(3, ["李四", "", 13800138000.0, ""], mapping)
    assert isinstance(rec2, MemberRecord) and rec2.phone == "+8613800138000"


def test_email_syntax_is_judged_by_email_validator() -> None:
    mapping = [ImportField.NAME, ImportField.EMAIL]
    bad = check_row(2, ["孙", "sun@example..com"], mapping)
    assert isinstance(bad, list) and bad[0].code == RowProblem.BAD_EMAIL
    for address in ("a@b", "two@@example.com", "sp ace@example.com", ".lead@example.com"):
        assert not isinstance(check_row(2, ["x", address], mapping), MemberRecord), address
    ok = check_row(3, ["钱", "Qian.Li+vip@Example.com"], mapping)
    assert isinstance(ok, MemberRecord) and ok.email == "qian.li+vip@example.com"


def test_phone_numbers_are_one_number_in_e164_whatever_the_writing() -> None:
    mapping = [ImportField.NAME, ImportField.PHONE]
    written = ["138 1234 5678", "+86 138-1234-5678", "(+86)13812345678", "0086 13812345678"]
    for text in written:
        rec = check_row(2, ["周", text], mapping)
        assert isinstance(rec, MemberRecord) and rec.phone == "+8613812345678", text
    landline = check_row(2, ["吴", "010-8888 6666"], mapping)
    assert isinstance(landline, MemberRecord) and landline.phone == "+861088886666"
    abroad = check_row(2, ["Amy", "+1 650-253-0000"], mapping)
    assert isinstance(abroad, MemberRecord) and abroad.phone == "+16502530000"
    for text in ("12345", "138123456789", "14012345678", "电话138"):
        assert not isinstance(check_row(2, ["郑", text], mapping), MemberRecord), text


@settings(max_examples=150)
@given(st.from_regex(re.compile(contacts._PLAIN_EMAIL.pattern), fullmatch=True))
def test_the_fast_email_shape_is_a_subset_of_what_email_validator_accepts(address: str) -> None:
    if contacts.is_valid_email(address):
        validate_email(address, check_deliverability=False)  # raises if the shortcut lied
