"""Team mode, live: every write announced as this client; teammates' writes and presence
heard as they are committed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.live import LiveFeed, LiveIdentity, PresenceService
    from desktop.store.db import Database


def announce_writes(db: Database) -> LiveIdentity:
    """Every write through this database announces itself on the live feed, as this client."""
    import getpass
    import uuid

    from desktop.services.live import LiveIdentity, install_publisher

    identity = LiveIdentity(uuid.uuid4().hex, getpass.getuser())
    install_publisher(db, identity)
    return identity


def feed(s: Services) -> LiveFeed:
    """What teammates (and the local worker) commit, heard as it is committed."""
    from desktop.services.live import LiveFeed

    return LiveFeed(s.db, s.live_identity)


def presence(s: Services) -> PresenceService:
    from desktop.services.live import PresenceService

    return PresenceService(s.db, s.live_identity)
