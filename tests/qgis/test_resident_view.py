"""kip:exportresidentview: the folder, public fields only, combined works as one, calendars and the GeoJSON feed."""
from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from qgis.core import QgsProcessingException

from processing_helpers import run_kip
from residents_data import PERIOD, PRIVATE_TEXTS, PUBLIC_CONTACT, town_places, town_store
from kip_plugin.core.public import PUBLIC_KEYS


@pytest.fixture
def town(tmp_path, kip_provider):
    return town_store(tmp_path), town_places(tmp_path)


def _export(town, folder, **extra):
    store, places = town
    return run_kip("exportresidentview", {
        "STORE": store.path, "STREETS": places["streets"], "AREAS": places["areas"], **PERIOD,
        "OUTPUT_FOLDER": str(folder), **extra,
    })


def _texts(folder: Path):
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".js", ".json", ".geojson", ".ics", ".css"):
            yield path, path.read_text(encoding="utf-8")


def test_the_folder_has_a_map_page_and_a_page_per_street_and_neighbourhood(town, tmp_path):
    folder = tmp_path / "site"
    result = _export(town, folder)
    assert Path(result["INDEX"]) == folder / "index.html"
    assert result["EVENTS"] == 3  # the sewer and water main as one, the lighting, the gardens
    assert result["STREET_PAGES"] == 3
    names = sorted(p.name for p in (folder / "streets").iterdir())
    assert names == ["kerkstraat-centrum.html", "kerkstraat-centrum.ics", "molenweg.html", "molenweg.ics",
                     "schoolstraat.html", "schoolstraat.ics"]
    assert sorted(p.name for p in (folder / "areas").iterdir()) == ["centrum.html", "veldhuizen.html"]
    for shipped in ("lib/leaflet/leaflet.js", "lib/leaflet/leaflet.css", "lib/leaflet/LICENSE", "assets/kip.js",
                    "assets/kip.css", "data/site.js", "works.geojson"):
        assert (folder / shipped).is_file(), shipped
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in index
    assert "http://" not in index and "https://" not in index.replace('href="https://leafletjs.com"', "")


def test_private_fields_never_leave_the_store(town, tmp_path):
    folder = tmp_path / "site"
    _export(town, folder)
    found = [(str(path.relative_to(folder)), text_) for path, text in _texts(folder)
             for text_ in PRIVATE_TEXTS if text_ in text]
    assert not found, found
    data = (folder / "data" / "site.js").read_text(encoding="utf-8")
    assert PUBLIC_CONTACT in data
    assert PUBLIC_CONTACT in (folder / "streets" / "kerkstraat-centrum.html").read_text(encoding="utf-8")
    site = json.loads(data[len("window.KIP_SITE = "):-2])
    for feature in site["events"]["features"]:
        for work in feature["properties"]["works"]:
            assert tuple(work) == PUBLIC_KEYS


def test_combined_works_are_one_event_with_one_period(town, tmp_path):
    folder = tmp_path / "site"
    _export(town, folder)
    page = (folder / "streets" / "kerkstraat-centrum.html").read_text(encoding="utf-8")
    assert page.count('<li class="event') == 1
    assert "2 werkzaamheden tegelijk: Vervanging riolering Kerkstraat; Vervanging waterleiding Kerkstraat" in page
    assert "1 maart – 28 juni 2027" in page
    assert "120 dagen" in page and "180 dagen" in page  # once 120 days instead of twice, 180 days in all
    assert "De weg is afgesloten voor verkeer" in page and "De straat gaat open" in page
    assert "Oude deklaag" not in page and "Kabel Kerkstraat" not in page  # done, and after the period


def test_each_street_has_a_calendar_with_the_right_days(town, tmp_path):
    folder = tmp_path / "site"
    _export(town, folder)
    raw = (folder / "streets" / "kerkstraat-centrum.ics").read_bytes()
    assert b"\r\n" in raw
    calendar = icalendar.Calendar.from_ical(raw)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    (event,) = events
    assert str(event.decoded("DTSTART")) == "2027-03-01"
    assert str(event.decoded("DTEND")) == "2027-06-29"  # all-day events end the day after
    assert "Vervanging riolering Kerkstraat" in str(event["SUMMARY"])
    assert PUBLIC_CONTACT in str(event["DESCRIPTION"])
    assert str(event["LOCATION"]) == "Kerkstraat (Centrum)"
    molenweg = icalendar.Calendar.from_ical((folder / "streets" / "molenweg.ics").read_bytes())
    (lighting,) = [c for c in molenweg.walk() if c.name == "VEVENT"]
    assert (str(lighting.decoded("DTSTART")), str(lighting.decoded("DTEND"))) == ("2027-09-01", "2027-10-01")


def test_the_geojson_feed_holds_the_public_works_in_wgs84(town, tmp_path):
    folder = tmp_path / "site"
    _export(town, folder)
    feed = json.loads((folder / "works.geojson").read_text(encoding="utf-8"))
    works = {f["id"]: f for f in feed["features"]}
    assert sorted(works) == ["BWI-1", "GRP-1", "VIT-1", "WKB-1"]
    sewer = works["GRP-1"]["properties"]
    assert set(sewer) == set(PUBLIC_KEYS) | {"event", "combined", "event_start", "event_end"}
    assert sewer["combined"] and sewer["event"] == works["VIT-1"]["properties"]["event"]
    assert (sewer["start"], sewer["end"], sewer["road_closure"], sewer["digging"]) == ("2027-03-01", "2027-06-28", True, True)
    lon, lat = works["GRP-1"]["geometry"]["coordinates"][0][0]
    assert 5.0 < lon < 6.5 and 51.5 < lat < 53.0


def test_english_on_request(town, tmp_path):
    folder = tmp_path / "site"
    _export(town, folder, LANGUAGE="en")
    page = (folder / "streets" / "kerkstraat-centrum.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    assert "2 works at once" in page and "1 March – 28 June 2027" in page


def test_only_a_folder_kip_wrote_is_replaced(town, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("important")
    with pytest.raises(QgsProcessingException, match="holds other files"):
        _export(town, folder)
    assert (folder / "notes.txt").read_text() == "important"
    site = tmp_path / "site"
    _export(town, site)
    (site / "streets" / "old.html").write_text("an old street page")
    _export(town, site)
    assert not (site / "streets" / "old.html").exists()
    assert (site / "index.html").exists()


def test_without_streets_and_neighbourhoods_only_the_map_page(town, tmp_path):
    store, _places = town
    folder = tmp_path / "site"
    result = run_kip("exportresidentview", {"STORE": store.path, **PERIOD, "OUTPUT_FOLDER": str(folder)})
    assert result["STREET_PAGES"] == 0 and result["EVENTS"] == 3
    assert (folder / "index.html").is_file() and not (folder / "streets").exists()
