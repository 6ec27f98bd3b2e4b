"""Outputs appear whole or not at all, with normal permissions; exported cells never run as formulas."""
from __future__ import annotations

import csv
import os
import resource
import signal
import stat
import subprocess
from contextlib import contextmanager

import pytest
from qgis.core import QgsProcessingException

from processing_helpers import run_kip
from kip_plugin.atomic import PARTIAL_MARK, atomic_output, normal_mode, remove_leftovers
from kip_plugin.core import schema as S

FORMULAS = ["=HYPERLINK(\"http://x\",\"klik\")", "+31 6 1234", "-2+3", "@SUM(A1)", "=1+1"]


@pytest.fixture
def run(kip_provider):
    def _run(name, params, feedback=None):
        return run_kip(name, {"REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT", **params}, feedback)

    return _run


def _delivery(tmp_path, titles):
    path = tmp_path / "plan.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["nr", "titel", "start", "eind", "x", "y"])
        for n, title in enumerate(titles, start=1):
            writer.writerow([n, title, "2027-01-01", "2027-02-01", 172000 + 10 * n, 448000])
    return str(path)


def test_exported_cells_never_run_as_formulas_and_import_back_unchanged(run, new_store, tmp_path):
    run("importplan", {"INPUT": _delivery(tmp_path, FORMULAS), "STORE": new_store.path, "OWNER": "verkeer"})
    out = tmp_path / "export.csv"
    run("exportworks", {"STORE": new_store.path, "OUTPUT": str(out)})
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    titles = sorted(row[S.F_TITLE] for row in rows)
    assert titles == sorted("'" + t for t in FORMULAS)  # OWASP: a leading quote makes each plain text
    assert all(not row[S.F_WORK_ID].startswith(("=", "+", "-", "@")) for row in rows)
    again = run("importplan", {"INPUT": str(out), "STORE": new_store.path, "OWNER": "verkeer", "ID_PREFIX": "",
                               "MAPPING": "\n".join(f"{n} = {n}" for n in (S.F_WORK_ID, S.F_TITLE, S.F_START, S.F_END))})
    assert int(again["UNCHANGED"]) == len(FORMULAS) and int(again["UPDATED"]) == 0
    geojson = tmp_path / "export.geojson"
    run("exportworks", {"STORE": new_store.path, "OUTPUT": str(geojson)})
    assert '"=HYPERLINK' in geojson.read_text(encoding="utf-8")  # GeoJSON is data, not a spreadsheet


def test_tabs_and_returns_at_the_start_are_neutralised_too():
    from kip_plugin.store.export import neutralised

    assert neutralised("\tverborgen") == "'\tverborgen" and neutralised("\rx") == "'\rx"
    assert neutralised("Riool Dorpsstraat") == "Riool Dorpsstraat" and neutralised(12.5) == 12.5


def test_outputs_get_the_users_normal_permissions(run, new_store, tmp_path):
    out = tmp_path / "export.csv"
    previous = os.umask(0o022)
    try:
        run("exportworks", {"STORE": new_store.path, "OUTPUT": str(out)})
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o644
    assert normal_mode() == 0o666 & ~previous


@contextmanager
def small_disk(tmp_path):
    """A folder on a tiny disk of its own (a tmpfs), or, where mounting is not allowed, a file size limit."""
    folder = tmp_path / "small"
    folder.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)]
    if os.geteuid() != 0:
        mount = ["sudo", "-n"] + mount
    mounted = subprocess.run(mount, capture_output=True).returncode == 0
    if mounted:
        try:
            yield folder, True
        finally:
            subprocess.run((["umount"] if os.geteuid() == 0 else ["sudo", "-n", "umount"]) + [str(folder)])
        return
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, old_limit[1]))
    try:
        yield folder, False
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


def test_a_full_disk_leaves_the_previous_export_whole(run, demo_store_copy, tmp_path):
    with small_disk(tmp_path) as (folder, is_disk):
        out = folder / "works.csv"
        out.write_text("the previous export\n", encoding="utf-8")
        message = "The disk is full" if is_disk else "Could not write"
        with pytest.raises(QgsProcessingException, match=message):
            run("exportworks", {"STORE": demo_store_copy.path, "OUTPUT": str(out)})  # 461 works: about 190 kB
        assert out.read_text(encoding="utf-8") == "the previous export\n"
        assert [p.name for p in folder.iterdir()] == ["works.csv"]  # no partial file left behind


def test_a_failed_write_leaves_no_partial_file_and_leftovers_of_dead_processes_go(tmp_path):
    target = tmp_path / "results.gpkg"
    target.write_bytes(b"old results")
    with pytest.raises(RuntimeError):
        with atomic_output(str(target)) as partial:
            with open(partial, "wb") as handle:
                handle.write(b"half")
            raise RuntimeError("killed half-way")
    assert target.read_bytes() == b"old results"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.gpkg"]
    dead = _a_finished_pid()
    leftover = tmp_path / f".results{PARTIAL_MARK}{dead}-abcd.gpkg"
    leftover.write_bytes(b"left by a killed run")
    mine = tmp_path / f".results{PARTIAL_MARK}{os.getpid()}-abcd.gpkg"
    mine.write_bytes(b"still being written")
    assert remove_leftovers(str(target)) == 1
    assert not leftover.exists() and mine.exists()


def _a_finished_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_detection_outputs_replace_the_previous_file_only_when_complete(run, demo_store_copy, tmp_path):
    out = tmp_path / "pairs.gpkg"
    works = demo_store_copy.works_layer()
    first = run_kip("detectcombinations", {"INPUT": [works], "OUTPUT_PAIRS": str(out), "OUTPUT_CLUSTERS": None,
                                           "OUTPUT_WORKS": None})
    assert first["OUTPUT_PAIRS"] == str(out) and out.exists()
    assert stat.S_IMODE(os.stat(out).st_mode) == normal_mode()
    from qgis.core import QgsVectorLayer

    assert QgsVectorLayer(str(out), "pairs", "ogr").featureCount() == int(first["N_PAIRS"])
    assert not [p for p in tmp_path.iterdir() if PARTIAL_MARK in p.name]


def test_the_styles_in_a_store_do_not_name_the_folder_it_was_made_in(new_store, tmp_path):
    import sqlite3

    if new_store.backend == "gpkg":
        with sqlite3.connect(new_store.path) as db:
            styles = db.execute("SELECT styleQML, styleSLD FROM layer_styles").fetchall()
        where = str(tmp_path)
    else:
        with new_store.connection().cursor() as cursor:
            cursor.execute("SELECT styleqml, stylesld FROM public.layer_styles WHERE f_table_schema = %s",
                           (new_store.pg.schema,))
            styles = cursor.fetchall()
        where = new_store.address
    assert len(styles) == 1 + len(S.DEFAULT_PARTIES)
    assert not any(where in (qml or "") + (sld or "") for qml, sld in styles)
