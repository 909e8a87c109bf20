"""The post dialog from the calendar tab: a new post in a cell, or an existing one to edit.

A mixin of ``CalendarTab`` beside ``TabActions``. A saved dialog is recorded on the tab's
``Planner``, so it can be undone. Deleting stays in the tab itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.domain.enums import PostStatus
from desktop.services.calendar import PostCard, PostDraft
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.i18n import MixinTr

if TYPE_CHECKING:
    from desktop.ui.calendar.tab import CalendarTab

    _Base = CalendarTab
else:
    _Base = MixinTr  # self.tr finds this mixin's strings, plural ones too


class PostEditing(_Base):
    def new_post(self, slot_row: int, day_column: int) -> PostDialog:
        """Open the dialog for a new post pre-set to that day and slot."""
        day = self.model.day(day_column)
        slot = self.model.slot(slot_row)
        when = datetime.combine(day, slot.at, self._settings.tz)
        draft = PostDraft(title="", when=when, target_ids=self.filter_group_ids() or [])
        return self._open_dialog(draft, None)

    def edit_post(self, post_id: int) -> PostDialog | None:
        try:
            draft = self.services.calendar.get(post_id)
        except KeyError:
            self.reload()  # deleted elsewhere; show what is there now
            return None
        card = self._card(post_id)
        return self._open_dialog(draft, card.status if card else None)

    def _card(self, post_id: int) -> PostCard | None:
        return self.model.first_card(post_id)

    def _open_dialog(self, draft: PostDraft, status: PostStatus | None) -> PostDialog:
        if self.dialog is not None:
            self.dialog.close()
        before = self.services.planning.snapshots([draft.id]) if draft.id is not None else []
        dialog = PostDialog(
            self.services.calendar, self._settings.tz, draft, status, self, self.services
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

    def _after_save(self, post_id: int, before: list) -> None:
        if before:
            self.planner.edited(before, self.tr("Edit post"))
        else:
            self.planner.created([post_id], self.tr("New post"))
        self.reload(select_post=post_id)

    def _new_in_current_cell(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.new_post(index.row(), index.column())
            return
        column = self.model.today_column()
        self.new_post(0, 0 if column is None else column)

    def _edit_selected(self) -> None:
        post_id = self.view.selected_post_id()
        if post_id is not None:
            self.edit_post(post_id)
