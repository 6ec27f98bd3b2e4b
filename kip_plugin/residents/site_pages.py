"""The resident view's HTML pages: the map page, a page per street and per neighbourhood.

Every page is readable without scripts (the lists and tables are plain HTML); the
scripts add the map, the date slider and the search.
"""
from __future__ import annotations

import datetime as _dt
from html import escape
from typing import Dict, List, Sequence

from ..core.publication import Publication
from ..core.works import to_date
from . import texts as X
from .language import code, format_date, format_period, tr
from .site_data import area_url, street_url

LEAFLET = "lib/leaflet"
DISRUPTION_CLASSES = ("none", "low", "medium", "high")


def _e(text) -> str:
    return escape(str(text), quote=True)


def page(title: str, site_title: str, body: str, depth: int, kind: str, focus: str = "", subtitle: str = "") -> str:
    """A whole page; ``depth`` is how many folders below the site's top it lies."""
    up = "../" * depth
    skip = _e(tr("Skip to the content"))
    made = _e(tr("Made with KIP, the map for integrated planning, on {date}.").format(date=format_date(_dt.date.today())))
    feed = _e(tr("All works as GeoJSON"))
    licence = _e(tr("Map made with Leaflet (BSD licence)"))
    top = "" if kind == "index" else f'<p class="site-title"><a href="{up}index.html">{_e(site_title)}</a></p>'
    below = f'<p class="subtitle">{_e(subtitle)}</p>' if subtitle else ""
    return f"""<!DOCTYPE html>
<html lang="{code()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{up}{LEAFLET}/leaflet.css">
<link rel="stylesheet" href="{up}assets/kip.css">
</head>
<body data-page="{kind}" data-focus="{_e(focus)}" data-root="{up or './'}">
<a class="skip" id="skip" href="#content">{skip}</a>
<header class="site">
{top}
<h1>{_e(title)}</h1>
{below}
</header>
<main id="content">
{body}
</main>
<footer class="site">
<p>{made}
<a href="{up}works.geojson">{feed}</a> ·
<a href="{up}{LEAFLET}/LICENSE">{licence}</a></p>
</footer>
<script src="{up}{LEAFLET}/leaflet.js"></script>
<script src="{up}data/site.js"></script>
<script src="{up}assets/kip.js"></script>
</body>
</html>
"""


def event_item(publication: Publication, k: int, depth: int, street_slugs: Sequence[str], street_labels: Dict[str, str],
               heading: str = "h3") -> str:
    """One event as a list item: what, when, who, what to expect, whom to ask, where."""
    event = publication.events[k]
    up = "../" * depth
    rows = [
        (tr("When"), _e(X.when(publication, k))),
        (tr("Who"), _e(X.who(publication, k))),
        (tr("What you will notice"), _e("; ".join(X.expectations(publication, k)))),
        (tr("Questions"), _e(X.contact_text(publication, k))),
    ]
    if street_slugs:
        links = ", ".join(f'<a href="{up}{street_url(s)}">{_e(street_labels[s])}</a>' for s in street_slugs)
        rows.append((tr("Streets"), links))
    details = "".join(f"<dt>{_e(name)}</dt><dd>{value}</dd>" for name, value in rows)
    notes = [n for n in (X.combined_note(publication, k), X.status_note(publication, k)) if n]
    note_html = "".join(f'<p class="note">{_e(n)}</p>' for n in notes)
    together = _e(tr("Carried out together"))
    badge = f'<span class="badge">{together}</span> ' if event.combined else ""
    disruption = publication.event_disruption(k)
    return (
        f'<li class="event disruption-{disruption}" data-k="{k}" data-start="{to_date(event.start).isoformat()}" '
        f'data-end="{to_date(event.end).isoformat()}">'
        f'<{heading} id="event-{k}">{badge}{_e(X.what(publication, k))}</{heading}>'
        f'{note_html}<dl>{details}</dl></li>'
    )


def events_list(publication: Publication, events: Sequence[int], depth: int, empty: str, heading: str = "h3") -> str:
    """The events as a list, or a sentence saying there are none."""
    if not events:
        return f'<p class="empty">{_e(empty)}</p>'
    slugs = publication.event_streets()
    labels = {s.slug: s.label for s in publication.streets}
    items = "".join(
        event_item(publication, k, depth, [publication.streets[s].slug for s in slugs[k]], labels, heading)
        for k in events
    )
    return f'<ul class="events" id="events">{items}</ul>'


