"""Unsaved edits of a KIP in this QGIS: an import must not run under them.

An edit buffer holds changes made in QGIS but not yet saved; saved after an import,
it would silently overwrite what the import changed. KIP finds the layers of a
store with such edits (by their KIP property or their file) so that an import can
refuse, or save them first when the user asks. Call on the main thread.
"""
from __future__ import annotations

import os
from typing import List, Optional

from qgis.core import QgsProject, QgsVectorLayer

from .address import is_postgres
from .checkpoint import checkpoint


def _same_file(a: str, b: str) -> bool:
    if is_postgres(a) or is_postgres(b):
        return a == b
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def layer_store_path(layer: QgsVectorLayer) -> str:
    """The KIP (file or shared) a layer reads from: its KIP store property, else its data source."""
    path = layer.customProperty("kip/store") or ""
    if not path and layer.providerType() == "ogr":
        path = layer.source().split("|")[0]
    return str(path)


def layers_with_edits(project: Optional[QgsProject], store_path: str) -> List[QgsVectorLayer]:
    """Layers of ``project`` that read the store at ``store_path`` and hold unsaved edits."""
    if project is None or not store_path:
        return []
    found = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or not layer.isEditable() or not layer.isModified():
            continue
        path = layer_store_path(layer)
        if path and _same_file(path, store_path):
            found.append(layer)
    return found


def save_edits(layers: List[QgsVectorLayer]) -> List[str]:
    """Save the edits of ``layers``; return the errors (empty when all were saved)."""
    errors: List[str] = []
    for layer in layers:
        if not layer.commitChanges():
            errors.append("{name}: {errors}".format(name=layer.name(), errors="; ".join(layer.commitErrors())))
        else:
            checkpoint(layer_store_path(layer))
    return errors
