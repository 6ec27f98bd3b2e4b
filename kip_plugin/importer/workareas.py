"""Parsed locations become work areas in the KIP's CRS: checked for plausibility, buffered, repaired.

All rows at once with shapely; the few rows that need it (an invalid area, a
collection of points, lines and areas) are handled one by one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem

from ..core.errors import KipError
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.spatial import many_objects, parallel
from ..detection.metric import to_wkb, transform
from .areas import _COLLECTION, _LINE_TYPES, _POINT_TYPES, MAX_WORK_EXTENT, Locations, _problem, area_of_use, lonlat_of
from .mapping import ImportPreset

QUAD_SEGMENTS = 8  # as QGIS buffers: 8 segments per quarter circle


@dataclass
class WorkAreas:
    """One WKB multi-polygon per usable row, in the KIP's CRS; a problem for each other row."""

    wkb: np.ndarray
    problems: Dict[int, Problem] = field(default_factory=dict)
    repaired: int = 0


def _where(bounds: np.ndarray, crs: QgsCoordinateReferenceSystem) -> str:
    x = float((np.nanmin(bounds[:, 0]) + np.nanmax(bounds[:, 2])) / 2)
    y = float((np.nanmin(bounds[:, 1]) + np.nanmax(bounds[:, 3])) / 2)
    lonlat = lonlat_of(x, y, crs)
    if lonlat is None:
        return "x {x:.0f}, y {y:.0f}".format(x=x, y=y)
    return "{lon:.4f}° {ew}, {lat:.4f}° {ns}".format(
        lon=abs(lonlat[0]), ew="E" if lonlat[0] >= 0 else "W", lat=abs(lonlat[1]), ns="N" if lonlat[1] >= 0 else "S")


def _widths(types_id: np.ndarray, work_types: Sequence[Optional[str]], given: np.ndarray, preset: ImportPreset) -> np.ndarray:
    is_point = np.isin(types_id, _POINT_TYPES)
    widths = np.where(is_point, float(preset.point_width), float(preset.line_width))
    for work_type, width in preset.widths_by_type.items():
        widths[np.asarray([t == work_type for t in work_types], dtype=bool)] = float(width)
    return np.where(np.isfinite(given), given, widths)


def _polygonal(geometry, width: float):
    """The area of one geometry of any kind: points and lines buffered, areas repaired; None when nothing is left."""
    parts = shapely.get_parts(geometry) if shapely.get_type_id(geometry) == _COLLECTION else [geometry]
    areas = []
    for part in parts:
        kind = shapely.get_type_id(part)
        if kind in _POINT_TYPES or kind in _LINE_TYPES:
            areas.append(shapely.buffer(part, width / 2.0, quad_segs=QUAD_SEGMENTS))
        elif shapely.get_type_id(part) == _COLLECTION:
            inner = _polygonal(part, width)
            if inner is not None:
                areas.append(inner)
        else:
            areas.append(part if shapely.is_valid(part) else shapely.make_valid(part))
    polygons = [p for a in areas for p in shapely.get_parts(a) if shapely.get_type_id(p) in (3, 6)]
    if not polygons:
        return None
    return shapely.union_all(polygons) if len(polygons) > 1 else polygons[0]


def make_work_areas(
    locations: Locations,
    source_crs: QgsCoordinateReferenceSystem,
    store_crs: QgsCoordinateReferenceSystem,
    widths: np.ndarray,
    work_types: Sequence[Optional[str]],
    preset: ImportPreset,
) -> WorkAreas:
    """Work areas of all rows, a chunk at a time; raise KipError when the whole delivery lies where the KIP's CRS does not apply."""
    result = WorkAreas(np.full(locations.n, None, dtype=object))
    area = area_of_use(store_crs)
    seen = _Whereabouts()
    with many_objects():
        for start, parsed in locations.chunks():
            end = start + len(parsed.geoms)
            wkb, problems, repaired = _chunk(parsed, start, source_crs, store_crs, widths[start:end],
                                             work_types[start:end], preset, area, seen)
            result.wkb[start:end] = wkb
            result.problems.update(problems)
            result.repaired += repaired
    if seen.usable and seen.outside == seen.usable and area is not None:
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "The delivery lies around {where} (given in {source}), outside the area where the KIP's "
                "coordinate system {crs} ({name}) can be used: {area}. Nothing was imported; check the coordinate "
                "system of the delivery (the source CRS)."
            ),
            where=_where(np.array([seen.box]), source_crs), source=source_crs.authid() or source_crs.description(),
            crs=store_crs.authid(), name=store_crs.description(), area=area.name.rstrip("."),
        )
    return result


@dataclass
class _Whereabouts:
    """How many rows had a usable location, how many of those lay outside the area of use, and where they lay."""

    usable: int = 0
    outside: int = 0
    box: list = field(default_factory=lambda: [np.inf, np.inf, -np.inf, -np.inf])  # source bounds of the rows outside

    def add(self, bounds: np.ndarray) -> None:
        if len(bounds):
            self.box = [min(self.box[0], bounds[:, 0].min()), min(self.box[1], bounds[:, 1].min()),
                        max(self.box[2], bounds[:, 2].max()), max(self.box[3], bounds[:, 3].max())]


