"""Checks for contact addresses typed or imported by operators.

Email syntax is judged by ``email-validator`` (no DNS: an operator's import must not wait on
the network, and a typo like ``sun@example..com`` is a syntax error anyway). Phone numbers
are parsed by ``phonenumbers`` with China as the default region and stored in E.164, so
``138 1234 5678``, ``+86 138-1234-5678`` and ``(+86)13812345678`` are one number.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
import regex
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

DEFAULT_REGION = "CN"
# What an operator types around the digits of a number.
_PHONE_NOISE = regex.compile(r"[\s\-().\u00a0]")
_PHONE_CHARS = regex.compile(r"^[+0-9\s\-().\u00a0]+$")
# Mainland mobiles (11 digits from 1) are most of every import; whether one is valid depends
# only on its leading digits (libphonenumber's patterns are prefixes + a fixed length), so
# the library is asked once per 7-digit prefix instead of once per row.
_CN_MOBILE = regex.compile(r"^(?:\+86|0086|86)?(1[0-9]{10})$")


def normalize_email(text: str) -> str:
    return text.strip().lower()


# The everyday shape (ASCII dot-atoms, plain LDH labels, an alphabetic TLD) is a strict
# subset of what email-validator accepts (tests/community/test_csv_rows.py checks this on
# generated addresses); a 100,000-row import asks the library only about the rest.
_PLAIN_EMAIL = regex.compile(
    r"^[A-Za-z0-9_+-]{1,30}(?:\.[A-Za-z0-9_+-]{1,30}){0,3}"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?!-)){0,30}(?<!-)\.){1,4}[A-Za-z]{2,12}$"
)
_SPECIAL_USE = frozenset(SPECIAL_USE_DOMAIN_NAMES)


def is_valid_email(text: str) -> bool:
    text = text.strip()
    if _PLAIN_EMAIL.match(text) and text.rsplit(".", 1)[1].lower() not in _SPECIAL_USE:
        return True
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def phone_e164(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The number in E.164 (``+8613812345678``), or None when it is not a valid number."""
    raw = text.strip()
    if not raw or not _PHONE_CHARS.match(raw):
        return None
    compact = _PHONE_NOISE.sub("", raw)
    mobile = _CN_MOBILE.match(compact) if region == "CN" else None
    if mobile is not None:
        digits = mobile.group(1)
        return f"+86{digits}" if _cn_mobile_prefix_valid(digits[:7]) else None
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)
def _cn_mobile_prefix_valid(prefix: str) -> bool:
    number = phonenumbers.parse(prefix + "0000", "CN")
    return phonenumbers.is_valid_number(number)


def is_valid_phone(text: str) -> bool:
    return phone_e164(text) is not None


def phone_search_digits(text: str) -> str | None:
    """The digits to look for when a search looks like (part of) a phone number: stored
    numbers are E.164, so ``138 1234 5678`` and ``(+86)13812345678`` find the same member."""
    raw = text.strip()
    if not _PHONE_CHARS.match(raw):
        return None
    digits = regex.sub(r"[^0-9]", "", raw)
    return digits if len(digits) >= 5 else None


def split_tags(text: str) -> list[str]:
    """Split "咖啡, 拉花；烘焙" into tags, keeping order and dropping duplicates."""
    seen: dict[str, None] = {}
    for part in regex.split(r"[,，;；、\n]+", text):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` literally anywhere (escape char is backslash)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
