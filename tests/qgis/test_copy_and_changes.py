"""kip:copykip (GeoPackage ⇄ PostGIS, nothing lost) and kip:changessince."""
from __future__ import annotations

import hashlib
import os
import time

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime

from kip_plugin.core import schema as S
from kip_plugin.store import history
from kip_plugin.store.kipstore import KipStore
from processing_helpers import run_kip

TRICKY = ("it's; DROP TABLE works; --", "Bospad \"oost\"\nregel 2", "100% \\ klaar ✓", "Ede–Veldhuizen")


def _plain(value):
    """A QGIS value as plain text, the same for both backends."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return "NULL"
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd")
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss.zzz")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, 6))
    return repr(value)


def checksums(store: KipStore) -> dict:
    """Row counts and a checksum of every field of works and parties, read through QGIS (not through KIP's copy)."""
    layer = store.works_layer()
    features = sorted(layer.getFeatures(), key=lambda f: f[S.F_WORK_ID])
    result = {"works": len(features), "parties": [(p.code, p.name, p.kind, p.colour) for p in store.parties()],
              "history": len(history.changes(store)), "title": store.meta.get("title")}
    for name in S.WORK_FIELD_NAMES + (S.F_ROW_VERSION,):
        digest = hashlib.sha256()
        for feature in features:
            digest.update(f"{feature[S.F_WORK_ID]}={_plain(feature[name])};".encode())
        result[name] = digest.hexdigest()
    digest = hashlib.sha256()
    for feature in features:
        digest.update(bytes(feature.geometry().asWkb()))
    result["geom"] = digest.hexdigest()
    digest = hashlib.sha256()
    for change in history.changes(store):
        digest.update(repr((change.work_id, change.owner, change.operation, change.changed_by, change.row_version,
                            change.changed_fields, change.changed_at.isoformat(timespec="milliseconds"))).encode())
    result["history_rows"] = digest.hexdigest()
    return result


def _edit(store, owner="riolering", title=TRICKY[0]):
    """Some history: two changes with awkward text, a deletion."""
    layer = store.works_layer()
    assert layer.startEditing()
    works = sorted((f for f in layer.getFeatures() if f[S.F_OWNER] == owner), key=lambda f: f[S.F_WORK_ID])
    layer.changeAttributeValue(works[0].id(), layer.fields().indexOf(S.F_TITLE), title)
    layer.changeAttributeValue(works[1].id(), layer.fields().indexOf(S.F_DESCRIPTION), TRICKY[1])
    layer.deleteFeature(works[2].id())
    assert layer.commitChanges(), layer.commitErrors()
    return works


def test_copy_round_trip_loses_nothing(kip_provider, demo_gpkg_copy, pg_address, tmp_path):
    _edit(demo_gpkg_copy)
    original = checksums(demo_gpkg_copy)
    assert original["works"] > 400 and original["history"] == 3
    shared = run_kip("copykip", {"INPUT": demo_gpkg_copy.address, "OUTPUT": pg_address})
    assert shared["WORKS"] == original["works"] and shared["HISTORY"] == 3
    in_postgis = KipStore.open(shared["STORE"])
    assert in_postgis.backend == "postgis"
    assert checksums(in_postgis) == original
    back = run_kip("copykip", {"INPUT": shared["STORE"], "OUTPUT": str(tmp_path / "back.gpkg")})
    assert checksums(KipStore.open(back["STORE"])) == original
    # The copies are KIPs like any other: styles for plain QGIS, and editing goes on with new fids.
    _count, _ids, names, _descriptions, _error = in_postgis.works_layer().listStylesInDatabase()
    assert "kip_overview" in names
    layer = in_postgis.works_layer("verkeer")
    assert layer.startEditing()
    fid = next(layer.getFeatures()).id()
    layer.changeAttributeValue(fid, layer.fields().indexOf(S.F_TITLE), "Na de kopie")
    assert layer.commitChanges(), layer.commitErrors()
    assert history.changes(in_postgis)[-1].row_version == layer.getFeature(fid)[S.F_ROW_VERSION]


def test_copy_refuses_an_existing_target_and_leaves_it_alone(kip_provider, demo_gpkg_copy, new_gpkg_store):
    before = checksums(new_gpkg_store)
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_kip("copykip", {"INPUT": demo_gpkg_copy.address, "OUTPUT": new_gpkg_store.address})
    assert checksums(KipStore.open(new_gpkg_store.address)) == before


def test_a_cancelled_copy_leaves_nothing_behind(kip_provider, demo_gpkg_copy, pg_cluster, pg_address, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress >= 20 else None)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_kip("copykip", {"INPUT": demo_gpkg_copy.address, "OUTPUT": pg_address}, feedback)
    schema = pg_address.split("schema=")[1]
    assert pg_cluster.psql(f"SELECT count(*) FROM pg_namespace WHERE nspname = '{schema}'", database="kip_test").strip() == "0"
    target = tmp_path / "cancelled.gpkg"
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress >= 20 else None)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run_kip("copykip", {"INPUT": demo_gpkg_copy.address, "OUTPUT": str(target)}, feedback)
    assert not os.path.exists(target)


