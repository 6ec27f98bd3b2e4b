"""kip:exportcouncilmap: the council PDF (cover and a page per district), checked as a reader would."""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
import shutil

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsSettings

import council_helpers as H
from processing_helpers import registered_kip_provider, run_kip
from kip_plugin.layouts import items as I
from kip_plugin.paths import demo_store_path

Q1_START, Q1_END = _dt.date(2027, 1, 1), _dt.date(2027, 3, 31)


@pytest.fixture(scope="module")
def kip(qgis_processing):
    """Run a KIP algorithm through processing.run, as a script or a model does."""
    with registered_kip_provider():
        yield run_kip


@pytest.fixture(scope="module")
def demo(kip, tmp_path_factory):
    """The Ede demo works with their combinations and conflicts, found by the detection algorithms."""
    folder = tmp_path_factory.mktemp("council_demo")
    store = folder / "ede_demo.gpkg"
    shutil.copy(demo_store_path(), store)
    works = f"{store}|layername=works"
    clusters, conflicts = folder / "clusters.gpkg", folder / "conflicts.gpkg"
    kip("detectcombinations", {"INPUT": [works], "OUTPUT_CLUSTERS": str(clusters), "OUTPUT_PAIRS": "TEMPORARY_OUTPUT",
                               "OUTPUT_WORKS": "TEMPORARY_OUTPUT"})
    kip("detectconflicts", {"INPUT": [works], "OUTPUT": str(conflicts)})
    return {"store": store, "works": works, "clusters": str(clusters), "conflicts": str(conflicts), "folder": folder}


def _params(demo, output, **extra):
    params = {
        "INPUT": [demo["works"]],
        "COMBINATIONS": demo["clusters"],
        "CONFLICTS": demo["conflicts"],
        "DISTRICTS": H.WIJKEN,
        "NAME_FIELD": "statnaam",
        "START": Q1_START.isoformat(),
        "END": Q1_END.isoformat(),
        "TITLE": "Werken in Ede",
        "OUTPUT": str(output),
    }
    params.update(extra)
    return params


def test_pdf_has_a_cover_and_one_page_per_district_with_works(kip, demo, tmp_path):
    output = tmp_path / "council.pdf"
    expected = H.districts_with_works(demo["works"], H.WIJKEN, Q1_START, Q1_END)
    all_districts = H.districts_with_works(demo["works"], H.WIJKEN, _dt.date(1900, 1, 1), _dt.date(2100, 1, 1))
    assert 0 < len(expected) < len(all_districts)  # the period leaves some districts without works
    result = kip("exportcouncilmap", _params(demo, output))
    assert H.pdf_pages(output) == 1 + len(expected) == result["PAGES"]
    titles = [H.page_title(output, page) for page in range(2, 2 + len(expected))]
    assert sorted(titles) == expected
    for page, name in enumerate(titles, start=2):
        assert name in H.page_text(output, page)
    cover = H.page_text(output, 1)
    assert "Werken in Ede" in cover and "2027" in cover
    skipped = sorted(set(all_districts) - set(expected))
    assert all(name in " ".join(cover.split()) for name in skipped)  # named on the cover as without works
    assert result["WORKS"] > 0 and result["COMBINATION_COUNT"] > 0 and result["CONFLICT_COUNT"] > 0
    figures = " ".join(cover.split())
    assert all(str(result[key]) in figures for key in ("WORKS", "COMBINATION_COUNT", "CONFLICT_COUNT"))


def test_every_page_shows_its_map(kip, demo, tmp_path):
    output = tmp_path / "council.pdf"
    kip("exportcouncilmap", _params(demo, output, PAGE_SIZE=1))
    pages = H.pdf_pages(output)
    cover = H.item_box_px(I.template_path(I.A4), I.COVER_MAP, 100)
    district = H.item_box_px(I.template_path(I.A4), I.DISTRICT_MAP, 100)
    for page in range(1, pages + 1):
        image = H.render_page(output, page, tmp_path, dpi=100)
        area = image[cover if page == 1 else district]
        spread, inked = H.drawn(area)
        assert spread > 8 and inked > 0.01, f"page {page}: the map looks blank ({spread:.1f}, {inked:.3f})"
        if page == 1:
            assert H.coloured(area) > 0.0005, "the overview shows no works in their party colours"


def test_page_size_a3_and_a4_landscape(kip, demo, tmp_path):
    for choice, name in ((0, "A3"), (1, "A4")):
        output = tmp_path / f"council_{name}.pdf"
        kip("exportcouncilmap", _params(demo, output, PAGE_SIZE=choice, COMBINATIONS=None, CONFLICTS=None))
        size = H.pdf_page_size(output)
        width, height = (float(v) for v in size.split(" pts")[0].split(" x "))
        assert name in size and width > height


