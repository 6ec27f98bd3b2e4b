"""Proposed moves on the timeline: a ghost bar at the proposed dates, an arrow from the planned ones."""

from __future__ import annotations

from typing import Dict, Optional, Tuple

import numpy as np
from qgis.PyQt.QtCore import QLineF, QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from ..timeline.drawing import ARROW_COLOUR
from .timeline_columns import NO_DATE

ARROW_HEAD = 5.0


class ProposalMarks:
    """The moves still waiting for a decision: work id -> (new start, new end, reason)."""

    def __init__(self) -> None:
        self.moves: Dict[str, Tuple[int, int, str]] = {}
        self.version = 0
        self._rows: Optional[Tuple[int, int, np.ndarray]] = None

    def set(self, moves: Dict[str, Tuple[int, int, str]]) -> None:
        """Show these moves (replacing the earlier ones)."""
        self.moves = dict(moves)
        self.version += 1
        self._rows = None

    def clear(self) -> None:
        """Show no moves."""
        self.set({})

    def new_starts(self, table) -> np.ndarray:
        """Per table row: the proposed start, or NO_DATE when the work has no move waiting."""
        key = (id(table), self.version)
        if self._rows is None or self._rows[:2] != key:
            starts = np.full(len(table), NO_DATE, np.int64)
            if self.moves:
                for row, work_id in enumerate(table.work_id):
                    move = self.moves.get(work_id)
                    if move is not None and move[0] != table.start[row]:
                        starts[row] = move[0]
            self._rows = key + (starts,)
        return self._rows[2]

    def reason(self, work_id: str) -> str:
        """Why the work would move ('' when it has no move waiting)."""
        move = self.moves.get(work_id)
        return move[2] if move else ""


def draw_proposals(tp, p: QPainter, positions: np.ndarray) -> None:
    """Ghost bars and arrows for the bars at these layout positions (``tp``: the TimelinePainter)."""
    marks: ProposalMarks = tp.model.proposals
    if not marks.moves or not len(positions):
        return
    t, lay = tp.model.table, tp.layout
    rows = lay.index[positions]
    new = marks.new_starts(t)[rows]
    waiting = (new != NO_DATE) & ~lay.thin[positions]
    for position, row, start in zip(positions[waiting].tolist(), rows[waiting].tolist(), new[waiting].tolist()):
        bar = tp.bar_rect(position)
        shift = start - int(t.start[row])
        ghost = bar.translated(shift * tp.scale.px_per_day, 0)
        colour = tp.colour(t.owner[row])
        fill = QColor(colour)
        fill.setAlpha(60)
        p.setPen(QPen(colour.darker(140), 1.2, Qt.DashLine))
        p.setBrush(QBrush(fill))
        p.drawRect(ghost)
        _arrow(p, bar, ghost)


def _arrow(p: QPainter, bar: QRectF, ghost: QRectF) -> None:
    """From the planned bar to the ghost: along the middle of the bar, the head at the ghost's near edge."""
    y = bar.center().y()
    later = ghost.left() >= bar.left()
    apart = ghost.left() > bar.right() if later else ghost.right() < bar.left()
    if apart:  # from the planned bar's edge to the ghost's
        x0, x1 = (bar.right(), ghost.left()) if later else (bar.left(), ghost.right())
    else:  # they overlap: from the middle of one to the middle of the other
        x0, x1 = bar.center().x(), ghost.center().x()
    p.setPen(QPen(ARROW_COLOUR, 1.4))
    p.drawLine(QLineF(x0, y, x1, y))
    direction = 1.0 if later else -1.0
    head = QPolygonF(
        [QPointF(x1, y), QPointF(x1 - direction * ARROW_HEAD, y - ARROW_HEAD * 0.7),
         QPointF(x1 - direction * ARROW_HEAD, y + ARROW_HEAD * 0.7)]
    )
    p.setBrush(QBrush(ARROW_COLOUR))
    p.drawPolygon(head)
