"""A district's timeline for print, as SVG: one row per party, its works packed into lanes.

It speaks the timeline dock's visual language (party colours, dashed ideas, flexibility
whiskers, red conflicts, dashed combination links, the orange "today" line) but is laid
out for a chart a few centimetres high: party names beside the rows instead of header
rows, and lanes that shrink until every work fits. One function with plain inputs, so
another drawing can take its place without changes elsewhere.
"""
from __future__ import annotations

import datetime as _dt
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.PyQt.QtCore import QBuffer, QIODevice, QLineF, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from qgis.PyQt.QtSvg import QSvgGenerator

from ..core import schema as S
from ..core.works import to_date, to_days
from ..timeline.axis import ticks
from ..timeline.drawing import CONFLICT_COLOUR, TODAY_COLOUR, pack_lanes
from ..i18n import tr
from .common import Period, locale
from .works_data import Work

MM = 10.0  # drawing units per millimetre of paper
TEXT_PT = 9.0  # text size on A3
TEXT = QColor("#303030")
FONT = "DejaVu Sans"


def _font(size_pt: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    return font


def _window(work: Work) -> Tuple[_dt.date, _dt.date]:
    """The days a work may take: its flexibility window, at least its planned period."""
    return min(work.earliest or work.start, work.start), max(work.latest or work.end, work.end)


def _lanes(works: Sequence[Work]) -> List[List[Work]]:
    """Works packed into lanes as on the dock's timeline, so that no two windows in a lane overlap."""
    ordered = sorted(works, key=lambda w: (_window(w)[0], w.start))
    starts = np.array([_window(w)[0].toordinal() for w in ordered], dtype=np.int64)
    ends = np.array([_window(w)[1].toordinal() for w in ordered], dtype=np.int64)
    lane_of = pack_lanes(starts, ends, gap=0)
    lanes: List[List[Work]] = [[] for _ in range(int(lane_of.max(initial=-1)) + 1)]
    for work, lane in zip(ordered, lane_of.tolist()):
        lanes[lane].append(work)
    return lanes


def timeline_svg(
    works: Sequence[Work],
    parties: Dict[str, S.Party],
    period: Period,
    size_mm: Tuple[float, float],
    font_scale: float = 1.0,
    today: Optional[_dt.date] = None,
) -> bytes:
    """The chart of ``works`` over ``period`` as SVG, for a frame of ``size_mm`` on paper."""
    width, height = size_mm[0] * MM, size_mm[1] * MM
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(int(25.4 * MM))  # point sizes come out right on paper
    generator.setSize(QSize(int(width), int(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(tr("Timeline"))
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.Antialiasing)
    try:
        _Chart(painter, parties, period, width, height, font_scale, today or _dt.date.today()).draw(works)
    finally:
        painter.end()
    return bytes(buffer.data())


class _Chart:
    """Draws one chart; sizes in drawing units (MM per millimetre)."""

    def __init__(self, painter: QPainter, parties, period: Period, width: float, height: float, scale: float, today):
        self.p, self.parties, self.period, self.today = painter, parties, period, today
        self.scale = scale
        self.width, self.height = width, height
        # The smallest text of the page: 9 pt on A3, 8 pt on A4 (``scale``).
        self.small, self.bold = _font(TEXT_PT * scale), _font(TEXT_PT * scale, bold=True)
        self.metrics = QFontMetricsF(self.small, painter.device())
        self.line = self.metrics.height()
        self.days = (period.end - period.start).days + 1
        self.plot = QRectF()

    def x(self, day: _dt.date) -> float:
        """Horizontal position of the start of ``day``, clamped to the period."""
        day = min(max(day, self.period.start), self.period.end + _dt.timedelta(days=1))
        return self.plot.left() + self.plot.width() * (day - self.period.start).days / self.days

    def name(self, code: str) -> str:
        """The party's name, or its code when unknown."""
        return self.parties[code].name if code in self.parties else code

    def draw(self, works: Sequence[Work]) -> None:
        """The whole chart, or a note when there are no works."""
        if not works:
            self.p.setFont(_font(9))
            self.p.setPen(TEXT)
            text = tr("No works planned in this period.")
            self.p.drawText(QRectF(0, 0, self.width, self.height), Qt.AlignCenter, text)
            return
        by_party: Dict[str, List[Work]] = {}
        for work in works:
            by_party.setdefault(work.owner, []).append(work)
        order = [c for c in self.parties if c in by_party] + sorted(c for c in by_party if c not in self.parties)
        rows = [(code, _lanes(by_party[code])) for code in order]
        label_width = min(self.width * 0.3, max(self.metrics.horizontalAdvance(self.name(c)) for c in order) + 2 * MM)
        top = 2 * self.line + 1.5 * MM
        key_lines = self._key_lines(self.width)
        available = self.height - top - key_lines * self.line - 2.5 * MM  # the key goes below
        gap = 0.8 * MM
        lane = self._lane_height(rows, available, gap, label_width)
        heights = [self._row_height(packed, lane, gap, label_width, code) for code, packed in rows]
        self.plot = QRectF(label_width, top, self.width - label_width - 1 * MM, sum(heights))
        placed = self._rows(rows, heights, lane, gap, label_width)
        self._axis()
        centres: Dict[str, List[QPointF]] = {}
        for y, code, packed in placed:
            colour = QColor(self.parties[code].colour if code in self.parties else S.UNKNOWN_PARTY_COLOUR)
            for number, lane_works in enumerate(packed):
                for work in lane_works:
                    box = QRectF(self.x(work.start), y + gap / 2 + number * lane + lane * 0.12, 0, lane * 0.76)
                    box.setRight(max(self.x(work.end + _dt.timedelta(days=1)), box.left() + 0.6 * MM))
                    self._bar(box, colour, work)
                    if work.combination:
                        centres.setdefault(work.combination, []).append(box.center())
        self._links(centres)
        self._today()
        self._key(QRectF(0, self.plot.bottom() + 1.2 * MM, self.width, self.line))

    def _name_lines(self, code: str, label_width: float) -> int:
        """Lines a party's name takes beside its row (a long name wraps, it is never cut)."""
        box = self.metrics.boundingRect(QRectF(0, 0, label_width - 1.5 * MM, 100 * MM), Qt.TextWordWrap,
                                        self.name(code))
        return max(1, round(box.height() / self.line))

    def _row_height(self, packed, lane: float, gap: float, label_width: float, code: str) -> float:
        """A party's row: its lanes, and at least room for its name."""
        return max(len(packed) * lane + gap, self._name_lines(code, label_width) * self.line + 0.4 * MM)

    def _lane_height(self, rows, available: float, gap: float, label_width: float) -> float:
        """The lane height that fits every row in ``available``, never more than 3.2 mm nor less than 0.4 mm."""
        lane = 3.2 * MM
        while lane > 0.4 * MM and sum(self._row_height(p, lane, gap, label_width, c) for c, p in rows) > available:
            lane *= 0.9
        return max(lane, 0.4 * MM)

    def _rows(self, rows, heights, lane: float, gap: float, label_width: float):
        """Shaded rows with the party names; returns (top, party, lanes) per row."""
        y, placed = self.plot.top(), []
        for number, ((code, packed), row_height) in enumerate(zip(rows, heights)):
            if number % 2 == 0:
                self.p.fillRect(QRectF(0, y, self.plot.right(), row_height), QColor("#f4f6f8"))
            self.p.setFont(self.small)
            self.p.setPen(TEXT)
            self.p.drawText(QRectF(0.5 * MM, y, label_width - 1.5 * MM, row_height),
                            Qt.AlignVCenter | Qt.AlignLeft | Qt.TextWordWrap, self.name(code))
            # The lanes sit in the middle of a row made taller for its name.
            placed.append((y + (row_height - len(packed) * lane - gap) / 2, code, packed))
            y += row_height
        return placed

    def _axis(self) -> None:
        """Grid lines and labels as on the dock's timeline (the finest unit whose labels fit), and a frame."""
        p, plot = self.p, self.plot
        first = int(to_days([self.period.start])[0])
        # The paper's millimetres as a screen's pixels at 96 dpi, for the text size of this page.
        px_per_day = plot.width() / MM / self.days * 96 / 25.4 / self.scale
        shown = ticks(first, first + self.days - 1, px_per_day, locale())
        strong = {start for start, _end, _label in shown.upper}
        for start, _end, _label in shown.lower:
            if first < start < first + self.days:
                x = self.x(to_date(start))
                p.setPen(QPen(QColor("#9a9a9a" if start in strong else "#d9d9d9"), (0.25 if start in strong else 0.12) * MM))
                p.drawLine(QLineF(x, plot.top() - self.line * 0.9, x, plot.bottom()))
        p.setPen(TEXT)
        for spans, font, top in ((shown.lower, self.small, plot.top() - self.line * 1.05),
                                 (shown.upper, self.bold, plot.top() - 2 * self.line - 0.3 * MM)):
            p.setFont(font)
            metrics = QFontMetricsF(font, p.device())
            for start, end, label in spans:
                x = self.x(to_date(max(start, first)))
                room = self.x(to_date(end)) - x
                if room < metrics.horizontalAdvance(label) + 0.8 * MM:
                    continue  # a sliver of a month or year at the edge: its label would run into the next
                p.drawText(QRectF(x + 0.4 * MM, top, room, self.line), Qt.AlignVCenter, label)
        p.setPen(QPen(QColor("#9a9a9a"), 0.2 * MM))
        p.setBrush(Qt.NoBrush)
        p.drawRect(plot)

    def _bar(self, box: QRectF, colour: QColor, work: Work) -> None:
        """A work's bar, with its flexibility as a light band and whiskers."""
        p = self.p
        first, last = _window(work)
        if first < work.start or last > work.end:
            x0, x1, mid = self.x(first), self.x(last + _dt.timedelta(days=1)), box.center().y()
            light = QColor(colour)
            light.setAlpha(70)
            p.fillRect(QRectF(x0, mid - box.height() * 0.22, x1 - x0, box.height() * 0.45), light)
            p.setPen(QPen(colour.darker(130), 0.12 * MM))
            for x in (x0, x1):
                p.drawLine(QLineF(x, mid - box.height() * 0.35, x, mid + box.height() * 0.35))
        fill, pen = QColor(colour), QPen(colour.darker(150), 0.12 * MM)
        if work.status == S.STATUS_IDEA:
            fill.setAlpha(60)
            pen.setStyle(Qt.DashLine)
        elif work.status == S.STATUS_EXECUTION:
            pen = QPen(colour.darker(190), 0.25 * MM)
        if work.conflicts:
            pen = QPen(CONFLICT_COLOUR, 0.4 * MM)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRect(box)

    def _links(self, centres: Dict[str, List[QPointF]]) -> None:
        """Works of one combination joined by a dashed line, as in the timeline dock."""
        self.p.setPen(QPen(QColor(60, 60, 60, 170), 0.15 * MM, Qt.DashLine))
        for points in centres.values():
            for a, b in zip(points, points[1:]):
                self.p.drawLine(QLineF(a, b))

    def _today(self) -> None:
        if self.period.overlaps(self.today, self.today):
            self.p.setPen(QPen(TODAY_COLOUR, 0.25 * MM, Qt.DashLine))
            x = self.x(self.today)
            self.p.drawLine(QLineF(x, self.plot.top(), x, self.plot.bottom()))

    def _key_entries(self):
        entries = [(S.STATUS_PLANNED, tr("Planned")), (S.STATUS_IDEA, tr("Idea")), ("flexibility", tr("Flexibility")),
                   ("conflict", tr("Conflict")), ("combination", tr("Combination"))]
        if self.period.overlaps(self.today, self.today):
            entries.append(("today", tr("Today")))
        return entries

    def _entry_width(self, text: str) -> float:
        return self.line * 0.7 * 1.6 + 0.8 * MM + self.metrics.horizontalAdvance(text) + 3 * MM

    def _key_lines(self, width: float) -> int:
        """Lines the key takes in ``width``: it wraps rather than running off the chart."""
        lines, x = 1, 0.0
        for _kind, text in self._key_entries():
            if x and x + self._entry_width(text) > width:
                lines, x = lines + 1, 0.0
            x += self._entry_width(text)
        return lines

    def _key(self, rect: QRectF) -> None:
        """The bars explained, with the dock's words, on as many lines as the chart's width needs."""
        p, swatch, x = self.p, rect.height() * 0.7, rect.left()
        p.setFont(self.small)
        grey = QColor("#607d8b")
        for kind, text in self._key_entries():
            if x > rect.left() and x + self._entry_width(text) > rect.right():
                x, rect = rect.left(), rect.translated(0, self.line)
            box = QRectF(x, rect.top() + (rect.height() - swatch) / 2, swatch * 1.6, swatch)
            if kind == "flexibility":
                sample = Work("", "", "", "", S.STATUS_PLANNED, _dt.date(2000, 1, 3), _dt.date(2000, 1, 3), None,
                              _dt.date(2000, 1, 1), _dt.date(2000, 1, 5))
                self._sample(box, grey, sample)
            elif kind in ("combination", "today"):
                pen = QPen(QColor(60, 60, 60), 0.15 * MM, Qt.DashLine) if kind == "combination" else \
                    QPen(TODAY_COLOUR, 0.25 * MM, Qt.DashLine)
                p.setPen(pen)
                p.drawLine(QLineF(box.left(), box.bottom(), box.right(), box.top()) if kind == "combination"
                           else QLineF(box.center().x(), box.top(), box.center().x(), box.bottom()))
            else:
                status = S.STATUS_IDEA if kind == S.STATUS_IDEA else S.STATUS_PLANNED
                sample = Work("", "", "", "", status, _dt.date(2000, 1, 1), _dt.date(2000, 1, 1), None,
                              conflicts=["x"] if kind == "conflict" else [])
                self._sample(box, grey, sample)
            x += swatch * 1.6 + 0.8 * MM
            p.setPen(TEXT)
            advance = self.metrics.horizontalAdvance(text)
            p.drawText(QRectF(x, rect.top(), advance + 1, rect.height()), Qt.AlignVCenter, text)
            x += advance + 3 * MM

    def _sample(self, box: QRectF, colour: QColor, work: Work) -> None:
        """A bar for the key, drawn in ``box`` whatever the chart's time scale."""
        saved_plot, saved_period, saved_days = self.plot, self.period, self.days
        # A five-day scale over the box: the sample's window fills it, its planned day sits in the middle.
        self.period, self.days = Period(_dt.date(2000, 1, 1), _dt.date(2000, 1, 5)), 5
        self.plot = QRectF(box.left(), box.top(), box.width(), box.height())
        inner = box if work.earliest is None else QRectF(self.x(work.start), box.top(), box.width() / 5, box.height())
        self._bar(inner, colour, work)
        self.plot, self.period, self.days = saved_plot, saved_period, saved_days
