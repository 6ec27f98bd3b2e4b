"""The council map as a layout in the project: the templates, the "Council map…" action, saving and reopening."""
from __future__ import annotations

import datetime as _dt

import pytest
from qgis.core import QgsLayoutExporter, QgsLayoutItemPage, QgsPrintLayout, QgsProject, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument

import council_helpers as H
from kip_plugin.core.errors import KipError
from kip_plugin.layouts import items as I
from kip_plugin.layouts.common import Period
from kip_plugin.paths import ede_boundaries_path

START, END = _dt.date(2027, 1, 1), _dt.date(2027, 3, 31)
ALL_IDS = [
    I.COVER_TITLE, I.COVER_SUBTITLE, I.COVER_MAP, I.COVER_LEGEND, I.COVER_SCALEBAR, I.COVER_INDEX, I.COVER_EMPTY,
    I.DISTRICT_NAME, I.DISTRICT_MAP, I.DISTRICT_LEGEND, I.DISTRICT_SCALEBAR, I.DISTRICT_NORTH, I.DISTRICT_CHART,
    I.DISTRICT_TABLE, I.DISTRICT_CONFLICTS, I.MORE_NAME, I.MORE_TABLE, I.MORE_CONFLICTS,
] + [I.figure_value(k) for k in I.FIGURES]


@pytest.mark.parametrize("page_size, name", [(I.A3, "A3"), (I.A4, "A4")])
def test_templates_hold_a_landscape_cover_district_and_continuation_page(qgis_app, page_size, name):
    document = QDomDocument()
    assert document.setContent(I.template_path(page_size).read_text(encoding="utf-8"))[0]
    layout = QgsPrintLayout(QgsProject.instance())
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    assert ok
    pages = layout.pageCollection()
    assert pages.pageCount() == 3
    for number in range(3):
        size = pages.page(number).pageSize()
        assert size.width() > size.height()
        assert pages.page(number).orientation() == QgsLayoutItemPage.Landscape
    width = {"A3": 420, "A4": 297}[name]
    assert abs(pages.page(0).pageSize().width() - width) < 0.5
    missing = [item_id for item_id in ALL_IDS if layout.itemById(item_id) is None]
    assert missing == []


@pytest.fixture
def kip_project(demo_store_copy, tmp_path):
    """The demo KIP opened in the project with Ede's districts and neighbourhoods, as "Open KIP" leaves it."""
    from kip_plugin.store import context, project as kip_project_module

    project = QgsProject.instance()
    project.clear()
    kip_project_module.open_in_project(demo_store_copy, project)
    context.add_context_layers(project, str(ede_boundaries_path()))
    yield project, demo_store_copy
    project.clear()


def _districts(project):
    return next(l for l in project.mapLayers().values() if l.customProperty("kip/role") == "context_wijken")


def test_council_map_action_is_on_the_kip_toolbar(kip_plugin_loaded, qgis_iface):
    texts = [action.text() for action in kip_plugin_loaded.toolbar.actions()]
    assert "Council map…" in texts


def test_dialog_proposes_the_districts_and_checks_the_period(kip_project, qgis_app):
    from kip_plugin.layouts.dialog import CouncilMapDialog

    project, _store = kip_project
    dialog = CouncilMapDialog(project)
    assert dialog.districts.currentLayer() is _districts(project)
    assert dialog.name_field.currentField() == "statnaam"
    options = dialog.options()
    assert options.period.start == _dt.date.today() and options.period.end > options.period.start
    dialog.end.setDate(dialog.start.date().addDays(-1))
    with pytest.raises(KipError, match="period is empty"):
        dialog.options()


def test_layout_is_added_and_survives_saving_the_project(kip_project, tmp_path):
    from kip_plugin.layouts.in_project import LayoutOptions, add_council_layout

    project, store = kip_project
    project.setFileName(str(tmp_path / "council.qgz"))  # a shared KIP's council data goes beside the project
    districts = _districts(project)
    options = LayoutOptions(districts, "statnaam", Period(START, END), "Werken in Ede", I.A4)
    layout = add_council_layout(project, options, print)
    expected = H.districts_with_works(store.works_layer(), H.WIJKEN, START, END)
    assert project.layoutManager().layoutByName(layout.name()) is layout
    assert layout.atlas().enabled() and layout.atlas().count() == len(expected)
    assert layout.atlas().coverageLayer().source().startswith(str(tmp_path))  # kept beside the KIP, not in memory
    second = add_council_layout(project, options, print)
    assert second.name() != layout.name()  # a second council map does not replace the user's adjusted one

    saved = tmp_path / "council.qgz"
    assert project.write(str(saved))
    name = layout.name()
    project.clear()
    assert project.read(str(saved))
    reopened = project.layoutManager().layoutByName(name)
    assert reopened is not None and reopened.atlas().updateFeatures() == len(expected)
    pdf = tmp_path / "from_designer.pdf"
    settings = QgsLayoutExporter.PdfExportSettings()
    result, _error = QgsLayoutExporter.exportToPdf(reopened.atlas(), str(pdf), settings)
    assert result == QgsLayoutExporter.Success
    assert H.pdf_pages(pdf) == 1 + len(expected)
    assert sorted(H.page_title(pdf, page) for page in range(2, 2 + len(expected))) == expected


def test_without_an_open_kip_the_layout_is_refused(qgis_app):
    from kip_plugin.layouts.in_project import LayoutOptions, add_council_layout
    from qgis.core import QgsVectorLayer

    project = QgsProject.instance()
    project.clear()
    districts = QgsVectorLayer(H.WIJKEN, "wijken", "ogr")
    with pytest.raises(KipError, match="Open a KIP first"):
        add_council_layout(project, LayoutOptions(districts, "statnaam", Period(START, END), "x"), print)
    assert project.layoutManager().layouts() == []
