"""What the members dialogs need of the groups: their list, to pick one from."""

from __future__ import annotations

from typing import Protocol

from desktop.services.groups import GroupRow


class GroupLister(Protocol):
    """The groups service as far as a group picker uses it."""

    def list(self, include_archived: bool = False) -> list[GroupRow]: ...
