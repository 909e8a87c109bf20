"""The Matrix screens against a real Synapse: sign in from the accounts dialog, link a group
to a room from its operations window, moderate there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.enums import Platform
from desktop.services.container import Services
from desktop.store.models import Group, ModerationAction
from desktop.ui.accounts.dialog import AccountsDialog
from desktop.ui.groups.matrix_panel import ROOM_ROLE
from desktop.ui.groups.ops_dialog import GroupOpsDialog
from tests.matrix.service_support import add_group, add_operator, session_of, sync_until
from tests.matrix.synapse_server import RegisteredUser, SynapseServer


def test_signing_in_a_matrix_account_from_the_dialog(
    qtbot: QtBot,
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
) -> None:
    ops = new_user("ops")
    dialog = AccountsDialog(services.accounts, matrix=services.matrix_accounts)
    qtbot.addWidget(dialog)
    editor = dialog._open_matrix_editor(None)
    assert editor is not None
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    editor.name.setText("运营号")
    editor.homeserver.setText(running_synapse.url)
    editor.user_id.setText(ops.user_id)
    assert not save.isEnabled()  # neither a password nor a token yet
    editor.password.setText("wrong-password")
    assert save.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: not editor.busy.isVisible(), timeout=20_000)
    assert "Sign-in failed" in editor.error.text()  # the server's refusal, nothing saved
    assert services.matrix_accounts.list() == []
    editor.password.setText(ops.password)
    editor.save()
    # The list shows the account once the save is over (the token is stored last).
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert ops.user_id in dialog.table.item(0, 2).text()
    [row] = services.matrix_accounts.list()
    assert row.has_token and row.config.device_id  # token in the keyring, device kept


def test_linking_a_group_and_moderating_from_its_operations_window(
    qtbot: QtBot,
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, gus = new_user("ops"), new_user("gus")
    group_id = add_group(services)
    with services.db.write() as s:
        g = s.get(Group, group_id)
        assert g is not None
        g.red_lines = "禁止广告\n禁止刷屏"

    async def prepare() -> tuple[int, str]:
        account = await add_operator(services, running_synapse, ops)
        ops_s, gus_s = session_of(running_synapse, ops), session_of(running_synapse, gus)
        try:
            room_id = await ops_s.create_room("品牌福利群", "每周福利")
            await ops_s.invite(room_id, gus.user_id)
            await gus_s.join(room_id)
        finally:
            await ops_s.close()
            await gus_s.close()
        return account, room_id

    account, room_id = arun(prepare())
    dialog = GroupOpsDialog(services, group_id)
    qtbot.addWidget(dialog)
    panel = dialog.matrix
    assert "not linked" in panel.status.text()
    panel.load_rooms()
    qtbot.waitUntil(lambda: panel.rooms.count() == 1, timeout=20_000)
    panel.rooms.setCurrentRow(0)
    assert panel.link_button.isEnabled()
    panel.link_selected()
    qtbot.waitUntil(lambda: "品牌福利群" in panel.status.text(), timeout=20_000)
    assert "2 people" in panel.status.text()
    with services.db.read() as s:
        g = s.get(Group, group_id)
        assert g is not None and g.platform == Platform.MATRIX and g.external_id == room_id

    # The member list of the staffing tab now holds gus; warn, then mute in the room.
    staffing = dialog.staffing
    qtbot.waitUntil(lambda: staffing.table.rowCount() == 1, timeout=10_000)
    staffing.table.selectRow(0)
    staffing.rule_combo.setCurrentText("禁止广告")
    staffing.take_next_step()  # warn: recorded here only
    staffing.take_next_step()  # mute: applied in the room first
    qtbot.waitUntil(lambda: staffing.next_button.isEnabled(), timeout=20_000)

    async def try_to_speak() -> bool:
        gus_s = session_of(running_synapse, gus)
        try:
            await gus_s.send_text(room_id, "我还能说话吗")
            return True
        except Exception:
            return False
        finally:
            await gus_s.close()

    assert arun(try_to_speak()) is False
    with services.db.read() as s:
        actions = list(s.scalars(select(ModerationAction.action).order_by(ModerationAction.id)))
    assert actions == ["warn", "mute"]
    arun(sync_until(services, account, lambda: True))


def test_invitations_are_listed_with_their_inviter_linked_or_declined(
    qtbot: QtBot,
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, gus = new_user("ops"), new_user("gus")
    group_id = add_group(services)

    async def prepare() -> tuple[int, str, str]:
        account = await add_operator(services, running_synapse, ops)
        gus_s = session_of(running_synapse, gus)
        try:
            wanted = await gus_s.create_room("品牌合作群", "", invite=[ops.user_id])
            spam = await gus_s.create_room("免费领币", "", invite=[ops.user_id])
            await sync_until(
                services, account, lambda: len(services.matrix_rooms.invites.pending(account)) == 2
            )
        finally:
            await gus_s.close()
        return account, wanted, spam

    _account, wanted, spam = arun(prepare())

    async def membership(room_id: str) -> str:
        gus_s = session_of(running_synapse, gus)
        try:
            found = [m for m in await gus_s.room_members(room_id) if m.user_id == ops.user_id]
            return found[0].membership
        finally:
            await gus_s.close()

    dialog = GroupOpsDialog(services, group_id)
    qtbot.addWidget(dialog)
    panel = dialog.matrix
    panel.load_rooms()
    qtbot.waitUntil(lambda: panel.rooms.count() == 2, timeout=20_000)
    labels = [panel.rooms.item(i).text() for i in range(panel.rooms.count())]
    assert all(t.startswith("Invitation: ") and gus.user_id in t for t in labels)

    def select(room_id: str) -> None:
        row = next(
            i
            for i in range(panel.rooms.count())
            if panel.rooms.item(i).data(ROOM_ROLE).room_id == room_id
        )
        panel.rooms.setCurrentRow(row)

    select(spam)
    assert panel.decline_button.isEnabled() and panel.link_button.isEnabled()
    panel.decline_selected()
    qtbot.waitUntil(lambda: panel.rooms.count() == 1, timeout=20_000)
    assert "免费领币" in panel.message.text()
    assert arun(membership(spam)) == "leave"

    select(wanted)
    panel.link_selected()
    qtbot.waitUntil(lambda: "品牌合作群" in panel.status.text(), timeout=20_000)
    assert panel.rooms.count() == 0 and not panel.decline_button.isEnabled()
    assert arun(membership(wanted)) == "join"
    with services.db.read() as s:
        g = s.get(Group, group_id)
        assert g is not None and g.external_id == wanted
