"""File → Team database…: check a server, remember the choice without its password, and
open that workspace at the next start."""

from __future__ import annotations

import socket
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desktop.app import with_team_database
from desktop.config import resolve_paths
from desktop.secrets import SecretStore
from desktop.services.team.database import (
    SECRET_REF,
    SETTING_KEY,
    TeamDatabase,
    check_team_database,
    team_url_at_start,
)
from desktop.services.workspace.service import open_workspace
from desktop.ui.team_dialog import TeamDatabaseDialog
from desktop.ui.ui_settings import UiSettings


def _team(url: str) -> TeamDatabase:
    u = make_url(url)
    return TeamDatabase(u.host or "", u.database or "", u.username or "", u.port or 5432)


def test_check_says_what_the_server_holds(pg_url: str, pg_empty_url: str) -> None:
    ok = check_team_database(_team(pg_url), None)
    assert ok.ok and "Shequn Desk workspace" in ok.message
    empty = check_team_database(_team(pg_empty_url), None)
    assert empty.ok and "empty" in empty.message
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    down = TeamDatabase("127.0.0.1", "shequn", "ops", closed)
    failed = check_team_database(down, "pw-secret")
    assert not failed.ok and "pw-secret" not in failed.message


def test_the_dialog_remembers_the_team_database_and_the_next_start_opens_it(
    qtbot: QtBot, tmp_path: Path, pg_url: str
) -> None:
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    ui = UiSettings(paths.ui_settings_file)
    secrets = SecretStore()
    dialog = TeamDatabaseDialog(ui, secrets)
    qtbot.addWidget(dialog)
    team = _team(pg_url)
    assert not dialog.use_button.isEnabled()  # nothing typed yet
    dialog.host.setText(team.host)
    dialog.port.setValue(team.port)
    dialog.database.setText(team.database)
    dialog.user.setText(team.user)
    dialog.password.setText("pw-123")
    dialog.test()
    qtbot.waitUntil(lambda: "Works" in dialog.result_message.text(), timeout=15_000)
    dialog.use()
    saved = ui.value(SETTING_KEY)
    assert isinstance(saved, str) and "pw-123" not in saved
    assert secrets.get(SECRET_REF) == "pw-123"
    url = team_url_at_start(saved, secrets)
    assert url is not None and make_url(url).password == "pw-123"
    # The next start: the saved choice becomes the workspace's database.
    started = with_team_database(
        resolve_paths(tmp_path / "data"), UiSettings(paths.ui_settings_file)
    )
    assert (
        started.database_url is not None
        and make_url(started.database_url).database == team.database
    )
    opened = open_workspace(started)
    assert opened.sqlite_path is None
    opened.db.dispose()
    dialog.use_local()
    assert ui.value(SETTING_KEY) is None and secrets.get(SECRET_REF) is None
    assert with_team_database(paths, UiSettings(paths.ui_settings_file)).database_url is None
