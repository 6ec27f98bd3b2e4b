"""The works already in the KIP, as columns: what a delivery is compared with.

Read with the store's one works reader (``store.works_table``), in the representation the
delivery's converted values have too: text ('' when empty), day numbers, -1/0/1 for
yes/no, floats (NaN when empty). The columns are read one at a time and the areas are
streamed a batch at a time when compared: a KIP of a million works is never held whole.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Iterator, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsVectorLayer

from ..core import schema as S
from ..store import columnar
from ..store.works_table import read_works_table

KINDS: Dict[str, str] = {spec.name: spec.kind for spec in S.WORK_FIELDS}


@dataclass
class Existing:
    """The stored works: fid and columns, and where each work id is; their areas read a batch at a time."""

    fid: np.ndarray
    columns: Dict[str, np.ndarray]
    wkb: Optional[np.ndarray]  # every work's area, when read at once (else streamed from ``layer``)
    layer: Optional[QgsVectorLayer] = None

    def __post_init__(self) -> None:
        ids = np.array(["" if w is None else w for w in self.columns[S.F_WORK_ID]], dtype=str)
        self._order = np.argsort(ids, kind="stable")
        self._sorted = ids[self._order]

    def __len__(self) -> int:
        return len(self.fid)

    def positions(self, work_ids: Sequence[Optional[str]]) -> np.ndarray:
        """Where each of ``work_ids`` is (-1 where it is not stored)."""
        query = np.array(["" if w is None else w for w in work_ids], dtype=str)
        result = _find(self._sorted, self._order, query)
        result[query == ""] = -1
        return result

    def position(self, work_id: Optional[str]) -> Optional[int]:
        """Where the work ``work_id`` is, or None."""
        found = int(self.positions([work_id])[0]) if work_id else -1
        return None if found < 0 else found

    def areas(self) -> Iterator[Tuple[np.ndarray, np.ndarray]]:
        """(positions, WKB of the works there) batch by batch."""
        if self.wkb is not None:
            yield np.arange(len(self.wkb)), self.wkb
            return
        if self.layer is None:
            return
        source = columnar.gdal_source(self.layer, [])
        batches = columnar.geometry_batches(source) if source is not None else None
        if batches is None:
            table = read_works_table([self.layer], [], geometry=True)
            self.wkb = _in_order(table.fid, table.wkb, self.fid)
            yield np.arange(len(self.wkb)), self.wkb
            return
        order = np.argsort(self.fid, kind="stable")
        ordered = self.fid[order]
        for fids, wkb in batches:
            where = _find(ordered, order, fids)
            known = where >= 0
            yield where[known], wkb[known]

    def areas_at(self, positions: Sequence[int]) -> Dict[int, bytes]:
        """The WKB of the works at ``positions``."""
        wanted = set(int(p) for p in positions)
        found: Dict[int, bytes] = {}
        if not wanted:
            return found
        for where, batch in self.areas():
            for position, wkb in zip(where.tolist(), batch):
                if position in wanted:
                    found[position] = wkb
        return found


def read_existing(store, names=None, geometry: bool = True) -> Existing:
    """Every stored work of ``store`` (only the columns ``names``, when given).

    The columns are read one at a time, in fid order, texts kept as Python strings; the
    areas are not read here but streamed when compared (``Existing.areas``). ``geometry``
    False: the areas are never needed.
    """
    kinds = {name: KINDS[name] for name in (names or KINDS)}
    kinds.setdefault(S.F_WORK_ID, S.TEXT)
    # A layer of its own: the import's layer is in edit mode, whose reads go through QGIS.
    layer = store.works_layer()
    columns: Dict[str, np.ndarray] = {}
    fid = np.zeros(0, dtype=np.int64)
    for name, kind in kinds.items():
        table = read_works_table([layer], [name], geometry=False)
        # SQLite may read one column from an index, in that index's order: put every column in fid order.
        order = np.argsort(table.fid, kind="stable")
        fid = table.fid[order]
        values = table.columns[name][order]
        columns[name] = values.astype(object) if kind == S.TEXT else values
    return Existing(np.asarray(fid, dtype=np.int64), columns, None, layer if geometry else None)


def read_stamps(store) -> Dict[str, np.ndarray]:
    """fid, status and updated_at of every stored work."""
    table = read_works_table([store.works_layer()], [S.F_STATUS, S.F_UPDATED_AT], geometry=False)
    return {"fid": table.fid, **table.columns}


def _in_order(fid: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``values`` (read with ``fid``) in the order of the fids ``wanted``."""
    order = np.argsort(fid, kind="stable")
    where = _find(fid[order], order, wanted)
    result = np.full(len(wanted), None, dtype=object)
    result[where >= 0] = values[where[where >= 0]]
    return result


def _find(ordered: np.ndarray, order: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """Where each of ``needles`` stands in the array whose sorted values are ``ordered`` (its ``order``); -1: absent."""
    result = np.full(len(needles), -1, dtype=np.int64)
    if len(ordered) and len(needles):
        found = np.minimum(np.searchsorted(ordered, needles), len(ordered) - 1)
        hit = ordered[found] == needles
        result[hit] = order[found[hit]]
    return result
