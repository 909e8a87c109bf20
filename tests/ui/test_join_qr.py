"""A join QR code for posters (issue 15, item 7): the group's own join link (its Matrix room's
matrix.to link) is offered, any pasted link works too, a non-link is refused with a message,
and the code is saved as the PNG shown."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain.enums import ChannelKind, Platform
from desktop.services.container import Services
from desktop.services.groups import GroupDraft
from desktop.services.qr_codes import qr_png
from desktop.store.models import ChannelAccount, Group
from desktop.ui.groups.announcement_panel import AnnouncementPanel


def _matrix_group(services: Services) -> int:
    with services.db.write() as s:
        account = ChannelAccount(
            kind=ChannelKind.MATRIX, name="拾光 Matrix", config={"user_id": "@ops:example.org"}
        )
        s.add(account)
        s.flush()
        group = Group(
            name="拾光咖啡·线上1群",
            platform=Platform.MATRIX,
            channel_account_id=account.id,
            external_id="!abc123:example.org",
        )
        s.add(group)
        s.flush()
        return group.id


def test_a_matrix_group_offers_its_room_link_and_saves_its_code(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    panel = AnnouncementPanel(services.groups, _matrix_group(services))
    qtbot.addWidget(panel)
    box = panel.join_qr
    link = "https://matrix.to/#/!abc123%3Aexample.org?via=example.org"
    assert box.link.text() == link
    assert not box.save_button.isEnabled()

    assert box.make()
    assert box.png == qr_png(link) and box.png.startswith(b"\x89PNG")
    assert box.image.isVisibleTo(panel) and box.save_button.isEnabled()
    box.save_to(tmp_path / "join.png")
    assert (tmp_path / "join.png").read_bytes() == box.png

    box.link.setText("https://example.org/other")  # the old code is not this link's
    assert box.png is None and not box.save_button.isEnabled()


def test_any_pasted_link_works_and_a_non_link_is_refused(qtbot: QtBot, services: Services) -> None:
    group = services.groups.save(GroupDraft(name="拾光咖啡·北京1群"))
    assert services.groups.join_qr(group) is None  # no room, no invite address
    panel = AnnouncementPanel(services.groups, group)
    qtbot.addWidget(panel)
    box = panel.join_qr
    assert box.link.text() == ""

    box.link.setText("拾光咖啡北京群")
    assert not box.make()
    assert "Paste the link" in box.message.text() and box.png is None

    box.link.setText("https://weixin.qq.com/g/AbCdEf123")
    assert box.make() and box.png == qr_png("https://weixin.qq.com/g/AbCdEf123")
