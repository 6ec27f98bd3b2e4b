"""kip:importplan on real files: each format, each bad input, replace mode, one transaction."""
from __future__ import annotations

import hashlib
import os

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from processing_helpers import run_kip
from store_helpers import content, refuse_insert
from kip_plugin.core import schema as S

HEADER = "Werknummer;Omschrijving;Soort;Startdatum;Einddatum;X;Y"


@pytest.fixture
def run(kip_provider):
    """Run a KIP algorithm through Processing, as a user or a model would."""

    def _run(name, params, feedback=None):
        return run_kip(name, {"REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT", **params}, feedback)

    return _run


def works(store, owner=None):
    """work_id -> feature of the store (optionally one party's)."""
    return {f[S.F_WORK_ID]: f for f in store.works_layer(owner).getFeatures()}


def write_csv(path, lines, encoding="cp1252"):
    path.write_bytes("\r\n".join(lines).encode(encoding) if encoding != "utf-8-sig" else "\ufeff".encode() + "\r\n".join(lines).encode())
    return str(path)


def counts(result):
    return [int(result[k]) for k in ("IMPORTED", "UPDATED", "UNCHANGED", "REJECTED_COUNT", "ROWS_READ")]


def test_dutch_excel_csv_latin1_semicolon_decimal_comma(run, new_store, tmp_path):
    path = write_csv(tmp_path / "riool.csv", [
        HEADER,
        "R1;Riolering Café Dorpsstraat;Riolering vervangen;3 maart 2027;30-04-2027;172000,5;448000,25",
        "R2;Hoofdweg;Herinrichting;1-5-27;1-6-27;172100;448100",
    ])
    before = hashlib.sha256(open(path, "rb").read()).hexdigest()
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "riolering"})
    assert counts(result) == [2, 0, 0, 0, 2]
    stored = works(new_store)
    assert stored["riolering-R1"][S.F_TITLE] == "Riolering Café Dorpsstraat"
    assert stored["riolering-R1"][S.F_WORK_TYPE] == "sewer"
    assert stored["riolering-R2"][S.F_WORK_TYPE] == "road_reconstruction"
    assert stored["riolering-R1"][S.F_START].toString("yyyy-MM-dd") == "2027-03-03"
    assert stored["riolering-R2"][S.F_END].toString("yyyy-MM-dd") == "2027-06-01"
    centre = stored["riolering-R1"].geometry().centroid().asPoint()
    assert abs(centre.x() - 172000.5) < 0.01 and abs(centre.y() - 448000.25) < 0.01
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == before  # the delivery is only read


def test_utf8_bom_comma_csv_and_wkt(run, new_store, tmp_path):
    path = write_csv(tmp_path / "vitens.csv", [
        "id,naam,start,eind,wkt",
        '7,Waterleiding Ede-Oost,2027-01-10,2027-03-01,"LINESTRING(172000 448000, 172100 448000)"',
    ], encoding="utf-8-sig")
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "vitens", "LINE_WIDTH": 4})
    assert counts(result) == [1, 0, 0, 0, 1]
    work = works(new_store)["vitens-7"]
    assert work[S.F_TITLE] == "Waterleiding Ede-Oost"
    assert work.geometry().area() == pytest.approx(100 * 4 + 3.14159 * 4, rel=0.02)


def _ogr_file(path, driver, geom_type, epsg, rows, fields=("nr", "titel", "soort", "van", "tot")):
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("plan", srs, geom_type)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for values, wkt in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(fields, values):
            feature.SetField(name, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def test_shapefile_lines_in_wgs84_become_work_areas_in_rd(run, new_store, tmp_path):
    path = _ogr_file(tmp_path / "liander.shp", "ESRI Shapefile", ogr.wkbLineString, 4326, [
        (("L1", "Netverzwaring", "Middenspanning", "2027-02-01", "2027-05-01"), "LINESTRING (5.66 52.04, 5.67 52.04)"),
    ])
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "liander",
                                "WIDTHS_BY_TYPE": "electricity = 2"})
    assert counts(result) == [1, 0, 0, 0, 1]
    work = works(new_store)["liander-L1"]
    assert work[S.F_WORK_TYPE] == "electricity"
    area = work.geometry()
    box = area.boundingBox()
    assert 160000 < box.xMinimum() < 185000 and 440000 < box.yMinimum() < 460000  # Ede, in RD New
    length = area.length() / 2  # a long, thin strip: half its outline is about its length
    assert area.area() / length == pytest.approx(2.0, rel=0.05)  # the 2 m trench width for electricity


