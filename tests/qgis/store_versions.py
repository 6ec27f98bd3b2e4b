"""GeoPackage KIPs as earlier versions of KIP made them, to test opening and upgrading them."""
from __future__ import annotations

import sqlite3

from osgeo import ogr

from kip_plugin.core import schema as S
from kip_plugin.store import gpkg_migrations


def as_version(path: str, version: int) -> None:
    """Turn a new KIP GeoPackage into one of schema ``version`` (1 or 2), as that KIP made it."""
    ds = ogr.Open(path, 1)
    for table, _fields, _geometry in S.SHARED_TABLES:
        for i in range(ds.GetLayerCount()):
            if ds.GetLayer(i).GetName() == table:
                ds.DeleteLayer(i)
                break
    ds = None
    with sqlite3.connect(path) as db:
        for name in gpkg_migrations.HISTORY_TRIGGERS:
            db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(f"ALTER TABLE {S.WORKS_TABLE} DROP COLUMN {S.F_THEMES}")
        db.execute(f"ALTER TABLE {S.PARTIES_TABLE} DROP COLUMN {S.P_PUBLIC_CONTACT}")
        if version < 2:
            db.execute("DROP TABLE works_history")
            db.execute("DELETE FROM gpkg_contents WHERE table_name = 'works_history'")
            db.execute("DELETE FROM gpkg_ogr_contents WHERE table_name = 'works_history'")
            db.execute("ALTER TABLE works DROP COLUMN row_version")
        db.execute("UPDATE kip_meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    if version == 2:
        ds = ogr.Open(path, 1)
        gpkg_migrations._history_triggers(ds, gpkg_migrations._V2_COLUMNS)
        ds = None
