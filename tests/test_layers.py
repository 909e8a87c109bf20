"""The layers point one way (ui → services → channels/store → domain), read off the imports
of every module: a new import that crosses a line fails here, not in review."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) of every import in a file, type-checking-only ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def _modules(layer: str) -> list[Path]:
    return sorted((DESKTOP / layer).rglob("*.py"))


def _offences(layer: str, bad: tuple[str, ...]) -> list[str]:
    out = []
    for path in _modules(layer):
        for line, module in _imports(path):
            if module.startswith(bad):
                out.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return out


def test_domain_imports_nothing_outward() -> None:
    outward = ("desktop.store", "desktop.services", "desktop.channels", "desktop.ui")
    assert _offences("domain", (*outward, "PySide6", "sqlalchemy", "alembic")) == []


def test_no_qt_below_the_ui() -> None:
    for layer in ("services", "store", "channels", "domain"):
        assert _offences(layer, ("PySide6", "qasync", "desktop.ui")) == [], layer


def test_store_and_channels_do_not_reach_up() -> None:
    assert _offences("store", ("desktop.services", "desktop.channels")) == []
    assert _offences("channels", ("desktop.services", "desktop.store")) == []


def test_the_ui_uses_service_faces_only() -> None:
    """``from desktop.services.inbox import InboxService``, never a module inside a feature,
    and nothing of the store or the channels: the UI talks to services."""
    features = {p.name for p in (DESKTOP / "services").iterdir() if (p / "__init__.py").exists()}
    offences = []
    for path in _modules("ui"):
        for line, module in _imports(path):
            parts = module.split(".")
            inside_feature = (
                parts[:2] == ["desktop", "services"]
                and len(parts) > 3
                and parts[2] in features
                and (DESKTOP / "services" / parts[2] / f"{parts[3]}.py").exists()
            )
            if inside_feature or module.startswith(("desktop.store", "desktop.channels")):
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert offences == []


def test_the_ui_never_reaches_the_database() -> None:
    offences = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in _modules("ui")
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".db." in text or text.rstrip().endswith(".db") or ".db)" in text or ".db," in text
    ]
    assert offences == []
