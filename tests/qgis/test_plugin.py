"""Loading and unloading the plugin; its actions on a KIP store."""
from __future__ import annotations

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

from kip_plugin.core import schema as S
from kip_plugin.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME


def _ours(window):
    toolbars = [t for t in window.findChildren(QToolBar) if t.objectName() == TOOLBAR_OBJECT_NAME]
    menus = [m for m in window.findChildren(QMenu) if m.objectName() == MENU_OBJECT_NAME]
    actions = [a for a in window.findChildren(QAction) if a.objectName().startswith("mKipAction_")]
    menu_bar = [a for a in window.menuBar().actions() if a.menu() is not None and a.menu().objectName() == MENU_OBJECT_NAME]
    return toolbars, menus, actions, menu_bar


def test_plugin_adds_toolbar_menu_and_provider(kip_plugin_loaded, qgis_iface):
    toolbars, menus, actions, menu_bar = _ours(qgis_iface.mainWindow())
    assert len(toolbars) == 1 and len(menus) == 1 and len(menu_bar) == 1
    texts = [a.text() for a in toolbars[0].actions()]
    assert "New KIP…" in texts and "Open KIP…" in texts and "Add department/partner…" in texts
    assert QgsApplication.processingRegistry().providerById("kip") is not None


def test_unload_leaves_nothing_behind(qgis_iface, qgis_app):
    import kip_plugin

    plugin = kip_plugin.classFactory(qgis_iface)
    plugin.initGui()
    plugin.unload()
    QgsApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # run the deleteLater()s
    qgis_app.processEvents()
    toolbars, menus, actions, menu_bar = _ours(qgis_iface.mainWindow())
    assert toolbars == [] and menus == [] and actions == [] and menu_bar == []
    assert QgsApplication.processingRegistry().providerById("kip") is None


def test_open_path_shows_the_kip_group(kip_plugin_loaded, demo_store_copy):
    project = QgsProject.instance()
    project.clear()
    store = kip_plugin_loaded.open_path(demo_store_copy.path)
    assert store is not None
    layers = [l for l in project.mapLayers().values() if l.customProperty("kip/role") == "works"]
    assert len(layers) == len(S.DEFAULT_PARTIES)
    assert kip_plugin_loaded.current_store().path == demo_store_copy.path
    project.clear()


def test_open_path_reports_a_non_kip_file_and_adds_nothing(kip_plugin_loaded, qgis_iface, tmp_path):
    from qgis.core import Qgis

    project = QgsProject.instance()
    project.clear()
    bad = tmp_path / "notes.gpkg"
    bad.write_text("not a geopackage")
    qgis_iface.messageBar().clear_messages()
    assert kip_plugin_loaded.open_path(str(bad)) is None
    assert any("is not a KIP store" in m for m in qgis_iface.messageBar().get_messages(Qgis.Critical))
    assert project.count() == 0
    assert bad.read_text() == "not a geopackage"


def test_party_dialog_derives_and_checks_the_code(new_store, qgis_app):
    from kip_plugin.gui.party_dialog import PartyDialog

    dialog = PartyDialog(new_store)
    dialog.name.setText("Enexis Netbeheer")
    assert dialog.party().code == "enexis_netbeheer"
    assert dialog.problem_text() == ""
    dialog.code.setText("verkeer")
    assert "exists already" in dialog.problem_text()
    dialog.code.setText("9x")
    assert "not valid" in dialog.problem_text()
    dialog.code.setText("")
    dialog.public_contact.setText("088 123 45 67")
    assert dialog.party().public_contact == "088 123 45 67"


def test_party_dialog_without_public_contact_in_an_older_store(demo_store_copy, qgis_app):
    from kip_plugin.gui.party_dialog import PartyDialog

    dialog = PartyDialog(demo_store_copy)
    assert not dialog.public_contact.isEnabled()
    dialog.name.setText("Enexis")
    assert dialog.party().public_contact == ""


def test_new_kip_creates_and_shows_a_store(kip_plugin_loaded, tmp_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QFileDialog

    target = tmp_path / "ede_kip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    project = QgsProject.instance()
    project.clear()
    kip_plugin_loaded.new_kip()
    assert (tmp_path / "ede_kip.gpkg").exists()
    layers = [l for l in project.mapLayers().values() if l.customProperty("kip/role") == "works"]
    assert len(layers) == len(S.DEFAULT_PARTIES)
    project.clear()


def test_add_party_action_adds_a_layer(kip_plugin_loaded, new_store, monkeypatch):
    from kip_plugin.gui import party_dialog

    project = QgsProject.instance()
    project.clear()
    kip_plugin_loaded.open_path(new_store.path)

    def fill_in(dialog):
        dialog.name.setText("Enexis")
        return True

    monkeypatch.setattr(party_dialog.PartyDialog, "exec_", fill_in)
    kip_plugin_loaded.add_party()
    names = [l.name() for l in project.mapLayers().values() if l.customProperty("kip/role") == "works"]
    assert "Enexis" in names
    assert new_store.party("enexis") is not None
    project.clear()


def test_add_party_without_an_open_kip_says_so(kip_plugin_loaded, qgis_iface):
    from qgis.core import Qgis

    QgsProject.instance().clear()
    qgis_iface.messageBar().clear_messages()
    kip_plugin_loaded.add_party()
    assert any("Open or create a KIP first." in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
