"""Teammates (R4): add, roles, deactivate — audited, never leaving the workspace without an
admin — and who uses this computer, which the inbox then acts as."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.config import Paths
from desktop.domain.enums import OperatorRole
from desktop.services.container import Services
from desktop.services.team.teammates import TeammateError
from desktop.store.models import AuditEntry
from desktop.ui.teammates_dialog import ME_KEY, TeammatesDialog
from desktop.ui.ui_settings import UiSettings


def test_roles_and_leaving_are_audited_and_one_admin_always_stays(services: Services) -> None:
    team = services.teammates
    lin = team.add("林小满", "lin@example.cn", OperatorRole.ADMIN)
    zhou = team.add("周一诺")
    with pytest.raises(TeammateError, match="duplicate"):
        team.add(" 周一诺 ")
    with pytest.raises(TeammateError, match="email"):
        team.add("陈可乐", "not-an-address")
    with pytest.raises(TeammateError, match="last_admin"):
        team.set_role(lin, OperatorRole.OPERATOR, by=lin)
    with pytest.raises(TeammateError, match="last_admin"):
        team.set_active(lin, False, by=lin)
    team.set_role(zhou, OperatorRole.ADMIN, by=lin)
    team.set_active(lin, False, by=zhou)  # another admin remains: allowed
    rows = {t.name: t for t in team.list()}
    assert rows["周一诺"].role == OperatorRole.ADMIN and not rows["林小满"].active
    assert [t.name for t in team.list(include_inactive=False)] == ["周一诺"]
    with services.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "operator")))
    assert actions == [
        "teammate_added",
        "teammate_added",
        "teammate_role",
        "teammate_deactivated",
    ]


def test_the_dialog_adds_teammates_and_remembers_who_uses_this_computer(
    qtbot: QtBot, services: Services, paths: Paths
) -> None:
    ui = UiSettings(paths.ui_settings_file)
    dialog = TeammatesDialog(services.teammates, ui)
    qtbot.addWidget(dialog)
    dialog.add()
    assert "needs a name" in dialog.message.text()  # nothing typed: a clear refusal
    dialog.name.setText("陈可乐")
    dialog.email.setText("kele@example.cn")
    dialog.add()
    dialog.name.setText("周一诺")
    dialog.add()
    assert dialog.table.rowCount() == 2 and dialog.me.count() == 2
    dialog.me.setCurrentIndex(dialog.me.findText("周一诺"))
    dialog._me_chosen(dialog.me.currentIndex())
    chosen = ui.value(ME_KEY)
    assert chosen is not None
    names = {t.id: t.name for t in services.teammates.list()}
    assert names[int(chosen)] == "周一诺"  # type: ignore[call-overload]


def test_the_inbox_acts_as_the_teammate_chosen_for_this_computer(
    qtbot: QtBot, demo_services: Services, paths: Paths
) -> None:
    from desktop.ui.main_window import MainWindow

    ui = UiSettings(paths.ui_settings_file)
    window = MainWindow(demo_services, ui)
    qtbot.addWidget(window)
    inbox = window.inbox_tab
    first = inbox.operator_id  # type: ignore[attr-defined]
    active = demo_services.teammates.list(include_inactive=False)
    second = next(t.id for t in active if t.id != first)
    ui.set_value(ME_KEY, second)
    window.operator.changed()
    assert inbox.operator_id == second  # type: ignore[attr-defined]
    assert inbox.thread_view.reply_box.operator_id == second  # type: ignore[attr-defined]
