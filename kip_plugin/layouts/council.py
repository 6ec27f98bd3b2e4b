"""Making a council map: read the inputs, take the snapshot, fill the template, export the PDF."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsFeatureSource,
    QgsFeedback,
    QgsLayerTreeGroup,
    QgsLayoutExporter,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorLayer,
)

from ..atomic import atomic_output, check_target
from ..core.errors import Cancelled, KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from ..core import schema as S
from ..store import background as backgrounds
from . import areas as R
from . import atlas as A
from . import items as I
from . import snapshot as N
from . import works_table
from .builder import CouncilMap, bind, frame_size, item, load_template
from .common import Period, check_cancelled
from .cover_disruption import add_disruption
from .theme_pages import money_summary, read_theme_pages
from .timeline_chart import timeline_svg
from ..store.parties import parties_for
from .works_data import read_combinations, read_conflicts, read_works

Warn = Callable[[str], None]


@dataclass
class CouncilMapRequest:
    """What the user asks for: the layers, the period and how the PDF should look."""

    works: Sequence[QgsVectorLayer]
    districts: Optional[QgsFeatureSource]  # None: pages over a grid of the works' extent
    name_field: str
    period: Period
    title: str
    page_size: str = I.A3
    with_empty: bool = False  # districts without works get a page saying so
    combinations: Optional[QgsFeatureSource] = None
    conflicts: Optional[QgsFeatureSource] = None
    context: Sequence[QgsVectorLayer] = field(default_factory=list)
    template: Optional[str] = None  # a .qpt made from KIP's template; default: the bundled one
    themes: Optional[QgsFeatureSource] = None  # theme areas of 'Theme signals': a page each after the districts
    today: Optional[_dt.date] = None
    background: Optional[QgsMapLayer] = None  # drawn under everything; None: see ``background_for``


def default_title() -> str:
    """The title of a council map when the user gives none."""
    return tr("Planned works in public space")


def _progress(feedback: Optional[QgsFeedback], value: float, text: str = "") -> None:
    if feedback is None:
        return
    check_cancelled(feedback)
    feedback.setProgress(value)
    if text and hasattr(feedback, "setProgressText"):
        feedback.setProgressText(text)


def _map_crs(request: CouncilMapRequest, project: QgsProject):
    context = project.transformContext()
    candidates = [layer.crs() for layer in request.works]
    if request.districts is not None:
        candidates.append(request.districts.sourceCrs())
        area = A.extent_in_wgs84(request.districts, context)
    else:
        area = A.extent_in_wgs84(request.works[0], context)
    return A.map_crs(candidates + [project.crs()], area)


def make_council_map(
    request: CouncilMapRequest,
    project: QgsProject,
    warn: Warn,
    feedback: Optional[QgsFeedback] = None,
    store_path: Optional[str] = None,
    group: Optional[QgsLayerTreeGroup] = None,
) -> Tuple[QgsPrintLayout, CouncilMap]:
    """The filled council map layout in ``project``; its layers are kept in ``store_path`` when given."""
    if not request.works:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Choose at least one works layer."))
    context = project.transformContext()
    name_field = R.name_field(request.districts, request.name_field) if request.districts is not None else ""
    crs = _map_crs(request, project)
    _progress(feedback, 2, tr("Reading the works…"))
    titles: dict = {}
    works = read_works(request.works, crs, request.period, context, warn, feedback, titles)
    if not works and not (request.districts is not None and request.with_empty):
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "No works in the period {start} – {end}: check the period and that the "
                                          "works layers are the right ones."),
            start=request.period.start.isoformat(), end=request.period.end.isoformat())
    combinations = read_combinations(request.combinations, works, crs, context, feedback)
    conflicts = read_conflicts(request.conflicts, works, crs, context, feedback)
    parties = parties_for(request.works, (w.owner for w in works.values()))
    _progress(feedback, 10, tr("Finding the works of each district…"))
    if request.districts is not None:
        districts = A.read_districts(request.districts, name_field, crs, context, warn, feedback)
    else:
        districts = R.grid(works)
    A.assign(districts, works, combinations, conflicts, feedback)
    if request.districts is not None and works:
        R.check_overlap(districts, works, request.districts.sourceName(), crs)
    shown = A.number_pages(districts, request.with_empty)
    theme_pages = read_theme_pages(request.themes, crs, context, warn)
    if theme_pages:
        A.assign(theme_pages, works, combinations, conflicts, feedback)
    analysed = (request.combinations is not None, request.conflicts is not None)
    for district in shown:
        district.summary = " · ".join(part for part in (N.summary(district, *analysed),
                                                        money_summary(district, combinations)) if part)
    mask = list(districts) + theme_pages
    shown = shown + theme_pages  # a page each after the districts
    layout = load_template(project, Path(request.template) if request.template else I.template_path(request.page_size))
    layers = _layers(request, crs, works, combinations, conflicts, districts, parties, titles, mask)
    if store_path:
        layers = N.persist(N.Snapshot(layers), store_path, context).layers
    background = request.background
    if background is None:
        background = backgrounds.shipped_streets()
        if background is not None and not backgrounds.covers(background, _extent(works), crs, project):
            background = None
    _add(project, group, list(layers.values()) + list(request.context) + ([background] if background else []))
    _progress(feedback, 15, tr("Drawing the timelines…"))
    pages = _pages(layout, layers, shown)
    pages_layer = _pages_layer(request, layout, pages, parties, crs)
    if store_path:
        pages_layer = N.persist(N.Snapshot({N.PAGES: pages_layer}), store_path, context, new_file=False).layers[N.PAGES]
    _add(project, group, [pages_layer])
    layers[N.PAGES] = pages_layer
    snapshot = N.Snapshot(layers)
    scale = 1.0 if request.page_size == I.A3 else I.MIN_FONT_PT[I.A4] / I.MIN_FONT_PT[I.A3]
    council = CouncilMap(
        title=request.title or default_title(),
        period=request.period,
        made_on=request.today or _dt.date.today(),
        parties=parties,
        snapshot=snapshot,
        figures=A.figures(works, combinations, conflicts, request.combinations is not None,
                          request.conflicts is not None),
        pages=shown,
        empty_districts=[] if request.with_empty else [d.name for d in districts if not d.works],
        context=list(request.context),
        scale=scale,
        page_count=1 + len(pages),
        first_page=pages[0] if pages else None,
        background=background,
    )
    bind(layout, council, crs)
    add_disruption(layout, request.works, request.period, warn)
    return layout, council


def _extent(works) -> QgsRectangle:
    extent = QgsRectangle()
    for work in works.values():
        extent.combineExtentWith(work.geometry.boundingBox())
    return extent


def _add(project: QgsProject, group: Optional[QgsLayerTreeGroup], layers: Sequence[QgsMapLayer]) -> None:
    for layer in layers:
        project.addMapLayer(layer, False)
        if group is not None:
            group.addLayer(layer)


def _layers(request, crs, works, combinations, conflicts, districts, parties, titles,
            mask=None) -> Dict[str, QgsVectorLayer]:
    """The snapshot's layers of works, districts and results (the pages come once the tables are measured)."""
    ordered = sorted(works.values(), key=A.table_order)
    layers = {
        N.WORKS: N.works_layer(ordered, parties, crs),
        N.DISTRICTS: N.districts_layer(districts, crs),
        N.MASK: N.districts_layer(mask or districts, crs, key=N.MASK, name=tr("Outside the district")),
    }
    if request.combinations is not None:
        layers[N.COMBINATIONS] = N.combinations_layer(combinations, crs)
    if request.conflicts is not None:
        layers[N.CONFLICTS] = N.conflicts_layer(conflicts, crs, titles)
    return layers


