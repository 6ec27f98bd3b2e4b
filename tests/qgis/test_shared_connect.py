"""Connecting QGIS to a shared KIP: saved connections, the authentication database, the project file."""
from __future__ import annotations

import shutil
import zipfile

import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsDataSourceUri,
    QgsProject,
    QgsProviderRegistry,
)

from kip_plugin.core import schema as S
from kip_plugin.store import project as kip_project
from kip_plugin.store.address import PgAddress
from kip_plugin.store.kipstore import KipStore
from kip_plugin.store.stored_styles import create_kip
from pg_helpers import PASSWORDS, ensure_users


@pytest.fixture
def saved_connection(pg_cluster, pg_address, qgis_app, tmp_path, monkeypatch):
    """A shared KIP and a saved QGIS connection to it whose login (cor) lives in QGIS's authentication database."""
    ensure_users(pg_cluster)
    store = create_kip(pg_address, parties=[p for p in S.DEFAULT_PARTIES if p.code in ("verkeer", "groen")])
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("kip-test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("KIP coordinator")
    config.setConfig("username", "cor")
    config.setConfig("password", PASSWORDS["cor"])
    assert manager.storeAuthenticationConfig(config)[0]
    pg = PgAddress.parse(pg_address)
    uri = QgsDataSourceUri()
    uri.setConnection(pg.host, str(pg.port), pg.dbname, "", "", QgsDataSourceUri.SslPrefer, config.id())
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), "Ede GIS")
    # No pgpass: the password can only come from the authentication database.
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no_pgpass"))
    yield store, config.id(), pg.schema
    metadata.deleteConnection("Ede GIS")
    manager.removeAuthenticationConfig(config.id())


def test_the_dialog_offers_saved_connections_and_their_kips(saved_connection):
    from kip_plugin.gui.connect_dialog import ConnectDialog

    store, authcfg, schema = saved_connection
    dialog = ConnectDialog()
    assert "Ede GIS" in [dialog.connection.itemText(i) for i in range(dialog.connection.count())]
    dialog.connection.setCurrentText("Ede GIS")
    assert schema in [dialog.schema.itemText(i) for i in range(dialog.schema.count())]
    dialog.schema.setCurrentText(schema)
    address = dialog.chosen()
    assert address.authcfg == authcfg and address.schema == schema
    assert PASSWORDS["cor"] not in address.uri()
    assert dialog.buttons.button(dialog.buttons.Ok).isEnabled()


def test_a_kip_opened_through_the_authentication_database_keeps_no_password(saved_connection, tmp_path,
                                                                            kip_plugin_loaded):
    from kip_plugin.gui.connect_dialog import address_of_connection

    _store, authcfg, schema = saved_connection
    address = address_of_connection("Ede GIS", schema).uri()
    project = QgsProject.instance()
    project.clear()
    store = kip_plugin_loaded.open_path(address)
    assert store is not None and store.is_coordinator  # logged in as cor, through the authcfg
    layers = kip_project.works_layers(project)
    assert sorted(layer.customProperty("kip/party") for layer in layers) == ["groen", "verkeer"]
    assert all(layer.isValid() and layer.providerType() == "postgres" for layer in layers)
    path = tmp_path / "shared.qgz"
    assert project.write(str(path))
    with zipfile.ZipFile(path) as archive:
        text = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    assert PASSWORDS["cor"] not in text and "password" not in text.lower()
    assert authcfg in text
    project.clear()
    assert project.read(str(path))
    assert kip_project.store_of_project(project).address == address
    project.clear()


def test_the_project_finds_its_geopackage_after_the_folder_was_copied(demo_gpkg_copy, tmp_path):
    project = QgsProject.instance()
    project.clear()
    folder = tmp_path / "plan"
    folder.mkdir()
    store_path = folder / "kip.gpkg"
    shutil.move(demo_gpkg_copy.address, store_path)
    project.setFileName(str(folder / "kip.qgz"))
    kip_project.open_in_project(KipStore.open(str(store_path)), project)
    assert project.readEntry("kip", kip_project.PROJECT_STORE_KEY, "")[0] == "./kip.gpkg"
    assert project.write()
    project.clear()
    copy = tmp_path / "copy_of_plan"
    shutil.copytree(folder, copy)
    shutil.rmtree(folder)
    assert project.read(str(copy / "kip.qgz"))
    assert kip_project.store_of_project(project).address == str(copy / "kip.gpkg")
    # Without its layers, the project still finds the store beside it.
    for layer in kip_project.works_layers(project):
        project.removeMapLayer(layer.id())
    assert kip_project.store_of_project(project).address == str(copy / "kip.gpkg")
    project.clear()
