"""Writes resources/icons/shequn.ico (the Windows and macOS executable icon) from shequn.svg.

Run it again when the SVG changes:
``QT_QPA_PLATFORM=offscreen .venv/bin/python build/make_icon.py``.
Qt renders each size from the SVG; the .ico holds them as PNG entries (read by Windows
Vista and later, and by PyInstaller's icon conversion for macOS), so no image library beyond
Qt is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size, then the PNGs (a size of 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "shequn.svg"))
    if not renderer.isValid():
        print("resources/icons/shequn.svg could not be read", file=sys.stderr)
        return 1
    (ICONS / "shequn.ico").write_bytes(ico_bytes({s: render_png(renderer, s) for s in SIZES}))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
