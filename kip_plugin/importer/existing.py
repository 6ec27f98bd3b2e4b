"""The works already in the KIP, as columns: what a delivery is compared with.

Read with the works reader's columnar access (GDAL's Arrow interface) in the same
representation as the delivery's converted values: text ('' when empty), day
numbers, -1/0/1 for yes/no, floats (NaN when empty); QGIS's iterator when GDAL
cannot stream the file.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Iterator, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal
from qgis.core import QgsVectorLayer

from ..core import schema as S
from ..core.works import NO_DATE
from ..detection import arrow
from .columns import day_number
from .qvalues import to_py

KINDS: Dict[str, str] = {spec.name: spec.kind for spec in S.WORK_FIELDS}


@dataclass
class Existing:
    """The stored works: fid and columns, and where each work id is; their areas read a batch at a time."""

    fid: np.ndarray
    columns: Dict[str, np.ndarray]
    wkb: Optional[np.ndarray]  # every work's area, when read at once (else streamed from ``path``)
    path: str = ""

    def __post_init__(self) -> None:
        ids = np.array(["" if w is None else w for w in self.columns[S.F_WORK_ID]], dtype=str)
        self._order = np.argsort(ids, kind="stable")
        self._sorted = ids[self._order]

    def __len__(self) -> int:
        return len(self.fid)

    def positions(self, work_ids: Sequence[Optional[str]]) -> np.ndarray:
        """Where each of ``work_ids`` is (-1 where it is not stored)."""
        query = np.array(["" if w is None else w for w in work_ids], dtype=str)
        result = np.full(len(query), -1, dtype=np.int64)
        if not len(self._sorted) or not len(query):
            return result
        found = np.minimum(np.searchsorted(self._sorted, query), len(self._sorted) - 1)
        hit = (self._sorted[found] == query) & (query != "")
        result[hit] = self._order[found[hit]]
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
        order = np.argsort(self.fid, kind="stable")
        for fids, wkb in _wkb_batches(self.path):
            found = np.minimum(np.searchsorted(self.fid[order], fids), max(len(order) - 1, 0))
            known = self.fid[order][found] == fids if len(order) else np.zeros(len(fids), dtype=bool)
            yield order[found[known]], wkb[known]

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


def read_existing(path: str, layer: Optional[QgsVectorLayer] = None, names=None, geometry: bool = True) -> Existing:
    """Every stored work of the store at ``path`` (only the columns ``names``, when given).

    With GDAL's columnar access the columns are read one at a time, texts kept as Python
    strings, and the areas are not read here but streamed when compared (``Existing.areas``):
    a KIP of a million works need not hold them all at once.
    """
    kinds = {name: KINDS[name] for name in (names or KINDS)}
    kinds.setdefault(S.F_WORK_ID, S.TEXT)
    source = arrow.OgrSource(path, S.WORKS_TABLE, None, "")
    columns: Optional[Dict[str, np.ndarray]] = {}
    fid = None
    for name, kind in kinds.items():
        read = arrow.read_columns(source, {name: kind}, geometry=False)
        if read is None:
            columns = None
            break
        # SQLite may read one column from an index, in that index's order: put every column in fid order.
        order = np.argsort(read[arrow.FID], kind="stable")
        fid = read[arrow.FID][order]
        values = read[name][order]
        columns[name] = values.astype(object) if kind == S.TEXT else values
    wkb = None
    if columns is None:
        columns = _read_with_qgis(layer or QgsVectorLayer(f"{path}|layername={S.WORKS_TABLE}", "works", "ogr"), kinds)
        wkb = columns.pop(arrow.GEOMETRY)
        fid = columns.pop(arrow.FID)
    return Existing(np.asarray(fid, dtype=np.int64), columns, wkb, path)


def read_stamps(path: str) -> Optional[Dict[str, np.ndarray]]:
    """fid, status and updated_at of every stored work (None when GDAL cannot stream the table)."""
    return arrow.read_columns(arrow.OgrSource(path, S.WORKS_TABLE, None, ""),
                              {S.F_STATUS: S.TEXT, S.F_UPDATED_AT: S.DATETIME}, geometry=False)


def _wkb_batches(path: str) -> Iterator[Tuple[np.ndarray, np.ndarray]]:
    """(fids, WKB) of the works, a batch at a time."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    try:
        layer = ds.GetLayerByName(S.WORKS_TABLE)
        defn = layer.GetLayerDefn()
        layer.SetIgnoredFields([defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())])
        name = layer.GetGeometryColumn() or "wkb_geometry"
        fid_name = layer.GetFIDColumn() or "OGC_FID"
        for batch in layer.GetArrowStreamAsNumPy(["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={arrow.BATCH}"]):
            values = batch[name]
            data = np.ma.getdata(values).astype(object)
            data[np.ma.getmaskarray(values)] = None
            yield np.asarray(np.ma.getdata(batch[fid_name]), dtype=np.int64), data
    finally:
        ds = None


def _read_with_qgis(layer: QgsVectorLayer, kinds: Dict[str, str]) -> Dict[str, np.ndarray]:
    """The same columns through QGIS's iterator."""
    values = {name: [] for name in kinds}
    fids, wkb = [], []
    for feature in layer.getFeatures():
        fids.append(feature.id())
        wkb.append(bytes(feature.geometry().asWkb()) if feature.hasGeometry() else None)
        for name in kinds:
            values[name].append(to_py(feature[name]))
    columns: Dict[str, np.ndarray] = {arrow.FID: np.array(fids, dtype=np.int64), arrow.GEOMETRY: np.array(wkb, dtype=object)}
    for name, kind in kinds.items():
        column = values[name]
        if kind == S.DATE:
            columns[name] = np.array([day_number(v) for v in column], dtype=np.int64)
        elif kind == S.BOOL:
            columns[name] = np.array([-1 if v is None else int(bool(v)) for v in column], dtype=np.int8)
        elif kind == S.REAL:
            columns[name] = np.array([np.nan if v is None else float(v) for v in column], dtype=float)
        elif kind == S.DATETIME:
            columns[name] = np.array([NO_DATE if v is None else int(v.timestamp() * 1000) for v in column], dtype=np.int64)
        else:
            columns[name] = np.array(["" if v is None else str(v) for v in column], dtype=str)
    return columns
