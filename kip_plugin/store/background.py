"""The background of KIP's maps: streets a reader can find their way by.

Where it comes from, in this order: the layer the user chose (BGT or NWB roads, an
OpenStreetMap extract, any vector or raster file), else the streets shipped with the demo
when they cover the works, else the PDOK BRT background map when the internet is reachable.
KIP also adds the PDOK BRT map to QGIS's WMTS connections, so that it is one click away in
the Browser.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLineSymbol,
    QgsMapLayer,
    QgsNetworkAccessManager,
    QgsPalLayerSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsRuleBasedLabeling,
    QgsSettings,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QUrl, Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .. import settings
from ..i18n import tr
from ..paths import demo_streets_path

ROLE = "background"  # kip/role of the background layer and of its layer-tree group
PDOK = "pdok"  # the background setting that stands for the PDOK BRT map
PDOK_CONNECTION = "PDOK BRT Achtergrondkaart"
PDOK_CAPABILITIES = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0?request=GetCapabilities&service=WMTS"
PDOK_URI = (
    "contextualWMSLegend=0&crs=EPSG:28992&dpiMode=7&format=image/png&layers=standaard&styles=default"
    "&tileMatrixSet=EPSG:28992&url=https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0"
    "?request%3DGetCapabilities%26service%3DWMTS"
)
# How long to wait for PDOK before drawing without it (ms).
ONLINE_TIMEOUT_MS = 2500
# Share of the works' extent the shipped streets must cover to be their background.
COVERS = 0.8
# Street names show on screen from this scale (1:n) inwards; closer they would crowd the map.
LABEL_SCALE = 25_000
STREET_COLOUR, CASING_COLOUR, NAME_COLOUR = "#ffffff", "#b4b4b4", "#5a5a5a"
# Names of the fields that hold a street's name in the streets, NWB, BGT and OSM layers KIP knows.
NAME_FIELDS = ("name", "naam", "straatnaam", "stt_naam", "openbareruimtenaam", "street")


def register_pdok_connection() -> None:
    """Add the PDOK BRT background map to QGIS's WMS/WMTS connections (once; the user may edit it)."""
    qsettings = QgsSettings()
    key = f"qgis/connections-wms/{PDOK_CONNECTION}/url"
    if not qsettings.value(key, ""):
        qsettings.setValue(key, PDOK_CAPABILITIES)


def pdok_reachable(timeout_ms: int = ONLINE_TIMEOUT_MS) -> bool:
    """Whether PDOK answers within ``timeout_ms``, through QGIS's network settings (proxy included)."""
    request = QNetworkRequest(QUrl(PDOK_CAPABILITIES))
    request.setTransferTimeout(timeout_ms)
    reply = QgsNetworkAccessManager.blockingGet(request)
    return reply.error() == QNetworkReply.NoError and bool(reply.content())


def name_field(layer: QgsVectorLayer) -> str:
    """The field holding street names, or ''."""
    names = {name.lower(): name for name in layer.fields().names()}
    return next((names[n] for n in NAME_FIELDS if n in names), "")


def style_streets(layer: QgsVectorLayer, width_mm: float = 0.9, label_size: float = 8.0,
                  labels_from_scale: Optional[int] = LABEL_SCALE, only_where: str = "") -> None:
    """White roads with a grey edge, named along the line (from ``labels_from_scale`` inwards, where ``only_where``)."""
    if layer.geometryType() == QgsWkbTypes.LineGeometry:
        symbol = QgsLineSymbol.createSimple(
            {"line_color": CASING_COLOUR, "line_width": str(width_mm + 0.35), "capstyle": "round"}
        )
        road = QgsSimpleLineSymbolLayer(QColor(STREET_COLOUR), width_mm)
        road.setPenCapStyle(Qt.RoundCap)
        road.setRenderingPass(1)  # every road over every edge: crossings join instead of being cut
        symbol.appendSymbolLayer(road)  # the symbol owns it (a list given to the constructor it would not)
        renderer = QgsSingleSymbolRenderer(symbol)
        renderer.setUsingSymbolLevels(True)
        layer.setRenderer(renderer)
    field = name_field(layer)
    if not field:
        layer.setLabelsEnabled(False)
        return
    text = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setItalic(True)
    text.setFont(font)
    text.setSize(label_size)
    text.setColor(QColor(NAME_COLOUR))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(0.8)
    halo.setColor(QColor("white"))
    text.setBuffer(halo)
    label = QgsPalLayerSettings()
    label.fieldName = field
    label.placement = QgsPalLayerSettings.Line if layer.geometryType() == QgsWkbTypes.LineGeometry else \
        QgsPalLayerSettings.OverPoint
    label.setFormat(text)
    label.priority = 2  # below the works' own numbers
    label.lineSettings().setMergeLines(True)  # one name per street, not per piece
    rule = QgsRuleBasedLabeling.Rule(label)
    if labels_from_scale:
        rule.setMaximumScale(0)
        rule.setMinimumScale(labels_from_scale)
    if only_where:
        rule.setFilterExpression(only_where)
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(rule)
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)


