"""What a user sees when a KIP opens: the map zoomed to its works, on a background, with the districts.

Not an empty white canvas at 1:1: the works (or, for a new KIP, the municipality) fill the
map, over the streets and, in Ede, the district and neighbourhood boundaries.
"""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle, QgsVectorLayer

from ..i18n import tr
from ..paths import ede_boundaries_path
from ..store import background, context
from ..store import project as kip_project
from ..store.kipstore import KipStore

# Room around the works when zooming to them (share of their extent).
MARGIN = 0.05


def _ede_outline() -> Optional[QgsVectorLayer]:
    layer = QgsVectorLayer(f"{background.working_copy(ede_boundaries_path())}|layername=gemeente", "gemeente", "ogr")
    return layer if layer.isValid() else None


def works_extent(project: QgsProject) -> QgsRectangle:
    """The extent of the KIP's works in the project (empty when it has none)."""
    extent = QgsRectangle()
    for layer in kip_project.works_layers(project):
        layer.updateExtents()
        if layer.featureCount() and not layer.extent().isEmpty():
            extent.combineExtentWith(layer.extent())
    return extent


def prepare_map(project: QgsProject, store: KipStore, canvas=None) -> Optional[str]:
    """Context, background and zoom for ``store`` just opened in ``project``; a message when there is no background."""
    if not project.crs().isValid() or len(project.mapLayers()) == len(kip_project.works_layers(project)):
        project.setCrs(store.crs)
    extent = works_extent(project)
    outline = _ede_outline()
    in_ede = outline is not None and (
        extent.isEmpty()
        or QgsCoordinateTransform(outline.crs(), store.crs, project).transformBoundingBox(outline.extent()).intersects(
            extent)
    )
    if in_ede and kip_project.find_group(project, "context") is None:
        context.add_context_layers(project, str(background.working_copy(ede_boundaries_path())))
    problem = apply_background(project, store, extent)
    if extent.isEmpty() and outline is not None and in_ede:
        extent = QgsCoordinateTransform(outline.crs(), store.crs, project).transformBoundingBox(outline.extent())
    if canvas is not None and not extent.isEmpty():
        canvas.setDestinationCrs(project.crs())
        target = extent if project.crs() == store.crs else QgsCoordinateTransform(
            store.crs, project.crs(), project).transformBoundingBox(extent)
        target.grow(max(target.width(), target.height(), 200.0) * MARGIN)
        canvas.setExtent(target)
    return problem


def apply_background(project: QgsProject, store: KipStore, extent: Optional[QgsRectangle] = None) -> Optional[str]:
    """Put the background chosen for ``store``'s works under them; a message when there is none."""
    extent = works_extent(project) if extent is None else extent
    layer = background.background_for(extent, store.crs, project)
    background.show(project, layer)
    if layer is None:
        return tr("No background map for these works: choose one (BGT or NWB roads, OpenStreetMap, PDOK) with "
                  "KIP › Background map…")
    return None
