"""QR codes made on this computer (segno): a group's join link, a 微信客服 contact link."""

from __future__ import annotations

import io


def qr_png(text: str, scale: int = 8) -> bytes:
    """A PNG QR code of ``text``, quiet zone included, medium error correction (it still
    reads when a poster is printed small or a little damaged)."""
    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=scale, border=2)
    return out.getvalue()
