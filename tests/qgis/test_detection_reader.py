"""Reading works layers for the detection: fast and exact, and every unusable work reported."""
from __future__ import annotations

import numpy as np
import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer

import detection_data as D
from kip_plugin.core import schema as S
from kip_plugin.core.errors import KipError
from kip_plugin.detection.reader import read_works


def _layer(uri: str, name: str = "works") -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "ogr")
    assert layer.isValid()
    return layer


def _memory_copy(layer: QgsVectorLayer) -> QgsVectorLayer:
    """The same works in a memory layer: read through QGIS, not GDAL."""
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(layer.name())
    return copy


def _by_id(data):
    return {str(i): k for k, i in enumerate(data.works.ids)}


def test_gdal_and_qgis_read_the_same_works(demo_gpkg_copy):
    layer = demo_gpkg_copy.works_layer()
    fast = read_works([layer])
    slow = read_works([_memory_copy(layer)])
    assert fast.methods == {"works": "gdal"} and slow.methods == {"works": "qgis"}
    assert len(fast.works) == len(slow.works) == layer.featureCount()
    assert sorted(fast.works.ids) == sorted(slow.works.ids)
    a, b = _by_id(fast), _by_id(slow)
    for column in ("start", "end", "window_start", "window_end", "excavation", "road_closure", "active"):
        left, right = getattr(fast.works, column), getattr(slow.works, column)
        assert all(left[a[i]] == right[b[i]] for i in a), column
    for name in (S.F_BUDGET_EUR, S.F_DESCRIPTION, S.F_UPDATED_AT):
        left, right = fast.columns[name], slow.columns[name]
        assert all(left[a[i]] == right[b[i]] or (left[a[i]] != left[a[i]] and right[b[i]] != right[b[i]]) for i in a), name
    assert all(shapely.equals(shapely.from_wkb(fast.wkb[a[i]]), shapely.from_wkb(slow.wkb[b[i]])) for i in a)
    active = [i for i in a if fast.works.active[a[i]]]
    assert all(shapely.equals(fast.works.geoms[a[i]], slow.works.geoms[b[i]]) for i in active)


def test_yes_no_fields_come_through_exactly(tmp_path):
    # GDAL 3.6 streams GeoPackage booleans wrongly; the reader must not.
    rng = np.random.default_rng(3)
    records = []
    for k in range(300):
        records.append(D.work(f"W{k:03d}", "verkeer", "sewer", "2027-01-01", "2027-01-31", D.strip(k, k + 5),
                              excavation=[None, True, False][k % 3], road_closure=bool(rng.integers(0, 2))))
    layer = _layer(D.plain_gpkg(str(tmp_path / "flags.gpkg"), records))
    data = read_works([layer])
    assert data.methods == {"works": "gdal"}
    expected = {r[S.F_WORK_ID]: r for r in records}
    for k, work_id in enumerate(data.works.ids):
        record = expected[str(work_id)]
        digs = record[S.F_EXCAVATION]
        assert data.works.excavation[k] == (-1 if digs is None else int(digs))
        assert bool(data.works.road_closure[k]) == record[S.F_ROAD_CLOSURE]


def test_only_the_features_the_layer_shows_are_read(demo_store_copy):
    layer = demo_store_copy.works_layer("verkeer")
    data = read_works([layer])
    if demo_store_copy.backend == "gpkg":
        assert data.methods[layer.name()] == "gdal"
    assert set(data.works.owners) == {"verkeer"} and len(data.works) == layer.featureCount()


def test_unsaved_edits_are_part_of_the_analysis(new_store):
    D.add_to_store(new_store, D.bospad())
    layer = new_store.works_layer()
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature[S.F_WORK_ID] = "NEW-1"
    feature[S.F_OWNER] = "groen"
    feature[S.F_START] = D.qdate("2027-06-01")
    feature[S.F_END] = D.qdate("2027-06-30")
    feature.setGeometry(QgsGeometry.fromWkt(D.strip(0, 10).wkt))
    layer.addFeature(feature)
    data = read_works([layer])
    layer.rollBack()
    assert data.methods[layer.name()] == "qgis"
    assert "NEW-1" in set(data.works.ids)


def _bad_plan():
    bowtie = shapely.Polygon([(D.X0, D.Y0), (D.X0 + 10, D.Y0 + 10), (D.X0 + 10, D.Y0), (D.X0, D.Y0 + 10)])
    return [
        D.work("OK-1", "riolering", "sewer", "2027-03-01", "2027-03-31", D.strip(0, 50)),
        D.work("NODATE", "riolering", "sewer", None, "2027-03-31", D.strip(0, 50)),
        D.work("BACKWARDS", "vitens", "water_main", "2027-05-01", "2027-04-01", D.strip(0, 50)),
        D.work("NOGEOM", "vitens", "water_main", "2027-03-01", "2027-03-31", None),
        D.work("BOWTIE", "liander", "gas", "2027-03-01", "2027-03-31", bowtie),
        D.work("OK-1", "liander", "gas", "2027-03-01", "2027-03-31", D.strip(0, 50)),
        D.work("ODDTYPE", "liander", "fireworks", "2027-03-01", "2027-03-31", D.strip(0, 50)),
        D.work(None, "liander", "gas", "2027-03-01", "2027-03-31", D.strip(0, 50)),
        D.work("DONE", "liander", "gas", "2027-03-01", "2027-03-31", D.strip(0, 50), status="done"),
        # Cancelled: its missing geometry does not matter, it takes no part anyway.
        D.work("GONE", "liander", "gas", "2027-03-01", "2027-03-31", None, status="cancelled"),
    ]


