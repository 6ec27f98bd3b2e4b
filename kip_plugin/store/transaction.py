"""Writing to the works table in one database transaction: all of it, or nothing.

QGIS's edit buffer commits additions, attribute changes and geometry changes in
separate provider calls, so a failure half-way would leave a store half-written. A
``QgsTransaction`` on the layer's data source (GeoPackage through OGR now, PostgreSQL
later) makes every edit part of one transaction that is committed at the end or
rolled back on any error.

Before it writes to a GeoPackage, KIP refuses a store with triggers it did not make and
waits a bounded time for another program's write to end; inside, it holds the write lock
from the start, so that nothing changes between what KIP reads and what it writes.
After the commit the GeoPackage is checkpointed: the file alone holds everything.
A shared KIP on PostgreSQL lets many parties write at once: there KIP waits a bounded
time for a row another session is changing, and the counts read back after the commit
show whether anyone changed the same works meanwhile.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from qgis.core import QgsSettings, QgsTransaction, QgsVectorLayer

from .. import settings
from ..core.errors import StoreError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from .checkpoint import checkpoint
from .safety import foreign_triggers, is_full_error, is_locked_error, wait_for_write_lock


LOCKED = QT_TRANSLATE_NOOP("@default", "The KIP is locked by another program; nothing was imported. Try again when it "
                                       "has finished.")
FULL = QT_TRANSLATE_NOOP("@default", "The disk holding the KIP is full; nothing was imported. Make room and import again.")
NOT_STARTED = QT_TRANSLATE_NOOP("@default", "Could not start writing to the KIP store: {error}")


def write_failure(template: str, error: str, **params) -> StoreError:
    """The error for a failed write: a locked store or a full disk in plain words, else the provider's message."""
    if is_locked_error(error):
        return StoreError(LOCKED, complete=True)
    if is_full_error(error):
        return StoreError(FULL, complete=True)
    return StoreError(template, error=error, **params)


def _store_path(layer: QgsVectorLayer) -> str:
    path = layer.customProperty("kip/store") or ""
    if not path:
        path = layer.source().split("|")[0]
    return str(path)


def check_writable(path: str) -> None:
    """Refuse a store with triggers KIP did not make, or one another program keeps locked."""
    foreign = foreign_triggers(path)
    if foreign:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The KIP store '{path}' contains triggers that KIP did not make "
                                          "({names}); they could change or delete works behind KIP's back, so KIP "
                                          "does not write to it. Nothing was imported."),
            path=path, names=", ".join(foreign), complete=True)
    if not wait_for_write_lock(path, settings.store_lock_wait()):
        raise StoreError(LOCKED, complete=True)


_WAL_SETTING = "qgis/walForSqlite3"


@contextmanager
def _journal_kept():
    """While open: QGIS leaves the GeoPackage's journal mode as it is.

    QGIS switches a GeoPackage to write-ahead logging when it opens it for writing and
    back when it closes it, changing the file's header both times. KIP's own writes keep
    the file's mode, so that a refused or cancelled import leaves the file byte for byte
    as it was, and a committed one is in the file itself.
    """
    settings = QgsSettings()
    had = settings.contains(_WAL_SETTING)
    previous = settings.value(_WAL_SETTING, True, type=bool)
    settings.setValue(_WAL_SETTING, False)
    try:
        yield
    finally:
        if had:
            settings.setValue(_WAL_SETTING, previous)
        else:
            settings.remove(_WAL_SETTING)


@contextmanager
def works_transaction(layer: QgsVectorLayer, *others: QgsVectorLayer) -> Iterator[QgsVectorLayer]:
    """Yield ``layer`` in edit mode inside one transaction (with ``others`` of the same store); commit or roll back."""
    if layer.readOnly():
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The KIP store is read-only; nothing was imported."),
            complete=True)
    path = _store_path(layer)
    postgres = layer.providerType() == "postgres"
    if not postgres:
        check_writable(path)
    layers = [layer, *others]
    committed = False
    with _journal_kept():
        # OGR offers a transaction only on a data source that is already open for writing.
        for each in layers:
            each.dataProvider().enterUpdateMode()
        transaction = QgsTransaction.create(set(layers))
        try:
            if transaction is None:
                raise StoreError(
                    QT_TRANSLATE_NOOP("@default", "The KIP store cannot write in one transaction; nothing was "
                                                  "imported."),
                    complete=True)
            ok, error = transaction.begin()
            if not ok:
                raise write_failure(NOT_STARTED, error)
            try:
                _hold_write_lock(transaction, postgres)
                for each in layers:
                    if not each.startEditing():
                        raise StoreError(
                            QT_TRANSLATE_NOOP("@default", "The works of the KIP store cannot be edited."))
                yield layer
                ok, error = transaction.commit()
                if not ok:
                    raise write_failure(
                        QT_TRANSLATE_NOOP("@default", "Could not save the import in the KIP store: {error}"), error)
                committed = True
            except BaseException:
                transaction.rollback()
                raise
        finally:
            for each in layers:
                if each.isEditable():
                    each.rollBack()
            del transaction
            for each in layers:
                each.dataProvider().leaveUpdateMode()
    if committed and not postgres:
        checkpoint(path)


def _hold_write_lock(transaction: QgsTransaction, postgres: bool = False) -> None:
    """Take the store's write lock now (waiting a bounded time), not at the first write."""
    wait_ms = int(settings.store_lock_wait() * 1000)
    if postgres:
        # Rows another session is changing: wait for them a bounded time, then fail (nothing kept).
        ok, error = transaction.executeSql(f"SET LOCAL lock_timeout = {wait_ms}")
        if not ok:
            raise write_failure(NOT_STARTED, error)
        return
    transaction.executeSql(f"PRAGMA busy_timeout = {wait_ms}")
    # A write that changes nothing still takes the lock: from here on no other program can
    # change the works KIP is about to read and compare.
    ok, error = transaction.executeSql("UPDATE kip_meta SET value = value WHERE 0")
    if not ok:
        raise write_failure(NOT_STARTED, error)


def provider_error(layer: QgsVectorLayer) -> str:
    """The last errors the layer's data provider reported, in one line."""
    errors = layer.dataProvider().errors() if layer.dataProvider() else []
    return "; ".join(errors[-3:]) or tr("unknown error")