def test_geojson_polygons_invalid_one_repaired(run, new_store, tmp_path):
    bowtie = "POLYGON ((172000 448000, 172100 448100, 172100 448000, 172000 448100, 172000 448000))"
    path = _ogr_file(tmp_path / "groen.geojson", "GeoJSON", ogr.wkbPolygon, 28992, [
        (("G1", "Park", "Groen", "2027-04-01", "2027-04-30"), "POLYGON ((172000 448000, 172050 448000, 172050 448050, 172000 448000))"),
        (("G2", "Vlinder", "bomen", "2027-04-01", "2027-04-30"), bowtie),
    ])
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "groen"})
    assert counts(result) == [2, 0, 0, 0, 2]
    assert "1 invalid work areas were repaired" in result["SUMMARY"]
    assert works(new_store)["groen-G2"].geometry().isGeosValid()


def test_geopackage_points_and_xlsx_table(run, new_store, tmp_path):
    gpkg = _ogr_file(tmp_path / "events.gpkg", "GPKG", ogr.wkbPoint, 28992, [
        (("E1", "Kermis", "kermis", "2027-08-01", "2027-08-05"), "POINT (172000 448000)"),
    ])
    result = run("importplan", {"INPUT": gpkg, "STORE": new_store.path, "OWNER": "wijkbeheer", "POINT_WIDTH": 50})
    assert counts(result) == [1, 0, 0, 0, 1]
    assert works(new_store)["wijkbeheer-E1"].geometry().area() == pytest.approx(3.14159 * 25 ** 2, rel=0.02)
    xlsx = _ogr_file(tmp_path / "woonstede.xlsx", "XLSX", ogr.wkbNone, None, [
        (("W1", "Renovatie flat", "Nieuwbouw", "01-09-2027", "31-12-2028", "172300", "448300"), None),
    ], fields=("nr", "titel", "soort", "van", "tot", "x", "y"))
    result = run("importplan", {"INPUT": xlsx, "STORE": new_store.path, "OWNER": "woonstede"})
    assert counts(result) == [1, 0, 0, 0, 1]
    assert works(new_store)["woonstede-W1"][S.F_WORK_TYPE] == "building_project"


def test_rows_that_cannot_be_used_keep_their_values_and_reason(run, new_store, tmp_path):
    path = write_csv(tmp_path / "plan.csv", [
        HEADER,
        "R1;Goed;Riool;2027-01-01;2027-02-01;172000;448000",
        "R2;Datum kapot;Riool;31-02-2027;2027-04-01;172000;448000",
        "R3;Eind voor begin;Riool;2027-05-01;2027-04-01;172000;448000",
        "R4;Geen plek;Riool;2027-05-01;2027-06-01;;",
        "R5;Raar type;Ruimteschip;2027-05-01;2027-06-01;172000;448000",
        "R1;Dubbel;Riool;2027-01-01;2027-02-01;172000;448000",
    ])
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "riolering"})
    assert counts(result) == [1, 0, 0, 5, 6]
    rejected = {f["Werknummer"] + "/" + str(f["kip_row"]): f for f in result["REJECTED"].getFeatures()}
    # Rows as the spreadsheet numbers them: the header is row 1.
    assert set(rejected) == {"R2/3", "R3/4", "R4/5", "R5/6", "R1/7"}
    assert "no day 31 in month 2" in rejected["R2/3"]["kip_reason"]
    assert "end date 2027-04-01 lies before the start date 2027-05-01" in rejected["R3/4"]["kip_reason"]
    assert "no coordinates" in rejected["R4/5"]["kip_reason"]
    assert "'Ruimteschip' is not a known value" in rejected["R5/6"]["kip_reason"]
    assert "sewer (Sewer)" in rejected["R5/6"]["kip_reason"]  # the codes, with their labels
    assert "more than once in the delivery (first in row 2)" in rejected["R1/7"]["kip_reason"]
    assert rejected["R2/3"]["Omschrijving"] == "Datum kapot"  # all original values are kept
    assert "'Ruimteschip' (1×)" in result["SUMMARY"]


