"""DATEX II situations read without QGIS: records, periods, WGS 84 lines, closures, bad files."""
from __future__ import annotations

from pathlib import Path

import pytest

from kip_plugin.core import schema as S
from kip_plugin.core.dates import DateReader
from kip_plugin.core.errors import KipError
from kip_plugin.importer import datex2

SAMPLES = Path(__file__).resolve().parents[1] / "data"
NDW = SAMPLES / "ndw_datex2_situations_sample.xml"
UK = SAMPLES / "uk_highways_roadworks_2016-02-29.xml"



@pytest.fixture(scope="module")
def publication():
    return datex2.parse(NDW.read_bytes())


def test_every_record_is_read_with_its_ids_and_period(publication):
    records = {r.record_id: r for r in publication.records}
    assert len(records) == 11
    record = records["RWS01_M1162215_CLOSED_LANES_D2_WWA"]
    assert record.situation_id == "RWS01_SM1162215_D2_WWA"
    assert record.record_type == "RoadOrCarriagewayOrLaneManagement"
    assert record.start == "2026-07-03T10:25:45Z" and record.end == "2026-12-01T11:00:00Z"
    assert record.cause == "roadMaintenance"


def test_lines_are_longitude_latitude_in_the_netherlands(publication):
    lines = [line for r in publication.records for line in r.lines]
    assert lines
    for line in lines:
        for lon, lat in line:
            assert 3 < lon < 8 and 50 < lat < 54


def test_the_diversion_route_is_not_the_work_area(publication):
    rerouting = next(r for r in publication.records if r.record_id.endswith("REROUTING_1_D2_WWA"))
    assert rerouting.lines == [] and len(rerouting.points) == 1
    assert rerouting.description == "Volg route A"


def test_closures_and_values_for_the_kip(publication):
    records = {r.record_id: r for r in publication.records}
    closure = records["RWS01_M1168188_JUNCTION_CLOSURE_2_D2_WWA"]
    lanes = records["RWS01_M1162215_CLOSED_LANES_D2_WWA"]
    assert closure.closure and not lanes.closure
    values = closure.work_values(publication.publication_time)
    assert values[S.F_ROAD_CLOSURE] is True and values[S.F_DISRUPTION] == "high"
    assert values[S.F_STATUS] == "execution"  # published while the works ran
    # The night closure ends at 04:00 UTC, which is 06:00 on 25 July in the Netherlands.
    assert str(DateReader().read(values[S.F_END])) == "2026-07-25"


def test_a_record_without_coordinates_keeps_its_alert_c_code(publication):
    record = next(r for r in publication.records if r.record_id.endswith("JUNCTION_CLOSURE_1_D2_WWA"))
    assert record.lines == [] and record.points == [] and record.alert_c == ["14969"]


def test_grouping_by_situation(publication):
    groups = datex2.group_by_situation(publication.records)
    assert [g.record_id for g in groups] == ["RWS01_SM1162215_D2_WWA", "RWS01_SM1168188_D2_WWA"]
    assert groups[1].closure and groups[1].start == "2026-07-24T20:13:31Z"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"<situation><unclosed>", "not valid XML"),
        (b"<html><body>Service unavailable</body></html>", "not a DATEX II situation publication"),
    ],
)
def test_files_that_are_not_datex2(data, message):
    with pytest.raises(KipError, match=message):
        datex2.parse(data)


def test_the_uk_roadworks_file_is_not_taken_for_datex2():
    with pytest.raises(KipError, match="'ha_planned_roadworks'"):
        datex2.parse(UK.read_bytes())
