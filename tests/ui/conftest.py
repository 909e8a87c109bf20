"""Fixtures the UI tests share: the language installed for a test, the computer's zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Lets a test install a language; puts the translators and locale back afterwards."""
    before, locale = list(i18n._installed), QLocale()
    yield
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed[:] = before
    for translator in before:
        qapp.installTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def chinese(qapp: QApplication, language: None) -> None:
    """The Chinese UI for one test."""
    i18n.install_translator(qapp, "zh_CN")


@pytest.fixture
def new_york() -> Iterator[None]:
    """The computer is in New York; the workspace is not (its zone is Asia/Shanghai)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
