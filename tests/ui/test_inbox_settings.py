"""The user-facing settings of the inbox: the IMAP side of an email account, the inbox
settings dialog (reply times, banned words, canned replies, labels) and the team figures."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.channels.mail_message import TlsMode
from desktop.services.container import Services
from desktop.services.inbox.settings import CannedEntry, InboxSettingsService, LabelError
from desktop.services.mail.imap_settings import imap_secret_ref
from desktop.services.mail.ingest import InboxIngest
from desktop.ui.accounts.dialog import AccountsDialog
from desktop.ui.accounts.editor import EmailAccountEditor
from desktop.ui.inbox.settings_dialog import InboxSettingsDialog
from desktop.ui.inbox.tab import InboxTab
from desktop.ui.inbox.team_dialog import TeamStatsDialog, duration_text
from tests.sending.conftest import (  # noqa: F401  (fixtures)
    MemoryKeyring,
    memory_keyring,
)

SMTP_PASSWORD = "smtp-密码-1"
IMAP_PASSWORD = "imap-秘密-2"


def _files_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _accounts_dialog(services: Services, qtbot: QtBot) -> AccountsDialog:
    dialog = AccountsDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.calls.busy)
    return dialog


def _fill_smtp(editor: EmailAccountEditor) -> None:
    editor.name.setText("Club inbox")
    editor.from_addr.setText("club@example.org")
    editor.host.setText("smtp.example.org")
    editor.tls.setCurrentIndex(editor.tls.findData(TlsMode.SSL))
    editor.username.setText("club")
    editor.password.setText(SMTP_PASSWORD)


def _ingest(services: Services) -> InboxIngest:
    return InboxIngest(services.db, services.accounts.secrets, services.outbox)


def test_imap_side_saved_from_the_account_editor_is_read_by_the_inbox(
    memory_keyring: MemoryKeyring,  # noqa: F811
    services: Services,
    qtbot: QtBot,
) -> None:
    dialog = _accounts_dialog(services, qtbot)
    editor = dialog.add_account()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    _fill_smtp(editor)
    assert not editor.imap.host.isEnabled()  # off until switched on
    editor.imap.enabled.setChecked(True)
    assert not save.isEnabled()  # switched on without a server
    editor.imap.host.setText("imap.example.org")
    editor.imap.host.textEdited.emit("imap.example.org")
    assert save.isEnabled()
    editor.imap.tls.setCurrentIndex(editor.imap.tls.findData(TlsMode.NONE))
    assert editor.imap.port.value() == 143  # follows the mode
    editor.imap.username.setText("club-in")
    editor.imap.password.setText(IMAP_PASSWORD)
    save.click()
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1)

    ingest = _ingest(services)
    [account] = ingest.imap_accounts()
    assert account.config.host == "imap.example.org"
    assert account.config.port == 143 and account.config.tls == TlsMode.NONE
    assert account.config.username == "club-in"
    assert "club@example.org" in account.own_addresses
    assert ingest.password_for(account) == IMAP_PASSWORD
    assert account.secret_ref is not None
    stored = {user: value for (_service, user), value in memory_keyring.store.items()}
    assert stored[imap_secret_ref(account.secret_ref)] == IMAP_PASSWORD
    assert sorted(memory_keyring.store.values()) == sorted([SMTP_PASSWORD, IMAP_PASSWORD])
    data = _files_under(services.paths.data_dir)
    assert IMAP_PASSWORD.encode() not in data and SMTP_PASSWORD.encode() not in data

    # Editing shows the settings (never the password); the SMTP side keeps working.
    dialog.table.selectRow(0)
    again = dialog.edit_selected()
    assert again is not None and again.imap.enabled.isChecked()
    assert again.imap.host.text() == "imap.example.org" and again.imap.password.text() == ""
    again.port.setValue(2465)
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.rows()[0].email.port == 2465)  # type: ignore[union-attr]
    [account] = ingest.imap_accounts()
    assert account.config.host == "imap.example.org"
    assert ingest.password_for(account) == IMAP_PASSWORD  # empty field kept it

    # Switching receiving off stops the inbox reading it; the settings are remembered.
    dialog.table.selectRow(0)
    third = dialog.edit_selected()
    assert third is not None
    third.imap.enabled.setChecked(False)
    third.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.rows()[0].imap_enabled)
    assert ingest.imap_accounts() == []
    row = dialog.rows()[0]
    assert row.imap is not None and row.imap.host == "imap.example.org"
    assert row.email is not None and row.email.host == "smtp.example.org"


def test_imap_without_its_own_password_or_user_uses_the_smtp_ones(
    memory_keyring: MemoryKeyring,  # noqa: F811
    services: Services,
    qtbot: QtBot,
) -> None:
    dialog = _accounts_dialog(services, qtbot)
    editor = dialog.add_account()
    _fill_smtp(editor)
    editor.imap.enabled.setChecked(True)
    editor.imap.host.setText("imap.example.org")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1)
    ingest = _ingest(services)
    [account] = ingest.imap_accounts()
    assert account.config.username == "club" and account.config.port == 993
    assert ingest.password_for(account) == SMTP_PASSWORD
    assert list(memory_keyring.store.values()) == [SMTP_PASSWORD]


def _tab(services: Services, qtbot: QtBot) -> InboxTab:
    tab = InboxTab(services)
    qtbot.addWidget(tab)
    tab.show()
    _settle(tab, qtbot)
    return tab


def _settle(tab: InboxTab, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not tab.calls.busy)


def _settings(tab: InboxTab) -> InboxSettingsDialog:
    dialog = tab.dialogs.open_settings()
    assert isinstance(dialog, InboxSettingsDialog)
    return dialog


def test_settings_dialog_reply_times_words_and_labels_persist_and_apply(
    demo_services: Services, qtbot: QtBot
) -> None:
    tab = _tab(demo_services, qtbot)
    dialog = _settings(tab)
    assert dialog.first_response.minutes() == 120 and dialog.first_response.unit.currentIndex() == 1
    dialog.first_response.value.setValue(3)  # 3 hours
    dialog.resolution.unit.setCurrentIndex(0)
    dialog.resolution.value.setValue(600)  # 600 minutes
    dialog.days[5].setChecked(True)  # Saturday too
    dialog.words.setPlainText("第一\n  guaranteed  \n\n最好\n")
    dialog.add_label("VIP", "#cc0000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    _settle(tab, qtbot)

    sla = demo_services.inbox.figures.sla_settings()
    assert sla.first_response_minutes == 180 and sla.resolution_minutes == 600
    assert sla.work_days == (0, 1, 2, 3, 4, 5)
    assert demo_services.replies.banned_words() == ["第一", "guaranteed", "最好"]
    assert any(
        lb.name == "VIP" and lb.color == "#cc0000" for lb in demo_services.inbox.thread.labels()
    )
    labels = [tab.label_combo.itemText(i) for i in range(tab.label_combo.count())]
    assert "VIP" in labels

    # The new banned word warns in the reply box.
    qtbot.keyClick(tab.list_view, Qt.Key.Key_J)
    _settle(tab, qtbot)
    box = tab.thread_view.reply_box
    box.editor.setPlainText("Results GUARANTEED")
    box.send_button.click()
    _settle(tab, qtbot)
    assert not box.message.isHidden() and "guaranteed" in box.message.text()

    # Reopened, the dialog shows what was saved.
    again = _settings(tab)
    assert again.first_response.minutes() == 180 and again.resolution.minutes() == 600
    assert again.words.toPlainText().splitlines() == ["第一", "guaranteed", "最好"]

    # Bad values are explained, nothing is saved.
    for box_ in again.days:
        box_.setChecked(False)
    assert not again.save()
    assert "working day" in again.error.text()
    assert demo_services.inbox.figures.sla_settings().work_days == (0, 1, 2, 3, 4, 5)


def test_canned_reply_added_in_settings_is_offered_after_slash(
    demo_services: Services, qtbot: QtBot
) -> None:
    tab = _tab(demo_services, qtbot)
    dialog = _settings(tab)
    page = dialog.canned
    page.new_reply()
    page.shortcut.setText("refund")
    page.title.setText("Refund on its way")
    page.body.setPlainText("{nmae}, your refund is on its way.")
    assert not page.save_reply()
    assert "Unknown variable {nmae}" in page.message.text()
    assert "{name}" in page.message.text()  # says what can be used
    page.body.setPlainText("{name}, your refund is on its way.")
    assert page.save_reply()
    assert "refund" in [e.shortcut for e in page.entries()]  # beside the demo's own
    page.new_reply()
    page.shortcut.setText("/refund")
    page.body.setPlainText("Another text")
    assert not page.save_reply() and "already uses" in page.message.text()
    dialog.reject()

    qtbot.keyClick(tab.list_view, Qt.Key.Key_J)
    _settle(tab, qtbot)
    name = tab.thread_view.row.member_name
    qtbot.keyClick(tab.list_view, Qt.Key.Key_Slash)
    box = tab.thread_view.reply_box
    box.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box.editor, "ref")
    assert box.canned_list.isVisible() and box.canned_list.count() == 1
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    assert box.editor.toPlainText() == f"{name}, your refund is on its way."


def test_labels_and_canned_replies_edit_and_delete(services: Services) -> None:
    settings = InboxSettingsService(services.db)
    settings.save_labels([(None, "a", "#111111"), (None, "b", "#222222")])
    rows = {lb.name: lb.id for lb in settings.labels()}
    # Swapping two names does not trip the unique index; a left-out label goes.
    settings.save_labels([(rows["a"], "b", "#111111"), (rows["b"], "a", "#222222")])
    assert {(lb.id, lb.name) for lb in settings.labels()} == {(rows["a"], "b"), (rows["b"], "a")}
    settings.save_labels([(rows["a"], "b", "#111111")])
    assert [lb.name for lb in settings.labels()] == ["b"]
    for bad in (
        [(None, "", "#111111")],
        [(None, "x", "red")],
        [(None, "x", "#1"), (None, "x", "#1")],
    ):
        try:
            settings.save_labels(bad)
        except LabelError:
            pass
        else:  # pragma: no cover
            raise AssertionError(bad)
    cid = settings.save_canned(CannedEntry(None, "hi", "", "Hello {name}"))
    settings.save_canned(CannedEntry(cid, "hello", "Greeting", "Hello {name}!"))
    assert [(e.shortcut, e.title) for e in settings.canned()] == [("hello", "Greeting")]
    assert services.replies.canned("hel")[0].body == "Hello {name}!"
    settings.delete_canned(cid)
    assert settings.canned() == []


def test_team_view_shows_figures_per_operator(demo_services: Services, qtbot: QtBot) -> None:
    tab = _tab(demo_services, qtbot)
    dialog = tab.dialogs.open_team()
    assert isinstance(dialog, TeamStatsDialog)
    dialog.period.setCurrentIndex(dialog.period.findData(365))
    qtbot.waitUntil(lambda: not dialog.calls.busy)  # read off the UI thread
    stats = dialog.stats()
    assert stats and dialog.table.rowCount() == len(stats)
    for i, st in enumerate(stats):
        assert dialog.table.item(i, 1).text() == str(st.conversations)
        assert dialog.table.item(i, 2).text() == str(st.replies)
        assert dialog.table.item(i, 3).text() == duration_text(st.first_response_median)
        assert dialog.table.item(i, 4).text() == duration_text(st.resolution_median)
    assert any(st.replies for st in stats)
    assert duration_text(None) == "—"
    assert duration_text(timedelta(minutes=45)) == "45 min"
    assert duration_text(timedelta(hours=3, minutes=5)) == "3 h 5 min"
    assert duration_text(timedelta(days=2, hours=4)) == "2 d 4 h"
