"""The timeline on screen: a graphics view that zooms, pans, selects and drags bars.

The scene holds one item that paints what is exposed through ``TimelinePainter``;
the axis and the group names are painted in the foreground, pinned to the top
and the left edge. Scene x is ``(day - origin) * px_per_day``; scene y is the
layout's y below the axis.
"""

from __future__ import annotations

from typing import Callable, Optional, Tuple

from qgis.PyQt.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QPainter
from qgis.PyQt.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QRubberBand,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from ..i18n import tr
from ..timeline.axis import MAX_PX_PER_DAY, MIN_PX_PER_DAY, TimeScale, today
from .timeline_model import TimelineModel
from .timeline_paint import AXIS_HEIGHT, Overlay, TimelinePainter
from .timeline_text import format_day, work_tooltip

DRAG_THRESHOLD = 4  # pixels the mouse moves before a press becomes a drag
MARGIN_DAYS = 730  # room to pan beyond the first and last work


class _TimelineItem(QGraphicsItem):
    """The whole content as one item; it paints only the exposed part."""

    def __init__(self, view: "TimelineView"):
        super().__init__()
        self._view = view
        self._rect = QRectF(0, 0, 1, 1)
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption, True)

    def set_rect(self, rect: QRectF) -> None:
        """The area the content covers (the whole scene)."""
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        self._view.paint_content(painter, option.exposedRect)


