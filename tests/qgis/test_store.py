"""The KIP store: creating, opening, checking, adding parties, schema versions; nothing lost on bad input.

Tests named for a file use a GeoPackage; the others run on a GeoPackage and on a shared KIP.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat

import pytest

from kip_plugin.core import schema as S
from store_versions import as_version
import detection_data as D
from kip_plugin.core.errors import KipError
from kip_plugin.store.kipstore import KipStore
from kip_plugin.store.stored_styles import add_party


def _digest(path) -> tuple:
    data = open(path, "rb").read()
    return hashlib.sha256(data).hexdigest(), os.stat(path).st_mtime_ns


def test_new_store_has_the_works_schema_and_default_parties(new_store):
    layer = new_store.works_layer()
    assert layer.isValid()
    names = [f.name() for f in layer.fields()]
    for spec in S.WORK_FIELDS:
        assert spec.name in names, spec.name
    types = {f.name(): f.typeName().lower() for f in layer.fields()}
    assert types[S.F_START] == "date"
    boolean, moment = ("boolean", "datetime") if new_store.backend == "gpkg" else ("bool", "timestamp")
    assert types[S.F_EXCAVATION] == boolean
    assert types[S.F_UPDATED_AT] == moment
    assert layer.crs().authid() == "EPSG:28992"
    assert [p.code for p in new_store.parties()] == [p.code for p in S.DEFAULT_PARTIES]
    assert new_store.meta["schema_version"] == str(S.SCHEMA_VERSION)


def _work(layer, work_id, start="2027-01-01", end="2027-02-01"):
    from qgis.core import QgsFeature
    from qgis.PyQt.QtCore import QDate

    f = QgsFeature(layer.fields())
    f[S.F_WORK_ID] = work_id
    f[S.F_OWNER] = "verkeer"
    f[S.F_START] = QDate.fromString(start, "yyyy-MM-dd") if start else None
    f[S.F_END] = QDate.fromString(end, "yyyy-MM-dd")
    return f


def test_work_id_is_unique_and_dates_required_in_the_file(new_store):
    layer = new_store.works_layer()
    provider = layer.dataProvider()
    assert provider.addFeatures([_work(provider, "a-1")])[0]
    assert not provider.addFeatures([_work(provider, "a-1")])[0]
    assert not provider.addFeatures([_work(provider, "a-2", start=None)])[0]
    assert provider.featureCount() == 1


def test_party_layer_shows_only_that_partys_works(demo_store_copy):
    all_works = demo_store_copy.works_layer()
    verkeer = demo_store_copy.works_layer("verkeer")
    owners = {f[S.F_OWNER] for f in verkeer.getFeatures()}
    assert owners == {"verkeer"}
    assert 0 < verkeer.featureCount() < all_works.featureCount()


def test_add_party_adds_it_and_its_style(new_store):
    add_party(new_store, S.Party("enexis", "Enexis", "partner", "#123456"))
    assert new_store.party("enexis").colour == "#123456"
    count, _ids, names, _descriptions, _error = new_store.works_layer().listStylesInDatabase()
    assert "kip_enexis" in names


@pytest.mark.parametrize(
    "party, message",
    [
        (S.Party("Bad Code", "X", "partner", "#000000"), "not valid"),
        (S.Party("verkeer", "Verkeer 2", "department", "#000000"), "exists already"),
        (S.Party("newone", "  ", "partner", "#000000"), "name"),
        (S.Party("newone", "New", "alien", "#000000"), "Unknown kind"),
        (S.Party("x'; DROP TABLE works; --", "X", "partner", "#000000"), "not valid"),
        (S.Party("coordinator", "Coördinatie", "department", "#000000"), "not valid"),
    ],
)
def test_add_party_refuses_bad_input_and_changes_nothing(new_store, party, message):
    before = len(new_store.parties())
    with pytest.raises(KipError, match=message):
        new_store.add_party(party)
    assert len(new_store.parties()) == before


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path, qgis_app):
    path = tmp_path / "notes.gpkg"
    path.write_bytes(b"important notes")
    with pytest.raises(KipError, match="already exists"):
        KipStore.create(str(path))
    assert path.read_bytes() == b"important notes"


def test_create_refuses_a_geographic_crs(tmp_path, pg_address):
    for address in (str(tmp_path / "k.gpkg"), pg_address):
        with pytest.raises(KipError, match="projected CRS"):
            KipStore.create(address, crs="EPSG:4326")
    assert not (tmp_path / "k.gpkg").exists()
    with pytest.raises(KipError, match="There is no KIP"):
        KipStore.open(pg_address)


def test_opening_a_file_that_is_not_a_kip_store(tmp_path, qgis_app):
    text = tmp_path / "plan.gpkg"
    text.write_text("werkzaamheden;start;eind\n")
    before = _digest(text)
    with pytest.raises(KipError, match="not a GeoPackage"):
        KipStore.open(str(text))
    assert _digest(text) == before


def test_opening_a_plain_geopackage(tmp_path, qgis_countries_layer):
    path = tmp_path / "world.gpkg"
    shutil.copy(qgis_countries_layer.source().split("|")[0], path)
    before = _digest(path)
    with pytest.raises(KipError, match="table 'kip_meta' is missing"):
        KipStore.open(str(path))
    assert _digest(path) == before


def _sql(store, *statements):
    """Change the store behind KIP's back, as another program could."""
    if store.backend == "gpkg":
        with sqlite3.connect(store.address) as db:
            for statement in statements:
                db.execute(statement.replace("{works}", "works").replace("{meta}", "kip_meta"))
        return
    from psycopg2 import sql

    with store.connection().cursor() as cursor:
        for statement in statements:
            cursor.execute(sql.SQL(statement).format(
                works=sql.Identifier(store.pg.schema, "works"), meta=sql.Identifier(store.pg.schema, "kip_meta")))