def _wijken():
    from kip_plugin.paths import ede_boundaries_path

    return QgsVectorLayer(f"{ede_boundaries_path()}|layername=wijken", "wijken", "ogr")


def test_changes_since_lists_who_changed_what(kip_provider, demo_store_copy):
    time.sleep(0.05)
    since = QDateTime.currentDateTimeUtc().addMSecs(-20)
    works = _edit(demo_store_copy)
    result = run_kip("changessince", {"STORE": demo_store_copy.address, "SINCE": since, "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert result["COUNT"] == 3 == layer.featureCount()
    assert [f.name() for f in layer.fields()] == ["work_id", "owner", "operation", "changed_by", "changed_at",
                                                  "changed_fields", "old_values", "new_values"]
    assert sorted(f["operation"] for f in layer.getFeatures()) == ["delete", "update", "update"]
    changed = [f for f in layer.getFeatures() if f["work_id"] == works[0][S.F_WORK_ID]][0]
    assert changed["operation"] == "update" and S.F_TITLE in changed["changed_fields"]
    assert TRICKY[0] in changed["new_values"] and changed.hasGeometry()
    deleted = [f for f in layer.getFeatures() if f["operation"] == "delete"][0]
    assert deleted["work_id"] == works[2][S.F_WORK_ID] and deleted.hasGeometry()
    assert changed["changed_by"] == ("postgres" if demo_store_copy.backend == "postgis" else "")
    later = run_kip("changessince", {"STORE": demo_store_copy.address, "OUTPUT": "memory:",
                                     "SINCE": QDateTime.currentDateTimeUtc().addSecs(60)})
    assert later["COUNT"] == 0


def test_changes_since_per_party_and_district(kip_provider, demo_store_copy):
    since = QDateTime.currentDateTimeUtc().addSecs(-1)
    works = _edit(demo_store_copy)
    only_verkeer = run_kip("changessince", {"STORE": demo_store_copy.address, "SINCE": since, "PARTIES": "verkeer",
                                            "OUTPUT": "memory:"})
    assert only_verkeer["COUNT"] == 0
    riolering = run_kip("changessince", {"STORE": demo_store_copy.address, "SINCE": since, "PARTIES": "riolering",
                                         "OUTPUT": "memory:"})
    assert riolering["COUNT"] == 3
    first = works[0].geometry()
    district = next(f for f in _wijken().getFeatures() if f.geometry().intersects(first))
    # One district in a layer of its own (a filter on the bundled file would make QGIS rewrite it).
    area = QgsVectorLayer(f"MultiPolygon?crs={_wijken().crs().authid()}", "district", "memory")
    area.dataProvider().addFeatures([district])
    in_district = run_kip("changessince", {"STORE": demo_store_copy.address, "SINCE": since, "AREA": area,
                                           "OUTPUT": "memory:"})
    expected = sum(1 for w in works[:3] if w.geometry().intersects(district.geometry()))
    assert 1 <= in_district["COUNT"] == expected
    with pytest.raises(QgsProcessingException, match="Unknown parties: enexis"):
        run_kip("changessince", {"STORE": demo_store_copy.address, "SINCE": since, "PARTIES": "enexis",
                                 "OUTPUT": "memory:"})
