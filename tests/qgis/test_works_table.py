"""The one works reader: every way of reading gives the same columns, and every part of KIP reads dates alike."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFeatureRequest, QgsVectorLayer

import detection_data as D
from kip_plugin.core import schema as S
from kip_plugin.detection.reader import read_works as detection_read
from kip_plugin.gui.timeline_source import read_works as timeline_read
from kip_plugin.layouts.common import Period
from kip_plugin.layouts.works_data import read_works as council_read
from kip_plugin.store.works_table import ALL_FIELDS, read_works_table

EPOCH = dt.date.fromisoformat(S.EPOCH)


def _day(text: str) -> int:
    return (dt.date.fromisoformat(text) - EPOCH).days


def _by_fid(table, index: int = 0):
    rows = table.rows_of(index)
    return {int(table.fid[r]): r for r in rows.tolist()}


def _same(a, b) -> bool:
    return a == b or (a != a and b != b)  # NaN equals NaN here


def _assert_same_columns(reference, other, skip=()) -> None:
    ids = reference.columns[S.F_WORK_ID].tolist()
    position = {work_id: row for row, work_id in enumerate(other.columns[S.F_WORK_ID].tolist())}
    order = [position[work_id] for work_id in ids]
    for name in ALL_FIELDS:
        if name in skip:
            continue
        left, right = reference.columns[name].tolist(), other.columns[name][order].tolist()
        assert all(_same(a, b) for a, b in zip(left, right)), name
    assert np.allclose(reference.bounds(), other.bounds()[order])


def test_gdal_query_and_qgis_iterator_give_the_same_columns(demo_store_copy):
    # A GeoPackage or PostGIS table through GDAL's columnar interface; a memory layer through QGIS.
    store_layer = demo_store_copy.works_layer()
    memory = store_layer.materialize(QgsFeatureRequest())
    fast, slow = read_works_table([store_layer], ALL_FIELDS), read_works_table([memory], ALL_FIELDS)
    assert (fast.methods, slow.methods) == ({"works": "gdal"}, {memory.name(): "qgis"})
    assert len(fast) == store_layer.featureCount() == 478
    _assert_same_columns(fast, slow)


def test_a_file_streamed_by_gdal_gives_the_same_columns(demo_gpkg_copy, tmp_path):
    geojson = str(tmp_path / "works.geojson")
    ogr.GetDriverByName("GeoJSON").CopyDataSource(ogr.Open(demo_gpkg_copy.path), geojson)
    file_layer = QgsVectorLayer(f"{geojson}|layername=works", "file", "ogr")
    streamed = read_works_table([file_layer], ALL_FIELDS)
    assert streamed.methods == {"file": "gdal"}
    # GeoJSON keeps date-times as text without time zone.
    _assert_same_columns(read_works_table([demo_gpkg_copy.works_layer()], ALL_FIELDS), streamed, (S.F_UPDATED_AT,))


def test_rows_of_layers_over_one_table_come_from_one_query(demo_store_copy):
    parties = [demo_store_copy.works_layer(p.code, name=p.code) for p in demo_store_copy.parties()]
    everything = demo_store_copy.works_layer()
    table = read_works_table(parties + [everything], (S.F_WORK_ID, S.F_OWNER))
    assert set(table.methods.values()) == {"gdal"}
    for index, party in enumerate(demo_store_copy.parties()):
        owners = set(table.columns[S.F_OWNER][table.rows_of(index)].tolist())
        assert owners <= {party.code} and len(table.rows_of(index)) == parties[index].featureCount()
    assert len(table.rows_of(len(parties))) == everything.featureCount() == len(table) // 2


def test_any_text_in_a_work_is_read_as_written(demo_store_copy):
    layer = demo_store_copy.works_layer()
    fid = next(layer.getFeatures()).id()
    title = "Riool \x1f 'Bospad'; -- fase \"2\"\nmet een tweede regel"
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf(S.F_TITLE), title)
    assert layer.commitChanges(), layer.commitErrors()
    parties = [demo_store_copy.works_layer(p.code, name=p.code) for p in demo_store_copy.parties()]
    table = read_works_table(parties, (S.F_WORK_ID, S.F_TITLE))
    assert set(table.methods.values()) == {"gdal"}
    assert table.columns[S.F_TITLE].tolist().count(title) == 1
    assert len(table) == layer.featureCount()


def test_a_layer_showing_no_works_reads_as_empty(demo_store_copy):
    layer = demo_store_copy.works_layer()
    layer.setSubsetString(f"\"{S.F_OWNER}\" = 'nobody'")
    table = read_works_table([layer], ALL_FIELDS)
    assert table.methods == {"works": "gdal"} and len(table) == 0
    assert len(table.bounds()) == 0 and all(len(column) == 0 for column in table.columns.values())


def test_unsaved_edits_are_read(new_store):
    D.add_to_store(new_store, D.bospad())
    layer = new_store.works_layer()
    layer.startEditing()
    fid = next(f.id() for f in layer.getFeatures() if f[S.F_WORK_ID] == "RIO-1")
    layer.changeAttributeValue(fid, layer.fields().indexOf(S.F_TITLE), "Riool Bospad, fase 2")
    table = read_works_table([layer], ALL_FIELDS)
    assert table.methods == {"works": "qgis"}
    assert table.columns[S.F_TITLE][_by_fid(table)[fid]] == "Riool Bospad, fase 2"
    layer.rollBack()


@pytest.fixture
def text_dates(tmp_path, qgis_app):
    """Works whose dates are text, as spreadsheets and exports write them."""
    records = D.bospad()[:3]
    records[0].update({S.F_START: "2027/03/01", S.F_END: "31-05-2027"})
    records[1].update({S.F_START: "1 juni 2027", S.F_END: "2027-07-31"})
    records[2].update({S.F_START: "2027-09-01", S.F_END: "the end of September"})
    return D.plain_gpkg(str(tmp_path / "text_dates.gpkg"), records, date_type=ogr.OFTString)


def test_dates_written_as_text_mean_the_same_everywhere(text_dates):
    text_dates = QgsVectorLayer(text_dates, "Plan", "ogr")
    expected = {"RIO-1": (_day("2027-03-01"), _day("2027-05-31")), "VIT-1": (_day("2027-06-01"), _day("2027-07-31"))}
    detection = detection_read([text_dates])
    found = {i: (s, e) for i, s, e in zip(detection.works.ids.tolist(), detection.works.start.tolist(),
                                         detection.works.end.tolist())}
    assert found == expected
    timeline = timeline_read([text_dates])[0]
    shown = {i: (s, e) for i, s, e in zip(timeline.work_id, timeline.start.tolist(), timeline.end.tolist())}
    assert {k: shown[k] for k in expected} == expected
    warnings = []
    works = council_read([text_dates], QgsCoordinateReferenceSystem("EPSG:28992"),
                         Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31)), QgsCoordinateTransformContext(),
                         warnings.append)
    assert {k: ((w.start - EPOCH).days, (w.end - EPOCH).days) for k, w in works.items()} == expected
    # The one that is no date is reported, with the same words, by the detection and the council map.
    reason = "the field 'end_date' holds 'the end of September', which is not a date"
    assert any(reason in p.message for p in detection.problems)
    assert any(reason in w for w in warnings)
    assert shown["LIA-1"][1] == S.NO_DATE  # the timeline shows it without an end
