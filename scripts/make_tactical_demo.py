"""Generate the tactical layer of the Ede demo: resources/demo/ede_tactical.gpkg and resources/demo/ede_klic_imkl.xml.

Reproducible: the same seed and the same demo store give the same files. The GeoPackage
holds a road register (``wegvakken``), a sewer register (``rioolstrengen``) and the theme
areas (``themagebieden``), with the Dutch field names municipal registers use; the XML is a
KLIC delivery in IMKL 2.0 with the cables and pipes of two neighbourhoods.

    .venv/bin/python scripts/make_tactical_demo.py [--seed 228]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import shapely  # noqa: E402
from osgeo import ogr, osr  # noqa: E402

from make_demo_data import read_buurten  # noqa: E402
from tactical_scenario import OPERATORS, TacticalDemo, bounds_of, build  # noqa: E402

SURFACE_WORDS = {"asphalt": "Asfaltbeton (DAB)", "clinkers": "Gebakken klinkers"}
MATERIAL_WORDS = {"concrete": "Beton", "vitrified_clay": "Gres", "pvc": "PVC"}
NS = {
    "gml": "http://www.opengis.net/gml/3.2", "xlink": "http://www.w3.org/1999/xlink",
    "imkl": "http://www.geostandaarden.nl/imkl/wibon", "net": "http://inspire.ec.europa.eu/schemas/net/4.0",
    "base": "http://inspire.ec.europa.eu/schemas/base/3.3",
    "us-net-common": "http://inspire.ec.europa.eu/schemas/us-net-common/4.0",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
RD = "urn:ogc:def:crs:EPSG::28992"
THEMA = "http://definities.geostandaarden.nl/imkl2015/id/waarde/Thema/"
FUNCTIONAL = "http://inspire.ec.europa.eu/codelist/ConditionOfFacilityValue/functional"
NETWORK_TYPES = {"laagspanning": "electricity", "middenspanning": "electricity", "gasLageDruk": "oilGasChemicals",
                 "water": "water", "datatransport": "telecommunications"}
MOMENT = "2026-10-01T09:00:00+02:00"


def read_works(path: Path):
    """(work_type, status, geometry) of the demo's works."""
    ds = ogr.Open(str(path))
    works = [(f.GetField("work_type"), f.GetField("status"), shapely.from_wkb(bytes(f.GetGeometryRef().ExportToWkb())))
             for f in ds.GetLayerByName("works")]
    ds = None
    return works


def _layer(ds, name: str, geometry_type, fields):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, geometry_type, ["FID=fid"])
    for field_name, kind in fields:
        layer.CreateField(ogr.FieldDefn(field_name, kind))
    return layer


def _add(layer, values: dict, geometry) -> None:
    feature = ogr.Feature(layer.GetLayerDefn())
    for key, value in values.items():
        if value is not None:
            feature.SetField(key, value)
    feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(shapely.set_precision(geometry, 0.01))))
    layer.CreateFeature(feature)


def write_gpkg(demo: TacticalDemo, path: Path) -> None:
    """The road register, the sewer register and the theme areas, as a municipality keeps them."""
    path.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    S, I = ogr.OFTString, ogr.OFTInteger
    roads = _layer(ds, "wegvakken", ogr.wkbPolygon, [
        ("vaknummer", S), ("straatnaam", S), ("verhardingssoort", S), ("aanlegjaar", I), ("jaar_laatste_onderhoud", I),
        ("preventief", S), ("conditie", I)])
    for r in demo.roads:
        _add(roads, {"vaknummer": r.section_id, "straatnaam": r.street, "verhardingssoort": SURFACE_WORDS[r.surface],
                     "aanlegjaar": r.year_laid, "jaar_laatste_onderhoud": r.last_maintenance or None,
                     "preventief": "ja" if r.preventive else "nee", "conditie": r.condition}, r.geometry)
    sewers = _layer(ds, "rioolstrengen", ogr.wkbLineString, [
        ("strengid", S), ("straatnaam", S), ("materiaal", S), ("aanlegjaar", I), ("diameter_mm", I)])
    for p in demo.sewers:
        _add(sewers, {"strengid": p.pipe_id, "straatnaam": p.street, "materiaal": MATERIAL_WORDS[p.material],
                      "aanlegjaar": p.year_laid, "diameter_mm": p.diameter_mm}, p.geometry)
    areas = _layer(ds, "themagebieden", ogr.wkbPolygon, [
        ("thema", S), ("naam", S), ("doel", S), ("startdatum", S), ("einddatum", S), ("aardgasvrij", I)])
    for a in demo.areas:
        _add(areas, {"thema": a.theme, "naam": a.name, "doel": a.goal, "startdatum": a.start, "einddatum": a.end,
                     "aardgasvrij": a.off_gas_year or None}, a.geometry)
    ds = None


def _e(parent, tag: str, text: str = None, **attributes):
    prefix, name = tag.split(":")
    element = ET.SubElement(parent, f"{{{NS[prefix]}}}{name}")
    for key, value in attributes.items():
        prefix, name = key.split("_", 1) if "_" in key else ("", key)
        element.set(f"{{{NS[prefix]}}}{name}" if prefix else name, value)
    if text is not None:
        element.text = text
    return element


