"""Where a workspace lives: data dir, database URL and log dir, from flags, env or defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME

ENV_DATA_DIR = "SHEQUN_DATA_DIR"
ENV_DATABASE_URL = "SHEQUN_DATABASE_URL"  # team mode: a PostgreSQL URL shared by operators
ENV_LOG_DIR = "SHEQUN_LOG_DIR"
DB_FILENAME = "shequn.db"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    database_url: str | None  # None → the SQLite file in data_dir

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def ui_settings_file(self) -> Path:
        return self.data_dir / "ui.ini"

    def ensure(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """``--data-dir`` beats ``$SHEQUN_DATA_DIR`` beats the platform's user data dir."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        default_logs = base / "logs"  # an explicit workspace keeps its logs beside it
    else:
        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        default_logs = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    log_dir = Path(os.environ[ENV_LOG_DIR]) if os.environ.get(ENV_LOG_DIR) else default_logs
    return Paths(base, log_dir, os.environ.get(ENV_DATABASE_URL) or None)
