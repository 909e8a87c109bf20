"""DM campaign rules (D8): keywords, questionnaires, answers as people type them, draws."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.campaigns import (
    CampaignStatus,
    answer_hint,
    draw_winners,
    format_questions,
    is_open,
    mentions_keyword,
    parse_questions,
    parse_survey_reply,
    strip_keyword,
    tally,
)

QUESTIONS, _ = parse_questions(
    "你最常点哪款？|拿铁|美式|手冲\n多久来一次？|每天|每周|每月\n还想喝到什么？"
)


def test_questions_are_read_from_lines_with_problems_named() -> None:
    assert [q.options for q in QUESTIONS] == [
        ("拿铁", "美式", "手冲"),
        ("每天", "每周", "每月"),
        (),
    ]
    _, problems = parse_questions("好不好？|好\n|A|B\n\n")
    assert problems == [
        "line 1: a choice needs at least two options",
        "line 2: the question has no text",
    ]
    text = format_questions(QUESTIONS)
    assert text.splitlines()[:2] == ["1. 你最常点哪款？", "   A. 拿铁"]
    assert answer_hint(QUESTIONS) == "1A 2A 3 …"


def test_answers_written_the_ways_members_write_them() -> None:
    cases = {
        "1A 2C 3 口味不错": ("拿铁", "每月", "口味不错"),
        "1.a\n2、B\n3：桂花拿铁": ("拿铁", "每周", "桂花拿铁"),
        "A\nB\n多点新品": ("拿铁", "每周", "多点新品"),
        "1Ｂ，2Ａ，3 燕麦奶": ("美式", "每天", "燕麦奶"),  # full-width, Chinese commas
        "(1) b (2) c (3) 好": ("美式", "每月", "好"),
        "1 美式 2 每天 3 没有": ("美式", "每天", "没有"),  # the option's own words
        "1 3 2 2 3 无": ("手冲", "每周", "无"),  # the option's number
    }
    for text, expected in cases.items():
        got = parse_survey_reply(text, QUESTIONS)
        assert got.answers == expected, text
        assert got.complete and not got.problems
    partial = parse_survey_reply("1D 2A", QUESTIONS)
    assert partial.answers == (None, "每天", None)
    assert partial.problems == ("1: D",) and not partial.complete
    assert parse_survey_reply("我的积分怎么查？", QUESTIONS).answered == 0


def test_keywords_are_found_at_the_start_in_any_width_and_case() -> None:
    assert mentions_keyword("我要抽奖！", "抽奖")
    assert mentions_keyword("ＶＩＰ 报名", "vip")
    assert not mentions_keyword("x" * 80 + "抽奖", "抽奖")
    assert not mentions_keyword("随便说说", "")
    assert strip_keyword("问卷：1A 2B", "问卷") == "1a 2b"


def test_a_campaign_is_open_only_while_running_and_inside_its_window() -> None:
    now = datetime(2026, 12, 12, 10, tzinfo=UTC)
    hour = timedelta(hours=1)
    assert is_open(CampaignStatus.OPEN, None, None, now)
    assert not is_open(CampaignStatus.DRAFT, None, None, now)
    assert not is_open(CampaignStatus.OPEN, now + hour, None, now)
    assert not is_open(CampaignStatus.OPEN, None, now, now)
    assert is_open(CampaignStatus.OPEN, now - hour, now + hour, now)


def test_tally_counts_choices_per_question() -> None:
    rows = [("拿铁", "每天", "x"), ("拿铁", None, None), ("手冲", "每周", "y")]
    counts = tally(QUESTIONS, rows)
    assert [(c.option, c.count) for c in counts[0]] == [("拿铁", 2), ("美式", 0), ("手冲", 1)]
    assert [c.share for c in counts[1]] == [0.5, 0.5, 0.0]
    assert counts[2] == []


@given(st.lists(st.integers(1, 10_000), max_size=200), st.integers(0, 50), st.integers(0, 2**62))
def test_draws_are_distinct_bounded_and_repeatable(
    entrants: list[int], count: int, seed: int
) -> None:
    winners = draw_winners(entrants, count, seed)
    assert len(winners) == min(count, len(set(entrants)))
    assert len(set(winners)) == len(winners) and set(winners) <= set(entrants)
    # The order the entries were read in does not change the result.
    assert draw_winners(list(reversed(entrants)), count, seed) == winners


def test_digits_of_other_scripts_are_read_or_reported_never_raised() -> None:
    one, _ = parse_questions("哪款？|拿铁|美式")
    assert parse_survey_reply("٢", one).answers == ("美式",)  # an Arabic-Indic 2
    assert parse_survey_reply("\U000116d0", one).problems  # a digit int() cannot read


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_any_reply_is_read_without_an_exception(text: str) -> None:
    got = parse_survey_reply(text, QUESTIONS)
    assert len(got.answers) == len(QUESTIONS)
    for answer, question in zip(got.answers, QUESTIONS, strict=True):
        assert answer is None or not question.options or answer in question.options
