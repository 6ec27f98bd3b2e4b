"""The schedule proposal headless, as a scheduled job runs it: qgis_process --json with the KIP plugin enabled."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from osgeo import ogr

from .headless import run_qgis_process

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "qgis"))

import detection_data as D  # noqa: E402

pytestmark = pytest.mark.e2e


def _features(path):
    ds = ogr.Open(str(path))
    return [{k: f.GetField(k) for k in f.keys()} for f in ds.GetLayer(0)]


def test_a_schedule_is_proposed_from_the_command_line(qgis_process_env, new_store, tmp_path):
    D.add_to_store(new_store, D.bospad() + D.conflicts_plan())
    works = f"{new_store.path}|layername=works"
    out = tmp_path / "proposal.gpkg"
    # Statuses by their position: 3 = execution, 4 = done, 5 = cancelled.
    done = run_qgis_process(qgis_process_env, "kip:proposeschedule", f"INPUT={works}", f"OUTPUT_PROPOSALS={out}",
                            "FIXED_STATUSES=3,4,5", "FIXED_PARTIES=Liander", "TIME_LIMIT=30")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(done.stdout)["results"]
    assert (results["DIGS_SAVED_BEFORE"], results["DIGS_SAVED_AFTER"]) == (0, 1)
    assert (results["CONFLICTS_BEFORE"], results["CONFLICTS_AFTER"]) == (3, 3)
    assert results["DISRUPTION_DAYS_BEFORE"] > results["DISRUPTION_DAYS_AFTER"]
    assert results["STATUS"] == "optimal"
    rows = {r["work_id"]: r for r in _features(out)}
    # Liander's cable keeps its September dates: the sewer runs on to meet the water main, and the new surface
    # comes forward to the cable's last day, the least shift that lets it share a day with a dig.
    assert {w for w, r in rows.items() if r["shift_days"]} == {"RIO-1", "PRG-1"}
    assert rows["PRG-1"]["new_start"].replace("/", "-") == "2027-09-30"
    assert "runs together with 'Kabel Bospad' (Liander)" in rows["PRG-1"]["reason"]
    assert "runs together with 'Waterleiding Bospad' (Vitens)" in rows["RIO-1"]["reason"]


def test_without_works_layers_it_fails_with_the_reason(qgis_process_env, tmp_path):
    path = tmp_path / "trees.gpkg"
    uri = D.plain_gpkg(str(path), [], name="trees")
    ds = ogr.Open(str(path), 1)
    ds.GetLayer(0).DeleteField(ds.GetLayer(0).GetLayerDefn().GetFieldIndex("latest_end"))
    ds = None
    done = run_qgis_process(qgis_process_env, "kip:proposeschedule", f"INPUT={uri}",
                            f"OUTPUT_PROPOSALS={tmp_path / 'out.gpkg'}")
    assert done.returncode != 0
    assert "has no field 'latest_end'" in done.stdout + done.stderr
