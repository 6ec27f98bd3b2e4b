"""What the council map modules share: the period, dates in the user's language, errors."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from qgis.core import QgsFeedback, QgsPrintLayout, QgsProject, QgsReadWriteContext
from qgis.PyQt.QtCore import QDate, QLocale
from qgis.PyQt.QtXml import QDomDocument

from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr, user_language
from ..core.errors import Cancelled, KipError
from ..core.works import add_months

# Months shown when the user gives no end of the period.
DEFAULT_MONTHS = 24


def check_cancelled(feedback: Optional[QgsFeedback]) -> None:
    """Stop when the user pressed cancel."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()


@dataclass(frozen=True)
class Period:
    """The period a council map shows: whole days from ``start`` through ``end``."""

    start: _dt.date
    end: _dt.date

    @classmethod
    def make(cls, start: Optional[_dt.date], end: Optional[_dt.date], today: Optional[_dt.date] = None) -> "Period":
        """The period from ``start`` (default today) to ``end`` (default 24 months later); checked."""
        start = start or today or _dt.date.today()
        end = end or add_months(start, DEFAULT_MONTHS)
        if end < start:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The period is empty: it ends ({end}) before it starts ({start})."),
                start=start.isoformat(), end=end.isoformat())
        return cls(start, end)

    def overlaps(self, start: _dt.date, end: _dt.date) -> bool:
        """Whether the days ``start``–``end`` share at least one day with the period."""
        return start <= self.end and end >= self.start


def locale() -> QLocale:
    """The QLocale of the QGIS user's language, for dates and numbers."""
    return QLocale(user_language())


def format_date(day: _dt.date, pattern: str = "d MMMM yyyy") -> str:
    """A date written out in the user's language."""
    return locale().toString(QDate(day.year, day.month, day.day), pattern)


def format_period(start: _dt.date, end: _dt.date, short: bool = False) -> str:
    """'3 Mar – 9 Apr 2027' style text; ``short`` uses abbreviated months."""
    month = "MMM" if short else "MMMM"
    first = f"d {month}" if start.year == end.year else f"d {month} yyyy"
    return tr("{start} – {end}").format(start=format_date(start, first), end=format_date(end, f"d {month} yyyy"))


def layout_from_template(project: QgsProject, path: Path, required: Sequence[str], lacks: str,
                         find: Optional[Callable] = None) -> QgsPrintLayout:
    """A new print layout in ``project`` from the template at ``path``, with the items ``required``.

    ``lacks`` is the message (an English source text with {path} and {ids}) for a template
    without them; ``find(layout, id)`` finds an item (by default ``layout.itemById``).
    """
    try:
        content = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Cannot read the layout template '{path}': {error}"),
                       path=path, error=error) from None
    document = QDomDocument()
    if not document.setContent(content)[0]:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The layout template '{path}' is not a QGIS layout template."),
                       path=path)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    find = find or (lambda made, item_id: made.itemById(item_id))
    missing = [item_id for item_id in required if find(layout, item_id) is None]
    if missing:
        raise KipError(lacks, path=path, ids=", ".join(missing))
    if not ok:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The layout template '{path}' could not be loaded."), path=path)
    return layout
