"""The areas a council map gives a page each: districts of a layer, or a grid over the works.

Also what a user is told when the districts and the works have nothing to do with each other,
and which field names the districts.
"""
from __future__ import annotations

import math
import string
from typing import Dict, List

from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureSource, QgsGeometry, QgsRectangle
from qgis.PyQt.QtCore import QVariant

from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from .atlas import District
from .works_data import Work

# Field names that name a district, best first (CBS, PDOK and common municipal layers).
NAME_FIELDS = (
    "name", "naam", "statnaam", "wijknaam", "buurtnaam", "gemeentenaam", "wk_naam", "bu_naam", "gm_naam",
    "districtname", "district", "wijk", "buurt", "gebied", "gebiedsnaam", "titel", "title", "label",
)
# Works that all lie within this many metres (the larger side) share one page.
ONE_PAGE_M = 4_000.0
# Grid cells are squares of one of these sizes (m): the smallest that needs at most GRID_CELLS across.
CELL_SIZES = (1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000)
GRID_CELLS = 4


def name_field(source: QgsFeatureSource, chosen: str) -> str:
    """The field naming the districts: the one chosen, which must exist, else one called name, naam, statnaam, …"""
    names = source.fields().names()
    if chosen:
        if chosen not in names:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The district layer '{layer}' has no field '{field}'. Its fields "
                                              "are: {fields}."),
                layer=source.sourceName(), field=chosen, fields=", ".join(names) or "–")
        return chosen
    by_lower = {name.lower(): name for name in names}
    for candidate in NAME_FIELDS:
        if candidate in by_lower:
            return by_lower[candidate]
    texts = [f.name() for f in source.fields() if f.type() == QVariant.String]
    raise KipError(
        QT_TRANSLATE_NOOP("@default", "Which field of the district layer '{layer}' holds the districts' names? "
                                      "None is called name, naam or statnaam; choose one as the name field. Its "
                                      "text fields are: {fields}."),
        layer=source.sourceName(), fields=", ".join(texts) or "–")


def _column_name(number: int) -> str:
    letters = string.ascii_uppercase
    return letters[number] if number < len(letters) else letters[number // len(letters) - 1] + letters[number % 26]


def grid(works: Dict[str, Work]) -> List[District]:
    """Pages without a district layer: one for all works when they lie close together, else a grid of squares
    over their extent named like a street map (A1, B1, … from the top left)."""
    extent = QgsRectangle()
    for work in works.values():
        extent.combineExtentWith(work.geometry.boundingBox())
    side = max(extent.width(), extent.height())
    if side <= ONE_PAGE_M:
        area = QgsRectangle(extent)
        area.grow(max(side * 0.05, 100.0))
        return [District(tr("All works"), QgsGeometry.fromRect(area))]
    cell = next((c for c in CELL_SIZES if side / c <= GRID_CELLS), CELL_SIZES[-1])
    x0 = math.floor(extent.xMinimum() / cell) * cell
    y1 = math.ceil(extent.yMaximum() / cell) * cell
    columns = max(1, math.ceil((extent.xMaximum() - x0) / cell))
    rows = max(1, math.ceil((y1 - extent.yMinimum()) / cell))
    cells = []
    for row in range(rows):
        for column in range(columns):
            rect = QgsRectangle(x0 + column * cell, y1 - (row + 1) * cell, x0 + (column + 1) * cell, y1 - row * cell)
            name = tr("Area {cell}").format(cell=f"{_column_name(column)}{row + 1}")
            cells.append(District(name, QgsGeometry.fromRect(rect)))
    return cells


def check_overlap(districts: List[District], works: Dict[str, Work], layer: str,
                  crs: QgsCoordinateReferenceSystem) -> None:
    """Raise a clear error when no district holds a single work: the layers lie apart, not the dates."""
    if any(d.works for d in districts):
        return
    area, where = QgsRectangle(), QgsRectangle()
    for district in districts:
        area.combineExtentWith(district.geometry.boundingBox())
    for work in works.values():
        where.combineExtentWith(work.geometry.boundingBox())
    raise KipError(
        QT_TRANSLATE_NOOP("@default", "The districts of '{layer}' and the works do not overlap: the districts lie "
                                      "around ({dx}, {dy}) and the {n} works of the period around ({wx}, {wy}) in "
                                      "{crs}. Choose the districts of the works' municipality, or leave the "
                                      "districts empty for pages over a grid of the works."),
        layer=layer, dx=round(area.center().x()), dy=round(area.center().y()), n=len(works),
        wx=round(where.center().x()), wy=round(where.center().y()), crs=crs.authid() or crs.description())

