"""New KIP and Open KIP land on the works (or the municipality) with a background map, not on white at 1:1."""
from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject, QgsRectangle

import detection_data as D
from kip_plugin import settings
from kip_plugin.store import background
from kip_plugin.store.kipstore import KipStore


@pytest.fixture
def no_chosen_background():
    saved = settings.background_source()
    settings.set_background_source("")
    yield
    settings.set_background_source(saved)


def _background(project):
    return [l for l in project.mapLayers().values() if l.customProperty("kip/role") == background.ROLE]


def _context(project):
    return sorted(str(l.customProperty("kip/role")) for l in project.mapLayers().values()
                  if str(l.customProperty("kip/role")).startswith("context_"))


def test_a_new_kip_shows_the_municipality_with_its_streets(kip_plugin_loaded, qgis_iface, tmp_path, monkeypatch,
                                                             no_chosen_background):
    from kip_plugin.gui import new_kip_dialog

    def fill_in(dialog):
        dialog.file.setFilePath(str(tmp_path / "nieuw"))
        dialog.municipality.setText("Ede")
        return True

    monkeypatch.setattr(new_kip_dialog.NewKipDialog, "exec_", fill_in)
    project = QgsProject.instance()
    project.clear()
    kip_plugin_loaded.new_kip()
    extent = qgis_iface.mapCanvas().extent()
    # The whole municipality of Ede (about 28 × 18 km), not a few metres of nowhere.
    assert extent.contains(QgsRectangle(170_000, 445_000, 180_000, 455_000))
    assert extent.width() < 80_000 and extent.height() < 80_000
    layers = _background(project)
    assert len(layers) == 1 and layers[0].featureCount() > 1000 and background.name_field(layers[0]) == "straatnaam"
    assert project.layerTreeRoot().findLayer(layers[0].id()).isVisible()
    assert _context(project) == ["context_buurten", "context_gemeente", "context_wijken"]
    order = [l.id() for l in project.layerTreeRoot().layerOrder()]
    assert order[-1] == layers[0].id()  # drawn under everything
    project.clear()


def test_open_kip_zooms_to_the_works_over_the_streets(kip_plugin_loaded, qgis_iface, demo_store_copy,
                                                        no_chosen_background):
    project = QgsProject.instance()
    project.clear()
    kip_plugin_loaded.open_path(demo_store_copy.path)
    works = demo_store_copy.works_layer().extent()
    canvas = qgis_iface.mapCanvas()
    assert canvas.extent().contains(works)
    assert canvas.extent().width() < works.width() * 1.5 or canvas.extent().height() < works.height() * 1.5
    assert len(_background(project)) == 1
    kip_plugin_loaded.open_path(demo_store_copy.path)  # opening again replaces, does not double
    assert len(_background(project)) == 1
    project.clear()


def test_works_elsewhere_get_no_ede_streets_but_a_message(kip_plugin_loaded, qgis_iface, tmp_path,
                                                           no_chosen_background):
    store = KipStore.create(str(tmp_path / "amsterdam.gpkg"))
    far = [dict(w, geometry=__import__("shapely").affinity.translate(w["geometry"], -50_000, 40_000))
           for w in D.bospad()]
    D.add_to_store(store, far)
    project = QgsProject.instance()
    project.clear()
    qgis_iface.messageBar().clear_messages()
    kip_plugin_loaded.open_path(store.path)
    assert _background(project) == []  # offline here: no PDOK either
    assert any("No background map for these works" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert _context(project) == []  # Ede's districts would be nowhere near
    assert qgis_iface.mapCanvas().extent().contains(store.works_layer().extent())
    project.clear()


def test_a_background_of_the_users_choice_is_used(kip_plugin_loaded, demo_store_copy, tmp_path,
                                                  no_chosen_background):
    from kip_plugin.paths import ede_boundaries_path

    settings.set_background_source(f"ogr|{ede_boundaries_path()}|layername=buurten")
    project = QgsProject.instance()
    project.clear()
    kip_plugin_loaded.open_path(demo_store_copy.path)
    layers = _background(project)
    assert len(layers) == 1 and "buurten" in layers[0].source()
    project.clear()


def test_the_pdok_map_is_one_click_away_in_the_browser(qgis_app):
    from qgis.core import QgsSettings

    background.register_pdok_connection()
    url = QgsSettings().value(f"qgis/connections-wms/{background.PDOK_CONNECTION}/url", "")
    assert url.startswith("https://service.pdok.nl/brt/achtergrondkaart/wmts")
    assert background.pdok_reachable() in (True, False)  # answers at once; the tests run offline


def test_background_dialog_remembers_the_choice(qgis_app, tmp_path, no_chosen_background):
    from kip_plugin.gui.background_dialog import BackgroundDialog

    dialog = BackgroundDialog()
    assert dialog.automatic.isChecked() and dialog.source() == ""
    dialog.path.setFilePath(str(tmp_path / "nwb_wegvakken.gpkg"))
    assert dialog.source() == f"ogr|{tmp_path / 'nwb_wegvakken.gpkg'}"
    dialog.pdok.setChecked(True)
    assert dialog.source() == "pdok"
