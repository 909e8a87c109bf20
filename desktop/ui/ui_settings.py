"""Per-workspace UI state (geometry, last tab, language) in an INI file beside the data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def language(self) -> str | None:
        value = self._qs.value("ui/language")
        return str(value) if value else None

    def set_language(self, lang: str) -> None:
        self._qs.setValue("ui/language", lang)

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def last_tab(self) -> int:
        try:
            return int(str(self._qs.value("window/last_tab", 0)))
        except (TypeError, ValueError):
            return 0

    def save_window(self, geometry: QByteArray, state: QByteArray, tab: int) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.setValue("window/last_tab", tab)
        self._qs.sync()

    def value(self, key: str, default: object = None) -> object:
        return self._qs.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)
        self._qs.sync()

    def remove(self, key: str) -> None:
        self._qs.remove(key)
        self._qs.sync()
