"""Making a council map: read the inputs, take the snapshot, fill the template, export the PDF."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence, Tuple

from qgis.core import (
    QgsFeatureSource,
    QgsFeedback,
    QgsLayerTreeGroup,
    QgsLayoutExporter,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)

from ..atomic import atomic_output, check_target
from ..i18n import tr
from . import atlas as A
from . import items as I
from . import snapshot as N
from .builder import CouncilMap, bind, frame_size, item, load_template
from .common import CouncilMapError, Period, check_canceled
from .cover_disruption import add_disruption
from .theme_pages import money_summary, number_theme_pages, read_theme_pages
from .timeline_chart import timeline_svg
from ..store.parties import parties_for
from .works_data import read_combinations, read_conflicts, read_works
from .works_table import elider

Warn = Callable[[str], None]


@dataclass
class CouncilMapRequest:
    """What the user asks for: the layers, the period and how the PDF should look."""

    works: Sequence[QgsVectorLayer]
    districts: QgsFeatureSource
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


def default_title() -> str:
    """The title of a council map when the user gives none."""
    return tr("Planned works in public space")


def _progress(feedback: Optional[QgsFeedback], value: float, text: str = "") -> None:
    if feedback is None:
        return
    check_canceled(feedback)
    feedback.setProgress(value)
    if text and hasattr(feedback, "setProgressText"):
        feedback.setProgressText(text)


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
        raise CouncilMapError(tr("Choose at least one works layer."))
    context = project.transformContext()
    name_field = A.check_name_field(request.districts, request.name_field)
    crs = A.map_crs(
        [layer.crs() for layer in request.works] + [request.districts.sourceCrs(), project.crs()],
        A.extent_in_wgs84(request.districts, context),
    )
    _progress(feedback, 2, tr("Reading the works…"))
    titles: dict = {}
    works = read_works(request.works, crs, request.period, context, warn, feedback, titles)
    combinations = read_combinations(request.combinations, works, crs, context, feedback)
    conflicts = read_conflicts(request.conflicts, works, crs, context, feedback)
    parties = parties_for(request.works, (w.owner for w in works.values()))
    _progress(feedback, 10, tr("Finding the works of each district…"))
    districts = A.read_districts(request.districts, name_field, crs, context, warn, feedback)
    A.assign(districts, works, combinations, conflicts, feedback)
    pages = A.number_pages(districts, request.with_empty)
    if not pages:
        raise CouncilMapError(
            tr("No district has works in the period {start} – {end}; check the period and the layers.").format(
                start=request.period.start.isoformat(), end=request.period.end.isoformat()
            )
        )
    theme_pages = read_theme_pages(request.themes, crs, context, warn)
    if theme_pages:
        A.assign(theme_pages, works, combinations, conflicts, feedback)
        number_theme_pages(theme_pages, len(pages) + 2)
    analysed = (request.combinations is not None, request.conflicts is not None)
    for district in pages:
        district.summary = " · ".join(part for part in (N.summary(district, *analysed),
                                                        money_summary(district, combinations)) if part)
    mask = list(districts) + theme_pages
    pages = pages + theme_pages
    layout = load_template(project, Path(request.template) if request.template else I.template_path(request.page_size))
    _progress(feedback, 15, tr("Drawing the timelines…"))
    snapshot = _snapshot(request, layout, crs, works, combinations, conflicts, districts, pages, parties, titles, mask)
    if store_path:
        snapshot = N.persist(snapshot, store_path, context)
    for layer in list(snapshot.layers.values()) + list(request.context):
        project.addMapLayer(layer, False)
        if group is not None:
            group.addLayer(layer)
    council = CouncilMap(
        title=request.title or default_title(),
        period=request.period,
        made_on=request.today or _dt.date.today(),
        parties=parties,
        snapshot=snapshot,
        figures=A.figures(works, combinations, conflicts, request.combinations is not None,
                          request.conflicts is not None),
        pages=pages,
        empty_districts=[] if request.with_empty else [d.name for d in districts if not d.works],
        context=list(request.context),
        scale=1.0 if request.page_size == I.A3 else 0.8,
    )
    bind(layout, council, crs)
    add_disruption(layout, request.works, request.period, warn)
    return layout, council


def _snapshot(request, layout, crs, works, combinations, conflicts, districts, pages, parties, titles,
              mask=None) -> N.Snapshot:
    chart_size = frame_size(layout, I.DISTRICT_CHART)
    font_scale = 1.0 if request.page_size == I.A3 else 0.8
    today = request.today or _dt.date.today()

    def chart(district: A.District) -> bytes:
        return timeline_svg(district.works, parties, request.period, chart_size, font_scale, today)

    works_table, conflicts_table = item(layout, I.DISTRICT_TABLE), item(layout, I.DISTRICT_CONFLICTS)
    ordered = sorted(works.values(), key=lambda w: (w.start, w.title.lower()))
    layers = {
        N.WORKS: N.works_layer(ordered, parties, crs, _elider(works_table, N.W_TITLE_SHORT),
                               _elider(works_table, N.W_PARTY), _elider(works_table, N.W_CONFLICTS)),
        N.DISTRICTS: N.districts_layer(districts, crs),
        N.MASK: N.districts_layer(mask or districts, crs, key=N.MASK, name=tr("Outside the district")),
    }
    if request.combinations is not None:
        layers[N.COMBINATIONS] = N.combinations_layer(combinations, crs)
    if request.conflicts is not None:
        layers[N.CONFLICTS] = N.conflicts_layer(conflicts, crs, titles, _elider(conflicts_table, N.C_BETWEEN))
    analysed = (request.combinations is not None, request.conflicts is not None)
    layers[N.PAGES] = N.pages_layer(pages, crs, chart, analysed, None)
    return N.Snapshot(layers)


def _elider(table, attribute: str):
    return elider(table, attribute) if table is not None else (lambda text: text)


def check_output(path: str) -> None:
    """Raise a clear error when the PDF cannot be written at ``path`` (its folder is made when missing)."""
    if not path:
        raise CouncilMapError(tr("Choose a file name for the PDF."))
    target = Path(path)
    if target.is_dir():
        raise CouncilMapError(tr("'{path}' is a folder; choose a file name for the PDF.").format(path=path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        check_target(str(target))
    except OSError as error:
        raise CouncilMapError(
            tr("Cannot write the PDF '{path}': {reason}").format(
                path=path, reason=error.strerror or tr("write-protected")
            )
        )


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
                raise CouncilMapError(tr("Canceled."))
            if result != QgsLayoutExporter.Success:
                raise CouncilMapError(
                    tr("Could not export the council map to '{path}': {error}").format(path=path, error=error or result)
                )
    except OSError as error:
        raise CouncilMapError(
            tr("Cannot write the PDF '{path}': {reason}").format(path=path, reason=error.strerror or str(error))
        )
    return layout.atlas().count() + 1
