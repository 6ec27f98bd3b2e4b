"""Row-level security of a shared KIP, tried with raw SQL from psql as each role, and as KIP sees it."""
from __future__ import annotations

import subprocess

import pytest

from kip_plugin.core import schema as S
from kip_plugin.core.errors import KipError
from kip_plugin.store.kipstore import KipStore
from pg_helpers import as_user, ensure_users, rows


@pytest.fixture
def shared(pg_cluster, pg_address, qgis_app):
    """A shared KIP with two works each of verkeer and riolering, and the login roles."""
    ensure_users(pg_cluster)
    parties = [p for p in S.DEFAULT_PARTIES if p.code in ("verkeer", "riolering")]
    store = KipStore.create(pg_address, parties=parties)
    schema = store.pg.schema
    pg_cluster.psql(
        f'INSERT INTO "{schema}".works (work_id, owner, title, start_date, end_date, geom) VALUES '
        "('v-1', 'verkeer', 'Kruispunt', '2027-01-01', '2027-02-01', "
        "ST_Multi(ST_Buffer(ST_SetSRID(ST_Point(170000, 450000), 28992), 10))),"
        "('v-2', 'verkeer', 'Rotonde', '2027-03-01', '2027-04-01', NULL),"
        "('r-1', 'riolering', 'Riool Bospad', '2027-01-10', '2027-03-01', NULL),"
        "('r-2', 'riolering', 'Gemaal', '2028-01-01', '2028-02-01', NULL)", database="kip_test")
    return store, f'"{schema}".works'


def _count(cluster, user, sql):
    return int(rows(cluster, user, f"WITH done AS ({sql} RETURNING 1) SELECT count(*) FROM done"))


def test_every_role_reads_every_work(pg_cluster, shared):
    _store, works = shared
    for user in ("anna", "bert", "cor", "rita"):
        assert rows(pg_cluster, user, f"SELECT count(*) FROM {works}") == "4", user


def test_a_login_without_a_kip_role_reads_nothing(pg_cluster, shared):
    _store, works = shared
    with pytest.raises(subprocess.CalledProcessError, match="permission denied for schema"):
        rows(pg_cluster, "nico", f"SELECT count(*) FROM {works}")


def test_a_party_changes_its_own_works_only(pg_cluster, shared):
    _store, works = shared
    assert _count(pg_cluster, "anna", f"UPDATE {works} SET title = 'Nieuw' WHERE owner = 'verkeer'") == 2
    # PostgreSQL skips the rows a policy hides, without an error: zero rows changed.
    assert _count(pg_cluster, "anna", f"UPDATE {works} SET title = 'Overgenomen' WHERE owner = 'riolering'") == 0
    assert _count(pg_cluster, "anna", f"DELETE FROM {works} WHERE owner = 'riolering'") == 0
    assert rows(pg_cluster, "postgres", f"SELECT string_agg(title, ',' ORDER BY work_id) FROM {works}") == \
        "Riool Bospad,Gemaal,Nieuw,Nieuw"


def test_nobody_hands_a_work_to_another_party(pg_cluster, shared):
    _store, works = shared
    with pytest.raises(subprocess.CalledProcessError, match="row-level security"):
        rows(pg_cluster, "anna", f"UPDATE {works} SET owner = 'riolering' WHERE work_id = 'v-1'")
    with pytest.raises(subprocess.CalledProcessError, match="row-level security"):
        rows(pg_cluster, "anna", f"INSERT INTO {works} (work_id, owner, start_date, end_date) "
                                 "VALUES ('x-1', 'riolering', '2027-01-01', '2027-01-02')")
    assert rows(pg_cluster, "postgres", f"SELECT owner FROM {works} WHERE work_id = 'v-1'") == "verkeer"


def test_the_coordinator_edits_all_and_the_reader_nothing(pg_cluster, shared):
    _store, works = shared
    assert _count(pg_cluster, "cor", f"UPDATE {works} SET status = 'planned'") == 4
    with pytest.raises(subprocess.CalledProcessError, match="permission denied for table works"):
        rows(pg_cluster, "rita", f"UPDATE {works} SET status = 'done'")
    with pytest.raises(subprocess.CalledProcessError, match="permission denied for table works"):
        rows(pg_cluster, "rita", f"DELETE FROM {works}")


def test_nobody_writes_history_or_parties_or_switches_security_off(pg_cluster, shared):
    store, works = shared
    schema = f'"{store.pg.schema}"'
    attempts = (
        (f"INSERT INTO {schema}.works_history (work_fid, work_id, owner, operation, changed_by, changed_at, "
         "changed_fields) VALUES (1, 'v-1', 'verkeer', 'update', 'cor', now(), '{}')", "permission denied"),
        (f"DELETE FROM {schema}.works_history", "permission denied"),
        (f"INSERT INTO {schema}.parties (code, name, kind, colour) VALUES ('anna', 'A', 'partner', '#000000')",
         "permission denied"),
        (f"ALTER TABLE {works} DISABLE ROW LEVEL SECURITY", "must be owner"),
        (f"ALTER TABLE {works} DISABLE TRIGGER USER", "must be owner"),
    )
    for sql, message in attempts:
        with pytest.raises(subprocess.CalledProcessError, match=message):
            rows(pg_cluster, "anna", sql)


def test_kip_knows_what_each_user_may_do(pg_cluster, shared):
    store, _works = shared
    anna = KipStore.open(as_user(store.address, "anna"))
    assert anna.editable_parties() == {"verkeer"} and not anna.read_only and not anna.is_coordinator
    assert not anna.works_layer("verkeer").readOnly()
    assert anna.works_layer("riolering").readOnly()
    rita = KipStore.open(as_user(store.address, "rita"))
    assert rita.read_only and rita.editable_parties() == frozenset()
    cor = KipStore.open(as_user(store.address, "cor"))
    assert cor.is_coordinator and cor.editable_parties() == {"verkeer", "riolering"}
    nico_address = as_user(store.address, "nico")

    with pytest.raises(KipError, match="may not read the shared KIP"):
        KipStore.open(nico_address)


def test_adding_a_party_makes_its_role_and_only_the_coordinator_may(pg_cluster, shared):

    store, works = shared
    anna = KipStore.open(as_user(store.address, "anna"))
    with pytest.raises(KipError, match="may not add parties"):
        anna.add_party(S.Party("enexis", "Enexis", "partner", "#123456"))
    store.add_party(S.Party("enexis", "Enexis", "partner", "#123456"))
    assert rows(pg_cluster, "postgres", "SELECT count(*) FROM pg_roles WHERE rolname = 'kip_enexis'") == "1"
    pg_cluster.psql("CREATE ROLE erik LOGIN PASSWORD 'erik-pw' IN ROLE kip_enexis", database="kip_test")
    pg_cluster.add_password("erik", "erik-pw")
    assert _count(pg_cluster, "erik", f"INSERT INTO {works} (work_id, owner, start_date, end_date) "
                                      "VALUES ('e-1', 'enexis', '2027-01-01', '2027-01-02')") == 1
    assert KipStore.open(as_user(store.address, "erik")).editable_parties() == {"enexis"}


def test_passwords_come_from_pgpassword_too(pg_cluster, shared, monkeypatch, tmp_path):
    from pg_helpers import PASSWORDS

    store, _works = shared
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", PASSWORDS["bert"])
    bert = KipStore.open(as_user(store.address, "bert").replace("127.0.0.1", "localhost"))
    assert bert.editable_parties() == {"riolering"}
    assert "password" not in bert.address and PASSWORDS["bert"] not in bert.address
    assert bert.works_layer("riolering").featureCount() == 2
