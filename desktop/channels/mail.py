"""The email channel over SMTP (aiosmtplib): one connection reused across a batch.

Errors are sorted the way a person would act on them: 4xx, timeouts and dropped
connections → try later; 5xx → this message will never go (the server's reply is the
reason); 535 and friends → the account's credentials need fixing, stop using it.
"""

from __future__ import annotations

import asyncio
import logging

import aiosmtplib

from desktop.channels.base import (
    AuthError,
    Capability,
    ConnectionCheck,
    OutgoingMessage,
    PermanentError,
    SendResult,
    Sent,
    TemporaryError,
)
from desktop.channels.mail_message import EmailConfig, TlsMode, build_email, message_id_for
from desktop.channels.mail_policy import send_email
from desktop.domain.enums import ChannelKind

log = logging.getLogger(__name__)

AUTH_CODES = frozenset({530, 534, 535, 538})
# 421: the server is closing the connection (overloaded, shutting down): account-wide.
ACCOUNT_WIDE_TEMP_CODES = frozenset({421})


def _reply(code: int, message: str) -> str:
    return f"{code} {message}".strip()


def classify(exc: BaseException) -> SendResult:
    """Map an aiosmtplib (or socket) exception to a send result."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        refusals = exc.recipients or []
        if refusals:
            return classify(refusals[0])
        return PermanentError("all recipients refused")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        text = _reply(exc.code, exc.message)
        if isinstance(exc, aiosmtplib.SMTPAuthenticationError) or exc.code in AUTH_CODES:
            return AuthError(text)
        if 400 <= exc.code < 500:
            return TemporaryError(text, account_wide=exc.code in ACCOUNT_WIDE_TEMP_CODES)
        if 500 <= exc.code < 600:
            return PermanentError(text)
        return TemporaryError(text)
    if isinstance(exc, aiosmtplib.SMTPTimeoutError | TimeoutError | asyncio.TimeoutError):
        return TemporaryError(f"timed out: {exc}".rstrip(": "), account_wide=True)
    if isinstance(exc, aiosmtplib.SMTPServerDisconnected | aiosmtplib.SMTPConnectError):
        return TemporaryError(str(exc) or type(exc).__name__, account_wide=True)
    if isinstance(exc, ConnectionError | OSError):
        return TemporaryError(str(exc) or type(exc).__name__, account_wide=True)
    if isinstance(exc, aiosmtplib.SMTPNotSupported):
        # e.g. STARTTLS or AUTH not offered: the account settings are wrong.
        return AuthError(str(exc))
    if isinstance(exc, aiosmtplib.SMTPException):
        return AuthError(str(exc)) if "auth" in str(exc).lower() else TemporaryError(str(exc))
    if isinstance(exc, ValueError):
        return PermanentError(f"invalid message: {exc}")
    return TemporaryError(f"{type(exc).__name__}: {exc}")


def _client(cfg: EmailConfig, password: str | None) -> aiosmtplib.SMTP:
    return aiosmtplib.SMTP(
        hostname=cfg.host,
        port=int(cfg.port),
        use_tls=cfg.tls == TlsMode.SSL,
        start_tls=cfg.tls == TlsMode.STARTTLS,  # False: never upgrade on its own
        username=cfg.username or None,
        # aiosmtplib logs in only when a username is set; no username → no AUTH at all.
        password=password if cfg.username else None,
        timeout=cfg.timeout,
        validate_certs=cfg.validate_certs,
    )


class EmailChannel:
    kind = ChannelKind.EMAIL
    capabilities = Capability.DM_PERSON | Capability.POST_TO_GROUP

    def __init__(self, config: EmailConfig, password: str | None) -> None:
        self.config = config
        self._password = password
        self._smtp: aiosmtplib.SMTP | None = None
        self._lock = asyncio.Lock()  # one SMTP transaction at a time on the shared connection

    def __repr__(self) -> str:  # never show the password, even in a debugger or traceback
        return f"EmailChannel({self.config.host}:{self.config.port}, {self.config.tls})"

    async def _connected(self) -> aiosmtplib.SMTP:
        if self._smtp is not None and self._smtp.is_connected:
            return self._smtp
        await self._drop()
        smtp = _client(self.config, self._password)
        try:
            await smtp.connect()
        except BaseException:
            smtp.close()
            raise
        self._smtp = smtp
        return smtp

    async def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        if smtp.is_connected:
            try:
                await asyncio.wait_for(smtp.quit(), timeout=2)
            except Exception:  # a dying connection may not answer QUIT; just close it
                smtp.close()
        else:
            smtp.close()

    async def send(self, message: OutgoingMessage) -> SendResult:
        async with self._lock:
            try:
                em = build_email(message, self.config)
            except (ValueError, TypeError) as exc:
                return PermanentError(f"cannot build the email: {exc}")
            try:
                smtp = await self._connected()
                await send_email(smtp, em)
            except Exception as exc:
                result = classify(exc)
                # A refused message leaves the connection usable (aiosmtplib sent RSET);
                # anything account-wide means reconnecting next time.
                keep = isinstance(result, PermanentError) or (
                    isinstance(result, TemporaryError) and not result.account_wide
                )
                if not keep or not self._alive():
                    await self._drop()
                log.info("email delivery %s: %s", message.delivery_id, result)
                return result
            return Sent(external_id=message_id_for(message.idempotency_key, self.config.domain))

    def _alive(self) -> bool:
        return self._smtp is not None and self._smtp.is_connected

    async def close(self) -> None:
        async with self._lock:
            await self._drop()


async def check_connection(config: EmailConfig, password: str | None) -> ConnectionCheck:
    """Connect, upgrade, sign in, NOOP, quit: success, or the server's exact words."""
    smtp = _client(config, password)
    try:
        await smtp.connect()
        reply = await smtp.noop()
    except Exception as exc:
        smtp.close()
        result = classify(exc)
        reason = getattr(result, "reason", str(exc))
        return ConnectionCheck(False, reason)
    try:
        await asyncio.wait_for(smtp.quit(), timeout=5)
    except Exception:
        smtp.close()
    return ConnectionCheck(True, _reply(reply.code, reply.message))