def disruption_table(rows: List[Dict[str, str]], caption: str, first: str) -> str:
    """A table of disruption-days: a first column (year or neighbourhood), with and without combining."""
    if not rows:
        return ""
    names = [first, tr("Disruption-days"), tr("Without combining"), tr("Saved by combining")]
    head = "<tr>" + "".join(f'<th scope="col">{_e(name)}</th>' for name in names) + "</tr>"
    body = "".join(
        f"<tr><th scope=\"row\">{row['first']}</th><td>{_e(row['with'])}</td><td>{_e(row['without'])}</td>"
        f"<td>{_e(row['saved'])}</td></tr>"
        for row in rows
    )
    # In a box of its own that scrolls sideways on a narrow screen, instead of the whole page.
    return (f'<div class="table-wrap" tabindex="0" role="region" aria-label="{_e(caption)}">'
            f'<table class="disruption"><caption>{_e(caption)}</caption><thead>{head}</thead>'
            f"<tbody>{body}</tbody></table></div>")


def disruption_explained() -> str:
    """What a disruption-day is, in one paragraph."""
    return _e(tr(
        "A disruption-day is a day of works, weighted by how much residents notice it: a day of high disruption "
        "counts twice, low half, none not at all. Works carried out together count once."
    ))


def legend() -> str:
    """The map's legend as a list (colours explained in words)."""
    labels = {
        "high": tr("High disruption"), "medium": tr("Medium disruption"),
        "low": tr("Low disruption"), "none": tr("No disruption"),
    }
    entries = [(f"disruption-{c}", labels[c]) for c in reversed(DISRUPTION_CLASSES)]
    entries += [("combined", tr("Works carried out together")), ("street", tr("Street"))]
    items = "".join(f'<li><span class="swatch {kind}" aria-hidden="true"></span>{_e(text)}</li>' for kind, text in entries)
    name = _e(tr("Legend"))
    return f'<ul class="legend" aria-label="{name}">{items}</ul>'


def map_block(attribution: str) -> str:
    """The map, its legend and the source of the streets and neighbourhoods."""
    source = f'<p class="attribution">{_e(attribution)}</p>' if attribution else ""
    label = _e(tr("Map of the works; the same works are listed below the map"))
    return f'<div class="map-wrap"><div id="map" class="map" role="region" aria-label="{label}"></div>{legend()}{source}</div>'


def index_page(publication: Publication, site_title: str, attribution: str) -> str:
    """The map page: search, date slider, map, the list of events, disruption per neighbourhood."""
    start, end = to_date(publication.start), to_date(publication.end)
    months = _month_count(start, end)
    words = {
        "controls": _e(tr("Search and filter")), "find": _e(tr("Find your street or neighbourhood")),
        "search": _e(tr("Search")), "when": _e(tr("When")),
        "whole": _e(tr("The whole period ({period})").format(period=format_period(start, end))),
    }
    controls = f"""<section class="controls" aria-label="{words['controls']}">
<form id="search-form" role="search" action="#">
<label for="search">{words['find']}</label>
<div class="search-row"><input id="search" name="q" type="search" list="places" autocomplete="off">
<button type="submit">{words['search']}</button></div>
<datalist id="places"></datalist>
</form>
<div id="search-results" aria-live="polite"></div>
<label for="when">{words['when']}</label>
<input id="when" type="range" min="0" max="{months}" step="1" value="0">
<p><output id="when-text" for="when">{words['whole']}</output></p>
<p id="count" aria-live="polite"></p>
</section>"""
    rows = []
    for row in _area_totals(publication):
        rows.append({"first": f'<a href="{area_url(row["slug"])}">{_e(row["name"])}</a>',
                     "with": row["with"], "without": row["without"], "saved": row["saved"]})
    areas = ""
    if rows:
        heading = _e(tr("Disruption per neighbourhood"))
        table = disruption_table(rows, tr("Disruption-days in this period"), tr("Neighbourhood"))
        areas = f'<section id="disruption"><h2>{heading}</h2><p>{disruption_explained()}</p>{table}</section>'
    heading = _e(tr("Works in this period"))
    events = events_list(publication, range(len(publication.events)), 0, tr("No works are planned in this period."))
    body = (
        f'<div class="layout">{controls}{map_block(attribution)}</div>'
        f'<section class="list" aria-labelledby="list-heading"><h2 id="list-heading">{heading}</h2>{events}</section>'
        f"{areas}"
    )
    subtitle = tr("Planned works, {period}").format(period=format_period(start, end))
    return page(site_title, site_title, body, 0, "index", subtitle=subtitle)