def _chunk(parsed, offset, source_crs, store_crs, widths, work_types, preset, area, seen: _Whereabouts):
    """The work areas of one chunk of rows: WKB per row (None where rejected), problems by row, repairs."""
    geoms = parsed.geoms.copy()
    n = len(geoms)
    local: Dict[int, Problem] = {row - offset: problem for row, problem in parsed.problems.items()}
    missing = shapely.is_missing(geoms)
    empty = ~missing & shapely.is_empty(geoms)
    for row in np.flatnonzero(empty):
        local.setdefault(row, _problem(QT_TRANSLATE_NOOP("@default", "The row has no geometry (no location).")))
    bounds = shapely.bounds(geoms)
    finite = np.isfinite(bounds).all(axis=1)
    for row in np.flatnonzero(~missing & ~empty & ~finite):
        local[row] = _problem(QT_TRANSLATE_NOOP(
            "@default", "The location has coordinates that are not finite numbers (NaN or infinite)."
        ))
    usable = ~missing & ~empty & finite
    if usable.any() and not source_crs.isValid():
        problem = _problem(QT_TRANSLATE_NOOP("@default", "The source has no coordinate reference system; give one."))
        for row in np.flatnonzero(usable):
            local[row] = problem
        usable[:] = False
    geoms[~usable] = None
    if usable.any() and source_crs != store_crs:
        geoms[usable] = transform(geoms[usable], source_crs, store_crs)
        moved = shapely.bounds(geoms[usable])
        lost = np.flatnonzero(usable)[~np.isfinite(moved).all(axis=1)]
        for row in lost:
            local[row] = _problem(
                QT_TRANSLATE_NOOP("@default", "The location cannot be converted to the KIP's coordinate system ({crs})."),
                crs=store_crs.authid(),
            )
        usable[lost] = False
        geoms[lost] = None
    _check_plausible(geoms, usable, bounds, store_crs, area, seen, local)
    types_id = shapely.get_type_id(geoms)
    width = _widths(types_id, work_types, widths, preset)
    areas, repaired = _areas(geoms, usable, types_id, width, local)
    wkb = np.full(n, None, dtype=object)
    good = np.flatnonzero(usable)
    if len(good):
        wkb[good] = parallel(to_wkb, areas[good])
    return wkb, {offset + row: problem for row, problem in local.items()}, repaired


def _check_plausible(geoms, usable, source_bounds, store_crs, area, seen: _Whereabouts, problems) -> None:
    """Reject rows outside the CRS's area of use or of absurd size; count them for the whole delivery."""
    if not usable.any():
        return
    bounds = shapely.bounds(geoms)
    rows = np.flatnonzero(usable)
    seen.usable += len(rows)
    if area is not None:
        outside = area.outside(bounds[rows])
        seen.outside += int(outside.sum())
        seen.add(source_bounds[rows[outside]])
        for row in rows[outside]:
            problems[row] = _problem(
                QT_TRANSLATE_NOOP(
                    "@default", "The location ({x:.0f}, {y:.0f}) lies outside the area where the KIP's coordinate "
                    "system {crs} can be used ({area}); check the coordinates."
                ),
                x=(bounds[row, 0] + bounds[row, 2]) / 2, y=(bounds[row, 1] + bounds[row, 3]) / 2,
                crs=store_crs.authid(), area=area.name.rstrip("."),
            )
        usable[rows[outside]] = False
    size = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
    for row in np.flatnonzero(usable & (size > MAX_WORK_EXTENT)):
        problems[row] = _problem(
            QT_TRANSLATE_NOOP(
                "@default", "The work area is {km:.0f} km across; that is not one work in public space. Check the coordinates."
            ),
            km=size[row] / 1000.0,
        )
        usable[row] = False


def _areas(geoms, usable, types_id, width, problems):
    """Buffer points and lines, keep valid areas, repair invalid ones, make everything multi-polygons."""
    areas = np.full(len(geoms), None, dtype=object)
    repaired = 0
    simple = usable & (np.isin(types_id, _POINT_TYPES) | np.isin(types_id, _LINE_TYPES))
    rows = np.flatnonzero(simple)
    if len(rows):
        areas[rows] = parallel(
            lambda g, w: shapely.buffer(g, w / 2.0, quad_segs=QUAD_SEGMENTS), geoms[rows], width[rows]
        )
    polygon_rows = np.flatnonzero(usable & np.isin(types_id, (3, 6)))
    if len(polygon_rows):
        valid = parallel(shapely.is_valid, geoms[polygon_rows])
        areas[polygon_rows[valid]] = geoms[polygon_rows[valid]]
        for row in polygon_rows[~valid]:
            fixed = _polygonal(shapely.make_valid(geoms[row]), 0.0)
            if fixed is None or shapely.is_empty(fixed):
                problems[row] = _problem(QT_TRANSLATE_NOOP("@default", "The area is invalid and cannot be repaired."))
                usable[row] = False
                continue
            areas[row] = fixed
            repaired += 1
    for row in np.flatnonzero(usable & (types_id == _COLLECTION)):
        if not np.isfinite(width[row]) or width[row] <= 0:
            width[row] = 1.0
        areas[row] = _polygonal(geoms[row], width[row])
        if areas[row] is None:
            problems[row] = _problem(QT_TRANSLATE_NOOP("@default", "The geometry is of a kind KIP cannot use as a work area."))
            usable[row] = False
    rows = np.flatnonzero(usable)
    if len(rows):
        single = rows[shapely.get_type_id(areas[rows]) == 3]
        if len(single):
            areas[single] = shapely.multipolygons(areas[single], indices=np.arange(len(single)))
        flat = rows[~(shapely.area(areas[rows]) > 0)]
        for row in flat:
            problems[row] = _problem(QT_TRANSLATE_NOOP(
                "@default", "The location has no area, even after buffering; check the widths."
            ))
            usable[row] = False
            areas[row] = None
    return areas, repaired
