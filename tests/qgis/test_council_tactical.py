"""The council map says whose money each district's works involve, and gives each theme area a page."""
from __future__ import annotations

import datetime as _dt
import shutil

import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsVectorLayer

import council_helpers as H
from processing_helpers import registered_kip_provider, run_kip
from tactical_data import write_layer
from kip_plugin.paths import demo_store_path

START, END = _dt.date(2027, 1, 1), _dt.date(2027, 3, 31)


@pytest.fixture(scope="module")
def council(qgis_processing, tmp_path_factory):
    """The demo's council map for Q1 2027 with combinations, and a theme area over one district with works."""
    folder = tmp_path_factory.mktemp("council_tactical")
    store = folder / "ede_demo.gpkg"
    shutil.copy(demo_store_path(), store)
    works = f"{store}|layername=works"
    district = H.districts_with_works(works, H.WIJKEN, START, END)[0]
    wijken = QgsVectorLayer(H.WIJKEN, "wijken", "ogr")
    geometry = next(f.geometry() for f in wijken.getFeatures() if f["statnaam"] == district)
    areas = write_layer(str(folder / "themas.gpkg"), "themas", ogr.wkbMultiPolygon, [
        {"theme": "climate_adaptation", "name": "Hittestress " + district, "goal": "Koele routes",
         "start_date": "2026", "end_date": "2030", "geometry": shapely.from_wkb(bytes(geometry.asWkb()))},
    ])
    with registered_kip_provider():
        clusters = str(folder / "clusters.gpkg")
        run_kip("detectcombinations", {"INPUT": [works], "OUTPUT_CLUSTERS": clusters})
        theme_areas = str(folder / "theme_areas.gpkg")
        run_kip("themesignals", {"STORE": str(store), "THEME_AREAS": areas, "OUTPUT": "TEMPORARY_OUTPUT",
                                 "OUTPUT_AREAS": theme_areas})
        output = folder / "council.pdf"
        result = run_kip("exportcouncilmap", {
            "INPUT": [works], "COMBINATIONS": clusters, "DISTRICTS": H.WIJKEN, "NAME_FIELD": "statnaam",
            "THEMES": theme_areas, "START": START.isoformat(), "END": END.isoformat(), "OUTPUT": str(output)})
    return {"pdf": output, "result": result, "district": district, "works": works}


def test_each_theme_area_gets_a_page_after_the_districts(council):
    districts = H.districts_with_works(council["works"], H.WIJKEN, START, END)
    pdf = council["pdf"]
    assert council["result"]["PAGES"] == H.pdf_pages(pdf) == 1 + len(districts) + 1
    last = H.pdf_pages(pdf)
    assert H.page_title(pdf, last) == "Climate adaptation: Hittestress " + council["district"]
    text = " ".join(H.page_text(pdf, last).split())
    assert "touched by works" in text and "goal: Koele routes" in text
    assert "Hittestress" in " ".join(H.page_text(pdf, 1).split())  # listed on the cover with its page


def test_district_pages_say_whose_money(council):
    pdf = council["pdf"]
    texts = [" ".join(H.page_text(pdf, page).split()) for page in range(2, H.pdf_pages(pdf))]
    assert any("Maintenance money €" in text for text in texts)
    assert any("Saved by combining €" in text for text in texts)
