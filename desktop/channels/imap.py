"""The receiving side of an email account over IMAP (aioimaplib).

``ImapConfig`` lives in the account's settings under the ``"imap"`` key (next to the SMTP
settings); its password is in the keyring. TLS is implicit (``SSL``, port 993), ``STARTTLS``
(plain connect on 143, then upgrade before the password is sent — never falls back to
plain), or ``NONE`` (a trusted network only). ``ImapMailbox`` is one signed-in, selected
mailbox: list UIDs after a mark, fetch one message's bytes, wait for news (IDLE where the
server offers it, a timed NOOP otherwise). Errors become ``ImapAuthError`` (a person must
fix the credentials) or ``ImapUnavailable`` (try again later).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import ssl
from dataclasses import dataclass
from typing import Any

import aioimaplib

from desktop.channels.mail_message import TlsMode

_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")
_UIDNEXT = re.compile(rb"UIDNEXT (\d+)")
_FETCH_UID = re.compile(rb"UID (\d+)")


class ImapError(Exception):
    pass


class ImapAuthError(ImapError):
    """The server refused the user name or password."""


class ImapUnavailable(ImapError):
    """Cannot reach or talk to the server right now; retried with backoff."""


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int = 993
    tls: TlsMode = TlsMode.SSL
    username: str = ""
    mailbox: str = "INBOX"
    poll_seconds: float = 60.0  # when the server has no IDLE
    idle_seconds: float = 25 * 60.0  # re-issue IDLE before the server's 30-minute limit
    timeout: float = 30.0
    validate_certs: bool = True

    _KEYS = (
        "host",
        "port",
        "tls",
        "username",
        "mailbox",
        "poll_seconds",
        "idle_seconds",
        "timeout",
        "validate_certs",
    )

    def to_json(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in self._KEYS}
        data["tls"] = str(self.tls)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImapConfig:
        known = {k: data[k] for k in cls._KEYS if k in data}
        if "tls" in known:
            known["tls"] = TlsMode(known["tls"])
        return cls(**known)

    def problems(self) -> list[str]:
        bad = []
        if not self.host.strip():
            bad.append("host")
        if not 0 < int(self.port) < 65536:
            bad.append("port")
        if not self.username.strip():
            bad.append("username")
        if self.poll_seconds <= 0 or self.timeout <= 0:
            bad.append("poll_seconds")
        return bad


@dataclass(frozen=True)
class FolderInfo:
    uidvalidity: int
    uidnext: int | None


def _ok(response: Any, what: str) -> Any:
    if response.result != "OK":
        text = b" ".join(x for x in response.lines if isinstance(x, bytes)).decode(
            "utf-8", "replace"
        )
        raise ImapUnavailable(f"{what}: {response.result} {text}".strip())
    return response


def _tls_context(cfg: ImapConfig) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not cfg.validate_certs:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


async def _starttls(client: aioimaplib.IMAP4, cfg: ImapConfig) -> None:
    """Upgrade a fresh plain connection to TLS (RFC 3501 6.2.1; aioimaplib 2.0 has no helper).

    The capabilities the server announced before the upgrade are thrown away and asked
    again over TLS, as the RFC requires (a man in the middle may have edited them).
    """
    protocol = client.protocol
    if "STARTTLS" not in protocol.capabilities:
        raise ImapUnavailable("the server does not offer STARTTLS")
    command = aioimaplib.Command("STARTTLS", protocol.new_tag(), loop=protocol.loop)
    response = await asyncio.wait_for(protocol.execute(command), cfg.timeout)
    _ok(response, "starttls")
    loop = asyncio.get_running_loop()
    transport = await asyncio.wait_for(
        loop.start_tls(
            protocol.transport,
            protocol,
            _tls_context(cfg),
            server_hostname=cfg.host,
            ssl_handshake_timeout=cfg.timeout,
        ),
        cfg.timeout,
    )
    if transport is None:
        raise ImapUnavailable("starttls: the connection closed during the TLS handshake")
    protocol.transport = transport
    await asyncio.wait_for(protocol.capability(), cfg.timeout)


class ImapMailbox:
    def __init__(self, config: ImapConfig, password: str | None) -> None:
        self.config = config
        self._password = password
        self._client: aioimaplib.IMAP4 | None = None
        self.folder: FolderInfo | None = None

    def __repr__(self) -> str:  # never show the password
        return f"ImapMailbox({self.config.host}:{self.config.port}, {self.config.mailbox!r})"

    @property
    def supports_idle(self) -> bool:
        return self._client is not None and self._client.has_capability("IDLE")

    async def open(self) -> FolderInfo:
        cfg = self.config
        try:
            if cfg.tls == TlsMode.SSL:
                client: aioimaplib.IMAP4 = aioimaplib.IMAP4_SSL(
                    host=cfg.host,
                    port=int(cfg.port),
                    timeout=cfg.timeout,
                    ssl_context=_tls_context(cfg),
                )
            else:
                client = aioimaplib.IMAP4(host=cfg.host, port=int(cfg.port), timeout=cfg.timeout)
            self._client = client
            await client.wait_hello_from_server()
            if cfg.tls == TlsMode.STARTTLS:
                await _starttls(client, cfg)
        except ImapError:
            await self.close()
            raise
        except (OSError, TimeoutError, ssl.SSLError, aioimaplib.Abort) as exc:
            await self.close()
            raise ImapUnavailable(f"cannot connect: {exc or type(exc).__name__}") from None
        try:
            login = await client.login(cfg.username, self._password or "")
            if login.result != "OK":
                text = b" ".join(x for x in login.lines if isinstance(x, bytes))
                raise ImapAuthError(text.decode("utf-8", "replace") or "login refused")
            selected = _ok(await client.select(cfg.mailbox), "select")
        except ImapError:
            await self.close()
            raise
        except (OSError, TimeoutError, aioimaplib.Abort) as exc:
            await self.close()
            raise ImapUnavailable(f"{type(exc).__name__}: {exc}") from None
        joined = b" ".join(x for x in selected.lines if isinstance(x, bytes | bytearray))
        m = _UIDVALIDITY.search(joined)
        n = _UIDNEXT.search(joined)
        if m is None:
            await self.close()
            raise ImapUnavailable("the server did not say the mailbox's UIDVALIDITY")
        self.folder = FolderInfo(int(m.group(1)), int(n.group(1)) if n else None)
        return self.folder

    def _c(self) -> aioimaplib.IMAP4:
        if self._client is None:
            raise ImapUnavailable("not connected")
        return self._client

    async def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above ``last_uid``, ascending ("n:*" always names the newest; filtered)."""
        try:
            resp = _ok(await self._c().uid_search(f"UID {last_uid + 1}:*", charset=None), "search")
        except (OSError, TimeoutError, aioimaplib.Abort) as exc:
            raise ImapUnavailable(f"{type(exc).__name__}: {exc}") from None
        uids: set[int] = set()
        for line in resp.lines[:-1]:
            for token in bytes(line).split():
                if token.isdigit() and int(token) > last_uid:
                    uids.add(int(token))
        return sorted(uids)

    async def fetch(self, uid: int) -> bytes | None:
        """The whole message (without setting \\Seen), or None if it was expunged meanwhile."""
        try:
            resp = _ok(await self._c().uid("fetch", str(uid), "(UID BODY.PEEK[])"), "fetch")
        except (OSError, TimeoutError, aioimaplib.Abort) as exc:
            raise ImapUnavailable(f"{type(exc).__name__}: {exc}") from None
        lines = resp.lines
        for i, line in enumerate(lines):
            if isinstance(line, bytes) and b"FETCH" in line and i + 1 < len(lines):
                found = _FETCH_UID.search(line)
                if found and int(found.group(1)) != uid:
                    continue
                body = lines[i + 1]
                if isinstance(body, bytearray | bytes):
                    return bytes(body)
        return None

    async def wait_for_news(self, stop: asyncio.Event) -> None:
        """Return when the mailbox may have changed, the timeout passed, or ``stop`` is set."""
        client = self._c()
        if not self.supports_idle:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=self.config.poll_seconds)
            if not stop.is_set():
                _ok(await client.noop(), "noop")
            return
        try:
            idle = await client.idle_start(timeout=self.config.idle_seconds)
            push = asyncio.ensure_future(client.wait_server_push(self.config.idle_seconds + 5))
            stopper = asyncio.ensure_future(stop.wait())
            try:
                await asyncio.wait({push, stopper}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                stopper.cancel()
                push.cancel()
            client.idle_done()
            await asyncio.wait_for(idle, self.config.timeout)
        except (OSError, TimeoutError, aioimaplib.Abort) as exc:
            raise ImapUnavailable(f"idle: {type(exc).__name__}: {exc}") from None

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            if client.get_state() in ("AUTH", "SELECTED"):
                await asyncio.wait_for(client.logout(), timeout=3)
        except Exception:  # a dead connection may not answer LOGOUT
            pass
        with contextlib.suppress(Exception):
            client.protocol.transport.close()


async def check_imap(config: ImapConfig, password: str | None) -> tuple[bool, str]:
    """Sign in and select the mailbox: (True, "OK …") or (False, the reason)."""
    box = ImapMailbox(config, password)
    try:
        info = await box.open()
    except ImapError as exc:
        return False, str(exc)
    finally:
        await box.close()
    return True, f"OK UIDVALIDITY {info.uidvalidity}"
