"""Synthetic, Ede-like plans for the benchmark: trenches, blocks and spots of work over five years.

Seeded, so the same n always gives the same KIP store. Works gather around
neighbourhood centres, as real plans do; half may move. Every WORKS_PER_TOWN
works get a town of Ede's size of their own (side by side), so that the density
of works, and with it the number of combinable pairs per work, stays that of
one busy town whatever n is.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import shapely
from osgeo import ogr

from kip_plugin.core import schema as S

EXTENT = (160_000.0, 440_000.0, 185_000.0, 460_000.0)  # RD New, around Ede
CENTRES = 30  # neighbourhood centres per town
WORKS_PER_TOWN = 20_000
TOWNS_PER_ROW = 8
FIRST_DAY = np.datetime64("2026-01-01")
LAST_START = np.datetime64("2030-09-30")

# shape -> (share, work types, days (min, max), road closure probability)
SHAPES = {
    "line": (0.45, ["sewer", "water_main", "gas", "electricity", "telecom", "district_heating"], (14, 120), 0.4),
    "block": (0.35, ["road_resurfacing", "road_reconstruction", "green", "building_project", "traffic_measure"],
              (7, 60), 0.5),
    "point": (0.20, ["lighting", "event", "resident_initiative", "other"], (1, 14), 0.1),
}
OWNER_OF_TYPE = {
    "sewer": "riolering", "water_main": "vitens", "gas": "liander", "electricity": "liander", "telecom": "liander",
    "district_heating": "ruimtelijke_projecten", "road_resurfacing": "programmering",
    "road_reconstruction": "programmering", "green": "groen", "building_project": "woonstede",
    "traffic_measure": "verkeer", "lighting": "wijkbeheer", "event": "wijkbeheer",
    "resident_initiative": "bewoners", "other": "wijkbeheer",
}
DIGS = {"sewer", "water_main", "gas", "electricity", "telecom", "district_heating", "road_reconstruction", "lighting"}


def _centres(rng: np.random.Generator, n: int) -> np.ndarray:
    """Where each work lies: around a neighbourhood centre of its town, or anywhere in it."""
    xmin, ymin, xmax, ymax = EXTENT
    width, height = xmax - xmin, ymax - ymin
    towns = max(1, -(-n // WORKS_PER_TOWN))
    town = rng.integers(0, towns, n)
    shift = np.column_stack([(town % TOWNS_PER_ROW) * width, -(town // TOWNS_PER_ROW) * height])
    hubs = np.column_stack([rng.uniform(xmin + 2000, xmax - 2000, CENTRES * towns),
                            rng.uniform(ymin + 2000, ymax - 2000, CENTRES * towns)])
    around = rng.random(n) < 0.7
    points = np.column_stack([rng.uniform(xmin, xmax, n), rng.uniform(ymin, ymax, n)])
    hub = hubs[town * CENTRES + rng.integers(0, CENTRES, n)]
    points[around] = hub[around] + rng.normal(0, 700, (around.sum(), 2))
    return points + shift


def _lines(rng, origins: np.ndarray) -> np.ndarray:
    """Trenches along a street-like path: 2-4 straight legs, turning at right angles."""
    n = len(origins)
    legs = rng.integers(2, 5, n)
    geoms = np.empty(n, dtype=object)
    angle0 = rng.uniform(0, np.pi / 2, n)
    for k in range(n):
        coords = [origins[k]]
        angle = angle0[k]
        for _ in range(legs[k]):
            step = rng.uniform(40, 150)
            coords.append(coords[-1] + step * np.array([np.cos(angle), np.sin(angle)]))
            angle += rng.choice([-np.pi / 2, 0.0, np.pi / 2])
        geoms[k] = shapely.LineString(coords)
    return shapely.buffer(geoms, rng.uniform(1.5, 3.0, n), cap_style="flat", join_style="mitre")


def _blocks(rng, origins: np.ndarray) -> np.ndarray:
    """Resurfacing and green blocks: rotated rectangles along a street."""
    n = len(origins)
    length, width = rng.uniform(30, 200, n), rng.uniform(8, 16, n)
    angle = rng.uniform(0, np.pi, n)
    ux, uy = np.cos(angle), np.sin(angle)
    corners = np.stack(
        [
            origins,
            origins + np.column_stack([ux * length, uy * length]),
            origins + np.column_stack([ux * length - uy * width, uy * length + ux * width]),
            origins + np.column_stack([-uy * width, ux * width]),
        ],
        axis=1,
    )
    return shapely.polygons(corners)


def _spots(rng, origins: np.ndarray) -> np.ndarray:
    return shapely.buffer(shapely.points(origins), rng.uniform(3, 15, len(origins)), quad_segs=4)


def works_columns(n: int, seed: int) -> dict:
    """The columns of ``n`` synthetic works."""
    rng = np.random.default_rng(seed)
    origins = _centres(rng, n)
    shares = np.array([s[0] for s in SHAPES.values()])
    shape = rng.choice(list(SHAPES), n, p=shares / shares.sum())
    geoms = np.empty(n, dtype=object)
    types = np.empty(n, dtype=object)
    days = np.empty(n, dtype=np.int64)
    closure = np.zeros(n, dtype=bool)
    for name, (_share, kinds, (low, high), closes) in SHAPES.items():
        rows = np.flatnonzero(shape == name)
        make = {"line": _lines, "block": _blocks, "point": _spots}[name]
        geoms[rows] = make(rng, origins[rows])
        types[rows] = rng.choice(kinds, len(rows))
        days[rows] = rng.integers(low, high + 1, len(rows))
        closure[rows] = rng.random(len(rows)) < closes
    span = int((LAST_START - FIRST_DAY).astype(int))
    start = FIRST_DAY + rng.integers(0, span, n).astype("timedelta64[D]")
    end = start + (days - 1).astype("timedelta64[D]")
    flexible = rng.random(n) < 0.5
    earliest = np.where(flexible, start - rng.integers(30, 366, n).astype("timedelta64[D]"), np.datetime64("NaT"))
    latest = np.where(flexible, end + rng.integers(30, 366, n).astype("timedelta64[D]"), np.datetime64("NaT"))
    status = rng.choice(["planned", "preparation", "idea", "done", "cancelled"], n, p=[0.6, 0.2, 0.1, 0.05, 0.05])
    excavation = np.array([t in DIGS for t in types])
    unknown = rng.random(n) < 0.1
    return {
        S.F_WORK_ID: np.array([f"SYN-{k:07d}" for k in range(n)], dtype=object),
        S.F_TITLE: np.array([f"{t} {k}" for k, t in enumerate(types)], dtype=object),
        S.F_OWNER: np.array([OWNER_OF_TYPE[t] for t in types], dtype=object),
        S.F_WORK_TYPE: types,
        S.F_STATUS: status,
        S.F_START: start,
        S.F_END: end,
        S.F_EARLIEST_START: earliest,
        S.F_LATEST_END: latest,
        S.F_EXCAVATION: np.where(unknown, None, excavation),
        S.F_ROAD_CLOSURE: closure,
        S.F_DISRUPTION: rng.choice(["none", "low", "medium", "high"], n, p=[0.1, 0.4, 0.35, 0.15]),
        "geometry": shapely.multipolygons(geoms, indices=np.arange(n)) if n else geoms,
    }


def write_store(path: Path, n: int, seed: int) -> Path:
    """A KIP store at ``path`` with ``n`` synthetic works (made once; kept for later runs)."""
    from kip_plugin.store.kipstore import KipStore

    if path.exists():
        return path
    partial = path.with_suffix(".partial.gpkg")
    partial.unlink(missing_ok=True)
    KipStore.create(str(partial))
    columns = works_columns(n, seed)
    wkb = shapely.to_wkb(columns.pop("geometry"), output_dimension=2)
    ds = ogr.Open(str(partial), 1)
    layer = ds.GetLayerByName(S.WORKS_TABLE)
    defn = layer.GetLayerDefn()
    names = list(columns)
    dates = {S.F_START, S.F_END, S.F_EARLIEST_START, S.F_LATEST_END}
    layer.StartTransaction()
    for k in range(n):
        feature = ogr.Feature(defn)
        for name in names:
            value = columns[name][k]
            if name in dates:
                if not np.isnat(value):
                    feature.SetField(name, str(value))
            elif value is not None:
                feature.SetField(name, int(value) if isinstance(value, (bool, np.bool_)) else str(value))
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb[k]))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    partial.rename(path)
    return path
