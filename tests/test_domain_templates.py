from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.templates import (
    TemplateError,
    TemplateProblemKind,
    check,
    render,
    variables,
)


def test_render_known_variables_and_escaped_braces() -> None:
    out = render(
        "你好{name}，欢迎加入{group}！{{不是变量}}", {"name": "小林", "group": "拾光·北京01"}
    )
    assert out == "你好小林，欢迎加入拾光·北京01！{不是变量}"


def test_unknown_variable_reported_with_position() -> None:
    source = "你好{nmae}"
    problems = check(source)
    assert [p.kind for p in problems] == [TemplateProblemKind.UNKNOWN_VARIABLE]
    assert (problems[0].start, problems[0].end) == (2, 8)
    assert problems[0].text == "nmae"


def test_unbalanced_and_bad_placeholders() -> None:
    kinds = [p.kind for p in check("a {name b } c {0.__class__}")]
    assert TemplateProblemKind.UNCLOSED_BRACE not in kinds  # "{name b }" is closed but invalid
    assert kinds.count(TemplateProblemKind.BAD_PLACEHOLDER) == 2
    assert check("{name")[0].kind == TemplateProblemKind.UNCLOSED_BRACE
    assert check("name}")[0].kind == TemplateProblemKind.STRAY_CLOSING_BRACE
    assert check("  ")[0].kind == TemplateProblemKind.EMPTY


def test_strict_render_refuses_problems() -> None:
    try:
        render("{unknown}", {"name": "x"})
    except TemplateError as exc:
        assert exc.problems[0].kind == TemplateProblemKind.UNKNOWN_VARIABLE
    else:
        raise AssertionError("expected TemplateError")


def test_variables_in_order() -> None:
    assert variables("{name}{group}{name}") == ["name", "group", "name"]


@given(st.text(max_size=200))
def test_any_text_checks_and_renders_without_crashing(source: str) -> None:
    problems = check(source)
    values = {v: "X" for v in variables(source)}
    if not problems:
        # every placeholder was substituted; only escaped braces remain, as single braces
        assert render(source, values).count("{") == source.count("{{")
    else:
        assert isinstance(render(source, values, strict=False), str)