def _identification(parent, local_id: str) -> None:
    nen = _e(_e(parent, "imkl:identificatie"), "imkl:NEN3610ID")
    _e(nen, "imkl:namespace", "nl.imkl")
    _e(nen, "imkl:lokaalID", local_id)


def _inspire(parent, local_id: str) -> None:
    _e(parent, "net:beginLifespanVersion", MOMENT)
    identifier = _e(_e(parent, "net:inspireId"), "base:Identifier")
    _e(identifier, "base:localId", local_id)
    _e(identifier, "base:namespace", "nl.imkl")


def write_imkl(demo: TacticalDemo, path: Path) -> None:
    """The utility network as a KLIC delivery in IMKL 2.0 (GML)."""
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    root = ET.Element(f"{{{NS['gml']}}}FeatureCollection", {f"{{{NS['gml']}}}id": "nl.imkl-KL9900.GI_levering_26G000228"})
    envelope = _e(_e(root, "gml:boundedBy"), "gml:Envelope", srsName=RD, srsDimension="2")
    x0, y0, x1, y1 = bounds_of(demo)
    _e(envelope, "gml:lowerCorner", f"{x0} {y0}")
    _e(envelope, "gml:upperCorner", f"{x1} {y1}")
    for code, name in OPERATORS.items():
        beheerder = _e(_e(root, "gml:featureMember"), "imkl:Beheerder", gml_id=f"nl.imkl-{code}._Beheerder")
        _identification(beheerder, f"{code}._Beheerder")
        _e(beheerder, "imkl:beginLifespanVersion", MOMENT)
        _e(beheerder, "imkl:bronhoudercode", code)
        _e(_e(_e(beheerder, "imkl:organisatie"), "imkl:Organisatie"), "imkl:naam", name)
    networks = sorted({(r.operator, r.network, r.theme) for r in demo.routes})
    for code, suffix, theme in networks:
        net = _e(_e(root, "gml:featureMember"), "imkl:Utiliteitsnet", gml_id=f"nl.imkl-{code}.net_{suffix}")
        _e(net, "us-net-common:utilityNetworkType",
           xlink_href=f"http://inspire.ec.europa.eu/codelist/UtilityNetworkTypeValue/{NETWORK_TYPES[theme]}")
        _e(net, "us-net-common:authorityRole", xlink_href="http://inspire.ec.europa.eu/codelist/RelatedPartyRoleValue/operator")
        _identification(net, f"{code}.net_{suffix}")
        _e(net, "imkl:beginLifespanVersion", MOMENT)
        _e(net, "imkl:thema", xlink_href=THEMA + theme)
    for number, route in enumerate(demo.routes, start=1):
        code, net_id = route.operator, f"nl.imkl-{route.operator}.net_{route.network}"
        link = _e(_e(root, "gml:featureMember"), "us-net-common:UtilityLink", gml_id=f"nl.imkl-{code}.ul_{number}")
        _inspire(link, f"{code}.ul_{number}")
        _e(link, "net:inNetwork", xlink_href=net_id)
        line = _e(_e(link, "net:centrelineGeometry"), "gml:LineString", gml_id=f"nl.imkl-{code}.ul_{number}_g",
                  srsName=RD, srsDimension="2")
        _e(line, "gml:posList", " ".join(f"{x:.3f} {y:.3f}" for x, y in route.geometry.coords))
        _e(link, "net:fictitious", "false")
        _e(link, "us-net-common:currentStatus", xlink_href=FUNCTIONAL)
        cable = _e(_e(root, "gml:featureMember"), f"imkl:{route.feature}",
                   gml_id=f"nl.imkl-{code}.{route.feature.lower()}_{number}")
        _inspire(cable, f"{code}.{route.feature.lower()}_{number}")
        _e(cable, "net:inNetwork", xlink_href=net_id)
        _e(cable, "net:link", xlink_href=f"nl.imkl-{code}.ul_{number}")
        _e(cable, "us-net-common:currentStatus", xlink_href=FUNCTIONAL)
        if route.cables > 1:
            _e(cable, "imkl:aantalKabelsLeidingen", str(route.cables))
    ET.indent(root, space=" ")
    path.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=228)
    parser.add_argument("--works", default=str(ROOT / "resources" / "demo" / "ede_demo.gpkg"))
    parser.add_argument("--out", default=str(ROOT / "resources" / "demo"))
    args = parser.parse_args()
    from kip_plugin.paths import ede_boundaries_path

    demo = build(read_buurten(ede_boundaries_path()), read_works(Path(args.works)), args.seed)
    out = Path(args.out)
    write_gpkg(demo, out / "ede_tactical.gpkg")
    write_imkl(demo, out / "ede_klic_imkl.xml")
    print(f"Wrote {len(demo.roads)} road sections, {len(demo.sewers)} sewer pipes and {len(demo.areas)} theme areas "
          f"in {', '.join(demo.focus)} to {out / 'ede_tactical.gpkg'}; {len(demo.routes)} cables and pipes to "
          f"{out / 'ede_klic_imkl.xml'}")


if __name__ == "__main__":
    main()
