"""Fixtures for the inbox tests: a real Dovecot (IMAP + LMTP) on 127.0.0.1 for the session.

Dovecot comes from apt (``dovecot-imapd dovecot-lmtpd``, see .ci/test-deps); the tests
are skipped when it is not installed. It offers STARTTLS on the IMAP port with a
self-signed certificate made here (``Dovecot.ca_file`` to trust it); plain logins stay
allowed for the tests that use no TLS. Each test gets its own mailbox user, so tests share
the server without seeing each other's mail. As root, mail is owned by ``nobody``.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import smtplib
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import pytest

from desktop.channels.imap import ImapConfig
from desktop.channels.mail_message import TlsMode
from desktop.config import Paths
from desktop.secrets import SecretStore
from desktop.services.mail.imap_settings import ImapAccount
from desktop.services.mail.ingest import InboxIngest
from desktop.services.sending.outbox import OutboxService
from desktop.services.workspace.service import open_workspace
from desktop.store.db import Database
from desktop.store.models import WorkspaceSettings
from tests.sending.conftest import (  # noqa: F401  (fixtures re-exported)
    MemoryKeyring,
    free_port,
    memory_keyring,
    smtp_server,
)

PASSWORD = "s3cret-密码"
USERS = 200
_users = itertools.count(1)


@dataclass
class Dovecot:
    root: Path
    imap_port: int
    lmtp_port: int
    config: Path

    @property
    def ca_file(self) -> Path:
        """The self-signed certificate the server presents (for 127.0.0.1 and localhost)."""
        return self.root / "tls" / "cert.pem"

    def start(self) -> None:
        subprocess.run(["dovecot", "-c", str(self.config)], check=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                import socket

                with socket.create_connection(("127.0.0.1", self.imap_port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("dovecot did not start")

    def stop(self) -> None:
        pid_file = self.root / "run" / "master.pid"
        if not pid_file.exists():
            return
        pid = int(pid_file.read_text().strip())
        subprocess.run(["doveadm", "-c", str(self.config), "stop"], check=False)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    def add_user(self) -> str:
        """A fresh mailbox (created up front: Dovecot caches the passwd file per second)."""
        n = next(_users)
        assert n <= USERS, "raise USERS"
        return f"club{n}@example.org"

    def deliver(self, to: str, msg: EmailMessage | bytes) -> None:
        with smtplib.LMTP("127.0.0.1", self.lmtp_port) as lmtp:
            if isinstance(msg, bytes):
                lmtp.sendmail("sender@example.net", [to], msg)
            else:
                lmtp.send_message(msg, to_addrs=[to])


def _self_signed(folder: Path) -> None:
    """A key and a certificate for localhost/127.0.0.1, valid for a day."""
    import ipaddress
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir()
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _config(root: Path, imap_port: int, lmtp_port: int) -> str:
    if os.getuid() == 0:
        uid = gid = 65534  # dovecot refuses to deliver as root
        users = ""
    else:
        uid, gid = os.getuid(), os.getgid()
        import grp
        import pwd

        name = pwd.getpwuid(uid).pw_name
        group = grp.getgrgid(gid).gr_name
        users = (
            f"default_internal_user = {name}\ndefault_login_user = {name}\n"
            f"default_internal_group = {group}\n"
        )
    return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/tls/cert.pem
ssl_key = <{root}/tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u/Maildir
first_valid_uid = {min(uid, 500)}
first_valid_gid = 0
{users}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp_port}
  }}
}}
protocol lmtp {{
  postmaster_address = postmaster@example.org
}}
"""


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    if shutil.which("dovecot") is None:
        pytest.skip("Dovecot is not installed (apt install dovecot-imapd dovecot-lmtpd)")
    # Not under pytest's tmp (mode 0700): Dovecot's auth process runs as its own user.
    root = Path(tempfile.mkdtemp(prefix="shequn-dovecot-"))
    root.chmod(0o755)
    (root / "mail").mkdir()
    _self_signed(root / "tls")
    (root / "passwd").write_text(
        "".join(f"club{n}@example.org:{{PLAIN}}{PASSWORD}\n" for n in range(1, USERS + 1))
    )
    if os.getuid() == 0:
        os.chown(root / "mail", 65534, 65534)
    server = Dovecot(root, free_port(), free_port(), root / "dovecot.conf")
    server.config.write_text(_config(root, server.imap_port, server.lmtp_port))
    server.start()
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    opened = open_workspace(paths)
    with opened.db.write() as s:
        ws = s.get(WorkspaceSettings, 1)
        if ws is not None:  # nobody is ever in quiet hours in these tests
            ws.quiet_start = ws.quiet_end = "00:00"
    yield opened.db
    opened.db.dispose()


@pytest.fixture
def secrets(memory_keyring: MemoryKeyring) -> SecretStore:  # noqa: F811
    return SecretStore()


@pytest.fixture
def outbox(db: Database) -> OutboxService:
    return OutboxService(db)


@pytest.fixture
def ingest(db: Database, secrets: SecretStore, outbox: OutboxService) -> InboxIngest:
    return InboxIngest(db, secrets, outbox)


def imap_config(dovecot: Dovecot, user: str, **kw: object) -> ImapConfig:
    return ImapConfig(
        host="127.0.0.1",
        port=dovecot.imap_port,
        tls=TlsMode.NONE,
        username=user,
        timeout=5,
        poll_seconds=0.2,
        **kw,  # type: ignore[arg-type]
    )


def mail(
    sender: str,
    to: str,
    subject: str,
    body: str,
    *,
    name: str = "",
    in_reply_to: str | None = None,
    references: str | None = None,
    msgid: str | None = None,
) -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>" if name else sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = formatdate(localtime=False)
    m["Message-ID"] = msgid or make_msgid(domain="example.net")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    m.set_content(body)
    return m


def run(coro: object) -> object:
    return asyncio.run(coro)  # type: ignore[arg-type]


__all__ = ["ImapAccount", "imap_config", "mail", "run"]