def test_a_table_without_location_gives_a_rejected_table(run, new_store, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", ["nr;titel;start;eind", "1;A;2027-01-01;2027-02-01"])
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "verkeer"})
    assert counts(result) == [0, 0, 0, 1, 1]
    layer = result["REJECTED"]
    assert not layer.isSpatial()
    assert "no coordinate columns" in next(layer.getFeatures())["kip_reason"]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("plan.xlsx", b"Werknummer;Start\n1;2027-01-01\n", "is called .xlsx but is not one: it looks like a text file"),
        ("plan.csv", b"PK\x03\x04" + b"\x00" * 200, "is called .csv but is not one: it looks like a ZIP archive"),
        ("plan.csv", b"", "is empty"),
        ("plan.geojson", b"<html>Not found</html>", "it looks like an XML or HTML document"),
        ("plan.csv", (HEADER + "\r\n").encode(), "has no rows"),
    ],
)
def test_files_that_are_not_what_they_claim(run, new_store, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    before = content(new_store)
    with pytest.raises(QgsProcessingException, match=message):
        run("importplan", {"INPUT": str(path), "STORE": new_store.path, "OWNER": "riolering"})
    assert content(new_store) == before


def test_missing_mapped_fields_are_named(run, new_store, tmp_path):
    path = write_csv(tmp_path / "plan.csv", [HEADER, "R1;A;Riool;2027-01-01;2027-02-01;172000;448000"])
    mapping = "work_id = Werknummer\nstart_date = Begindatum\nend_date = Einddatum\ntitle = \"Straat\" || ' ' || \"Nr\""
    with pytest.raises(QgsProcessingException) as error:
        run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "riolering", "MAPPING": mapping})
    assert "start_date ← 'Begindatum'" in str(error.value)
    assert "title ←" in str(error.value)
    assert "The source has the fields: Werknummer, Omschrijving" in str(error.value)


def test_a_saved_mapping_for_vanished_fields_says_so(run, new_store, tmp_path):
    from kip_plugin import settings
    from kip_plugin.importer.mapping import ImportPreset

    settings.set_import_preset("groen", ImportPreset(fields={S.F_START: "Begin", S.F_END: "Einde"}).to_json())
    try:
        path = write_csv(tmp_path / "plan.csv", [HEADER, "G1;A;Groen;2027-01-01;2027-02-01;172000;448000"])
        with pytest.raises(QgsProcessingException, match="a saved mapping may be from an older delivery"):
            run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "groen"})
    finally:
        settings.set_import_preset("groen", "")


def test_expressions_date_formats_and_code_values(run, new_store, tmp_path):
    path = write_csv(tmp_path / "us.csv", [
        "ref,street,no,kind,from,to,lon,lat",
        "9,Stationsweg,12,Kabels,03/04/2027 08:00:00 AM,03/20/2027 05:00:00 PM,5.665,52.040",
    ], encoding="utf-8")
    mapping = ("work_id = ref\ntitle = \"street\" || ' ' || \"no\"\nwork_type = kind\n"
               "start_date = from\nend_date = to")
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "liander", "MAPPING": mapping,
                                "DATE_FORMATS": "MM/DD/YYYY hh:mm:ss AM", "CODE_VALUES": "Kabels = electricity"})
    assert counts(result) == [1, 0, 0, 0, 1]
    work = works(new_store)["liander-9"]
    assert work[S.F_TITLE] == "Stationsweg 12"
    assert work[S.F_WORK_TYPE] == "electricity"
    assert work[S.F_START].toString("yyyy-MM-dd") == "2027-03-04"


def _delivery(tmp_path, name, rows):
    lines = ["nr;titel;start;eind;x;y;status"]
    for nr, title, start, end, x in rows:
        lines.append(f"{nr};{title};{start};{end};{x};448000;")
    return write_csv(tmp_path / name, lines)


