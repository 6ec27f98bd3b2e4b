"""What a council reads: legible pages, tables that continue, streets, and pages without a district layer."""
from __future__ import annotations

import datetime as _dt
import re
import shutil

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsProject, QgsVectorFileWriter, QgsVectorLayer

import council_helpers as H
import detection_data as D
from processing_helpers import registered_kip_provider, run_kip
from kip_plugin.layouts import items as I
from kip_plugin.paths import demo_store_path, demo_streets_path
from kip_plugin.store.kipstore import KipStore

YEARS = ("2027-01-01", "2028-12-31")


@pytest.fixture(scope="module")
def kip(qgis_processing):
    with registered_kip_provider():
        yield run_kip


@pytest.fixture(scope="module")
def demo(kip, tmp_path_factory):
    """The Ede demo works with their combinations and (grouped) conflicts."""
    folder = tmp_path_factory.mktemp("council_pages")
    store = folder / "ede_demo.gpkg"
    shutil.copy(demo_store_path(), store)
    works = f"{store}|layername=works"
    clusters, conflicts = folder / "clusters.gpkg", folder / "conflicts.gpkg"
    kip("detectcombinations", {"INPUT": [works], "OUTPUT_CLUSTERS": str(clusters), "OUTPUT_PAIRS": "TEMPORARY_OUTPUT"})
    kip("detectconflicts", {"INPUT": [works], "OUTPUT": str(conflicts)})
    return {"works": works, "clusters": str(clusters), "conflicts": str(conflicts), "folder": folder}


def _params(demo, output, **extra):
    params = {"INPUT": [demo["works"]], "COMBINATIONS": demo["clusters"], "CONFLICTS": demo["conflicts"],
              "DISTRICTS": H.WIJKEN, "NAME_FIELD": "statnaam", "START": YEARS[0], "END": YEARS[1],
              "TITLE": "Werken in Ede", "OUTPUT": str(output)}
    params.update(extra)
    return params


def _inside(word, box) -> bool:
    return box[0] <= word[1] and word[3] <= box[2] and box[1] <= word[2] and word[4] <= box[3]


@pytest.mark.parametrize("page_size, smallest", [(I.A3, 9.0), (I.A4, 8.0)])
def test_nothing_is_smaller_than_the_smallest_print_size_nor_cut_off(kip, demo, tmp_path, page_size, smallest):
    output = tmp_path / "council.pdf"
    result = kip("exportcouncilmap", _params(demo, output, PAGE_SIZE=I.PAGE_SIZES.index(page_size)))
    words = H.pdf_words(output)
    pages = {w[0]: w for w in words if w[5] == "<page>"}
    assert len(pages) == result["PAGES"] == H.pdf_pages(output)
    # Labels on the maps may be turned along a street, which boxes do not measure; their sizes are checked
    # in the layout itself (test below). Everything else is measured here.
    maps = {1: H.item_box_pt(I.template_path(page_size), I.COVER_MAP)}
    district_map = H.item_box_pt(I.template_path(page_size), I.DISTRICT_MAP)
    for page in range(2, len(pages) + 1):
        if not H.page_title(output, page).endswith("(continued)"):
            maps[page] = district_map
    text = [w for w in words if w[5] != "<page>" and not (w[0] in maps and _inside(w, maps[w[0]]))]
    too_small = sorted({(w[5], round(H.font_points(w), 1)) for w in text if H.font_points(w) < smallest - 0.15})
    assert too_small == [], too_small[:20]
    assert [w[5] for w in text if "…" in w[5]] == []  # nothing shortened with an ellipsis
    for page, x0, y0, x1, y1, word in text:
        _page, _x, _y, width, height = pages[page][:5]
        assert -1 <= x0 and x1 <= width + 1 and -1 <= y0 and y1 <= height + 1, (page, word)
    # Text that starts in a label lies wholly in it: a label too small would cut its last line off.
    labels = [H.item_box_pt(I.template_path(page_size), item_id)
              for item_id in (I.DISTRICT_NAME, I.DISTRICT_SUMMARY, I.DISTRICT_HEADER, I.DISTRICT_FOOTER)]
    for page, x0, y0, x1, y1, word in text:
        for box in labels:
            if page > 1 and box[0] <= x0 <= box[2] and box[1] <= y0 <= box[3]:
                assert y1 <= box[3] + 1.5 and x1 <= box[2] + 1.5, (page, word, box)


