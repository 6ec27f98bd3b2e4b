"""Two people editing a shared KIP at once: no lost updates, and works that were not theirs named."""
from __future__ import annotations

import pytest
from qgis.core import QgsGeometry, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate

from kip_plugin.core import schema as S
from kip_plugin.store.kipstore import KipStore
from kip_plugin.store.layers import configure_works_layer
from kip_plugin.store.version_guard import VersionGuard
from pg_helpers import as_user, ensure_users, rows

TRICKY = "Bospad 'oost'; DROP TABLE works; -- \"x\" \\ 100%"


@pytest.fixture
def shared(pg_cluster, pg_address, qgis_app):
    """A shared KIP with works of verkeer (v-1, v-2) and riolering (r-1), as the coordinator made them."""
    ensure_users(pg_cluster)
    parties = [p for p in S.DEFAULT_PARTIES if p.code in ("verkeer", "riolering")]
    store = KipStore.create(pg_address, parties=parties)
    layer = store.works_layer()
    layer.startEditing()
    for work_id, owner in (("v-1", "verkeer"), ("v-2", "verkeer"), ("r-1", "riolering")):
        feature = QgsVectorLayerUtils.createFeature(layer)
        feature[S.F_WORK_ID], feature[S.F_OWNER], feature[S.F_TITLE] = work_id, owner, f"Werk {work_id}"
        feature[S.F_START], feature[S.F_END] = QDate(2027, 1, 1), QDate(2027, 2, 1)
        feature.setGeometry(QgsGeometry.fromWkt("MultiPolygon(((170000 450000, 170050 450000, 170050 450010, "
                                                "170000 450000)))"))
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    return store


def _session(store, user, party="verkeer"):
    """A party layer as ``user`` sees it in their own QGIS."""
    theirs = KipStore.open(as_user(store.address, user))
    layer = theirs.works_layer(party)
    configure_works_layer(layer, theirs.parties(), theirs.party(party))
    return layer


def _fid(layer, work_id):
    return next(f.id() for f in layer.getFeatures() if f[S.F_WORK_ID] == work_id)


def _db(pg_cluster, store, column, work_id):
    return rows(pg_cluster, "postgres",
                f"SELECT {column} FROM \"{store.pg.schema}\".works WHERE work_id = '{work_id}'")


def test_the_second_editor_of_the_same_work_is_refused_and_the_first_change_kept(pg_cluster, shared):
    first, second = _session(shared, "anna"), _session(shared, "vera")
    assert first.startEditing() and second.startEditing()
    fid = _fid(first, "v-1")
    first.changeAttributeValue(fid, first.fields().indexOf(S.F_TITLE), "Kruispunt Bospad")
    assert first.commitChanges(), first.commitErrors()
    second.changeAttributeValue(fid, second.fields().indexOf(S.F_END), QDate(2027, 6, 1))
    second.changeAttributeValue(_fid(second, "v-2"), second.fields().indexOf(S.F_TITLE), "Rotonde")
    assert not second.commitChanges()
    refusal = VersionGuard.of(second).last
    assert list(refusal.stale) == [fid]
    assert "v-1" in refusal.message and "changed by anna" in refusal.message and "title" in refusal.message
    # The first change is kept, nothing of the second was written, and the second's edits wait in the layer.
    assert _db(pg_cluster, shared, "title", "v-1") == "Kruispunt Bospad"
    assert _db(pg_cluster, shared, "end_date", "v-1") == "2027-02-01"
    assert _db(pg_cluster, shared, "title", "v-2") == "Werk v-2"
    assert second.isEditable() and second.isModified()
    # Starting again on the current version, the second editor's change goes through.
    second.rollBack()
    assert second.startEditing()
    second.changeAttributeValue(fid, second.fields().indexOf(S.F_END), QDate(2027, 6, 1))
    assert second.commitChanges(), second.commitErrors()
    assert _db(pg_cluster, shared, "end_date", "v-1") == "2027-06-01"
    assert _db(pg_cluster, shared, "title", "v-1") == "Kruispunt Bospad"


def test_two_editors_of_different_works_both_succeed(pg_cluster, shared):
    first, second = _session(shared, "anna"), _session(shared, "vera")
    assert first.startEditing() and second.startEditing()
    first.changeAttributeValue(_fid(first, "v-1"), first.fields().indexOf(S.F_TITLE), "Eerste")
    second.changeAttributeValue(_fid(second, "v-2"), second.fields().indexOf(S.F_TITLE), "Tweede")
    assert first.commitChanges(), first.commitErrors()
    assert second.commitChanges(), second.commitErrors()
    assert VersionGuard.of(second).last is None
    assert _db(pg_cluster, shared, "title", "v-1") == "Eerste"
    assert _db(pg_cluster, shared, "title", "v-2") == "Tweede"
    assert _db(pg_cluster, shared, "row_version", "v-1") == "2"


def test_saving_again_while_still_editing_uses_the_new_versions(pg_cluster, shared):
    layer = _session(shared, "anna")
    assert layer.startEditing()
    fid = _fid(layer, "v-1")
    for title in ("Een", "Twee", "Drie"):
        layer.changeAttributeValue(fid, layer.fields().indexOf(S.F_TITLE), title)
        assert layer.commitChanges(False), layer.commitErrors()
    assert _db(pg_cluster, shared, "title", "v-1") == "Drie"
    assert _db(pg_cluster, shared, "row_version", "v-1") == "4"


