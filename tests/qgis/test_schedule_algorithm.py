"""kip:proposeschedule through Processing, as scripts and models run it."""
from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback

import detection_data as D
from processing_helpers import run_kip
from kip_plugin.core import schema as S

PARAMETERS = ["INPUT", "RULES", "DISTANCE", "TIME_GAP", "FIXED_STATUSES", "FIXED_PARTIES", "MAX_SHIFT_DAYS", "W_DIG",
              "W_DISRUPTION", "W_SHIFT", "TIME_LIMIT", "MORATORIUM_YEARS", "CLOSURE_DISTANCE", "EVENT_DISTANCE",
              "OUTPUT_PROPOSALS"]
FIELDS = ["work_id", "owner", "start_date", "end_date", "new_start", "new_end", "shift_days", "reason"]
SUMMARY = ["DIGS_SAVED_BEFORE", "DIGS_SAVED_AFTER", "CONFLICTS_BEFORE", "CONFLICTS_AFTER", "DISRUPTION_DAYS_BEFORE",
           "DISRUPTION_DAYS_AFTER", "STATUS"]


@pytest.fixture
def plan_store(new_store):
    D.add_to_store(new_store, D.bospad() + D.conflicts_plan())
    return new_store


def _propose(store, **params):
    return run_kip("proposeschedule",
                   {"INPUT": [store.works_layer()], "OUTPUT_PROPOSALS": "TEMPORARY_OUTPUT", **params})


def _rows(layer):
    return {f["work_id"]: dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()}


def test_the_parameters_and_outputs_are_the_contract(kip_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("kip:proposeschedule")
    assert [p.name() for p in algorithm.parameterDefinitions()] == PARAMETERS
    outputs = [o.name() for o in algorithm.outputDefinitions()]
    assert set(SUMMARY) <= set(outputs)
    assert algorithm.shortHelpString()


def test_the_bospad_works_are_moved_into_one_dig(kip_provider, plan_store):
    before = {f["work_id"]: (f[S.F_START], f[S.F_END]) for f in plan_store.works_layer().getFeatures()}
    result = _propose(plan_store)
    rows = _rows(result["OUTPUT_PROPOSALS"])
    assert result["OUTPUT_PROPOSALS"].fields().names() == FIELDS
    # The sewer, the cable and the new surface move to meet the water main (which cannot move) in July 2027.
    moved = {w: r for w, r in rows.items() if r["shift_days"] != 0}
    assert set(moved) == {"RIO-1", "LIA-1", "PRG-1"}
    assert {r["new_start"].toString("yyyy-MM-dd") for r in moved.values()} >= {"2027-05-01", "2027-07-31"}
    for r in moved.values():
        assert r["new_start"].daysTo(r["new_end"]) == r["start_date"].daysTo(r["end_date"])
        assert r["start_date"].daysTo(r["new_start"]) == r["shift_days"]
        assert "one dig instead of 3" in r["reason"] and "'Waterleiding Bospad' (Vitens)" in r["reason"]
    assert moved["PRG-1"]["reason"].startswith("8 months earlier: runs together with")
    assert (result["DIGS_SAVED_BEFORE"], result["DIGS_SAVED_AFTER"]) == (0, 2)
    assert result["DISRUPTION_DAYS_BEFORE"] - result["DISRUPTION_DAYS_AFTER"] == 121
    # The conflicts near the Stationsweg and the Markt involve works that cannot move: reported, not hidden.
    assert (result["CONFLICTS_BEFORE"], result["CONFLICTS_AFTER"]) == (3, 3)
    stays = {w for w, r in rows.items() if r["shift_days"] == 0}
    assert stays == {"PRG-2", "VIT-2", "VRK-1", "LIA-2", "EVT-1"}
    assert all("cannot be avoided" in rows[w]["reason"] for w in stays)
    assert result["STATUS"] == "optimal" and result["N_MOVED"] == 3
    # The input is only read.
    assert {f["work_id"]: (f[S.F_START], f[S.F_END]) for f in plan_store.works_layer().getFeatures()} == before


def test_a_fixed_party_keeps_its_dates(kip_provider, plan_store):
    result = _propose(plan_store, FIXED_PARTIES="Programmering, liander")
    moved = {w for w, r in _rows(result["OUTPUT_PROPOSALS"]).items() if r["shift_days"]}
    assert moved == {"RIO-1"}  # the sewer runs on into June, alongside the water main
    assert (result["DIGS_SAVED_BEFORE"], result["DIGS_SAVED_AFTER"]) == (0, 1)


def test_no_work_moves_further_than_the_cap(kip_provider, plan_store):
    result = _propose(plan_store, MAX_SHIFT_DAYS=10)
    rows = _rows(result["OUTPUT_PROPOSALS"])
    assert any(r["shift_days"] for r in rows.values())
    assert all(abs(r["shift_days"]) <= 10 for r in rows.values())


def test_an_unknown_fixed_party_is_named(kip_provider, plan_store):
    errors = []

    class Listening(QgsProcessingFeedback):
        def reportError(self, text, fatal=False):
            errors.append(text)

    with pytest.raises(QgsProcessingException):
        run_kip("proposeschedule", {"INPUT": [plan_store.works_layer()], "FIXED_PARTIES": "Vitens, Enexis",
                                    "OUTPUT_PROPOSALS": "TEMPORARY_OUTPUT"}, feedback=Listening())
    assert any("'Enexis'" in e and "programmering" in e for e in errors)


def test_progress_is_reported_and_the_run_can_be_cancelled(kip_provider, demo_store_copy):
    seen = []

    class Cancelling(QgsProcessingFeedback):
        def setProgress(self, value):
            seen.append(value)
            super().setProgress(value)
            if value > 50:
                self.cancel()

    result = run_kip("proposeschedule", {"INPUT": [demo_store_copy.works_layer()],
                                         "OUTPUT_PROPOSALS": "TEMPORARY_OUTPUT"}, feedback=Cancelling())
    assert max(seen) < 100 and result.get("STATUS") is None
