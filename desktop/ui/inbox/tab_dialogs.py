"""The inbox tab's dialogs and the buttons on its search line that open them: settings
(reply-time standards, labels, canned replies), campaigns, 微信客服 and team figures.

The texts keep the tab's translation context ("InboxTab"), where they were written first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QPushButton

if TYPE_CHECKING:
    from desktop.ui.inbox.tab import InboxTab


class InboxDialogs(QObject):
    def __init__(self, tab: InboxTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("inboxSettings")
        self.settings_button.clicked.connect(self.open_settings)
        self.team_button = QPushButton()
        self.team_button.setObjectName("inboxTeam")
        self.team_button.clicked.connect(self.open_team)
        self.campaigns_button = QPushButton()
        self.campaigns_button.setObjectName("inboxCampaigns")
        self.campaigns_button.clicked.connect(self.open_campaigns)
        self.kf_button = QPushButton()
        self.kf_button.setObjectName("inboxWeChatKf")
        self.kf_button.clicked.connect(self.open_wechat_kf)
        # In the search line's order.
        self.buttons = (
            self.settings_button,
            self.campaigns_button,
            self.kf_button,
            self.team_button,
        )

    def retranslate(self) -> None:
        self.settings_button.setText(QCoreApplication.translate("InboxTab", "Settings…"))
        self.team_button.setText(QCoreApplication.translate("InboxTab", "Team…"))
        self.campaigns_button.setText(QCoreApplication.translate("InboxTab", "Campaigns…"))
        self.kf_button.setText(QCoreApplication.translate("InboxTab", "WeChat…"))
        self.kf_button.setToolTip(
            QCoreApplication.translate(
                "InboxTab", "微信客服: accounts, welcome text, contact links"
            )
        )
        self.campaigns_button.setToolTip(
            QCoreApplication.translate(
                "InboxTab", "Surveys, lotteries and collections members join by writing a keyword"
            )
        )

    def open_settings(self) -> QDialog:
        from desktop.ui.inbox.settings_dialog import InboxSettingsDialog

        tab = self._tab
        dialog = InboxSettingsDialog(tab.inbox.settings, tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(tab.settings_saved)
        dialog.canned.changed.connect(lambda: tab.thread_view.reply_box.canned_list.hide())
        dialog.open()
        return dialog

    def open_wechat_kf(self) -> QDialog:
        from desktop.ui.accounts.wechat_kf_dialog import WeChatKfDialog

        dialog = WeChatKfDialog(self._tab.services, self._tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_campaigns(self) -> QDialog:
        from desktop.ui.inbox.campaigns_dialog import CampaignsDialog

        tab = self._tab
        dialog = CampaignsDialog(
            tab.services.campaigns,
            tab.services.campaign_entries,
            tab.operator_id,
            tab,
            invites=tab.services.survey_invites,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.entries_view.tz = tab.tz
        dialog.finished.connect(lambda _=0: tab.refresh())  # answers went into threads
        dialog.open()
        return dialog

    def open_team(self) -> QDialog:
        from desktop.ui.inbox.team_dialog import TeamStatsDialog

        dialog = TeamStatsDialog(self._tab.inbox.figures, self._tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
