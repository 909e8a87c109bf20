"""Building the email itself: deterministic Message-ID, text + HTML, unsubscribe headers."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from enum import StrEnum
from typing import Any

from desktop.channels.base import OutgoingMessage
from desktop.channels.mail_policy import POLICY
from desktop.domain.enums import ConsentPurpose


class TlsMode(StrEnum):
    STARTTLS = "starttls"  # plain connect, then upgrade (port 587)
    SSL = "ssl"  # TLS from the first byte (port 465)
    NONE = "none"  # no encryption: only for a relay on the same machine or network


@dataclass(frozen=True)
class EmailConfig:
    """Everything about an SMTP account except its password (stored in ChannelAccount.config)."""

    host: str
    port: int = 587
    tls: TlsMode = TlsMode.STARTTLS
    username: str = ""
    from_addr: str = ""
    from_name: str = ""
    unsubscribe_mailto: str = ""  # default: the from address
    timeout: float = 30.0
    validate_certs: bool = True
    rate_per_second: float = 5.0  # pacing; 0 = as fast as the server takes them
    burst: int = 10
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys survive a round trip

    _KEYS = (
        "host",
        "port",
        "tls",
        "username",
        "from_addr",
        "from_name",
        "unsubscribe_mailto",
        "timeout",
        "validate_certs",
        "rate_per_second",
        "burst",
    )

    def to_json(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in self._KEYS}
        data["tls"] = str(self.tls)
        return {**self.extra, **data}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EmailConfig:
        known = {k: data[k] for k in cls._KEYS if k in data}
        extra = {k: v for k, v in data.items() if k not in cls._KEYS}
        if "tls" in known:
            known["tls"] = TlsMode(known["tls"])
        return cls(**known, extra=extra)

    def problems(self) -> list[str]:
        """Field names that are unusable, for the account dialog to mark."""
        bad = []
        if not self.host.strip():
            bad.append("host")
        if not 0 < int(self.port) < 65536:
            bad.append("port")
        if "@" not in self.from_addr:
            bad.append("from_addr")
        if self.timeout <= 0:
            bad.append("timeout")
        if self.rate_per_second < 0 or self.burst < 1:
            bad.append("rate_per_second")
        return bad

    @property
    def domain(self) -> str:
        return self.from_addr.rpartition("@")[2] or "shequn.invalid"


def message_id_for(idempotency_key: str, domain: str) -> str:
    """Same key → same Message-ID: a resend after a crash is recognisable as the same mail."""
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:40]
    return f"<{digest}@{domain}>"


def unsubscribe_token(idempotency_key: str) -> str:
    """Opaque token for unsubscribe links: identifies the delivery, reveals nothing."""
    return hashlib.sha256(b"unsub:" + idempotency_key.encode("utf-8")).hexdigest()[:32]


_MSG_ID = re.compile(r"<[^<>\s]+@[^<>\s]+>")


def _message_ids(text: str | None) -> list[str]:
    return _MSG_ID.findall(text or "")


def build_email(msg: OutgoingMessage, cfg: EmailConfig) -> EmailMessage:
    em = EmailMessage(policy=POLICY)
    em["Message-ID"] = message_id_for(msg.idempotency_key, cfg.domain)
    em["Date"] = formatdate(usegmt=True)
    em["From"] = formataddr((cfg.from_name, cfg.from_addr)) if cfg.from_name else cfg.from_addr
    em["To"] = msg.recipient
    em["Subject"] = msg.subject
    # Threading headers come from mail we received: keep only well-formed ids, so a
    # crafted Message-ID can never smuggle in another header.
    in_reply_to = _message_ids(msg.in_reply_to)
    if in_reply_to:
        em["In-Reply-To"] = in_reply_to[0]
        em["References"] = " ".join(dict.fromkeys([*_message_ids(msg.references), *in_reply_to]))
    if msg.purpose == ConsentPurpose.MARKETING and msg.unsubscribe is not None:
        links = []
        if msg.unsubscribe.mailto:
            links.append(f"<{msg.unsubscribe.mailto}>")
        if msg.unsubscribe.url:
            links.append(f"<{msg.unsubscribe.url}>")
        if links:
            em["List-Unsubscribe"] = ", ".join(links)
        # RFC 8058: one-click applies to the https link only.
        if msg.unsubscribe.url and msg.unsubscribe.url.startswith("https://"):
            em["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    em.set_content(msg.text, charset="utf-8")
    if msg.html:
        em.add_alternative(msg.html, subtype="html", charset="utf-8")
    return em
