"""Deliveries of many parties, work areas sized by the data, better guesses, and the store algorithms."""
from __future__ import annotations

import math

import pytest
from qgis.core import QgsProcessingException

from processing_helpers import run_kip
from kip_plugin.core import schema as S
from kip_plugin.store.kipstore import KipStore


@pytest.fixture
def run(kip_provider):
    def _run(name, params, feedback=None):
        return run_kip(name, {"REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT", **params}, feedback)

    return _run


def write(path, lines, encoding="utf-8"):
    path.write_bytes("\n".join(lines).encode(encoding))
    return str(path)


def works(store, owner=None):
    return {f[S.F_WORK_ID]: f for f in store.works_layer(owner).getFeatures()}


REGISTER = [
    "nummer;beheerder;omschrijving;start;eind;x;y",
    "1;Liander N.V.;Netverzwaring;2027-01-01;2027-02-01;172000;448000",
    "2;Vitens;Waterleiding;2027-01-05;2027-03-01;172010;448000",
    "3;Riolering;Riool vervangen;2027-01-10;2027-02-10;172020;448000",
    "4;Enexis Netbeheer;Gasleiding;2027-02-01;2027-03-01;172030;448000",
    "5;;Zonder partij;2027-02-01;2027-03-01;172040;448000",
]


def test_one_file_of_many_parties_goes_to_each_party(run, new_store, tmp_path):
    path = write(tmp_path / "register.csv", REGISTER)
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER_FIELD": "beheerder",
                                "CODE_VALUES": "Liander N.V. = liander"})
    assert [int(result[k]) for k in ("IMPORTED", "REJECTED_COUNT", "ROWS_READ")] == [3, 2, 5]
    assert set(works(new_store, "liander")) == {"liander-1"}  # through the code values
    assert set(works(new_store, "vitens")) == {"vitens-2"}  # by the party's name
    assert set(works(new_store, "riolering")) == {"riolering-3"}
    reasons = {f["nummer"]: f["kip_reason"] for f in result["REJECTED"].getFeatures()}
    assert "'Enexis Netbeheer' is not a department or partner of this KIP" in reasons["4"]
    assert "The department or partner of this row is empty" in reasons["5"]
    assert "Unknown departments or partners: 'Enexis Netbeheer' (1×)" in result["SUMMARY"]
    assert "Rows per party: liander 1, riolering 1, vitens 1." in result["SUMMARY"]


def test_unknown_parties_are_added_when_asked(run, new_store, tmp_path):
    path = write(tmp_path / "register.csv", REGISTER[:5])
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER_FIELD": "beheerder",
                                "ADD_PARTIES": True})
    assert int(result["IMPORTED"]) == 4
    added = {p.code: p for p in new_store.parties()}
    assert added["liander_n_v"].name == "Liander N.V." and added["liander_n_v"].kind == "partner"
    assert added["enexis_netbeheer"].name == "Enexis Netbeheer"
    assert set(works(new_store, "enexis_netbeheer")) == {"enexis_netbeheer-4"}
    assert "Added to the KIP as new parties: enexis_netbeheer (Enexis Netbeheer), liander_n_v (Liander N.V.)." \
        in result["SUMMARY"] or "liander_n_v (Liander N.V.)" in result["SUMMARY"]


def test_replace_works_per_party_found_and_never_touches_absent_parties(run, new_store, tmp_path):
    first = write(tmp_path / "v1.csv", [
        "nummer;partij;titel;start;eind;x;y",
        "1;liander;A;2027-01-01;2027-02-01;172000;448000",
        "2;liander;B;2027-01-01;2027-02-01;172010;448000",
        "3;vitens;C;2027-01-01;2027-02-01;172020;448000",
    ])
    run("importplan", {"INPUT": first, "STORE": new_store.path, "OWNER_FIELD": "partij", "MODE": 1})
    second = write(tmp_path / "v2.csv", [
        "nummer;partij;titel;start;eind;x;y",
        "1;liander;A;2027-01-01;2027-02-01;172000;448000",
    ])
    result = run("importplan", {"INPUT": second, "STORE": new_store.path, "OWNER_FIELD": "partij", "MODE": 1,
                                "CANCEL_MISSING": True})
    stored = works(new_store)
    assert stored["liander-2"][S.F_STATUS] == "cancelled"  # liander delivered without it
    assert stored["vitens-3"][S.F_STATUS] == "planned"  # vitens is not in this delivery: untouched
    assert int(result["CANCELLED"]) == 1 and int(result["MISSING"]) == 1
    assert "all 1 rows" not in result["SUMMARY"]


