"""The period parameters START and END, as the council map and the residents' algorithms take them."""
from __future__ import annotations

import datetime as _dt
from typing import Any, Dict, Optional

from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingParameterDateTime
from qgis.PyQt.QtCore import QDate, QDateTime

from ..core.works import add_months
from ..i18n import tr
from ..layouts.common import DEFAULT_MONTHS, Period


def _as_date(value: Any) -> Optional[_dt.date]:
    """A ``datetime.date`` from a QDate, QDateTime, date, datetime or ISO text (yyyy-mm-dd); None otherwise."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def date_parameter(algorithm, parameters: Dict[str, Any], key: str, context: QgsProcessingContext) -> Optional[_dt.date]:
    """The date given for ``key``; None when none is given; an error naming the value when it is no date."""
    value = parameters.get(key)
    if value is None or value == "":
        return None
    day = _as_date(algorithm.parameterAsDateTime(parameters, key, context)) or _as_date(value)
    if day is None:
        raise QgsProcessingException(tr("'{value}' is not a date (use YYYY-MM-DD).").format(value=value))
    return day


class PeriodParameters:
    """START and END: the period, by default from today to 24 months later."""

    START = "START"
    END = "END"

    def add_period(self) -> None:
        """Add START and END, with today and 24 months later as their defaults."""
        today = _dt.date.today()
        for key, label, default in (
            (self.START, tr("Period from (empty: today)"), today),
            (self.END, tr("Period until (empty: 24 months after the start)"), add_months(today, DEFAULT_MONTHS)),
        ):
            parameter = QgsProcessingParameterDateTime(key, label, QgsProcessingParameterDateTime.Date, optional=True)
            parameter.setDefaultValue(QDate(default.year, default.month, default.day))
            self.addParameter(parameter)

    def period(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> Period:
        """The period asked for, checked (an empty period is refused)."""
        return Period.make(date_parameter(self, parameters, self.START, context),
                           date_parameter(self, parameters, self.END, context))