def test_replace_mode_updates_adds_and_cancels(run, new_store, tmp_path):
    first = _delivery(tmp_path, "v1.csv", [
        ("1", "Blijft", "2027-01-01", "2027-02-01", 172000),
        ("2", "Schuift", "2027-03-01", "2027-04-01", 172100),
        ("3", "Vervalt", "2027-05-01", "2027-06-01", 172200),
    ])
    run("importplan", {"INPUT": first, "STORE": new_store.path, "OWNER": "programmering", "MODE": 1})
    second = _delivery(tmp_path, "v2.csv", [
        ("1", "Blijft", "2027-01-01", "2027-02-01", 172000),
        ("2", "Schuift", "2027-09-01", "2027-10-01", 172100),
        ("4", "Nieuw", "2028-01-01", "2028-02-01", 172300),
    ])
    kept = run("importplan", {"INPUT": second, "STORE": new_store.path, "OWNER": "programmering", "MODE": 1})
    assert counts(kept) == [1, 1, 1, 0, 3]
    assert int(kept["MISSING"]) == 1
    assert works(new_store)["programmering-3"][S.F_STATUS] == "planned"  # reported, left alone

    result = run("importplan", {"INPUT": second, "STORE": new_store.path, "OWNER": "programmering", "MODE": 1,
                                "CANCEL_MISSING": True})
    assert counts(result) == [0, 0, 3, 0, 3]
    stored = works(new_store)
    assert stored["programmering-3"][S.F_STATUS] == "cancelled"
    assert len(stored) == 4  # cancelled, not deleted
    report = {f["work_id"]: f for f in result["CHANGES"].getFeatures()}
    assert report["programmering-3"]["change"] == "dropped" and report["programmering-3"]["cancelled"]
    moved = {f["work_id"]: f for f in kept["CHANGES"].getFeatures()}["programmering-2"]
    assert moved["change"] == "moved" and moved["start_shift_days"] == 184
    assert "1 works moved in time (1 later" in kept["SUMMARY"]

    third = run("importplan", {"INPUT": first, "STORE": new_store.path, "OWNER": "programmering", "MODE": 1})
    assert works(new_store)["programmering-3"][S.F_STATUS] == "planned"  # delivered again: no longer cancelled
    kinds = {f["work_id"]: f["change"] for f in third["CHANGES"].getFeatures()}
    assert kinds["programmering-3"] == "reinstated"


def test_append_mode_never_touches_works_missing_from_the_delivery(run, new_store, tmp_path):
    run("importplan", {"INPUT": _delivery(tmp_path, "a.csv", [("1", "A", "2027-01-01", "2027-02-01", 172000)]),
                       "STORE": new_store.path, "OWNER": "verkeer"})
    result = run("importplan", {"INPUT": _delivery(tmp_path, "b.csv", [("2", "B", "2027-01-01", "2027-02-01", 172000)]),
                                "STORE": new_store.path, "OWNER": "verkeer", "CANCEL_MISSING": True})
    assert counts(result) == [1, 0, 0, 0, 1]
    assert works(new_store)["verkeer-1"][S.F_STATUS] == "planned"


def test_ids_of_another_party_are_refused(run, new_store, tmp_path):
    path = _delivery(tmp_path, "a.csv", [("X-1", "A", "2027-01-01", "2027-02-01", 172000)])
    run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "verkeer", "ID_PREFIX": ""})
    result = run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "groen", "ID_PREFIX": ""})
    assert counts(result) == [0, 0, 0, 1, 1]
    assert "belongs to a work of 'verkeer'" in next(result["REJECTED"].getFeatures())["kip_reason"]


def test_a_full_disk_half_way_leaves_the_store_as_it_was(run, new_gpkg_store, tmp_path):
    from osgeo import gdal

    run("importplan", {"INPUT": _delivery(tmp_path, "v1.csv", [("1", "Oud", "2027-01-01", "2027-02-01", 172000)]),
                       "STORE": new_gpkg_store.path, "OWNER": "riolering", "MODE": 1})
    before = hashlib.sha256(open(new_gpkg_store.path, "rb").read()).hexdigest()
    rows = [("1", "Nieuw", "2027-03-01", "2027-04-01", 172000)]
    rows += [(str(n), f"Werk {n} " + "x" * 400, "2027-01-01", "2027-02-01", 172000 + n) for n in range(2, 400)]
    delivery = _delivery(tmp_path, "v2.csv", rows)
    # SQLite's own limit on the file's pages: the store runs full after a few of the new works,
    # exactly as when the disk is full.
    pages = os.path.getsize(new_gpkg_store.path) // 4096
    gdal.SetConfigOption("OGR_SQLITE_PRAGMA", f"max_page_count={pages + 4}")
    try:
        with pytest.raises(QgsProcessingException, match="The disk holding the KIP is full; nothing was imported"):
            run("importplan", {"INPUT": delivery, "STORE": new_gpkg_store.path, "OWNER": "riolering", "MODE": 1,
                               "CANCEL_MISSING": True})
    finally:
        gdal.SetConfigOption("OGR_SQLITE_PRAGMA", None)
    assert hashlib.sha256(open(new_gpkg_store.path, "rb").read()).hexdigest() == before
    assert works(new_gpkg_store)["riolering-1"][S.F_TITLE] == "Oud"


