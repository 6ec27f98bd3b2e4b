"""The KIP store: creating, opening, checking, adding parties; nothing lost on bad input."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat

import pytest

from kip_plugin.core import schema as S
from kip_plugin.store.kipstore import KipStore, KipStoreError


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
    assert types[S.F_EXCAVATION] == "boolean"
    assert types[S.F_UPDATED_AT] == "datetime"
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
    new_store.add_party(S.Party("enexis", "Enexis", "partner", "#123456"))
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
    ],
)
def test_add_party_refuses_bad_input_and_changes_nothing(new_store, party, message):
    before = len(new_store.parties())
    with pytest.raises(KipStoreError, match=message):
        new_store.add_party(party)
    assert len(new_store.parties()) == before


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path):
    path = tmp_path / "notes.gpkg"
    path.write_bytes(b"important notes")
    with pytest.raises(KipStoreError, match="already exists"):
        KipStore.create(str(path))
    assert path.read_bytes() == b"important notes"


def test_create_refuses_a_geographic_crs(tmp_path):
    with pytest.raises(KipStoreError, match="projected CRS"):
        KipStore.create(str(tmp_path / "k.gpkg"), crs="EPSG:4326")
    assert not (tmp_path / "k.gpkg").exists()


def test_opening_a_file_that_is_not_a_kip_store(tmp_path):
    text = tmp_path / "plan.gpkg"
    text.write_text("werkzaamheden;start;eind\n")
    before = _digest(text)
    with pytest.raises(KipStoreError, match="not a GeoPackage"):
        KipStore.open(str(text))
    assert _digest(text) == before


def test_opening_a_plain_geopackage(tmp_path, qgis_countries_layer):
    path = tmp_path / "world.gpkg"
    shutil.copy(qgis_countries_layer.source().split("|")[0], path)
    before = _digest(path)
    with pytest.raises(KipStoreError, match="table 'kip_meta' is missing"):
        KipStore.open(str(path))
    assert _digest(path) == before


def test_opening_a_store_with_a_missing_field_names_it(new_store):
    path = new_store.path
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE works DROP COLUMN latest_end")
    before = _digest(path)
    with pytest.raises(KipStoreError, match="has no field 'latest_end'"):
        KipStore.open(path)
    assert _digest(path) == before


def test_opening_a_store_with_a_mistyped_field_names_it(tmp_path, new_store):
    path = new_store.path
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE works RENAME COLUMN start_date TO old_start")
        db.execute("ALTER TABLE works ADD COLUMN start_date TEXT")
    with pytest.raises(KipStoreError, match="'start_date' of table 'works' has type text; expected date"):
        KipStore.open(path)


def test_opening_a_newer_schema_version_is_refused(new_store):
    with sqlite3.connect(new_store.path) as db:
        db.execute("UPDATE kip_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(KipStoreError, match="schema version '99'"):
        KipStore.open(new_store.path)


def test_missing_file(tmp_path):
    with pytest.raises(KipStoreError, match="does not exist"):
        KipStore.open(str(tmp_path / "nowhere.gpkg"))


def test_read_only_file_opens_read_only_and_stays_unchanged(demo_store_copy):
    path = demo_store_copy.path
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    before = _digest(path)
    store = KipStore.open(path)
    assert store.read_only
    layer = store.works_layer("verkeer")
    assert layer.readOnly()
    assert not layer.startEditing()
    with pytest.raises(KipStoreError, match="read-only"):
        store.add_party(S.Party("enexis", "Enexis", "partner", "#123456"))
    assert _digest(path) == before


def test_public_contact_is_kept_with_a_new_party(new_store):
    new_store.add_party(S.Party("enexis", "Enexis", "partner", "#123456", " 088 123 45 67 "))
    assert new_store.party("enexis").public_contact == "088 123 45 67"
    assert new_store.party("verkeer").public_contact == ""


def test_a_store_without_public_contact_opens_and_works(demo_store_copy):
    # The demo store was made before parties had a contact for residents.
    assert not demo_store_copy.has_party_field(S.P_PUBLIC_CONTACT)
    store = KipStore.open(demo_store_copy.path)
    assert {p.public_contact for p in store.parties()} == {""}
    store.add_party(S.Party("enexis", "Enexis", "partner", "#123456"))
    assert store.party("enexis").name == "Enexis"
    with pytest.raises(KipStoreError, match="no field 'public_contact' yet"):
        store.add_party(S.Party("stedin", "Stedin", "partner", "#654321", "0800 1234"))
    assert store.party("stedin") is None
