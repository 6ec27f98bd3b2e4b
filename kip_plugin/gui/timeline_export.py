"""The timeline as a picture: PNG, SVG, or an image for a council layout.

Usable without the dock: give a ``TimelineModel`` (filtered as wanted), a size
and a period. Rows shrink to fit the height; labels go when rows get too small.
"""

from __future__ import annotations

from typing import Optional, Tuple

from qgis.PyQt.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from qgis.PyQt.QtSvg import QSvgGenerator

from ..core import schema as S
from ..i18n import tr
from ..timeline.axis import TimeScale, today
from .timeline_model import GROUP_GAP, Layout, TimelineModel
from .timeline_paint import AXIS_HEIGHT, CONFLICT_COLOUR, LINK_COLOUR, TODAY_COLOUR, Overlay, TimelinePainter

LEGEND_HEIGHT = 22.0
LANE, HEADER = 18.0, 22.0


def default_period(model: TimelineModel) -> Tuple[int, int]:
    """The period an export shows when none is given: all works shown, else the next year."""
    span = model.layout().span
    if span is None:
        return today(), today() + 365
    margin = max(7, (span[1] - span[0]) // 40)
    return span[0] - margin, span[1] + margin


def natural_height(model: TimelineModel) -> int:
    """Height in pixels that shows every row at full size, axis and legend included."""
    return int(AXIS_HEIGHT + model.layout(LANE, HEADER).height + LEGEND_HEIGHT + 4)


def _fitted_layout(model: TimelineModel, height: float) -> Layout:
    """The layout with rows shrunk so that all of them fit in ``height`` (down to 3-pixel lanes)."""
    full = model.layout(LANE, HEADER)
    if full.height <= height or not full.groups:
        return full
    groups = len(full.groups)
    rows = full.height - groups * (HEADER + GROUP_GAP)
    factor = max(0.0, height - groups * GROUP_GAP) / max(1.0, rows + groups * HEADER)
    lane = max(3.0, round(LANE * factor, 1))
    header = max(12.0, round(HEADER * factor, 1))
    if groups * (header + GROUP_GAP) > height:
        header = max(6.0, height / groups - GROUP_GAP)
    return model.layout(lane, header)


def paint_timeline(
    painter: QPainter,
    model: TimelineModel,
    size: QSize,
    period: Optional[Tuple[int, int]] = None,
    cursor: Optional[Tuple[int, int]] = None,
    legend: bool = True,
) -> None:
    """Paint the timeline into a ``size`` area of ``painter``: axis, rows, group labels, legend."""
    first, last = period or default_period(model)
    width, height = float(size.width()), float(size.height())
    content_height = height - AXIS_HEIGHT - (LEGEND_HEIGHT if legend else 0)
    layout = _fitted_layout(model, content_height)
    scale = TimeScale(origin=first, px_per_day=width / max(1, last - first))
    tp = TimelinePainter(model, layout, scale, top=AXIS_HEIGHT)
    overlay = Overlay(today=today(), cursor=cursor)
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    content = QRectF(0, AXIS_HEIGHT, width, content_height)
    painter.setClipRect(content)
    tp.draw_content(painter, content, overlay, pinned_left=0.0)
    tp.draw_group_labels(painter, 0.0, content.top(), content.bottom())
    painter.setClipping(False)
    tp.draw_axis(painter, 0.0, width, 0.0, overlay)
    if legend:
        draw_legend(painter, QRectF(0, height - LEGEND_HEIGHT, width, LEGEND_HEIGHT))
    painter.restore()


def draw_legend(p: QPainter, rect: QRectF) -> None:
    """A one-line key to the bar styles."""
    p.save()
    font = QFont()
    font.setPointSizeF(7.5)
    p.setFont(font)
    p.fillRect(rect, QColor("#fafafa"))
    p.setPen(QPen(QColor("#d0d0d0"), 1))
    p.drawLine(QLineF(rect.left(), rect.top() + 0.5, rect.right(), rect.top() + 0.5))
    colour = QColor("#607d8b")
    x, mid = rect.left() + 8, rect.center().y()
    items = (
        (S.STATUS_PLANNED, tr("Planned")),
        (S.STATUS_IDEA, tr("Idea")),
        (S.STATUS_DONE, tr("Done")),
        ("flex", tr("Flexibility")),
        ("conflict", tr("Conflict")),
        ("link", tr("Combination")),
        ("today", tr("Today")),
    )
    for kind, label in items:
        box = QRectF(x, mid - 5, 22, 10)
        if kind == "flex":
            p.setPen(QPen(colour.darker(130), 1))
            p.drawLine(QLineF(box.left(), mid, box.right(), mid))
            p.drawLine(QLineF(box.left(), mid - 4, box.left(), mid + 4))
            p.drawLine(QLineF(box.right(), mid - 4, box.right(), mid + 4))
            p.fillRect(QRectF(box.left() + 6, mid - 4, 10, 8), colour)
        elif kind == "link":
            p.setPen(QPen(LINK_COLOUR, 1.5, Qt.DashLine))
            p.drawLine(QLineF(box.center().x(), box.top() - 3, box.center().x(), box.bottom() + 3))
            p.setBrush(LINK_COLOUR)
            p.drawEllipse(QPointF(box.center().x(), box.top() - 1), 2.5, 2.5)
            p.drawEllipse(QPointF(box.center().x(), box.bottom() + 1), 2.5, 2.5)
        elif kind == "today":
            p.setPen(QPen(TODAY_COLOUR, 1.5, Qt.DashLine))
            p.drawLine(QLineF(box.center().x(), box.top() - 2, box.center().x(), box.bottom() + 2))
        else:
            fill = QColor(colour)
            pen = QPen(colour.darker(150), 1)
            brush = QBrush(fill)
            if kind == S.STATUS_IDEA:
                brush = QBrush(colour, Qt.BDiagPattern)
                pen.setStyle(Qt.DashLine)
            elif kind == S.STATUS_DONE:
                fill.setAlpha(90)
                brush = QBrush(fill)
            elif kind == "conflict":
                pen = QPen(CONFLICT_COLOUR, 2)
            p.setPen(pen)
            p.setBrush(brush)
            p.drawRect(box)
        p.setPen(QColor("#303030"))
        p.drawText(QRectF(x + 26, rect.top(), 200, rect.height()), Qt.AlignVCenter | Qt.AlignLeft, label)
        x += 26 + p.fontMetrics().horizontalAdvance(label) + 16
    p.restore()


def render_timeline_image(
    model: TimelineModel,
    size: QSize,
    period: Optional[Tuple[int, int]] = None,
    cursor: Optional[Tuple[int, int]] = None,
    legend: bool = True,
) -> QImage:
    """The timeline as an image of ``size`` pixels over ``period`` (first day, last day + 1)."""
    image = QImage(size, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_timeline(painter, model, size, period, cursor, legend)
    finally:
        painter.end()
    return image


def write_timeline_svg(
    path: str,
    model: TimelineModel,
    size: QSize,
    period: Optional[Tuple[int, int]] = None,
    cursor: Optional[Tuple[int, int]] = None,
    title: str = "",
) -> bool:
    """Write the timeline as an SVG file; True when it was written."""
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title or tr("KIP timeline"))
    painter = QPainter()
    if not painter.begin(generator):
        return False
    try:
        paint_timeline(painter, model, size, period, cursor)
    finally:
        painter.end()
    return True


def write_timeline_png(
    path: str,
    model: TimelineModel,
    size: QSize,
    period: Optional[Tuple[int, int]] = None,
    cursor: Optional[Tuple[int, int]] = None,
) -> bool:
    """Write the timeline as a PNG file; True when it was written."""
    return render_timeline_image(model, size, period, cursor).save(path, "PNG")
