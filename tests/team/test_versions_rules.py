"""The three-way rules behind "no silent overwrites" (issue 18, part 4), without a database.

A field only the teammate changed keeps their value, one only I changed keeps mine, one
both changed differently is the operator's choice, one nobody changed is not shown. When
every difference is one-sided, the save merges by itself and says what it kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from desktop.services.live import Changed, EditConflict, Saved, merged, save_merging
from desktop.services.live.conflicts import who_changed
from desktop.services.live.drafts import conflict, draft_diffs


@dataclass
class Note:
    title: str = ""
    body: str = ""
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    version: int | None = None


class Store:
    """A service's save in miniature: a save from an older version is refused."""

    def __init__(self, note: Note) -> None:
        self.note = replace(note, version=1)
        self.saves = 0

    def read(self) -> Note:
        return replace(self.note, tags=list(self.note.tags))

    def save(self, draft: Note, base: Note | None = None) -> int:
        if draft.version != self.note.version:
            raise conflict("notes", self.read(), draft, base)
        self.note = replace(draft, version=(draft.version or 0) + 1)
        self.saves += 1
        assert self.note.id is not None
        return self.note.id

    def teammate(self, **changes: object) -> None:
        self.save(replace(self.read(), **changes))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("base", "theirs", "mine", "expected"),
    [
        ("a", "a", "a", None),  # nobody changed it
        ("a", "b", "b", None),  # both made the same change: nothing to decide
        ("a", "b", "a", Changed.THEIRS),
        ("a", "a", "c", Changed.MINE),
        ("a", "b", "c", Changed.BOTH),
    ],
)
def test_who_changed_a_field(base: str, theirs: str, mine: str, expected: Changed | None) -> None:
    assert who_changed(base, theirs, mine) is expected


def test_the_diff_names_who_changed_each_field_and_hides_the_untouched() -> None:
    base = Note("周五读书会", "原文", ["新人"], id=1, version=1)
    theirs = replace(base, title="周五读书会（改期）", tags=["新人", "志愿者"], version=2)
    mine = replace(base, body="我的正文", tags=["老会员"])
    found = conflict("notes", theirs, mine, base)
    assert {d.name: d.changed for d in found.differing} == {
        "title": Changed.THEIRS,
        "body": Changed.MINE,
        "tags": Changed.BOTH,
    }
    assert [d.name for d in found.conflicting] == ["tags"]
    assert found.needs_choice
    assert found.theirs_only == ["title"]
    # "Keep mine" keeps the teammate's one-sided change: it takes mine only where I changed.
    kept = merged(found.theirs, mine, found.keep_mine())
    assert (kept.title, kept.body, kept.tags, kept.version) == (
        "周五读书会（改期）",
        "我的正文",
        ["老会员"],
        2,
    )


def test_without_a_base_every_difference_is_the_operators_choice() -> None:
    theirs = Note("A 的标题", "原文", id=1, version=2)
    mine = Note("原标题", "B 的正文", id=1, version=1)
    found = conflict("notes", theirs, mine)
    assert {d.name for d in found.conflicting} == {"title", "body"}
    assert all(d.changed is None for d in draft_diffs(theirs, mine))
    assert found.keep_mine() == {"title", "body"}


def test_one_sided_changes_merge_without_asking_and_say_what_was_kept() -> None:
    store = Store(Note("周五读书会", "原文", id=7))
    base = store.read()
    mine = replace(base, body="我的正文")
    store.teammate(title="周六读书会")
    saved = save_merging(store.save, mine, base)
    assert saved == Saved(7, merged=True, kept_theirs=("title",))
    assert (store.note.title, store.note.body, store.note.version) == ("周六读书会", "我的正文", 3)


def test_a_save_with_no_teammate_in_between_is_a_plain_save() -> None:
    store = Store(Note("周五读书会", id=7))
    base = store.read()
    assert save_merging(store.save, replace(base, body="新"), base) == Saved(7)


def test_a_teammate_change_outside_the_edited_fields_merges_with_nothing_to_report() -> None:
    store = Store(Note("周五读书会", id=7))
    base = store.read()
    store.teammate()  # a new version with the same fields (e.g. a column no form shows)
    saved = save_merging(store.save, replace(base, body="新"), base)
    assert saved == Saved(7, merged=True, kept_theirs=())
    assert store.note.body == "新"


def test_a_field_both_changed_is_raised_and_nothing_is_written() -> None:
    store = Store(Note("周五读书会", "原文", id=7))
    base = store.read()
    store.teammate(title="A 的标题", body="A 的正文")
    with pytest.raises(EditConflict) as caught:
        save_merging(store.save, replace(base, title="B 的标题"), base)
    assert [d.name for d in caught.value.conflicting] == ["title"]
    assert caught.value.theirs_only == ["body"]
    assert caught.value.base == base
    assert store.note.title == "A 的标题"
    assert store.saves == 1  # only the teammate's


def test_each_round_merges_onto_the_copy_that_won() -> None:
    store = Store(Note("标题", "正文", ["新人"], id=7))
    base = store.read()
    mine = replace(base, body="我的正文")
    rounds: list[Note | None] = []

    def racing_save(draft: Note, against: Note | None) -> int:
        rounds.append(against)
        if len(rounds) == 1:
            store.teammate(title="第一次改的标题")
        elif len(rounds) == 2:
            store.teammate(tags=["志愿者"])  # lands just before the merge is written
        return store.save(draft, against)

    saved = save_merging(racing_save, mine, base)
    assert saved.kept_theirs == ("title", "tags")
    assert (store.note.title, store.note.body, store.note.tags) == (
        "第一次改的标题",
        "我的正文",
        ["志愿者"],
    )
    assert rounds[1] is not None and rounds[1].title == "第一次改的标题"  # the new base


def test_a_row_that_keeps_moving_goes_to_the_operator() -> None:
    store = Store(Note("标题", id=7))
    base = store.read()

    def always_beaten(draft: Note, against: Note | None) -> int:
        store.teammate(tags=[*store.note.tags, "x"])
        return store.save(draft, against)

    with pytest.raises(EditConflict):
        save_merging(always_beaten, replace(base, body="我的"), base)
    assert store.note.body == ""
