"""From delivered locations to work areas, all rows at once: parsed, checked, transformed, buffered.

Points and lines get a work area of their width (per row when the delivery says so),
areas stay as they are (an invalid one is repaired), and every work area becomes a
multi-polygon in the KIP's CRS. What cannot be used is a problem of that row: no
location, invalid WKT, coordinates that are not finite, a location outside the area
where the KIP's coordinate system can be used, an area of absurd size.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import shapely
from osgeo import osr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsWkbTypes

from ..core.errors import KipError
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.spatial import many_objects, parallel
from .convert import parse_number
from .table import unique_rows

WKB, WKT, XY, NONE = "wkb", "wkt", "xy", "none"
# A work area larger than this (metres across) is taken for a mistake in the coordinates.
MAX_WORK_EXTENT = 100_000.0
# Share of the size of the CRS's area of use allowed outside it (rounding, offshore works).
AREA_MARGIN = 0.1
_POINT_TYPES, _LINE_TYPES, _POLYGON_TYPES = (0, 4), (1, 2, 5), (3, 6)
_COLLECTION = 7


def _problem(template: str, **params) -> Problem:
    return Problem(template, {**params, "kind": "geometry"})


# Rows made into geometries at once: bounds the memory a big delivery's geometries take.
CHUNK = 100_000


@dataclass
class Parsed:
    """Some rows' locations, parsed: one shapely geometry (or None) per row, in the source's CRS."""

    geoms: np.ndarray
    problems: Dict[int, Problem] = field(default_factory=dict)  # by row of the delivery


@dataclass
class Locations:
    """Every row's location as delivered (WKB, WKT or x/y values), parsed a chunk at a time."""

    kind: str
    data: Sequence
    n: int
    y: Optional[Sequence] = None
    kept: Optional[Dict[int, tuple]] = None  # after keep_only: the values of the rows still needed

    def parse(self, start: int, end: int) -> Parsed:
        """Rows ``start``…``end`` parsed; problems keyed by row."""
        if self.kept is not None:
            raise RuntimeError("the locations of the usable rows were released")
        y = self.y[start:end] if self.y is not None else None
        parsed = parse_locations(self.kind, self.data[start:end] if self.kind != NONE else [], end - start, y)
        return Parsed(parsed.geoms, {start + row: problem for row, problem in parsed.problems.items()})

    def chunks(self):
        """(start, parsed rows) for every chunk of rows."""
        for start in range(0, self.n, CHUNK):
            yield start, self.parse(start, min(self.n, start + CHUNK))

    def centres(self, sample: int = 2_000) -> List[tuple]:
        """Centres of up to ``sample`` usable rows spread over the delivery (for recognising the CRS)."""
        if not self.n or self.kind == NONE:
            return []
        rows = np.unique(np.linspace(0, self.n - 1, min(self.n, sample)).astype(int)).tolist()
        data = [self.data[row] for row in rows]
        y = [self.y[row] for row in rows] if self.y is not None else None
        geoms = parse_locations(self.kind, data, len(rows), y).geoms
        usable = ~shapely.is_missing(geoms)
        bounds = shapely.bounds(geoms[usable])
        centres = np.column_stack([(bounds[:, 0] + bounds[:, 2]) / 2, (bounds[:, 1] + bounds[:, 3]) / 2])
        return [tuple(c) for c in centres[np.isfinite(centres).all(axis=1)]]

    def geometry(self, row: int):
        """One row's location as a shapely geometry (None when it has none that can be read)."""
        if self.kept is not None:
            if row not in self.kept:
                return None
            value, y = self.kept[row]
            return parse_locations(self.kind, [value], 1, [y]).geoms[0]
        if self.kind == NONE:
            return None
        return self.parse(row, row + 1).geoms[0]

    def keep_only(self, rows) -> None:
        """Keep the delivered values of ``rows`` only; the rest of a big delivery's memory goes."""
        if self.kind == NONE:
            return
        self.kept = {row: (self.data[row], self.y[row] if self.y is not None else None) for row in rows}
        self.data, self.y = [], None


def _via_qgis(geometry: QgsGeometry):
    """A geometry shapely cannot read (curves): straightened by QGIS, then read by shapely."""
    if geometry.isNull():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    return shapely.from_wkb(bytes(geometry.asWkb()), on_invalid="ignore")


def _wkt_reason(text: str) -> str:
    try:
        shapely.from_wkt(text)
    except Exception as error:
        return str(error).split(":", 1)[-1].strip()
    return ""


