"""The bundled Ede demo: realistic, complete and reproducible from its seed."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from kip_plugin.core import schema as S
from kip_plugin.paths import demo_store_path, demo_streets_path, ede_boundaries_path
from kip_plugin.store.kipstore import KipStore

ROOT = Path(__file__).resolve().parents[2]


def _works(path) -> dict:
    layer = KipStore.open(str(path)).works_layer()
    return {f[S.F_WORK_ID]: f for f in layer.getFeatures()}


@pytest.fixture(scope="module")
def shipped():
    return _works(demo_store_path())


def test_demo_has_hundreds_of_works_from_every_party(shipped):
    assert 300 <= len(shipped) <= 600
    owners = Counter(f[S.F_OWNER] for f in shipped.values())
    assert set(owners) == {p.code for p in S.DEFAULT_PARTIES}
    types = Counter(f[S.F_WORK_TYPE] for f in shipped.values())
    assert {"sewer", "road_resurfacing", "electricity", "water_main", "event"} <= set(types)
    assert 5 <= types["event"] <= 40  # a few events, not a festival calendar


def test_demo_works_are_consistent_and_lie_in_ede(shipped):
    outline = QgsVectorLayer(f"{ede_boundaries_path()}|layername=buurten", "ede", "ogr")
    ede = QgsGeometry.unaryUnion([f.geometry() for f in outline.getFeatures()]).buffer(50, 4)
    years = set()
    for f in shipped.values():
        start, end = f[S.F_START], f[S.F_END]
        assert end >= start, f[S.F_WORK_ID]
        years.add(start.year())
        if f[S.F_EARLIEST_START]:
            assert f[S.F_EARLIEST_START] <= start and f[S.F_LATEST_END] >= end
        geometry = f.geometry()
        assert geometry.isGeosValid() and not geometry.isEmpty(), f[S.F_WORK_ID]
        assert ede.contains(geometry.centroid()), f[S.F_WORK_ID]
    assert years == {2026, 2027, 2028, 2029, 2030}


def test_about_half_of_the_works_can_move(shipped):
    flexible = sum(1 for f in shipped.values() if f[S.F_EARLIEST_START])
    assert 0.3 < flexible / len(shipped) < 0.7


def test_trenches_are_long_and_narrow(shipped):
    trenches = [f.geometry() for f in shipped.values() if f[S.F_WORK_TYPE] in ("sewer", "electricity", "water_main")]
    # A trench of length L and width w has area L*w and perimeter ~2L: its width is about 2*area/perimeter.
    widths = sorted(2 * g.area() / g.length() for g in trenches)
    lengths = sorted(g.length() / 2 for g in trenches)
    assert widths[len(widths) // 2] < 6
    assert lengths[len(lengths) // 2] > 150


def test_the_generator_reproduces_the_shipped_demo(shipped, tmp_path):
    out = tmp_path / "again.gpkg"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_demo_data.py"), "--out", str(out)],
                   check=True, capture_output=True)
    again = _works(out)
    assert set(again) == set(shipped)
    for work_id, f in shipped.items():
        g = again[work_id]
        for name in S.WORK_FIELD_NAMES:
            assert g[name] == f[name], (work_id, name)
        assert abs(g.geometry().area() - f.geometry().area()) <= 0.001 * f.geometry().area() + 1
    streets = [(f["straatnaam"], f["buurt"], f.geometry().asWkt(1)) for f in _streets(tmp_path / "ede_streets.gpkg")]
    assert streets == [(f["straatnaam"], f["buurt"], f.geometry().asWkt(1)) for f in _streets(demo_streets_path())]


def _streets(path):
    return QgsVectorLayer(f"{path}|layername=straten", "straten", "ogr").getFeatures()


def test_demo_streets_run_through_the_neighbourhoods_where_the_works_are(shipped):
    layer = QgsVectorLayer(f"{demo_streets_path()}|layername=straten", "straten", "ogr")
    assert layer.isValid() and 1500 < layer.featureCount() < 3000
    names = {f["straatnaam"] for f in layer.getFeatures()}
    assert {"Kerkstraat", "Molenstraat", "Stationsweg"} <= names
    titled = [f[S.F_TITLE] for f in shipped.values() if f[S.F_WORK_TYPE] == "sewer"]
    assert sum(1 for t in titled if t.split()[-1] in names) > len(titled) / 2
