"""Plans for the detection tests, written into real KIP stores and plain GeoPackages."""
from __future__ import annotations

import datetime as dt
from typing import Dict, List, Optional

import shapely
from osgeo import ogr, osr
from qgis.core import QgsFeature, QgsGeometry
from qgis.PyQt.QtCore import QDate

from kip_plugin.core import schema as S

X0, Y0 = 170_000.0, 450_000.0
FAR = 5_000.0  # the conflicts plan lies this far north of the Bospad


def strip(x_from: float, x_to: float, y: float = 0.0, width: float = 8.0):
    """A work area along a street in Ede, ``x_from``–``x_to`` metres east of a fixed point."""
    return shapely.box(X0 + x_from, Y0 + y, X0 + x_to, Y0 + y + width)


def work(work_id, owner, work_type, start, end, geometry, **extra) -> Dict:
    record = {
        S.F_WORK_ID: work_id,
        S.F_TITLE: extra.pop("title", work_id),
        S.F_OWNER: owner,
        S.F_WORK_TYPE: work_type,
        S.F_STATUS: "planned",
        S.F_START: start,
        S.F_END: end,
        S.F_EARLIEST_START: None,
        S.F_LATEST_END: None,
        S.F_EXCAVATION: None,
        S.F_ROAD_CLOSURE: False,
        S.F_DISRUPTION: "low",
        "geometry": geometry,
    }
    record.update(extra)
    return record


def bospad() -> List[Dict]:
    """Sewer, water main, cable and resurfacing in one street; a park far away; a cancelled work."""
    return [
        work("RIO-1", "riolering", "sewer", "2027-03-01", "2027-05-31", strip(0, 300),
             title="Vervanging riool Bospad", latest_end="2027-08-31"),
        work("VIT-1", "vitens", "water_main", "2027-06-01", "2027-07-31", strip(0, 250, y=12),
             title="Waterleiding Bospad"),
        work("LIA-1", "liander", "electricity", "2027-09-01", "2027-09-30", strip(100, 400, y=-14),
             title="Kabel Bospad", earliest_start="2027-05-01"),
        work("PRG-1", "programmering", "road_resurfacing", "2028-04-01", "2028-04-30", strip(0, 400),
             title="Nieuwe deklaag Bospad", earliest_start="2027-07-01"),
        work("GRN-1", "groen", "green", "2027-06-01", "2027-06-30", strip(2000, 2100), title="Park"),
        work("LIA-9", "liander", "gas", "2027-06-01", "2027-06-30", strip(0, 300, y=30), status="cancelled"),
    ]


def conflicts_plan() -> List[Dict]:
    """A new road dug up, two closures at once, a market next to works; 5 km north of the Bospad."""
    return [
        work("PRG-2", "programmering", "road_resurfacing", "2026-05-01", "2026-06-30", strip(0, 300, y=FAR),
             title="Nieuwe deklaag Stationsweg"),
        work("VIT-2", "vitens", "water_main", "2027-03-01", "2027-04-30", strip(50, 150, y=FAR),
             title="Waterleiding Stationsweg"),
        work("VRK-1", "verkeer", "road_reconstruction", "2027-04-01", "2027-06-30", strip(1000, 1100, y=FAR),
             title="Reconstructie Markt", road_closure=True, disruption="high"),
        work("LIA-2", "liander", "electricity", "2027-06-01", "2027-07-31", strip(1400, 1500, y=FAR),
             title="Kabel Molenstraat", road_closure=True, disruption="medium"),
        work("EVT-1", "wijkbeheer", "event", "2027-04-27", "2027-04-27", strip(1150, 1160, y=FAR), title="Koningsmarkt"),
    ]


def qdate(value: Optional[str]):
    return QDate.fromString(value, "yyyy-MM-dd") if value else None


def add_to_store(store, records: List[Dict]) -> None:
    """Write ``records`` into the works table of a KIP store."""
    layer = store.works_layer()
    features = []
    for record in records:
        feature = QgsFeature(layer.fields())
        for name, value in record.items():
            if name == "geometry":
                continue
            if name in (S.F_START, S.F_END, S.F_EARLIEST_START, S.F_LATEST_END):
                value = qdate(value)
            feature[name] = value
        feature.setGeometry(QgsGeometry.fromWkt(shapely.to_wkt(shapely.multipolygons([record["geometry"]]))))
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok, layer.dataProvider().errors()


def plain_gpkg(path: str, records: List[Dict], epsg: int = 28992, date_type=ogr.OFTDate, name: str = "works") -> str:
    """A GeoPackage with the schema's fields but none of a KIP store's constraints; returns a layer URI."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon)
    for spec in S.WORK_FIELDS:
        if spec.kind == S.DATE:
            kind = date_type
        else:
            kind = {S.TEXT: ogr.OFTString, S.BOOL: ogr.OFTInteger, S.REAL: ogr.OFTReal, S.DATETIME: ogr.OFTDateTime}[spec.kind]
        definition = ogr.FieldDefn(spec.name, kind)
        if spec.kind == S.BOOL:
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    for record in records:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in record.items():
            if key == "geometry" or value is None:
                continue
            feature.SetField(key, int(value) if isinstance(value, bool) else value)
        geometry = record.get("geometry")
        if geometry is not None:
            if geometry.geom_type == "Polygon":
                geometry = shapely.multipolygons([geometry])
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername={name}"


def days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
