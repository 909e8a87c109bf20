"""Checks for contact addresses typed or imported by operators."""

from __future__ import annotations

import regex

# Deliberately practical, not RFC 5322: one @, a dot in the domain, no spaces.
_EMAIL = regex.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = regex.compile(r"^\+?[0-9][0-9 \-]{5,19}$")


def normalize_email(text: str) -> str:
    return text.strip().lower()


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_valid_phone(text: str) -> bool:
    return bool(_PHONE.match(text.strip()))


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
