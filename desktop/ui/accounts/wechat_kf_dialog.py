"""微信客服 setup under a WeCom app account: which 客服账号 the inbox serves, each one's
welcome text and 结束语, and its contact links (one per scene: poster, mini-program, store)
with a QR code as PNG and the number of conversations each brought.

Network calls (kf/account/list, kf/add_contact_way) go through ``Background.call``; the
short local reads and writes through ``Background.read`` / ``change``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.wechat_kf import ContactLink, KfAccountInfo, ServedAccount
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage


class WeChatKfDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("WeChat customer service (微信客服)"))
        self.accounts = services.wechat_kf_accounts
        self.kf_actions = services.wechat_kf_actions
        self.wecom = services.wecom_accounts
        self.templates = services.templates
        self.calls = Background(self)
        self._served: list[ServedAccount] = []

        self.app_combo = QComboBox()
        self.load_button = QPushButton(self.tr("Load 客服账号 from WeCom"))
        self.load_button.clicked.connect(self.load_available)
        self.available = QListWidget()
        self.available.setObjectName("kfAvailable")
        self.serve_button = QPushButton(self.tr("Serve the checked accounts in the inbox"))
        self.serve_button.clicked.connect(self.serve_checked)

        self.served_combo = QComboBox()
        self.served_combo.currentIndexChanged.connect(self._show_served)
        self.welcome_edit = QPlainTextEdit()
        self.welcome_edit.setMaximumHeight(70)
        self.welcome_edit.setPlaceholderText(
            self.tr("Sent within 20 s when someone opens the chat (empty: no welcome)")
        )
        self.end_edit = QPlainTextEdit()
        self.end_edit.setMaximumHeight(50)
        self.end_edit.setPlaceholderText(self.tr("Sent when an operator ends the session"))
        self.journey_combo = QComboBox()
        self.journey_combo.setObjectName("kfJourney")
        self.save_texts = QPushButton(self.tr("Save texts"))
        self.save_texts.clicked.connect(self.save_texts_clicked)

        self.scene_edit = QLineEdit()
        self.scene_edit.setPlaceholderText(self.tr("scene, e.g. poster_1212"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("where it is used, e.g. 门店海报"))
        self.add_link_button = QPushButton(self.tr("Create link"))
        self.add_link_button.clicked.connect(self.add_link)
        self.links = QListWidget()
        self.links.setObjectName("kfLinks")
        self.qr_button = QPushButton(self.tr("Save QR code (PNG)…"))
        self.qr_button.clicked.connect(self.save_qr)
        self.message = InlineMessage()

        form = QFormLayout()
        app_row = QHBoxLayout()
        app_row.addWidget(self.app_combo, 1)
        app_row.addWidget(self.load_button)
        form.addRow(self.tr("WeCom app"), app_row)
        form.addRow(self.tr("客服账号"), self.available)
        form.addRow("", self.serve_button)
        form.addRow(self.tr("Served account"), self.served_combo)
        form.addRow(self.tr("Welcome journey"), self.journey_combo)
        form.addRow(self.tr("Welcome text"), self.welcome_edit)
        form.addRow(self.tr("Closing words (结束语)"), self.end_edit)
        form.addRow("", self.save_texts)
        link_row = QHBoxLayout()
        link_row.addWidget(self.scene_edit)
        link_row.addWidget(self.label_edit)
        link_row.addWidget(self.add_link_button)
        form.addRow(self.tr("New contact link"), link_row)
        form.addRow(self.tr("Contact links"), self.links)
        form.addRow("", self.qr_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 620)
        self.reload()

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        wecom, accounts, templates = self.wecom, self.accounts, self.templates
        self.calls.read(
            lambda: (wecom.list(), accounts.served(), templates.journeys()), self._loaded
        )

    def _loaded(self, got: tuple[list, list[ServedAccount], list]) -> None:
        apps, served, journeys = got
        self.journey_combo.clear()
        self.journey_combo.addItem(self.tr("None: send the welcome text"), None)
        for journey in journeys:
            self.journey_combo.addItem(journey.name, journey.id)
        self.app_combo.clear()
        for app in apps:
            self.app_combo.addItem(app.name, app.id)
        if not apps:
            self.message.show_info(self.tr("Add a WeCom app account first (Accounts…)."))
        self._served = served
        current = self.served_combo.currentData()
        self.served_combo.blockSignals(True)
        self.served_combo.clear()
        for row in served:
            self.served_combo.addItem(f"{row.name} ({row.open_kfid})", row.account_id)
        self.served_combo.blockSignals(False)
        index = max(self.served_combo.findData(current), 0)
        self.served_combo.setCurrentIndex(index)
        self._show_served()

    def _current(self) -> ServedAccount | None:
        account_id = self.served_combo.currentData()
        return next((r for r in self._served if r.account_id == account_id), None)

    def _show_served(self, _index: int = 0) -> None:
        row = self._current()
        self.welcome_edit.setPlainText(row.welcome_text if row else "")
        self.end_edit.setPlainText(row.end_text if row else "")
        self.journey_combo.setCurrentIndex(
            max(self.journey_combo.findData(row.journey_id if row else None), 0)
        )
        for w in (self.welcome_edit, self.end_edit, self.save_texts, self.add_link_button):
            w.setEnabled(row is not None)
        self.links.clear()
        if row is None:
            return
        actions, account_id = self.kf_actions, row.account_id
        self.calls.read(lambda: actions.links(account_id), self._show_links)

    def _show_links(self, links: list[ContactLink]) -> None:
        self.links.clear()
        for link in links:
            item = QListWidgetItem(
                self.tr("%1 · %2 · %3 conversations")
                .replace("%1", link.label or link.scene)
                .replace("%2", link.url)
                .replace("%3", str(link.conversations))
            )
            item.setData(Qt.ItemDataRole.UserRole, link)
            self.links.addItem(item)

    # -- WeCom ----------------------------------------------------------------------------------

    def load_available(self) -> None:
        app_id = self.app_combo.currentData()
        if app_id is None:
            return
        accounts = self.accounts
        self.message.show_info(self.tr("Asking WeCom…"))
        self.calls.call(lambda: accounts.available(app_id), self._show_available, self._failed)

    def _show_available(self, infos: list[KfAccountInfo]) -> None:
        self.message.clear_message()
        served = {r.open_kfid for r in self._served if r.serves_inbox}
        self.available.clear()
        for info in infos:
            item = QListWidgetItem(f"{info.name} ({info.open_kfid})")
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = info.open_kfid in served
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.available.addItem(item)
        if not infos:
            self.message.show_info(
                self.tr("WeCom lists no 客服账号 this app may manage (微信客服 → API).")
            )

    def serve_checked(self) -> None:
        app_id = self.app_combo.currentData()
        if app_id is None:
            return
        chosen = []
        for i in range(self.available.count()):
            item = self.available.item(i)
            info = item.data(Qt.ItemDataRole.UserRole)
            chosen.append((info, item.checkState() == Qt.CheckState.Checked))
        accounts = self.accounts

        def save() -> None:
            for info, serves in chosen:
                if serves or info.open_kfid in {r.open_kfid for r in self._served}:
                    accounts.serve_from_app(app_id, info, serves_inbox=serves)

        self.calls.change(save, lambda _r: self.reload(), self._failed)

    def save_texts_clicked(self) -> None:
        row = self._current()
        if row is None:
            return
        accounts, welcome, end = (
            self.accounts,
            self.welcome_edit.toPlainText(),
            self.end_edit.toPlainText(),
        )
        journey = self.journey_combo.currentData()

        def save() -> None:
            accounts.set_texts(row.account_id, welcome_text=welcome, end_text=end)
            accounts.set_journey(row.account_id, journey)

        self.calls.change(
            save,
            lambda _r: self._saved(),
            self._failed,
        )

    def _saved(self) -> None:
        self.message.show_info(self.tr("Saved."))
        self.reload()

    def add_link(self) -> None:
        row = self._current()
        if row is None:
            return
        actions = self.kf_actions
        scene, label = self.scene_edit.text(), self.label_edit.text()
        self.calls.call(
            lambda: actions.add_link(row.account_id, scene, label),
            lambda _link: self._link_added(),
            self._failed,
        )

    def _link_added(self) -> None:
        self.scene_edit.clear()
        self.label_edit.clear()
        self._show_served()

    def save_qr(self) -> None:
        item = self.links.currentItem()
        if item is None:
            self.message.show_info(self.tr("Pick a contact link first."))
            return
        link: ContactLink = item.data(Qt.ItemDataRole.UserRole)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save QR code"), f"kf-{link.scene}.png", "PNG (*.png)"
        )
        if not path:
            return
        png = self.kf_actions.qr_png(link.url)
        try:
            Path(path).write_bytes(png)
        except OSError as e:
            self.message.show_error(self.tr("Could not save: %1").replace("%1", str(e)))
            return
        self.message.show_info(self.tr("Saved %1.").replace("%1", path))

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(str(exc))


__all__ = ["WeChatKfDialog"]