def parse_locations(kind: str, data: Sequence, n: int, y: Optional[Sequence] = None) -> Parsed:
    """Parse WKB, WKT or x/y values of ``n`` rows; rows that cannot be read get a problem."""
    geoms = np.full(n, None, dtype=object)
    problems: Dict[int, Problem] = {}
    if kind == NONE:
        problem = _problem(QT_TRANSLATE_NOOP(
            "@default", "No location: the table has no geometry and no coordinate columns (x/y, lon/lat) or WKT column; "
            "name them in the mapping."
        ))
        return Parsed(geoms, {row: problem for row in range(n)})
    with many_objects():
        if kind == WKB:
            raw = np.array(list(data), dtype=object)
            geoms = parallel(lambda a: shapely.from_wkb(a, on_invalid="ignore"), raw)
            for row in np.flatnonzero(shapely.is_missing(geoms)):
                if raw[row] is None:
                    problems[row] = _problem(QT_TRANSLATE_NOOP("@default", "The row has no geometry (no location)."))
                    continue
                geometry = QgsGeometry()
                geometry.fromWkb(raw[row])
                geoms[row] = _via_qgis(geometry)
                if geoms[row] is None:
                    problems[row] = _problem(QT_TRANSLATE_NOOP("@default", "The geometry of this row cannot be read."))
        elif kind == WKT:
            texts = np.array([(v.strip() or None) if isinstance(v, str) else (None if v is None else (str(v).strip() or None))
                              for v in data], dtype=object)
            geoms = parallel(lambda a: shapely.from_wkt(a, on_invalid="ignore"), texts)
            for row in np.flatnonzero(shapely.is_missing(geoms)):
                if texts[row] is None:
                    problems[row] = _problem(QT_TRANSLATE_NOOP("@default", "The row has no geometry (its WKT field is empty)."))
                    continue
                geoms[row] = _via_qgis(QgsGeometry.fromWkt(texts[row]))
                if geoms[row] is None:
                    problems[row] = _problem(
                        QT_TRANSLATE_NOOP("@default", "'{wkt}' is not a geometry in WKT: {reason}."),
                        wkt=texts[row][:60], reason=_wkt_reason(texts[row]),
                    )
        elif kind == XY:
            xs, ys = _numbers(data), _numbers(y)
            for row in range(n):
                x_value, y_value = data[row], y[row]
                if _empty(x_value) and _empty(y_value):
                    problems[row] = _problem(QT_TRANSLATE_NOOP("@default", "The row has no coordinates."))
                elif np.isnan(xs[row]) or np.isnan(ys[row]):
                    if _empty(x_value) or _empty(y_value) or not _number_text(x_value) or not _number_text(y_value):
                        problems[row] = _problem(
                            QT_TRANSLATE_NOOP("@default", "The coordinates '{x}', '{y}' are not numbers."), x=x_value, y=y_value
                        )
            good = np.array([row not in problems for row in range(n)], dtype=bool)
            geoms[good] = shapely.points(xs[good], ys[good])
        geoms = shapely.force_2d(geoms)
    return Parsed(geoms, problems)


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number_text(value) -> bool:
    """Whether a value is written as a number, even one like 'nan' or 'inf' (caught later as not finite)."""
    try:
        parse_number(value)
        return True
    except KipError:
        return False


def _numbers(values: Sequence) -> np.ndarray:
    distinct, codes = unique_rows(values)
    parsed = np.empty(len(distinct))
    for k, value in enumerate(distinct):
        try:
            number = parse_number(value)
        except KipError:
            number = None
        parsed[k] = np.nan if number is None else number
    return parsed[np.asarray(codes, dtype=np.int64)] if len(codes) else np.zeros(0)


def _srs(crs: QgsCoordinateReferenceSystem) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


@dataclass
class AreaOfUse:
    """Where a CRS may be used: its name and its box in that CRS, with a margin."""

    name: str
    box: tuple  # xmin, ymin, xmax, ymax in the CRS, margin included

    def outside(self, bounds: np.ndarray) -> np.ndarray:
        """Rows whose bounds are not wholly inside the box."""
        xmin, ymin, xmax, ymax = self.box
        return (bounds[:, 0] < xmin) | (bounds[:, 1] < ymin) | (bounds[:, 2] > xmax) | (bounds[:, 3] > ymax)


def area_of_use(crs: QgsCoordinateReferenceSystem) -> Optional[AreaOfUse]:
    """The area of use of ``crs`` (None when the CRS does not say)."""
    srs = _srs(crs)
    area = srs.GetAreaOfUse()
    if area is None or area.west_lon_degree is None:
        return None
    west, south, east, north = area.west_lon_degree, area.south_lat_degree, area.east_lon_degree, area.north_lat_degree
    if east < west:  # across the antimeridian: no useful box
        return None
    steps = np.linspace(0.0, 1.0, 21)
    lon = np.concatenate([west + (east - west) * steps, np.full(21, east), west + (east - west) * steps, np.full(21, west)])
    lat = np.concatenate([np.full(21, south), south + (north - south) * steps, np.full(21, north), south + (north - south) * steps])
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    points = np.asarray(osr.CoordinateTransformation(wgs84, srs).TransformPoints(np.column_stack([lon, lat])))
    points = points[np.isfinite(points[:, :2]).all(axis=1)]
    if not len(points):
        return None
    xmin, ymin = points[:, 0].min(), points[:, 1].min()
    xmax, ymax = points[:, 0].max(), points[:, 1].max()
    margin = AREA_MARGIN * max(xmax - xmin, ymax - ymin)
    return AreaOfUse(area.name, (xmin - margin, ymin - margin, xmax + margin, ymax + margin))


def lonlat_of(x: float, y: float, crs: QgsCoordinateReferenceSystem) -> Optional[tuple]:
    """A point of ``crs`` in longitude and latitude, when it can be converted."""
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        lon, lat, *_ = osr.CoordinateTransformation(_srs(crs), wgs84).TransformPoint(float(x), float(y))
    except Exception:
        return None
    return (lon, lat) if np.isfinite([lon, lat]).all() else None
