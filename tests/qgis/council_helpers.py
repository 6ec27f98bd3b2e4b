"""Helpers for the council map tests: district layers, an independent count of districts with works, PDF tools."""
from __future__ import annotations

import datetime as _dt
import subprocess
from pathlib import Path
from typing import List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtXml import QDomDocument

from kip_plugin.core import schema as S
from kip_plugin.paths import ede_boundaries_path

WIJKEN = f"{ede_boundaries_path()}|layername=wijken"
BUURTEN = f"{ede_boundaries_path()}|layername=buurten"


def districts_copy(folder: Path, names: Optional[Sequence[str]] = None, crs: str = "", name: str = "districts") -> str:
    """Ede's districts (all, or those ``names``) written to a new GeoPackage, optionally in another CRS."""
    uri = WIJKEN
    if names is not None:
        quoted = ", ".join("'{}'".format(n.replace("'", "''")) for n in names)
        # A filter in the source: setSubsetString() would reopen the bundled file for writing.
        uri += f'|subset="statnaam" IN ({quoted})'
    source = QgsVectorLayer(uri, "wijken", "ogr")
    assert source.isValid()
    path = str(folder / f"{name}.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if crs:
        options.ct = QgsCoordinateTransform(source.crs(), QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    error = QgsVectorFileWriter.writeAsVectorFormatV3(source, path, QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return path


def districts_with_works(works, districts_uri: str, start: _dt.date, end: _dt.date) -> List[str]:
    """Names of the districts that one or more active works (a layer or a GeoPackage source) in the period
    touch: a plain loop, for comparison."""
    if isinstance(works, str):
        works = QgsVectorLayer(works, "works", "ogr")
    districts = QgsVectorLayer(districts_uri, "districts", "ogr")
    transform = QgsCoordinateTransform(works.crs(), districts.crs(), QgsProject.instance())
    shown = []
    for work in works.getFeatures(QgsFeatureRequest()):
        if work[S.F_STATUS] in S.INACTIVE_STATUSES:
            continue
        first, last = work[S.F_START].toPyDate(), work[S.F_END].toPyDate()
        if first <= end and last >= start:
            geometry = work.geometry()
            geometry.transform(transform)
            shown.append(geometry)
    names = []
    for district in districts.getFeatures():
        if any(district.geometry().intersects(g) for g in shown):
            names.append(district["statnaam"])
    return sorted(names)


def pdf_pages(path) -> int:
    """Number of pages of a PDF (pdfinfo)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_page_size(path) -> str:
    """The 'Page size' line of pdfinfo, e.g. '1190.55 x 841.89 pts (A3)'."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Page size:"))


def page_text(path, page: int) -> str:
    """The text of one PDF page (pdftotext)."""
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout


def page_title(path, page: int) -> str:
    """The first text on a page, at its top left: the district's name on a district page."""
    import re

    first = next(line.strip() for line in page_text(path, page).splitlines() if line.strip())
    return re.split(r"\s{3,}", first)[0]  # the header at the right may share the line


def render_page(path, page: int, folder: Path, dpi: int = 50) -> np.ndarray:
    """One page rendered to PNG (pdftoppm) as an RGB array."""
    prefix = folder / f"page{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(prefix)], check=True)
    image = QImage(str(prefix) + ".png").convertToFormat(QImage.Format_RGB32)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    array = np.frombuffer(bits, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return array[:, : image.width(), :3][:, :, ::-1].copy()


def item_box_px(template: Path, item_id: str, dpi: int, inset_mm: float = 2.0):
    """Pixel rows and columns of a template item on its page (inside its frame)."""
    document = QDomDocument()
    document.setContent(template.read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    item = layout.itemById(item_id)
    position, size = item.pagePositionWithUnits(), item.sizeWithUnits()
    scale = dpi / 25.4
    x0, y0 = (position.x() + inset_mm) * scale, (position.y() + inset_mm) * scale
    x1, y1 = (position.x() + size.width() - inset_mm) * scale, (position.y() + size.height() - inset_mm) * scale
    return slice(int(y0), int(y1)), slice(int(x0), int(x1))


def drawn(area: np.ndarray) -> tuple:
    """(standard deviation of the grey values, share of pixels that are not white) of an image area."""
    grey = area.mean(axis=2)
    return float(grey.std()), float((grey < 235).mean())


def coloured(area: np.ndarray) -> float:
    """Share of clearly coloured pixels (the parties' colours; outlines and text are grey or dark blue)."""
    channels = area.astype(int)
    return float(((channels.max(axis=2) - channels.min(axis=2)) > 60).mean())


# Height of a word's box in pdftotext -bbox against the font size it was set in (DejaVu Sans: ascent + descent).
BOX_PER_POINT = 1.168


def pdf_words(path) -> list:
    """Every word of a PDF with its page and box in points: (page, x0, y0, x1, y1, text), from pdftotext -bbox."""
    import html
    import re

    text = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words, page = [], 0
    for line in text.splitlines():
        if "<page " in line:
            page += 1
            size = re.search(r'width="([\d.]+)" height="([\d.]+)"', line)
            words.append((page, 0.0, 0.0, float(size.group(1)), float(size.group(2)), "<page>"))
            continue
        found = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if found:
            x0, y0, x1, y1 = (float(found.group(k)) for k in range(1, 5))
            words.append((page, x0, y0, x1, y1, html.unescape(found.group(5))))
    return words


def font_points(word) -> float:
    """The size (points) a word was set in, from the height of its box."""
    return (word[4] - word[2]) / BOX_PER_POINT


def item_box_pt(template: Path, item_id: str):
    """(x0, y0, x1, y1) in points of a template item on its page."""
    document = QDomDocument()
    document.setContent(template.read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    item = layout.itemById(item_id)
    position, size = item.pagePositionWithUnits(), item.sizeWithUnits()
    scale = 72 / 25.4
    return (position.x() * scale, position.y() * scale, (position.x() + size.width()) * scale,
            (position.y() + size.height()) * scale)
