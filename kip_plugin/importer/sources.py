"""Opening a delivery as a QGIS layer, whatever it is: CSV (any encoding or separator), XLSX, shapefile, GeoJSON, GeoPackage.

Files are checked for what they really are before QGIS opens them, so a user reads
"this .csv is really a spreadsheet" rather than an empty layer. CSV files are opened
without geometry and with every value as text: KIP builds points from coordinate
columns itself, so a row with unreadable coordinates is reported, not skipped the way
QGIS's delimited-text reader skips it.
"""
from __future__ import annotations

import csv
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, List

from osgeo import gdal
from qgis.core import QgsField, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QUrl, QUrlQuery, QVariant

from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP

TEXT_EXTENSIONS = (".csv", ".txt", ".tsv", ".tab")
SHEET_EXTENSIONS = (".xlsx", ".xls", ".ods")
_SEPARATORS = ";,\t|"


@dataclass
class CsvDialect:
    """How a text table is written: its encoding, separator and decimal mark."""

    encoding: str
    delimiter: str
    bom: bool = False


def sniff_kind(head: bytes) -> str:
    """What a file's first bytes say it is: zip, ole, pdf, xml, json, sqlite, binary or text."""
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"SQLite format 3"):
        return "sqlite"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        return "xml"
    if stripped.startswith((b"{", b"[")):
        return "json"
    if b"\x00" in head:
        return "binary"
    return "text"


_KIND_WORDS = {
    "zip": QT_TRANSLATE_NOOP("@default", "a ZIP archive or an Excel/OpenDocument spreadsheet"),
    "ole": QT_TRANSLATE_NOOP("@default", "an old Excel (.xls) or other Office file"),
    "pdf": QT_TRANSLATE_NOOP("@default", "a PDF document"),
    "sqlite": QT_TRANSLATE_NOOP("@default", "a GeoPackage or SQLite database"),
    "xml": QT_TRANSLATE_NOOP("@default", "an XML or HTML document"),
    "json": QT_TRANSLATE_NOOP("@default", "a JSON document"),
    "binary": QT_TRANSLATE_NOOP("@default", "a binary file"),
    "text": QT_TRANSLATE_NOOP("@default", "a text file"),
}


def kind_words(kind: str) -> str:
    """The source text naming a kind of file (translate it before showing it)."""
    return _KIND_WORDS.get(kind, kind)


def detect_dialect(data: bytes) -> CsvDialect:
    """Encoding (UTF-8, with or without BOM, else Windows-1252/latin-1) and separator of a text table."""
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        text, encoding = data[3:].decode("utf-8", errors="replace"), "UTF-8"
    else:
        try:
            text, encoding = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            # Windows-1252 is latin-1 plus the euro sign and quotes Excel writes.
            text, encoding = data.decode("cp1252", errors="replace"), "windows-1252"
    lines = [line for line in text.splitlines() if line.strip()][:50]
    return CsvDialect(encoding, guess_delimiter(lines), bom)


def guess_delimiter(lines: List[str]) -> str:
    """The separator that splits the header and most rows into the same number (> 1) of columns."""
    best, best_score = ",", (0, 0)
    for separator in _SEPARATORS:
        counts = [len(row) for row in csv.reader(lines, delimiter=separator)]
        if not counts or counts[0] < 2:
            continue
        agreeing = sum(1 for n in counts if n == counts[0])
        # Rows agreeing with the header count most; a Dutch decimal comma then cannot win over ';'.
        score = (agreeing, counts[0])
        if score > best_score:
            best, best_score = separator, score
    return best


def csv_uri(path: str, dialect: CsvDialect) -> str:
    """A delimited-text data source: no geometry, no type guessing (KIP reads the values itself)."""
    url = QUrl.fromLocalFile(os.path.abspath(path))
    query = QUrlQuery()
    for key, value in (
        ("type", "csv"),
        # The provider reads a tab as the two characters backslash and t.
        ("delimiter", "\\t" if dialect.delimiter == "\t" else dialect.delimiter),
        ("encoding", dialect.encoding),
        ("useHeader", "yes"),
        ("detectTypes", "no"),
        ("geomType", "none"),
        ("trimFields", "yes"),
        ("watchFile", "no"),
    ):
        query.addQueryItem(key, value)
    url.setQuery(query)
    return bytes(url.toEncoded()).decode("ascii")


