"""What the council map modules share: the period, dates in the user's language, errors."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Optional

from qgis.core import QgsFeedback
from qgis.PyQt.QtCore import QDate, QLocale

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
