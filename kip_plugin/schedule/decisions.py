"""A proposal in the project: its moves, who may decide on them, and accepting them through the edit buffer.

Each department or partner accepts or rejects its own moves; a coordinator decides on
all of them. Accepting changes the work's dates in its layer's edit buffer as one
undoable command; the user saves the edits as any other. Decisions are kept with the
proposals layer, so they survive saving the project.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsExpression, QgsFeatureRequest, QgsProject, QgsVectorDataProvider, QgsVectorLayer

from ..core import schema as S
from ..store.works_table import day_number as day_of
from ..store.works_table import qdate, text_value
from ..i18n import tr
from ..store import project as kip_project
from .fields import P_END, P_NEW_END, P_NEW_START, P_OWNER, P_REASON, P_SHIFT_DAYS, P_START, P_WORK_ID, ROLE

COORDINATOR = "*"  # acting for every party
DECISIONS_PROPERTY = "kip/schedule_decisions"
ACCEPTED, REJECTED, PENDING = "accepted", "rejected", ""


@dataclass(frozen=True)
class Move:
    """One proposed move of a work (shift 0: a work left in a conflict that cannot be avoided)."""

    work_id: str
    owner: str
    start: int
    end: int
    new_start: int
    new_end: int
    shift: int
    reason: str


def proposals_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    """The proposed schedule shown in the project (the newest one), or None."""
    found = [
        layer for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and layer.customProperty("kip/result") == ROLE and layer.isValid()
    ]
    return found[-1] if found else None


def read_moves(layer: QgsVectorLayer) -> List[Move]:
    """The moves of a proposals layer, in its order."""
    moves = []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    for f in layer.getFeatures(request):
        moves.append(
            Move(
                text_value(f[P_WORK_ID]), text_value(f[P_OWNER]), day_of(f[P_START]), day_of(f[P_END]),
                day_of(f[P_NEW_START]), day_of(f[P_NEW_END]), int(f[P_SHIFT_DAYS] or 0), text_value(f[P_REASON]),
            )
        )
    return moves


def decisions(layer: QgsVectorLayer) -> Dict[str, str]:
    """work id -> ACCEPTED or REJECTED, as decided so far."""
    try:
        value = json.loads(str(layer.customProperty(DECISIONS_PROPERTY) or "{}"))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def set_decisions(layer: QgsVectorLayer, changes: Dict[str, str]) -> None:
    """Record decisions (PENDING forgets one)."""
    current = decisions(layer)
    for work_id, decision in changes.items():
        if decision == PENDING:
            current.pop(work_id, None)
        else:
            current[work_id] = decision
    layer.setCustomProperty(DECISIONS_PROPERTY, json.dumps(current, sort_keys=True))


def may_decide(acting_as: str, move: Move) -> bool:
    """Whether the user, acting for a party (or as coordinator), decides on this move."""
    return move.shift != 0 and (acting_as == COORDINATOR or acting_as == move.owner)


def _party_layers(project: QgsProject) -> Dict[str, QgsVectorLayer]:
    layers = {}
    for layer in kip_project.works_layers(project):
        layers.setdefault(str(layer.customProperty("kip/party") or ""), layer)
    return layers


def _editable(layer: QgsVectorLayer) -> bool:
    capabilities = layer.dataProvider().capabilities()
    return not layer.readOnly() and bool(capabilities & QgsVectorDataProvider.ChangeAttributeValues)


def accept(project: QgsProject, moves: Sequence[Move], acting_as: str) -> Tuple[List[str], List[str]]:
    """Apply moves in their layers' edit buffers, one undoable command per layer.

    Returns the work ids moved and, for those refused, the reasons in words.
    """
    layers = _party_layers(project)
    done: List[str] = []
    refused: List[str] = []
    by_layer: Dict[str, List[Tuple[Move, object]]] = {}
    for move in moves:
        if not may_decide(acting_as, move):
            refused.append(tr("'{work}' belongs to {owner}: only they or a coordinator decide on it.").format(
                work=move.work_id, owner=move.owner))
            continue
        layer = layers.get(move.owner) or layers.get("")
        feature = _find(layer, move.work_id) if layer is not None else None
        if feature is None:
            refused.append(tr("'{work}' is not in the open KIP.").format(work=move.work_id))
            continue
        if not _editable(layer):
            refused.append(tr("'{work}': the layer '{layer}' may not be edited.").format(
                work=move.work_id, layer=layer.name()))
            continue
        if (day_of(feature[S.F_START]), day_of(feature[S.F_END])) != (move.start, move.end):
            refused.append(tr("'{work}' has other dates than when the schedule was proposed; propose again.").format(
                work=move.work_id))
            continue
        by_layer.setdefault(layer.id(), []).append((move, feature))
    for layer_id, items in by_layer.items():
        layer = project.mapLayer(layer_id)
        if not layer.isEditable() and not layer.startEditing():
            refused.extend(tr("'{work}': the layer '{layer}' may not be edited.").format(
                work=m.work_id, layer=layer.name()) for m, _ in items)
            continue
        fields = layer.fields()
        start_index, end_index = fields.indexOf(S.F_START), fields.indexOf(S.F_END)
        layer.beginEditCommand(tr("Accept the proposed schedule ({n} works)").format(n=len(items)))
        ok = True
        for move, feature in items:
            ok &= layer.changeAttributeValue(feature.id(), start_index, _value(fields, start_index, move.new_start),
                                             feature[S.F_START])
            ok &= layer.changeAttributeValue(feature.id(), end_index, _value(fields, end_index, move.new_end),
                                             feature[S.F_END])
        if ok:
            layer.endEditCommand()
            layer.triggerRepaint()
            done.extend(m.work_id for m, _ in items)
        else:
            layer.destroyEditCommand()
            refused.extend(tr("'{work}' could not be changed in '{layer}'.").format(
                work=m.work_id, layer=layer.name()) for m, _ in items)
    return done, refused


def _find(layer: QgsVectorLayer, work_id: str):
    expression = "{field} = {value}".format(
        field=QgsExpression.quotedColumnRef(S.F_WORK_ID), value=QgsExpression.quotedValue(work_id)
    )
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
        return feature
    return None


def _value(fields, index: int, day: int):
    from ..gui.timeline_link import _value_for

    return _value_for(fields.at(index).type(), day) if index >= 0 else qdate(day)
