"""No silent overwrites for step templates (issue 18, part 4): first save wins; the second
merges by itself when the two changed different fields (a teammate switching the step off
or reordering the journey included), or gets the differing fields when both changed one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.services.container import Services
from desktop.services.live import Changed, EditConflict, Saved, save_merging
from desktop.services.live.drafts import merged
from desktop.services.welcome.templates import StepDraft, TemplateService


def test_second_save_gets_the_conflict_and_the_merge_keeps_both(services: Services) -> None:
    a, b = services.templates, TemplateService(services.db)
    journey_id = a.create_journey("新人欢迎")
    a.add_step(journey_id, StepDraft(title="第一天", template="你好 {{ name }}"))
    [mine_a], [mine_b] = a.steps(journey_id), b.steps(journey_id)
    mine_a.title = "入群当天"
    mine_b.template = "欢迎 {{ name }}"
    a.save_step(mine_a)

    with pytest.raises(EditConflict) as caught:
        b.save_step(mine_b)
    diffs = {d.name: (d.theirs, d.mine) for d in caught.value.differing}
    assert diffs == {
        "title": ("入群当天", "第一天"),
        "template": ("你好 {{ name }}", "欢迎 {{ name }}"),
    }

    b.save_step(merged(caught.value.theirs, mine_b, {"template"}))
    [saved] = a.steps(journey_id)
    assert (saved.title, saved.template) == ("入群当天", "欢迎 {{ name }}")


def test_switching_the_step_off_meanwhile_is_kept_beside_my_text(services: Services) -> None:
    journey_id = services.templates.create_journey("新人欢迎")
    step_id = services.templates.add_step(journey_id, StepDraft(title="第一天", template="你好"))
    [base] = services.templates.steps(journey_id)
    services.journeys.set_enabled(step_id, False)  # a teammate, from the step list
    mine = replace(base, template="欢迎 {{ name }}")

    saved = save_merging(services.templates.save_step, mine, base)
    assert saved == Saved(step_id, merged=True, kept_theirs=("enabled",))
    [stored] = services.templates.steps(journey_id)
    assert (stored.enabled, stored.template) == (False, "欢迎 {{ name }}")


def test_reordering_the_journey_meanwhile_keeps_the_new_order(services: Services) -> None:
    journey_id = services.templates.create_journey("新人欢迎")
    first = services.templates.add_step(journey_id, StepDraft(title="第一天", template="你好"))
    second = services.templates.add_step(journey_id, StepDraft(title="第二天", template="早"))
    base = next(s for s in services.templates.steps(journey_id) if s.id == first)
    services.journeys.move(journey_id, second, 0)
    saved = save_merging(services.templates.save_step, replace(base, title="入群当天"), base)
    assert saved.merged and saved.kept_theirs == ()  # the order is not a field anyone edits
    assert services.journeys.order(journey_id) == [second, first]


def test_the_same_text_changed_by_both_is_asked(services: Services) -> None:
    a, b = services.templates, TemplateService(services.db)
    journey_id = a.create_journey("新人欢迎")
    a.add_step(journey_id, StepDraft(title="第一天", template="你好"))
    [base] = b.steps(journey_id)
    [mine_a] = a.steps(journey_id)
    mine_a.template, mine_a.delay_minutes = "您好 {{ name }}", 60
    a.save_step(mine_a)

    with pytest.raises(EditConflict) as caught:
        save_merging(b.save_step, replace(base, template="欢迎 {{ name }}"), base)
    assert {d.name: d.changed for d in caught.value.differing} == {
        "template": Changed.BOTH,
        "delay_minutes": Changed.THEIRS,
    }
