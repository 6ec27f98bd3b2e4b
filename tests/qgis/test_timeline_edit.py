"""Rescheduling by dragging a bar: through the edit buffer, undoable, inside the flexibility window."""

from __future__ import annotations

from qgis.PyQt.QtCore import QDate

from kip_plugin.core import schema as S
from kip_plugin.store.works_table import day_number as day_of
from kip_plugin.store.kipstore import KipStore
from timeline_helpers import bar_centre, drag, row_of, settle


def _flexible_work(project, room: int = 20):
    """A planned work that may move at least ``room`` days both ways."""
    from kip_plugin.store import project as kip_project

    for layer in kip_project.works_layers(project):
        for f in layer.getFeatures(f'"{S.F_STATUS}" = \'planned\' AND "{S.F_EARLIEST_START}" IS NOT NULL'):
            if f[S.F_LATEST_END] and f[S.F_EARLIEST_START].daysTo(f[S.F_START]) >= room <= f[S.F_END].daysTo(
                f[S.F_LATEST_END]
            ):
                return layer, f
    raise AssertionError("the demo has no flexible work")


def _dates(layer, fid):
    feature = layer.getFeature(fid)
    return feature[S.F_START], feature[S.F_END]


def _days_px(dock, days: int) -> int:
    return round(days * dock.view.px_per_day())


def test_dragging_a_bar_in_edit_mode_moves_the_work_and_undo_brings_it_back(dock, kip_in_project):
    layer, feature = _flexible_work(kip_in_project)
    work_id, fid = feature[S.F_WORK_ID], feature.id()
    start, end = feature[S.F_START], feature[S.F_END]
    view = dock.view
    view.show_days(dock.model.table.start[row_of(dock, work_id)] - 60, dock.model.table.end[row_of(dock, work_id)] + 60)
    layer.startEditing()
    settle()
    assert "drag a bar to reschedule" in dock.status.text()
    drag(view, bar_centre(dock, work_id), _days_px(dock, 10))
    new_start, new_end = _dates(layer, fid)
    assert new_start == start.addDays(10) and new_end == end.addDays(10)
    assert layer.isModified()
    row = row_of(dock, work_id)
    assert dock.model.table.start[row] == day_of(start) + 10  # the bar shows the new dates
    moved_bar = view.bar_rect_in_view(row)

    layer.undoStack().undo()
    settle()
    assert _dates(layer, fid) == (start, end)
    assert view.bar_rect_in_view(row_of(dock, work_id)).left() < moved_bar.left()  # the bar went back
    layer.undoStack().redo()
    settle()
    assert _dates(layer, fid) == (start.addDays(10), end.addDays(10))

    assert layer.commitChanges()  # "Save edits" writes the new dates to the KIP
    store = KipStore.open(layer.customProperty("kip/store"))
    saved = next(store.works_layer().getFeatures(f"\"{S.F_WORK_ID}\" = '{work_id}'"))
    assert saved[S.F_START] == start.addDays(10)


def test_undo_in_qgis_acts_on_the_work_just_dragged(dock, kip_in_project, qgis_iface):
    layer, feature = _flexible_work(kip_in_project)
    other = next(lyr for lyr in kip_project_layers(kip_in_project) if lyr.id() != layer.id())
    qgis_iface.setActiveLayer(other)  # the user last clicked another layer in the layer tree
    layer.startEditing()
    dock.view.show_days(dock.model.table.start[row_of(dock, feature[S.F_WORK_ID])] - 60,
                        dock.model.table.end[row_of(dock, feature[S.F_WORK_ID])] + 60)
    drag(dock.view, bar_centre(dock, feature[S.F_WORK_ID]), _days_px(dock, 10))
    assert _dates(layer, feature.id())[0] == feature[S.F_START].addDays(10)
    # Edit › Undo (Ctrl+Z) undoes on the active layer's undo stack.
    active = qgis_iface.activeLayer()
    assert active is not None and active.id() == layer.id()
    active.undoStack().undo()
    assert _dates(layer, feature.id()) == (feature[S.F_START], feature[S.F_END])
    layer.rollBack()


def kip_project_layers(project):
    from kip_plugin.store import project as kip_project

    return kip_project.works_layers(project)


def test_a_bar_stops_at_the_edge_of_its_flexibility_window(dock, kip_in_project):
    layer, feature = _flexible_work(kip_in_project)
    work_id, fid = feature[S.F_WORK_ID], feature.id()
    earliest, latest = feature[S.F_EARLIEST_START], feature[S.F_LATEST_END]
    duration = feature[S.F_START].daysTo(feature[S.F_END])
    dock.view.show_days(
        dock.model.table.win_start[row_of(dock, work_id)] - 400, dock.model.table.win_end[row_of(dock, work_id)] + 400
    )
    layer.startEditing()
    drag(dock.view, bar_centre(dock, work_id), 600)
    start, end = _dates(layer, fid)
    assert end == latest and start == latest.addDays(-duration)
    drag(dock.view, bar_centre(dock, work_id), -900)
    start, end = _dates(layer, fid)
    assert start == earliest and end == earliest.addDays(duration)
    assert layer.undoStack().count() == 2  # one undo step per drag
    layer.rollBack()


def test_without_edit_mode_dragging_pans_and_changes_nothing(dock, kip_in_project):
    layer, feature = _flexible_work(kip_in_project)
    before = _dates(layer, feature.id())
    scroll = dock.view.horizontalScrollBar().value()
    drag(dock.view, bar_centre(dock, feature[S.F_WORK_ID]), 120)
    assert _dates(layer, feature.id()) == before
    assert not layer.isEditable() and not layer.isModified()
    assert dock.view.horizontalScrollBar().value() != scroll


def test_a_work_without_flexibility_keeps_its_dates(dock, kip_in_project):
    from kip_plugin.store import project as kip_project

    fixed = f'"{S.F_EARLIEST_START}" IS NULL AND "{S.F_LATEST_END}" IS NULL AND "{S.F_STATUS}" = \'planned\''
    layer, feature = next((lyr, f) for lyr in kip_project.works_layers(kip_in_project) for f in lyr.getFeatures(fixed))
    layer.startEditing()
    before = _dates(layer, feature.id())
    drag(dock.view, bar_centre(dock, feature[S.F_WORK_ID]), 150)
    assert _dates(layer, feature.id()) == before
    assert not layer.isModified()
    layer.rollBack()


def test_reschedule_keeps_a_bad_request_inside_the_window(dock, kip_in_project):
    layer, feature = _flexible_work(kip_in_project)
    row = row_of(dock, feature[S.F_WORK_ID])
    low, high = dock.model.shift_limits(row)
    assert low < 0 < high
    assert not dock.link.reschedule(row, 5)  # not in edit mode
    layer.startEditing()
    assert dock.link.reschedule(row, high + 365)
    settle()
    assert _dates(layer, feature.id())[1] == feature[S.F_LATEST_END]
    assert isinstance(_dates(layer, feature.id())[0], QDate)
    layer.rollBack()
