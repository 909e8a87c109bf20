"""A throwaway PostgreSQL cluster for the team-mode tests: one per test session.

``initdb`` refuses to run as root, so as root the cluster belongs to the ``postgres`` user
and every server command goes through ``runuser -u postgres --``; as anyone else the
commands run directly. The cluster lives in a temporary folder, listens on 127.0.0.1 at
a free port (Unix sockets inside that folder), trusts every local login and runs with
``fsync=off``: nothing here needs to survive a power cut.

Databases are cheap: migrate one template once, then ``CREATE DATABASE … TEMPLATE`` a
copy per test (a file copy, a few tens of milliseconds).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.ports import free_port

SUPERUSER = "postgres"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class PostgresMissing(RuntimeError):
    """The server binaries (initdb, pg_ctl) are not installed."""


def find_bindir() -> Path:
    """Where ``initdb`` and ``pg_ctl`` live: $PG_BINDIR, the PATH, or Debian's versioned dir."""
    if os.environ.get("PG_BINDIR"):
        candidates = [Path(os.environ["PG_BINDIR"])]
    else:
        candidates = []
        on_path = shutil.which("initdb")
        if on_path:
            candidates.append(Path(on_path).resolve().parent)
        debian = Path("/usr/lib/postgresql")
        if debian.is_dir():
            versions = [p for p in debian.iterdir() if p.name.isdigit()]
            for p in sorted(versions, key=lambda p: int(p.name), reverse=True):
                candidates.append(p / "bin")
    for d in candidates:
        if (d / "initdb").is_file() and (d / "pg_ctl").is_file():
            return d
    raise PostgresMissing(
        "PostgreSQL server binaries (initdb, pg_ctl) not found; install the Debian packages "
        "'postgresql postgresql-contrib' (see .ci/test-deps) or set PG_BINDIR"
    )


def _quote_ident(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"unsafe database name: {name!r}")
    return f'"{name}"'


class PgServer:
    """initdb + pg_ctl start/stop of a private cluster; databases made from a template."""

    def __init__(self, bindir: Path | None = None) -> None:
        self.bindir = bindir or find_bindir()
        self.as_root = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="shequn-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self._counter = 0

    # -- running commands ----------------------------------------------------------------
    def _cmd(self, tool: str, *args: str) -> list[str]:
        argv = [str(self.bindir / tool), *args]
        return ["runuser", "-u", SUPERUSER, "--", *argv] if self.as_root else argv

    def _run(self, tool: str, *args: str, timeout: float = 60) -> None:
        proc = subprocess.run(
            self._cmd(tool, *args),
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.root,  # runuser keeps the cwd; postgres must be allowed to enter it
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        )
        if proc.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(
                f"{tool} {' '.join(args)} failed ({proc.returncode}):\n"
                f"{proc.stdout}\n{proc.stderr}\n{log}"
            )

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> PgServer:
        if self.as_root:
            pw = pwd.getpwnam(SUPERUSER)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            # A real libc locale (not plain "C"), so pg_trgm and ILIKE treat Chinese and
            # accented letters as letters, as on an operator's server.
            "--locale=C.UTF-8",
            "--no-sync",
            "--no-instructions",
        )
        for attempt in range(5):  # another process may take the free port in between
            self.port = free_port()
            options = " ".join(
                [
                    "-c listen_addresses=127.0.0.1",
                    f"-c port={self.port}",
                    f"-c unix_socket_directories={self.root}",
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                    "-c max_connections=200",
                    "-c shared_buffers=64MB",
                ]
            )
            try:
                self._run(
                    "pg_ctl",
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.log),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "30",
                    "start",
                )
                return self
            except RuntimeError:
                if attempt == 4:
                    raise
                time.sleep(0.2)
        return self

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- databases -----------------------------------------------------------------------
    def url(self, dbname: str, driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def _admin(self, *statements: str) -> None:
        import psycopg

        conninfo = f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname=postgres"
        with psycopg.connect(conninfo, autocommit=True) as conn:
            for sql in statements:
                conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new database (copied from ``template`` if given); returns its name."""
        if name is None:
            self._counter += 1
            name = f"t{os.getpid()}_{self._counter}"
        sql = f"CREATE DATABASE {_quote_ident(name)}"
        if template:
            # FILE_COPY: copies the template's files (a checkpoint, cheap with fsync off)
            # instead of WAL-logging every block of it.
            sql += f" TEMPLATE {_quote_ident(template)} STRATEGY FILE_COPY"
        self._admin(sql)
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {_quote_ident(name)} WITH (FORCE)")