@pytest.mark.parametrize("page_size, smallest", [(I.A3, 9.0), (I.A4, 8.0)])
def test_labels_on_the_maps_are_as_large_as_the_smallest_text(tmp_path, demo_store_copy, page_size, smallest):
    from qgis.core import QgsLayoutItemMap, QgsVectorLayer as Layer
    from kip_plugin.layouts.common import Period
    from kip_plugin.layouts.in_project import LayoutOptions, add_council_layout
    from kip_plugin.store import context, project as kip_project

    project = QgsProject.instance()
    project.clear()
    kip_project.open_in_project(demo_store_copy, project)
    context.add_context_layers(project, str(H.ede_boundaries_path()))
    districts = next(l for l in project.mapLayers().values() if l.customProperty("kip/role") == "context_wijken")
    layout = add_council_layout(project, LayoutOptions(districts, "statnaam", Period(_dt.date(2027, 1, 1),
                                                       _dt.date(2027, 12, 31)), "Raad", page_size), print)
    sizes = {}
    for map_item in (layout.itemById(I.COVER_MAP), layout.itemById(I.DISTRICT_MAP)):
        assert isinstance(map_item, QgsLayoutItemMap)
        bottom = map_item.layers()[-1]  # the streets under everything
        assert bottom.customProperty("kip/council") is None and bottom.featureCount() == len(_street_names_rows())
        for layer in map_item.layers():
            if isinstance(layer, Layer) and layer.labelsEnabled():
                labeling = layer.labeling()
                for provider in labeling.subProviders() or [""]:
                    settings = labeling.settings(provider)
                    sizes[layer.name()] = settings.format().size()
    assert sizes and min(sizes.values()) >= smallest - 0.05, sizes
    project.clear()


