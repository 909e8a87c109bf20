"""Surveys, lotteries and collections run through DMs (D8), as plain rules.

A member takes part by writing the campaign's keyword in a DM ("回复「抽奖」参与"). A
survey then gets its questions back and reads the member's next reply as the answers,
written the way people answer in chat: ``1A 2C 3 口味不错``, one answer per line, or a
bare ``B`` when there is one question. A lottery draws its winners from the entries with
a seed that is kept, so the same entries and seed always give the same winners and a
draw can be checked afterwards. A collection (征集) keeps every message a member sends
with the keyword (晒单, stories, photos) for the team to approve.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

import regex

KEYWORD_MAX = 20
QUESTIONS_MAX = 20
OPTIONS_MAX = 26  # lettered A–Z
# Only the start of a reply is looked at for the keyword: a long message that mentions
# "抽奖" somewhere in its fifth paragraph is a conversation, not an entry.
KEYWORD_WINDOW = 40


# What a survey answers by itself when the operator wrote nothing else: a complete reply,
# and a reply it could read only in part ({missing}: the question numbers, {hint}: how to).
DEFAULT_THANKS = "收到你的回答，谢谢参与「{campaign}」！"
DEFAULT_AGAIN = "还没看懂第 {missing} 题。请按「{hint}」的格式回复，例如选项写字母。"
# The member's page links (filled per member when the message is sent).
LINK_VARIABLES = ("center_link", "preferences_link", "unsubscribe")
THANKS_VARIABLES = ("name", "campaign", *LINK_VARIABLES)
AGAIN_VARIABLES = ("name", "campaign", "missing", "hint", *LINK_VARIABLES)


class CampaignKind(StrEnum):
    SURVEY = "survey"  # 问卷
    LOTTERY = "lottery"  # 抽奖
    COLLECT = "collect"  # 征集 (user-generated content)


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


class EntryState(StrEnum):
    ENTERED = "entered"  # lottery entry, collected item
    AWAITING_ANSWERS = "awaiting"  # survey sent, answers not in yet
    ANSWERED = "answered"


def normalise(text: str) -> str:
    """Full-width letters and digits folded (ＡＢ１ → ab1), case folded, spaces squeezed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split())


def mentions_keyword(text: str, keyword: str) -> bool:
    """Whether a DM's opening carries the keyword (``抽奖``, ``我要抽奖！``, ``#晒单 …``)."""
    key = normalise(keyword)
    return bool(key) and key in normalise(text)[: KEYWORD_WINDOW + len(key)]


def strip_keyword(text: str, keyword: str) -> str:
    """The message without its keyword: what else the member wrote with it."""
    body, key = normalise(text), normalise(keyword)
    if key and key in body:
        body = body.replace(key, " ", 1)
    return body.strip(" \t\n:：,，。!！#")


@dataclass(frozen=True)
class Question:
    text: str
    options: tuple[str, ...] = ()  # none: a free-text answer

    @property
    def is_choice(self) -> bool:
        return bool(self.options)


def parse_questions(source: str) -> tuple[list[Question], list[str]]:
    """Questions as operators type them: one per line, options after ``|``.

    ``你最常点哪款？|拿铁|美式|手冲`` is a choice question; ``还想喝到什么？`` is free text.
    Returns the questions and the problems found (line numbers are 1-based).
    """
    questions: list[Question] = []
    problems: list[str] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip():
            continue
        text, *options = (part.strip() for part in line.split("|"))
        options = [o for o in options if o]
        if not text:
            problems.append(f"line {number}: the question has no text")
            continue
        if len(options) == 1:
            problems.append(f"line {number}: a choice needs at least two options")
            continue
        if len(options) > OPTIONS_MAX:
            problems.append(f"line {number}: more than {OPTIONS_MAX} options")
            continue
        questions.append(Question(text, tuple(options)))
    if len(questions) > QUESTIONS_MAX:
        problems.append(f"more than {QUESTIONS_MAX} questions")
    return questions, problems


def format_questions(questions: Sequence[Question]) -> str:
    """The questionnaire as a member reads it in a DM, with the way to answer."""
    lines: list[str] = []
    for number, q in enumerate(questions, start=1):
        lines.append(f"{number}. {q.text}")
        for letter, option in zip(_LETTERS, q.options, strict=False):
            lines.append(f"   {letter}. {option}")
    return "\n".join(lines)


