"""The history of a work in QGIS: the layer action, the dialog, restoring a version from it."""
from __future__ import annotations

from qgis.core import QgsVectorLayer

from kip_plugin.core import schema as S
from kip_plugin.gui.history_dialog import HistoryDialog, WorkHistoryAction, changes_of_feature


def test_history_dialog_lists_versions_and_restores_one(demo_store_copy, qgis_app):
    layer = demo_store_copy.works_layer("riolering")
    feature = next(layer.getFeatures())
    old_title = feature[S.F_TITLE]
    assert layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf(S.F_TITLE), "Nieuwe titel")
    assert layer.commitChanges(), layer.commitErrors()
    changes = changes_of_feature(layer, feature)
    assert [c.operation for c in changes] == ["update"]
    dialog = HistoryDialog(layer, changes, feature[S.F_WORK_ID])
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == "changed"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    # The version after that change is the current one; its old values are in the record too.
    assert changes[0].old_values[S.F_TITLE] == old_title
    assert dialog.restore_selected()
    assert layer.isEditable() and layer.getFeature(feature.id())[S.F_TITLE] == "Nieuwe titel"


def test_the_history_action_is_offered_on_kip_layers_only(demo_store_copy, qgis_iface):
    action = WorkHistoryAction(qgis_iface.mainWindow(), lambda text: None)
    assert action.canRunUsingLayer(demo_store_copy.works_layer("verkeer"))
    assert not action.canRunUsingLayer(QgsVectorLayer("Point?crs=EPSG:28992", "other", "memory"))
