"""IMAP with STARTTLS against the real Dovecot: TLS before the password, certificate checked."""

from __future__ import annotations

import dataclasses
import time

import pytest

from desktop.channels.imap import ImapConfig, ImapMailbox, check_imap
from desktop.channels.mail_message import TlsMode
from tests.inbox.conftest import PASSWORD, Dovecot, imap_config, mail, run


def _starttls(dovecot: Dovecot, user: str, **kw: object) -> ImapConfig:
    return dataclasses.replace(imap_config(dovecot, user), tls=TlsMode.STARTTLS, **kw)


def _login_lines(dovecot: Dovecot, user: str, wait: float = 3.0) -> list[str]:
    deadline = time.monotonic() + wait
    while True:
        log = (dovecot.root / "dovecot.log").read_text(errors="replace")
        lines = [ln for ln in log.splitlines() if "Login: " in ln and f"<{user}>" in ln]
        if lines or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def test_starttls_is_a_valid_mode_and_round_trips() -> None:
    cfg = ImapConfig(host="imap.example.org", port=143, tls=TlsMode.STARTTLS, username="a")
    assert cfg.problems() == []
    assert ImapConfig.from_json(cfg.to_json()) == cfg


def test_starttls_signs_in_over_tls_and_reads_mail(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca_file))  # trust the test certificate
    user = dovecot.add_user()
    dovecot.deliver(user, mail("fan@example.net", user, "加密 hello", "TLS 正文"))
    box = ImapMailbox(_starttls(dovecot, user, validate_certs=True), PASSWORD)

    async def go() -> tuple[list[int], bytes | None, str | None]:
        await box.open()
        try:
            tls = box._c().protocol.transport.get_extra_info("ssl_object")
            uids = await box.uids_after(0)
            return uids, await box.fetch(uids[0]), tls.version() if tls else None
        finally:
            await box.close()

    uids, raw, version = run(go())  # type: ignore[misc]
    assert len(uids) == 1 and raw is not None and b"TLS" in raw
    assert version is not None and version.startswith("TLS")
    (line,) = _login_lines(dovecot, user)
    assert ", TLS," in line  # Dovecot saw the login inside TLS


def test_starttls_refuses_an_untrusted_certificate_before_sending_the_password(
    dovecot: Dovecot,
) -> None:
    user = dovecot.add_user()
    ok, reason = run(check_imap(_starttls(dovecot, user, validate_certs=True), PASSWORD))  # type: ignore[misc]
    assert not ok and "certificate" in reason.lower()
    assert _login_lines(dovecot, user, wait=0.5) == []  # no login was attempted at all
    # With checking off (a self-signed server the user chose to trust) it signs in.
    ok, reason = run(check_imap(_starttls(dovecot, user, validate_certs=False), PASSWORD))  # type: ignore[misc]
    assert ok, reason
    assert ", TLS," in _login_lines(dovecot, user)[0]
