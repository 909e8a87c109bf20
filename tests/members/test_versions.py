"""No silent overwrites for members (issue 18, part 4): first save wins; the second merges
by itself when the two changed different fields (contacts and tags included), or gets the
differing fields when both changed one, and the merged save applies."""

from __future__ import annotations

import pytest

from desktop.services.container import Services
from desktop.services.live import Changed, EditConflict, save_merging
from desktop.services.live.drafts import merged
from desktop.services.members.service import MemberDraft, MemberService


def test_second_save_gets_the_conflict_and_the_merge_keeps_both(services: Services) -> None:
    a, b = services.members, MemberService(services.db)
    member_id = a.save(MemberDraft(name="王小明", notes="老会员"))
    mine_a, mine_b = a.profile(member_id).draft, b.profile(member_id).draft
    mine_a.tags = ["志愿者"]  # only a tag: the member's version moves all the same
    mine_b.notes = "周末有空"
    a.save(mine_a)

    with pytest.raises(EditConflict) as caught:
        b.save(mine_b)
    diffs = {d.name: (d.theirs, d.mine) for d in caught.value.differing}
    assert diffs == {"tags": (["志愿者"], []), "notes": ("老会员", "周末有空")}

    b.save(merged(caught.value.theirs, mine_b, {"notes"}))
    saved = a.profile(member_id).draft
    assert (saved.tags, saved.notes) == (["志愿者"], "周末有空")


def test_a_tag_and_a_note_from_the_same_copy_both_survive(services: Services) -> None:
    a, b = services.members, MemberService(services.db)
    member_id = a.save(MemberDraft(name="王小明", notes="老会员", email="wang@example.com"))
    base = b.profile(member_id).draft
    mine_a, mine_b = a.profile(member_id).draft, b.profile(member_id).draft
    mine_a.tags = ["志愿者"]
    mine_b.notes = "周末有空"
    a.save(mine_a)

    saved = save_merging(b.save, mine_b, base)
    assert saved.kept_theirs == ("tags",)
    stored = a.profile(member_id).draft
    assert (stored.tags, stored.notes, stored.email) == (["志愿者"], "周末有空", "wang@example.com")


def test_an_address_both_changed_is_asked(services: Services) -> None:
    a, b = services.members, MemberService(services.db)
    member_id = a.save(MemberDraft(name="王小明", email="wang@example.com"))
    base = b.profile(member_id).draft
    mine_a, mine_b = a.profile(member_id).draft, b.profile(member_id).draft
    mine_a.email, mine_a.notes = "xiaoming@example.com", "换了邮箱"
    mine_b.email = "wxm@example.com"
    a.save(mine_a)

    with pytest.raises(EditConflict) as caught:
        save_merging(b.save, mine_b, base)
    assert {d.name: d.changed for d in caught.value.differing} == {
        "email": Changed.BOTH,
        "notes": Changed.THEIRS,
    }
    assert a.profile(member_id).draft.email == "xiaoming@example.com"
