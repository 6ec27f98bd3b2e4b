"""The history of one work, and putting an earlier version back (through the edit buffer)."""
from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsFeature, QgsVectorLayer
from qgis.gui import QgsMapLayerAction
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import schema as S
from ..core.errors import KipError
from ..i18n import error_text, tr
from ..paths import icon_path
from ..store import history
from ..store.kipstore import KipStore
from ..store.address import store_address_of_layer


def _operation(change: history.Change) -> str:
    return {"insert": tr("added"), "update": tr("changed"), "delete": tr("deleted")}.get(change.operation, change.operation)


class HistoryDialog(QDialog):
    """Every saved version of a work; one can be restored into the layer's edit buffer."""

    def __init__(self, layer: QgsVectorLayer, changes: List[history.Change], work_id: str, parent=None):
        super().__init__(parent)
        self.layer = layer
        self.changes = changes
        self.setWindowTitle(tr("History of work {id}").format(id=work_id))
        layout = QVBoxLayout(self)
        if not changes:
            layout.addWidget(QLabel(tr("No changes of this work are recorded.")))
        self.table = QTableWidget(len(changes), 5)
        self.table.setHorizontalHeaderLabels([tr("Version"), tr("When"), tr("Who"), tr("What"), tr("Fields")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for row, change in enumerate(changes):
            when = change.changed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if change.changed_at else ""
            cells = (str(change.row_version or ""), when, change.changed_by, _operation(change),
                     ", ".join(change.changed_fields))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.restore_button = QPushButton(tr("Restore this version"))
        self.restore_button.setToolTip(tr("Puts this version into the layer as an edit: check it, then save "
                                          "(or undo) as with any edit."))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(720, 360)

    def selected(self) -> Optional[history.Change]:
        rows = self.table.selectionModel().selectedRows()
        return self.changes[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.layer.readOnly())

    def restore_selected(self) -> bool:
        """Restore the selected version into the edit buffer; close the dialog when done."""
        change = self.selected()
        if change is None or not history.restore(self.layer, change):
            return False
        self.accept()
        return True


def changes_of_feature(layer: QgsVectorLayer, feature: QgsFeature) -> List[history.Change]:
    """The recorded changes of the work ``feature`` of the KIP works ``layer``."""
    store = KipStore.open(store_address_of_layer(layer))
    return history.changes(store, work_fid=feature.id())


class WorkHistoryAction(QgsMapLayerAction):
    """'KIP: history of this work…' in the identify results and the attribute table of KIP's layers."""

    def __init__(self, parent, report):
        super().__init__(tr("KIP: history of this work…"), parent, QgsMapLayerAction.SingleFeature,
                         QIcon(icon_path("history")))
        self._report = report
        self.triggeredForFeature.connect(self._show)

    def canRunUsingLayer(self, layer) -> bool:
        return isinstance(layer, QgsVectorLayer) and layer.customProperty("kip/role") == "works"

    def _show(self, layer, feature) -> None:
        try:
            changes = changes_of_feature(layer, feature)
        except KipError as error:
            self._report(error_text(error))
            return
        HistoryDialog(layer, changes, str(feature[S.F_WORK_ID]), self.parent()).exec_()
