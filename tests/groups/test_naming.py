from desktop.domain.enums import Platform
from desktop.domain.groups.capacity import CapacityLevel, check_capacity
from desktop.domain.groups.naming import NameProblem, check_group_name, emoji_count, visible_length


def test_cjk_and_ascii_count_one_each() -> None:
    assert visible_length("拾光·北京01") == 7
    assert check_group_name("拾光·北京01", "拾光").ok


def test_zwj_family_and_flags_count_as_one_character() -> None:
    family = "👨\u200d👩\u200d👧"
    assert visible_length(family) == 1
    assert visible_length("🇨🇳") == 1
    assert emoji_count(f"拾光{family}🇨🇳") == 2
    assert visible_length("e\u0301") == 1  # combining accent


def test_twelve_is_allowed_thirteen_is_not() -> None:
    twelve = "拾光" + "一" * 10
    assert check_group_name(twelve, "拾光").ok
    check = check_group_name(twelve + "二", "拾光")
    assert NameProblem.TOO_LONG in check.errors
    assert check.length == 13


def test_brand_keyword_required_case_insensitive() -> None:
    assert NameProblem.MISSING_KEYWORD in check_group_name("北京01群", "拾光").errors
    assert check_group_name("Brew 北京", "brew").ok
    assert check_group_name("北京01群", "").ok  # no keyword configured: nothing to check


def test_emoji_above_two_is_a_warning_not_an_error() -> None:
    check = check_group_name("拾光☕☕☕", "拾光")
    assert check.ok
    assert NameProblem.TOO_MANY_EMOJI in check.warnings
    assert not check_group_name("拾光☕☕", "拾光").warnings


def test_empty_name() -> None:
    assert check_group_name("   ", "拾光").errors == (NameProblem.EMPTY,)


def test_capacity_levels() -> None:
    assert check_capacity(150, Platform.WECHAT).level == CapacityLevel.OK
    assert check_capacity(151, Platform.WECHAT).level == CapacityLevel.ABOVE_QUALITY
    assert check_capacity(201, Platform.WECHAT).level == CapacityLevel.ABOVE_RECOMMENDED
    assert check_capacity(500, Platform.WECHAT).level == CapacityLevel.FULL
    assert check_capacity(500, Platform.MATRIX).level == CapacityLevel.ABOVE_RECOMMENDED
    assert check_capacity(120, Platform.WECHAT, cap_override=120).level == CapacityLevel.FULL
    assert check_capacity(201, Platform.WECHAT).suggest_split
