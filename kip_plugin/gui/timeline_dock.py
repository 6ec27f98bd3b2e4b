"""The "KIP timeline" dock: the view, its controls and the status line."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsFilterLineEdit, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import (
    QAction,
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import schema as S
from ..i18n import tr, tr_code
from .timeline_export import natural_height, write_timeline_png, write_timeline_svg
from .timeline_link import TimelineLink
from .timeline_model import GroupBy, TimelineModel
from .timeline_view import TimelineView

DOCK_OBJECT_NAME = "KipTimelineDock"


class _StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several of them."""

    def mouseReleaseEvent(self, event) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class TimelineDock(QgsDockWidget):
    """All works of the open KIP on one time axis, linked to the map."""

    def __init__(self, iface, parent: Optional[QWidget] = None, project: Optional[QgsProject] = None):
        super().__init__(tr("KIP timeline"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.model = TimelineModel()
        self.view = TimelineView(self.model)
        self.link = TimelineLink(self.model, iface, project)
        self.view.can_edit = self.link.can_edit
        self._last_owners: list = []
        self.decide = None  # called with (work id, accept) when a proposed move is accepted or rejected here

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setContentsMargins(6, 2, 6, 2)
        self.status.setStyleSheet("color: #555;")
        layout.addWidget(self.status)
        self.setWidget(body)

        self.link.changed.connect(self.refresh)
        self.link.selection_changed.connect(self._on_map_selection)
        self.link.works_added.connect(self._on_works_added)
        self.view.selection_requested.connect(self.link.select_rows)
        self.view.reschedule_requested.connect(self._reschedule)
        self.view.zoom_requested.connect(self.link.zoom_to)
        self.view.form_requested.connect(self.link.open_form)
        self.view.time_clicked.connect(self.link.move_time_to)
        self.view.decision_requested.connect(self._decision)
        self.visibilityChanged.connect(self._on_visibility)

    # ---- controls ------------------------------------------------------------------------

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        bar.addWidget(QLabel(tr("Group by") + " "))
        self.group_combo = QComboBox()
        for label, mode in (
            (tr("Department/partner"), GroupBy.PARTY),
            (tr("Combination"), GroupBy.COMBINATION),
            (tr("District"), GroupBy.DISTRICT),
        ):
            self.group_combo.addItem(label, mode)
        self.group_combo.currentIndexChanged.connect(self._on_group_by)
        bar.addWidget(self.group_combo)
        self.district_combo = QgsMapLayerComboBox()
        self.district_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.district_combo.setToolTip(tr("The layer whose polygons are the districts"))
        self.district_combo.setMinimumWidth(140)
        self.district_combo.layerChanged.connect(self._on_district_layer)
        self.district_action = bar.addWidget(self.district_combo)
        self.district_action.setVisible(False)
        bar.addSeparator()

        self.search = QgsFilterLineEdit()
        self.search.setShowSearchIcon(True)
        self.search.setPlaceholderText(tr("Search works…"))
        self.search.setMaximumWidth(220)
        self.search.textChanged.connect(self._on_text)
        bar.addWidget(self.search)
        self.filter_menu = _StayOpenMenu(self)
        self.filter_menu.aboutToShow.connect(self._fill_filter_menu)
        self.filter_button = QToolButton()
        self.filter_button.setText(tr("Filter"))
        self.filter_button.setIcon(QgsApplication.getThemeIcon("/mActionFilter2.svg"))
        self.filter_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.filter_button.setPopupMode(QToolButton.InstantPopup)
        self.filter_button.setMenu(self.filter_menu)
        self.filter_button.setToolTip(tr("Show or hide works by status and by department/partner"))
        bar.addWidget(self.filter_button)
        self.extent_action = QAction(QgsApplication.getThemeIcon("/extents.svg"), tr("Map extent"), self)
        self.extent_action.setCheckable(True)
        self.extent_action.setToolTip(tr("Only works in the current map extent (follows the map)"))
        self.extent_action.toggled.connect(self._on_extent)
        bar.addAction(self.extent_action)
        bar.addSeparator()

        fit = bar.addAction(QgsApplication.getThemeIcon("/mActionZoomFullExtent.svg"), tr("Fit all"), self.view.fit_all)
        fit.setToolTip(tr("Show the whole period of the works shown"))
        bar.addAction(
            QgsApplication.getThemeIcon("/propertyicons/temporal.svg"),
            tr("Next 12 months"),
            lambda: self.view.show_next_months(12),
        )
        export_menu = QMenu(self)
        export_menu.addAction(tr("Export as PNG…"), lambda: self._export_dialog("png"))
        export_menu.addAction(tr("Export as SVG…"), lambda: self._export_dialog("svg"))
        export = QToolButton()
        export.setIcon(QgsApplication.getThemeIcon("/mActionSaveMapAsImage.svg"))
        export.setToolTip(tr("Export the timeline as it is shown"))
        export.setPopupMode(QToolButton.InstantPopup)
        export.setMenu(export_menu)
        bar.addWidget(export)
        return bar

    def _fill_filter_menu(self) -> None:
        menu = self.filter_menu
        menu.clear()
        menu.addSection(tr("Status"))
        hidden = self.model.hidden_statuses()
        for code in list(S.STATUSES) + [s for s in self.model.statuses() if s not in S.STATUSES]:
            action = menu.addAction(tr_code(S.STATUSES, code or None) or tr("No status"))
            action.setCheckable(True)
            action.setChecked(code not in hidden)
            action.toggled.connect(lambda on, c=code: self._toggle_status(c, on))
        menu.addSection(tr("Department/partner"))
        hidden = self.model.hidden_parties()
        for code in self.model.owners():
            action = menu.addAction(self.model.party(code).name)
            action.setCheckable(True)
            action.setChecked(code not in hidden)
            action.toggled.connect(lambda on, c=code: self._toggle_party(c, on))
        menu.addSeparator()
        menu.addAction(tr("Show all"), self.show_all)

    def _toggle_status(self, code: str, shown: bool) -> None:
        hidden = self.model.hidden_statuses()
        hidden.discard(code) if shown else hidden.add(code)
        self.model.set_hidden_statuses(hidden)
        self.refresh()

    def _toggle_party(self, code: str, shown: bool) -> None:
        hidden = self.model.hidden_parties()
        hidden.discard(code) if shown else hidden.add(code)
        self.model.set_hidden_parties(hidden)
        self.refresh()

    def show_all(self) -> None:
        """Clear the status, party and text filters."""
        self.model.set_hidden_statuses(())
        self.model.set_hidden_parties(())
        self.search.clear()
        self.refresh()

    def _on_text(self, text: str) -> None:
        self.model.set_text(text)
        self.refresh()

    def _on_extent(self, follow: bool) -> None:
        self.link.set_follow_extent(follow)

    def _on_group_by(self, _index: int) -> None:
        mode = self.group_combo.currentData()
        self.district_action.setVisible(mode == GroupBy.DISTRICT)
        self.model.set_group_by(mode)
        if mode == GroupBy.DISTRICT:
            if self.district_combo.currentLayer() is None or self._is_kip_layer(self.district_combo.currentLayer()):
                self._pick_default_district_layer()
            self.link.set_district_layer(self.district_combo.currentLayer())
        self.refresh()

    @staticmethod
    def _is_kip_layer(layer) -> bool:
        role = str(layer.customProperty("kip/role") or "")
        return role == "works" or layer.fields().indexOf(S.R_CLUSTER_ID) >= 0

    def _pick_default_district_layer(self) -> None:
        """The districts of the KIP's context layers if present, else the first other polygon layer."""
        layers = [lyr for lyr in self.link.project.mapLayers().values() if isinstance(lyr, QgsVectorLayer)]
        preferred = [lyr for lyr in layers if lyr.customProperty("kip/role") == "context_wijken"]
        others = [lyr for lyr in layers if lyr.geometryType() == 2 and not self._is_kip_layer(lyr)]
        choice = (preferred or others or [None])[0]
        if choice is not None:
            self.district_combo.setLayer(choice)

    def _on_district_layer(self, layer) -> None:
        if self.model.group_by == GroupBy.DISTRICT:
            self.link.set_district_layer(layer if isinstance(layer, QgsVectorLayer) else None)
            self.refresh()

    # ---- state ------------------------------------------------------------------------------

    def _on_visibility(self, visible: bool) -> None:
        self.link.set_active(visible)
        if visible:
            self.refresh()

    def refresh(self) -> None:
        """Redraw the view and the status line after a change (only while the timeline is shown)."""
        if not self.link.active:
            return
        self.view.set_cursor_range(self.link.cursor_range())
        layers = self.link.works_layers()
        if not layers:
            self.view.empty_text = tr("No KIP is open: open or create one from the KIP toolbar.")
        else:
            self.view.empty_text = tr("This KIP has no works yet: import a plan, or add works to a department's "
                                      "or partner's layer.")
        self.view.refresh()
        total, shown, attention = self.model.counts()
        parts = [tr("{shown} of {total} works").format(shown=shown, total=total)]
        if attention:
            parts.append(tr("{n} need attention").format(n=attention))
        if self.model.group_by == GroupBy.COMBINATION and not self.model.has_results():
            parts.append(tr("No combinations found yet: run the analysis."))
        if any(layer.isEditable() for layer in self.link.works_layers()):
            parts.append(tr("Editing: drag a bar to reschedule it within its flexibility."))
        self.status.setText(" · ".join(parts))

    def _on_works_added(self, rows: list) -> None:
        """A work was added (a form, a paste, an import): bring it into view."""
        for row in rows[-1:]:  # the last one added; with many at once the view would jump around
            self.view.include(row)

    def _on_map_selection(self) -> None:
        """One work selected on the map: bring its bar into view."""
        rows = (self.model.selected() & self.model.visible()).nonzero()[0]
        if len(rows) == 1:
            self.view.reveal(int(rows[0]))

    def _decision(self, row: int, accept: bool) -> None:
        if self.decide is not None:
            self.decide(self.model.table.work_id[row], accept)

    def _reschedule(self, row: int, days: int) -> None:
        if not self.link.reschedule(row, days):
            self.iface.messageBar().pushMessage(
                tr("KIP"), tr("This work cannot be moved: switch on editing for its layer first."), duration=5
            )

    # ---- export ------------------------------------------------------------------------------

    def export(self, path: str) -> bool:
        """Write the timeline as shown (same period, filters and groups) to a PNG or SVG file."""
        first, last = self.view.visible_days()
        size = QSize(max(400, self.view.viewport().width()), natural_height(self.model))
        period = (int(first), int(last) + 1)
        cursor = self.view.overlay.cursor
        if path.lower().endswith(".svg"):
            return write_timeline_svg(path, self.model, size, period, cursor)
        return write_timeline_png(path, self.model, size, period, cursor)

    def _export_dialog(self, kind: str) -> None:
        filters = {"png": tr("PNG image (*.png)"), "svg": tr("SVG image (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self, tr("Export timeline"), "", filters[kind])
        if not path:
            return
        if not path.lower().endswith("." + kind):
            path += "." + kind
        if self.export(path):
            self.iface.messageBar().pushMessage(
                tr("KIP"), tr("Saved the timeline to '{path}'.").format(path=path), duration=5
            )
        else:
            self.iface.messageBar().pushMessage(
                tr("KIP"), tr("Could not write '{path}'.").format(path=path), duration=0
            )

    def shutdown(self) -> None:
        """Disconnect from QGIS; the plugin calls this before deleting the dock."""
        self.visibilityChanged.disconnect(self._on_visibility)
        self.view.decision_requested.disconnect(self._decision)
        self.decide = None
        self.link.changed.disconnect(self.refresh)
        self.link.selection_changed.disconnect(self._on_map_selection)
        self.link.works_added.disconnect(self._on_works_added)
        self.link.disconnect_all()
