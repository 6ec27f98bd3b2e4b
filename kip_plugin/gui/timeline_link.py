"""Keeps the timeline in step with QGIS: the project's layers, the map, the Temporal Controller.

Both ways: edits, selections and map pans update the timeline; selecting, moving
or double-clicking bars acts on the layers and the map. Every connection made
here is recorded, so that ``disconnect_all`` leaves nothing behind.
"""

from __future__ import annotations

import os
from typing import Callable, Dict, Iterable, List, Optional, Set, Tuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsDateTimeRange,
    QgsProject,
    QgsRectangle,
    QgsTemporalNavigationObject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QObject, QTime, QTimer, QVariant, pyqtSignal

from ..core import schema as S
from ..core.errors import KipError
from ..core.parties import colours
from ..i18n import tr
from ..store import project as kip_project
from .timeline_columns import NO_DATE, PartyInfo
from .timeline_model import GroupBy, TimelineModel
from .timeline_source import (
    COLUMN_OF,
    DATE_FIELDS,
    DistrictIndex,
    combination_labels,
    read_results,
    read_works,
)
from ..store.works_table import day_number as day_of
from ..store.works_table import qdate, text_value

# Layer signals after which a layer's works are read again.
_RELOAD_SIGNALS = (
    "featureAdded",
    "featuresDeleted",
    "geometryChanged",
    "afterRollBack",
    "afterCommitChanges",
    "subsetStringChanged",
)


