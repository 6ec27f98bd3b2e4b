"""The time axis: day numbers to pixels, and which years, quarters, months or weeks to label."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np
from qgis.PyQt.QtCore import QDate, QLocale

from ..core import schema as S
from ..core.works import to_date
from ..i18n import tr

MIN_PX_PER_DAY = 0.04  # about 25 years on 365 pixels
MAX_PX_PER_DAY = 40.0  # a week is 280 pixels
_EPOCH = np.datetime64(S.EPOCH, "D")


@dataclass
class TimeScale:
    """Maps day numbers to x: x = (day - origin) * px_per_day + offset."""

    origin: float
    px_per_day: float
    offset: float = 0.0

    def x(self, day: float) -> float:
        """The x of the start of ``day``."""
        return (day - self.origin) * self.px_per_day + self.offset

    def day(self, x: float) -> float:
        """The (fractional) day at ``x``."""
        return (x - self.offset) / self.px_per_day + self.origin

    def xs(self, days: np.ndarray) -> np.ndarray:
        """Vectorised ``x``."""
        return (days - self.origin) * self.px_per_day + self.offset


def today() -> int:
    """Today's day number."""
    return int(np.datetime64(_dt.date.today(), "D").astype(np.int64))


def _starts(first: int, last: int, unit: str, step: int = 1) -> np.ndarray:
    """Day numbers where each ``unit`` (Y or M, every ``step``) begins, covering [first, last]."""
    lo = (_EPOCH + np.timedelta64(int(first), "D")).astype(f"datetime64[{unit}]")
    # One boundary past ``last``, so that the last period has its end too.
    hi = (_EPOCH + np.timedelta64(int(last), "D")).astype(f"datetime64[{unit}]") + np.timedelta64(2 * step, unit)
    if unit == "M" and step == 3:
        lo -= np.timedelta64(int(lo.astype(int) % 3), "M")
    if unit == "Y" and step > 1:
        lo -= np.timedelta64(int(lo.astype(int) % step), "Y")
    values = np.arange(lo, hi, np.timedelta64(step, unit))
    return values.astype("datetime64[D]").astype(np.int64)


def _date(day: int) -> _dt.date:
    return to_date(day)


@dataclass
class Ticks:
    """Labels of the two axis rows; each entry is (first day, last day + 1, label)."""

    upper: List[Tuple[int, int, str]]
    lower: List[Tuple[int, int, str]]
    unit: str  # of the lower row: "year", "quarter", "month" or "week"


def _spans(starts: np.ndarray, labels: List[str]) -> List[Tuple[int, int, str]]:
    return [(int(a), int(b), text) for a, b, text in zip(starts[:-1], starts[1:], labels)]


def ticks(first: int, last: int, px_per_day: float, locale: Optional[QLocale] = None) -> Ticks:
    """What the axis labels between two days at a zoom level: the finest unit that still fits.

    ``px_per_day`` counts pixels of a screen at 96 dpi with text of about 9 points; month names
    follow ``locale`` (the system's by default).
    """
    locale = locale or QLocale()
    years = _starts(first, last, "Y")
    year_labels = [str(_date(d).year) for d in years]
    if 7 * px_per_day >= 30:
        weeks = np.arange(first - ((first - 4) % 7), last + 8, 7)  # day 4 (1970-01-05) is a Monday
        lower = _spans(weeks, [tr("W{n}").format(n=_date(d).isocalendar()[1]) for d in weeks])
        months = _starts(first, last, "M")
        names = [locale.toString(QDate(_date(d).year, _date(d).month, 1), "MMMM yyyy") for d in months]
        return Ticks(_spans(months, names), lower, "week")
    if 30 * px_per_day >= 32:
        months = _starts(first, last, "M")
        format_ = QLocale.LongFormat if 30 * px_per_day >= 80 else QLocale.ShortFormat
        names = [locale.monthName(_date(d).month, format_) for d in months]
        return Ticks(_spans(years, year_labels), _spans(months, names), "month")
    if 91 * px_per_day >= 26:
        quarters = _starts(first, last, "M", 3)
        names = [tr("Q{n}").format(n=(_date(d).month - 1) // 3 + 1) for d in quarters]
        return Ticks(_spans(years, year_labels), _spans(quarters, names), "quarter")
    step = next((s for s in (1, 2, 5, 10, 20, 50) if 365 * s * px_per_day >= 40), 100)
    years = _starts(first, last, "Y", step)
    return Ticks([], _spans(years, [str(_date(d).year) for d in years]), "year")
