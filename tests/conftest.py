"""Shared fixtures: the plugin loaded through classFactory, fresh KIP stores, the demo store,
and a throw-away PostgreSQL/PostGIS cluster for the shared-KIP tests.

``new_store`` and ``demo_store_copy`` run every test that uses them twice: on a GeoPackage and
on a shared KIP in PostGIS.
"""
from __future__ import annotations

import itertools
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BACKENDS = ("gpkg", "postgis")
PG_DATABASE = "kip_test"
_schemas = itertools.count(1)


@pytest.fixture
def kip_plugin_loaded(qgis_iface):
    """The KIP plugin, created through classFactory and initGui(), unloaded afterwards."""
    import kip_plugin

    plugin = kip_plugin.classFactory(qgis_iface)
    plugin.initGui()
    yield plugin
    if plugin.actions or plugin.provider is not None:
        plugin.unload()


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL 15 + PostGIS 3 cluster of this test session (stopped and deleted at its end)."""
    from scripts.postgis_cluster import LocalCluster

    cluster = LocalCluster()
    try:
        cluster.start()
        os.environ["PGPASSFILE"] = str(cluster.pgpass)
        cluster.create_database(PG_DATABASE)
        yield cluster
    finally:
        from kip_plugin.store.pg_connect import close_all

        close_all()
        cluster.remove()


@pytest.fixture
def pg_address(pg_cluster):
    """The address of a shared KIP in a schema of its own (not created yet), as the superuser."""
    return pg_cluster.uri(PG_DATABASE, schema=f"kip_t{next(_schemas)}")


def _demo_copy(backend: str, tmp_path: Path, pg_cluster=None):
    from kip_plugin.paths import demo_store_path
    from kip_plugin.store.kipstore import KipStore

    target = tmp_path / "ede_demo.gpkg"
    shutil.copy(demo_store_path(), target)
    if backend == "gpkg":
        return KipStore.open(str(target))
    from kip_plugin.store.copying import copy_kip

    return copy_kip(str(target), pg_cluster.uri(PG_DATABASE, schema=f"kip_t{next(_schemas)}")).store


@pytest.fixture
def new_gpkg_store(tmp_path, qgis_app):
    """A new, empty KIP GeoPackage in a temporary folder."""
    from kip_plugin.store.stored_styles import create_kip

    return create_kip(str(tmp_path / "kip.gpkg"))


@pytest.fixture
def demo_gpkg_copy(tmp_path, qgis_app):
    """A writable copy of the bundled Ede demo store (a GeoPackage)."""
    return _demo_copy("gpkg", tmp_path)


@pytest.fixture(params=BACKENDS)
def new_store(request, tmp_path, qgis_app):
    """A new, empty KIP: a GeoPackage, and a shared KIP in PostGIS."""
    from kip_plugin.store.stored_styles import create_kip

    if request.param == "gpkg":
        return create_kip(str(tmp_path / "kip.gpkg"))
    return create_kip(request.getfixturevalue("pg_address"))


@pytest.fixture(params=BACKENDS)
def demo_store_copy(request, tmp_path, qgis_app):
    """A writable copy of the Ede demo: as a GeoPackage, and as a shared KIP in PostGIS."""
    cluster = request.getfixturevalue("pg_cluster") if request.param == "postgis" else None
    return _demo_copy(request.param, tmp_path, cluster)
