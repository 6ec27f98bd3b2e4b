"""The proposal re-checked: on the moved works, the detection finds exactly what the optimiser claims."""
from __future__ import annotations

import shutil

from osgeo import ogr
from qgis.core import QgsVectorLayer

from processing_helpers import run_kip
from kip_plugin.core import schema as S


def _held(source: str, target, moves: dict) -> QgsVectorLayer:
    """A copy of the KIP with every work held to its dates (moved ones to their new dates): no flexibility left."""
    shutil.copy(source, target)
    ds = ogr.Open(str(target), 1)
    for work_id, (start, end) in moves.items():
        ds.ExecuteSQL(f"UPDATE works SET start_date = '{start}', end_date = '{end}' WHERE work_id = '{work_id}'")
    ds.ExecuteSQL("UPDATE works SET earliest_start = start_date, latest_end = end_date")
    ds = None
    return QgsVectorLayer(f"{target}|layername={S.WORKS_TABLE}", "held", "ogr")


def _detect(layer: QgsVectorLayer):
    combos = run_kip("detectcombinations", {"INPUT": [layer], "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT"})
    # The proposal counts conflicts pair by pair: so does the detection here.
    conflicts = run_kip("detectconflicts", {"INPUT": [layer], "OUTPUT": "TEMPORARY_OUTPUT", "GROUP_CLOSURES": False})
    groups = {frozenset(f["work_ids"].split(",")) for f in combos["OUTPUT_CLUSTERS"].getFeatures()}
    days_saved = sum(f["disruption_days_saved"] for f in combos["OUTPUT_CLUSTERS"].getFeatures())
    keys = {(f["kind"], f["work_a"], f["work_b"]) for f in conflicts["OUTPUT"].getFeatures()}
    return combos["DIGS_SAVED"], days_saved, groups, keys


def test_the_detection_finds_on_the_moved_works_what_the_proposal_claims(kip_provider, demo_gpkg_copy, tmp_path):
    from kip_plugin.core.rules import load_rules
    from kip_plugin.core.schedule_local import Scorer
    from kip_plugin.core.schedule_problem import build_problem, options_from_rules
    from kip_plugin.core.schedule_report import claims
    from kip_plugin.detection.reader import read_works

    layer = demo_gpkg_copy.works_layer()
    result = run_kip("proposeschedule", {"INPUT": [layer], "OUTPUT_PROPOSALS": "TEMPORARY_OUTPUT"})
    rows = list(result["OUTPUT_PROPOSALS"].getFeatures())
    moves = {f["work_id"]: (f["new_start"].toString("yyyy-MM-dd"), f["new_end"].toString("yyyy-MM-dd"))
             for f in rows if f["shift_days"]}
    assert len(moves) == result["N_MOVED"] > 20

    # What the optimiser claims for this schedule, in its own terms.
    data = read_works([layer])
    rules = load_rules()
    problem = build_problem(data.works, rules, options_from_rules(rules, time_limit=1.0), data.columns[S.F_STATUS])
    starts = problem.planned.copy()
    index = {w: i for i, w in enumerate(data.works.ids.tolist())}
    for work_id, (start, _end) in moves.items():
        starts[index[work_id]] = ogr_day(start)
    claimed = claims(problem, Scorer(problem), starts)
    claimed_groups = {frozenset(str(data.works.ids[i]) for i in g) for g in claimed.groups}
    claimed_conflicts = {(k, str(data.works.ids[a]), str(data.works.ids[b])) for k, a, b in claimed.conflicts}

    digs, saved, groups, keys = _detect(_held(demo_gpkg_copy.path, tmp_path / "proposed.gpkg", moves))
    assert groups == claimed_groups
    assert keys == claimed_conflicts
    assert digs == claimed.digs_saved == result["DIGS_SAVED_AFTER"]
    assert len(keys) == result["CONFLICTS_AFTER"]
    active = sum(int(d) for d in data.works.duration[data.works.active])
    assert active - saved == result["DISRUPTION_DAYS_AFTER"]

    digs, saved, groups, keys = _detect(_held(demo_gpkg_copy.path, tmp_path / "planned.gpkg", {}))
    assert digs == result["DIGS_SAVED_BEFORE"] and len(keys) == result["CONFLICTS_BEFORE"]
    assert active - saved == result["DISRUPTION_DAYS_BEFORE"]
    # The proposal is worth it: more digs saved, fewer conflicts, fewer days of disruption.
    assert result["DIGS_SAVED_AFTER"] > result["DIGS_SAVED_BEFORE"]
    assert result["CONFLICTS_AFTER"] < result["CONFLICTS_BEFORE"]
    assert result["DISRUPTION_DAYS_AFTER"] < result["DISRUPTION_DAYS_BEFORE"]


def ogr_day(text: str) -> int:
    import numpy as np

    return int(np.datetime64(text, "D").astype(np.int64))
