"""WeCom (企业微信) server API: callback crypto, the HTTP client, typed calls, errors."""

from desktop.channels.wecom.client import BASE_URL, Retry, TokenCache, WeComClient
from desktop.channels.wecom.crypto import CallbackRejected, WeComCrypto, parse_xml
from desktop.channels.wecom.errors import WeComError
from desktop.channels.wecom.types import AppConfig

__all__ = [
    "BASE_URL",
    "AppConfig",
    "CallbackRejected",
    "Retry",
    "TokenCache",
    "WeComClient",
    "WeComCrypto",
    "WeComError",
    "parse_xml",
]