def _works_in(district: str, count: int):
    wijken = QgsVectorLayer(H.WIJKEN, "wijken", "ogr")
    shape = next(f.geometry() for f in wijken.getFeatures() if f["statnaam"] == district)
    centre = shape.pointOnSurface().asPoint()
    records = []
    for k in range(count):
        x, y = centre.x() - D.X0 + (k % 8) * 30, centre.y() - D.Y0 + (k // 8) * 30
        records.append(D.work(f"W-{k:03d}", "riolering", "sewer", "2027-03-01", "2027-09-30",
                              D.strip(x, x + 12, y=y), title=f"Werk {k:03d} in de wijk"))
    return records


def test_a_long_table_continues_on_the_next_pages_with_every_work(kip, tmp_path, qgis_app):
    store = KipStore.create(str(tmp_path / "kip.gpkg"))
    D.add_to_store(store, _works_in("Wijk 01 Ede Oost", 70))
    output = tmp_path / "council.pdf"
    result = kip("exportcouncilmap", {"INPUT": [store.works_uri()], "DISTRICTS": H.WIJKEN, "START": YEARS[0],
                                      "END": YEARS[1], "OUTPUT": str(output)})
    assert result["PAGES"] >= 3  # the cover, the district's page and at least one continuation
    text = " ".join(H.page_text(output, page) for page in range(2, result["PAGES"] + 1))
    listed = re.findall(r"Werk (\d{3})", text)
    assert sorted(listed) == [f"{k:03d}" for k in range(70)]  # every work once, none left off
    assert H.page_title(output, 3) == "Wijk 01 Ede Oost (continued)"
    assert "Continued on page 3." in " ".join(H.page_text(output, 2).split())


def test_without_districts_the_pages_cover_a_grid_over_the_works(kip, demo, tmp_path):
    output = tmp_path / "council.pdf"
    params = _params(demo, output)
    del params["DISTRICTS"], params["NAME_FIELD"]
    result = kip("exportcouncilmap", params)
    titles = [H.page_title(output, page) for page in range(2, result["PAGES"] + 1)]
    areas = [t for t in titles if not t.endswith("(continued)")]
    assert len(areas) >= 2 and all(re.fullmatch(r"Area [A-Z]\d+", t) for t in areas)
    assert "Districts" in H.page_text(output, 1) and result["WORKS"] > 200


def test_works_close_together_get_one_page(kip, tmp_path, qgis_app):
    store = KipStore.create(str(tmp_path / "kip.gpkg"))
    D.add_to_store(store, D.bospad())
    output = tmp_path / "council.pdf"
    result = kip("exportcouncilmap", {"INPUT": [store.works_uri()], "START": YEARS[0], "END": YEARS[1],
                                      "OUTPUT": str(output)})
    assert result["PAGES"] == 2 and H.page_title(output, 2) == "All works"


def test_districts_that_lie_elsewhere_are_named_as_the_problem(kip, tmp_path, qgis_app):
    import shapely

    store = KipStore.create(str(tmp_path / "kip.gpkg"))
    # The Bospad's works moved some 35 km west: another municipality than Ede's districts.
    D.add_to_store(store, [dict(w, geometry=shapely.affinity.translate(w["geometry"], -35_000, 0))
                           for w in D.bospad()])
    output = tmp_path / "council.pdf"
    with pytest.raises(QgsProcessingException, match="do not overlap: the districts lie around"):
        kip("exportcouncilmap", {"INPUT": [store.works_uri()], "DISTRICTS": H.WIJKEN, "NAME_FIELD": "statnaam",
                                 "START": YEARS[0], "END": YEARS[1], "OUTPUT": str(output)})
    assert not output.exists()


def _renamed(folder, fields: dict, name: str) -> str:
    """Ede's districts with their fields renamed (statnaam -> ...), as another municipality's layer has them."""
    wijken = QgsVectorLayer(H.WIJKEN, "wijken", "ogr")
    spec = "&".join(f"field={new}:string" for new in fields.values())
    copy = QgsVectorLayer(f"MultiPolygon?crs={wijken.crs().authid()}&{spec}", name, "memory")
    features = []
    for feature in wijken.getFeatures():
        out = QgsFeature(copy.fields())
        out.setGeometry(feature.geometry())
        out.setAttributes([feature[old] for old in fields])
        features.append(out)
    copy.dataProvider().addFeatures(features)
    path = str(folder / f"{name}.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    assert QgsVectorFileWriter.writeAsVectorFormatV3(copy, path, QgsProject.instance().transformContext(),
                                                     options)[0] == QgsVectorFileWriter.NoError
    return path


def test_the_name_field_is_found_by_its_name_or_asked_for(kip, demo, tmp_path):
    codes_first = _renamed(tmp_path, {"statcode": "code", "statnaam": "naam"}, "wijken_naam")
    output = tmp_path / "council.pdf"
    kip("exportcouncilmap", _params(demo, output, DISTRICTS=codes_first, NAME_FIELD=""))
    assert H.page_title(output, 2).startswith("Wijk ")  # the names, not CBS codes such as WK022801
    codes_only = _renamed(tmp_path, {"statcode": "code"}, "wijken_codes")
    with pytest.raises(QgsProcessingException, match="Which field of the district layer .* holds the districts' names"):
        kip("exportcouncilmap", _params(demo, tmp_path / "other.pdf", DISTRICTS=codes_only, NAME_FIELD=""))


def _street_names_rows() -> list:
    streets = QgsVectorLayer(f"{demo_streets_path()}|layername=straten", "streets", "ogr")
    return [f["straatnaam"] for f in streets.getFeatures()]


def _street_names() -> set:
    streets = QgsVectorLayer(f"{demo_streets_path()}|layername=straten", "streets", "ogr")
    return {f["straatnaam"] for f in streets.getFeatures()}


def test_district_pages_name_their_streets_over_a_background(kip, demo, tmp_path):
    output = tmp_path / "council.pdf"
    kip("exportcouncilmap", _params(demo, output, START="2027-01-01", END="2027-03-31"))
    names = _street_names()
    district_words = {w[5] for w in H.pdf_words(output) if w[0] == 2}
    on_page = {name for name in names if name in district_words}
    assert len(on_page) >= 5, on_page
    cover_words = {w[5] for w in H.pdf_words(output) if w[0] == 1}
    assert not {name for name in names if name in cover_words}  # the overview stays uncluttered


def test_a_background_of_ones_own_is_drawn_and_named(kip, demo, tmp_path):
    streets = QgsVectorLayer(f"{demo_streets_path()}|layername=straten", "streets", "ogr")
    nwb = str(tmp_path / "nwb_wegvakken.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.attributes = [streets.fields().indexOf("straatnaam")]
    assert QgsVectorFileWriter.writeAsVectorFormatV3(streets, nwb, QgsProject.instance().transformContext(),
                                                     options)[0] == QgsVectorFileWriter.NoError
    layer = QgsVectorLayer(nwb, "nwb", "ogr")
    layer.startEditing()
    layer.renameAttribute(layer.fields().indexOf("straatnaam"), "stt_naam")  # NWB's field for the street name
    assert layer.commitChanges()
    output = tmp_path / "council.pdf"
    kip("exportcouncilmap", _params(demo, output, START="2027-01-01", END="2027-03-31", BACKGROUND=nwb))
    district_words = {w[5] for w in H.pdf_words(output) if w[0] == 2}
    assert len({name for name in _street_names() if name in district_words}) >= 5


def test_the_layout_shows_the_first_district_in_the_designer_without_atlas_preview(tmp_path, demo_store_copy):
    from qgis.core import QgsLayoutExporter, QgsLayoutItemPicture
    from kip_plugin.layouts.common import Period
    from kip_plugin.layouts.in_project import LayoutOptions, add_council_layout
    from kip_plugin.store import context, project as kip_project

    project = QgsProject.instance()
    project.clear()
    kip_project.open_in_project(demo_store_copy, project)
    context.add_context_layers(project, str(H.ede_boundaries_path()))
    districts = next(l for l in project.mapLayers().values() if l.customProperty("kip/role") == "context_wijken")
    options = LayoutOptions(districts, "statnaam", Period(_dt.date(2027, 1, 1), _dt.date(2027, 3, 31)), "Raad")
    layout = add_council_layout(project, options, print)
    name = layout.itemById(I.DISTRICT_NAME)
    assert "[%" not in name.currentText() and name.currentText().startswith("Wijk ")
    chart = layout.itemById(I.DISTRICT_CHART)
    assert isinstance(chart, QgsLayoutItemPicture)
    chart.refreshPicture()
    assert not chart.isMissingImage()
    table = layout.itemById(I.DISTRICT_TABLE).multiFrame()
    table.refreshAttributes()
    assert len(table.contents()) > 0
    image = QgsLayoutExporter(layout).renderPageToImage(1, dpi=40)
    assert not image.isNull()
    project.clear()