def test_deleting_a_work_someone_else_changed_is_refused(pg_cluster, shared):
    first, second = _session(shared, "anna"), _session(shared, "vera")
    assert first.startEditing() and second.startEditing()
    fid = _fid(first, "v-2")
    first.changeAttributeValue(fid, first.fields().indexOf(S.F_STATUS), "execution")
    assert first.commitChanges(), first.commitErrors()
    assert second.deleteFeature(fid)
    assert not second.commitChanges()
    assert "v-2" in VersionGuard.of(second).last.message
    assert _db(pg_cluster, shared, "status", "v-2") == "execution"


def test_changes_to_works_of_another_party_are_named_not_lost_silently(pg_cluster, shared):
    anna = KipStore.open(as_user(shared.address, "anna"))
    everything = anna.works_layer()  # the overview layer: anna may edit some of it
    assert everything.startEditing()
    everything.changeAttributeValue(_fid(everything, "r-1"), everything.fields().indexOf(S.F_TITLE), "Van mij")
    everything.changeAttributeValue(_fid(everything, "v-1"), everything.fields().indexOf(S.F_TITLE), "Wel van mij")
    everything.commitChanges()
    refusal = VersionGuard.of(everything).last
    assert [work for work, _owner in refusal.not_theirs.values()] == ["r-1"]
    assert "r-1 (riolering)" in refusal.message and "not yours to change" in refusal.message
    assert _db(pg_cluster, shared, "title", "r-1") == "Werk r-1"
    assert _db(pg_cluster, shared, "title", "v-1") == "Wel van mij"


def test_values_with_quotes_and_sql_are_stored_as_typed(pg_cluster, shared):
    layer = _session(shared, "anna")
    assert layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer)
    feature[S.F_WORK_ID] = "v-'; DELETE FROM works; --"
    feature[S.F_TITLE] = TRICKY
    feature[S.F_START], feature[S.F_END] = QDate(2027, 1, 1), QDate(2027, 1, 5)
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    stored = {f[S.F_WORK_ID]: f[S.F_TITLE] for f in layer.getFeatures()}
    assert stored["v-'; DELETE FROM works; --"] == TRICKY
    assert rows(pg_cluster, "postgres", f"SELECT count(*) FROM \"{shared.pg.schema}\".works") == "4"
    from kip_plugin.store import history

    inserted = history.changes(shared, parties=["verkeer"])[-1]
    assert inserted.work_id == "v-'; DELETE FROM works; --" and inserted.new_values[S.F_TITLE] == TRICKY
    assert inserted.changed_by == "anna" and inserted.operation == "insert"


def test_a_refused_save_is_shown_in_the_message_bar(pg_cluster, shared, kip_plugin_loaded, qgis_iface):
    from qgis.core import Qgis

    qgis_iface.messageBar().clear_messages()
    first, second = _session(shared, "anna"), _session(shared, "vera")
    assert first.startEditing() and second.startEditing()
    fid = _fid(first, "v-1")
    first.changeAttributeValue(fid, first.fields().indexOf(S.F_STATUS), "done")
    assert first.commitChanges()
    second.changeAttributeValue(fid, second.fields().indexOf(S.F_STATUS), "cancelled")
    assert not second.commitChanges()
    shown = " ".join(qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert "Your edits were not saved" in shown and "v-1" in shown and "changed by anna" in shown


def test_a_new_work_can_be_changed_again_in_the_same_session(pg_cluster, shared):
    layer = _session(shared, "anna")
    assert layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer)
    feature[S.F_WORK_ID], feature[S.F_TITLE] = "v-new", "Nieuw werk"
    feature[S.F_START], feature[S.F_END] = QDate(2027, 5, 1), QDate(2027, 5, 9)
    assert layer.addFeature(feature)
    assert layer.commitChanges(False), layer.commitErrors()
    fid = _fid(layer, "v-new")
    layer.changeAttributeValue(fid, layer.fields().indexOf(S.F_TITLE), "Nieuw werk, later")
    assert layer.commitChanges(), layer.commitErrors()
    assert _db(pg_cluster, shared, "title || ' ' || row_version", "v-new") == "Nieuw werk, later 2"


def test_a_new_work_for_another_party_is_refused_with_the_reason(pg_cluster, shared):
    anna = KipStore.open(as_user(shared.address, "anna"))
    everything = anna.works_layer()
    assert everything.startEditing()
    feature = QgsVectorLayerUtils.createFeature(everything)
    feature[S.F_WORK_ID], feature[S.F_OWNER] = "r-9", "riolering"
    feature[S.F_START], feature[S.F_END] = QDate(2027, 5, 1), QDate(2027, 5, 9)
    assert everything.addFeature(feature)
    assert not everything.commitChanges()
    assert "may not add works for riolering" in VersionGuard.of(everything).last.message
    assert "row-level security" in " ".join(everything.commitErrors())
    assert rows(pg_cluster, "postgres", f"SELECT count(*) FROM \"{shared.pg.schema}\".works") == "3"
