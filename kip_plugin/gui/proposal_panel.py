"""The "KIP proposed schedule" panel: each move with its reason; accept or reject the moves you decide on."""

from __future__ import annotations

import json
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..i18n import tr
from ..schedule import decisions as D
from ..schedule.fields import SUMMARY_PROPERTY
from ..schedule.task import summary_text
from .timeline_text import format_day

PANEL_OBJECT_NAME = "KipProposalPanel"
COLUMNS = ("work", "party", "planned", "proposed", "shift", "decision", "reason")


class ProposalPanel(QgsDockWidget):
    """The moves of the proposed schedule in the project, and the decisions on them."""

    decided = pyqtSignal()  # decisions changed: the timeline shows fewer ghosts

    def __init__(self, iface, parent: Optional[QWidget] = None, project: Optional[QgsProject] = None):
        super().__init__(tr("KIP proposed schedule"), parent)
        self.setObjectName(PANEL_OBJECT_NAME)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.layer: Optional[QgsVectorLayer] = None
        self.moves: List[D.Move] = []
        self.party_name: Callable[[str], str] = lambda code: code

        body = QWidget()
        layout = QVBoxLayout(body)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Deciding as")))
        self.acting = QComboBox()
        self.acting.setToolTip(tr("Each department or partner decides on its own moves; a coordinator on all."))
        self.acting.currentIndexChanged.connect(self._on_acting)
        row.addWidget(self.acting, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [tr("Work"), tr("Department/partner"), tr("Planned"), tr("Proposed"), tr("Moves"), tr("Decision"),
             tr("Reason")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(tr("Accept"))
        self.accept_button.setToolTip(tr("Move the selected works to their proposed dates (undo with Ctrl+Z)"))
        self.accept_button.clicked.connect(lambda: self.decide_rows(self._selected(), True))
        self.reject_button = QPushButton(tr("Reject"))
        self.reject_button.clicked.connect(lambda: self.decide_rows(self._selected(), False))
        self.accept_all_button = QPushButton(tr("Accept all mine"))
        self.accept_all_button.setToolTip(tr("Accept every move waiting for your decision"))
        self.accept_all_button.clicked.connect(self.accept_all)
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #555;")
        layout.addWidget(self.message)
        self.setWidget(body)
        self.project.layersWillBeRemoved.connect(self._on_removed)

    def shutdown(self) -> None:
        """Disconnect from the project; the plugin calls this before deleting the panel."""
        self.project.layersWillBeRemoved.disconnect(self._on_removed)

    def _on_removed(self, layer_ids) -> None:
        if self.layer is not None and self.layer.id() in set(layer_ids):
            self.layer, self.moves = None, []
            self.refresh()

    # ---- content --------------------------------------------------------------------------

    def set_layer(self, layer: Optional[QgsVectorLayer], party_name: Optional[Callable[[str], str]] = None) -> None:
        """Show the proposal of ``layer`` (None: the newest in the project)."""
        self.layer = layer or D.proposals_layer(self.project)
        if party_name is not None:
            self.party_name = party_name
        self.moves = D.read_moves(self.layer) if self.layer is not None else []
        self._fill_acting()
        self.refresh()

    def _fill_acting(self) -> None:
        wanted = settings.acting_party()
        self.acting.blockSignals(True)
        self.acting.clear()
        self.acting.addItem(tr("Coordinator (all departments and partners)"), D.COORDINATOR)
        for owner in sorted({m.owner for m in self.moves if m.shift}, key=lambda o: self.party_name(o).lower()):
            self.acting.addItem(self.party_name(owner), owner)
        index = self.acting.findData(wanted)
        self.acting.setCurrentIndex(max(index, 0))
        self.acting.blockSignals(False)

    def acting_as(self) -> str:
        """The party decided for, or COORDINATOR."""
        return self.acting.currentData() or D.COORDINATOR

    def _on_acting(self, _index: int) -> None:
        settings.set_acting_party(self.acting_as())
        self.refresh()

    def refresh(self) -> None:
        """Fill the table and the summary again."""
        decided = D.decisions(self.layer) if self.layer is not None else {}
        acting = self.acting_as()
        self.table.setRowCount(len(self.moves))
        labels = {D.ACCEPTED: tr("Accepted"), D.REJECTED: tr("Rejected"), D.PENDING: tr("Waiting")}
        for row, move in enumerate(self.moves):
            decision = decided.get(move.work_id, D.PENDING)
            values = (
                move.work_id,
                self.party_name(move.owner),
                "{} – {}".format(format_day(move.start), format_day(move.end)),
                "{} – {}".format(format_day(move.new_start), format_day(move.new_end)) if move.shift else "—",
                tr("{n} days").format(n=move.shift) if move.shift else "—",
                labels.get(decision, decision) if move.shift else tr("Conflict stays"),
                move.reason,
            )
            mine = D.may_decide(acting, move)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.UserRole, row)
                item.setToolTip(move.reason)
                if not mine or decision != D.PENDING:
                    item.setForeground(QBrush(QColor("#888888")))
                self.table.setItem(row, column, item)
        waiting = sum(1 for m in self.moves if D.may_decide(acting, m) and not decided.get(m.work_id))
        self.accept_all_button.setEnabled(waiting > 0)
        self.accept_all_button.setText(tr("Accept all mine ({n})").format(n=waiting))
        text = ""
        if self.layer is not None:
            try:
                text = summary_text(json.loads(str(self.layer.customProperty(SUMMARY_PROPERTY) or "")))
            except (ValueError, KeyError, TypeError):
                text = ""
        self.summary.setText(text or tr("No proposed schedule: press Propose schedule on the KIP toolbar."))

    def _selected(self) -> List[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    # ---- decisions ------------------------------------------------------------------------

    def decide_rows(self, rows: List[int], accept: bool) -> None:
        """Accept or reject the moves in these table rows (those the user may decide on)."""
        self.decide([self.moves[r].work_id for r in rows if 0 <= r < len(self.moves)], accept)

    def accept_all(self) -> None:
        """Accept every move the user may decide on that waits for a decision."""
        decided = D.decisions(self.layer) if self.layer is not None else {}
        acting = self.acting_as()
        self.decide([m.work_id for m in self.moves if D.may_decide(acting, m) and not decided.get(m.work_id)], True)

    def decide(self, work_ids: List[str], accept: bool) -> None:
        """Accept (through the edit buffers) or reject moves by work id; says what could not be done."""
        if self.layer is None:
            return
        wanted = set(work_ids)
        moves = [m for m in self.moves if m.work_id in wanted and m.shift]
        acting = self.acting_as()
        refused = [
            tr("'{work}' belongs to {owner}: only they or a coordinator decide on it.").format(
                work=m.work_id, owner=self.party_name(m.owner))
            for m in moves if not D.may_decide(acting, m)
        ]
        moves = [m for m in moves if D.may_decide(acting, m)]
        if accept:
            done, more = D.accept(self.project, moves, acting)
            refused += more
            D.set_decisions(self.layer, {w: D.ACCEPTED for w in done})
        else:
            done = [m.work_id for m in moves]
            D.set_decisions(self.layer, {w: D.REJECTED for w in done})
        if done:
            text = (tr("{n} moves accepted: the works are changed in their layers (not saved yet; undo with Ctrl+Z).")
                    if accept else tr("{n} moves rejected.")).format(n=len(done))
        else:
            text = tr("Nothing changed.")
        self.message.setText(" ".join([text] + refused))
        if refused:
            self.iface.messageBar().pushMessage(tr("KIP"), refused[0], level=Qgis.Warning, duration=8)
        self.refresh()
        self.decided.emit()
