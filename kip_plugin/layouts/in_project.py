"""The council map as a layout in the user's project, to adjust in the layout designer and export there."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from qgis.core import QgsMapLayer, QgsPrintLayout, QgsProject, QgsVectorLayer

from ..core import schema as S
from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from ..store import project as kip_project
from ..store.background import ROLE
from . import items as I
from .common import Period
from .council import CouncilMapRequest, Warn, make_council_map

COUNCIL_PROPERTY = "kip/council"  # on snapshot layers (their key) and on the layouts KIP made ("layout")
RESULT_PROPERTY = "kip/result"  # set by the detection on its result layers


@dataclass
class LayoutOptions:
    """What the user chose in the council map dialog."""

    districts: Optional[QgsVectorLayer]  # None: pages over a grid of the works
    name_field: str
    period: Period
    title: str
    page_size: str = I.A3
    with_empty: bool = False
    background: Optional[QgsMapLayer] = None  # None: the map's background of the project, else KIP's choice


def _has_fields(layer: QgsVectorLayer, names) -> bool:
    have = layer.fields().names()
    return all(name in have for name in names)


def result_layer(project: QgsProject, role: str, fields) -> Optional[QgsVectorLayer]:
    """The project's detection result of ``role`` ('clusters', 'conflicts'): as marked, else found by its fields."""
    candidates = [
        layer for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and layer.isValid() and _has_fields(layer, fields)
        and not layer.customProperty(COUNCIL_PROPERTY)
    ]
    marked = [layer for layer in candidates if layer.customProperty(RESULT_PROPERTY) == role]
    return (marked or candidates or [None])[0]


def context_layers(project: QgsProject) -> List[QgsVectorLayer]:
    """The neighbourhoods KIP added for context, as copies to restyle for print."""
    return [
        layer.clone() for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and layer.customProperty("kip/role") == "context_buurten"
    ]


def project_background(project: QgsProject) -> Optional[QgsMapLayer]:
    """A copy (restyled for print) of the background KIP put under the project's works, if any."""
    layer = next((lyr for lyr in project.mapLayers().values() if lyr.customProperty("kip/role") == ROLE), None)
    return layer.clone() if layer is not None else None


def unique_title(project: QgsProject, base: str) -> str:
    """``base``, or ``base (2)``, … so that no layout of the project has the same name."""
    names = {layout.name() for layout in project.layoutManager().layouts()}
    title, number = base, 2
    while title in names:
        title, number = f"{base} ({number})", number + 1
    return title


def _documents() -> str:
    """Where council data goes when neither the KIP nor the project has a folder: Documents/KIP."""
    from qgis.PyQt.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or Path.home()) / "KIP"
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


def snapshot_path(project: QgsProject, layout_title: str) -> Path:
    """Where the layout's own data goes: beside the KIP store, else beside the project."""
    store = kip_project.store_of_project(project)
    local = store is not None and store.backend == "gpkg"  # a shared KIP has no folder of its own
    folder = Path(store.address).parent if local else Path(project.homePath() or _documents())
    slug = re.sub(r"[^A-Za-z0-9]+", "_", layout_title).strip("_").lower() or "council_map"
    stem = Path(store.address).stem + "_" if local else ""
    return folder / f"{stem}{slug}.gpkg"


def add_council_layout(project: QgsProject, options: LayoutOptions, warn: Warn) -> QgsPrintLayout:
    """Make the council map from the project's KIP layers and add it to the project's layouts."""
    works = kip_project.works_layers(project)
    if not works:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Open a KIP first: the council map shows its works."))
    base = tr("Council map {date}").format(date=_dt.date.today().isoformat())
    title = unique_title(project, base)
    path = snapshot_path(project, title)
    group = project.layerTreeRoot().addGroup(title)
    request = CouncilMapRequest(
        works=works,
        districts=options.districts,
        name_field=options.name_field,
        period=options.period,
        title=options.title,
        page_size=options.page_size,
        with_empty=options.with_empty,
        combinations=result_layer(project, "clusters", (S.R_CLUSTER_ID, S.R_WORK_IDS)),
        conflicts=result_layer(project, "conflicts", (S.R_CONFLICT_ID, S.R_WORK_A, S.R_WORK_B)),
        context=context_layers(project),
        background=options.background.clone() if options.background is not None else project_background(project),
    )
    try:
        layout, _council = make_council_map(request, project, warn, store_path=str(path), group=group)
    except Exception:
        for layer in group.findLayers():
            project.removeMapLayer(layer.layerId())
        group.parent().removeChildNode(group)
        raise
    # The snapshot only feeds the layout; hidden, it does not double the works on the map canvas.
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    layout.setName(title)
    layout.setCustomProperty(COUNCIL_PROPERTY, "layout")
    project.layoutManager().addLayout(layout)
    return layout
