"""Layers for the tactical tests: asset registers, theme areas and street sections as real GeoPackages."""
from __future__ import annotations

from typing import Dict, List

import shapely
from osgeo import ogr, osr

from detection_data import X0, Y0, add_to_store, work

OGR_TYPES = {str: ogr.OFTString, int: ogr.OFTInteger, float: ogr.OFTReal}


def write_layer(path: str, name: str, geometry_type, records: List[Dict], epsg: int = 28992) -> str:
    """A layer ``name`` in the GeoPackage ``path`` with the records' fields (types from the first record)."""
    ds = ogr.Open(path, 1) if ogr.Open(path) is not None else ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, geometry_type)
    keys = [k for k in records[0] if k != "geometry"]
    for key in keys:
        sample = next((r[key] for r in records if r.get(key) is not None), "")
        layer.CreateField(ogr.FieldDefn(key, OGR_TYPES.get(type(sample), ogr.OFTString)))
    for record in records:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key in keys:
            if record.get(key) is not None:
                feature.SetField(key, record[key])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(record["geometry"])))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername={name}"


def box(x_from, x_to, y_from, y_to):
    return shapely.box(X0 + x_from, Y0 + y_from, X0 + x_to, Y0 + y_to)


def bospad_digs():
    """A water main in 2027 over the road and the sewer, a cable in 2029 beside the road, a resurfacing."""
    return [
        work("VIT-1", "vitens", "water_main", "2027-06-01", "2027-07-31", box(0, 250, 0, 8), title="Waterleiding Bospad"),
        work("LIA-1", "liander", "electricity", "2029-03-01", "2029-04-30", box(0, 400, 14, 16), title="Kabel Bospad"),
        work("PRG-9", "programmering", "road_resurfacing", "2028-05-01", "2028-05-31", box(0, 400, -2, 10),
             title="Deklaag Bospad"),
    ]


def asset_layers(folder) -> Dict[str, str]:
    """Road sections, sewer pipes and street lights as a municipality keeps them (Dutch field names)."""
    path = str(folder / "beheer.gpkg")
    roads = write_layer(path, "wegvakken", ogr.wkbPolygon, [
        {"vaknummer": "WV-1", "straatnaam": "Bospad", "verhardingssoort": "Asfaltbeton (DAB)", "aanlegjaar": 2012,
         "conditie": None, "geometry": box(0, 250, -2, 10)},
        {"vaknummer": "WV-2", "straatnaam": "Bospad", "verhardingssoort": "Gebakken klinkers", "aanlegjaar": 2020,
         "conditie": 2, "geometry": box(250, 400, -2, 10)},
        {"vaknummer": "WV-3", "straatnaam": "Bospad", "verhardingssoort": "Asfalt", "aanlegjaar": None,
         "conditie": None, "geometry": box(400, 500, -2, 10)},
    ])
    sewers = write_layer(path, "strengen", ogr.wkbLineString, [
        {"strengid": "RS-1", "materiaal": "Beton", "aanlegjaar": 1962,
         "geometry": shapely.LineString([(X0, Y0 + 4), (X0 + 300, Y0 + 4)])},
    ])
    lights = write_layer(path, "masten", ogr.wkbPoint, [
        {"mastnummer": "OV-1", "materiaal": "Staal", "plaatsingsjaar": 1990, "conditie": 5,
         "geometry": shapely.Point(X0 + 50, Y0 + 20)},
    ])
    return {"roads": roads, "sewers": sewers, "lights": lights}


def store_with(store, records) -> None:
    """Add works to a store (re-exported for the tactical tests)."""
    add_to_store(store, records)


def theme_plan():
    """Works in a flooding hot spot (x 0–100) and in a neighbourhood going off gas (x 200–300), 1 km north."""
    y = 1000.0
    return [
        work("W1", "programmering", "road_reconstruction", "2027-03-01", "2027-06-30", box(0, 100, y, y + 10),
             title="Herinrichting Dorpsstraat"),
        work("W2", "groen", "green", "2028-03-01", "2028-06-30", box(0, 50, y + 50, y + 60), title="Wadi Dorpsstraat"),
        work("W3", "riolering", "sewer", "2027-03-01", "2027-06-30", box(20, 40, y, y + 100), title="Afkoppelen",
             themes="climate_adaptation"),
        work("G1", "liander", "gas", "2027-03-01", "2027-06-30", box(200, 300, y, y + 2), title="Gasleiding Beekstraat"),
        work("D1", "ruimtelijke_projecten", "district_heating", "2030-03-01", "2030-06-30", box(200, 300, y + 10, y + 12),
             title="Warmtenet Beekstraat"),
    ]


def theme_areas_layer(folder) -> str:
    """Two theme areas as a municipality draws them (Dutch field names, years for the period)."""
    y = 1000.0
    return write_layer(str(folder / "themas.gpkg"), "themagebieden", ogr.wkbPolygon, [
        {"thema": "Wateroverlast", "naam": "Hotspot Dorpsstraat", "doel": "Geen water op straat bij 70 mm",
         "startdatum": "2026", "einddatum": "2030", "aardgasvrij": None, "geometry": box(0, 100, y, y + 100)},
        {"thema": "heat_transition", "naam": "Beekstraat aardgasvrij", "doel": "Van het gas af in 2035",
         "startdatum": "2026-01-01", "einddatum": "2035-12-31", "aardgasvrij": 2035, "geometry": box(200, 300, y, y + 100)},
        {"thema": "Ruimtevaart", "naam": "Onbekend thema", "doel": None, "startdatum": "2026", "einddatum": "2030",
         "aardgasvrij": None, "geometry": box(500, 600, y, y + 100)},
    ])


def subsurface_plan():
    """Three cable and pipe works and a reconstruction in the Bospad, where the sample KLIC delivery lies."""
    return [
        work("VIT-1", "vitens", "water_main", "2027-06-01", "2027-07-31", box(0, 250, 0, 2), title="Waterleiding Bospad"),
        work("LIA-1", "liander", "electricity", "2028-03-01", "2028-04-30", box(50, 300, 8, 9), title="Kabel Bospad"),
        work("KPN-1", "kpn", "telecom", "2028-09-01", "2028-09-30", box(0, 100, 9, 10), title="Glasvezel Bospad"),
        work("PRG-1", "programmering", "road_reconstruction", "2029-03-01", "2029-08-31", box(0, 100, 0, 10),
             title="Herinrichting Bospad"),
    ]


def street_sections(folder) -> str:
    """Street sections of the Bospad and a quiet street, with the field names of a road register."""
    return write_layer(str(folder / "straten.gpkg"), "wegvakken", ogr.wkbPolygon, [
        {"wegvak": "BP-1", "straatnaam": "Bospad", "geometry": box(0, 100, 0, 10)},
        {"wegvak": "BP-2", "straatnaam": "Bospad", "geometry": box(100, 300, 0, 10)},
        {"wegvak": "HW-1", "straatnaam": "Heideweg", "geometry": box(0, 100, 500, 510)},
    ])