def working_copy(path: Path) -> Path:
    """A copy of a file shipped with KIP, in KIP's folder of the QGIS profile, to open instead of the original.

    QGIS may write to a GeoPackage it opens (its contents table), and the plugin's own folder
    must stay as it was installed (it may not even be writable).
    """
    target = Path(QgsApplication.qgisSettingsDirPath()) / "kip" / "shipped" / path.name
    try:
        if not target.exists() or target.stat().st_size != path.stat().st_size or \
                target.stat().st_mtime < path.stat().st_mtime:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    except OSError:
        return path
    return target


def shipped_streets(name: str = "", path=None) -> Optional[QgsVectorLayer]:
    """The streets shipped with the demo (or a copy of them at ``path``), styled; None when they are missing."""
    if path is None:
        if not demo_streets_path().exists():
            return None
        path = working_copy(demo_streets_path())
    if not Path(path).exists():
        return None
    layer = QgsVectorLayer(f"{path}|layername=straten", name or tr("Streets"), "ogr")
    if not layer.isValid():
        return None
    layer.setReadOnly(True)
    style_streets(layer)
    layer.setAttribution(tr("Streets: generated for the KIP demo of Ede"))
    return layer


def covers(layer: QgsMapLayer, extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, project: QgsProject) -> bool:
    """Whether ``layer`` covers most of ``extent`` (in ``crs``): a background that suits those works."""
    if layer is None or extent.isNull() or extent.isEmpty():
        return False
    area = QgsRectangle(layer.extent())
    if layer.crs() != crs:
        area = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(area)
    overlap = area.intersect(extent)
    size = max(extent.width(), 1.0) * max(extent.height(), 1.0)
    return not overlap.isEmpty() and max(overlap.width(), 1.0) * max(overlap.height(), 1.0) >= COVERS * size


def chosen_layer(source: str, name: str = "") -> Optional[QgsMapLayer]:
    """The background the user chose in the settings ('provider|uri', or 'pdok'), or None."""
    if not source:
        return None
    if source == PDOK:
        register_pdok_connection()
        layer = QgsRasterLayer(PDOK_URI, name or PDOK_CONNECTION, "wms")
        return layer if layer.isValid() else None
    provider, _, uri = source.partition("|")
    if provider in ("gdal", "wms"):
        layer = QgsRasterLayer(uri, name or tr("Background"), provider)
    else:
        layer = QgsVectorLayer(uri, name or tr("Background"), provider or "ogr")
        if layer.isValid():
            style_streets(layer)
    return layer if layer.isValid() else None


def source_of(layer: QgsMapLayer) -> str:
    """The setting that stands for ``layer`` as a background: 'provider|uri'."""
    return f"{layer.providerType()}|{layer.source()}"


def background_for(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, project: QgsProject,
                   online: bool = True) -> Optional[QgsMapLayer]:
    """The background for works in ``extent``: the user's choice, the shipped streets, or PDOK when reachable.

    An empty ``extent`` (a new KIP without works) counts as Ede, whose departments a new KIP starts with.
    """
    chosen = chosen_layer(settings.background_source())
    if chosen is not None:
        return chosen
    streets = shipped_streets()
    if streets is not None and (extent.isEmpty() or covers(streets, extent, crs, project)):
        return streets
    if online and pdok_reachable():
        return chosen_layer(PDOK)
    return None


def group_name() -> str:
    """Title of the layer-tree group holding the background."""
    return tr("Background map")


def show(project: QgsProject, layer: Optional[QgsMapLayer]) -> None:
    """Put ``layer`` as the background at the bottom of the layer tree, replacing an earlier one."""
    from .project import ensure_group

    for old in [lyr for lyr in project.mapLayers().values() if lyr.customProperty("kip/role") == ROLE]:
        project.removeMapLayer(old.id())
    if layer is None:
        return
    layer.setCustomProperty("kip/role", ROLE)
    root = project.layerTreeRoot()
    group = ensure_group(project, ROLE, group_name(), index=len(root.children()))
    project.addMapLayer(layer, False)
    group.addLayer(layer)
