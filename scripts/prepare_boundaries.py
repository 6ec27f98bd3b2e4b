"""Copy Ede's CBS boundaries from the shared data into resources/ede/ede_boundaries.gpkg.

Districts (wijken) and neighbourhoods (buurten) are kept in EPSG:28992, the outline of the
municipality is transformed to it; invalid polygons are repaired. Source: CBS, Kadaster.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from osgeo import gdal, ogr, osr

ROOT = Path(__file__).resolve().parents[1]
LAYERS = (
    ("wijken", "ede_wijken_2014_rd.geojson", ("statcode", "statnaam")),
    ("buurten", "ede_buurten_2014_rd.geojson", ("statcode", "statnaam")),
    ("gemeente", "ede_gemeente_2022_wgs84.geojson", ("gemeentecode", "gemeentenaam", "aantalInwoners")),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", default=str(ROOT.parent / "shared" / "data" / "ede"))
    parser.add_argument("--out", default=str(ROOT / "resources" / "ede" / "ede_boundaries.gpkg"))
    args = parser.parse_args()
    gdal.UseExceptions()
    if os.path.exists(args.out):
        os.remove(args.out)
    rd = osr.SpatialReference()
    rd.ImportFromEPSG(28992)
    rd.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(args.out)
    for name, filename, fields in LAYERS:
        src = ogr.Open(os.path.join(args.source, filename))
        layer = src.GetLayer(0)
        src_srs = layer.GetSpatialRef() or rd
        src_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        transform = osr.CoordinateTransformation(src_srs, rd)
        target = out.CreateLayer(name, rd, ogr.wkbMultiPolygon, ["GEOMETRY_NAME=geom", "FID=fid"])
        defn = layer.GetLayerDefn()
        for field in fields:
            target.CreateField(defn.GetFieldDefn(defn.GetFieldIndex(field)))
        for feature in layer:
            geom = feature.GetGeometryRef().Clone()
            geom.Transform(transform)
            if not geom.IsValid():
                geom = geom.MakeValid()
            geom = ogr.ForceToMultiPolygon(geom.Buffer(0) if geom.GetGeometryType() == ogr.wkbGeometryCollection else geom)
            new = ogr.Feature(target.GetLayerDefn())
            for field in fields:
                new.SetField(field, feature.GetField(field))
            new.SetGeometry(geom)
            target.CreateFeature(new)
        print(f"{name}: {target.GetFeatureCount()} features")
    out = None


if __name__ == "__main__":
    main()
