"""Painting the timeline on any QPainter: the dock's view, a PNG, an SVG, a council layout.

One painter for all of them, so that an export looks exactly like the dock.
Only what lies in the rectangle being painted is drawn: the bars are found by
binary search on their y and a vectorised test on their x.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
from qgis.PyQt.QtCore import QLineF, QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

from ..core import schema as S
from ..i18n import tr
from ..timeline.drawing import ATTENTION_COLOUR, CONFLICT_COLOUR, CURSOR_COLOUR, LINK_COLOUR, TODAY_COLOUR
from ..timeline.axis import TimeScale, ticks
from .timeline_columns import NO_DATE
from .timeline_model import Layout, TimelineModel
from .timeline_proposals import draw_proposals

AXIS_HEIGHT = 40.0


@dataclass
class Overlay:
    """What is drawn over the works: today, the Temporal Controller's frame, a bar being dragged."""

    today: Optional[int] = None
    cursor: Optional[Tuple[int, int]] = None  # first day, last day + 1
    drag_row: Optional[int] = None
    drag_shift: int = 0
    selection_colour: QColor = field(default_factory=lambda: QColor(255, 214, 0))


def _luminance(colour: QColor) -> float:
    return 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()


class TimelinePainter:
    """Draws a model's layout with a time scale; content y starts at ``top``."""

    def __init__(self, model: TimelineModel, layout: Layout, scale: TimeScale, top: float = AXIS_HEIGHT):
        self.model, self.layout, self.scale, self.top = model, layout, scale, top
        self.font = QFont()
        self.font.setPointSizeF(8.0)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.font)
        self.bar_height = max(2.0, layout.lane_height - 6.0)
        self._colours: Dict[str, QColor] = {}
        self._styles: Dict[tuple, tuple] = {}

    def colour(self, owner: str) -> QColor:
        """The party's colour."""
        if owner not in self._colours:
            self._colours[owner] = QColor(self.model.party(owner).colour)
        return self._colours[owner]

    # ---- geometry ----------------------------------------------------------------------

    def bar_rect(self, position: int, shift: int = 0) -> QRectF:
        """Where the bar at a layout position is drawn (the planned period)."""
        t, lay, row = self.model.table, self.layout, int(self.layout.index[position])
        start, end = int(t.start[row]), int(t.end[row])
        if start == NO_DATE or end == NO_DATE:
            start = end = start if end == NO_DATE else end
        if end < start:
            start, end = end, start
        x0 = self.scale.x(start + shift) if start != NO_DATE else 0.0
        x1 = self.scale.x(end + 1 + shift) if end != NO_DATE else 0.0
        if x1 - x0 < 3:
            x0, x1 = (x0 + x1) / 2 - 1.5, (x0 + x1) / 2 + 1.5
        y = self.top + float(lay.y[position])
        if lay.thin[position]:
            return QRectF(x0, y + lay.header_height - 6, x1 - x0, 3)
        return QRectF(x0, y + (lay.lane_height - self.bar_height) / 2, x1 - x0, self.bar_height)

    def positions_in(self, rect: QRectF) -> np.ndarray:
        """Layout positions of the bars that may show in ``rect``."""
        lay, t = self.layout, self.model.table
        if not len(lay.index):
            return np.zeros(0, np.int64)
        lo = np.searchsorted(lay.y, rect.top() - self.top - lay.header_height, "left")
        hi = np.searchsorted(lay.y, rect.bottom() - self.top, "right")
        pos = np.arange(lo, hi)
        rows = lay.index[pos]
        x0 = self.scale.xs(t.win_start[rows].astype(float))
        x1 = self.scale.xs(t.win_end[rows].astype(float) + 1)
        keep = ((x1 >= rect.left() - 2) & (x0 <= rect.right() + 2)) | t.bad[rows]
        return pos[keep]

    # ---- content -------------------------------------------------------------------------

    def draw_content(self, p: QPainter, rect: QRectF, overlay: Overlay, pinned_left: float) -> None:
        """Grid, group bands, bars, links, today and the cursor inside ``rect``."""
        p.save()
        p.setFont(self.font)
        self._draw_grid(p, rect)
        self._draw_groups(p, rect)
        positions = self.positions_in(rect)
        t = self.model.table
        rows = self.layout.index[positions]
        odd = t.bad[rows]
        for position, row in zip(positions[odd].tolist(), rows[odd].tolist()):
            self._draw_attention(p, position, row, pinned_left)
        self._draw_bars(p, positions[~odd], overlay)
        draw_proposals(self, p, positions[~odd])
        self._draw_links(p, rect)
        self._draw_lines(p, rect, overlay)
        p.restore()

    def _draw_bars(self, p: QPainter, positions: np.ndarray, overlay: Overlay) -> None:
        """The bars at these layout positions; geometry is worked out for all of them at once."""
        if not len(positions):
            return
        t, lay, xs = self.model.table, self.layout, self.scale.xs
        rows = lay.index[positions]
        shift = np.where(rows == overlay.drag_row, overlay.drag_shift, 0) if overlay.drag_row is not None else 0
        x0, x1 = xs((t.start[rows] + shift).astype(float)), xs((t.end[rows] + 1 + shift).astype(float))
        narrow = x1 - x0 < 3
        mid = (x0 + x1) / 2
        x0, x1 = np.where(narrow, mid - 1.5, x0), np.where(narrow, mid + 1.5, x1)
        thin = lay.thin[positions]
        top = self.top + lay.y[positions]
        y = np.where(thin, top + lay.header_height - 6, top + (lay.lane_height - self.bar_height) / 2)
        h = np.where(thin, 3.0, self.bar_height)
        flexible = ~thin & ((t.win_start[rows] < t.start[rows]) | (t.win_end[rows] > t.end[rows]))
        wx0, wx1 = xs(t.win_start[rows].astype(float)), xs((t.win_end[rows] + 1).astype(float))
        selected, conflict = self.model.selected()[rows], self.model.in_conflict()[rows]
        labels = ~thin & (x1 - x0 > 36) & (self.bar_height >= 9)
        for i, row in enumerate(rows.tolist()):
            bar = QRectF(x0[i], y[i], x1[i] - x0[i], h[i])
            owner, status = t.owner[row], t.status[row]
            colour = self.colour(owner)
            if flexible[i]:
                self._draw_flexibility(p, bar, float(wx0[i]), float(wx1[i]), colour)
            if row == overlay.drag_row and overlay.drag_shift:
                p.setPen(QPen(colour.darker(150), 1, Qt.DashLine))
                p.setBrush(Qt.NoBrush)
                p.drawRect(bar.translated(-overlay.drag_shift * self.scale.px_per_day, 0))
            if selected[i]:
                p.setPen(Qt.NoPen)
                p.setBrush(overlay.selection_colour)
                p.drawRoundedRect(bar.adjusted(-3, -3, 3, 3), 3, 3)
            under, brush, pen, text_colour = self._style(owner, status, bool(conflict[i]), bool(thin[i]))
            if under is not None:
                p.setPen(Qt.NoPen)
                p.setBrush(under)
                p.drawRect(bar)
            p.setPen(pen)
            p.setBrush(brush)
            p.drawRect(bar)
            if status == S.STATUS_CANCELLED:
                p.drawLine(QLineF(bar.left(), bar.center().y(), bar.right(), bar.center().y()))
            if labels[i]:
                p.setPen(text_colour)
                text = self.metrics.elidedText(t.title[row] or t.work_id[row], Qt.ElideRight, int(bar.width() - 6))
                p.drawText(bar.adjusted(3, 0, -3, 0), Qt.AlignVCenter | Qt.AlignLeft, text)

    def _style(
        self, owner: str, status: str, conflict: bool, thin: bool
    ) -> Tuple[Optional[QBrush], QBrush, QPen, QColor]:
        """How a bar looks: the party's colour, drawn by status (hatched for an idea), red when in conflict."""
        key = (owner, status, conflict, thin)
        if key not in self._styles:
            colour = self.colour(owner)
            fill, under = QColor(colour), None
            brush = QBrush(fill)
            pen = QPen(colour.darker(150), 1)
            if status == S.STATUS_IDEA:
                light = QColor(colour)
                light.setAlpha(45)
                under, brush = QBrush(light), QBrush(colour, Qt.BDiagPattern)
                pen.setStyle(Qt.DashLine)
            elif status == S.STATUS_DONE:
                fill.setAlpha(90)
                brush = QBrush(fill)
                pen.setColor(QColor(colour.red(), colour.green(), colour.blue(), 140))
            elif status == S.STATUS_CANCELLED:
                brush = QBrush(Qt.NoBrush)
                pen.setStyle(Qt.DotLine)
            elif status == S.STATUS_EXECUTION:
                pen = QPen(colour.darker(190), 1.6)
            if conflict:
                pen = QPen(CONFLICT_COLOUR, 1.0 if thin else 2.0)
            text = QColor("#111111")
            if status not in (S.STATUS_IDEA, *S.INACTIVE_STATUSES) and _luminance(colour) < 0.55:
                text = QColor("white")
            self._styles[key] = (under, brush, pen, text)
        return self._styles[key]

    def _draw_grid(self, p: QPainter, rect: QRectF) -> None:
        first, last = int(self.scale.day(rect.left())) - 1, int(self.scale.day(rect.right())) + 1
        marks = ticks(first, last, self.scale.px_per_day)
        p.setPen(QPen(QColor("#efefef"), 1))
        for day, _end, _label in marks.lower:
            x = round(self.scale.x(day)) + 0.5
            p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
        p.setPen(QPen(QColor("#d4d4d4"), 1))
        for day, _end, _label in marks.upper:
            x = round(self.scale.x(day)) + 0.5
            p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))

    def _draw_groups(self, p: QPainter, rect: QRectF) -> None:
        for group in self.layout.groups:
            y = self.top + group.y
            if y > rect.bottom() or y + group.height < rect.top():
                continue
            band = QRectF(rect.left(), y, rect.width(), self.layout.header_height)
            p.fillRect(band, QColor("#fdecea") if group.attention else QColor(245, 245, 245, 230))
            p.setPen(QPen(QColor("#dcdcdc"), 1))
            p.drawLine(QLineF(rect.left(), y + 0.5, rect.right(), y + 0.5))

    def _draw_flexibility(self, p: QPainter, bar: QRectF, x0: float, x1: float, colour: QColor) -> None:
        """The window the work may move in (x0 to x1): a light band with whiskers at its ends."""
        mid = bar.center().y()
        light = QColor(colour)
        light.setAlpha(70)
        h = bar.height() * 0.45
        p.fillRect(QRectF(x0, mid - h / 2, x1 - x0, h), light)
        p.setPen(QPen(colour.darker(130), 1))
        p.drawLine(QLineF(x0, mid, bar.left(), mid))
        p.drawLine(QLineF(bar.right(), mid, x1, mid))
        tick = bar.height() * 0.4
        p.drawLine(QLineF(x0, mid - tick, x0, mid + tick))
        p.drawLine(QLineF(x1, mid - tick, x1, mid + tick))

    def _draw_attention(self, p: QPainter, position: int, row: int, pinned_left: float) -> None:
        """A work the timeline cannot place properly, with the reason next to it."""
        t = self.model.table
        y = self.top + float(self.layout.y[position])
        if self.layout.thin[position]:
            return
        mid = y + self.layout.lane_height / 2
        start, end = int(t.start[row]), int(t.end[row])
        p.setPen(QPen(ATTENTION_COLOUR, 1.2, Qt.DashLine))
        if start != NO_DATE and end != NO_DATE:
            bar = self.bar_rect(position)
            p.setBrush(QBrush(QColor(198, 40, 40, 90), Qt.FDiagPattern if end < start else Qt.SolidPattern))
            p.drawRect(bar)
            if self.model.selected()[row]:
                p.setPen(QPen(QColor(255, 214, 0), 3))
                p.drawRect(bar.adjusted(-2, -2, 2, 2))
            anchor = bar.right() + 4
        elif start != NO_DATE or end != NO_DATE:
            x = self.scale.x(start if start != NO_DATE else end)
            r = self.bar_height / 2
            p.setBrush(QColor(198, 40, 40, 160))
            p.drawPolygon(
                QPolygonF([QPointF(x, mid - r), QPointF(x + r, mid), QPointF(x, mid + r), QPointF(x - r, mid)])
            )
            anchor = x + r + 4
        else:
            anchor = pinned_left + 8
        text = "{title} — {reasons}".format(
            title=t.title[row] or t.work_id[row], reasons=", ".join(self.model.problems(row))
        )
        p.setPen(ATTENTION_COLOUR.darker(120))
        p.drawText(QRectF(anchor, y, 2000, self.layout.lane_height), Qt.AlignVCenter | Qt.AlignLeft, text)

    def _draw_links(self, p: QPainter, rect: QRectF) -> None:
        """Works of one combination, joined by a line at the time they can all be done together."""
        t, lay = self.model.table, self.layout
        selected = self.model.selected()
        for members in lay.combinations:
            ys = self.top + lay.y[members] + lay.lane_height / 2
            if ys[-1] < rect.top() or ys[0] > rect.bottom():
                continue
            rows = lay.index[members]
            first, last = int(t.win_start[rows].max()), int(t.win_end[rows].min())
            if first > last:  # no common window (results of other data): the middle of the bars
                first = last = int((t.start[rows].mean() + t.end[rows].mean()) / 2)
            x = self.scale.x((first + last + 1) / 2)
            strong = bool(selected[rows].any())
            colour = LINK_COLOUR if strong else QColor(40, 40, 40, 75)
            p.setPen(QPen(colour, 2.0 if strong else 1.0, Qt.DashLine))
            p.drawLine(QLineF(x, ys[0], x, ys[-1]))
            p.setPen(QPen(colour, 1.0))
            p.setBrush(colour)
            for position, y in zip(members.tolist(), ys.tolist()):
                bar = self.bar_rect(position)
                if x < bar.left() or x > bar.right():  # a work that needs a shift to join
                    p.drawLine(QLineF(x, y, bar.left() if x < bar.left() else bar.right(), y))
                p.drawEllipse(QPointF(x, y), 2.5, 2.5)

    def _draw_lines(self, p: QPainter, rect: QRectF, overlay: Overlay) -> None:
        if overlay.cursor is not None:
            x0, x1 = self.scale.x(overlay.cursor[0]), self.scale.x(overlay.cursor[1])
            band = QColor(CURSOR_COLOUR)
            band.setAlpha(28)
            p.fillRect(QRectF(x0, rect.top(), max(1.0, x1 - x0), rect.height()), band)
            p.setPen(QPen(CURSOR_COLOUR, 1.5))
            p.drawLine(QLineF(x0, rect.top(), x0, rect.bottom()))
        if overlay.today is not None:
            x = self.scale.x(overlay.today) + self.scale.px_per_day / 2
            p.setPen(QPen(TODAY_COLOUR, 1.5, Qt.DashLine))
            p.drawLine(QLineF(x, rect.top(), x, rect.bottom()))

    # ---- pinned parts: the axis and the group labels --------------------------------------

    def axis_labels(
        self, left: float, right: float, y: float, avoid: Optional[QRectF] = None
    ) -> List[Tuple[QRectF, str, QFont]]:
        """Where the axis writes its labels (years or months above, months or days below), in view.

        A label that would run under ``avoid`` (the "Today" badge) moves right past it, when its
        period leaves room there.
        """
        first, last = int(self.scale.day(left)) - 1, int(self.scale.day(right)) + 1
        marks = ticks(first, last, self.scale.px_per_day)
        row = AXIS_HEIGHT / 2 - 1
        labels = []
        for band_y, spans, font in ((y, marks.upper, self.bold), (y + row, marks.lower, self.font)):
            metrics = QFontMetrics(font)
            for start, end, label in spans:
                x0, x1 = self.scale.x(start), self.scale.x(end)
                # Labels stick to the left edge while their period is partly scrolled out of view.
                text_left = max(x0, left) + 4
                width = min(x1, right) - text_left - 2
                if width < metrics.horizontalAdvance(label) * 0.6:
                    continue
                text = metrics.elidedText(label, Qt.ElideRight, int(width))
                rect = QRectF(text_left, band_y, metrics.horizontalAdvance(text), row)
                if avoid is not None and rect.intersects(avoid):
                    moved = QRectF(rect)
                    moved.moveLeft(avoid.right() + 4)
                    if moved.right() <= min(x1, right) - 2:
                        rect = moved
                labels.append((rect, text, font))
        return labels

    def today_badge(self, day: int, left: float, right: float, y: float):
        """Where the "Today" badge for ``day`` goes, beside its line and clear of the axis labels, with the labels.

        Returns (badge or None when it fits nowhere, the labels as they are then placed).
        """
        x = self.scale.x(day) + self.scale.px_per_day / 2
        if left <= x <= right:
            width = self.metrics.horizontalAdvance(tr("Today")) + 8
            row = AXIS_HEIGHT / 2 - 1
            for top in (y + 3, y + row + 3):
                for badge in (QRectF(x + 3, top, width, 13), QRectF(x - 3 - width, top, width, 13)):
                    if badge.left() < left or badge.right() > right:
                        continue
                    labels = self.axis_labels(left, right, y, avoid=badge)
                    if not any(badge.intersects(rect) for rect, _text, _font in labels):
                        return badge, labels
        return None, self.axis_labels(left, right, y)

    def draw_axis(self, p: QPainter, left: float, right: float, y: float, overlay: Overlay) -> None:
        """The time axis as a band of AXIS_HEIGHT at ``y`` from x ``left`` to ``right``."""
        p.save()
        p.fillRect(QRectF(left, y, right - left, AXIS_HEIGHT), QColor("white"))
        if overlay.cursor is not None:
            x0, x1 = self.scale.x(overlay.cursor[0]), self.scale.x(overlay.cursor[1])
            band = QColor(CURSOR_COLOUR)
            band.setAlpha(50)
            p.fillRect(QRectF(x0, y, max(2.0, x1 - x0), AXIS_HEIGHT), band)
        first, last = int(self.scale.day(left)) - 1, int(self.scale.day(right)) + 1
        marks = ticks(first, last, self.scale.px_per_day)
        row = AXIS_HEIGHT / 2 - 1
        p.setPen(QPen(QColor("#b8b8b8"), 1))
        for band_y, spans in ((y, marks.upper), (y + row, marks.lower)):
            for start, _end, _label in spans:
                x0 = round(self.scale.x(start)) + 0.5
                p.drawLine(QLineF(x0, band_y + 3, x0, band_y + row))
        badge, labels = None, self.axis_labels(left, right, y)
        if overlay.today is not None:
            badge, labels = self.today_badge(overlay.today, left, right, y)
        p.setPen(QColor("#303030"))
        for rect, text, font in labels:
            p.setFont(font)
            p.drawText(rect.adjusted(0, 0, 4, 0), Qt.AlignVCenter | Qt.AlignLeft, text)
        p.setPen(QPen(QColor("#9e9e9e"), 1))
        p.drawLine(QLineF(left, y + AXIS_HEIGHT - 0.5, right, y + AXIS_HEIGHT - 0.5))
        if overlay.today is not None:
            x = self.scale.x(overlay.today) + self.scale.px_per_day / 2
            p.setPen(Qt.NoPen)
            p.setBrush(TODAY_COLOUR)
            if badge is not None:
                p.drawRoundedRect(badge, 5, 5)
                p.setFont(self.font)
                p.setPen(QColor("white"))
                p.drawText(badge, Qt.AlignCenter, tr("Today"))
            elif left <= x <= right:  # no room for the word: a small mark on the line
                p.drawPolygon(QPolygonF([QPointF(x - 4, y + AXIS_HEIGHT), QPointF(x + 4, y + AXIS_HEIGHT),
                                         QPointF(x, y + AXIS_HEIGHT - 6)]))
        if overlay.cursor is not None:
            x = self.scale.x(overlay.cursor[0])
            p.setPen(Qt.NoPen)
            p.setBrush(CURSOR_COLOUR)
            p.drawPolygon(QPolygonF([QPointF(x - 5, y), QPointF(x + 5, y), QPointF(x, y + 7)]))
        p.restore()

    def draw_group_labels(self, p: QPainter, left: float, top: float, bottom: float) -> None:
        """Each group's name and count, kept at the left edge of the view."""
        p.save()
        p.setFont(self.bold)
        metrics = QFontMetrics(self.bold)
        head = self.layout.header_height
        for group in self.layout.groups:
            y = self.top + group.y
            if y + group.height < top or y > bottom:
                continue
            if y < top:  # the name stays in view as long as some of the group's rows do
                y = min(top, y + group.height - head)
            label = "{label} ({n})".format(label=group.label, n=group.count)
            width = metrics.horizontalAdvance(label) + 34
            box = QRectF(left + 2, y + 2, width, head - 4)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(255, 255, 255, 225))
            p.drawRoundedRect(box, 4, 4)
            arrow_x, mid = left + 10, y + head / 2
            p.setBrush(QColor("#606060"))
            if group.collapsed:
                arrow = [QPointF(arrow_x - 3, mid - 4), QPointF(arrow_x + 3, mid), QPointF(arrow_x - 3, mid + 4)]
            else:
                arrow = [QPointF(arrow_x - 4, mid - 2), QPointF(arrow_x + 4, mid - 2), QPointF(arrow_x, mid + 3)]
            p.drawPolygon(QPolygonF(arrow))
            p.setBrush(QColor(group.colour))
            p.drawRect(QRectF(left + 17, mid - 5, 10, 10))
            p.setPen(ATTENTION_COLOUR if group.attention else QColor("#202020"))
            p.drawText(QRectF(left + 31, y, width, head), Qt.AlignVCenter | Qt.AlignLeft, label)
        p.restore()

    def group_at(self, y: float) -> Optional[int]:
        """Index of the group whose header is at content ``y``."""
        for i, group in enumerate(self.layout.groups):
            top = self.top + group.y
            if top <= y < top + self.layout.header_height:
                return i
        return None

    def bar_at(self, point: QPointF) -> Optional[int]:
        """Table row of the bar under ``point`` (the topmost), or None."""
        area = QRectF(point.x() - 3, point.y() - 1, 6, 2)
        hits = [pos for pos in self.positions_in(area).tolist() if self._hit(pos, point)]
        return int(self.layout.index[hits[-1]]) if hits else None

    def _hit(self, position: int, point: QPointF) -> bool:
        row = int(self.layout.index[position])
        if self.model.table.bad[row] and not self.layout.thin[position]:
            y = self.top + float(self.layout.y[position])
            return y <= point.y() < y + self.layout.lane_height
        return self.bar_rect(position).adjusted(-2, -2, 2, 2).contains(point)
