"""Writing to the works table in one database transaction: all of it, or nothing.

QGIS's edit buffer commits additions, attribute changes and geometry changes in
separate provider calls, so a failure half-way would leave a store half-written. A
``QgsTransaction`` on the layer's data source (GeoPackage through OGR now, PostgreSQL
later) makes every edit part of one transaction that is committed at the end or
rolled back on any error.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from qgis.core import QgsTransaction, QgsVectorLayer

from ..i18n import tr


class StoreWriteError(Exception):
    """Writing to the store failed; nothing of the attempt was kept."""


@contextmanager
def works_transaction(layer: QgsVectorLayer) -> Iterator[QgsVectorLayer]:
    """Yield ``layer`` in edit mode inside one transaction; commit on success, roll back on any error."""
    if layer.readOnly():
        raise StoreWriteError(tr("The KIP store is read-only; nothing was imported."))
    provider = layer.dataProvider()
    # OGR offers a transaction only on a data source that is already open for writing.
    provider.enterUpdateMode()
    transaction = QgsTransaction.create({layer})
    if transaction is None:
        provider.leaveUpdateMode()
        raise StoreWriteError(tr("The KIP store cannot write in one transaction; nothing was imported."))
    ok, error = transaction.begin()
    if not ok:
        provider.leaveUpdateMode()
        raise StoreWriteError(tr("Could not start writing to the KIP store: {error}").format(error=error))
    try:
        if not layer.startEditing():
            raise StoreWriteError(tr("The works of the KIP store cannot be edited."))
        yield layer
        ok, error = transaction.commit()
        if not ok:
            raise StoreWriteError(tr("Could not save the import in the KIP store: {error}").format(error=error))
    except BaseException:
        transaction.rollback()
        raise
    finally:
        if layer.isEditable():
            layer.rollBack()
        del transaction
        provider.leaveUpdateMode()


def provider_error(layer: QgsVectorLayer) -> str:
    """The last errors the layer's data provider reported, in one line."""
    errors = layer.dataProvider().errors() if layer.dataProvider() else []
    return "; ".join(errors[-3:]) or tr("unknown error")
