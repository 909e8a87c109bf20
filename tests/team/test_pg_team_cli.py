"""``shequn team …`` on the real PostgreSQL: an admin creates the key and invites, a
teammate joins; a computer without the key is told what is missing; the exported key file
is private."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop import cli
from desktop.config import Paths
from tests.sending.conftest import MemoryKeyring, memory_keyring  # noqa: F401


def _shequn(paths: Paths, *args: str) -> int:
    return cli.main(["--data-dir", str(paths.data_dir), "team", *args])


def test_init_invite_join_and_export_from_the_command_line(
    team_paths: Paths,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _shequn(team_paths, "init") == 0
    assert "team key created" in capsys.readouterr().out
    assert _shequn(team_paths, "init") == 1
    assert "the team already has a key" in capsys.readouterr().err
    assert _shequn(team_paths, "invite", "--hours", "1") == 0
    code = capsys.readouterr().out.strip()

    memory_keyring.store.clear()  # a teammate's computer
    assert _shequn(team_paths, "invite") == 1
    err = capsys.readouterr().err
    assert "no team key on this computer" in err and "shequn team join" in err
    assert _shequn(team_paths, "export-key", str(tmp_path / "key")) == 1
    assert not (tmp_path / "key").exists()
    assert _shequn(team_paths, "join", code, "--name", "陈可乐") == 0
    assert "joined" in capsys.readouterr().out
    assert _shequn(team_paths, "export-key", str(tmp_path / "key")) == 0
    assert stat.S_IMODE((tmp_path / "key").stat().st_mode) == 0o600
    assert _shequn(team_paths, "status") == 0
    shown = capsys.readouterr().out
    assert "this computer holds it" in shown and "no worker has reported yet" in shown