class TimelineLink(QObject):
    """Connects a timeline model (and its view's requests) to the project, map and layers."""

    changed = pyqtSignal()  # the model changed: redraw
    selection_changed = pyqtSignal()  # features were selected or deselected in a works layer
    works_added = pyqtSignal(list)  # table rows of works just added to a layer

    def __init__(self, model: TimelineModel, iface, project: Optional[QgsProject] = None):
        super().__init__()
        self.model, self.iface = model, iface
        self.project = project or QgsProject.instance()
        self.canvas = iface.mapCanvas()
        self.follow_extent = False
        self.active = False
        self._stale = True
        self._layers: Dict[str, QgsVectorLayer] = {}
        self._results: Set[str] = set()
        self._connections: List[Tuple[object, Callable]] = []
        self._layer_connections: Dict[str, List[Tuple[object, Callable]]] = {}
        self._pending: Set[str] = set()
        self._added: List[Tuple[str, int]] = []  # (layer id, feature id) added since the last read
        self._parties_key: Optional[tuple] = None
        self._parties_cache: List[PartyInfo] = []
        self._district_layer_id: Optional[str] = None
        self._districts: Optional[DistrictIndex] = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        self._extent_timer = QTimer(self)
        self._extent_timer.setSingleShot(True)
        self._extent_timer.timeout.connect(self.update_extent)
        p = self.project
        self._connect(p.layersAdded, self._on_layers_added)
        self._connect(p.layersWillBeRemoved, self._on_layers_removed)
        self._connect(p.cleared, self._on_cleared)
        self._connect(p.readProject, lambda *_: self.schedule_reload())
        self._connect(self.canvas.extentsChanged, self._on_extent)
        self._connect(self.canvas.destinationCrsChanged, self._on_extent)
        self._connect(self.canvas.temporalRangeChanged, self.changed)

    # ---- connections ---------------------------------------------------------------------

    def _connect(self, signal, slot, bucket: Optional[list] = None) -> None:
        signal.connect(slot)
        (self._connections if bucket is None else bucket).append((signal, slot))

    @staticmethod
    def _disconnect(bucket: Iterable[Tuple[object, Callable]]) -> None:
        for signal, slot in bucket:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # already gone with its object
                pass

    def disconnect_all(self) -> None:
        """Undo every connection (the dock is going away)."""
        self._timer.stop()
        self._extent_timer.stop()
        for layer_id in list(self._layer_connections):
            self._disconnect(self._layer_connections.pop(layer_id))
        self._disconnect(self._connections)
        self._connections = []
        self._layers.clear()

    def _watch(self, layer: QgsVectorLayer) -> None:
        bucket: List[Tuple[object, Callable]] = []
        layer_id = layer.id()
        self._connect(layer.selectionChanged, lambda *_: self._on_selection(layer_id), bucket)
        self._connect(
            layer.attributeValueChanged, lambda fid, idx, value: self._on_attribute(layer_id, fid, idx, value), bucket
        )
        for name in _RELOAD_SIGNALS:
            self._connect(getattr(layer, name), lambda *_: self.schedule_reload(layer_id), bucket)
        self._connect(layer.featureAdded, lambda fid: self._added.append((layer_id, fid)), bucket)
        self._connect(layer.editingStarted, self.changed, bucket)
        self._connect(layer.editingStopped, self.changed, bucket)
        self._layer_connections[layer_id] = bucket

    def _unwatch(self, layer_id: str) -> None:
        self._disconnect(self._layer_connections.pop(layer_id, []))
        self._layers.pop(layer_id, None)

    # ---- reading --------------------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        """Read only while the timeline is visible; catch up when it shows again."""
        self.active = active
        if active and self._stale:
            self.reload()

    def works_layers(self) -> List[QgsVectorLayer]:
        """The KIP works layers of the project, detection outputs left out."""
        results = kip_project.find_group(self.project, "results")
        in_results = {n.layerId() for n in results.findLayers()} if results is not None else set()
        return [
            layer
            for layer in kip_project.works_layers(self.project)
            if layer.isValid() and layer.id() not in in_results and layer.fields().indexOf(S.R_CLUSTER_ID) < 0
        ]

    def _parties(self, layers: List[QgsVectorLayer]) -> List[PartyInfo]:
        path = kip_project.store_address(self.project)
        # The parties change only with the store file, so they are read again only then.
        key = (path, os.stat(path).st_mtime_ns) if path and os.path.isfile(path) else None
        if key is not None and key == self._parties_key:
            return self._parties_cache
        try:
            store = kip_project.store_of_project(self.project)
        except KipError:
            store = None
        if store is not None:
            self._parties_key = key
            self._parties_cache = [PartyInfo(p.code, p.name, p.colour) for p in store.parties()]
            return self._parties_cache
        codes = [str(layer.customProperty("kip/party") or "") for layer in layers]
        names = {code: layer.name() for code, layer in zip(codes, layers) if code}
        return [PartyInfo(c, names[c], colour) for c, colour in zip(sorted(names), colours(len(names)))]

    def reload(self) -> None:
        """Read every works layer, the parties and the detection results again."""
        self._timer.stop()
        self._pending.clear()
        self._stale = False
        layers = self.works_layers()
        ids = {layer.id() for layer in layers}
        for layer_id in set(self.model.layer_ids()) - ids:
            self.model.remove_layer(layer_id)
        for layer_id in set(self._layers) - ids:
            self._unwatch(layer_id)
        self.model.set_parties(self._parties(layers))
        for layer, columns in zip(layers, read_works(layers)):
            self.model.set_layer(columns)
            self.model.set_selection(layer.id(), layer.selectedFeatureIds())
            if layer.id() not in self._layers:
                self._layers[layer.id()] = layer
                self._watch(layer)
        self.reload_results()
        self.update_districts()
        self.update_extent(emit=False)
        self.changed.emit()
        self._announce_added()

    def _announce_added(self) -> None:
        """Tell which rows hold the works added since the last read (the view brings them into sight)."""
        added, self._added = self._added, []
        rows = [row for row in (self.model.row_of(layer_id, fid) for layer_id, fid in added) if row is not None]
        if rows:
            self.works_added.emit(rows)

    def schedule_reload(self, layer_id: Optional[str] = None) -> None:
        """Read a layer (or, without one, everything) again once control returns to the event loop."""
        self._pending.add(layer_id or "*")
        self._timer.start(0)

    def _flush(self) -> None:
        pending, self._pending = self._pending, set()
        if not self.active:
            self._stale = True
            return
        if "*" in pending:
            self.reload()
            return
        layers = [self._layers[i] for i in pending if i in self._layers]
        for layer, columns in zip(layers, read_works(layers)):
            self.model.set_layer(columns)
            self.model.set_selection(layer.id(), layer.selectedFeatureIds())
        self.update_districts()
        self.changed.emit()
        self._announce_added()

    def reload_results(self, leaving: Iterable[str] = ()) -> None:
        """Combinations and conflicts from the detection's result layers."""
        results = read_results(self.project, exclude=set(leaving))
        labels = combination_labels(results, lambda code: self.model.party(code).name)
        self.model.set_results(results.combination_of, labels, results.conflicts)
        self.model.set_money(results.money)
        self._results = set(results.layer_ids)
        self.reload_proposals(leaving)

    def reload_proposals(self, leaving: Iterable[str] = ()) -> None:
        """The moves of the proposed schedule that wait for a decision."""
        from ..schedule.decisions import decisions, proposals_layer, read_moves

        layer = proposals_layer(self.project)
        if layer is None or layer.id() in set(leaving):
            self.model.proposals.clear()
            return
        self._results.add(layer.id())
        decided = decisions(layer)
        moves = read_moves(layer)
        self.model.proposals.set(
            {m.work_id: (m.new_start, m.new_end, m.reason) for m in moves if m.shift and not decided.get(m.work_id)}
        )

    # ---- project and layer events ------------------------------------------------------------

    def _on_layers_added(self, layers) -> None:
        if any(isinstance(layer, QgsVectorLayer) for layer in layers):
            # The layer tree learns about new layers after this signal; look once it has.
            self.schedule_reload()

    def _on_layers_removed(self, layer_ids) -> None:
        ids = set(layer_ids)
        removed = False
        for layer_id in ids & (set(self._layers) | set(self.model.layer_ids())):
            self._unwatch(layer_id)
            removed |= self.model.remove_layer(layer_id)
            self._pending.discard(layer_id)
        if ids & self._results:
            self.reload_results(leaving=ids)
            removed = True
        if self._district_layer_id in ids:
            self.set_district_layer(None)
            removed = True
        if removed:
            self.changed.emit()

    def _on_cleared(self) -> None:
        for layer_id in list(self._layers):
            self._unwatch(layer_id)
        self.model.clear()
        self._results.clear()
        self.set_district_layer(None)
        self.changed.emit()

    def _on_selection(self, layer_id: str) -> None:
        layer = self._layers.get(layer_id)
        if layer is not None:
            self.model.set_selection(layer_id, layer.selectedFeatureIds())
            self.changed.emit()
            self.selection_changed.emit()

    def _on_attribute(self, layer_id: str, fid: int, index: int, value) -> None:
        layer = self._layers.get(layer_id)
        if layer is None:
            return
        name = layer.fields().at(index).name() if 0 <= index < layer.fields().count() else ""
        if name not in COLUMN_OF:
            return
        column = COLUMN_OF[name]
        converted = day_of(value) if name in DATE_FIELDS else text_value(value)
        # A new feature or a change of owner (which moves the work to another layer) needs a full read.
        if name == S.F_OWNER or not self.model.update_work(layer_id, fid, **{column: converted}):
            self.schedule_reload(layer_id)
        else:
            self.changed.emit()

    # ---- the map ---------------------------------------------------------------------------------

    def set_follow_extent(self, follow: bool) -> None:
        """Show only the works in the map's current extent, following its pans and zooms."""
        self.follow_extent = follow
        self.update_extent()

    def _on_extent(self, *_args) -> None:
        if self.follow_extent:
            self._extent_timer.start(0)

    def update_extent(self, emit: bool = True) -> None:
        """Hand the map extent, in each layer's CRS, to the model."""
        if not self.follow_extent:
            self.model.set_extent(None)
        else:
            extent, crs = self.canvas.extent(), self.canvas.mapSettings().destinationCrs()
            rects = {}
            for layer_id, layer in self._layers.items():
                rect = extent
                if layer.crs() != crs:
                    try:
                        rect = QgsCoordinateTransform(crs, layer.crs(), self.project).transformBoundingBox(extent)
                    except QgsCsException:
                        continue  # the map shows an area the layer's CRS cannot express: do not filter
                rects[layer_id] = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
            self.model.set_extent(rects)
        if emit:
            self.changed.emit()

    def select_rows(self, rows: List[int], mode: str) -> None:
        """Select works in their layers: "replace" the selection, "toggle" or "add" to it."""
        wanted: Dict[str, Set[int]] = {}
        for row in rows:
            layer_id, fid = self.model.locate(row)
            wanted.setdefault(layer_id, set()).add(fid)
        for layer_id, layer in self._layers.items():
            fids = wanted.get(layer_id, set())
            current = set(layer.selectedFeatureIds())
            if mode == "toggle":
                target = current ^ fids
            elif mode == "add":
                target = current | fids
            else:
                target = fids
            if target != current:
                layer.selectByIds(list(target), QgsVectorLayer.SetSelection)
        if len(rows) == 1 and wanted:
            self.iface.setActiveLayer(self._layers[next(iter(wanted))])

    def _feature(self, row: int):
        layer_id, fid = self.model.locate(row)
        layer = self._layers.get(layer_id)
        if layer is None:
            return None, None
        feature = layer.getFeature(fid)
        return (layer, feature) if feature.isValid() else (layer, None)

    def zoom_to(self, row: int) -> bool:
        """Zoom the map to a work and flash it; False when it has no work area."""
        layer, feature = self._feature(row)
        if feature is None or feature.geometry().isNull():
            return False
        crs = self.canvas.mapSettings().destinationCrs()
        rect = feature.geometry().boundingBox()
        if layer.crs() != crs:
            rect = QgsCoordinateTransform(layer.crs(), crs, self.project).transformBoundingBox(rect)
        # Leave room around the work, and do not zoom closer than a street's length.
        size = max(rect.width(), rect.height(), 150.0 if not crs.isGeographic() else 0.0015)
        x, y = rect.center().x(), rect.center().y()
        self.canvas.setExtent(QgsRectangle(x - size, y - size * 0.75, x + size, y + size * 0.75))
        self.canvas.refresh()
        self.canvas.flashFeatureIds(layer, [feature.id()])
        return True

    def open_form(self, row: int) -> None:
        """Open the attribute form of a work."""
        layer, feature = self._feature(row)
        if feature is not None:
            self.iface.openFeatureForm(layer, feature)

    # ---- editing -------------------------------------------------------------------------------

    def can_edit(self, row: int) -> bool:
        """Whether a work's layer is in edit mode, so that its bar may be dragged."""
        layer = self._layers.get(self.model.locate(row)[0])
        return layer is not None and layer.isEditable()

    def reschedule(self, row: int, days: int) -> bool:
        """Move a work by ``days`` inside its flexibility, as one undoable edit of its layer."""
        layer, feature = self._feature(row)
        if feature is None or not layer.isEditable():
            return False
        low, high = self.model.shift_limits(row)
        days = min(high, max(low, int(days)))
        t = self.model.table
        start, end = int(t.start[row]), int(t.end[row])
        if not days or NO_DATE in (start, end):
            return False
        fields = layer.fields()
        changes = []
        for name, day in ((S.F_START, start + days), (S.F_END, end + days)):
            index = fields.indexOf(name)
            changes.append((index, _value_for(fields.at(index).type(), day), feature.attribute(index)))
        layer.beginEditCommand(tr("Reschedule '{title}'").format(title=t.title[row] or t.work_id[row]))
        ok = all(layer.changeAttributeValue(feature.id(), index, new, old) for index, new, old in changes)
        if ok:
            layer.endEditCommand()
            layer.triggerRepaint()
            # QGIS's Edit › Undo acts on the active layer: make it the one just edited.
            self.iface.setActiveLayer(layer)
        else:
            layer.destroyEditCommand()
        return ok

    # ---- the Temporal Controller --------------------------------------------------------------

    def cursor_range(self) -> Optional[Tuple[int, int]]:
        """The map's current time frame as (first day, last day + 1), or None when time is off."""
        frame = self.canvas.temporalRange()
        if not frame.begin().isValid() or not frame.end().isValid():
            return None
        first = day_of(frame.begin().date())
        last = day_of(frame.end().date())
        if frame.end().time() > QTime(0, 0) or last == first:
            last += 1
        return first, last

    def move_time_to(self, day: int) -> bool:
        """Move the Temporal Controller to the frame that starts nearest to ``day``."""
        navigation = self.canvas.temporalController()
        if not isinstance(navigation, QgsTemporalNavigationObject):
            return False
        when = QDateTime(qdate(day), QTime(0, 0))
        extents = navigation.temporalExtents()
        if not extents.begin().isValid() or not extents.end().isValid():
            span = self.model.layout().span or (day, day + 365)
            extents = QgsDateTimeRange(
                QDateTime(qdate(span[0]), QTime(0, 0)), QDateTime(qdate(span[1] + 1), QTime(0, 0))
            )
        if when < extents.begin() or when > extents.end():
            extents = QgsDateTimeRange(min(when, extents.begin()), max(when, extents.end()))
        if extents != navigation.temporalExtents():
            navigation.setTemporalExtents(extents)
        if navigation.navigationMode() != QgsTemporalNavigationObject.Animated:
            navigation.setNavigationMode(QgsTemporalNavigationObject.Animated)
        navigation.setCurrentFrameNumber(navigation.findBestFrameNumberForFrameStart(when))
        return True

    # ---- districts ---------------------------------------------------------------------------------

    def set_district_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        """The polygon layer whose features are the districts to group by."""
        layer_id = layer.id() if layer is not None else None
        if layer_id == self._district_layer_id and self._districts is not None:
            return
        self._district_layer_id, self._districts = layer_id, None
        self.model.clear_districts()
        self.update_districts()

    def update_districts(self) -> None:
        """Work out the districts of the works that lack one (only when grouping by district)."""
        if self.model.group_by != GroupBy.DISTRICT or self._district_layer_id is None:
            return
        layer = self.project.mapLayer(self._district_layer_id)
        if not isinstance(layer, QgsVectorLayer):
            return
        if self._districts is None:
            self._districts = DistrictIndex(layer)
        for layer_id, works in self._layers.items():
            if not self.model.has_districts(layer_id) and self.model.columns(layer_id) is not None:
                names = self._districts.names_for(self.model.columns(layer_id), works.crs(), self.project)
                self.model.set_districts(layer_id, names)


def _value_for(field_type: int, day: int):
    """A day as the attribute value a field of this type takes."""
    if field_type == QVariant.Date:
        return qdate(day)
    if field_type == QVariant.DateTime:
        return QDateTime(qdate(day), QTime(0, 0))
    return qdate(day).toString("yyyy-MM-dd")
