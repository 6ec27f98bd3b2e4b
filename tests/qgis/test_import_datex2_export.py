"""kip:importdatex2 on the NDW sample, kip:exportworks round trips, and the balance of every import."""
from __future__ import annotations

import csv
import shutil
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from qgis.core import QgsProcessingException

from store_helpers import content
from processing_helpers import run_kip
from kip_plugin.core import schema as S
from kip_plugin.store.kipstore import KipStore

SAMPLES = Path(__file__).resolve().parents[1] / "data"
NDW = SAMPLES / "ndw_datex2_situations_sample.xml"
UK = SAMPLES / "uk_highways_roadworks_2016-02-29.xml"


@pytest.fixture
def run(kip_provider):
    """Run a KIP algorithm through Processing."""

    def _run(name, params):
        if name.startswith("import"):
            params = {"REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT", **params}
        return run_kip(name, params)

    return _run


def _balance(result):
    parts = sum(int(result[k]) for k in ("IMPORTED", "UPDATED", "UNCHANGED", "REJECTED_COUNT"))
    return parts, int(result["ROWS_READ"])


def test_ndw_situations_become_works(run, new_store):
    result = run("importdatex2", {"INPUT": str(NDW), "STORE": new_store.path, "OWNER": "verkeer"})
    assert [int(result[k]) for k in ("ROWS_READ", "IMPORTED", "REJECTED_COUNT")] == [11, 10, 1]
    rejected = next(result["REJECTED"].getFeatures())
    assert rejected["record_id"] == "RWS01_M1168188_JUNCTION_CLOSURE_1_D2_WWA"
    assert "only as Alert-C location code(s) 14969" in rejected["kip_reason"]
    works = {f[S.F_WORK_ID]: f for f in new_store.works_layer("verkeer").getFeatures()}
    closure = works["RWS01_M1168188_JUNCTION_CLOSURE_2_D2_WWA"]
    assert closure[S.F_ROAD_CLOSURE] and closure[S.F_DISRUPTION] == "high"
    assert closure[S.F_START].toString("yyyy-MM-dd") == "2026-07-24"
    assert closure[S.F_END].toString("yyyy-MM-dd") == "2026-07-25"
    box = works["RWS01_M1162215_CLOSED_LANES_D2_WWA"].geometry().boundingBox()
    assert 0 < box.xMinimum() < 300000 and 300000 < box.yMinimum() < 630000  # in RD New
    again = run("importdatex2", {"INPUT": str(NDW), "STORE": new_store.path, "OWNER": "verkeer", "MODE": 1})
    assert [int(again[k]) for k in ("IMPORTED", "UPDATED", "UNCHANGED")] == [0, 0, 10]


def test_ndw_by_situation_and_within_an_extent(run, new_store):
    grouped = run("importdatex2", {"INPUT": str(NDW), "STORE": new_store.path, "OWNER": "verkeer", "GROUP_BY": 1})
    assert int(grouped["IMPORTED"]) == 2
    other = run("importdatex2", {"INPUT": str(NDW), "STORE": new_store.path, "OWNER": "liander",
                                 "EXTENT": "5.5,5.9,51.9,52.2 [EPSG:4326]", "GROUP_BY": 0})
    assert int(other["IMPORTED"]) == 0 and int(other["REJECTED_COUNT"]) == 11
    reasons = {f["kip_reason"] for f in other["REJECTED"].getFeatures()}
    assert any("outside the chosen extent" in r for r in reasons)


@pytest.mark.parametrize("data, message", [(b"", "empty"), (b"<a><b>", "not valid XML"), (None, "ha_planned_roadworks")])
def test_files_that_are_not_datex2(run, new_store, tmp_path, data, message):
    path = UK if data is None else tmp_path / "feed.xml"
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(QgsProcessingException, match=message):
        run("importdatex2", {"INPUT": str(path), "STORE": new_store.path, "OWNER": "verkeer"})
    assert new_store.works_layer().featureCount() == 0


