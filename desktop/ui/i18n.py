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
        wording = _OurWording(qt, app)
        app.installTranslator(wording)
        _installed.append(wording)
    return chosen


class _OurWording(QTranslator):
    """Qt's own texts (text-field menus, standard buttons) in the app's words: Qt writes
    Undo as 撤消 where everything of ours says 撤销, and one app should use one word."""

    _WORDS = (("撤消", "撤销"),)

    def __init__(self, inner: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self._inner.translate(context, source, disambiguation, n)
        if not text:
            return None  # a null string: Qt asks the next translator (ours, for our texts)
        for theirs, ours in self._WORDS:
            text = text.replace(theirs, ours)
        return text

    def isEmpty(self) -> bool:
        return self._inner.isEmpty()
