"""Generate the demo KIP for Ede: resources/demo/ede_demo.gpkg.

Reproducible: the same seed gives the same works. Besides the plans each party makes on
its own, the scenario contains on purpose works that can be combined (a sewer, a water main
and new cables in one street, partly needing a shift within their flexibility) and
conflicts (digging in a street paved shortly before, closures at the same time close to each
other, an event during heavy works).

    .venv/bin/python scripts/make_demo_data.py [--seed 228] [--out resources/demo/ede_demo.gpkg]
        [--streets resources/demo/ede_streets.gpkg] [--only-streets]

The generated streets (named road sections in every neighbourhood, along which the works
lie) are written too, for the resident view and the letters per street.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from demo_scenario import PARTY_PLANS, Scenario  # noqa: E402

DAY = dt.timedelta(days=1)


def read_buurten(path: Path):
    """Ede's neighbourhoods as (name, shapely polygon), in file order."""
    import shapely
    from osgeo import ogr

    ds = ogr.Open(str(path))
    result = []
    for feature in ds.GetLayerByName("buurten"):
        geom = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
        result.append((feature.GetField("statnaam"), max(geom.geoms, key=lambda g: g.area)))
    return result


def random_plans(sc: Scenario) -> None:
    """The works each party plans on its own."""
    for owner, plans in PARTY_PLANS.items():
        for work_type, count in plans.items():
            for _ in range(count):
                street = sc.pick_street(urban=work_type in ("event", "resident_initiative", "building_project"))
                sc.new_work(owner, work_type, street, sc.random_day(), sc.area_for(work_type, street))


def planted_combinations(sc: Scenario, n: int) -> None:
    """Streets where two to four parties plan to dig within months of each other."""
    rng = sc.rng
    candidates = [
        ("riolering", "sewer"), ("programmering", "road_reconstruction"), ("vitens", "water_main"),
        ("liander", "electricity"), ("liander", "gas"), ("wijkbeheer", "lighting"),
    ]
    for i in range(n):
        street = sc.pick_street()
        line = sc.stretch(street, rng.uniform(200, 500))
        base = sc.random_day(dt.date(2027, 1, 1), dt.date(2030, 1, 1))
        members = rng.sample(candidates, rng.randint(2, 4))
        for k, (owner, work_type) in enumerate(members):
            # Some start up to four months apart but may move: they need a shift to combine.
            shift = 0 if k == 0 else rng.choice([0, 0, 30, 60, 120])
            flexibility = (rng.randint(60, 200), rng.randint(60, 200)) if shift else False
            part = sc.stretch(street, min(street.line.length, line.length * rng.uniform(0.7, 1.0)))
            sc.new_work(
                owner, work_type, street, base + shift * DAY, sc.area_for(work_type, street, part),
                flexibility=flexibility, tag=f"combination-{i + 1}",
            )


def planted_dig_after_paving(sc: Scenario, n: int) -> None:
    """A street paved anew, then dug up again within three years by another party."""
    rng = sc.rng
    for i in range(n):
        street = sc.pick_street()
        line = sc.stretch(street, rng.uniform(150, 350))
        start = sc.random_day(dt.date(2026, 6, 1), dt.date(2028, 6, 1))
        paving = sc.new_work(
            "programmering", "road_resurfacing", street, start, sc.area_for("road_resurfacing", street, line),
            duration=rng.randint(10, 30), flexibility=False, tag=f"dig_after_paving-{i + 1}",
        )
        owner, work_type = rng.choice([("liander", "electricity"), ("vitens", "water_main"), ("liander", "gas")])
        later = paving.attrs["end_date"] + rng.randint(120, 900) * DAY
        sc.new_work(
            owner, work_type, street, later, sc.area_for(work_type, street, line), flexibility=False,
            tag=f"dig_after_paving-{i + 1}",
        )


def planted_closures(sc: Scenario, n: int) -> None:
    """Two road closures at the same time a few streets apart."""
    rng = sc.rng
    for i in range(n):
        first = sc.pick_street()
        near = [s for s in sc.urban_streets if s is not first and 80 < s.line.distance(first.line) < 400]
        second = rng.choice(near) if near else sc.pick_street()
        start = sc.random_day(dt.date(2027, 1, 1), dt.date(2030, 1, 1))
        for street, (owner, work_type) in zip(
            (first, second), rng.sample([("riolering", "sewer"), ("programmering", "road_reconstruction"),
                                         ("verkeer", "traffic_measure"), ("programmering", "road_resurfacing")], 2)
        ):
            work = sc.new_work(owner, work_type, street, start + rng.randint(0, 20) * DAY,
                               sc.area_for(work_type, street), tag=f"closures-{i + 1}")
            work.attrs["road_closure"] = True


