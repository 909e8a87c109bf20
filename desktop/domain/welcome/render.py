"""Rendering welcome templates safely, with limits (W9).

The sandbox is ``desktop.domain.templates``: plain ``{variable}`` substitution, no
attribute access, no format specs, no loops. On top, this module caps sizes (a template,
a value, the result) and the time spent, gives HTML mail escaped values, and validates a
step before anything is scheduled: unknown variables, broken braces, an empty result.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

import regex

from desktop.domain import templates as tpl

MAX_TEMPLATE = 20_000  # characters of template source
MAX_VALUE = 5_000  # characters of one variable's value (longer values are cut)
MAX_OUTPUT = 60_000  # characters of rendered text
MAX_SECONDS = 0.05  # wall-clock budget for one render

WELCOME_VARIABLES: frozenset[str] = frozenset(tpl.KNOWN_VARIABLES)

# In a template without problems the only braces are ``{{``, ``}}`` and ``{ name }``, and
# scanning left to right with the escapes first reads them the way the tokenizer does.
_PIECE = regex.compile(r"\{\{|\}\}|\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}")


class RenderRefused(ValueError):
    """A template was refused; ``reason`` is a stable key, ``problems`` the template's own."""

    def __init__(self, reason: str, problems: list[tpl.TemplateProblem] | None = None) -> None:
        self.reason = reason
        self.problems = problems or []
        detail = f" ({self.problems[0].kind} at {self.problems[0].start})" if self.problems else ""
        super().__init__(reason + detail)


@dataclass(frozen=True)
class StepProblem:
    field: str  # "subject" / "template" / "channel"
    reason: str  # "unknown_variable", "unclosed_brace", "empty", "too_long", "unreachable"…
    start: int = 0
    end: int = 0
    text: str = ""


def _clip(values: Mapping[str, object]) -> dict[str, str]:
    return {str(k): str(v)[:MAX_VALUE] for k, v in values.items()}


def render_capped(
    source: str,
    values: Mapping[str, object],
    *,
    html: bool = False,
    allowed: frozenset[str] = WELCOME_VARIABLES,
) -> str:
    """Render strictly within the caps, or raise ``RenderRefused``."""
    started = time.perf_counter()
    if len(source) > MAX_TEMPLATE:
        raise RenderRefused("template_too_long")
    problems = [p for p in tpl.check(source, allowed) if p.kind != tpl.TemplateProblemKind.EMPTY]
    if problems:
        raise RenderRefused(str(problems[0].kind), problems)
    clean = _clip(values)
    if html:
        clean = {k: escape(v) for k, v in clean.items()}
    names = tpl.variables(source)
    size = len(source) + sum(len(clean.get(n, "")) for n in names)
    if size > MAX_OUTPUT:
        raise RenderRefused("output_too_long")
    try:
        out = tpl.render(source, clean, strict=True)
    except tpl.TemplateError as exc:
        raise RenderRefused("missing_value", exc.problems) from exc
    if time.perf_counter() - started > MAX_SECONDS:
        raise RenderRefused("too_slow")
    if not out.strip():
        raise RenderRefused("empty")
    return out


def escape_braces(text: str) -> str:
    """``text`` as a literal inside a template."""
    return text.replace("{", "{{").replace("}", "}}")


def prefill(source: str, values: Mapping[str, str]) -> str:
    """Fill in the variables ``values`` has and leave the others for the final render.

    The welcome runner renders a step's template once per group with everything that is
    the same for the whole group, so each of thousands of queued messages carries only its
    member's own values. Filled-in values are escaped, so the final render shows them
    literally, exactly as rendering everything at once would. A template with problems is
    returned unchanged: the final, strict render reports them as it always did.
    """
    syntax = [
        p for p in tpl.check(source, ()) if p.kind != tpl.TemplateProblemKind.UNKNOWN_VARIABLE
    ]
    if any(p.kind != tpl.TemplateProblemKind.EMPTY for p in syntax):
        return source

    def piece(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name is None or name not in values:
            return m.group(0)
        return escape_braces(str(values[name]))

    return _PIECE.sub(piece, source)


def step_problems(subject: str, template: str, sample: Mapping[str, object]) -> list[StepProblem]:
    """Everything that stops a step from being scheduled, per field."""
    out: list[StepProblem] = []
    for field_name, source, may_be_empty in (
        ("subject", subject, True),
        ("template", template, False),
    ):
        if may_be_empty and not source.strip():
            continue
        if len(source) > MAX_TEMPLATE:
            out.append(StepProblem(field_name, "too_long"))
            continue
        problems = tpl.check(source, WELCOME_VARIABLES)
        for p in problems:
            out.append(StepProblem(field_name, str(p.kind), p.start, p.end, p.text))
        if problems:
            continue
        try:
            render_capped(source, {k: sample.get(k, "") for k in WELCOME_VARIABLES} | dict(sample))
        except RenderRefused as exc:
            out.append(StepProblem(field_name, exc.reason))
    return out
