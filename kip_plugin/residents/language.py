"""The language of a publication for residents, which need not be the language QGIS runs in.

Texts for residents are English source strings marked with ``tr`` from this module; while
``output_language(code)`` is active (in the thread that writes the publication) they are
translated with KIP's translation for ``code``, and dates and numbers are written the
way that language writes them.
"""
from __future__ import annotations

import contextvars
import datetime as _dt
from contextlib import contextmanager
from typing import Iterator, Optional

from qgis.PyQt.QtCore import QDate, QLocale, QTranslator

from ..i18n import CONTEXT
from ..paths import i18n_dir

LANGUAGES = ("nl", "en")


class OutputLanguage:
    """Translations, dates and numbers in one language."""

    def __init__(self, code: str) -> None:
        self.code = code if code in LANGUAGES else "nl"
        self.locale = QLocale(QLocale.Dutch if self.code == "nl" else QLocale.English, QLocale.Netherlands)
        self.translator: Optional[QTranslator] = None
        if self.code != "en":
            translator = QTranslator()
            if translator.load(str(i18n_dir() / f"kip_{self.code}.qm")):
                self.translator = translator

    def translate(self, text: str) -> str:
        """``text`` in this language (the English source when there is no translation)."""
        if self.translator is None:
            return text
        # As UTF-8 bytes: PyQt passes plain text to this method as ASCII.
        return self.translator.translate(CONTEXT.encode("utf-8"), text.encode("utf-8")) or text


_current: contextvars.ContextVar = contextvars.ContextVar("kip_output_language", default=None)


@contextmanager
def output_language(code: str) -> Iterator[OutputLanguage]:
    """Write texts for residents in ``code`` ('nl' or 'en') inside the block."""
    language = OutputLanguage(code)
    token = _current.set(language)
    try:
        yield language
    finally:
        _current.reset(token)


def current() -> OutputLanguage:
    """The language texts are written in now (Dutch outside ``output_language``)."""
    language = _current.get()
    if language is None:
        language = OutputLanguage("nl")
        _current.set(language)
    return language


def tr(text: str) -> str:
    """Translate a source string into the publication's language (format after translating)."""
    return current().translate(text)


def code() -> str:
    """'nl' or 'en'."""
    return current().code


def format_date(day: _dt.date, pattern: str = "d MMMM yyyy") -> str:
    """A date written out in the publication's language."""
    return current().locale.toString(QDate(day.year, day.month, day.day), pattern)


def format_period(start: _dt.date, end: _dt.date) -> str:
    """'3 maart – 9 april 2027'; the year once when both days fall in it."""
    first = "d MMMM" if start.year == end.year else "d MMMM yyyy"
    if start == end:
        return format_date(start)
    return tr("{start} – {end}").format(start=format_date(start, first), end=format_date(end))


def month_name(day: _dt.date) -> str:
    """'maart 2027'."""
    return format_date(day, "MMMM yyyy")


def format_number(value: float) -> str:
    """A number with the language's decimal sign and at most one decimal."""
    if float(value).is_integer():
        return current().locale.toString(int(value))
    return current().locale.toString(float(value), "f", 1)
