"""A KIP project made in English and opened in a Dutch QGIS speaks Dutch: forms, value maps, group names."""
from __future__ import annotations

from qgis.core import QgsProject

from kip_plugin.analysis import analyse_store, show_results
from kip_plugin.core import schema as S
from kip_plugin.i18n import install_translator, remove_translator
from kip_plugin.store import context, project as kip_project
from kip_plugin.paths import ede_boundaries_path


def _english_project(store, path) -> None:
    project = QgsProject.instance()
    project.clear()
    kip_project.open_in_project(store, project)
    context.add_context_layers(project, str(ede_boundaries_path()))
    show_results(analyse_store(store), project)
    assert project.write(str(path))
    project.clear()


def _form_texts(layer):
    fields = layer.fields()
    alias = layer.attributeAlias(fields.indexOf(S.F_START))
    tabs = [tab.name() for tab in layer.editFormConfig().tabs()]
    setup = layer.editorWidgetSetup(fields.indexOf(S.F_WORK_TYPE))
    labels = {code: label for entry in setup.config()["map"] for label, code in entry.items()}
    return alias, tabs, labels["sewer"]


def test_a_project_made_in_english_opens_in_dutch(kip_plugin_loaded, demo_store_copy, tmp_path):
    path = tmp_path / "kip.qgz"
    _english_project(demo_store_copy, path)
    dutch = install_translator("nl")
    try:
        project = QgsProject.instance()
        assert project.read(str(path))
        layer = kip_project.works_layers(project)[0]
        assert _form_texts(layer) == ("Begindatum", ["Werk", "Planning", "Impact", "Budget", "Administratie"], "Riolering")
        groups = {role: kip_project.find_group(project, role).name() for role in ("works", "results", "context")}
        assert groups == {"works": "KIP", "results": "KIP-resultaten", "context": "Achtergrond"}
        names = {layer.customProperty("kip/role") or layer.customProperty("kip/result"): layer.name()
                 for layer in project.mapLayers().values()}
        assert names["context_wijken"] == "Wijken" and names["works"] != "" and names["clusters"] == "Combinaties"
    finally:
        remove_translator(dutch)
        QgsProject.instance().clear()
    # And back in English when QGIS runs in English again.
    project = QgsProject.instance()
    assert project.read(str(path))
    assert _form_texts(kip_project.works_layers(project)[0])[0] == "Start date"
    project.clear()
