"""``shequn team …`` (the team key, and what the server's worker is doing) and the worker's
service options (``--health``, ``--log-stdout``, ``--team-key-file``). Kept out of cli.py
so team mode grows here.

Exit codes as cli.py: 0 ok, 1 failure (the message says what is missing), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.config import Paths
    from desktop.services.runtime import Runtime
    from desktop.services.team.heartbeats import Heartbeat
    from desktop.services.web import WebListener

COMMAND = "team"


def add_parsers(subparsers: Any) -> None:
    team = subparsers.add_parser(
        COMMAND, help="team mode: the team key, invites, and what the server's worker does"
    )
    sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    sub.add_parser("status", help="the workers' loops, last successes and the queue")
    sub.add_parser(
        "init",
        help="create the team key (first admin); moves this keyring's "
        "account passwords into the team database, encrypted",
    )
    invite = sub.add_parser("invite", help="a one-time code that gives a teammate the key")
    invite.add_argument("--hours", type=float, default=24.0, help="valid for (default 24)")
    join = sub.add_parser("join", help="take the team key from an invite code")
    join.add_argument("code", help="the code an admin generated")
    join.add_argument("--name", default="", help="who joins (default: this login)")
    sub.add_parser("rotate", help="a new team key; every secret re-encrypted at once")
    export = sub.add_parser(
        "export-key", help="write the team key to a private file for the worker's credentials"
    )
    export.add_argument("path", type=Path, help="e.g. /etc/shequn/team-key (made 0600)")


def add_worker_arguments(worker: argparse.ArgumentParser) -> None:
    worker.add_argument(
        "--lanes",
        type=int,
        default=4,
        help="concurrent SMTP connections per email account (default 4; 1 sends in order)",
    )
    worker.add_argument(
        "--health",
        metavar="HOST:PORT",
        help="serve /healthz here: 200 while every loop works, 503 when one is stuck",
    )
    worker.add_argument(
        "--log-stdout", action="store_true", help="also log to standard output (for journald)"
    )
    worker.add_argument(
        "--team-key-file",
        metavar="PATH",
        help="the team key's credentials file (default $SHEQUN_TEAM_KEY_FILE, or "
        "'team-key' in $CREDENTIALS_DIRECTORY from systemd's LoadCredential=)",
    )


def prepare_worker(args: argparse.Namespace) -> str | None:
    """Before the workspace opens: the key file and stdout logging. A usage error's text."""
    from desktop.services.team.team_key import ENV_KEY_FILE
    from desktop.services.web import parse_listen

    if args.health:
        try:
            parse_listen(args.health)
        except ValueError as exc:
            return f"--health: {exc}"
    if args.team_key_file:
        os.environ[ENV_KEY_FILE] = args.team_key_file
    if args.log_stdout:
        handler = logging.StreamHandler(sys.stdout)
        # journald adds the time itself.
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
    return None


class WorkerService:
    """What makes the worker a service: heartbeats in the database, ``/healthz``. Built at
    ``start()``, so ``--drain`` (which never starts it) builds none of the other loops."""

    def __init__(self, runtime: Runtime, args: argparse.Namespace) -> None:
        self.runtime = runtime
        self.health_address: str | None = args.health
        self.heartbeat: Heartbeat | None = None
        self.server: WebListener | None = None

    def key_problem(self) -> str:
        """Why this worker cannot open the team's secrets ("" when it can or need not)."""
        from desktop.services.team.keys import TeamKeys
        from desktop.services.team.vault import TeamVaultError

        services = self.runtime.services
        try:
            keys = TeamKeys(services.db, services.secrets)
        except TeamVaultError:
            return ""  # solo mode
        status = keys.status()
        return status.problem if status.team_has_key else ""

    async def start(self) -> None:
        from desktop.services.team.heartbeats import Heartbeat
        from desktop.services.team.loop_health import LoopHealth, runtime_probes

        worker = self.runtime.services.dispatcher.worker_id
        health = LoopHealth(runtime_probes(self.runtime))
        self.heartbeat = Heartbeat(self.runtime.services.db, worker, health)
        self.heartbeat.start()
        if self.health_address:
            from desktop.services.team.health_site import health_site
            from desktop.services.web import WebListener, parse_listen

            host, port = parse_listen(self.health_address)
            self.server = WebListener(host, port, [health_site(health, worker)])
            await self.server.start()
            print(f"health on {self.server.base_url}/healthz", flush=True)

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.stop()
        if self.heartbeat is not None:
            await self.heartbeat.stop()


def run(args: argparse.Namespace, paths: Paths) -> int | None:
    """The exit code, or None when the command is not one of ours."""
    if getattr(args, "command", None) != COMMAND:
        return None
    from desktop.secrets import SecretError
    from desktop.services.container import Services
    from desktop.services.team.invites import InviteError
    from desktop.services.team.keys import TeamKeys
    from desktop.services.team.vault import TeamVaultError
    from desktop.services.workspace.service import open_workspace

    services = Services.build(paths, open_workspace(paths))
    try:
        if args.team_command == "status":
            return _status(services)
        keys = TeamKeys(services.db, services.secrets)
        return _key_action(keys, args)
    except (SecretError, TeamVaultError, InviteError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()


def _key_action(keys: Any, args: argparse.Namespace) -> int:
    action = args.team_command
    if action == "init":
        moved = keys.init()
        print(
            f"team key created ({keys.status().team_fingerprint}); {moved} account "
            "secret(s) from this computer moved into the team database, encrypted"
        )
    elif action == "invite":
        invite = keys.invite(ttl=timedelta(hours=args.hours))
        print(invite.code)
        print(f"valid once, until {invite.expires_at:%Y-%m-%d %H:%M} UTC", file=sys.stderr)
    elif action == "join":
        fingerprint = keys.join(args.code, args.name.strip() or getpass.getuser())
        print(f"joined: this computer now holds the team key ({fingerprint})")
    elif action == "rotate":
        count = keys.rotate()
        print(
            f"team key rotated ({keys.status().team_fingerprint}); {count} secret(s) "
            "re-encrypted. Export it again for the worker; teammates join with new invites."
        )
    elif action == "export-key":
        fingerprint = keys.export(args.path)
        print(f"team key {fingerprint} written to {args.path} (mode 0600)")
    return 0


def _status(services: Any) -> int:
    from desktop.services.team.heartbeats import read_status

    status = read_status(services.db)
    print(f"queue: {status.due} due, {status.in_flight} being sent")
    if services.sqlite_path is None:
        keys = services.team_keys.status()
        if keys.team_has_key:
            here = f"problem: {keys.problem}" if keys.problem else "this computer holds it"
            print(f"team key: {keys.team_fingerprint} ({here})")
        else:
            print("team key: none yet (account secrets stay in each computer's keyring)")
    if not status.loops:
        print("no worker has reported yet (is `shequn worker` running against this database?)")
        return 0
    current = ""
    for row in status.loops:
        if row.worker != current:
            current = row.worker
            age = (status.now - row.heartbeat_at).total_seconds()
            print(f"worker {row.worker} — last heartbeat {age:.0f} s ago")
        success = (
            f"{(status.now - row.last_success_at).total_seconds():.0f} s ago"
            if row.last_success_at
            else "never"
        )
        error = f" — {row.last_error.splitlines()[0][:120]}" if row.last_error else ""
        print(f"  {row.loop:<11} {row.state:<8} last success {success}{error}")
    return 0


__all__ = ["WorkerService", "add_parsers", "add_worker_arguments", "prepare_worker", "run"]
