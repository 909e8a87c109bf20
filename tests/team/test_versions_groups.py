"""No silent overwrites for groups on PostgreSQL: two runtimes save one group at once; one
wins, the other gets both copies, and the merge keeps both operators' fields; with the
copies they read as the base, the loser merges by itself."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from desktop.services.groups import GroupDraft
from desktop.services.live import EditConflict, Saved, save_merging
from desktop.services.live.drafts import merged

from .live_helpers import at_once


def test_concurrent_group_saves_one_wins_and_the_merge_keeps_both(two) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    group_id = a.services.groups.save(GroupDraft(name="读书会一群"))
    for round_ in range(5):  # both read the same version, then save at once
        mine_a, mine_b = a.services.groups.get(group_id), b.services.groups.get(group_id)
        mine_a.purpose = f"A 的定位 {round_}"
        mine_b.rules = f"B 的群规 {round_}"
        results = dict(
            zip(
                "ab",
                at_once(
                    partial(a.services.groups.save, mine_a), partial(b.services.groups.save, mine_b)
                ),
                strict=True,
            )
        )
        assert not [
            r
            for r in results.values()
            if isinstance(r, Exception) and not isinstance(r, EditConflict)
        ], results
        conflicts = [r for r in results.values() if isinstance(r, EditConflict)]
        assert len(conflicts) == 1, results  # exactly one wins
        conflict = conflicts[0]
        assert {f.name for f in conflict.differing} == {"purpose", "rules"}
        loser, runtime = (mine_b, b) if results["b"] is conflict else (mine_a, a)
        keep = {"rules"} if loser is mine_b else {"purpose"}
        runtime.services.groups.save(merged(conflict.theirs, loser, keep))
        final = a.services.groups.get(group_id)
        assert (final.purpose, final.rules) == (f"A 的定位 {round_}", f"B 的群规 {round_}")


def test_concurrent_saves_of_different_fields_both_land_without_asking(two) -> None:  # type: ignore[no-untyped-def]
    """The same race through ``save_merging`` with the copies read as the base: whichever
    loses (in the row check or in the ORM's version check) merges and saves again."""
    a, b = two
    group_id = a.services.groups.save(GroupDraft(name="读书会二群"))
    for round_ in range(5):
        base_a, base_b = a.services.groups.get(group_id), b.services.groups.get(group_id)
        mine_a = replace(base_a, purpose=f"A 的定位 {round_}")
        mine_b = replace(base_b, rules=f"B 的群规 {round_}")
        results = at_once(
            partial(save_merging, a.services.groups.save, mine_a, base_a),
            partial(save_merging, b.services.groups.save, mine_b, base_b),
        )
        assert all(isinstance(r, Saved) for r in results), results
        assert sum(r.merged for r in results if isinstance(r, Saved)) == 1
        final = a.services.groups.get(group_id)
        assert (final.purpose, final.rules) == (f"A 的定位 {round_}", f"B 的群规 {round_}")
