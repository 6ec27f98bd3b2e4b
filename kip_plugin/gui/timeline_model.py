"""The timeline's model: works as columns, the filters, the grouping and the lanes.

No widgets and no layers here: the dock feeds in one block of columns per works
layer (see ``timeline_source``) and reads back a ``Layout``, the rows and bars to
draw. Everything runs on numpy arrays so that a filter change or a map pan over
10,000 works redraws within a few milliseconds; only the lane packing loops in
Python, over the works that are actually shown.
"""

from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Set, Tuple

import numpy as np

from ..core import schema as S
from ..i18n import tr
from ..timeline.drawing import pack_lanes
from .timeline_columns import NO_DATE, GroupRow, Layout, PartyInfo, WorkColumns, WorkTable, codes
from .timeline_proposals import ProposalMarks

ATTENTION = "\x00attention"  # group key of the "needs attention" row
NO_GROUP = "\x00none"  # works in no combination, or in no district
GROUP_GAP = 4.0  # pixels between groups


class GroupBy:
    """The ways to group the rows."""

    PARTY = "party"
    COMBINATION = "combination"
    DISTRICT = "district"


class TimelineModel:
    """Works of all KIP layers, filtered and grouped into rows of bars."""

    def __init__(self) -> None:
        self._chunks: Dict[str, WorkColumns] = {}
        self._parties: Dict[str, PartyInfo] = {}
        self._combination_of: Dict[str, str] = {}
        self._combination_labels: Dict[str, str] = {}
        self._combination_money: Dict[str, str] = {}
        self._conflicts: Dict[str, List[Tuple[str, str]]] = {}
        self._districts: Dict[str, List[str]] = {}
        self._selected: Dict[str, Set[int]] = {}
        self._group_by = GroupBy.PARTY
        self._hidden_statuses: Set[str] = set()
        self._hidden_parties: Set[str] = set()
        self._text = ""
        self._extent: Optional[Dict[str, Tuple[float, float, float, float]]] = None
        self._collapsed: Set[Tuple[str, str]] = set()
        self.version = 0
        self._table: Optional[WorkTable] = None
        self._masks: Dict[str, np.ndarray] = {}
        self._derived: Dict[str, np.ndarray] = {}
        self._layouts: Dict[Tuple[float, float], Layout] = {}
        self.proposals = ProposalMarks()  # moves of a proposed schedule waiting for a decision

    # ---- invalidation ---------------------------------------------------------------

    def _changed(self, *masks: str, table: bool = False, derived: bool = False) -> None:
        self.version += 1
        self._layouts.clear()
        if table:
            self._table = None
            self._masks.clear()
            self._derived.clear()
        for name in masks:
            self._masks.pop(name, None)
            self._masks.pop("visible", None)
        if derived:
            self._derived.clear()

    @property
    def table(self) -> WorkTable:
        """All works as one table (rebuilt after a layer changed)."""
        if self._table is None:
            self._table = WorkTable(list(self._chunks.values()), self._parties)
        return self._table

    # ---- data ---------------------------------------------------------------------------

    def set_layer(self, columns: WorkColumns) -> None:
        """Show (or replace) one layer's works."""
        self._chunks[columns.layer_id] = columns
        self._districts.pop(columns.layer_id, None)
        self._changed(table=True)

    def remove_layer(self, layer_id: str) -> bool:
        """Forget a layer's works; True when it was shown."""
        self._selected.pop(layer_id, None)
        self._districts.pop(layer_id, None)
        if self._chunks.pop(layer_id, None) is None:
            return False
        self._changed(table=True)
        return True

    def clear(self) -> None:
        """Forget all works and results."""
        self._chunks.clear()
        self._selected.clear()
        self._districts.clear()
        self._combination_of, self._combination_labels, self._conflicts = {}, {}, {}
        self._combination_money = {}
        self.proposals.clear()
        self._changed(table=True)

    def layer_ids(self) -> List[str]:
        """The layers whose works are shown."""
        return list(self._chunks)

    def columns(self, layer_id: str) -> Optional[WorkColumns]:
        """One layer's columns, or None."""
        return self._chunks.get(layer_id)

    def set_parties(self, parties: Iterable[PartyInfo]) -> None:
        """Names and colours of the departments and partners, in the order to show them."""
        self._parties = {p.code: p for p in parties}
        self._changed(table=True)

    def party(self, code: str) -> PartyInfo:
        """How a party code is shown; unknown codes get a grey."""
        return self._parties.get(code) or PartyInfo(code, code or tr("Unknown party"), S.UNKNOWN_PARTY_COLOUR)

    def owners(self) -> List[str]:
        """Party codes, known parties first, then codes only found in the works."""
        seen = [c for c in self._parties]
        return seen + sorted(set(self.table.owner_map) - set(seen))

    def statuses(self) -> List[str]:
        """Status codes found in the works."""
        return sorted(self.table.status_map)

    def set_results(
        self, combination_of: Dict[str, str], combination_labels: Dict[str, str], conflicts: Iterable[Tuple[str, str, str]]
    ) -> None:
        """Detection results: work -> combination, combination labels, conflicts (kind, work_a, work_b)."""
        self._combination_of = dict(combination_of)
        self._combination_labels = dict(combination_labels)
        self._conflicts = {}
        for kind, a, b in conflicts:
            self._conflicts.setdefault(a, []).append((kind, b))
            self._conflicts.setdefault(b, []).append((kind, a))
        self._changed(derived=True)

    def set_money(self, money: Dict[str, str]) -> None:
        """Whose money in each combination, in words (from the combinations layer)."""
        self._combination_money = dict(money)

    def combination_money(self, combination: str) -> str:
        """Whose money in a combination, or ''."""
        return self._combination_money.get(combination, "")

    def has_results(self) -> bool:
        """Whether any combination or conflict is known."""
        return bool(self._combination_of or self._conflicts)

    def set_districts(self, layer_id: str, names: List[str]) -> None:
        """District name of each work of a layer ('' outside every district)."""
        self._districts[layer_id] = names
        self._changed(derived=True)

    def clear_districts(self) -> None:
        """Forget the districts (another district layer was chosen)."""
        self._districts.clear()
        self._changed(derived=True)

    def has_districts(self, layer_id: str) -> bool:
        """Whether the districts of a layer's works are known."""
        return layer_id in self._districts

    def update_work(self, layer_id: str, fid: int, **values) -> bool:
        """Change one work in place (after an edit); False when it is not shown here."""
        columns = self._chunks.get(layer_id)
        if columns is None:
            return False
        hits = np.flatnonzero(columns.fid == fid)
        if not len(hits):
            return False
        i = int(hits[0])
        for name, value in values.items():
            column = getattr(columns, name)
            column[i] = value
        self._changed(table=True)
        return True

    # ---- selection ---------------------------------------------------------------------------

    def set_selection(self, layer_id: str, fids: Iterable[int]) -> None:
        """The selected features of a layer (as the map shows them)."""
        self._selected[layer_id] = set(int(f) for f in fids)
        self._derived.pop("selected", None)
        self.version += 1

    def selected(self) -> np.ndarray:
        """Per table row: whether the work is selected."""
        if "selected" not in self._derived:
            t = self.table
            mask = np.zeros(len(t), bool)
            for layer_id, fids in self._selected.items():
                if fids and layer_id in t.offsets:
                    start, size = t.offsets[layer_id], t.sizes[layer_id]
                    part = t.fid[start : start + size]
                    mask[start : start + size] = np.isin(part, np.fromiter(fids, np.int64, len(fids)))
            self._derived["selected"] = mask
        return self._derived["selected"]

    # ---- filters -------------------------------------------------------------------------------

    @property
    def group_by(self) -> str:
        """How rows are grouped: a ``GroupBy`` value."""
        return self._group_by

    def set_group_by(self, mode: str) -> None:
        """Group rows by party, combination or district."""
        if mode != self._group_by:
            self._group_by = mode
            self._changed()

    def set_hidden_statuses(self, statuses: Iterable[str]) -> None:
        """Hide works with these status codes."""
        self._hidden_statuses = set(statuses)
        self._changed("status")

    def set_hidden_parties(self, codes: Iterable[str]) -> None:
        """Hide the works of these parties."""
        self._hidden_parties = set(codes)
        self._changed("party")

    def hidden_statuses(self) -> Set[str]:
        """Status codes hidden by the filter."""
        return set(self._hidden_statuses)

    def hidden_parties(self) -> Set[str]:
        """Party codes hidden by the filter."""
        return set(self._hidden_parties)

    def set_text(self, text: str) -> None:
        """Show only works whose title, id or party contains ``text`` (any case)."""
        text = (text or "").strip().lower()
        if text != self._text:
            self._text = text
            self._changed("text")

    def set_extent(self, extents: Optional[Dict[str, Tuple[float, float, float, float]]]) -> None:
        """Show only works touching a rectangle (per layer, in the layer's CRS); None shows all."""
        self._extent = extents
        self._changed("extent")

    def is_collapsed(self, key: str) -> bool:
        """Whether the group ``key`` of the current grouping is collapsed."""
        return (self._group_by, key) in self._collapsed

    def set_collapsed(self, key: str, collapsed: bool) -> None:
        """Collapse or expand one group of the current grouping."""
        item = (self._group_by, key)
        if collapsed:
            self._collapsed.add(item)
        else:
            self._collapsed.discard(item)
        self._changed()

    def set_all_collapsed(self, collapsed: bool) -> None:
        """Collapse or expand every group of the current grouping."""
        self._collapsed = {c for c in self._collapsed if c[0] != self._group_by}
        if collapsed:
            self._collapsed |= {(self._group_by, g.key) for g in self.layout().groups}
        self._changed()

    def _mask(self, name: str) -> np.ndarray:
        if name not in self._masks:
            self._masks[name] = getattr(self, "_mask_" + name)(self.table)
        return self._masks[name]

    def _mask_status(self, t: WorkTable) -> np.ndarray:
        hidden = [t.status_map[s] for s in self._hidden_statuses if s in t.status_map]
        return ~np.isin(t.status_code, hidden) if hidden else np.ones(len(t), bool)

    def _mask_party(self, t: WorkTable) -> np.ndarray:
        hidden = [t.owner_map[c] for c in self._hidden_parties if c in t.owner_map]
        return ~np.isin(t.owner_code, hidden) if hidden else np.ones(len(t), bool)

    def _mask_text(self, t: WorkTable) -> np.ndarray:
        if not self._text:
            return np.ones(len(t), bool)
        needle = self._text
        return np.fromiter((needle in h for h in t.haystack), bool, len(t))

    def _mask_extent(self, t: WorkTable) -> np.ndarray:
        if self._extent is None:
            return np.ones(len(t), bool)
        inf = np.inf
        rects = np.array([self._extent.get(i, (-inf, -inf, inf, inf)) for i in t.layer_ids] or [(0, 0, 0, 0)])
        r = rects[t.layer]
        b = t.bbox
        inside = (b[:, 2] >= r[:, 0]) & (b[:, 0] <= r[:, 2]) & (b[:, 3] >= r[:, 1]) & (b[:, 1] <= r[:, 3])
        # A work without a work area cannot be placed; it stays in view so it gets fixed.
        return inside | np.isnan(b[:, 0])

    def visible(self) -> np.ndarray:
        """Per table row: whether the work passes all filters."""
        if "visible" not in self._masks:
            self._masks["visible"] = (
                self._mask("status") & self._mask("party") & self._mask("text") & self._mask("extent")
            )
        return self._masks["visible"]

    # ---- grouping and lanes -------------------------------------------------------------

    def _combination_codes(self) -> np.ndarray:
        if "combination" not in self._derived:
            t = self.table
            if not self._combination_of:
                self._derived["combination"] = np.full(len(t), -1, np.int64)
            else:
                numbers, _ = codes([""] + [self._combination_of.get(w, "") for w in t.work_id])
                self._derived["combination"] = numbers[1:] - 1  # -1: in no combination
        return self._derived["combination"]

    def in_conflict(self) -> np.ndarray:
        """Per table row: whether the work is part of a conflict."""
        if "conflict" not in self._derived:
            t = self.table
            conflicts = self._conflicts
            self._derived["conflict"] = (
                np.fromiter((w in conflicts for w in t.work_id), bool, len(t)) if conflicts else np.zeros(len(t), bool)
            )
        return self._derived["conflict"]

    def _group_keys(self, t: WorkTable) -> List[str]:
        if self._group_by == GroupBy.COMBINATION:
            return [self._combination_of.get(w, NO_GROUP) for w in t.work_id]
        if self._group_by == GroupBy.DISTRICT:
            keys: List[str] = []
            for layer_id in t.layer_ids:
                names = self._districts.get(layer_id) or [""] * t.sizes[layer_id]
                keys.extend(n or NO_GROUP for n in names)
            return keys
        return t.owner

    def _group_title(self, key: str) -> Tuple[str, str]:
        """Label and colour of a group."""
        if self._group_by == GroupBy.PARTY:
            party = self.party(key)
            return party.name, party.colour
        if key == NO_GROUP:
            if self._group_by == GroupBy.COMBINATION:
                return tr("Not in a combination"), "#9e9e9e"
            if not self._districts:
                return tr("No district layer chosen"), "#9e9e9e"
            return tr("Outside the districts"), "#9e9e9e"
        if self._group_by == GroupBy.COMBINATION:
            return self.combination_label(key), "#5a5a5a"
        return key, "#5a5a5a"

    def _group_rank(self, keys: List[str], first_day: Dict[str, int]) -> List[str]:
        if self._group_by == GroupBy.PARTY:
            order = {code: i for i, code in enumerate(self._parties)}
            return sorted(keys, key=lambda k: (order.get(k, len(order)), k))
        if self._group_by == GroupBy.COMBINATION:
            return sorted(keys, key=lambda k: (k == NO_GROUP, first_day.get(k, 0), k))
        return sorted(keys, key=lambda k: (k == NO_GROUP, k.lower()))

    def layout(self, lane_height: float = 18.0, header_height: float = 22.0) -> Layout:
        """The groups and bars to draw (cached until something changes)."""
        cache_key = (lane_height, header_height)
        if cache_key not in self._layouts:
            self._layouts[cache_key] = self._build_layout(lane_height, header_height)
        return self._layouts[cache_key]

    def _build_layout(self, lane_h: float, head_h: float) -> Layout:
        t = self.table
        out = Layout(lane_height=lane_h, header_height=head_h)
        if not len(t):
            return out
        visible = self.visible()
        attention = np.flatnonzero(visible & t.bad)
        normal = np.flatnonzero(visible & ~t.bad)
        if self._group_by == GroupBy.PARTY:
            numbers, mapping = t.owner_code, t.owner_map
        else:
            numbers, mapping = codes(self._group_keys(t))
        names = list(mapping)
        rows = normal[np.lexsort((t.start[normal], t.win_start[normal], numbers[normal]))]
        cuts = np.flatnonzero(np.diff(numbers[rows])) + 1
        groups = {names[numbers[part[0]]]: part for part in np.split(rows, cuts) if len(part)}
        first_day = {k: int(t.win_start[part].min()) for k, part in groups.items()}
        index_parts, y_parts, thin_parts = [], [], []
        y = 0.0
        sections: List[Tuple[str, np.ndarray, bool]] = []
        if len(attention):
            order = sorted(attention.tolist(), key=lambda r: (t.title[r].lower(), t.work_id[r]))
            sections.append((ATTENTION, np.asarray(order, np.int64), True))
        sections += [(k, groups[k], False) for k in self._group_rank(list(groups), first_day)]
        for key, part, is_attention in sections:
            if is_attention:
                label, colour = tr("Needs attention"), "#c62828"
            else:
                label, colour = self._group_title(key)
            collapsed = self.is_collapsed(key)
            group = GroupRow(key, label, colour, y, head_h, len(part), collapsed, is_attention)
            out.groups.append(group)
            y += head_h
            index_parts.append(part)
            if collapsed:
                y_parts.append(np.full(len(part), group.y))
                thin_parts.append(np.ones(len(part), bool))
            else:
                if is_attention:
                    lanes = np.arange(len(part))
                else:
                    lanes = pack_lanes(t.win_start[part], t.win_end[part])
                y_parts.append(y + lanes * lane_h)
                thin_parts.append(np.zeros(len(part), bool))
                y += (int(lanes.max()) + 1) * lane_h
            group.height = y - group.y
            y += GROUP_GAP
        if not index_parts:
            return out
        index = np.concatenate(index_parts)
        ys = np.concatenate(y_parts)
        order = np.argsort(ys, kind="stable")
        out.index, out.y, out.thin = index[order], ys[order], np.concatenate(thin_parts)[order]
        out.height = y
        out.combinations = self._combinations(out)
        dated = out.index[~t.bad[out.index]]
        if len(dated):
            out.span = (int(t.win_start[dated].min()), int(t.win_end[dated].max()))
        return out

    def _combinations(self, out: Layout) -> List[np.ndarray]:
        """The members of each combination shown (two or more), top to bottom: what to link."""
        combinations = self._combination_codes()[out.index]
        pos = np.flatnonzero((combinations >= 0) & ~out.thin)
        pos = pos[np.lexsort((out.y[pos], combinations[pos]))]
        cuts = np.flatnonzero(np.diff(combinations[pos])) + 1
        return [part for part in np.split(pos, cuts) if len(part) > 1]

    # ---- one work ---------------------------------------------------------------------------

    def row_of(self, layer_id: str, fid: int) -> Optional[int]:
        """The table row of a layer's feature, or None."""
        columns = self._chunks.get(layer_id)
        if columns is None:
            return None
        hits = np.flatnonzero(columns.fid == fid)
        return int(self.table.offsets[layer_id] + hits[0]) if len(hits) else None

    def locate(self, row: int) -> Tuple[str, int]:
        """Layer id and feature id of a table row."""
        t = self.table
        return t.layer_ids[int(t.layer[row])], int(t.fid[row])

    def shift_limits(self, row: int) -> Tuple[int, int]:
        """How many days a work may move earlier (negative) and later, inside its flexibility."""
        t = self.table
        start, end, early, late = (int(a[row]) for a in (t.start, t.end, t.earliest, t.latest))
        if start == NO_DATE or end == NO_DATE or end < start:
            return 0, 0
        low = min(0, early - start) if early != NO_DATE else 0
        high = max(0, late - end) if late != NO_DATE else 0
        return low, high

    def combination(self, row: int) -> str:
        """The combination a work belongs to, or ''."""
        return self._combination_of.get(self.table.work_id[row], "")

    def combination_label(self, combination: str) -> str:
        """The title of a combination."""
        return self._combination_labels.get(combination) or tr("Combination {id}").format(id=combination)

    def conflicts(self, row: int) -> List[Tuple[str, str]]:
        """The conflicts of a work: (kind, the other work's id)."""
        return list(self._conflicts.get(self.table.work_id[row], []))

    def problems(self, row: int) -> List[str]:
        """Why a work needs attention (empty when it does not)."""
        t = self.table
        reasons = []
        if t.start[row] == NO_DATE:
            reasons.append(tr("No start date"))
        if t.end[row] == NO_DATE:
            reasons.append(tr("No end date"))
        if NO_DATE not in (t.start[row], t.end[row]) and t.end[row] < t.start[row]:
            reasons.append(tr("End date before start date"))
        if np.isnan(t.bbox[row, 0]):
            reasons.append(tr("No work area"))
        return reasons

    def counts(self) -> Tuple[int, int, int]:
        """Works in total, works shown, works shown that need attention."""
        t = self.table
        visible = self.visible() if len(t) else np.zeros(0, bool)
        return len(t), int(visible.sum()), int((visible & t.bad).sum())
