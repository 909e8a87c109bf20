"""Where members' links point: the workspace's public address (behind the team's HTTPS
proxy) or, while none is set, the address the worker listens on (a LAN, the tests)."""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop.services.member_pages.keys import settings_row
from desktop.store.db import Database
from desktop.store.models import MemberPagesSettings


class AddressProblem(ValueError):
    pass


def clean_base_url(text: str) -> str | None:
    """``https://club.example.org/path`` as stored (no trailing slash); "" → None."""
    text = text.strip()
    if not text:
        return None
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddressProblem("the address must start with https:// (or http://) and name a host")
    if parts.query or parts.fragment:
        raise AddressProblem("the address cannot have a ?query or #fragment")
    return text.rstrip("/")


def base_url(db: Database) -> str | None:
    row = settings_row(db)
    return row.public_base_url or row.listen_url


def public_base_url(db: Database) -> str | None:
    return settings_row(db).public_base_url


def set_public_base_url(db: Database, text: str) -> str | None:
    """Store the public address (validated; "" clears it) and return it as stored."""
    url = clean_base_url(text)
    settings_row(db)
    with db.write() as s:
        row = s.get(MemberPagesSettings, 1)
        assert row is not None
        row.public_base_url = url
    return url


def record_listen_url(db: Database, url: str) -> None:
    settings_row(db)
    with db.write() as s:
        row = s.get(MemberPagesSettings, 1)
        assert row is not None
        row.listen_url = url


class PagesAddress:
    """The workspace's member-page settings as the settings dialog sees them."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def public(self) -> str:
        return public_base_url(self.db) or ""

    def listening(self) -> str:
        return settings_row(self.db).listen_url or ""

    def set_public(self, text: str) -> str | None:
        return set_public_base_url(self.db, text)

    def options(self) -> tuple[bool, bool]:
        """(members see their activity score, members may edit their name and birthday)."""
        row = settings_row(self.db)
        return row.show_activity, row.profile_editable

    def set_options(self, show_activity: bool, profile_editable: bool) -> None:
        settings_row(self.db)
        with self.db.write() as s:
            row = s.get(MemberPagesSettings, 1)
            assert row is not None
            row.show_activity, row.profile_editable = show_activity, profile_editable
