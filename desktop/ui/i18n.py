"""Loading the UI translation: Simplified Chinese and English, by setting or system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource

LANGUAGES: tuple[tuple[str, str], ...] = (("zh_CN", "简体中文"), ("en", "English"))

_installed: list[QTranslator] = []


def normalize(lang: str | None) -> str:
    """Map a setting or a system locale name onto a shipped language."""
    name = (lang or QLocale.system().name() or "en").replace("-", "_")
    return "zh_CN" if name.lower().startswith("zh") else "en"


def install_translator(app: QCoreApplication, lang: str | None) -> str:
    """Install the app's and Qt's own translations for ``lang``; returns the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    chosen = normalize(lang)
    QLocale.setDefault(QLocale(chosen))
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"shequn_{chosen}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(
        QLocale(chosen), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return chosen
