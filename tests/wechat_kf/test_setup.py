"""Setting up 微信客服: accounts from WeCom, texts, contact links with scene and QR, media."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.store.models import KfAccount, Member, MemberContact
from desktop.ui.accounts.wechat_kf_dialog import WeChatKfDialog

from .conftest import OPEN_KFID, KfEnv, run


def test_dialog_serves_accounts_saves_texts_and_makes_contact_links(
    kf_env: KfEnv, qtbot: QtBot
) -> None:
    kf_env.kf.accounts["wkSecond000000002"] = "售后客服"
    dialog = WeChatKfDialog(kf_env.services)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.app_combo.count() == 1)
    dialog.load_available()
    qtbot.waitUntil(lambda: dialog.available.count() == 2)
    second = next(
        dialog.available.item(i) for i in range(2) if "wkSecond" in dialog.available.item(i).text()
    )
    second.setCheckState(Qt.CheckState.Checked)
    dialog.serve_checked()
    qtbot.waitUntil(lambda: dialog.served_combo.count() == 2)
    with kf_env.services.db.read() as s:
        assert set(s.scalars(select(KfAccount.open_kfid))) == {OPEN_KFID, "wkSecond000000002"}

    dialog.served_combo.setCurrentIndex(dialog.served_combo.findData(kf_env.account_id))
    dialog.welcome_edit.setPlainText("欢迎光临")
    dialog.save_texts_clicked()
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved.")
    served = {r.account_id: r for r in kf_env.services.wechat_kf_accounts.served()}
    assert served[kf_env.account_id].welcome_text == "欢迎光临"

    dialog.served_combo.setCurrentIndex(dialog.served_combo.findData(kf_env.account_id))
    dialog.scene_edit.setText("poster_1212")
    dialog.label_edit.setText("门店海报")
    dialog.add_link()
    qtbot.waitUntil(lambda: dialog.links.count() == 1)
    assert (
        "门店海报" in dialog.links.item(0).text()
        and "0 conversations" in dialog.links.item(0).text()
    )
    dialog.scene_edit.setText("bad scene!")
    dialog.add_link()
    qtbot.waitUntil(lambda: "scene" in dialog.message.text())


def test_a_contact_link_scene_is_the_members_source_and_counts(kf_env: KfEnv) -> None:
    actions = kf_env.services.wechat_kf_actions
    link = run(actions.add_link(kf_env.account_id, "store_gz", "广州门店"))
    assert link.url.startswith("https://work.weixin.qq.com/kf/")
    assert actions.qr_png(link.url).startswith(b"\x89PNG")
    with kf_env.server.state.lock:
        kf_env.kf.user_enters(kf_env.server.state, OPEN_KFID, "wmMei", scene="store_gz")
    kf_env.user_says("wmMei", "你好")
    kf_env.sync()
    assert [(x.scene, x.conversations) for x in actions.links(kf_env.account_id)] == [
        ("store_gz", 1)
    ]
    with kf_env.services.db.read() as s:
        member = s.scalar(
            select(Member).join(MemberContact).where(MemberContact.address == "wmMei")
        )
        assert member is not None and member.source == "微信客服:store_gz"


def test_media_round_trip(kf_env: KfEnv) -> None:
    client, _config = kf_env.services.wechat_kf_accounts.client_for(kf_env.account_id)

    async def scenario() -> tuple[str, bytes, str]:
        try:
            media_id = await client.upload("voice", "hello.amr", b"#!AMR\nvoice")
            got = await client.download(media_id)
            return media_id, got.content, got.filename
        finally:
            await client.wecom.close()

    media_id, content, filename = run(scenario())
    assert media_id and content == b"#!AMR\nvoice" and filename == "hello.amr"