def answer_hint(questions: Sequence[Question]) -> str:
    """An example answer for these questions, e.g. ``1A 2B 3 …``."""
    if len(questions) == 1:
        return "A" if questions[0].is_choice else "…"
    return " ".join(f"{n}{'A' if q.is_choice else ' …'}" for n, q in enumerate(questions, 1))


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# "1A", "1. A", "1、B", "(2) c", "3：口味不错": a question number, then its answer up to the
# next number at the start of a word.
_NUMBERED = regex.compile(
    r"(?:^|(?<=[\s,，;；。]))[(（]?(?P<n>\d{1,2})\s*[)）.、:：]?\s*(?P<a>.*?)"
    r"(?=(?:[\s,，;；。]+[(（]?\d{1,2}\s*[)）.、:：]?\s*\S)|$)",
    regex.DOTALL,
)


@dataclass(frozen=True)
class SurveyAnswers:
    # One entry per question, in order: the chosen option's text, the free text, or None.
    answers: tuple[str | None, ...]
    problems: tuple[str, ...] = field(default=())

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a)

    @property
    def complete(self) -> bool:
        return all(self.answers)


def parse_survey_reply(text: str, questions: Sequence[Question]) -> SurveyAnswers:
    """Read a member's reply against the questions. Unknown letters and numbers become
    problems (to ask again), never exceptions."""
    body = unicodedata.normalize("NFKC", text).strip()
    found: dict[int, str] = {}
    problems: list[str] = []
    if len(questions) == 1:
        found[1] = regex.sub(r"^[(（]?1\s*[)）.、:：]\s*", "", body)
    else:
        lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
        numbered = [(int(m["n"]), m["a"].strip()) for m in _NUMBERED.finditer(body) if m["a"]]
        if numbered:
            for n, answer in numbered:
                found.setdefault(n, answer)
        elif len(lines) == len(questions):  # one answer per line, unnumbered
            found = {n: ln for n, ln in enumerate(lines, start=1)}
        elif all(q.is_choice for q in questions) and regex.fullmatch(r"[A-Za-z]+", body):
            found = {n: ch for n, ch in enumerate(body, start=1)}  # "ACB"
    answers: list[str | None] = []
    for n, q in enumerate(questions, start=1):
        raw = found.get(n, "").strip()
        if not raw:
            answers.append(None)
            continue
        if not q.is_choice:
            answers.append(raw[:500])
            continue
        choice = _choice(raw, q.options)
        if choice is None:
            problems.append(f"{n}: {raw[:20]}")
        answers.append(choice)
    for n in sorted(found):
        if n > len(questions) or n < 1:
            problems.append(f"{n}: no such question")
    return SurveyAnswers(tuple(answers), tuple(problems))


def _choice(raw: str, options: Sequence[str]) -> str | None:
    """A letter (``a``, ``B.``), the option's number, or the option's own words."""
    head = raw.strip().rstrip(".。、)）").strip()
    if len(head) == 1 and head.upper() in _LETTERS[: len(options)]:
        return options[_LETTERS.index(head.upper())]
    if head.isdecimal() and 1 <= int(head) <= len(options):  # "2": the second option
        return options[int(head) - 1]
    first = regex.match(r"([A-Za-z])(?:[\s.。、)）]|$)", raw)
    if first and first.group(1).upper() in _LETTERS[: len(options)]:
        return options[_LETTERS.index(first.group(1).upper())]
    wanted = normalise(raw)
    for option in options:
        if normalise(option) == wanted:
            return option
    matches = [o for o in options if normalise(o) in wanted]
    return matches[0] if len(matches) == 1 else None


@dataclass(frozen=True)
class OptionCount:
    option: str
    count: int
    share: float  # of the members who answered this question, 0–1


def tally(
    questions: Sequence[Question], rows: Sequence[Sequence[str | None]]
) -> list[list[OptionCount]]:
    """Per choice question, how often each option was picked; free-text questions get []."""
    out: list[list[OptionCount]] = []
    for n, q in enumerate(questions):
        if not q.is_choice:
            out.append([])
            continue
        picked = [r[n] for r in rows if n < len(r) and r[n]]
        total = len(picked) or 1
        out.append([OptionCount(o, picked.count(o), picked.count(o) / total) for o in q.options])
    return out


def is_open(
    status: str, starts_at: datetime | None, ends_at: datetime | None, now: datetime
) -> bool:
    if status != CampaignStatus.OPEN:
        return False
    if starts_at is not None and now < starts_at:
        return False
    return ends_at is None or now < ends_at


def draw_winners(entrants: Sequence[int], count: int, seed: int) -> list[int]:
    """``count`` distinct winners among ``entrants`` (member ids), reproducible from the
    seed: the entrants are sorted first, so the order they were read in does not matter."""
    pool = sorted(set(entrants))
    if count <= 0 or not pool:
        return []
    return random.Random(seed).sample(pool, min(count, len(pool)))
