"""The team's side: the public address in the workspace settings, and members' "delete me"
requests confirmed (erased, audited with who) or dismissed."""

from __future__ import annotations

from unittest.mock import patch

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.config import Paths
from desktop.services.container import Services
from desktop.store.models import AuditEntry, Member, Operator
from desktop.ui.delete_requests_dialog import DeleteRequestsDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.ui_settings import UiSettings


def test_the_public_address_is_checked_and_kept_in_the_settings(
    qtbot: QtBot, services: Services, paths: Paths
) -> None:
    address = services.member_pages_address
    dialog = SettingsDialog(services.workspace, UiSettings(paths.ui_settings_file), pages=address)
    qtbot.addWidget(dialog)
    dialog.pages_edit.setText("ftp://club.example.org")
    dialog.save()
    assert dialog.pages_error.text() and address.public() == ""
    dialog.pages_edit.setText("https://club.example.org/")
    dialog.show_activity.setChecked(False)
    dialog.save()
    assert address.public() == "https://club.example.org"
    assert address.options() == (False, True)


def test_a_delete_request_is_confirmed_by_a_teammate_and_audited(
    qtbot: QtBot, services: Services
) -> None:
    with services.db.write() as s:
        m = Member(display_name="要删除的人")
        op = Operator(name="林小满")
        s.add_all([m, op])
        s.flush()
        member_id, operator_id = m.id, op.id
    services.member_actions.request_delete(member_id)
    services.member_actions.request_delete(member_id)  # asked twice: one request
    assert [r[1] for r in services.delete_requests.pending()] == [member_id]

    dialog = DeleteRequestsDialog(services.delete_requests, operator_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Yes):
        dialog.confirm()
    qtbot.waitUntil(lambda: dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog))
    with services.db.read() as s:
        erased = s.get(Member, member_id)
        assert erased is not None and erased.erased_at is not None
        audits = {
            (a.action, a.operator_id)
            for a in s.scalars(select(AuditEntry).where(AuditEntry.entity_id == member_id))
        }
    assert ("member_requested_erasure", None) in audits
    assert ("erasure_request_confirmed", operator_id) in audits