def _place_page(publication: Publication, map_html: str, heading: str, events: Sequence[int], empty: str, caption: str,
                rows: List[Dict[str, str]], before: str = "", after: str = "") -> str:
    """The body of a street's or neighbourhood's page."""
    table = disruption_table([{**r, "first": _e(r["year"])} for r in rows], caption, tr("Year"))
    words = {"disruption": _e(tr("Disruption")), "back": _e(tr("Back to the map of all works"))}
    listed = events_list(publication, events, 1, empty)
    return (
        f'{before}<div class="layout">{map_html}<section class="list"><h2>{_e(heading)}</h2>{listed}</section></div>'
        f"{after}<section><h2>{words['disruption']}</h2><p>{disruption_explained()}</p>{table}</section>"
        f'<p><a href="../index.html">{words["back"]}</a></p>'
    )


def street_page(publication: Publication, s: int, site_title: str, attribution: str, rows: List[Dict[str, str]]) -> str:
    """A street's page: its works, a calendar to subscribe to, its disruption per year."""
    street = publication.streets[s]
    start, end = to_date(publication.start), to_date(publication.end)
    area = ""
    if street.area and street.area in publication.area_names:
        slug = publication.area_slugs[publication.area_names.index(street.area)]
        name = _e(tr("Neighbourhood"))
        area = f'<p>{name}: <a href="../{area_url(slug)}">{_e(street.area)}</a></p>'
    calendar = _e(tr("Add these works to your calendar (.ics)"))
    before = f'{area}<p><a class="calendar" href="{street.slug}.ics">{calendar}</a></p>'
    body = _place_page(
        publication, map_block(attribution), tr("Works in {street}").format(street=street.label),
        publication.events_of(publication.street_works[s]),
        tr("No works are planned in this street in this period."), tr("Disruption-days in this street"), rows, before,
    )
    subtitle = tr("Planned works, {period}").format(period=format_period(start, end))
    return page(street.label, site_title, body, 1, "street", street.slug, subtitle)


def area_page(publication: Publication, a: int, site_title: str, attribution: str, rows: List[Dict[str, str]]) -> str:
    """A neighbourhood's page: its works, its streets with works, its disruption per year."""
    name = publication.area_names[a]
    streets = [s for s in publication.streets_with_works() if publication.streets[s].area == name]
    links = "".join(f'<li><a href="../{street_url(publication.streets[s].slug)}">{_e(publication.streets[s].label)}</a></li>'
                    for s in streets)
    after = ""
    if links:
        heading = _e(tr("Streets with works"))
        after = f'<section><h2>{heading}</h2><ul class="streets">{links}</ul></section>'
    start, end = to_date(publication.start), to_date(publication.end)
    body = _place_page(
        publication, map_block(attribution), tr("Works in {area}").format(area=name), publication.events_of(publication.area_works[a]),
        tr("No works are planned in this neighbourhood in this period."), tr("Disruption-days in this neighbourhood"),
        rows, after=after,
    )
    subtitle = tr("Planned works, {period}").format(period=format_period(start, end))
    return page(name, site_title, body, 1, "area", publication.area_slugs[a], subtitle)


def _month_count(start: _dt.date, end: _dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _area_totals(publication: Publication) -> List[Dict[str, str]]:
    from .language import format_number

    totals: Dict[int, List[float]] = {}
    for row in publication.area_disruption():
        total = totals.setdefault(row.place, [0.0, 0.0])
        total[0] += row.disruption_days
        total[1] += row.disruption_days_without_combining
    result = []
    for a, (together, alone) in sorted(totals.items(), key=lambda item: publication.area_names[item[0]].lower()):
        result.append({"name": publication.area_names[a], "slug": publication.area_slugs[a],
                       "with": format_number(round(together, 1)), "without": format_number(round(alone, 1)),
                       "saved": format_number(round(alone - together, 1))})
    return result