def _ogr_layers(path: str) -> List[str]:
    metadata = QgsProviderRegistry.instance().providerMetadata("ogr")
    try:
        details = metadata.querySublayers(path)
        return [d.name() for d in details]
    except AttributeError:  # older QGIS: one layer is all we can offer
        return []


def check_file(path: str) -> str:
    """Check that a delivery file exists, is not empty and is what its name says; return its extension."""
    base = path.partition("|layername=")[0]
    if not os.path.isfile(base):
        raise KipError(QT_TRANSLATE_NOOP("@default", "The file '{path}' does not exist."), path=base)
    with open(base, "rb") as handle:
        head = handle.read(65536)
    if not head.strip():
        raise KipError(QT_TRANSLATE_NOOP("@default", "The file '{path}' is empty."), path=base)
    extension = os.path.splitext(base)[1].lower()
    kind = sniff_kind(head)
    expected = {".csv": "text", ".txt": "text", ".tsv": "text", ".tab": "text", ".xlsx": "zip", ".ods": "zip",
                ".xls": "ole", ".gpkg": "sqlite", ".geojson": "json", ".json": "json", ".gml": "xml", ".kml": "xml"}
    if extension in expected and kind != expected[extension] and not (extension == ".csv" and kind == "json"):
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "The file '{path}' is called {extension} but is not one: it looks like {kind}. "
                "Save it in the right format or give it the right extension."
            ),
            path=base, extension=extension, kind=kind_words(kind), translate=("kind",),
        )
    if extension == ".shp":
        stem = os.path.splitext(base)[0]
        if not any(os.path.isfile(stem + suffix) for suffix in (".dbf", ".DBF", ".Dbf")):
            raise KipError(
                QT_TRANSLATE_NOOP(
                    "@default", "The shapefile '{path}' comes without its .dbf file, which holds the values of the "
                    "rows (dates, ids, names). Deliver the .shp, .shx, .dbf and .prj files together (or a ZIP of them)."
                ),
                path=base,
            )
    return extension


def open_path(path: str) -> QgsVectorLayer:
    """Open a delivery file as a layer; raise KipError saying what is wrong with it."""
    base, _, layer_name = path.partition("|layername=")
    extension = check_file(path)
    with open(base, "rb") as handle:
        head = handle.read(65536)
    kind = sniff_kind(head)
    if extension in TEXT_EXTENSIONS:
        # KIP reads the rows itself; the layer only shows the columns (for the mapping).
        from .csvfile import read_header

        layer = QgsVectorLayer("None", os.path.basename(base), "memory")
        layer.dataProvider().addAttributes([QgsField(name, QVariant.String) for name in read_header(base)])
        layer.updateFields()
    else:
        source = base
        if layer_name:
            source = f"{base}|layername={layer_name}"
        elif extension in (".gpkg", ".sqlite"):
            names = _ogr_layers(base)
            if len(names) > 1:
                raise KipError(
                    QT_TRANSLATE_NOOP(
                        "@default", "The file '{path}' holds several layers ({layers}); choose one, e.g. '{path}|layername={first}'."
                    ),
                    path=base, layers=", ".join(names), first=names[0],
                )
        layer = QgsVectorLayer(source, os.path.basename(base), "ogr")
    if not layer.isValid():
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "QGIS cannot read '{path}' as a table or map layer (it looks like {kind}). "
                "Deliver a CSV, XLSX, shapefile, GeoJSON or GeoPackage."
            ),
            path=base, kind=kind_words(kind), translate=("kind",),
        )
    return layer



@contextmanager
def forced_sheet_headers() -> Iterator[None]:
    """While open: spreadsheets have their first row as the header, even when every cell is text.

    OGR reopens a spreadsheet for each read, so the setting must last as long as the
    layer is read, not only while it is opened.
    """
    options = ("OGR_XLSX_HEADERS", "OGR_ODS_HEADERS")
    previous = {key: gdal.GetConfigOption(key) for key in options}
    for key in options:
        gdal.SetConfigOption(key, "FORCE")
    try:
        yield
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)
