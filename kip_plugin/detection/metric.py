"""Choosing a metric CRS for the detection and bringing geometries into it."""
from __future__ import annotations

import math
from typing import Tuple

import numpy as np
import shapely
from osgeo import osr
from qgis.core import QgsCoordinateReferenceSystem, QgsUnitTypes

from ..core import schema as S

# Longitude/latitude box of the Netherlands, where RD New (EPSG:28992) is the metric CRS.
NETHERLANDS_LONLAT = (3.2, 50.7, 7.3, 53.7)


def is_metric(crs: QgsCoordinateReferenceSystem) -> bool:
    """Whether distances in ``crs`` are metres on the ground (a projected CRS in metres)."""
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters


def _srs(crs: QgsCoordinateReferenceSystem) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _transformer(source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem):
    return osr.CoordinateTransformation(_srs(source), _srs(target))


def lonlat_bounds(bounds: Tuple[float, float, float, float], crs: QgsCoordinateReferenceSystem) -> Tuple[float, ...]:
    """The box ``bounds`` (in ``crs``) in longitude and latitude."""
    xmin, ymin, xmax, ymax = bounds
    corners = np.array([[xmin, ymin], [xmin, ymax], [xmax, ymin], [xmax, ymax]], dtype=float)
    lonlat = np.asarray(_transformer(crs, QgsCoordinateReferenceSystem("EPSG:4326")).TransformPoints(corners))
    return lonlat[:, 0].min(), lonlat[:, 1].min(), lonlat[:, 0].max(), lonlat[:, 1].max()


def choose_metric_crs(bounds: Tuple[float, float, float, float], crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """RD New when the works lie in the Netherlands, else the UTM zone of their centre."""
    lon_min, lat_min, lon_max, lat_max = lonlat_bounds(bounds, crs)
    west, south, east, north = NETHERLANDS_LONLAT
    if west <= lon_min and lon_max <= east and south <= lat_min and lat_max <= north:
        return QgsCoordinateReferenceSystem(S.DEFAULT_CRS)
    lon, lat = (lon_min + lon_max) / 2, (lat_min + lat_max) / 2
    zone = min(60, max(1, int(math.floor((lon + 180) / 6)) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


def transform(geoms: np.ndarray, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem) -> np.ndarray:
    """``geoms`` from ``source`` to ``target``, vertex by vertex."""
    ct = _transformer(source, target)

    def move(coords: np.ndarray) -> np.ndarray:
        if len(coords) == 0:
            return coords
        return np.asarray(ct.TransformPoints(np.ascontiguousarray(coords, dtype=float)))[:, :2]

    return shapely.transform(geoms, move)


def to_wkb(geoms: np.ndarray) -> np.ndarray:
    """WKB of 2D ``geoms``.

    The dimension is given explicitly: inside QGIS, shapely may end up calling QGIS's own,
    older GEOS, which refuses shapely's newer default.
    """
    return shapely.to_wkb(geoms, output_dimension=2)
