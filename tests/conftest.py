"""Shared fixtures: the plugin loaded through classFactory, fresh KIP stores, the demo store."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def kip_plugin_loaded(qgis_iface):
    """The KIP plugin, created through classFactory and initGui(), unloaded afterwards."""
    import kip_plugin

    plugin = kip_plugin.classFactory(qgis_iface)
    plugin.initGui()
    yield plugin
    if plugin.actions or plugin.provider is not None:
        plugin.unload()


@pytest.fixture
def new_store(tmp_path, qgis_app):
    """A new, empty KIP store in a temporary folder."""
    from kip_plugin.store.kipstore import KipStore

    return KipStore.create(str(tmp_path / "kip.gpkg"))


@pytest.fixture
def demo_store_copy(tmp_path, qgis_app):
    """A writable copy of the bundled Ede demo store."""
    from kip_plugin.paths import demo_store_path
    from kip_plugin.store.kipstore import KipStore

    target = tmp_path / "ede_demo.gpkg"
    shutil.copy(demo_store_path(), target)
    return KipStore.open(str(target))


