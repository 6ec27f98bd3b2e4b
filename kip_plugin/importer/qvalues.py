"""Converting between QGIS attribute values and plain Python values; fields from plain names and types."""
from __future__ import annotations

import datetime as _dt
from typing import Any

from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant


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


def fields_of(spec) -> QgsFields:
    """QGIS fields from (name, QVariant type) pairs, in their order."""
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields
