"""The timeline and QGIS in step: selection both ways, map zoom, Temporal Controller, hover, layer removal, export."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsDateTimeRange, QgsInterval, QgsTemporalNavigationObject, QgsUnitTypes
from qgis.PyQt.QtCore import QDate, QDateTime, QEvent, QPoint, QSize, Qt, QTime
from qgis.PyQt.QtGui import QColor, QHelpEvent, QImage
from qgis.PyQt.QtWidgets import QApplication, QToolTip

from kip_plugin.core import schema as S
from kip_plugin.gui.timeline_export import render_timeline_image
from kip_plugin.gui.timeline_paint import AXIS_HEIGHT
from kip_plugin.store.works_table import day_number as day_of
from kip_plugin.store import project as kip_project
from timeline_helpers import works_count, add_results, bar_centre, click, feature_of, mouse, party_layer, row_of, settle


def _some_work(dock, owner: str, index: int = 0) -> str:
    t = dock.model.table
    return [w for w, o, s in zip(t.work_id, t.owner, t.status) if o == owner and s == "planned"][index]


def test_clicking_bars_selects_their_features_on_the_map(dock, kip_in_project):
    first, second = _some_work(dock, "riolering"), _some_work(dock, "vitens")
    click(dock.view, bar_centre(dock, first))
    riolering, vitens = party_layer(kip_in_project, "riolering"), party_layer(kip_in_project, "vitens")
    layer, feature = feature_of(kip_in_project, first)
    assert riolering.selectedFeatureIds() == [feature.id()]
    assert vitens.selectedFeatureIds() == []

    click(dock.view, bar_centre(dock, second), Qt.ControlModifier)
    assert riolering.selectedFeatureCount() == 1 and vitens.selectedFeatureCount() == 1
    assert vitens.selectedFeatures()[0][S.F_WORK_ID] == second

    click(dock.view, bar_centre(dock, second), Qt.ControlModifier)
    assert vitens.selectedFeatureCount() == 0 and riolering.selectedFeatureCount() == 1

    empty = QPoint(5, dock.view.viewport().height() - 5)
    while dock.view.painter().bar_at(dock.view.mapToScene(empty)) is not None:
        empty += QPoint(3, 0)
    click(dock.view, empty)
    assert all(layer.selectedFeatureCount() == 0 for layer in kip_project.works_layers(kip_in_project))


def test_shift_dragging_over_bars_selects_them_all(dock, kip_in_project):
    view = dock.view
    view.verticalScrollBar().setValue(0)
    settle()
    start, end = QPoint(5, int(AXIS_HEIGHT) + 30), QPoint(view.viewport().width() - 5, int(AXIS_HEIGHT) + 120)
    while view.painter().bar_at(view.mapToScene(start)) is not None:
        start += QPoint(0, 1)
    mouse(view, QEvent.MouseButtonPress, start, Qt.ShiftModifier)
    mouse(view, QEvent.MouseMove, end, Qt.ShiftModifier)
    mouse(view, QEvent.MouseButtonRelease, end, Qt.ShiftModifier, Qt.NoButton)
    settle()
    selected = sum(layer.selectedFeatureCount() for layer in kip_project.works_layers(kip_in_project))
    assert selected == int(dock.model.selected().sum()) > 3
    assert {dock.model.table.owner[r] for r in dock.model.selected().nonzero()[0]} == {"programmering"}


def test_selecting_on_the_map_highlights_the_bar_and_brings_it_into_view(dock, kip_in_project):
    work = _some_work(dock, "woonstede")
    row = row_of(dock, work)
    dock.view.verticalScrollBar().setValue(0)  # Woonstede's rows are far below
    layer, feature = feature_of(kip_in_project, work)
    layer.selectByIds([feature.id()])
    settle()
    assert dock.model.selected().nonzero()[0].tolist() == [row]
    rect = dock.view.bar_rect_in_view(row)
    viewport = dock.view.viewport().rect()
    assert viewport.contains(rect.center()) and rect.top() > AXIS_HEIGHT
    image = dock.view.viewport().grab().toImage()
    halo = QColor(image.pixel(rect.center().x(), rect.top() - 2))
    assert (halo.red(), halo.green()) > (200, 180) and halo.blue() < 120, halo.name()  # the yellow selection halo
    layer.removeSelection()
    settle()
    assert not dock.model.selected().any()


def test_double_clicking_a_bar_zooms_the_map_to_the_work(dock, kip_in_project, qgis_iface):
    work = _some_work(dock, "verkeer", 3)
    centre = bar_centre(dock, work)
    mouse(dock.view, QEvent.MouseButtonDblClick, centre)
    settle()
    extent = qgis_iface.mapCanvas().extent()
    _layer, feature = feature_of(kip_in_project, work)
    assert extent.contains(feature.geometry().boundingBox())
    assert extent.width() < 2000


def test_hovering_a_bar_tells_what_the_work_is(dock, kip_in_project):
    work = _some_work(dock, "riolering")
    centre = bar_centre(dock, work)
    event = QHelpEvent(QEvent.ToolTip, centre, dock.view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(dock.view.viewport(), event)
    text = QToolTip.text()
    _layer, feature = feature_of(kip_in_project, work)
    assert feature[S.F_TITLE] in text and work in text
    assert "Riolering" in text and S.WORK_TYPES[feature[S.F_WORK_TYPE]] in text
    assert "Planned" in text and "Flexibility" in text and "Status" in text
    assert str(feature[S.F_START].year()) in text


def test_the_temporal_controller_frame_is_a_cursor_and_clicking_the_axis_moves_it(dock, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    navigation = QgsTemporalNavigationObject(canvas)
    canvas.setTemporalController(navigation)
    navigation.setTemporalExtents(
        QgsDateTimeRange(QDateTime(QDate(2026, 1, 1), QTime(0, 0)), QDateTime(QDate(2030, 12, 31), QTime(23, 59)))
    )
    navigation.setFrameDuration(QgsInterval(1, QgsUnitTypes.TemporalMonths))
    navigation.setNavigationMode(QgsTemporalNavigationObject.Animated)
    navigation.setCurrentFrameNumber(14)  # March 2027
    settle()
    assert dock.view.overlay.cursor == (day_of(QDate(2027, 3, 1)), day_of(QDate(2027, 4, 1)))

    view = dock.view
    view.show_days(day_of(QDate(2027, 1, 1)), day_of(QDate(2029, 1, 1)))
    x = round(view.time_scale().x(day_of(QDate(2028, 6, 15))) - view.horizontalScrollBar().value())
    click(view, QPoint(x, 25))
    begin = canvas.temporalRange().begin()
    assert begin.date() == QDate(2028, 6, 1)
    assert dock.view.overlay.cursor[0] == day_of(QDate(2028, 6, 1))

    navigation.setNavigationMode(QgsTemporalNavigationObject.NavigationOff)
    settle()
    assert dock.view.overlay.cursor is None


def test_a_removed_layer_leaves_no_bars_behind(dock, kip_in_project):
    verkeer = party_layer(kip_in_project, "verkeer")
    t = dock.model.table
    a = _some_work(dock, "riolering")
    b = _some_work(dock, "verkeer")
    results = add_results(
        kip_in_project,
        clusters=[],
        conflicts=[{S.R_CONFLICT_ID: 1, S.R_KIND: S.CONFLICT_SIMULTANEOUS_CLOSURES, S.R_WORK_A: a, S.R_WORK_B: b}],
    )
    assert dock.model.in_conflict().sum() == 2
    remaining = works_count(kip_in_project) - works_count(kip_in_project, "verkeer")
    kip_in_project.removeMapLayer(verkeer.id())
    dock.view.grab()
    t = dock.model.table
    assert "verkeer" not in t.owner and len(t) == remaining
    assert "Verkeer" not in [g.label for g in dock.model.layout().groups]
    kip_in_project.removeMapLayer(results[1].id())
    dock.view.grab()
    assert not dock.model.in_conflict().any()
    settle()
    assert len(dock.model.table) == 428
    kip_in_project.clear()
    settle()
    assert len(dock.model.table) == 0
    dock.view.grab()
    assert dock.status.text().startswith("0 of 0 works")


def test_export_writes_the_timeline_as_png_and_svg(dock, tmp_path):
    dock.view.show_next_months(12)
    png, svg = tmp_path / "timeline.png", tmp_path / "timeline.svg"
    assert dock.export(str(png)) and dock.export(str(svg))
    image = QImage(str(png))
    assert image.width() == dock.view.viewport().width()
    assert image.height() > 1000  # every row, not only those on screen
    pixels = np.frombuffer(
        image.convertToFormat(QImage.Format_RGB32).constBits().asstring(image.width() * image.height() * 4), np.uint32
    )
    assert len(np.unique(pixels)) > 20
    text = svg.read_text()
    assert text.startswith("<?xml") and "<svg" in text and "Programmering" in text and "Today" in text


def test_render_timeline_image_fits_all_rows_in_the_size_given(dock):
    image = render_timeline_image(dock.model, QSize(900, 400), (day_of(QDate(2026, 1, 1)), day_of(QDate(2031, 1, 1))))
    assert (image.width(), image.height()) == (900, 400)
    bottom_rows = image.copy(0, 330, 900, 40)
    assert not bottom_rows.allGray()  # the last group is drawn, shrunk to fit
