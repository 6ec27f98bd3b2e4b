"""kip:detectcombinations and kip:detectconflicts through Processing, as users and models run them."""
from __future__ import annotations

import hashlib

import pytest
from qgis.core import (
    NULL,
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

import detection_data as D
from processing_helpers import run_kip
from store_helpers import content
from kip_plugin.core import schema as S

CLUSTER_FIELDS = ["cluster_id", "n_works", "work_ids", "owners", "common_start", "common_end", "digs_saved",
                  "disruption_days_saved", "project_eur", "maintenance_eur", "reinstatement_separate_eur",
                  "reinstatement_combined_eur", "reinstatement_saving_eur", "split_method", "cost_split"]
PAIR_FIELDS = ["work_a", "work_b", "owner_a", "owner_b", "distance_m", "gap_days", "planned_gap_days", "needs_shift",
               "cluster_id"]
CONFLICT_FIELDS = ["conflict_id", "kind", "work_a", "work_b", "distance_m", "severity", "description"]


@pytest.fixture
def kip(kip_provider):
    """Run a KIP algorithm through processing.run, the way a script or a model does."""
    return run_kip


@pytest.fixture
def bospad_store(new_store):
    D.add_to_store(new_store, D.bospad())
    return new_store


@pytest.fixture
def conflict_store(new_store):
    D.add_to_store(new_store, D.conflicts_plan())
    return new_store


def _rows(layer):
    return [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures()]


def _combinations(kip, layers, **params):
    return kip("detectcombinations", {"INPUT": layers, "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT",
                                      "OUTPUT_PAIRS": "TEMPORARY_OUTPUT", "OUTPUT_WORKS": "TEMPORARY_OUTPUT", **params})


def test_the_parameters_are_the_documented_ones(kip):
    registry = QgsApplication.processingRegistry()
    combine = registry.algorithmById("kip:detectcombinations")
    conflict = registry.algorithmById("kip:detectconflicts")
    assert [p.name() for p in combine.parameterDefinitions()] == [
        "INPUT", "DISTANCE", "TIME_GAP", "INCLUDE_SAME_OWNER", "RULES", "SURFACES", "MONEY_RULES", "OUTPUT_CLUSTERS",
        "OUTPUT_PAIRS", "OUTPUT_WORKS"]
    assert [p.name() for p in conflict.parameterDefinitions()] == [
        "INPUT", "DISTANCE", "MORATORIUM_YEARS", "CLOSURE_DISTANCE", "EVENT_DISTANCE", "GROUP_CLOSURES", "RULES",
        "OUTPUT"]
    defaults = {p.name(): p.defaultValue() for p in conflict.parameterDefinitions()}
    assert (defaults["DISTANCE"], defaults["MORATORIUM_YEARS"], defaults["CLOSURE_DISTANCE"],
            defaults["EVENT_DISTANCE"], defaults["GROUP_CLOSURES"]) == (25, 3, 500, 250, True)
    assert combine.shortHelpString() and conflict.shortHelpString()


def test_bospad_gives_one_combination_of_four_works(kip, bospad_store):
    result = _combinations(kip, [bospad_store.works_layer()])
    clusters = _rows(result["OUTPUT_CLUSTERS"])
    assert result["OUTPUT_CLUSTERS"].fields().names() == CLUSTER_FIELDS
    assert len(clusters) == 1
    cluster = clusters[0]
    assert cluster["work_ids"] == "LIA-1,PRG-1,RIO-1,VIT-1"
    assert cluster["owners"] == "liander,programmering,riolering,vitens"
    assert (cluster["common_start"].toString("yyyy-MM-dd"), cluster["common_end"].toString("yyyy-MM-dd")) == (
        "2027-07-01", "2027-07-31")
    assert (cluster["n_works"], cluster["digs_saved"], cluster["disruption_days_saved"]) == (4, 2, 121)
    area = next(result["OUTPUT_CLUSTERS"].getFeatures()).geometry()
    members = [f.geometry() for f in result["OUTPUT_WORKS"].getFeatures() if f["cluster_id"] == 1]
    assert len(members) == 4 and all(area.contains(m) for m in members)
    assert (result["N_COMBINATIONS"], result["DIGS_SAVED"], result["N_UNUSABLE"]) == (1, 2, 0)

    pairs = _rows(result["OUTPUT_PAIRS"])
    assert result["OUTPUT_PAIRS"].fields().names()[: len(PAIR_FIELDS)] == PAIR_FIELDS
    assert len(pairs) == 6 and all(p["work_a"] < p["work_b"] and p["cluster_id"] == 1 for p in pairs)
    sewer_water = next(p for p in pairs if (p["work_a"], p["work_b"]) == ("RIO-1", "VIT-1"))
    assert sewer_water["distance_m"] == pytest.approx(4.0) and sewer_water["needs_shift"]
    assert sewer_water["planned_gap_days"] == 1 and sewer_water["gap_days"] == 0

    works = {row["work_id"]: row for row in _rows(result["OUTPUT_WORKS"])}
    assert set(works) == {"RIO-1", "VIT-1", "LIA-1", "PRG-1", "GRN-1", "LIA-9"}
    assert works["RIO-1"]["cluster_id"] == 1
    assert works["GRN-1"]["cluster_id"] == NULL and works["LIA-9"]["status"] == "cancelled"
    assert works["RIO-1"]["title"] == "Vervanging riool Bospad"


def test_parameters_change_what_is_found(kip, bospad_store, tmp_path):
    layer = bospad_store.works_layer()
    assert _combinations(kip, [layer], DISTANCE=3)["N_PAIRS"] == 1  # only sewer and resurfacing touch
    rules = tmp_path / "rules.json"
    rules.write_text('{"never_combine": [["road_resurfacing", "*"]]}')
    result = _combinations(kip, [layer], RULES=str(rules))
    assert "PRG-1" not in result["OUTPUT_CLUSTERS"].getFeature(1)["work_ids"]


def test_party_layers_together_give_what_the_whole_table_gives(kip, bospad_store):
    whole = _combinations(kip, [bospad_store.works_layer()])
    parts = _combinations(kip, [bospad_store.works_layer(p.code) for p in bospad_store.parties()])
    assert _rows(whole["OUTPUT_CLUSTERS"])[0]["work_ids"] == _rows(parts["OUTPUT_CLUSTERS"])[0]["work_ids"]
    assert whole["N_PAIRS"] == parts["N_PAIRS"]


def test_conflicts_are_explained_in_plain_sentences(kip, conflict_store):
    result = kip("detectconflicts", {"INPUT": [conflict_store.works_layer()], "OUTPUT": "TEMPORARY_OUTPUT",
                                     "GROUP_CLOSURES": False})
    layer = result["OUTPUT"]
    assert layer.fields().names()[: len(CONFLICT_FIELDS)] == CONFLICT_FIELDS
    rows = {(r["kind"], r["work_a"], r["work_b"]): r for r in _rows(layer)}
    assert set(rows) == {
        ("dig_after_paving", "PRG-2", "VIT-2"),
        ("simultaneous_closures", "LIA-2", "VRK-1"),
        ("event_during_works", "EVT-1", "VRK-1"),
    }
    assert [r["conflict_id"] for r in _rows(layer)] == [1, 2, 3]
    dig = rows[("dig_after_paving", "PRG-2", "VIT-2")]
    assert dig["severity"] == "high"
    assert dig["description"] == (
        "Vitens digs for 'Waterleiding Stationsweg' from 1 March 2027, 8 months after 'Nieuwe deklaag Stationsweg' "
        "(Programmering) is finished on 30 June 2026: within the 3-year no-dig period for new paving."
    )
    closures = rows[("simultaneous_closures", "LIA-2", "VRK-1")]
    assert "'Kabel Molenstraat' (Liander) and 'Reconstructie Markt' (Verkeer) both close a road, 300 m apart" in \
        closures["description"]
    assert "from 1 June 2027 to 30 June 2027 (30 days)" in closures["description"]
    market = rows[("event_during_works", "EVT-1", "VRK-1")]
    assert market["description"] == (
        "The event 'Koningsmarkt' (Wijkbeheer) on 27 April 2027 takes place 50 m from 'Reconstructie Markt' "
        "(Verkeer), which causes high disruption at that time."
    )
    assert market["start_date"].toString("yyyy-MM-dd") == "2027-04-27"
    assert result["N_CONFLICTS"] == 3


def _closures_plan():
    """Six closures along one street at once, a seventh overlapping some of them in time; one far away."""
    y = D.FAR + 3000
    records = [
        D.work(f"CLS-{k}", owner, "sewer", "2027-05-01", "2027-06-30", D.strip(120 * k, 120 * k + 80, y=y),
               title=f"Afsluiting {k}", road_closure=True)
        for k, owner in enumerate(["riolering", "liander", "vitens", "verkeer", "programmering", "groen"])
    ]
    records.append(D.work("CLS-6", "liander", "gas", "2027-06-20", "2027-07-31", D.strip(900, 950, y=y),
                          title="Gasleiding Plein", road_closure=True))
    records.append(D.work("CLS-9", "vitens", "water_main", "2027-05-01", "2027-05-31", D.strip(8000, 8050, y=y),
                          title="Ver weg", road_closure=True))
    return records


def test_road_closures_come_as_one_conflict_per_closure_cluster(kip, new_store):
    D.add_to_store(new_store, _closures_plan())
    layers = [new_store.works_layer()]
    grouped = kip("detectconflicts", {"INPUT": layers, "OUTPUT": "TEMPORARY_OUTPUT"})
    pairwise = kip("detectconflicts", {"INPUT": layers, "OUTPUT": "TEMPORARY_OUTPUT", "GROUP_CLOSURES": False})
    assert pairwise["N_CONFLICTS"] == 14 + 3  # the pairs within 500 m: 14 among the six, 3 with the seventh
    rows = _rows(grouped["OUTPUT"])
    assert len(rows) == grouped["N_CONFLICTS"] == 1
    cluster = rows[0]
    assert cluster["kind"] == "simultaneous_closures"
    assert cluster["work_ids"] == ",".join(f"CLS-{k}" for k in range(7)) and cluster["n_works"] == 7
    assert cluster["severity"] == "high"
    assert (cluster["start_date"].toString("yyyy-MM-dd"), cluster["end_date"].toString("yyyy-MM-dd")) == (
        "2027-05-01", "2027-06-30")
    assert cluster["description"].startswith("7 works close roads near each other within an area of 950 × 8 m")
    assert "on 61 days from 1 May 2027 to 30 June 2027 two or more of them at once" in cluster["description"]
    assert "'Afsluiting 0' (Riolering)" in cluster["description"] and "3 more" in cluster["description"]
    # Drawn as an outline around all seven works.
    box = next(grouped["OUTPUT"].getFeatures()).geometry().boundingBox()
    assert box.xMinimum() <= D.X0 and box.xMaximum() >= D.X0 + 950


def test_the_input_is_never_changed(kip, bospad_store):
    def state():
        if bospad_store.backend == "gpkg":
            return hashlib.sha256(open(bospad_store.path, "rb").read()).hexdigest()
        return content(bospad_store)

    before = state()
    _combinations(kip, [bospad_store.works_layer()])
    kip("detectconflicts", {"INPUT": [bospad_store.works_layer()], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert state() == before


def test_bad_input_stops_with_the_reason(kip, tmp_path):
    uri = D.plain_gpkg(str(tmp_path / "partner.gpkg"), [])
    from osgeo import ogr

    ds = ogr.Open(str(tmp_path / "partner.gpkg"), 1)
    ds.GetLayer(0).DeleteField(ds.GetLayer(0).GetLayerDefn().GetFieldIndex(S.F_OWNER))
    ds = None
    layer = QgsVectorLayer(uri, "Aannemer", "ogr")
    errors = []

    class Listening(QgsProcessingFeedback):
        def reportError(self, text, fatal=False):
            errors.append(text)

    with pytest.raises(QgsProcessingException):
        kip("detectconflicts", {"INPUT": [layer], "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=Listening())
    assert any("The layer 'Aannemer' has no field 'owner'" in e for e in errors)


def test_unusable_works_are_logged_and_counted(kip, tmp_path):
    records = D.bospad() + [D.work("BAD-1", "groen", "green", "2027-05-01", "2027-04-01", D.strip(0, 10))]
    layer = QgsVectorLayer(D.plain_gpkg(str(tmp_path / "plan.gpkg"), records), "Plan", "ogr")
    warnings = []

    class Listening(QgsProcessingFeedback):
        def pushWarning(self, text):
            warnings.append(text)

    result = kip("detectcombinations", {"INPUT": [layer], "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT"}, feedback=Listening())
    assert result["N_UNUSABLE"] == 1 and result["N_COMBINATIONS"] == 1
    assert any("Work 'BAD-1' (feature 7 of layer 'Plan'): the end date 2027-04-01 lies before" in w for w in warnings)


def test_cancel_stops_before_any_result_is_written(kip, bospad_store):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    result = kip("detectcombinations", {"INPUT": [bospad_store.works_layer()], "OUTPUT_PAIRS": "TEMPORARY_OUTPUT"},
                 feedback=feedback)
    assert "N_PAIRS" not in result and not isinstance(result.get("OUTPUT_PAIRS"), QgsVectorLayer)


def test_results_load_styled_timed_and_grouped(kip, bospad_store, conflict_store, qgis_processing):
    import processing

    project = QgsProject.instance()
    project.clear()
    processing.runAndLoadResults("kip:detectcombinations", {
        "INPUT": [bospad_store.works_layer()], "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT",
        "OUTPUT_PAIRS": "TEMPORARY_OUTPUT", "OUTPUT_WORKS": "TEMPORARY_OUTPUT"})
    processing.runAndLoadResults("kip:detectconflicts", {
        "INPUT": [conflict_store.works_layer()], "OUTPUT": "TEMPORARY_OUTPUT"})
    groups = [g for g in project.layerTreeRoot().findGroups(True) if g.customProperty("kip/group") == "results"]
    assert len(groups) == 1 and groups[0].name() == "KIP results"
    layers = {node.layer().customProperty("kip/result"): node.layer() for node in groups[0].findLayers()}
    assert set(layers) == {"clusters", "pairs", "works", "conflicts"}
    assert layers["clusters"].name() == "Combinations"
    assert layers["clusters"].renderer().type() == "graduatedSymbol"
    assert layers["clusters"].renderer().classAttribute() == "n_works"
    assert layers["conflicts"].renderer().classAttribute() == "kind"
    assert {c.value() for c in layers["conflicts"].renderer().categories()} == set(S.CONFLICT_KINDS)
    for layer in layers.values():
        assert layer.temporalProperties().isActive()
    assert layers["clusters"].temporalProperties().startField() == "common_start"
    project.clear()


def test_both_run_inside_a_model(kip, conflict_store, qgis_processing):
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource, QgsProcessingModelParameter,
                           QgsProcessingModelOutput, QgsProcessingParameterMultipleLayers)

    model = QgsProcessingModelAlgorithm("KIP check", "KIP")
    model.addModelParameter(QgsProcessingParameterMultipleLayers("works", "Works"), QgsProcessingModelParameter("works"))
    for child_id, alg, output in (("combine", "kip:detectcombinations", "OUTPUT_PAIRS"),
                                  ("conflicts", "kip:detectconflicts", "OUTPUT")):
        child = QgsProcessingModelChildAlgorithm(alg)
        child.setChildId(child_id)
        child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("works")])
        out = QgsProcessingModelOutput(child_id + "_out")
        out.setChildOutputName(output)
        child.setModelOutputs({child_id + "_out": out})
        model.addChildAlgorithm(child)
    context = QgsProcessingContext()
    results, ok = model.run({"works": [conflict_store.works_layer()], "combine:combine_out": "TEMPORARY_OUTPUT",
                             "conflicts:conflicts_out": "TEMPORARY_OUTPUT"}, context, QgsProcessingFeedback())
    assert ok
    conflicts = context.getMapLayer(results["conflicts:conflicts_out"])
    assert conflicts.featureCount() == 3
