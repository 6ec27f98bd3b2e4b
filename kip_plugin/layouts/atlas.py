"""The atlas side of a council map: the map's CRS, the districts and which works lie in each."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSource,
    QgsFeedback,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
)


from ..core import schema as S
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from .common import check_cancelled
from .works_data import Combination, Conflict, Warn, Work, features, geometry_in


@dataclass
class District:
    """One district (an atlas page when it has works) and what lies in it."""

    name: str
    geometry: QgsGeometry
    works: List[Work] = field(default_factory=list)
    combinations: List[str] = field(default_factory=list)
    conflicts: List[str] = field(default_factory=list)
    page: int = 0  # page number in the PDF; 0 when the district gets no page
    summary: str = ""  # a theme page's own summary line (empty for a district)


@dataclass
class Figures:
    """The key figures on the cover."""

    works: int
    combinations: Optional[int]  # None: no combinations layer was given
    digs_saved: Optional[int]
    conflicts: Optional[int]


def map_crs(
    candidates: Sequence[QgsCoordinateReferenceSystem], extent_wgs84: Optional[QgsRectangle] = None
) -> QgsCoordinateReferenceSystem:
    """The first projected CRS among ``candidates``; else the UTM zone of the area, so that scales hold."""
    for crs in candidates:
        if crs.isValid() and not crs.isGeographic():
            return crs
    if extent_wgs84 is not None and not extent_wgs84.isEmpty():
        centre = extent_wgs84.center()
        zone = int(math.floor((centre.x() + 180) / 6)) % 60 + 1
        return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if centre.y() >= 0 else 32700) + zone}")
    return QgsCoordinateReferenceSystem(S.DEFAULT_CRS)


def extent_in_wgs84(source: QgsFeatureSource, context: QgsCoordinateTransformContext) -> QgsRectangle:
    """The source's extent in longitude/latitude (for picking a UTM zone)."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if source.sourceCrs() == wgs84:
        return source.sourceExtent()
    return QgsCoordinateTransform(source.sourceCrs(), wgs84, context).transformBoundingBox(source.sourceExtent())


def read_districts(
    source: QgsFeatureSource,
    name_field: str,
    crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext,
    warn: Warn,
    feedback: Optional[QgsFeedback] = None,
) -> List[District]:
    """The districts in the map's CRS, sorted by name; districts without a shape are reported and left out."""
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context)
    districts = []
    for feature in features(source):
        check_cancelled(feedback)
        value = feature[name_field]
        name = "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value).strip()
        name = name or tr("District {fid}").format(fid=feature.id())
        geometry = geometry_in(feature, transform)
        if geometry is None:
            warn(tr("District '{name}' is left out: it has no shape.").format(name=name))
            continue
        districts.append(District(name, geometry))
    if not districts:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The district layer '{layer}' has no districts."),
            layer=source.sourceName())
    return sorted(districts, key=lambda d: d.name.lower())


def assign(
    districts: List[District],
    works: Dict[str, Work],
    combinations: Sequence[Combination],
    conflicts: Sequence[Conflict],
    feedback: Optional[QgsFeedback] = None,
) -> None:
    """Put each work in every district it touches, with the combinations and conflicts it is part of."""
    ordered = sorted(works.values(), key=table_order)
    index = QgsSpatialIndex()
    for number, work in enumerate(ordered):
        feature = QgsFeature(number)
        feature.setGeometry(work.geometry)
        index.addFeature(feature)
    combination_of = {w.work_id: w.combination for w in ordered if w.combination}
    kept_conflicts = {c.conflict_id for c in conflicts}
    for district in districts:
        check_cancelled(feedback)
        engine = QgsGeometry.createGeometryEngine(district.geometry.constGet())
        engine.prepareGeometry()
        hits = sorted(index.intersects(district.geometry.boundingBox()))
        district.works = [ordered[i] for i in hits if engine.intersects(ordered[i].geometry.constGet())]
        combined = {combination_of[w.work_id] for w in district.works if w.work_id in combination_of}
        district.combinations = sorted(combined, key=_natural)
        clashing = {c for w in district.works for c in w.conflicts if c in kept_conflicts}
        district.conflicts = sorted(clashing, key=_natural)


def table_order(work: Work):
    """The order works are listed in: by start, end and title."""
    return work.start, work.end, work.title.lower(), work.work_id


def focus(district: District) -> QgsGeometry:
    """The area a district page's map shows: the whole district, or where its works are when they sit in a corner.

    Large rural districts have their works in a village or two; drawn whole, those works
    would be specks. Outlines and tables do not depend on this area, only the map's zoom.
    """
    whole = district.geometry.boundingBox()
    area = None
    for work in district.works:
        part = work.geometry.intersection(district.geometry)
        box = (part if not part.isEmpty() else work.geometry).boundingBox()
        if area is None:
            area = QgsRectangle(box)
        else:
            area.combineExtentWith(box)
    if area is None:
        return QgsGeometry.fromRect(whole)
    area.grow(max(0.15 * max(area.width(), area.height()), 200.0))
    # Never closer than a good part of the district: the reader must still see where in it the works are.
    least = max(2500.0, 0.45 * max(whole.width(), whole.height()))
    centre = area.center()
    half_width, half_height = max(area.width(), least) / 2, max(area.height(), least) / 2
    area = QgsRectangle(centre.x() - half_width, centre.y() - half_height, centre.x() + half_width,
                        centre.y() + half_height)
    if area.width() * area.height() > 0.35 * whole.width() * whole.height():
        return QgsGeometry.fromRect(whole)
    return QgsGeometry.fromRect(area)


def _natural(text: str):
    """Sort key that puts '2' before '10'."""
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def number_pages(districts: List[District], with_empty: bool) -> List[District]:
    """The districts that get a page (all, or those with works), numbered after the cover."""
    pages = [d for d in districts if d.works or with_empty]
    for number, district in enumerate(pages, start=2):
        district.page = number
    return pages


def figures(
    works: Dict[str, Work],
    combinations: Sequence[Combination],
    conflicts: Sequence[Conflict],
    analysed_combinations: bool,
    analysed_conflicts: bool,
) -> Figures:
    """Works, combinations, digs saved and conflicts over the whole map."""
    return Figures(
        works=len(works),
        combinations=len(combinations) if analysed_combinations else None,
        digs_saved=sum(c.digs_saved for c in combinations) if analysed_combinations else None,
        conflicts=len(conflicts) if analysed_conflicts else None,
    )
