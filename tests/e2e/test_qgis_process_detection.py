"""The detection headless, as a scheduled job runs it: qgis_process with the KIP plugin enabled."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from osgeo import ogr

from .headless import run_qgis_process, works_source

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "qgis"))

import detection_data as D  # noqa: E402

pytestmark = pytest.mark.e2e


def _features(path, layer=None):
    ds = ogr.Open(str(path))
    table = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    return [{k: f.GetField(k) for k in f.keys()} for f in table]


def test_combinations_and_conflicts_from_the_command_line(qgis_process_env, new_store, tmp_path):
    D.add_to_store(new_store, D.bospad() + D.conflicts_plan())
    works = works_source(new_store)
    pairs, clusters = tmp_path / "pairs.gpkg", tmp_path / "clusters.gpkg"
    done = run_qgis_process(qgis_process_env, "kip:detectcombinations", f"INPUT={works}", f"OUTPUT_PAIRS={pairs}",
                            f"OUTPUT_CLUSTERS={clusters}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["results"]["N_COMBINATIONS"] == 1 and report["results"]["DIGS_SAVED"] == 2
    rows = _features(pairs)
    assert len(rows) == 6 and {(r["work_a"], r["work_b"]) for r in rows} >= {("PRG-1", "RIO-1"), ("RIO-1", "VIT-1")}
    assert [r["work_ids"] for r in _features(clusters)] == ["LIA-1,PRG-1,RIO-1,VIT-1"]

    conflicts = tmp_path / "conflicts.gpkg"
    done = run_qgis_process(qgis_process_env, "kip:detectconflicts", f"INPUT={works}", f"OUTPUT={conflicts}",
                            "CLOSURE_DISTANCE=200")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    kinds = sorted(r["kind"] for r in _features(conflicts))
    # The closures lie 300 m apart: beyond 200 m they no longer count.
    assert kinds == ["dig_after_paving", "event_during_works"]


def test_a_wrong_input_fails_with_the_reason(qgis_process_env, tmp_path):
    path = tmp_path / "not_works.gpkg"
    uri = D.plain_gpkg(str(path), [], name="trees")
    ds = ogr.Open(str(path), 1)
    ds.GetLayer(0).DeleteField(ds.GetLayer(0).GetLayerDefn().GetFieldIndex("start_date"))
    ds = None
    done = run_qgis_process(qgis_process_env, "kip:detectconflicts", f"INPUT={uri}", f"OUTPUT={tmp_path / 'out.gpkg'}")
    assert done.returncode != 0
    assert "has no field 'start_date'" in done.stdout + done.stderr