def test_a_refused_insert_half_way_leaves_the_shared_kip_as_it_was(run, pg_address, tmp_path):
    from kip_plugin.store.stored_styles import create_kip

    store = create_kip(pg_address)
    run("importplan", {"INPUT": _delivery(tmp_path, "v1.csv", [("1", "Oud", "2027-01-01", "2027-02-01", 172000)]),
                       "STORE": store.path, "OWNER": "riolering", "MODE": 1})
    # The database refuses the 30th new work: the update of work 1 and the 29 additions before it must not stay.
    refuse_insert(store, "riolering-30")
    before = content(store)
    rows = [("1", "Nieuw", "2027-03-01", "2027-04-01", 172000)]
    rows += [(str(n), f"Werk {n}", "2027-01-01", "2027-02-01", 172000 + n) for n in range(2, 40)]
    with pytest.raises(QgsProcessingException, match="Nothing was imported.*disk refused the work"):
        run("importplan", {"INPUT": _delivery(tmp_path, "v2.csv", rows), "STORE": store.path,
                           "OWNER": "riolering", "MODE": 1, "CANCEL_MISSING": True})
    assert content(store) == before


def test_cancel_writes_nothing(run, new_store, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    path = _delivery(tmp_path, "a.csv", [("1", "A", "2027-01-01", "2027-02-01", 172000)])
    before = content(new_store)
    with pytest.raises(QgsProcessingException, match="cancelled; nothing was written"):
        run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "verkeer"}, feedback)
    assert content(new_store) == before


def test_unknown_party_and_replace_without_ids(run, new_store, tmp_path):
    path = _delivery(tmp_path, "a.csv", [("1", "A", "2027-01-01", "2027-02-01", 172000)])
    with pytest.raises(QgsProcessingException, match="'enexis' is not a department or partner"):
        run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "enexis"})
    with pytest.raises(QgsProcessingException, match="map a source field to work_id"):
        run("importplan", {"INPUT": path, "STORE": new_store.path, "OWNER": "verkeer", "MODE": 1,
                           "MAPPING": "start_date = start\nend_date = eind"})


def test_a_read_only_store_is_refused_and_untouched(run, new_gpkg_store, tmp_path):
    import os
    import stat

    path = _delivery(tmp_path, "a.csv", [("1", "A", "2027-01-01", "2027-02-01", 172000)])
    os.chmod(new_gpkg_store.path, stat.S_IRUSR | stat.S_IRGRP)
    before = hashlib.sha256(open(new_gpkg_store.path, "rb").read()).hexdigest()
    with pytest.raises(QgsProcessingException, match="read-only; nothing was imported"):
        run("importplan", {"INPUT": path, "STORE": new_gpkg_store.path, "OWNER": "verkeer"})
    assert hashlib.sha256(open(new_gpkg_store.path, "rb").read()).hexdigest() == before


def test_a_shared_kip_takes_imports_only_for_the_users_own_parties(run, pg_cluster, pg_address, tmp_path):
    from kip_plugin.store.kipstore import KipStore
    from pg_helpers import as_user, ensure_users

    ensure_users(pg_cluster)
    store = KipStore.create(pg_address)
    path = _delivery(tmp_path, "a.csv", [("1", "A", "2027-01-01", "2027-02-01", 172000)])
    before = content(store)
    with pytest.raises(QgsProcessingException, match="read-only; nothing was imported"):
        run("importplan", {"INPUT": path, "STORE": as_user(pg_address, "rita"), "OWNER": "verkeer"})
    with pytest.raises(QgsProcessingException, match="may not change the works of 'riolering'"):
        run("importplan", {"INPUT": path, "STORE": as_user(pg_address, "anna"), "OWNER": "riolering"})
    assert content(store) == before
    result = run("importplan", {"INPUT": path, "STORE": as_user(pg_address, "anna"), "OWNER": "verkeer"})
    assert counts(result) == [1, 0, 0, 0, 1]
    assert list(works(store, "verkeer")) == ["verkeer-1"]
