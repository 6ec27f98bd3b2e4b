"""A delivery as columns: every row's values and location, numbered as the user sees them.

CSV files are read by KIP's own reader (every line accounted for); everything else
through QGIS, feature by feature, with a time limit and the cancel button honoured
between features. Values stay as read; the mapping decides what they mean.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from .csvfile import ReadStopped, deadline_check, read_csv
from .qvalues import to_py
from ..core.errors import Cancelled, KipError

# Drivers whose feature ids are the spreadsheet's row numbers (the header being row 1).
_ROW_NUMBERED = ("XLSX", "ODS")



@dataclass
class Delivery:
    """The rows of a delivery, column by column."""

    fields: QgsFields
    columns: List[List[Any]]  # one list per field, one value per row
    rows: List[int]  # the number the user sees for each row
    wkb: Optional[List[Optional[bytes]]] = None  # each row's geometry, when the source has geometry
    crs: QgsCoordinateReferenceSystem = field(default_factory=QgsCoordinateReferenceSystem)
    wkb_type: int = QgsWkbTypes.NoGeometry
    problems: Dict[int, List[Problem]] = field(default_factory=dict)  # row index -> problems found reading it
    notes: List[Problem] = field(default_factory=list)  # remarks on the whole delivery
    blank_rows: int = 0
    empty_is_null: bool = False  # a CSV file's empty cell is NULL to expressions, as QGIS reads CSV files
    kept: Optional[Dict[int, List[Any]]] = None  # after keep_only: the values of the rows still needed

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def spatial(self) -> bool:
        """Whether the source has its own geometry (rather than coordinate or WKT columns)."""
        return self.wkb is not None

    def names(self) -> List[str]:
        """The source's field names."""
        return [f.name() for f in self.fields]

    def column(self, name: str) -> List[Any]:
        """The values of one field (case-insensitive name)."""
        index = self.fields.lookupField(name)
        if index < 0:
            raise KeyError(name)
        return self.columns[index]

    def attributes(self, row: int) -> List[Any]:
        """All values of one row, as read."""
        if self.kept is not None:
            return list(self.kept[row])
        return [column[row] for column in self.columns]

    def keep_only(self, rows) -> None:
        """Keep only the values of ``rows`` (and their geometry); the rest of a big delivery's memory goes."""
        self.kept = {row: [column[row] for column in self.columns] for row in rows}
        if self.wkb is not None:
            self.wkb = [w if row in self.kept else None for row, w in enumerate(self.wkb)]
        self.columns = [[] for _ in self.columns]

    def feature(self, row: int) -> QgsFeature:
        """One row as a QGIS feature (for evaluating expressions)."""
        feature = QgsFeature(self.fields, row)
        values = self.attributes(row)
        if self.empty_is_null:
            values = [None if v == "" else v for v in values]
        feature.setAttributes(values)
        if self.wkb is not None and self.wkb[row] is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(self.wkb[row])
            feature.setGeometry(geometry)
        return feature


def _stop_reason(cancelled: bool, limit: float) -> Exception:
    if cancelled:
        return Cancelled()
    return KipError(
        QT_TRANSLATE_NOOP(
            "@default", "Reading the delivery took longer than {seconds} seconds and was stopped; nothing was "
            "imported. A slow database view or network drive? Export it to a file first."
        ),
        seconds=int(limit),
    )


def from_csv(path: str, feedback: Optional[QgsFeedback], limit: float) -> Delivery:
    """A CSV file read by KIP's own reader; every value is text."""
    stop = deadline_check(limit, lambda: feedback is not None and feedback.isCanceled())
    try:
        table = read_csv(path, stop)
    except ReadStopped as stopped:
        raise _stop_reason(stopped.cancelled, limit) from None
    fields = QgsFields()
    for name in table.header:
        fields.append(QgsField(name, QVariant.String))
    return Delivery(fields, table.columns, table.rows, problems=table.problems, notes=table.notes,
                    blank_rows=table.blank_rows, empty_is_null=True)


def _row_numbers(layer: QgsVectorLayer) -> bool:
    storage = (layer.storageType() or "").upper()
    return layer.providerType() == "ogr" and any(name in storage for name in _ROW_NUMBERED)


def from_layer(layer: QgsVectorLayer, feedback: Optional[QgsFeedback], limit: float) -> Delivery:
    """A layer read through QGIS; stops at cancel or when ``limit`` seconds have passed."""
    fields = QgsFields(layer.fields())
    columns: List[List[Any]] = [[] for _ in range(fields.count())]
    rows: List[int] = []
    spatial = layer.isSpatial()
    wkb: Optional[List[Optional[bytes]]] = [] if spatial else None
    by_row_number = _row_numbers(layer)
    request = QgsFeatureRequest()
    if feedback is not None:
        request.setFeedback(feedback)
    end = time.monotonic() + limit
    total = max(1, layer.featureCount())
    blank = 0
    number = 0
    for feature in layer.getFeatures(request):
        number += 1
        # Every feature: a slow source (a database view, a network drive) may take seconds for one.
        if feedback is not None and feedback.isCanceled():
            raise Cancelled()
        if time.monotonic() > end:
            raise _stop_reason(False, limit)
        if feedback is not None and number % 1000 == 0:
            feedback.setProgress(min(99.0, 100.0 * number / total))
        values = [to_py(v) for v in feature.attributes()]
        has_geometry = spatial and feature.hasGeometry()
        if not has_geometry and all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            blank += 1  # an empty spreadsheet row
            continue
        for column, value in zip(columns, values):
            column.append(value)
        rows.append(feature.id() if by_row_number else number)
        if wkb is not None:
            wkb.append(bytes(feature.geometry().asWkb()) if has_geometry else None)
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
    return Delivery(
        fields, columns, rows, wkb, layer.crs() if spatial else QgsCoordinateReferenceSystem(),
        layer.wkbType() if spatial else QgsWkbTypes.NoGeometry, blank_rows=blank,
    )


def unique_rows(values: Sequence[Any]):
    """Factorise a column: the distinct values and, for each row, the index of its value."""
    try:
        index = {value: k for k, value in enumerate(dict.fromkeys(values))}
        return list(index), [index[value] for value in values]
    except TypeError:  # a value that cannot be a key (a list from a JSON field): compare by its text
        keys = [value if _hashable(value) else repr(value) for value in values]
        index = {}
        distinct: List[Any] = []
        for key, value in zip(keys, values):
            if key not in index:
                index[key] = len(distinct)
                distinct.append(value)
        return distinct, [index[key] for key in keys]


def _hashable(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, bytes)) or hasattr(value, "isoformat")
