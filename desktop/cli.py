"""Command line on the same entry point as the window: ``shequn --help``.

Commands that need no window never import Qt, so they run on a headless team machine.
Exit codes: 0 ok, 1 failure, 2 usage, 3 database refused (corrupt or newer).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop import __version__, cli_links, cli_members, cli_team, cli_wecom

if TYPE_CHECKING:
    from desktop.config import Paths

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DB_REFUSED = 3

ENV_LEASE_SECONDS = "SHEQUN_LEASE_SECONDS"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shequn",
        description="Shequn Desk (社群运营台) — community operations workbench. "
        "Without a command, opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="workspace folder (default: $SHEQUN_DATA_DIR or the user data dir)",
    )
    parser.add_argument("--lang", metavar="LOCALE", help="UI language, e.g. zh_CN or en")
    parser.add_argument("--no-demo", action="store_true", help="do not create the demo workspace")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="open the main window (the default)")
    demo = sub.add_parser("demo", help="fill an empty workspace with the demo data")
    demo.add_argument("--remove", action="store_true", help="remove the demo data instead")
    demo.add_argument("--members", type=int, default=500, help="number of demo members")
    sub.add_parser("check", help="open the database, run migrations, print counts")
    worker = sub.add_parser(
        "worker",
        help="run the background work without a window (sending, mail, Matrix, welcome "
        "journeys, housekeeping), until stopped (SIGTERM/Ctrl-C)",
    )
    worker.add_argument(
        "--lease-seconds",
        type=float,
        default=None,
        help=f"how long a claimed delivery stays ours (default ${ENV_LEASE_SECONDS} or 300)",
    )
    worker.add_argument("--batch", type=int, default=100, help="deliveries claimed at once")
    worker.add_argument("--poll", type=float, default=5.0, help="seconds between idle checks")
    worker.add_argument("--drain", action="store_true", help="exit once nothing is left to send")
    worker.add_argument(
        "--listen",
        metavar="HOST:PORT",
        help="serve the HTTP callbacks and member pages here (behind the team's HTTPS proxy)",
    )
    cli_team.add_worker_arguments(worker)
    cli_members.add_parsers(sub)
    cli_wecom.add_parsers(sub)
    cli_team.add_parsers(sub)
    cli_links.add_parsers(sub)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def dispatch(args: argparse.Namespace) -> int:
    from desktop.config import resolve_paths
    from desktop.logging_setup import setup_logging
    from desktop.store.migrate import DatabaseProblem

    paths = resolve_paths(args.data_dir)
    paths.ensure()
    setup_logging(paths.log_dir)
    try:
        if args.command == "check":
            return _check(paths)
        if args.command == "demo":
            return _demo(paths, remove=args.remove, members=args.members)
        if args.command == "worker":
            return _worker(paths, args)
        if (code := cli_members.run(args, paths)) is not None:
            return code
        if (code := cli_wecom.run(args, paths)) is not None:
            return code
        if (code := cli_team.run(args, paths)) is not None:
            return code
        if (code := cli_links.run(args, paths)) is not None:
            return code
    except DatabaseProblem as exc:
        where = exc.path or "(team database)"
        print(f"error: database {where}: {exc.reason}; it was left untouched.", file=sys.stderr)
        return EXIT_DB_REFUSED
    print(f"error: unknown command {args.command!r}", file=sys.stderr)
    return EXIT_USAGE


def _check(paths: Paths) -> int:
    from desktop.services.workspace.service import WorkspaceService, open_workspace

    opened = open_workspace(paths)
    try:
        svc = WorkspaceService(opened.db)
        settings = svc.settings()
        counts = svc.counts()
        where = opened.sqlite_path or opened.db.engine.url.render_as_string(hide_password=True)
        print(f"database: {where}")
        print(f"schema: {opened.migration.before or '(new)'} -> {opened.migration.after}")
        if opened.migration.backup:
            print(f"backup: {opened.migration.backup}")
        print(f"workspace: {settings.name}{' (demo)' if settings.is_demo else ''}")
        for name, value in vars(counts).items():
            print(f"{name}: {value}")
    finally:
        opened.db.dispose()
    return EXIT_OK


def _demo(paths: Paths, *, remove: bool, members: int) -> int:
    from desktop.services.workspace.demo import DemoError, DemoSize, create_demo, remove_demo
    from desktop.services.workspace.service import open_workspace

    opened = open_workspace(paths)
    try:
        if remove:
            remove_demo(opened.db)
            print("demo workspace removed")
        else:
            create_demo(opened.db, size=DemoSize(members=members))
            print(f"demo workspace created with {members} members")
    except DemoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        opened.db.dispose()
    return EXIT_OK


def _worker(paths: Paths, args: argparse.Namespace) -> int:
    """The window's runtime without the window: every background loop on a plain asyncio
    loop, until SIGTERM/Ctrl-C. With ``--drain`` only the dispatcher runs, until nothing is
    left to send."""
    import asyncio
    import os
    from datetime import timedelta

    from desktop.services.runtime import Runtime
    from desktop.services.sending.dispatcher import DispatcherConfig
    from desktop.stop_signals import on_stop_signal

    lease = args.lease_seconds or float(os.environ.get(ENV_LEASE_SECONDS) or 300)
    if lease <= 0 or args.batch < 1 or args.poll <= 0 or args.lanes < 1:
        print(
            "error: --lease-seconds, --batch, --poll and --lanes must be positive",
            file=sys.stderr,
        )
        return EXIT_USAGE
    config = DispatcherConfig(
        batch_size=args.batch,
        lease=timedelta(seconds=lease),
        poll_interval=args.poll,
        lanes=args.lanes,
    )
    from desktop.services.web import parse_listen

    try:
        listen = parse_listen(args.listen) if args.listen else None
    except ValueError as exc:
        print(f"error: --listen: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if problem := cli_team.prepare_worker(args):
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    runtime = Runtime.open(paths, dispatcher_config=config, listen=listen)
    secrets = runtime.services.secrets
    if not secrets.available:
        print(f"warning: {secrets.message}", file=sys.stderr)
    service = cli_team.WorkerService(runtime, args)
    if key_problem := service.key_problem():
        print(f"warning: {key_problem}", file=sys.stderr, flush=True)
    dispatcher = runtime.services.dispatcher

    async def run() -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        on_stop_signal(loop, dispatcher.request_stop if args.drain else stop.set)
        # Printed once the signal handlers are in place: from here on, TERM stops cleanly.
        print("worker running; send SIGTERM or press Ctrl+C to stop", flush=True)
        if args.drain:
            await runtime.drain()
            return
        try:
            await runtime.start_all()
            if runtime.web is not None:
                print(f"listening on {runtime.web.base_url}", flush=True)
            await service.start()
            await stop.wait()
        finally:
            await service.stop()
            await runtime.stop_all()

    try:
        asyncio.run(run())
    finally:
        runtime.close()
    state = dispatcher.state
    print(f"sent={state.sent} failed={state.failed}")
    if state.last_error:
        print(f"last error: {state.last_error}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m desktop.cli COMMAND``: the windowless commands only."""
    args = parse(argv)
    if args.command in (None, "run"):
        print("error: use the app (main.py) to open the window", file=sys.stderr)
        return EXIT_USAGE
    return dispatch(args)


if __name__ == "__main__":
    sys.exit(main())
