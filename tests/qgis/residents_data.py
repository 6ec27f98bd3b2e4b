"""A small town for the residents' tests: streets, two neighbourhoods and works with private details to keep."""
from __future__ import annotations

from pathlib import Path

import shapely
from osgeo import ogr, osr

from detection_data import X0, Y0, add_to_store, work
from kip_plugin.core import schema as S

# Private details that must never reach residents (the tests grep every output for them).
BUDGET = 987654.0
DESCRIPTION = "Interne notitie: sleutel ligt bij Jan de Vries"
CONTACT = "j.devries@ede.example, 06-12345678"
PRIVATE_TEXTS = ("987654", "987.654", "987 654", "sleutel ligt bij", "j.devries", "06-12345678")
PUBLIC_CONTACT = "Gemeente Ede, telefoon 14 0318"
PERIOD = {"START": "2027-01-01", "END": "2027-12-31"}


def _along(x0, x1, y=0.0, half=2.5):
    return shapely.box(X0 + x0, Y0 + y - half, X0 + x1, Y0 + y + half)


def town_works():
    """Sewer and water main in the Kerkstraat (combinable), lighting in the Molenweg, a garden in the Schoolstraat."""
    private = {S.F_BUDGET_EUR: BUDGET, S.F_DESCRIPTION: DESCRIPTION, S.F_CONTACT: CONTACT, S.F_BUDGET_TYPE: "project"}
    return [
        work("GRP-1", "riolering", "sewer", "2027-03-01", "2027-06-28", _along(0, 300), title="Vervanging riolering Kerkstraat",
             earliest_start="2027-01-01", latest_end="2027-12-31", disruption="high", road_closure=True, excavation=True,
             **private),
        work("VIT-1", "vitens", "water_main", "2027-04-01", "2027-05-30", _along(20, 280, y=4),
             title="Vervanging waterleiding Kerkstraat", earliest_start="2027-02-01", latest_end="2027-08-31",
             disruption="medium", excavation=True, **private),
        work("WKB-1", "wijkbeheer", "lighting", "2027-09-01", "2027-09-30", _along(2000, 2250),
             title="LED-verlichting Molenweg", disruption="low", **private),
        work("BWI-1", "bewoners", "resident_initiative", "2027-05-01", "2027-05-20",
             shapely.Point(X0 + 150, Y0 - 120).buffer(12), title="Geveltuinen Schoolstraat", disruption="none"),
        work("PRG-9", "programmering", "road_resurfacing", "2027-02-01", "2027-02-20", _along(0, 300),
             title="Oude deklaag Kerkstraat", status="done"),
        work("LIA-1", "liander", "electricity", "2029-01-01", "2029-03-01", _along(0, 300), title="Kabel Kerkstraat"),
    ]


def town_store(tmp_path: Path):
    """A KIP store with the town's works; the sewer's party has a contact for residents."""
    from kip_plugin.store.kipstore import KipStore

    parties = [S.Party(p.code, p.name, p.kind, p.colour, PUBLIC_CONTACT if p.code == "riolering" else "")
               for p in S.DEFAULT_PARTIES]
    store = KipStore.create(str(tmp_path / "town.gpkg"), parties=parties, title="Ede")
    add_to_store(store, town_works())
    return store


def town_places(tmp_path: Path) -> dict:
    """A GeoPackage with street sections ('straten') and neighbourhoods ('buurten'); layer URIs by name."""
    path = str(tmp_path / "town_places.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    streets = ds.CreateLayer("straten", srs, ogr.wkbLineString)
    streets.CreateField(ogr.FieldDefn("straatnaam", ogr.OFTString))
    sections = [
        ("Kerkstraat", [(0, 0), (200, 0)]), ("Kerkstraat", [(200, 0), (400, 0)]),
        ("Schoolstraat", [(150, -200), (150, 200)]), ("Molenweg", [(1900, 0), (2300, 0)]),
        ("Kerkstraat", [(5000, 0), (5300, 0)]), ("", [(600, 0), (700, 0)]),
    ]
    for name, coords in sections:
        feature = ogr.Feature(streets.GetLayerDefn())
        feature.SetField("straatnaam", name)
        line = shapely.LineString([(X0 + x, Y0 + y) for x, y in coords])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(line)))
        streets.CreateFeature(feature)
    areas = ds.CreateLayer("buurten", srs, ogr.wkbPolygon)
    areas.CreateField(ogr.FieldDefn("buurtnaam", ogr.OFTString))
    for name, (x0, x1) in (("Centrum", (-100, 1000)), ("Veldhuizen", (1000, 6000))):
        feature = ogr.Feature(areas.GetLayerDefn())
        feature.SetField("buurtnaam", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.box(X0 + x0, Y0 - 300, X0 + x1, Y0 + 300))))
        areas.CreateFeature(feature)
    ds = None
    return {"streets": f"{path}|layername=straten", "areas": f"{path}|layername=buurten"}
