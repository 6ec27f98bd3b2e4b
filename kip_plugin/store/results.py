"""The detection results kept in a KIP: each result table replaced by an analysis, with the run that made it."""
from __future__ import annotations

import datetime as _dt
import json
from typing import Dict

from qgis.core import QgsFeature, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime

from ..core import schema as S
from ..core.errors import StoreError
from ..core.schema import QT_TRANSLATE_NOOP
from .transaction import works_transaction


def _copy(source: QgsVectorLayer, target: QgsVectorLayer) -> list:
    """The features of ``source`` with the fields of ``target`` (matched by name)."""
    fields = target.fields()
    names = [name for name in source.fields().names() if fields.indexOf(name) >= 0]
    copies = []
    for feature in source.getFeatures():
        copy = QgsFeature(fields)
        for name in names:
            copy[name] = feature[name]
        copy.setGeometry(feature.geometry())
        copies.append(copy)
    return copies


def replace_results(store, table: str, source: QgsVectorLayer, algorithm: str, options: Dict[str, object]) -> None:
    """Replace the features of ``table`` by those of ``source`` and note the run, each in one transaction."""
    target, runs = store.table_layer(table), store.table_layer(S.RUNS_TABLE)
    if target is None or runs is None:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The KIP '{path}' has no table '{table}' for the results; open it once "
                                          "with this version of KIP to bring it up to date."),
            path=store.address, table=table)
    with works_transaction(target) as editing:
        if not editing.deleteFeatures(list(editing.allFeatureIds())) or not editing.addFeatures(
            _copy(source, editing)
        ):
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The results could not be written to the table '{table}'."),
                table=table)
    run = QgsFeature(runs.fields())
    run["result_table"] = table
    run["algorithm"] = f"kip:{algorithm}"
    run["options"] = json.dumps(options, sort_keys=True)
    run["finished_at"] = QDateTime(_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0))
    run["run_by"] = getattr(store, "user", "") or ""
    with works_transaction(runs) as editing:
        old = [f.id() for f in editing.getFeatures() if f["result_table"] == table]
        if not editing.deleteFeatures(old) or not editing.addFeature(run):
            raise StoreError(QT_TRANSLATE_NOOP("@default", "The run could not be noted in the KIP."))


def last_run(store, table: str) -> Dict[str, object]:
    """The run that made the results in ``table``: algorithm, options, finished_at, run_by (empty when none)."""
    runs = store.table_layer(S.RUNS_TABLE)
    if runs is None:
        return {}
    for feature in runs.getFeatures():
        if feature["result_table"] == table:
            options = feature["options"]
            finished = feature["finished_at"]
            return {
                "algorithm": feature["algorithm"],
                "options": json.loads(options) if isinstance(options, str) and options else {},
                "finished_at": finished.toString("yyyy-MM-ddTHH:mm:ss") if isinstance(finished, QDateTime) else "",
                "run_by": feature["run_by"] if isinstance(feature["run_by"], str) else "",
            }
    return {}
