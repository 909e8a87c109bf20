"""The newest schema revision this app ships, found without loading Alembic.

Opening an up-to-date database is the common case; reading the revision ids straight
from the migration scripts keeps Alembic (a large import) off the start-up path. A test
checks the answer against Alembic's own.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"
_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]+)?\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


@cache
def shipped_head() -> str:
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in VERSIONS_DIR.glob("*.py"):
        source = script.read_text(encoding="utf-8")
        rev = _REVISION.search(source)
        if rev is None:
            continue
        revisions.add(rev.group(1))
        down = _DOWN.search(source)
        if down and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migration scripts must have exactly one head, found {heads}")
    return heads.pop()
