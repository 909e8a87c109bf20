"""Member pages (issue 20): signed links, what members do on their pages, the site the
worker serves."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.member_pages.actions import DeleteRequests, MemberActions
    from desktop.services.member_pages.address import PagesAddress
    from desktop.services.member_pages.links import LinkSigner
    from desktop.services.member_pages.site import MemberPagesSite


def links(s: Services) -> LinkSigner:
    """Signs and checks members' page links with the workspace's key."""
    from desktop.services.member_pages.keys import KeyringLinkKeys
    from desktop.services.member_pages.links import LinkSigner

    return LinkSigner(KeyringLinkKeys(s.db, s.secrets))


def actions(s: Services) -> MemberActions:
    from desktop.services.member_pages.actions import MemberActions

    return MemberActions(
        s.db,
        s.outbox,
        welcome=lambda: s.welcome,
        privacy=lambda: s.privacy,
    )


def delete_requests(s: Services) -> DeleteRequests:
    """Members' "delete me" requests, confirmed (erased) or dismissed by the team."""
    from desktop.services.member_pages.actions import DeleteRequests

    return DeleteRequests(s.db, s.privacy)


def site(s: Services) -> MemberPagesSite:
    from desktop.services.member_pages.site import MemberPagesSite

    return MemberPagesSite(s.db, s.member_links, s.member_actions)


def address(s: Services) -> PagesAddress:
    """The public address members' links use (the workspace settings dialog)."""
    from desktop.services.member_pages.address import PagesAddress

    return PagesAddress(s.db)