class TimelineView(QGraphicsView):
    """Zoom with the wheel, pan by dragging, click to select, drag a bar to reschedule it."""

    selection_requested = pyqtSignal(list, str)  # table rows, "replace" | "toggle" | "add"
    reschedule_requested = pyqtSignal(int, int)  # table row, days to move
    zoom_requested = pyqtSignal(int)  # table row
    form_requested = pyqtSignal(int)  # table row
    decision_requested = pyqtSignal(int, bool)  # table row, accept (True) or reject the proposed move
    time_clicked = pyqtSignal(int)  # day number
    view_changed = pyqtSignal()

    def __init__(self, model: TimelineModel, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.model = model
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.NoIndex)
        self._item = _TimelineItem(self)
        self.scene().addItem(self._item)
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)  # the pinned axis moves with every scroll
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.overlay = Overlay(today=today())
        self.can_edit: Callable[[int], bool] = lambda row: False
        self._origin, self._ppd = float(today() - MARGIN_DAYS), 2.0
        self._press: Optional[dict] = None
        self._rubber = QRubberBand(QRubberBand.Rectangle, self.viewport())
        self._placed = False
        self.empty_text = tr("No KIP is open: open or create one from the KIP toolbar.")
        self.horizontalScrollBar().valueChanged.connect(self.view_changed)

    # ---- mapping ----------------------------------------------------------------------

    def time_scale(self) -> TimeScale:
        """Days to scene x."""
        return TimeScale(self._origin, self._ppd)

    def painter(self) -> TimelinePainter:
        """A painter for the current layout and zoom."""
        return TimelinePainter(self.model, self.model.layout(), self.time_scale(), top=AXIS_HEIGHT)

    def visible_days(self) -> Tuple[float, float]:
        """First and last day in view."""
        left = self.mapToScene(QPoint(0, 0)).x()
        return self.time_scale().day(left), self.time_scale().day(left + self.viewport().width())

    def px_per_day(self) -> float:
        """The zoom: pixels per day."""
        return self._ppd

    def bar_rect_in_view(self, row: int) -> Optional[QRect]:
        """Where a work's bar is in viewport pixels (None when not shown)."""
        position = self.model.layout().position(row)
        if position is None:
            return None
        return self.mapFromScene(self.painter().bar_rect(position)).boundingRect()

    def reveal(self, row: int) -> None:
        """Scroll (without zooming) until a work's bar is in view."""
        position = self.model.layout().position(row)
        if position is not None:
            self.ensureVisible(self.painter().bar_rect(position), 80, int(AXIS_HEIGHT) + 12)

    def include(self, row: int) -> bool:
        """Widen the view, if needed, until a work's bar is in it, and scroll to it; False when it is not shown."""
        position = self.model.layout().position(row)
        if position is None:
            return False
        t = self.model.table
        start, end = int(t.start[row]), int(t.end[row])
        first, last = self.visible_days()
        if start < first or end + 1 > last:
            margin = max(7, (max(last, end + 1) - min(first, start)) // 40)
            self.show_days(min(first, start - margin), max(last, end + 1 + margin))
        self.reveal(row)
        return True

    # ---- zoom and scroll ---------------------------------------------------------------

    def show_days(self, first: float, last: float) -> None:
        """Zoom and scroll so that days ``first`` to ``last`` fill the width."""
        width = max(50, self.viewport().width())
        self._apply(width / max(1.0, last - first), first)

    def fit_all(self) -> None:
        """Show every work shown by the filters."""
        span = self.model.layout().span
        first, last = span if span is not None else (today(), today() + 365)
        margin = max(7, (last - first) // 40)
        self.show_days(first - margin, last + 1 + margin)

    def show_next_months(self, months: int = 12) -> None:
        """Show today and the months ahead."""
        self.show_days(today() - 7, today() + round(months * 30.44))

    def zoom(self, factor: float, anchor_x: Optional[float] = None) -> None:
        """Zoom in (factor > 1) or out around a viewport x (default: the middle)."""
        anchor_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        day = self.time_scale().day(self.mapToScene(QPoint(int(anchor_x), 0)).x())
        ppd = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, self._ppd * factor))
        self._apply(ppd, day - anchor_x / ppd)

    def _apply(self, ppd: float, left_day: float) -> None:
        self._ppd = min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, ppd))
        self._placed = True
        self._update_scene(left_day)

    def refresh(self) -> None:
        """Redraw after the model changed, keeping the days in view."""
        left_day = self.visible_days()[0] if self._placed else None
        if left_day is None and self.model.layout().span is not None:
            self._placed = True
            self.fit_all()
            return
        self._update_scene(left_day if left_day is not None else today() - 30)

    def _update_scene(self, left_day: float) -> None:
        layout = self.model.layout()
        span = layout.span or (today(), today())
        width_days = self.viewport().width() / self._ppd
        first = min(span[0], today(), left_day) - MARGIN_DAYS
        last = max(span[1], today(), left_day + width_days) + MARGIN_DAYS
        self._origin = float(first)
        height = max(AXIS_HEIGHT + layout.height + 24, self.viewport().height())
        rect = QRectF(0, 0, (last - first) * self._ppd, height)
        self._item.set_rect(rect)
        self.setSceneRect(rect)
        self.horizontalScrollBar().setValue(int(round(self.time_scale().x(left_day))))
        self.viewport().update()
        self.view_changed.emit()

    def set_cursor_range(self, cursor: Optional[Tuple[int, int]]) -> None:
        """The Temporal Controller's frame (first day, last day + 1), or None."""
        self.overlay.cursor = cursor
        self.viewport().update()

    # ---- painting ---------------------------------------------------------------------

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the scene content inside ``rect`` (scene coordinates)."""
        left = self.mapToScene(QPoint(0, 0)).x()
        self.painter().draw_content(painter, rect, self.overlay, pinned_left=left)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The axis and the group names, pinned to the view's top and left edges."""
        top_left = self.mapToScene(QPoint(0, 0))
        right = top_left.x() + self.viewport().width()
        tp = self.painter()
        tp.draw_group_labels(painter, top_left.x(), top_left.y() + AXIS_HEIGHT, top_left.y() + self.viewport().height())
        tp.draw_axis(painter, top_left.x(), right, top_left.y(), self.overlay)
        if not len(self.model.table):
            painter.setPen(QColor("#707070"))
            area = QRectF(top_left.x(), top_left.y() + AXIS_HEIGHT, self.viewport().width(), 80)
            painter.drawText(area, Qt.AlignCenter, self.empty_text)
        elif not len(self.model.layout().index):
            painter.setPen(QColor("#707070"))
            area = QRectF(top_left.x(), top_left.y() + AXIS_HEIGHT, self.viewport().width(), 80)
            painter.drawText(area, Qt.AlignCenter, tr("No works match the filters."))

    # ---- mouse ----------------------------------------------------------------------------

    def _hit(self, pos: QPoint):
        """What is under a viewport position: ('axis', day) | ('group', i) | ('bar', row) | ('empty', None)."""
        scene = self.mapToScene(pos)
        if pos.y() < AXIS_HEIGHT:
            return "axis", int(self.time_scale().day(scene.x()))
        tp = self.painter()
        group = tp.group_at(scene.y())
        if group is not None:
            return "group", group
        row = tp.bar_at(scene)
        return ("bar", row) if row is not None else ("empty", None)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        kind, value = self._hit(event.pos())
        self._press = {
            "kind": kind,
            "value": value,
            "pos": QPoint(event.pos()),
            "moved": False,
            "shift": 0,
            "h": self.horizontalScrollBar().value(),
            "v": self.verticalScrollBar().value(),
            "rubber": kind == "empty" and bool(event.modifiers() & Qt.ShiftModifier),
        }
        if kind == "axis":
            self.time_clicked.emit(value)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        press = self._press
        if press is None:
            return super().mouseMoveEvent(event)
        delta = event.pos() - press["pos"]
        if not press["moved"] and delta.manhattanLength() < DRAG_THRESHOLD:
            return
        press["moved"] = True
        if press["kind"] == "axis":
            self.time_clicked.emit(int(self.time_scale().day(self.mapToScene(event.pos()).x())))
        elif press["rubber"]:
            self._rubber.setGeometry(QRect(press["pos"], event.pos()).normalized())
            self._rubber.show()
        elif press["kind"] == "bar" and self.can_edit(press["value"]):
            self._drag_to(press, delta.x(), event.globalPos())
        else:
            self.viewport().setCursor(Qt.ClosedHandCursor)
            self.horizontalScrollBar().setValue(press["h"] - delta.x())
            self.verticalScrollBar().setValue(press["v"] - delta.y())

    def _drag_to(self, press: dict, dx: int, global_pos: QPoint) -> None:
        """Move the dragged bar by whole days, inside the work's flexibility window."""
        row = press["value"]
        low, high = self.model.shift_limits(row)
        wanted = int(round(dx / self._ppd))
        shift = min(high, max(low, wanted))
        press["shift"] = shift
        self.overlay.drag_row, self.overlay.drag_shift = row, shift
        self.viewport().setCursor(Qt.SizeHorCursor)
        t = self.model.table
        text = "{start} – {end}".format(
            start=format_day(int(t.start[row]) + shift), end=format_day(int(t.end[row]) + shift)
        )
        if shift != wanted:
            text += "\n" + (
                tr("This work has no flexibility.") if (low, high) == (0, 0) else tr("Limit of the flexibility window.")
            )
        QToolTip.showText(global_pos, text, self.viewport())
        self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:
        press, self._press = self._press, None
        self.viewport().unsetCursor()
        if press is None or event.button() != Qt.LeftButton:
            return super().mouseReleaseEvent(event)
        mode = "toggle" if event.modifiers() & Qt.ControlModifier else "replace"
        if press["rubber"] and press["moved"]:
            self._rubber.hide()
            area = self.mapToScene(self._rubber.geometry()).boundingRect()
            tp = self.painter()
            rows = [int(tp.layout.index[p]) for p in tp.positions_in(area).tolist() if tp.bar_rect(p).intersects(area)]
            self.selection_requested.emit(rows, "add")
        elif press["kind"] == "bar" and self.overlay.drag_row is not None:
            self.overlay.drag_row, self.overlay.drag_shift = None, 0
            QToolTip.hideText()
            if press["shift"]:
                self.reschedule_requested.emit(press["value"], press["shift"])
            self.viewport().update()
        elif not press["moved"]:
            if press["kind"] == "bar":
                self.selection_requested.emit([press["value"]], mode)
            elif press["kind"] == "group":
                group = self.model.layout().groups[press["value"]]
                self.model.set_collapsed(group.key, not group.collapsed)
                self.refresh()
            elif press["kind"] == "empty" and mode == "replace":
                self.selection_requested.emit([], "replace")

    def mouseDoubleClickEvent(self, event) -> None:
        kind, value = self._hit(event.pos())
        if kind == "bar":
            self.zoom_requested.emit(value)
        event.accept()

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            # Shift+wheel and sideways scrolling move through rows and time instead of zooming.
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
        elif delta.y():
            self.zoom(1.25 ** (delta.y() / 120.0), event.pos().x())
        event.accept()

    def resizeEvent(self, event) -> None:
        left = self.visible_days()[0] if self._placed else None
        super().resizeEvent(event)
        if left is not None:
            self._update_scene(left)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.ToolTip and self._press is None:
            kind, value = self._hit(event.pos())
            if kind == "bar":
                QToolTip.showText(event.globalPos(), work_tooltip(self.model, value), self.viewport())
            elif kind == "axis":
                QToolTip.showText(event.globalPos(), tr("Click to move the Temporal Controller here."), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:
        kind, value = self._hit(event.pos())
        menu = QMenu(self)
        if kind == "bar":
            menu.addAction(tr("Zoom map to this work"), lambda: self.zoom_requested.emit(value))
            menu.addAction(tr("Open the form of this work"), lambda: self.form_requested.emit(value))
            if self.model.proposals.reason(self.model.table.work_id[value]):
                menu.addSeparator()
                menu.addAction(tr("Accept the proposed move"), lambda: self.decision_requested.emit(value, True))
                menu.addAction(tr("Reject the proposed move"), lambda: self.decision_requested.emit(value, False))
            menu.addSeparator()
        menu.addAction(tr("Expand all groups"), lambda: self._collapse_all(False))
        menu.addAction(tr("Collapse all groups"), lambda: self._collapse_all(True))
        menu.exec_(event.globalPos())

    def _collapse_all(self, collapsed: bool) -> None:
        self.model.set_all_collapsed(collapsed)
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(900, 320)
