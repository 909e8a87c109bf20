"""No silent overwrites for groups (issue 18, part 4): two editors read one group, the first
save wins. The second merges by itself when they changed different fields, and gets both
copies field by field when they changed the same one (or kept no copy of what they read)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.services.container import Services
from desktop.services.groups.service import GroupDraft, GroupService
from desktop.services.live import Changed, EditConflict, Saved, save_merging
from desktop.services.live.drafts import merged


def test_second_save_gets_the_conflict_and_the_merge_keeps_both(services: Services) -> None:
    a, b = services.groups, GroupService(services.db)  # two editors, one database
    group_id = a.save(GroupDraft(name="读书会一群", purpose="读书", rules="不刷屏"))
    mine_a, mine_b = a.get(group_id), b.get(group_id)
    assert mine_a.version == mine_b.version == 1
    mine_a.purpose = "每周共读一本书"
    mine_b.rules = "不发广告"
    a.save(mine_a)

    with pytest.raises(EditConflict) as caught:
        b.save(mine_b)
    conflict = caught.value
    assert (conflict.table, conflict.row_id, conflict.their_version) == ("groups", group_id, 2)
    diffs = {d.name: (d.theirs, d.mine) for d in conflict.differing}
    assert diffs == {"purpose": ("每周共读一本书", "读书"), "rules": ("不刷屏", "不发广告")}
    assert b.get(group_id).rules == "不刷屏"  # nothing was overwritten

    b.save(merged(conflict.theirs, mine_b, {"rules"}))
    saved = a.get(group_id)
    assert (saved.purpose, saved.rules, saved.version) == ("每周共读一本书", "不发广告", 3)


def test_a_draft_without_a_version_still_saves(services: Services) -> None:
    group_id = services.groups.save(GroupDraft(name="读书会二群"))
    services.groups.save(GroupDraft(name="读书会二群", purpose="新", id=group_id))
    assert services.groups.get(group_id).purpose == "新"


def test_different_fields_merge_without_a_dialog(services: Services) -> None:
    a, b = services.groups, GroupService(services.db)
    group_id = a.save(GroupDraft(name="读书会一群", purpose="读书", rules="不刷屏"))
    base = b.get(group_id)
    mine_a, mine_b = a.get(group_id), b.get(group_id)
    mine_a.purpose = "每周共读一本书"
    mine_b.rules = "不发广告"
    a.save(mine_a)

    saved = save_merging(b.save, mine_b, base)
    assert saved == Saved(group_id, merged=True, kept_theirs=("purpose",))
    stored = a.get(group_id)
    assert (stored.purpose, stored.rules) == ("每周共读一本书", "不发广告")


def test_the_same_field_changed_by_both_is_the_operators_choice(services: Services) -> None:
    a, b = services.groups, GroupService(services.db)
    group_id = a.save(GroupDraft(name="读书会一群", purpose="读书", rules="不刷屏"))
    base = b.get(group_id)
    mine_a, mine_b = a.get(group_id), b.get(group_id)
    mine_a.rules, mine_a.purpose = "禁止广告", "每周共读"
    mine_b.rules = "不发广告"
    a.save(mine_a)

    with pytest.raises(EditConflict) as caught:
        save_merging(b.save, mine_b, base)
    found = caught.value
    assert {d.name: d.changed for d in found.differing} == {
        "purpose": Changed.THEIRS,
        "rules": Changed.BOTH,
    }
    assert (found.mine, found.base) == (mine_b, base)
    assert a.get(group_id).rules == "禁止广告"  # nothing was overwritten


def test_attaching_a_journey_meanwhile_does_not_stop_an_edit(services: Services) -> None:
    """Attaching writes the group row (its version moves) but no field the form edits."""
    group_id = services.groups.save(GroupDraft(name="读书会三群"))
    base = services.groups.get(group_id)
    journey_id = services.templates.create_journey("新人欢迎")
    services.welcome.attach(journey_id, [group_id])
    saved = save_merging(services.groups.save, replace(base, purpose="读书"), base)
    assert (saved.merged, saved.kept_theirs) == (True, ())
    assert services.groups.get(group_id).purpose == "读书"
