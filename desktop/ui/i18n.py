"""Loading the UI translation: Simplified Chinese and English, by setting or system locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import resource

LANGUAGES: tuple[tuple[str, str], ...] = (("zh_CN", "简体中文"), ("en", "English"))

_installed: list[QTranslator] = []

# A context no .ts file has (not a class name): what Qt returns for a string nobody translated.
_NO_CONTEXT = "<untranslated>"


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


class MixinTr:
    """Base of the plain-Python mixins of a widget (``TabActions`` of ``CalendarTab`` …).

    lupdate files a ``self.tr`` string under the class it is written in, but at run time
    ``self`` is the widget. PySide's ``tr`` tries each class of the MRO and keeps the first
    result that differs from the source text; with a count the ``%n`` is always filled in, so
    it stops at the widget's own context and a mixin's plural text stays in English. This
    ``tr`` walks the same classes but compares with the untranslated result, so plural texts
    are found too, and everything else resolves as before. (A ``tr`` bound to one mixin's own
    context would not do: on a widget with several mixins it would hide the others' and the
    widget's own strings.)
    """

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        untranslated = QCoreApplication.translate(_NO_CONTEXT, text, disambiguation, n)
        for cls in type(self).__mro__[:-1]:
            found = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
            if found != untranslated:
                return found
        return untranslated
