"""A shared KIP in PostGIS: creating it, the contract of kip:createsharedkip, opening and refusing."""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from kip_plugin.core import schema as S
from kip_plugin.core.errors import KipError
from kip_plugin.store.address import PgAddress
from kip_plugin.store.kipstore import KipStore
from processing_helpers import run_kip


def _objects(cluster, schema: str) -> str:
    """Everything in ``schema`` and every KIP role, as text: to see that nothing changed."""
    return cluster.psql(
        "SELECT string_agg(x, ',' ORDER BY x) FROM ("
        f" SELECT c.relname || ':' || c.reltuples AS x FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        f" WHERE n.nspname = '{schema}'"
        " UNION ALL SELECT rolname FROM pg_roles WHERE rolname LIKE 'kip%') o", database="kip_test")


def test_createsharedkip_makes_tables_roles_and_the_default_parties(kip_provider, pg_cluster, pg_address):
    result = run_kip("createsharedkip", {"DATABASE": pg_address, "CRS": "EPSG:28992", "PARTIES": ""})
    schema = PgAddress.parse(pg_address).schema
    store = KipStore.open(result["STORE"])
    assert store.backend == "postgis" and store.address == PgAddress.parse(pg_address).uri()
    assert [p.code for p in store.parties()] == [p.code for p in S.DEFAULT_PARTIES]
    assert store.meta["schema_version"] == str(S.SCHEMA_VERSION)
    assert store.crs.authid() == "EPSG:28992"
    tables = pg_cluster.psql(f"SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
                             f"WHERE schemaname = '{schema}'", database="kip_test").strip()
    assert tables == ("kip_combinations,kip_conflicts,kip_meta,kip_pairs,kip_runs,parties,utility_links,works,"
                      "works_history")
    roles = set(pg_cluster.psql("SELECT rolname FROM pg_roles WHERE rolname LIKE 'kip%'", database="kip_test").split())
    assert {"kip_coordinator", "kip_reader"} | {f"kip_{p.code}" for p in S.DEFAULT_PARTIES} <= roles
    assert set(result["ROLES"].split(", ")) <= roles
    forced = pg_cluster.psql(f"SELECT relrowsecurity AND relforcerowsecurity FROM pg_class c JOIN pg_namespace n "
                             f"ON n.oid = c.relnamespace WHERE n.nspname = '{schema}' AND relname = 'works'",
                             database="kip_test").strip()
    assert forced == "t"
    layer = store.works_layer("verkeer")
    assert layer.isValid() and layer.providerType() == "postgres"
    names = [f.name() for f in layer.fields()]
    assert set(S.WORK_FIELD_NAMES) | {S.F_ROW_VERSION} <= set(names)


def test_createsharedkip_refuses_an_existing_schema_and_changes_nothing(kip_provider, pg_cluster, pg_address):
    run_kip("createsharedkip", {"DATABASE": pg_address, "PARTIES": "verkeer,riolering"})
    schema = PgAddress.parse(pg_address).schema
    before = _objects(pg_cluster, schema)
    with pytest.raises(QgsProcessingException, match="exists already; nothing was changed"):
        run_kip("createsharedkip", {"DATABASE": pg_address, "PARTIES": "groen,enexis"})
    assert _objects(pg_cluster, schema) == before
    assert [p.code for p in KipStore.open(pg_address).parties()] == ["verkeer", "riolering"]


def test_parties_given_by_code_and_name(kip_provider, pg_address):
    result = run_kip("createsharedkip", {"DATABASE": pg_address, "PARTIES": "verkeer, enexis=Enexis Netbeheer"})
    parties = KipStore.open(result["STORE"]).parties()
    assert [(p.code, p.name, p.kind) for p in parties] == [
        ("verkeer", "Verkeer", "department"), ("enexis", "Enexis Netbeheer", "partner")]
    assert parties[0].colour != parties[1].colour


@pytest.mark.parametrize("parties, message", [
    ("verkeer,verkeer", "listed twice"),
    ("x'; DROP ROLE kip_verkeer; --", "is not valid"),
    ("reader", "is not valid"),
])
def test_bad_parties_are_refused_before_anything_is_made(kip_provider, pg_cluster, pg_address, parties, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_kip("createsharedkip", {"DATABASE": pg_address, "PARTIES": parties})
    schema = PgAddress.parse(pg_address).schema
    assert pg_cluster.psql(f"SELECT count(*) FROM pg_namespace WHERE nspname = '{schema}'", database="kip_test").strip() == "0"
    assert pg_cluster.psql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'kip\\_x%'", database="kip_test").strip() == "0"


@pytest.mark.parametrize("address, message", [
    ("postgresql://kip:secret@127.0.0.1:5432/kip?schema=kip", "Do not put a password"),
    ("postgresql://127.0.0.1:5432/?schema=kip", "needs a host and a database"),
    ("postgresql://u@127.0.0.1:5432/db?schema=kip&password=x", "Unknown option 'password'"),
    ("/tmp/not_a_database.gpkg", "must be a PostgreSQL address"),
])
def test_bad_database_addresses_are_refused_clearly(kip_provider, address, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_kip("createsharedkip", {"DATABASE": address})


def test_a_schema_name_with_quotes_and_semicolons_is_only_a_name(kip_provider, pg_cluster, pg_address):
    tricky = PgAddress.parse(pg_address).with_schema('kip"; DROP TABLE x; --').uri()
    result = run_kip("createsharedkip", {"DATABASE": tricky, "PARTIES": "verkeer"})
    store = KipStore.open(result["STORE"])
    assert store.pg.schema == 'kip"; DROP TABLE x; --'
    assert [p.code for p in store.parties()] == ["verkeer"]
    assert store.works_layer("verkeer").isValid()


def test_a_newer_schema_version_is_refused(pg_cluster, pg_address, qgis_app):
    store = KipStore.create(pg_address, parties=S.DEFAULT_PARTIES[:2])
    pg_cluster.psql(f"UPDATE \"{store.pg.schema}\".kip_meta SET value = '99' WHERE key = 'schema_version'",
                    database="kip_test")
    with pytest.raises(KipError, match="schema version '99'.*Update the KIP plugin"):
        KipStore.open(pg_address)


def test_opening_a_schema_that_holds_no_kip(pg_cluster, pg_address, qgis_app):
    with pytest.raises(KipError, match="There is no KIP in the schema"):
        KipStore.open(pg_address)
    schema = PgAddress.parse(pg_address).schema
    pg_cluster.psql(f'CREATE SCHEMA "{schema}"; CREATE TABLE "{schema}".works (fid serial)', database="kip_test")
    with pytest.raises(KipError, match="table 'kip_meta' is missing"):
        KipStore.open(pg_address)


def test_store_parameter_takes_a_uri_and_a_geopackage(kip_provider):
    from kip_plugin.processing.store_parameter import KipStoreParameter

    parameter = KipStoreParameter("STORE", "KIP", optional=True)
    assert parameter.checkValueIsAcceptable("postgresql://planner@db.ede.nl:5432/gis?schema=kip")
    assert parameter.checkValueIsAcceptable("/data/kip.gpkg")
    assert parameter.checkValueIsAcceptable("")
    assert not parameter.checkValueIsAcceptable("postgresql://planner:pw@db.ede.nl/gis")
    assert not parameter.checkValueIsAcceptable("/data/plan.csv")
