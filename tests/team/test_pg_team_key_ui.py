"""The team key in File → Team database…: an admin creates it and generates an invite, a
teammate joins with the code; a used code is refused with its reason."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.team.keys import TeamKeys
from desktop.services.team.vault import team_secret_store
from desktop.store.db import Database
from desktop.ui.team_key_box import TeamKeyBox
from tests.sending.conftest import MemoryKeyring, memory_keyring  # noqa: F401


def _box(qtbot: QtBot, db: Database) -> TeamKeyBox:
    box = TeamKeyBox(TeamKeys(db, team_secret_store(db)))
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.status is not None, timeout=10_000)
    return box


def test_an_admin_invites_and_a_teammate_joins_from_the_dialog(
    qtbot: QtBot,
    pg_db: Database,
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    admin = _box(qtbot, pg_db)
    assert admin.create_button.isEnabled() and not admin.invite_button.isEnabled()
    admin.create_button.click()
    qtbot.waitUntil(lambda: admin.invite_button.isEnabled(), timeout=10_000)
    assert "holds the team key" in admin.status_label.text()
    admin.invite_button.click()
    qtbot.waitUntil(lambda: bool(admin.invite_code.text()), timeout=10_000)
    code = admin.invite_code.text()

    memory_keyring.store.clear()  # the teammate's computer has no key yet
    teammate = _box(qtbot, pg_db)
    qtbot.waitUntil(lambda: "cannot read" in teammate.status_label.text())
    assert not teammate.create_button.isEnabled()
    teammate.join_code.setText(code)
    teammate.join_button.click()
    qtbot.waitUntil(lambda: "holds the team key" in teammate.status_label.text(), timeout=10_000)

    memory_keyring.store.clear()
    third = _box(qtbot, pg_db)
    third.join_code.setText(code)
    qtbot.waitUntil(lambda: third.join_button.isEnabled())
    third.join_button.click()
    qtbot.waitUntil(lambda: "already used" in third.message.text(), timeout=10_000)
    assert third.message.isVisible() or third.message.text()
