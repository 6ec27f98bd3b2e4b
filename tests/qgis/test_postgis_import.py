"""Importing into a shared KIP as a party's own login: its works go in, other parties' rows are rejected by name."""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from kip_plugin.core import schema as S
from kip_plugin.store.kipstore import KipStore
from kip_plugin.store.stored_styles import create_kip
from pg_helpers import as_user, ensure_users, rows
from processing_helpers import run_kip
from store_helpers import content

REGISTER = [
    "nummer;partij;titel;start;eind;x;y",
    "1;verkeer;Kruispunt;2027-01-01;2027-02-01;172000;448000",
    "2;verkeer;Fietspad;2027-01-05;2027-03-01;172010;448000",
    "3;riolering;Riool vervangen;2027-01-10;2027-02-10;172020;448000",
]


@pytest.fixture
def shared(pg_cluster, pg_address, qgis_app, kip_provider):
    ensure_users(pg_cluster)
    parties = [p for p in S.DEFAULT_PARTIES if p.code in ("verkeer", "riolering")]
    return create_kip(pg_address, parties=parties)


def _import(store_address, path, **params):
    return run_kip("importplan", {"INPUT": str(path), "STORE": store_address, "OWNER_FIELD": "partij",
                                  "REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT", **params})


def test_a_party_imports_its_own_works_and_the_rows_of_others_are_rejected_by_name(pg_cluster, shared, tmp_path):
    path = tmp_path / "register.csv"
    path.write_text("\n".join(REGISTER), encoding="utf-8")
    result = _import(as_user(shared.address, "anna"), path)  # anna edits verkeer's works only
    assert [int(result[k]) for k in ("IMPORTED", "REJECTED_COUNT", "ROWS_READ")] == [2, 1, 3]
    reason = next(result["REJECTED"].getFeatures())["kip_reason"]
    assert "You may not change the works of 'riolering' in this shared KIP" in reason
    stored = rows(pg_cluster, "postgres", f'SELECT work_id, owner FROM "{shared.pg.schema}".works ORDER BY work_id')
    assert stored.splitlines() == ["verkeer-1|verkeer", "verkeer-2|verkeer"]
    # The database kept who imported them.
    history = rows(pg_cluster, "postgres", f'SELECT DISTINCT changed_by FROM "{shared.pg.schema}".works_history')
    assert history == "anna"


def test_a_replace_by_a_party_reads_back_what_the_database_holds(pg_cluster, shared, tmp_path):
    first = tmp_path / "v1.csv"
    first.write_text("\n".join(REGISTER[:3]), encoding="utf-8")
    _import(as_user(shared.address, "anna"), first, MODE=1)
    second = tmp_path / "v2.csv"
    second.write_text("\n".join([REGISTER[0], REGISTER[1].replace("Kruispunt", "Kruispunt noord")]), encoding="utf-8")
    result = _import(as_user(shared.address, "anna"), second, MODE=1, CANCEL_MISSING=True)
    assert [int(result[k]) for k in ("IMPORTED", "UPDATED", "CANCELLED")] == [0, 1, 1]
    store = KipStore.open(shared.address)
    stored = {f[S.F_WORK_ID]: f for f in store.works_layer().getFeatures()}
    assert stored["verkeer-1"][S.F_TITLE] == "Kruispunt noord"
    assert stored["verkeer-2"][S.F_STATUS] == "cancelled"


def test_a_reader_cannot_import_and_nothing_changes(pg_cluster, shared, tmp_path):
    path = tmp_path / "register.csv"
    path.write_text("\n".join(REGISTER), encoding="utf-8")
    before = content(shared)
    with pytest.raises(QgsProcessingException, match="read-only; nothing was imported"):
        _import(as_user(shared.address, "rita"), path)
    assert content(shared) == before


def test_new_parties_in_a_delivery_need_a_coordinator(pg_cluster, shared, tmp_path):
    path = tmp_path / "register.csv"
    path.write_text("\n".join(REGISTER[:2] + ["4;Vitens;Waterleiding;2027-01-05;2027-03-01;172030;448000"]),
                    encoding="utf-8")
    before = content(shared)
    with pytest.raises(QgsProcessingException, match="Nothing was imported: You may not add parties"):
        _import(as_user(shared.address, "anna"), path, ADD_PARTIES=True)
    assert content(shared) == before
    result = _import(shared.address, path, ADD_PARTIES=True)  # the owner of the KIP may
    assert int(result["IMPORTED"]) == 2
    assert KipStore.open(shared.address).party("vitens").name == "Vitens"