def planted_events(sc: Scenario, n: int) -> None:
    """An event next to heavy works at the same time."""
    rng = sc.rng
    for i in range(n):
        street = sc.pick_street()
        start = sc.random_day(dt.date(2027, 3, 1), dt.date(2029, 9, 1))
        works = sc.new_work("riolering", "sewer", street, start, sc.area_for("sewer", street),
                            duration=rng.randint(60, 120), tag=f"event-{i + 1}")
        works.attrs["disruption"] = "high"
        event = sc.new_work("verkeer", "event", street, start + rng.randint(10, 40) * DAY,
                            sc.area_for("event", street), duration=rng.randint(1, 3), tag=f"event-{i + 1}")
        event.attrs["road_closure"] = True


def build(seed: int, buurten) -> Scenario:
    """The whole scenario for ``seed``."""
    sc = Scenario(buurten, seed)
    random_plans(sc)
    planted_combinations(sc, 24)
    planted_dig_after_paving(sc, 10)
    planted_closures(sc, 8)
    planted_events(sc, 6)
    return sc


def write(sc: Scenario, out: Path) -> int:
    """Write the scenario into a new KIP store at ``out``; return the number of works."""
    import shapely
    from qgis.core import QgsFeature, QgsGeometry
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    from kip_plugin.store.kipstore import KipStore

    if out.exists():
        out.unlink()
    store = KipStore.create(str(out), title="Ede, demo")
    layer = store.works_layer()
    fields = layer.fields()
    features: List[QgsFeature] = []
    for work in sc.works:
        f = QgsFeature(fields)
        for key, value in work.attrs.items():
            if isinstance(value, dt.datetime):
                value = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
            elif isinstance(value, dt.date):
                value = QDate(value.year, value.month, value.day)
            f[key] = value
        geom = shapely.set_precision(work.geometry, 0.01)
        qgeom = QgsGeometry()
        qgeom.fromWkb(shapely.to_wkb(geom))
        f.setGeometry(qgeom)
        features.append(f)
    ok, _ = layer.dataProvider().addFeatures(features)
    if not ok:
        raise RuntimeError("; ".join(layer.dataProvider().errors()))
    return len(features)


def write_streets(sc: Scenario, out: Path) -> int:
    """Write the scenario's generated streets (road sections named per neighbourhood) to a GeoPackage."""
    import shapely
    from osgeo import ogr, osr

    if out.exists():
        out.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(out))
    layer = ds.CreateLayer("straten", srs, ogr.wkbLineString, ["GEOMETRY_NAME=geom", "FID=fid"])
    for name in ("straatnaam", "buurt"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for street in sc.streets:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("straatnaam", street.name)
        feature.SetField("buurt", street.buurt)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(shapely.set_precision(street.line, 0.1).wkt))
        layer.CreateFeature(feature)
    ds = None
    settle(out)
    return len(sc.streets)


def settle(path: Path) -> None:
    """Leave the file in rollback-journal mode, so that opening it read-only never writes to it."""
    import sqlite3

    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=DELETE")
    db.close()


def main() -> Tuple[Path, int]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=228)
    parser.add_argument("--out", default=str(ROOT / "resources" / "demo" / "ede_demo.gpkg"))
    parser.add_argument("--streets", help="where the streets go (default: ede_streets.gpkg beside --out)")
    parser.add_argument("--only-streets", action="store_true", help="write the streets, leave the store alone")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from kip_plugin.paths import ede_boundaries_path

    sc = build(args.seed, read_buurten(ede_boundaries_path()))
    args.streets = args.streets or str(Path(args.out).with_name("ede_streets.gpkg"))
    streets = write_streets(sc, Path(args.streets))
    print(f"Wrote {streets} generated road sections to {args.streets}")
    n = 0
    if not args.only_streets:
        n = write(sc, Path(args.out))
        print(f"Wrote {n} works to {args.out}")
    app.exitQgis()
    if not args.only_streets:
        settle(Path(args.out))
    return Path(args.out), n


if __name__ == "__main__":
    main()
