"""The post dialog from the calendar tab: a new post in a cell, or an existing one to edit.

The post and the group choices are read (with the snapshot that makes an edit undoable)
off the UI thread, and the dialog saves off it too; a saved dialog is recorded on the
``Planner``, whose ``changed`` reloads the week. Deleting is the tab's actions' business.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.enums import PostStatus
from desktop.services.calendar import CalendarService, GroupSetInfo, PostDraft, PostSnapshot
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.calendar.undo_commands import Planner
from desktop.ui.common.background import Background
from desktop.ui.robots.preview import PreviewFn


class PostEditing(QObject):
    post_gone = Signal(int)  # the post was deleted elsewhere meanwhile
    failed = Signal(str)  # what to tell the user

    def __init__(
        self,
        calendar: CalendarService,
        planner: Planner,
        background: Background,
        window: QWidget,
        robot_preview: PreviewFn | None = None,
    ) -> None:
        super().__init__(window)
        self.robot_preview = robot_preview
        self.calendar = calendar
        self.planner = planner
        self.background = background
        self._window = window
        self.tz: tzinfo | None = None
        self.group_sets: Sequence[GroupSetInfo] = ()
        self.dialog: PostDialog | None = None

    def new_post(self, when: datetime, target_ids: Sequence[int]) -> None:
        """Open the dialog for a new post pre-set to that moment and those groups, once
        the group choices are read; ``self.dialog`` is set when it is open."""
        draft = PostDraft(title="", when=when, target_ids=list(target_ids))

        def read() -> tuple[PostDraft, list[PostSnapshot], list[tuple[int, str]]]:
            return draft, [], self.calendar.group_choices(include=draft.target_ids)

        self.background.read(read, lambda got: self._open_dialog(None, *got), self._failed)

    def edit_post(self, post_id: int, status: PostStatus | None) -> None:
        """Read the post, then open it; ``self.dialog`` is set once it is open."""

        def read() -> tuple[PostDraft, list[PostSnapshot], list[tuple[int, str]]]:
            draft = self.calendar.get(post_id)
            before = self.planner.planning.snapshots([post_id])
            return draft, before, self.calendar.group_choices(include=draft.target_ids)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KeyError):
                self.post_gone.emit(post_id)
            else:
                self._failed(exc)

        self.background.read(read, lambda got: self._open_dialog(status, *got), failed)

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(self.tr("The post could not be read: %1").replace("%1", str(exc)))

    def _open_dialog(
        self,
        status: PostStatus | None,
        draft: PostDraft,
        before: list[PostSnapshot],
        groups: list[tuple[int, str]],
    ) -> PostDialog:
        if self.dialog is not None:
            self.dialog.close()
        assert self.tz is not None, "the tab sets the time zone when it loads"
        dialog = PostDialog(
            self.calendar,
            self.tz,
            draft,
            status,
            self._window,
            group_sets=self.group_sets,
            background=self.background,
            groups=groups,
            robot_preview=self.robot_preview,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda post_id: self._after_save(post_id, before))
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: PostDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _after_save(self, post_id: int, before: list[PostSnapshot]) -> None:
        if before:
            self.planner.edited(before, self.tr("Edit post"))
        else:
            self.planner.created([post_id], self.tr("New post"))