@pytest.mark.parametrize("extension", ["geojson", "csv"])
def test_export_and_import_again_changes_nothing(run, demo_store_copy, tmp_path, extension):
    out = str(tmp_path / f"kip.{extension}")
    exported = run("exportworks", {"STORE": demo_store_copy.path, "PARTIES": "riolering", "OUTPUT": out,
                                   "INCLUDE_CANCELLED": True})
    expected = demo_store_copy.works_layer("riolering").featureCount()
    assert int(exported["COUNT"]) == expected > 0
    if extension == "csv":
        text = open(out, encoding="utf-8-sig").read()
        assert text.startswith("WKT;work_id;title")
    mapping = "\n".join(f"{n} = {n}" for n in (S.F_WORK_ID, S.F_TITLE, S.F_DESCRIPTION, S.F_WORK_TYPE, S.F_STATUS,
                                                S.F_START, S.F_END, S.F_EARLIEST_START, S.F_LATEST_END,
                                                S.F_EXCAVATION, S.F_ROAD_CLOSURE, S.F_DISRUPTION, S.F_BUDGET_TYPE,
                                                S.F_BUDGET_EUR, S.F_CONTACT))
    result = run("importplan", {"INPUT": out, "STORE": demo_store_copy.path, "OWNER": "riolering", "MODE": 1,
                                "CANCEL_MISSING": True, "ID_PREFIX": "", "MAPPING": mapping,
                                "SOURCE_CRS": "EPSG:28992" if extension == "csv" else None})
    assert [int(result[k]) for k in ("IMPORTED", "UPDATED", "UNCHANGED", "REJECTED_COUNT", "MISSING")] == [0, 0, expected, 0, 0]


def test_export_refuses_unknown_parties_and_formats(run, new_store, tmp_path):
    with pytest.raises(QgsProcessingException, match="Unknown parties: enexis"):
        run("exportworks", {"STORE": new_store.path, "PARTIES": "enexis", "OUTPUT": str(tmp_path / "a.csv")})
    with pytest.raises(QgsProcessingException, match="ending in .geojson or .csv"):
        run("exportworks", {"STORE": new_store.path, "OUTPUT": str(tmp_path / "a.shp")})


def test_uk_roadworks_as_a_spreadsheet_in_british_grid(run, new_store, tmp_path):
    path = tmp_path / "uk.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["reference_number", "road", "description", "start_date", "end_date", "expected_delay",
                         "centre_easting", "centre_northing"])
        for works in ET.parse(UK).getroot():
            writer.writerow([works.findtext(t) for t in ("reference_number", "road", "description", "start_date",
                                                           "end_date", "expected_delay", "centre_easting",
                                                           "centre_northing")])
    mapping = ("work_id = reference_number\ntitle = \"road\" || ': ' || left(\"description\", 60)\n"
               "description = description\nstart_date = start_date\nend_date = end_date\ndisruption = expected_delay")
    params = {"INPUT": str(path), "OWNER": "verkeer", "MAPPING": mapping, "X_FIELD": "centre_easting",
              "Y_FIELD": "centre_northing", "SOURCE_CRS": "EPSG:27700", "UNKNOWN_CODES": 1}
    # In a Dutch KIP (RD New) British works would be measured 25 % wrong: refused, naming both systems.
    before = content(new_store)
    with pytest.raises(QgsProcessingException, match="given in EPSG:27700.*EPSG:28992 .Amersfoort / RD New"):
        run("importplan", {**params, "STORE": new_store.path})
    assert content(new_store) == before
    british = KipStore.create(str(tmp_path / "british.gpkg"), crs="EPSG:27700")
    result = run("importplan", {**params, "STORE": british.path})
    parts, rows = _balance(result)
    assert rows == 2196 and parts == rows
    assert int(result["IMPORTED"]) > 2000


rows_strategy = st.lists(
    st.tuples(
        st.sampled_from(["1", "2", "3", "", "x"]),  # ids, with duplicates and empties
        st.sampled_from(["2027-01-01", "31-02-2027", "", "1-3-27", "morgen"]),
        st.sampled_from(["2027-06-01", "2026-01-01", "", "3 maart 2027"]),
        st.sampled_from(["172000", "", "abc", "172000,5"]),
        st.sampled_from(["Riool", "Ruimteschip", ""]),
    ),
    min_size=1, max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=rows_strategy, second=rows_strategy, replace=st.booleans())
def test_every_row_is_counted_exactly_once(run, qgis_app, first, second, replace):
    from kip_plugin.store.kipstore import KipStore

    folder = Path(tempfile.mkdtemp())
    try:
        store = KipStore.create(str(folder / "kip.gpkg"))
        for n, delivery in enumerate((first, second)):
            path = folder / f"d{n}.csv"
            lines = ["nr;start;eind;x;y;soort"] + [f"{i};{s};{e};{x};448000;{t}" for i, s, e, x, t in delivery]
            path.write_text("\n".join(lines), encoding="utf-8")
            params = {"INPUT": str(path), "STORE": store.path, "OWNER": "riolering", "MODE": int(replace)}
            result = run("importplan", params)
            parts, rows = _balance(result)
            assert rows == len(delivery) and parts == rows
            assert result["REJECTED"].featureCount() == int(result["REJECTED_COUNT"])
            with sqlite3.connect(store.path) as db:
                stored = db.execute("SELECT count(*) FROM works").fetchone()[0]
            assert stored >= int(result["IMPORTED"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
