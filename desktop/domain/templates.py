"""Message templates with ``{variable}`` placeholders (W9, D4).

The syntax is deliberately tiny — ``{name}`` inserts a variable, ``{{`` and ``}}`` are
literal braces — so rendering is plain substitution: no attribute access, no format
specs, no loops, nothing a hostile template can abuse. Problems carry their character
span so the editor can underline them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import regex

KNOWN_VARIABLES: tuple[str, ...] = (
    "name",
    "group",
    "brand",
    "code",
    "rules",
    "recommendations",
    "positioning",
    "announcement",
    "join_link",
    "operator",
    "date",
    "unsubscribe",
    "center_link",
    "preferences_link",
)

_IDENT = regex.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class TemplateProblemKind(StrEnum):
    UNKNOWN_VARIABLE = "unknown_variable"
    UNCLOSED_BRACE = "unclosed_brace"
    STRAY_CLOSING_BRACE = "stray_closing_brace"
    BAD_PLACEHOLDER = "bad_placeholder"
    EMPTY = "empty"


@dataclass(frozen=True)
class TemplateProblem:
    kind: TemplateProblemKind
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True)
class _Token:
    literal: str | None
    variable: str | None
    start: int
    end: int


class TemplateError(ValueError):
    def __init__(self, problems: list[TemplateProblem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(f"{first.kind} at {first.start}: {first.text!r}")


def _tokenize(source: str) -> tuple[list[_Token], list[TemplateProblem]]:
    tokens, problems = _tokens(source)
    return list(tokens), list(problems)


@lru_cache(maxsize=512)
def _tokens(source: str) -> tuple[tuple[_Token, ...], tuple[TemplateProblem, ...]]:
    """Templates repeat (a campaign renders one body for every member): parse each once."""
    tokens: list[_Token] = []
    problems: list[TemplateProblem] = []
    buf: list[str] = []
    buf_start = 0
    i = 0
    n = len(source)

    def flush(at: int) -> None:
        nonlocal buf, buf_start
        if buf:
            tokens.append(_Token("".join(buf), None, buf_start, at))
        buf = []
        buf_start = at

    while i < n:
        ch = source[i]
        if ch == "{":
            if i + 1 < n and source[i + 1] == "{":
                buf.append("{")
                i += 2
                continue
            close = source.find("}", i + 1)
            reopen = source.find("{", i + 1)
            if close == -1 or (reopen != -1 and reopen < close):
                problems.append(TemplateProblem(TemplateProblemKind.UNCLOSED_BRACE, i, i + 1, "{"))
                buf.append(ch)
                i += 1
                continue
            inner = source[i + 1 : close].strip()
            flush(i)
            if _IDENT.fullmatch(inner):
                tokens.append(_Token(None, inner, i, close + 1))
            else:
                problems.append(
                    TemplateProblem(
                        TemplateProblemKind.BAD_PLACEHOLDER, i, close + 1, source[i : close + 1]
                    )
                )
            i = close + 1
            buf_start = i
            continue
        if ch == "}":
            if i + 1 < n and source[i + 1] == "}":
                buf.append("}")
                i += 2
                continue
            problems.append(TemplateProblem(TemplateProblemKind.STRAY_CLOSING_BRACE, i, i + 1, "}"))
        if not buf:
            buf_start = i
        buf.append(ch)
        i += 1
    flush(n)
    return tuple(tokens), tuple(problems)


def variables(source: str) -> list[str]:
    tokens, _ = _tokenize(source)
    return [t.variable for t in tokens if t.variable is not None]


def check(
    source: str, allowed: tuple[str, ...] | frozenset[str] = KNOWN_VARIABLES
) -> list[TemplateProblem]:
    """Every problem in ``source``, in order of position; empty means it can be used."""
    tokens, problems = _tokenize(source)
    allowed_set = set(allowed)
    for t in tokens:
        if t.variable is not None and t.variable not in allowed_set:
            problems.append(
                TemplateProblem(TemplateProblemKind.UNKNOWN_VARIABLE, t.start, t.end, t.variable)
            )
    if not source.strip():
        problems.append(TemplateProblem(TemplateProblemKind.EMPTY, 0, 0))
    return sorted(problems, key=lambda p: p.start)


def render(source: str, values: Mapping[str, str], *, strict: bool = True) -> str:
    """Substitute variables. ``strict`` refuses templates with problems or missing values."""
    tokens, problems = _tokenize(source)
    if strict:
        problems = problems + [
            TemplateProblem(TemplateProblemKind.UNKNOWN_VARIABLE, t.start, t.end, t.variable)
            for t in tokens
            if t.variable is not None and t.variable not in values
        ]
        if problems:
            raise TemplateError(sorted(problems, key=lambda p: p.start))
    out: list[str] = []
    for t in tokens:
        if t.literal is not None:
            out.append(t.literal)
        elif t.variable is not None:
            out.append(str(values.get(t.variable, "{" + t.variable + "}")))
    return "".join(out)
