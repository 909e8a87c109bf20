"""Copies of one post side by side: what differs, who changed it, and the merged copy.

Used when a save meets a newer version (``EditConflict``): each field is compared in the
copy the editor read (base), the teammate's (theirs) and the operator's (mine); the compare
dialog shows what differs and ``merged`` builds the post to save from the choice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Hashable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.services.live.conflicts import FieldDiff, who_changed

if TYPE_CHECKING:
    from desktop.services.calendar.service import PostDraft

# The fields an operator edits, in the order the post dialog shows them.
FIELDS = ("title", "body", "content_type", "when", "targets", "attachments", "recurrence")


def _key(draft: PostDraft, name: str) -> Hashable:
    """What is compared: the target groups as a set (their order means nothing)."""
    if name == "targets":
        return frozenset(draft.target_ids)
    if name == "attachments":
        return tuple(draft.attachments)
    return getattr(draft, name)


def _value(draft: PostDraft, name: str, group_names: Mapping[int, str]) -> object:
    """What is shown: the groups by name (sorted, so equal sets read the same)."""
    if name == "targets":
        taken = Counter(group_names.values())
        return tuple(sorted(_group_label(g, group_names, taken) for g in draft.target_ids))
    if name == "attachments":
        return tuple(draft.attachments)
    return getattr(draft, name)


def _group_label(group_id: int, names: Mapping[int, str], taken: Counter[str]) -> str:
    """A group's name; with its id when another group has the same name, so two different
    sets never read the same."""
    name = names.get(group_id)
    if name is None:
        return f"#{group_id}"
    return f"{name} #{group_id}" if taken[name] > 1 else name


def post_diffs(
    theirs: PostDraft,
    mine: PostDraft,
    group_names: Mapping[int, str] | None = None,
    base: PostDraft | None = None,
) -> list[FieldDiff]:
    names = group_names or {}
    out = []
    for n in FIELDS:
        t, m = _key(theirs, n), _key(mine, n)
        changed = who_changed(_key(base, n), t, m) if base is not None else None
        shown_base = _value(base, n, names) if base is not None else None
        out.append(
            FieldDiff(n, _value(theirs, n, names), _value(mine, n, names), shown_base, changed)
        )
    return out


def merged(theirs: PostDraft, mine: PostDraft, keep_mine: Collection[str]) -> PostDraft:
    """Their copy with the fields in ``keep_mine`` taken from mine, at their version (so
    saving it does not conflict again, unless someone saved once more meanwhile)."""
    out = replace(theirs)
    if "title" in keep_mine:
        out.title = mine.title
    if "body" in keep_mine:
        out.body = mine.body
    if "content_type" in keep_mine:
        out.content_type = mine.content_type
    if "when" in keep_mine:
        out.when = mine.when
    if "targets" in keep_mine:
        out.target_ids = list(mine.target_ids)
    if "attachments" in keep_mine:
        out.attachments = list(mine.attachments)
    if "recurrence" in keep_mine:
        out.recurrence = mine.recurrence
    return out