def _drop_latest_end(store):
    if store.backend == "gpkg":  # SQLite drops no column that a trigger names
        _sql(store, *(f"DROP TRIGGER {name}" for name in ("kip_history_insert", "kip_history_update",
                                                          "kip_history_delete")))
    _sql(store, "ALTER TABLE {works} DROP COLUMN latest_end")


def test_opening_a_store_with_a_missing_field_names_it(new_store):
    _drop_latest_end(new_store)
    with pytest.raises(KipError, match="has no field 'latest_end'"):
        KipStore.open(new_store.address)


def test_opening_a_store_with_a_missing_field_changes_no_file(tmp_path, qgis_app):
    # Made without QGIS layers, whose late closing of the file would change it on their own.
    store = KipStore.create(str(tmp_path / "kip.gpkg"))
    path = store.path
    _drop_latest_end(store)
    before = _digest(path)
    with pytest.raises(KipError, match="has no field 'latest_end'"):
        KipStore.open(path)
    assert _digest(path) == before


def test_opening_a_store_with_a_mistyped_field_names_it(new_store):
    _sql(new_store, "ALTER TABLE {works} RENAME COLUMN start_date TO old_start",
         "ALTER TABLE {works} ADD COLUMN start_date TEXT")
    with pytest.raises(KipError, match="'start_date' of table 'works' has type text; expected date"):
        KipStore.open(new_store.address)


def test_opening_a_newer_schema_version_is_refused(new_store):
    _sql(new_store, "UPDATE {meta} SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(KipError, match=f"schema version '99'; this version of KIP reads version {S.SCHEMA_VERSION} and older"):
        KipStore.open(new_store.address)


def test_an_older_store_is_brought_up_to_date_when_opened(demo_gpkg_copy):
    from kip_plugin.store import history

    path = demo_gpkg_copy.path
    before = {f[S.F_WORK_ID]: f.attributes()[1:19] for f in demo_gpkg_copy.works_layer().getFeatures()}
    as_version(path, 1)
    store = KipStore.open(path)
    assert store.meta["schema_version"] == str(S.SCHEMA_VERSION) and store.has_history
    layer = store.works_layer()
    assert {f[S.F_WORK_ID]: f.attributes()[1:19] for f in layer.getFeatures()} == before
    assert {f[S.F_ROW_VERSION] for f in layer.getFeatures()} == {1}
    fid = next(layer.getFeatures()).id()
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf(S.F_TITLE), "Na de upgrade")
    assert layer.commitChanges(), layer.commitErrors()
    assert [(c.operation, c.row_version) for c in history.changes(store)] == [("update", 2)]


def test_an_older_write_protected_store_opens_as_it_is(tmp_path, qgis_app):
    path = KipStore.create(str(tmp_path / "kip.gpkg")).path
    as_version(path, 1)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    before = _digest(path)
    store = KipStore.open(path)
    assert store.read_only and store.schema_version == 1 and not store.has_history
    assert store.works_layer().isValid()
    assert _digest(path) == before


def test_missing_file(tmp_path, qgis_app):
    with pytest.raises(KipError, match="does not exist"):
        KipStore.open(str(tmp_path / "nowhere.gpkg"))


def test_read_only_file_opens_read_only_and_stays_unchanged(demo_gpkg_copy):
    path = demo_gpkg_copy.path
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    before = _digest(path)
    store = KipStore.open(path)
    assert store.read_only
    layer = store.works_layer("verkeer")
    assert layer.readOnly()
    assert not layer.startEditing()
    with pytest.raises(KipError, match="read-only"):
        store.add_party(S.Party("enexis", "Enexis", "partner", "#123456"))
    assert _digest(path) == before


def test_public_contact_is_kept_with_a_new_party(new_store):
    new_store.add_party(S.Party("enexis", "Enexis", "partner", "#123456", " 088 123 45 67 "))
    assert new_store.party("enexis").public_contact == "088 123 45 67"
    assert new_store.party("verkeer").public_contact == ""


def test_a_store_of_schema_2_gets_contacts_themes_and_result_tables_when_opened(new_gpkg_store):
    D.add_to_store(new_gpkg_store, D.bospad())
    path = new_gpkg_store.path
    as_version(path, 2)
    store = KipStore.open(path)
    assert store.schema_version == S.SCHEMA_VERSION == 3
    assert store.has_party_field(S.P_PUBLIC_CONTACT) and S.F_THEMES in store.works_layer().fields().names()
    assert all(store.table_layer(table) is not None for table in S.RESULT_TABLES.values())
    store.add_party(S.Party("stedin", "Stedin", "partner", "#654321", "0800 1234"))
    assert store.party("stedin").public_contact == "0800 1234"
    # The history keeps following every field, the themes included.
    layer = store.works_layer()
    fid = next(layer.getFeatures()).id()
    assert layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf(S.F_THEMES), "greening")
    assert layer.commitChanges(), layer.commitErrors()
    from kip_plugin.store import history

    assert S.F_THEMES in history.changes(store)[-1].changed_fields


def test_a_write_protected_store_of_schema_2_opens_without_contacts(new_gpkg_store):
    path = new_gpkg_store.path
    as_version(path, 2)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    before = _digest(path)
    store = KipStore.open(path)
    assert store.read_only and store.schema_version == 2 and not store.has_party_field(S.P_PUBLIC_CONTACT)
    assert {p.public_contact for p in store.parties()} == {""}
    assert _digest(path) == before


