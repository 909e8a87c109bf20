"""The worker's HTTP server (``shequn worker --listen``) and the sites features put on it."""

from desktop.services.web.listener import MAX_BODY_BYTES, Site, WebListener, parse_listen
from desktop.services.web.sites import build_sites

__all__ = ["MAX_BODY_BYTES", "Site", "WebListener", "build_sites", "parse_listen"]