def test_districts_without_works_can_get_a_page_saying_so(kip, demo, tmp_path):
    names = H.districts_with_works(demo["works"], H.WIJKEN, _dt.date(1900, 1, 1), _dt.date(2100, 1, 1))
    busy = H.districts_with_works(demo["works"], H.WIJKEN, Q1_START, Q1_END)
    quiet = [n for n in names if n not in busy][:2]
    chosen = busy[:2] + quiet
    districts = H.districts_copy(tmp_path, chosen)
    output = tmp_path / "council.pdf"
    kip("exportcouncilmap", _params(demo, output, DISTRICTS=districts, EMPTY_DISTRICTS=1))
    assert H.pdf_pages(output) == 1 + len(chosen)
    for page in range(2, 2 + len(chosen)):
        title = H.page_title(output, page)
        text = " ".join(H.page_text(output, page).split())
        assert title in chosen
        assert ("No works planned in this period." in text) == (title in quiet)


def test_a_district_layer_in_another_crs_is_transformed(kip, demo, tmp_path):
    names = H.districts_with_works(demo["works"], H.WIJKEN, Q1_START, Q1_END)[:3]
    rd, wgs84 = H.districts_copy(tmp_path, names, name="rd"), H.districts_copy(tmp_path, names, "EPSG:4326", "wgs84")
    outputs = []
    for districts in (rd, wgs84):
        output = tmp_path / f"{districts.split('/')[-1]}.pdf"
        kip("exportcouncilmap", _params(demo, output, DISTRICTS=districts))
        outputs.append(output)
    assert H.pdf_pages(outputs[0]) == H.pdf_pages(outputs[1]) == 1 + len(names)
    for page in range(2, 2 + len(names)):
        assert H.page_title(outputs[0], page) == H.page_title(outputs[1], page)
        counted = [re.findall(r"Works: \d+", H.page_text(output, page)) for output in outputs]
        assert counted[0] and counted[0] == counted[1]  # the same works counted
    box = H.item_box_px(I.template_path(I.A3), I.DISTRICT_MAP, 50)
    assert H.drawn(H.render_page(outputs[1], 2, tmp_path)[box])[1] > 0.01


@pytest.mark.parametrize(
    "change, message",
    [
        ({"NAME_FIELD": "naam"}, "has no field 'naam'"),
        ({"START": "2028-01-01", "END": "2027-01-01"}, "period is empty"),
        ({"START": "1990-01-01", "END": "1990-12-31"}, "No works in the period 1990-01-01"),
    ],
)
def test_bad_input_gives_a_clear_message_and_no_pdf(kip, demo, tmp_path, change, message):
    output = tmp_path / "council.pdf"
    with pytest.raises(QgsProcessingException, match=message):
        kip("exportcouncilmap", _params(demo, output, **change))
    assert not output.exists()


def test_an_unwritable_output_path_is_reported_and_an_old_pdf_kept(kip, demo, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(QgsProcessingException, match="Cannot write the PDF"):
        kip("exportcouncilmap", _params(demo, blocker / "council.pdf"))
    assert blocker.read_text() == "a file where a folder should be"


def test_inputs_and_the_users_project_stay_as_they_were(kip, demo, tmp_path):
    before = hashlib.sha256(demo["store"].read_bytes()).hexdigest()
    project = QgsProject.instance()
    layouts, layers = len(project.layoutManager().layouts()), len(project.mapLayers())
    kip("exportcouncilmap", _params(demo, tmp_path / "council.pdf", CONTEXT=[H.BUURTEN]))
    assert hashlib.sha256(demo["store"].read_bytes()).hexdigest() == before
    assert len(project.layoutManager().layouts()) == layouts and len(project.mapLayers()) == layers


def test_dates_follow_the_users_language(kip, demo, tmp_path):
    settings = QgsSettings()
    saved = settings.value("locale/overrideFlag", False, type=bool), settings.value("locale/userLocale", "")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_NL")
    try:
        output = tmp_path / "council_nl.pdf"
        kip("exportcouncilmap", _params(demo, output, COMBINATIONS=None, CONFLICTS=None))
    finally:
        settings.setValue("locale/overrideFlag", saved[0])
        settings.setValue("locale/userLocale", saved[1])
    cover = " ".join(H.page_text(output, 1).split())
    assert "1 januari" in cover and "31 maart 2027" in cover


def test_cancel_stops_without_a_pdf(kip, demo, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    output = tmp_path / "council.pdf"
    result = kip("exportcouncilmap", _params(demo, output), feedback=feedback)
    assert not output.exists() and "PAGES" not in result


def test_the_pdf_gets_the_users_normal_permissions_and_leaves_nothing_else(kip, demo, tmp_path):
    import os
    import stat

    output = tmp_path / "council.pdf"
    previous = os.umask(0o022)
    try:
        kip("exportcouncilmap", _params(demo, output, COMBINATIONS=None, CONFLICTS=None))
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o644  # colleagues on a shared drive can open it
    assert [p.name for p in tmp_path.iterdir()] == ["council.pdf"]  # no hidden partial file
