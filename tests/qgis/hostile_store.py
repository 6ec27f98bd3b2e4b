"""A KIP store whose stored style tries to run Python: form init code, Python actions, an expression field."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsAction, QgsEditFormConfig, QgsField
from qgis.PyQt.QtCore import QVariant

import detection_data as D
from kip_plugin.store.stored_styles import OVERVIEW_STYLE
from kip_plugin.store.kipstore import KipStore

EVIL_FIELD = "evil_field"


def _writes(marker: Path, what: str) -> str:
    return f"open({str(marker)!r}, 'a').write({what!r} + '\\n')"


def make_hostile_store(path: Path, marker: Path) -> KipStore:
    """A KIP store with one work whose default style writes to ``marker`` when its code runs."""
    store = KipStore.create(str(path))
    D.add_to_store(store, D.bospad()[:1])
    layer = store.works_layer()
    config = layer.editFormConfig()
    config.setInitCodeSource(QgsEditFormConfig.CodeSourceDialog)
    config.setInitFunction("kip_form_opened")
    config.setInitCode("def kip_form_opened(dialog, layer, feature):\n    " + _writes(marker, "init code ran") + "\n")
    layer.setEditFormConfig(config)
    scopes = {"Feature", "Form", "Field", "Canvas", "Layer"}
    layer.actions().addAction(
        QgsAction(QgsAction.GenericPython, "Update", _writes(marker, "action ran"), "", False, "Update", scopes, "")
    )
    layer.addExpressionField("'computed'", QgsField(EVIL_FIELD, QVariant.String))
    # Stored as the table's default style: what QGIS loads whenever it opens the works.
    _count, ids, names, _descriptions, _error = layer.listStylesInDatabase()
    for style_id, name in zip(ids, names):
        if name == OVERVIEW_STYLE:
            layer.deleteStyleFromDatabase(style_id)
    layer.saveStyleToDatabase(OVERVIEW_STYLE, "KIP: all works by party", True, "")
    return KipStore.open(str(path))