def _pages_layer(request, layout, pages: Sequence[N.Page], parties, crs) -> QgsVectorLayer:
    """The atlas coverage: one feature per page after the cover, with each district's chart."""
    chart_size = frame_size(layout, I.DISTRICT_CHART)
    font_scale = 1.0 if request.page_size == I.A3 else I.MIN_FONT_PT[I.A4] / I.MIN_FONT_PT[I.A3]
    today = request.today or _dt.date.today()

    def chart(district: A.District) -> bytes:
        return timeline_svg(district.works, parties, request.period, chart_size, font_scale, today)

    analysed = (request.combinations is not None, request.conflicts is not None)
    return N.pages_layer(pages, crs, chart, analysed, None)


def _pages(layout: QgsPrintLayout, layers, shown: Sequence[A.District]) -> List[N.Page]:
    """Each district's pages: its own page, then as many continuation pages as its tables need."""
    works_tables = [item(layout, I.DISTRICT_TABLE), item(layout, I.MORE_TABLE) or item(layout, I.DISTRICT_TABLE)]
    conflict_tables = [item(layout, I.DISTRICT_CONFLICTS), item(layout, I.MORE_CONFLICTS)]
    for table in works_tables:
        works_table.prepare_works_table(table, layers[N.WORKS])
    conflicts_layer = layers.get(N.CONFLICTS)
    measurable = conflicts_layer is not None and all(t is not None for t in conflict_tables)
    for table in conflict_tables:
        if table is not None:
            works_table.prepare_conflicts_table(table, conflicts_layer)
    pages: List[N.Page] = []
    number = 2
    for district in shown:
        work_parts = works_table.split_rows(works_tables, S.F_WORK_ID, [w.work_id for w in district.works])
        conflict_parts = [list(district.conflicts)]
        if measurable and district.conflicts:
            conflict_parts = works_table.split_rows(conflict_tables, S.R_CONFLICT_ID, district.conflicts)
        parts = max(len(work_parts), len(conflict_parts))
        district.page = number
        for part in range(parts):
            pages.append(N.Page(
                district, part + 1, number,
                work_parts[part] if part < len(work_parts) else [],
                conflict_parts[part] if part < len(conflict_parts) else [],
                more=part + 1 < parts,
            ))
            number += 1
    return pages


def check_output(path: str) -> None:
    """Raise a clear error when the PDF cannot be written at ``path`` (its folder is made when missing)."""
    if not path:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Choose a file name for the PDF."))
    target = Path(path)
    if target.is_dir():
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "'{path}' is a folder; choose a file name for the PDF."),
            path=path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        check_target(str(target))
    except OSError as error:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "Cannot write the PDF '{path}': {reason}"),
            path=path, reason=error.strerror or QT_TRANSLATE_NOOP("@default", "write-protected"), translate=("reason",))


def export_pdf(layout: QgsPrintLayout, path: str, feedback: Optional[QgsFeedback] = None) -> int:
    """Export the council map (cover and district pages) to one PDF; return the number of pages."""
    check_output(path)
    target = Path(path)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    settings.appendGeoreference = False
    # Real text, not outlines: readers can search the PDF and copy names from it.
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    try:
        # Written beside the target and renamed when complete, with the user's normal permissions.
        with atomic_output(str(target)) as partial:
            result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), partial, settings, feedback)
            if result == QgsLayoutExporter.Canceled:
                raise Cancelled()
            if result != QgsLayoutExporter.Success:
                raise KipError(
                    QT_TRANSLATE_NOOP("@default", "Could not export the council map to '{path}': {error}"),
                    path=path, error=error or result)
    except OSError as error:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "Cannot write the PDF '{path}': {reason}"),
            path=path, reason=error.strerror or str(error))
    return layout.atlas().count() + 1
