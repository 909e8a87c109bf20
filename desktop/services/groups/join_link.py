"""A group's join link: what ``{join_link}`` fills in a welcome and what its join QR code
holds — the group's invite URL when its external ID is one, the matrix.to link of its
Matrix room."""

from __future__ import annotations

from urllib.parse import quote

from sqlalchemy.orm import Session

from desktop.domain.enums import Platform
from desktop.store.models import ChannelAccount, Group


def matrix_room_link(room_id: str, server: str) -> str:
    """The matrix.to link that opens a room in any Matrix client; ``via`` names a server
    that can let the newcomer in (room ids carry none since room version 12)."""
    return f"https://matrix.to/#/{quote(room_id, safe='!')}" + (
        f"?via={quote(server)}" if server else ""
    )


def _account_server(s: Session, account_id: int | None) -> str:
    account = s.get(ChannelAccount, account_id) if account_id is not None else None
    user = str((account.config or {}).get("user_id", "")) if account is not None else ""
    return user.partition(":")[2]


def join_link(s: Session, g: Group) -> str:
    """The link that lets someone join ``g``; "" when the app knows none."""
    external = g.external_id or ""
    if g.platform == Platform.MATRIX and external.startswith("!"):
        return matrix_room_link(external, _account_server(s, g.channel_account_id))
    return external if external.startswith(("http://", "https://")) else ""
