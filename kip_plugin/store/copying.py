"""Copying a whole KIP between a GeoPackage and a shared KIP (either way), with nothing lost.

The copy has the same parties, works (fid, row version and every field) and history as the
original, its metadata (title, when it was made) and KIP's stored styles. A copy that fails or
is cancelled leaves no half-made target behind.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from osgeo import gdal

from ..core import schema as S
from ..core.schema import QT_TRANSLATE_NOOP
from .address import PgAddress, is_postgres, normalise
from .copy_rows import read_history, read_works, write_gpkg, write_postgis
from .kipstore import KipStore
from .pg_connect import connection_for, psycopg2_module, transaction
from .stored_styles import create_kip
from ..core.errors import Cancelled, StoreError

# Metadata that belongs to the KIP, not to one copy of it.
_KEPT_META = ("created_at", "title")



@dataclass
class Copied:
    """The new KIP and how many rows went into it."""

    store: KipStore
    works: int
    history: int


def copy_kip(source_address: str, target_address: str, feedback=None) -> Copied:
    """Copy the KIP at ``source_address`` to a new KIP at ``target_address``."""
    if normalise(source_address) == normalise(target_address):
        raise StoreError(QT_TRANSLATE_NOOP("@default", "The copy needs another place than the original."))
    source = KipStore.open(source_address)
    progress = _progress(feedback)
    progress(0.0)
    works = list(read_works(source))
    history = list(read_history(source))
    progress(0.1)
    crs = source.crs.authid() or source.crs.toWkt()
    target = create_kip(target_address, crs, source.parties(), source.meta.get("title", ""))
    try:
        def step(fraction: float) -> None:
            progress(0.2 + 0.75 * fraction)

        if target.backend == "gpkg":
            write_gpkg(target.address, works, history, step)
        else:
            write_postgis(target, works, history, step)
        _copy_meta(target, {k: v for k, v in source.meta.items() if k in _KEPT_META})
        progress(1.0)  # the last moment to cancel: after it the copy stands
    except BaseException:
        remove_kip(target)
        raise
    return Copied(KipStore.open(target.address), len(works), len(history))


def _progress(feedback) -> Callable[[float], None]:
    def report(fraction: float) -> None:
        if feedback is None:
            return
        if feedback.isCanceled():
            raise Cancelled()
        feedback.setProgress(100.0 * fraction)

    return report


def _copy_meta(store: KipStore, values: dict) -> None:
    if store.backend == "postgis":
        sql = psycopg2_module().sql
        with transaction(store.connection()) as cursor:
            for key, value in values.items():
                cursor.execute(sql.SQL("UPDATE {}.kip_meta SET value = %s WHERE key = %s").format(
                    sql.Identifier(store.pg.schema)), (value, key))
        return
    ds = gdal.OpenEx(store.address, gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    layer = ds.GetLayerByName(S.META_TABLE)
    for feature in layer:
        key = feature.GetField("key")
        if key in values:
            feature.SetField("value", values[key])
            layer.SetFeature(feature)
    ds = None


def remove_kip(store: KipStore) -> None:
    """Delete a KIP this session has just made (after a failed or cancelled copy)."""
    if store.backend == "gpkg":
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(store.address + suffix):
                os.remove(store.address + suffix)
        return
    drop_schema(store.address)


def drop_schema(address: str) -> None:
    """Drop a shared KIP's schema and the styles QGIS keeps for it (the roles stay: other KIPs may use them)."""
    if not is_postgres(address):
        raise StoreError(QT_TRANSLATE_NOOP("@default", "'{address}' is not a shared KIP."), address=address)
    pg = PgAddress.parse(address)
    sql = psycopg2_module().sql
    with transaction(connection_for(pg)) as cursor:
        cursor.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(pg.schema)))
        cursor.execute("SELECT to_regclass('layer_styles') IS NOT NULL")
        if cursor.fetchone()[0]:
            cursor.execute("DELETE FROM layer_styles WHERE f_table_catalog = %s AND f_table_schema = %s",
                           (pg.dbname, pg.schema))