@pytest.mark.parametrize("through", ["gdal", "qgis"])
def test_unusable_works_are_listed_with_feature_field_and_reason(tmp_path, through):
    layer = _layer(D.plain_gpkg(str(tmp_path / "bad.gpkg"), _bad_plan()), "Plannen")
    if through == "qgis":
        layer = _memory_copy(layer)
    data = read_works([layer])
    assert data.methods["Plannen"] == through
    assert sorted(set(data.works.ids)) == ["DONE", "GONE", "OK-1"]
    assert data.inactive == 2 and data.features == 10
    messages = {p.work_id: p.message for p in data.problems}
    assert len(data.problems) == 7
    assert "field 'start_date' is empty" in messages["NODATE"] and "layer 'Plannen'" in messages["NODATE"]
    assert "end date 2027-04-01 lies before the start date 2027-05-01" in messages["BACKWARDS"]
    assert "no geometry" in messages["NOGEOM"]
    assert "geometry is invalid (Self-intersection" in messages["BOWTIE"]
    assert "work id is also used by feature 1" in messages["OK-1"]
    assert "'work_type' holds 'fireworks'" in messages["ODDTYPE"]
    assert "Feature 8 of layer 'Plannen': the field 'work_id' is empty." in messages[None]


def test_dates_written_as_text_are_read_and_wrong_ones_reported(tmp_path):
    records = [
        D.work("TXT-1", "riolering", "sewer", "2027-03-01", "2027-03-31", D.strip(0, 50)),
        D.work("TXT-2", "vitens", "water_main", "soon", "2027-03-31", D.strip(0, 50)),
    ]
    layer = _layer(D.plain_gpkg(str(tmp_path / "text.gpkg"), records, date_type=ogr.OFTString))
    data = read_works([layer])
    assert list(data.works.ids) == ["TXT-1"]
    assert "the field 'start_date' holds 'soon', which is not a date" in data.problems[0].message


def test_a_missing_or_mistyped_field_stops_with_a_clear_message(tmp_path, new_store):
    uri = D.plain_gpkg(str(tmp_path / "few.gpkg"), [])
    ds = ogr.Open(str(tmp_path / "few.gpkg"), 1)
    ds.GetLayer(0).DeleteField(ds.GetLayer(0).GetLayerDefn().GetFieldIndex(S.F_LATEST_END))
    ds = None
    with pytest.raises(KipError, match="The layer 'Liander' has no field 'latest_end'"):
        read_works([_layer(uri, "Liander")])
    numbers = QgsVectorLayer("Polygon?crs=EPSG:28992&field=work_id:string&field=owner:string&field=work_type:string"
                             "&field=status:string&field=start_date:integer&field=end_date:date&field=earliest_start:date"
                             "&field=latest_end:date&field=excavation:boolean&field=road_closure:boolean"
                             "&field=disruption:string", "Vitens", "memory")
    with pytest.raises(KipError, match="The field 'start_date' of layer 'Vitens' has the type 'integer'; it must hold dates"):
        read_works([numbers])


def test_layers_in_different_crss_are_refused(tmp_path):
    rd = _layer(D.plain_gpkg(str(tmp_path / "rd.gpkg"), []), "RD")
    wgs = _layer(D.plain_gpkg(str(tmp_path / "wgs.gpkg"), [], epsg=4326), "WGS")
    with pytest.raises(KipError, match="'RD' is in EPSG:28992, 'WGS' in EPSG:4326"):
        read_works([rd, wgs])


def test_an_empty_layer_is_reported_not_fatal(tmp_path, new_store):
    D.add_to_store(new_store, D.bospad())
    empty = _layer(D.plain_gpkg(str(tmp_path / "empty.gpkg"), []), "Leeg")
    data = read_works([new_store.works_layer(), empty])
    assert len(data.works) == 6
    assert [p.message for p in data.problems] == ["The layer 'Leeg' holds no works."]


@pytest.mark.parametrize("lon, lat, expected", [(5.66, 52.04, "EPSG:28992"), (11.57, 48.14, "EPSG:32632")])
def test_works_in_degrees_are_measured_in_a_metric_crs(tmp_path, lon, lat, expected):
    # Two works 20 m apart east-west, in longitude/latitude.
    metre = 1 / (111_320 * np.cos(np.radians(lat)))
    records = [
        D.work("A", "riolering", "sewer", "2027-03-01", "2027-03-31", shapely.box(lon, lat, lon + 10 * metre, lat + 0.0001)),
        D.work("B", "vitens", "water_main", "2027-03-01", "2027-03-31",
               shapely.box(lon + 30 * metre, lat, lon + 40 * metre, lat + 0.0001)),
    ]
    data = read_works([_layer(D.plain_gpkg(str(tmp_path / "wgs.gpkg"), records, epsg=4326))])
    assert data.transformed and data.crs.authid() == expected
    assert shapely.distance(data.works.geoms[0], data.works.geoms[1]) == pytest.approx(20.0, rel=0.01)
