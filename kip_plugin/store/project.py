"""Putting a KIP store into a QGIS project: the "KIP" group with one layer per party."""
from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer

from ..core import schema as S
from ..i18n import tr
from .kipstore import KipStore
from .layers import configure_works_layer

GROUP_PROPERTY = "kip/group"  # custom property marking KIP's layer-tree groups
PROJECT_STORE_KEY = "store"  # project entry (scope "kip") holding the open store's path


def kip_group_name() -> str:
    """Title of the layer-tree group holding the party layers."""
    return tr("KIP")


def find_group(project: QgsProject, role: str = "works") -> Optional[QgsLayerTreeGroup]:
    """KIP's group of the given role ("works", "results", "context"), found by property, not name."""
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(GROUP_PROPERTY) == role:
            return group
    return None


def ensure_group(project: QgsProject, role: str, title: str, index: int = 0) -> QgsLayerTreeGroup:
    """KIP's group of ``role``, created at ``index`` of the layer tree when missing."""
    group = find_group(project, role)
    if group is None:
        group = project.layerTreeRoot().insertGroup(index, title)
        group.setCustomProperty(GROUP_PROPERTY, role)
    return group


def party_layer(store: KipStore, party: S.Party, parties: List[S.Party]) -> QgsVectorLayer:
    """A party's works as a configured layer, named after the party."""
    layer = store.works_layer(party.code, name=party.name)
    return configure_works_layer(layer, parties, party)


def works_layers(project: QgsProject) -> List[QgsVectorLayer]:
    """The KIP works layers in the project (by their custom property)."""
    return [
        layer
        for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and layer.customProperty("kip/role") == "works"
    ]


def open_in_project(store: KipStore, project: QgsProject) -> QgsLayerTreeGroup:
    """Show ``store`` in ``project``: a "KIP" group with one layer per party (replacing an old one)."""
    close_in_project(project)
    group = ensure_group(project, "works", kip_group_name())
    parties = store.parties()
    for party in parties:
        add_party_layer(store, party, parties, project, group)
    project.writeEntry("kip", PROJECT_STORE_KEY, store.path)
    _show_stored_results(store, project)
    return group


def _show_stored_results(store: KipStore, project: QgsProject) -> None:
    """The results of the KIP's last analysis, kept in the store, back in the "KIP results" group."""
    from ..analysis import show_results, stored_results

    show_results(stored_results(store), project)


def add_party_layer(
    store: KipStore,
    party: S.Party,
    parties: List[S.Party],
    project: QgsProject,
    group: Optional[QgsLayerTreeGroup] = None,
) -> QgsVectorLayer:
    """Add one party's layer to the KIP group."""
    group = group or ensure_group(project, "works", kip_group_name())
    layer = party_layer(store, party, parties)
    project.addMapLayer(layer, False)
    group.addLayer(layer)
    return layer


def close_in_project(project: QgsProject) -> None:
    """Remove the KIP's works layers, its results and their groups from the project."""
    for layer in works_layers(project):
        project.removeMapLayer(layer.id())
    for role in ("works", "results"):
        group = find_group(project, role)
        if group is None:
            continue
        for node in group.findLayers():
            if node.layer() is not None:
                project.removeMapLayer(node.layer().id())
        group.parent().removeChildNode(group)
    project.removeEntry("kip", PROJECT_STORE_KEY)


def store_of_project(project: QgsProject) -> Optional[KipStore]:
    """The KIP store shown in ``project``, if any and still readable."""
    path, ok = project.readEntry("kip", PROJECT_STORE_KEY, "")
    if not ok or not path:
        return None
    return KipStore.open(path)
