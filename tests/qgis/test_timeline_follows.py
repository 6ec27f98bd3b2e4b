"""The timeline follows the KIP: works added and deleted, an empty new KIP, and a readable axis."""
from __future__ import annotations

from qgis.core import QgsGeometry, QgsProject, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QDate

from kip_plugin.core import schema as S
from kip_plugin.timeline.axis import TimeScale
from kip_plugin.gui.timeline_model import TimelineModel
from kip_plugin.gui.timeline_paint import TimelinePainter
from kip_plugin.store.works_table import day_number as day_of
from kip_plugin.store import project as kip_project
from timeline_helpers import party_layer, row_of, settle


def test_a_work_added_far_ahead_is_brought_into_view(dock, kip_in_project):
    view = dock.view
    view.show_next_months(6)
    settle()
    layer = party_layer(kip_in_project, "groen")
    layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer)
    feature[S.F_WORK_ID] = "groen-2035"
    feature[S.F_TITLE] = "Bomen Klaverweg"
    feature[S.F_WORK_TYPE] = "green"
    feature[S.F_START] = QDate(2035, 3, 1)
    feature[S.F_END] = QDate(2035, 4, 30)
    feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((170000 450000, 170050 450000, 170050 450010, 170000 450000)))"))
    assert layer.addFeature(feature)
    settle()
    first, last = view.visible_days()
    assert first <= day_of(QDate(2035, 3, 1)) and day_of(QDate(2035, 4, 30)) < last
    rect = view.bar_rect_in_view(row_of(dock, "groen-2035"))
    assert rect is not None and view.viewport().rect().intersects(rect)
    before = dock.model.counts()[0]
    layer.deleteFeature(next(layer.getFeatures(f"\"{S.F_WORK_ID}\" = 'groen-2035'")).id())
    settle()
    assert dock.model.counts()[0] == before - 1 and "groen-2035" not in dock.model.table.by_work_id
    layer.rollBack()


def test_an_empty_new_kip_says_it_has_no_works_yet(new_store, qgis_iface):
    from kip_plugin.gui.timeline_dock import TimelineDock

    project = QgsProject.instance()
    project.clear()
    widget = TimelineDock(qgis_iface, None, project)
    widget.show()
    settle()
    assert widget.view.empty_text.startswith("No KIP is open")
    kip_project.open_in_project(new_store, project)
    settle()
    assert widget.model.counts()[0] == 0
    assert widget.view.empty_text.startswith("This KIP has no works yet")
    widget.shutdown()
    widget.close()
    project.clear()


def test_the_today_badge_never_hides_a_label_of_the_axis():
    model = TimelineModel()
    for today in (day_of(QDate(2027, 1, 3)), day_of(QDate(2027, 6, 15)), day_of(QDate(2026, 12, 30))):
        for px_per_day in (0.3, 1.0, 3.0, 12.0):
            # The view's left edge a few days before today: the year's label is pinned right there.
            left = 0.0
            scale = TimeScale(today - 4 - left / px_per_day, px_per_day)
            painter = TimelinePainter(model, model.layout(), scale)
            badge, labels = painter.today_badge(today, left, 900.0, 0.0)
            # Zoomed far out, a year is a few dozen pixels: then a mark on the line takes the badge's place.
            assert badge is not None or px_per_day < 1, (today, px_per_day)
            texts = [text for _rect, text, _font in labels]
            assert texts == [text for _rect, text, _font in painter.axis_labels(left, 900.0, 0.0)]  # none dropped
            for rect, text, _font in labels:
                assert badge is None or not badge.intersects(rect), (text, px_per_day)
