"""From works layers to the engine's arrays, with every unusable work accounted for.

The works are read by the store's one reader (``store.works_table``); here they are checked
for what the detection needs, and their geometries made and, when the layers are not in
metres, transformed into a metric CRS.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Sequence

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsFeedback, QgsVectorLayer

from ..core import schema as S
from ..core.errors import Cancelled, KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.spatial import many_objects
from ..core.works import Works, works_from_columns
from ..i18n import tr
from ..store.parties import party_names
from ..store.row_checks import RowProblem, check_fields, find_problems
from ..store.works_table import ALL_FIELDS, KINDS, LayerSource, WorksTable, read_works_table
from ..store.works_table import prepare as prepare_sources
from . import metric
from .fields import DETECTION_FIELDS


@dataclass
class WorksInput:
    """The usable works of the input layers, in a metric CRS, and what could not be used."""

    works: Works
    wkb: np.ndarray  # WKB of each work's geometry in ``crs``, for writing it out again
    columns: Dict[str, np.ndarray]  # raw schema columns of the usable works (text, day numbers, int8)
    crs: QgsCoordinateReferenceSystem
    source_crs: QgsCoordinateReferenceSystem
    problems: List[RowProblem] = field(default_factory=list)
    features: int = 0  # features read
    inactive: int = 0  # done or cancelled
    methods: Dict[str, str] = field(default_factory=dict)  # layer name -> how it was read
    owner_names: Dict[str, str] = field(default_factory=dict)
    wkb_type: int = 0  # geometry type of the (first) input layer

    @property
    def transformed(self) -> bool:
        """Whether the geometries were transformed into another CRS for the detection."""
        return self.crs != self.source_crs


def prepare(layers: Sequence[QgsVectorLayer], fields: Sequence[str] = ALL_FIELDS) -> List[LayerSource]:
    """Check ``layers`` for ``fields`` and make them readable from a background thread (on the main thread)."""
    kinds = {name: KINDS[name] for name in fields}
    if not layers:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Choose at least one works layer."))
    for layer in layers:
        if layer is None or not layer.isValid():
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The layer '{layer}' cannot be read."),
                layer=layer.name() if layer else "?")
        check_fields(layer, kinds)
    first = layers[0]
    for layer in layers[1:]:
        if layer.crs() != first.crs():
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The input layers have different CRSs: '{a}' is in {crs_a}, '{b}' in "
                                              "{crs_b}. Save them in one CRS first."),
                a=first.name(), crs_a=first.crs().authid(), b=layer.name(), crs_b=layer.crs().authid())
    if not first.crs().isValid():
        raise KipError(QT_TRANSLATE_NOOP("@default", "The layer '{layer}' has no valid CRS."), layer=first.name())
    return prepare_sources(layers, fields)


def read_works(
    layers: Sequence, feedback: QgsFeedback = None, fields: Sequence[str] = ALL_FIELDS
) -> WorksInput:
    """Read, check and convert the works of ``layers`` (QgsVectorLayers, or sources from ``prepare``)."""
    sources = list(layers)
    if not sources or not all(isinstance(s, LayerSource) for s in sources):
        sources = prepare(sources, fields)
    # Fields not read are empty: their defaults apply.
    table = read_works_table(sources, list(dict.fromkeys([*fields, *DETECTION_FIELDS])), feedback)
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
    problems = [
        RowProblem(s.name, None, None, tr("The layer '{layer}' holds no works.").format(layer=s.name))
        for i, s in enumerate(sources)
        if not len(table.rows_of(i))
    ]
    data = _assemble(table, problems)
    data.wkb_type = sources[0].wkb_type
    return data


def _assemble(table: WorksTable, problems: List[RowProblem]) -> WorksInput:
    columns, wkb = table.columns, table.wkb
    layer_names = np.array([s.name for s in table.sources], dtype=object)[table.layer]
    # Works that are done or cancelled take no part: their geometry is not even looked at.
    taking_part = ~np.isin(columns[S.F_STATUS], list(S.INACTIVE_STATUSES))
    geoms = np.full(len(wkb), None, dtype=object)
    with many_objects():
        geoms[taking_part] = shapely.from_wkb(wkb[taking_part], on_invalid="ignore")
    missing = np.array([g is None for g in geoms.tolist()], dtype=bool)
    usable, found = find_problems(columns, missing, layer_names, table.fid, table.bad_dates, taking_part, geoms)
    problems.extend(found)
    if not usable.all():
        keep = np.flatnonzero(usable)
        columns = {name: values[keep] for name, values in columns.items()}
        geoms, wkb = geoms[keep], wkb[keep]

    source_crs = table.sources[0].crs
    crs = source_crs
    if not metric.is_metric(source_crs) and len(geoms):
        with many_objects():
            geoms = shapely.from_wkb(wkb, on_invalid="ignore")  # all of them: the output keeps every work
        bounds = shapely.total_bounds(geoms)
        crs = metric.choose_metric_crs(tuple(bounds), source_crs)
        geoms = metric.transform(geoms, source_crs, crs)
        wkb = metric.to_wkb(geoms)
    works = works_from_columns(columns, geoms)
    return WorksInput(
        works=works,
        wkb=wkb,
        columns=columns,
        crs=crs,
        source_crs=source_crs,
        problems=problems,
        features=len(table),
        inactive=int((~works.active).sum()),
        methods=table.methods,
        owner_names=party_names(table.sources),
    )
