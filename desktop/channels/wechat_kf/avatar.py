"""A WeChat user's picture: the ``avatar`` address kf/customer/batchget gives (W/95159)
points at WeChat's image servers, read with a plain GET and no credentials."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

import aiohttp

log = logging.getLogger(__name__)

AVATAR_MAX_BYTES = 1 << 20  # WeChat's are a few KB; anything this big is not a head shot
TIMEOUT = aiohttp.ClientTimeout(total=15)


async def fetch_avatar(url: str) -> bytes | None:
    """The picture at ``url``; None when it cannot be had (never raises: it is decoration)."""
    if urlparse(url).scheme not in ("http", "https"):
        return None
    try:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as http, http.get(url) as resp:
            if resp.status != 200 or not resp.content_type.startswith("image/"):
                log.info("avatar %s not read: HTTP %s, %s", url, resp.status, resp.content_type)
                return None
            data = bytearray()
            async for chunk in resp.content.iter_chunked(64 * 1024):
                data += chunk
                if len(data) > AVATAR_MAX_BYTES:
                    log.info("avatar %s not read: larger than %d bytes", url, AVATAR_MAX_BYTES)
                    return None
            return bytes(data)
    except (TimeoutError, aiohttp.ClientError, ValueError) as e:
        log.info("avatar %s not read: %s", url, e)
        return None


__all__ = ["AVATAR_MAX_BYTES", "fetch_avatar"]
