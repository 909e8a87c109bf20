"""Team mode from the app (not only ``$SHEQUN_DATABASE_URL``): which PostgreSQL database the
team shares, checked before it is used, remembered without its password.

The server, database and user go into ``ui.ini`` (``team/database``); the password goes to
the keyring. At start-up the two are joined again; an environment variable still wins, so a
headless worker or an administrator's script keeps full control.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from desktop.channels.base import ConnectionCheck
from desktop.secrets import SecretStore
from desktop.store.schema_version import shipped_head

SETTING_KEY = "team/database"
SECRET_REF = "team-database/password"
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class TeamDatabase:
    host: str
    database: str
    user: str
    port: int = 5432

    def problems(self) -> list[str]:
        out = [f for f in ("host", "database", "user") if not getattr(self, f).strip()]
        if not 0 < self.port < 65536:
            out.append("port")
        return out

    def url(self, password: str | None) -> URL:
        return URL.create(
            DRIVER,
            username=self.user.strip(),
            password=password or None,
            host=self.host.strip(),
            port=self.port,
            database=self.database.strip(),
        )

    def to_setting(self) -> str:
        """The URL without the password, for ui.ini."""
        return self.url(None).render_as_string(hide_password=False)

    @classmethod
    def from_setting(cls, value: object) -> TeamDatabase | None:
        if not isinstance(value, str) or not value.strip():
            return None
        try:
            u = make_url(value)
        except Exception:
            return None
        return cls(u.host or "", u.database or "", u.username or "", u.port or 5432)


def team_url_at_start(setting: object, secrets: SecretStore) -> str | None:
    """The team database chosen in the app, with its password from the keyring."""
    team = TeamDatabase.from_setting(setting)
    if team is None:
        return None
    return team.url(secrets.get(SECRET_REF)).render_as_string(hide_password=False)


def check_team_database(team: TeamDatabase, password: str | None) -> ConnectionCheck:
    """Connect and read the schema version: may the app use this database? Blocking: run
    it off the UI thread. Messages never contain the password."""
    engine = create_engine(team.url(password), connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            server = conn.execute(text("SHOW server_version")).scalar() or "?"
            has_schema = conn.execute(
                text("SELECT to_regclass('alembic_version') IS NOT NULL")
            ).scalar()
            revision = (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if has_schema
                else None
            )
    except DBAPIError as exc:
        return ConnectionCheck(False, str(exc.orig or exc).strip().splitlines()[0])
    finally:
        engine.dispose()
    head = shipped_head()
    if revision is None:
        return ConnectionCheck(True, f"PostgreSQL {server}: empty, the app will set it up")
    if revision == head:
        return ConnectionCheck(True, f"PostgreSQL {server}: a Shequn Desk workspace")
    if revision > head:
        return ConnectionCheck(False, f"PostgreSQL {server}: written by a newer Shequn Desk")
    return ConnectionCheck(True, f"PostgreSQL {server}: will be upgraded ({revision} → {head})")