def test_a_rejected_row_leaves_its_work_as_it_was_in_replace_mode(run, new_store, tmp_path):
    first = write(tmp_path / "v1.csv", [
        "nr;titel;start;eind;x;y",
        "1;Blijft;2027-01-01;2027-02-01;172000;448000",
        "2;Typfout volgt;2027-03-01;2027-04-01;172100;448000",
        "3;Vervalt;2027-05-01;2027-06-01;172200;448000",
    ])
    run("importplan", {"INPUT": first, "STORE": new_store.path, "OWNER": "groen", "MODE": 1})
    second = write(tmp_path / "v2.csv", [
        "nr;titel;start;eind;x;y",
        "1;Blijft;2027-01-01;2027-02-01;172000;448000",
        "2;Typfout volgt;2027-13-45;2027-04-01;172100;448000",
    ])
    result = run("importplan", {"INPUT": second, "STORE": new_store.path, "OWNER": "groen", "MODE": 1,
                                "CANCEL_MISSING": True})
    stored = works(new_store)
    assert stored["groen-2"][S.F_STATUS] == "planned"  # delivered, rejected: left as it was
    assert stored["groen-2"][S.F_START].toString("yyyy-MM-dd") == "2027-03-01"
    assert stored["groen-3"][S.F_STATUS] == "cancelled"  # really absent from the delivery
    assert int(result["CANCELLED"]) == 1
    assert "1 rejected rows belong to works already in the KIP; those works were left as they were (rows 3)." \
        in result["SUMMARY"]


def test_a_single_party_import_of_a_many_party_file_warns(run, new_store, tmp_path):
    path = write(tmp_path / "register.csv", REGISTER[:4])
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "verkeer",
                                "MAPPING": "start_date = start\nend_date = eind\ntitle = omschrijving"})
    summary = result["SUMMARY"]
    assert "all 3 rows were imported as works of 'verkeer', but the column 'beheerder' names 3 different parties" in summary
    assert "no field is mapped to work_id" in summary


def test_work_areas_sized_by_an_expression_per_row(run, new_store, tmp_path):
    path = write(tmp_path / "plekken.csv", [
        "nr;oppervlak;start;eind;x;y",
        "1;314.159;2027-01-01;2027-02-01;172000;448000",
        "2;;2027-01-01;2027-02-01;172500;448000",
        "3;0;2027-01-01;2027-02-01;173000;448000",
        "4;groot;2027-01-01;2027-02-01;173500;448000",
    ])
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "groen", "POINT_WIDTH": 10,
                                "WIDTH_EXPRESSION": '2 * sqrt(to_real("oppervlak") / pi())'})
    stored = works(new_store)
    assert stored["groen-1"].geometry().area() == pytest.approx(314.159, rel=0.02)  # a circle of 10 m radius
    assert stored["groen-2"].geometry().area() == pytest.approx(math.pi * 25, rel=0.02)  # no value: POINT_WIDTH
    reasons = {f["nr"]: f["kip_reason"] for f in result["REJECTED"].getFeatures()}
    assert set(reasons) == {"3", "4"}
    assert "The width '0.0' from the width expression is not a positive number of metres" in reasons["3"]
    assert "The expression for width failed" in reasons["4"]


