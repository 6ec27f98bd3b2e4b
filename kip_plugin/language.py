"""A KIP project speaks the language QGIS runs in, whichever language it was made in.

Forms, value maps and the names of KIP's groups and layers are stored in a project in the
language of the day it was saved; ``relabel_project`` sets them again in the current one.
The plugin calls it whenever a project is read.
"""
from __future__ import annotations

from typing import Dict, List

from qgis.core import QgsProject, QgsVectorLayer

from . import log
from .core import schema as S
from .core.errors import KipError
from .detection import styles as result_styles
from .i18n import error_text, tr
from .store import project as kip_project
from .store.context import context_group_name, context_titles
from .store.kipstore import KipStore
from .store.layers import configure_works_layer


def _parties(path: str, cache: Dict[str, List[S.Party]]) -> List[S.Party]:
    if path not in cache:
        try:
            cache[path] = KipStore.open(path).parties()
        except KipError as error:
            log.warning(error_text(error))
            cache[path] = []
    return cache[path]


def relabel_project(project: QgsProject) -> None:
    """Set the forms, value maps, group and layer names of KIP's layers in ``project`` in the user's language."""
    cache: Dict[str, List[S.Party]] = {}
    for layer in kip_project.works_layers(project):
        parties = _parties(str(layer.customProperty("kip/store") or ""), cache)
        if not parties:
            continue
        code = str(layer.customProperty("kip/party") or "")
        party = next((p for p in parties if p.code == code), None)
        configure_works_layer(layer, parties, party)
    titles = {"works": kip_project.kip_group_name(), "results": result_styles.results_group_title(),
              "context": context_group_name()}
    for role, title in titles.items():
        group = kip_project.find_group(project, role)
        if group is not None:
            group.setName(title)
    context_names = context_titles()
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        role = str(layer.customProperty("kip/role") or "")
        if role.startswith("context_") and role[len("context_"):] in context_names:
            layer.setName(context_names[role[len("context_"):]])
            layer.setAttribution(tr("Source: CBS, Kadaster"))
        result = str(layer.customProperty(result_styles.RESULT_PROPERTY) or "")
        if result in (result_styles.CLUSTERS, result_styles.PAIRS, result_styles.WORKS, result_styles.CONFLICTS):
            result_styles.style_result(layer, result)
            layer.setName(result_styles.layer_title(result))
