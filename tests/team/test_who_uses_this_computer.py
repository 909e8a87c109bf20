"""Who uses this computer, in a team (R4, issue 18): with several teammates and none chosen
here, the status bar asks instead of quietly speaking for the first of them; once chosen in
File → Teammates…, replies, presence and the name on saved rows are that teammate's."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services.runtime import Runtime
from desktop.services.team import TeammateService
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings
from desktop.ui.window_operator import ME_KEY

from .test_live_views import pair

__all__ = ["pair"]  # the fixture


def test_a_team_computer_asks_who_uses_it_then_acts_as_them(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot
) -> None:
    _a, b = pair
    team = TeammateService(b.services.db)
    team.add("陈可乐")
    ming = team.add("王小明")
    settings = UiSettings(tmp_path / "b-ui.ini")
    window = MainWindow(b.services, settings)
    qtbot.addWidget(window)
    window.show()
    prompt = window.operator.prompt
    assert prompt.isVisible() and "Who uses this computer" in prompt.text()

    settings.set_value(ME_KEY, ming)  # chosen in File → Teammates…
    window.operator.changed()
    assert not prompt.isVisible()
    assert b.services.live_identity.name == "王小明"
    assert b.services.live_identity.teammate == "王小明"
    inbox = window.inbox_tab
    assert inbox.operator_id == ming
    assert inbox.thread_view.reply_box.operator_id == ming
    assert inbox.thread_view.presence.operator_id == ming


def test_a_team_of_one_is_not_asked(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot
) -> None:
    _a, b = pair
    TeammateService(b.services.db).add("陈可乐")
    window = MainWindow(b.services, UiSettings(tmp_path / "b-ui.ini"))
    qtbot.addWidget(window)
    window.show()
    assert not window.operator.prompt.isVisible()
    assert b.services.live_identity.name == "陈可乐"