def test_guesses_from_english_and_french_column_names(run, new_store, tmp_path):
    from kip_plugin.importer.mapping import guess_mapping, guess_owner_field

    english = guess_mapping(["UNIQUEID", "WORK_START_DATE", "WORK_END_DATE", "Description", "Promoter"])
    assert english[S.F_WORK_ID] == "UNIQUEID" and english[S.F_START] == "WORK_START_DATE"
    french = guess_mapping(["num_emprise", "date_debut", "date_fin", "maitre_ouvrage", "nature_travaux"])
    assert french[S.F_WORK_ID] == "num_emprise" and french[S.F_START] == "date_debut"
    assert french[S.F_END] == "date_fin" and french[S.F_WORK_TYPE] == "nature_travaux"
    assert guess_owner_field(["num_emprise", "maitre_ouvrage"]) == "maitre_ouvrage"
    assert guess_owner_field(["UNIQUEID", "Promoter"]) == "Promoter"


def test_code_values_accept_labels_and_reasons_name_labels(run, new_store, tmp_path):
    path = write(tmp_path / "types.csv", [
        "nr;soort;start;eind;x;y",
        "1;Riool;2027-01-01;2027-02-01;172000;448000",
        "2;Riolering vervangen;2027-01-01;2027-02-01;172100;448000",
        "3;Vuurwerk;2027-01-01;2027-02-01;172200;448000",
    ])
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "riolering",
                                "CODE_VALUES": "riool = sewer\nRiolering vervangen = Sewer"})
    stored = works(new_store)
    assert stored["riolering-1"][S.F_WORK_TYPE] == "sewer" and stored["riolering-2"][S.F_WORK_TYPE] == "sewer"
    reason = next(result["REJECTED"].getFeatures())["kip_reason"]
    assert "'Vuurwerk' is not a known value" in reason and "district_heating (District heating)" in reason


def test_the_list_of_unknown_values_is_complete(run, new_store, tmp_path):
    lines = ["nr;soort;start;eind;x;y"]
    lines += [f"{n};Onbekend {n};2027-01-01;2027-02-01;{172000 + n};448000" for n in range(1, 16)]
    result = run("importplan", {"INPUT": write(tmp_path / "veel.csv", lines), "STORE": new_store.path,
                                "OWNER": "groen"})
    for n in range(1, 16):
        assert f"'Onbekend {n}' (1×)" in result["SUMMARY"]


def test_createkip_and_addparty(run, tmp_path):
    created = run_kip("createkip", {"OUTPUT": str(tmp_path / "utrecht.gpkg"), "MUNICIPALITY": "Utrecht",
                                    "PARTIES": "wegen = Wegen\nstedin = Stedin | partner"})
    store = KipStore.open(created["OUTPUT"])
    assert store.crs.authid() == "EPSG:28992" and store.meta["title"] == "Utrecht"
    assert [(p.code, p.name, p.kind) for p in store.parties()] == [
        ("wegen", "Wegen", "department"), ("stedin", "Stedin", "partner")]
    default = KipStore.open(run_kip("createkip", {"OUTPUT": str(tmp_path / "ede.gpkg")})["OUTPUT"])
    assert [p.code for p in default.parties()] == [p.code for p in S.DEFAULT_PARTIES]
    empty = KipStore.open(run_kip("createkip", {"OUTPUT": str(tmp_path / "leeg.gpkg"), "PARTIES": "none",
                                                "CRS": "EPSG:3035"})["OUTPUT"])
    assert empty.parties() == [] and empty.crs.authid() == "EPSG:3035"
    with pytest.raises(QgsProcessingException, match="not a projected coordinate system in metres"):
        run_kip("createkip", {"OUTPUT": str(tmp_path / "wgs.gpkg"), "CRS": "EPSG:4326"})
    run_kip("addparty", {"STORE": store.path, "CODE": "enexis", "NAME": "Enexis", "KIND": "partner",
                         "COLOUR": "#123456"})
    assert store.party("enexis") == S.Party("enexis", "Enexis", "partner", "#123456")
    with pytest.raises(QgsProcessingException, match="exists already"):
        run_kip("addparty", {"STORE": store.path, "CODE": "enexis", "NAME": "Enexis"})
    with pytest.raises(QgsProcessingException, match="is not valid"):
        run_kip("addparty", {"STORE": store.path, "CODE": "9x", "NAME": "Fout"})
