"""Member pages (issue 20): signed links, the public address they use, and members'
"delete me" requests the team confirms.

The site itself (``site.py``) and the members' actions (``actions.py``) are built by the
container and the worker's server; this face holds what the UI, the CLI and the sender need.
"""

from desktop.services.member_pages.address import (
    AddressProblem,
    PagesAddress,
    base_url,
    public_base_url,
    set_public_base_url,
)
from desktop.services.member_pages.keys import (
    FixedLinkKeys,
    KeyringLinkKeys,
    LinkKeyError,
    LinkKeySource,
)
from desktop.services.member_pages.links import LinkRefused, LinkSigner, MemberLinks, Purpose

__all__ = [
    "AddressProblem",
    "FixedLinkKeys",
    "KeyringLinkKeys",
    "LinkKeyError",
    "LinkKeySource",
    "LinkRefused",
    "LinkSigner",
    "MemberLinks",
    "PagesAddress",
    "Purpose",
    "base_url",
    "public_base_url",
    "set_public_base_url",
]
