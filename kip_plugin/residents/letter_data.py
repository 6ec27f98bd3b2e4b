"""The contents of the letters to residents: their texts, table rows, works and streets, as layers.

Everything here is written in the publication's language (``language.tr``).
"""
from __future__ import annotations

import datetime as _dt
from typing import Dict, List, Sequence

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.publication import Publication
from ..core.works import to_date
from . import letter_items as L
from . import texts as X
from .language import format_date, tr

FILL = {"none": "#9e9e9e", "low": "#f2b600", "medium": "#e66100", "high": "#c0001a"}
STREET_COLOUR = "#0b3d91"
# Room around a street and its works on the letter's map, as a share of their size (and at least, in metres).
MARGIN = 0.25
MIN_MARGIN_M = 40.0


def _memory(kind: str, crs: QgsCoordinateReferenceSystem, name: str, fields: Sequence[str]) -> QgsVectorLayer:
    uri = kind if kind == "None" else f"{kind}?crs={crs.authid() or 'EPSG:28992'}"
    layer = QgsVectorLayer(uri, name, "memory")
    if kind != "None" and not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([QgsField(f, QVariant.Int if f == L.R_ORDER else QVariant.String) for f in fields])
    layer.updateFields()
    return layer


def _geometry(shape) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(shapely.to_wkb(shape, output_dimension=2))
    return geometry


def letter_texts(publication: Publication, s: int, sender: str, made_on: _dt.date) -> dict:
    """The texts of the letter to street ``s``."""
    street = publication.streets[s]
    events = publication.events_of(publication.street_works[s])
    first = min(publication.events[k].start for k in events)
    last = max(publication.events[k].end for k in events)
    body = [
        tr("Dear resident,"),
        "",
        tr("Between {start} and {end} works are planned in {street}. The map shows where; the table below shows "
           "what is done, by whom and when, what you will notice and whom you can ask.").format(
            start=format_date(to_date(first)), end=format_date(to_date(last)), street=street.label),
    ]
    if any(publication.events[k].combined for k in events):
        body.append(tr("Works marked as carried out together are done at the same time, so that you have works in "
                       "your street once instead of several times."))
    return {
        L.F_STREET: street.label,
        L.F_AREA: street.area,
        L.F_SENDER: sender,
        L.F_DATE: format_date(made_on),
        L.F_ADDRESS: tr("To the residents and users of\n{street}").format(street=street.label),
        L.F_SUBJECT: tr("Works in your street: {street}").format(street=street.label),
        L.F_BODY: "\n".join(body),
        L.F_MAP_NOTE: tr("The street is drawn in blue; works are coloured by disruption: yellow low, orange medium, "
                         "red high; works carried out together have a dashed purple outline."),
        L.F_CLOSING: tr("Plans may still change. Please contact the party named in the table with any questions."
                        "\n\nKind regards,\n{sender}").format(sender=sender.split("\n")[0]),
        L.F_FOOTER: tr("Made with KIP, the map for integrated planning, on {date}.").format(date=format_date(made_on)),
    }


def letter_layers(publication: Publication, crs: QgsCoordinateReferenceSystem, streets: List[int], sender: str,
                  made_on: _dt.date):
    """The atlas coverage (one box per letter), the table rows, the works and the streets to draw."""
    coverage = _memory("Polygon", crs, "letters", L.LETTER_FIELDS)
    rows = _memory("None", crs, "letter_rows", L.ROW_FIELDS)
    events = _memory("Polygon", crs, "works", ("disruption", "combined"))
    lines = _memory("MultiLineString", crs, "streets", (L.F_STREET,))
    letters, table_rows = [], []
    for s in streets:
        street = publication.streets[s]
        ks = publication.events_of(publication.street_works[s])
        shapes = [street.geometry] + [publication.event_geometry(k) for k in ks]
        box = shapely.envelope(shapely.union_all(shapely.envelope(shapes)))
        xmin, ymin, xmax, ymax = box.bounds
        grow = max(MIN_MARGIN_M, MARGIN * max(xmax - xmin, ymax - ymin))
        feature = QgsFeature(coverage.fields())
        texts = letter_texts(publication, s, sender, made_on)
        feature.setAttributes([texts[f] for f in L.LETTER_FIELDS])
        feature.setGeometry(_geometry(shapely.box(xmin - grow, ymin - grow, xmax + grow, ymax + grow)))
        letters.append(feature)
        for order, k in enumerate(ks):
            row = QgsFeature(rows.fields())
            what = X.what(publication, k)
            if publication.events[k].combined:
                what = tr("{works} (carried out together)").format(works=what)
            expect = "; ".join(X.expectations(publication, k) + [n for n in (X.status_note(publication, k),) if n])
            row.setAttributes([street.label, order, what, X.who(publication, k), X.when(publication, k), expect,
                               X.contact_text(publication, k)])
            table_rows.append(row)
    shown = [QgsFeature(events.fields()) for _ in publication.events]
    for k, feature in enumerate(shown):
        feature.setAttributes([publication.event_disruption(k), "yes" if publication.events[k].combined else "no"])
        feature.setGeometry(_geometry(publication.event_geometry(k)))
    drawn = []
    for street in publication.streets:
        feature = QgsFeature(lines.fields())
        feature.setAttributes([street.label])
        geometry = _geometry(street.geometry)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        drawn.append(feature)
    for layer, features in ((coverage, letters), (rows, table_rows), (events, shown), (lines, drawn)):
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
    _style(events, lines)
    return coverage, rows, events, lines


def _style(events: QgsVectorLayer, lines: QgsVectorLayer) -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    for disruption, colour in FILL.items():
        for combined in (True, False):
            outline = {"outline_color": "#4b2991", "outline_width": "0.7", "outline_style": "dash"} if combined else \
                {"outline_color": "#333333", "outline_width": "0.25"}
            symbol = QgsFillSymbol.createSimple({"color": colour, **outline})
            symbol.setOpacity(0.85)
            rule = f"\"disruption\" = '{disruption}' AND \"combined\" = '{'yes' if combined else 'no'}'"
            root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, rule))
    events.setRenderer(QgsRuleBasedRenderer(root))
    streets = QgsRuleBasedRenderer.Rule(None)
    this = QgsLineSymbol.createSimple({"line_color": STREET_COLOUR, "line_width": "1.6", "capstyle": "round"})
    other = QgsLineSymbol.createSimple({"line_color": "#8c8c8c", "line_width": "0.3"})
    streets.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, ""))
    streets.appendChild(QgsRuleBasedRenderer.Rule(this, 0, 0, f"\"{L.F_STREET}\" = attribute(@atlas_feature, '{L.F_STREET}')"))
    lines.setRenderer(QgsRuleBasedRenderer(streets))


def table_headings() -> Dict[str, str]:
    """The headings of the letter's table."""
    return {L.R_WHAT: tr("What"), L.R_WHO: tr("Who"), L.R_WHEN: tr("When"), L.R_EXPECT: tr("What you will notice"),
            L.R_CONTACT: tr("Questions")}


def layout_name() -> str:
    """The name of the letters' layout."""
    return tr("Letters to residents")


def no_works() -> str:
    """What an empty table says."""
    return tr("No works")
