"""Converting between QGIS attribute values and plain Python values, and translating problems."""
from __future__ import annotations

import datetime as _dt
from typing import Any

from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.problems import Problem
from ..i18n import tr


def to_py(value: Any) -> Any:
    """A QGIS attribute value as plain Python (QDate -> date, NULL -> None)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else to_py(value.value())
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        return value.toPyDateTime()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss") if value.isValid() else None
    return value


def to_qgis(value: Any) -> Any:
    """A plain Python value as a QGIS attribute value."""
    if value is None:
        return QVariant()
    if isinstance(value, _dt.datetime):
        return QDateTime(value)
    if isinstance(value, _dt.date):
        return QDate(value.year, value.month, value.day)
    return value


def tr_problem(problem: Problem) -> str:
    """A problem in the user's language: the template translated, then filled in."""
    translate = set(problem.params.get("translate", ()))
    params = {}
    for key, value in problem.params.items():
        if isinstance(value, Problem):
            value = tr_problem(value)
        elif hasattr(value, "list_name"):  # a list of codes: shown with labels in the user's language
            value = value.text(tr)
        elif key in translate:
            value = tr(value)
        params[key] = value
    return tr(problem.template).format(**params)
