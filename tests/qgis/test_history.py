"""The history of changes, on a GeoPackage and on a shared KIP alike, and restoring an earlier version."""
from __future__ import annotations

import datetime as dt
import time

from qgis.core import QgsFeature, QgsGeometry
from qgis.PyQt.QtCore import QDate

from kip_plugin.core import schema as S
from kip_plugin.store import history

AREA = "MultiPolygon(((170000 450000, 170050 450000, 170050 450010, 170000 450010, 170000 450000)))"


def _add(layer, work_id, owner="verkeer", title="Kruispunt"):
    feature = QgsFeature(layer.fields())
    feature[S.F_WORK_ID], feature[S.F_OWNER], feature[S.F_TITLE] = work_id, owner, title
    feature[S.F_START], feature[S.F_END] = QDate(2027, 1, 1), QDate(2027, 2, 1)
    feature[S.F_EXCAVATION] = True
    feature.setGeometry(QgsGeometry.fromWkt(AREA))
    assert layer.startEditing() and layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    return next(f.id() for f in layer.getFeatures() if f[S.F_WORK_ID] == work_id)


def _set(layer, fid, name, value):
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
    assert layer.commitChanges(), layer.commitErrors()


def test_every_insert_change_and_deletion_is_recorded(new_store):
    layer = new_store.works_layer()
    fid = _add(layer, "v-1")
    _set(layer, fid, S.F_TITLE, "Kruispunt Bospad")
    assert layer.startEditing() and layer.deleteFeature(fid) and layer.commitChanges()
    recorded = history.changes(new_store)
    assert [c.operation for c in recorded] == ["insert", "update", "delete"]
    assert {c.work_id for c in recorded} == {"v-1"} and {c.owner for c in recorded} == {"verkeer"}
    insert, update, delete = recorded
    assert insert.new_values[S.F_TITLE] == "Kruispunt" and insert.old_values is None
    # The style KIP stores sets updated_at on every edit, in plain QGIS too.
    assert update.changed_fields == [S.F_TITLE, S.F_UPDATED_AT]
    assert update.old_values[S.F_TITLE] == "Kruispunt" and update.new_values[S.F_TITLE] == "Kruispunt Bospad"
    assert [insert.row_version, update.row_version] == [1, 2]
    assert delete.old_values[S.F_TITLE] == "Kruispunt Bospad" and delete.new_values is None
    expected_user = "postgres" if new_store.backend == "postgis" else ""
    assert {c.changed_by for c in recorded} == {expected_user}
    now = dt.datetime.now(dt.timezone.utc)
    assert all(now - dt.timedelta(minutes=5) < c.changed_at <= now + dt.timedelta(seconds=5) for c in recorded)
    assert history.geometry_from_hex(insert.new_values["geom"]).equals(QgsGeometry.fromWkt(AREA))


def test_changes_since_a_moment_and_of_some_parties(new_store):
    layer = new_store.works_layer()
    first = _add(layer, "v-1")
    time.sleep(0.05)
    since = dt.datetime.now(dt.timezone.utc)
    time.sleep(0.05)
    _set(layer, first, S.F_STATUS, "execution")
    _add(layer, "g-1", owner="groen")
    later = history.changes(new_store, since=since)
    assert [(c.work_id, c.operation) for c in later] == [("v-1", "update"), ("g-1", "insert")]
    assert [c.work_id for c in history.changes(new_store, since=since, parties=["groen"])] == ["g-1"]
    assert history.changes(new_store, since=dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)) == []


def test_an_unchanged_save_leaves_no_history(new_store):
    layer = new_store.works_layer()
    fid = _add(layer, "v-1")
    assert layer.dataProvider().changeAttributeValues({fid: {layer.fields().indexOf(S.F_TITLE): "Kruispunt"}})
    assert [c.operation for c in history.changes(new_store)] == ["insert"]


def test_restoring_an_earlier_version_goes_through_the_edit_buffer(new_store):
    layer = new_store.works_layer()
    fid = _add(layer, "v-1")
    _set(layer, fid, S.F_TITLE, "Tweede titel")
    _set(layer, fid, S.F_END, QDate(2027, 9, 1))
    first_version = history.changes(new_store, work_fid=fid)[0]
    assert history.restore(layer, first_version)
    shown = layer.getFeature(fid)
    assert shown[S.F_TITLE] == "Kruispunt" and shown[S.F_END] == QDate(2027, 2, 1)
    # One undo step takes the restore back; redo and save keep it.
    layer.undoStack().undo()
    assert layer.getFeature(fid)[S.F_TITLE] == "Tweede titel"
    layer.undoStack().redo()
    assert layer.commitChanges(), layer.commitErrors()
    saved = new_store.works_layer().getFeature(fid)
    assert saved[S.F_TITLE] == "Kruispunt" and saved[S.F_END] == QDate(2027, 2, 1)
    assert saved[S.F_EXCAVATION] in (True, 1)
    last = history.changes(new_store, work_fid=fid)[-1]
    assert last.operation == "update" and {S.F_TITLE, S.F_END} <= set(last.changed_fields)


def test_a_deleted_work_can_be_brought_back(new_store):
    layer = new_store.works_layer()
    fid = _add(layer, "v-1", title="Weg en terug")
    assert layer.startEditing() and layer.deleteFeature(fid) and layer.commitChanges()
    deletion = history.changes(new_store, work_fid=fid)[-1]
    assert deletion.operation == "delete"
    assert history.restore(layer, deletion)
    assert layer.commitChanges(), layer.commitErrors()
    back = [f for f in new_store.works_layer().getFeatures() if f[S.F_WORK_ID] == "v-1"]
    assert len(back) == 1 and back[0][S.F_TITLE] == "Weg en terug"
    assert back[0].geometry().equals(QgsGeometry.fromWkt(AREA))
