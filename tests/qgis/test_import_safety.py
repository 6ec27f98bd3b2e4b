"""A store that another program locks, changes or booby-traps; unsaved edits; cancel: nothing false, nothing lost."""
from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject

from processing_helpers import run_kip
from store_helpers import content
from kip_plugin import settings
from kip_plugin.core import schema as S


@pytest.fixture
def run(kip_provider):
    def _run(name, params, feedback=None, context=None):
        return run_kip(name, {"REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT", **params}, feedback, context)

    return _run


@pytest.fixture
def short_lock_wait(qgis_app):
    before = settings.store_lock_wait()
    settings.set_store_lock_wait(1.0)
    yield
    settings.set_store_lock_wait(before)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def state(store):
    """What a KIP holds: a GeoPackage's bytes, a shared KIP's rows."""
    return sha(store.path) if store.backend == "gpkg" else content(store)


def delivery(tmp_path, name, rows):
    lines = ["nr;titel;start;eind;x;y"] + [f"{nr};{title};{start};2027-12-31;{172000 + 10 * k};448000"
                                           for k, (nr, title, start) in enumerate(rows)]
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def hold_lock(path, seconds):
    """Another program holding the store's write lock for ``seconds``."""
    code = ("import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "db.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "db.execute('ROLLBACK')\n")
    process = subprocess.Popen([sys.executable, "-c", code, path, str(seconds)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "locked"
    return process


def test_a_locked_store_is_never_reported_as_imported(run, new_gpkg_store, tmp_path, short_lock_wait):
    first = delivery(tmp_path, "v1.csv", [(str(n), f"Werk {n}", "2027-01-01") for n in range(1, 11)])
    run("importplan", {"INPUT": first, "STORE": new_gpkg_store.path, "OWNER": "groen", "MODE": 1})
    # Only attribute changes and cancellations: the writes that once failed silently.
    second = delivery(tmp_path, "v2.csv", [(str(n), f"Werk {n} (nieuw)", "2027-02-01") for n in range(1, 6)])
    before = sha(new_gpkg_store.path)
    locker = hold_lock(new_gpkg_store.path, 6)
    try:
        with pytest.raises(QgsProcessingException, match="^The KIP is locked by another program; nothing was imported"):
            run("importplan", {"INPUT": second, "STORE": new_gpkg_store.path, "OWNER": "groen", "MODE": 1,
                               "CANCEL_MISSING": True})
    finally:
        locker.wait()
    assert sha(new_gpkg_store.path) == before
    result = run("importplan", {"INPUT": second, "STORE": new_gpkg_store.path, "OWNER": "groen", "MODE": 1,
                                "CANCEL_MISSING": True})
    assert [int(result[k]) for k in ("UPDATED", "CANCELLED")] == [5, 5]
    stored = {f[S.F_WORK_ID]: f for f in new_gpkg_store.works_layer().getFeatures()}
    assert sum(f[S.F_STATUS] == "cancelled" for f in stored.values()) == 5
    assert stored["groen-1"][S.F_TITLE] == "Werk 1 (nieuw)"


def test_a_store_with_a_foreign_trigger_is_refused_by_name(run, new_gpkg_store, tmp_path):
    run("importplan", {"INPUT": delivery(tmp_path, "a.csv", [("1", "A", "2027-01-01")]), "STORE": new_gpkg_store.path,
                       "OWNER": "verkeer"})
    with sqlite3.connect(new_gpkg_store.path) as db:
        db.execute("CREATE TRIGGER tidy_up AFTER INSERT ON works BEGIN DELETE FROM works WHERE fid < NEW.fid; END")
        db.execute('CREATE TRIGGER "rtree_works_geom_insert2" AFTER INSERT ON works BEGIN DELETE FROM parties; END')
    before = sha(new_gpkg_store.path)
    with pytest.raises(QgsProcessingException, match=r"triggers that KIP did not make \(rtree_works_geom_insert2, tidy_up\)"):
        run("importplan", {"INPUT": delivery(tmp_path, "b.csv", [("2", "B", "2027-01-01")]),
                           "STORE": new_gpkg_store.path, "OWNER": "verkeer"})
    assert sha(new_gpkg_store.path) == before


def test_unsaved_edits_of_the_kip_stop_an_import_or_are_saved_first(run, new_store, tmp_path):
    from kip_plugin.store.project import close_in_project, open_in_project

    run("importplan", {"INPUT": delivery(tmp_path, "a.csv", [("1", "Oud", "2027-01-01")]), "STORE": new_store.path,
                       "OWNER": "verkeer"})
    project = QgsProject.instance()
    open_in_project(new_store, project)
    try:
        layer = next(l for l in project.mapLayers().values() if l.customProperty("kip/party") == "verkeer")
        layer.startEditing()
        feature = next(layer.getFeatures())
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf(S.F_TITLE), "Bewerkt in QGIS")
        update = delivery(tmp_path, "b.csv", [("1", "Uit de levering", "2027-01-01")])
        before = state(new_store)
        with pytest.raises(QgsProcessingException, match="have unsaved edits"):
            run("importplan", {"INPUT": update, "STORE": new_store.path, "OWNER": "verkeer"})
        assert state(new_store) == before and layer.isModified()
        result = run("importplan", {"INPUT": update, "STORE": new_store.path, "OWNER": "verkeer", "COMMIT_EDITS": True})
        assert int(result["UPDATED"]) == 1 and not layer.isModified()
        stored = next(new_store.works_layer("verkeer").getFeatures())
        assert stored[S.F_TITLE] == "Uit de levering"  # the saved edit came first, the import after it
    finally:
        close_in_project(project)


class CancelAt(QgsProcessingFeedback):
    """A user who presses Stop when the progress bar passes ``percent``."""

    def __init__(self, percent):
        super().__init__()
        self.percent = percent
        self.progressChanged.connect(self._check)

    def _check(self, value):
        if value >= self.percent and not self.isCanceled():
            self.cancel()


@pytest.mark.parametrize("percent", [50, 70])
def test_cancel_at_any_point_leaves_the_store_byte_for_byte(run, new_store, tmp_path, percent):
    rows = [(str(n), f"Werk {n}", "2027-01-01") for n in range(1, 25_001)]
    first = delivery(tmp_path, "v1.csv", rows[:5000])
    run("importplan", {"INPUT": first, "STORE": new_store.path, "OWNER": "riolering", "MODE": 1})
    second = delivery(tmp_path, "v2.csv", [(nr, title + " bis", "2027-03-01") for nr, title, _ in rows])
    before = state(new_store)
    feedback = CancelAt(percent)
    with pytest.raises(QgsProcessingException, match="cancelled; nothing was written"):
        run("importplan", {"INPUT": second, "STORE": new_store.path, "OWNER": "riolering", "MODE": 1,
                           "CANCEL_MISSING": True}, feedback)
    assert state(new_store) == before


@pytest.mark.parametrize("percent", [75, None])
def test_a_large_insert_writes_all_of_it_or_nothing(run, new_gpkg_store, tmp_path, monkeypatch, percent):
    # Many new works get SQLite a larger page cache for their transaction; here from 1,000 on.
    from kip_plugin.importer import writer

    monkeypatch.setattr(writer, "BULK_ROWS", 1000)
    path = tmp_path / "groot.csv"
    path.write_text("\n".join(["nr;titel;start;eind;x;y"] + [
        f"{n};Werk {n};2027-01-01;2027-12-31;{170000 + 10 * (n % 500)};{440000 + 10 * (n // 500)}"
        for n in range(1, 20_001)]), encoding="utf-8")
    before = sha(new_gpkg_store.path)
    params = {"INPUT": str(path), "STORE": new_gpkg_store.path, "OWNER": "riolering", "MODE": 0}
    if percent is not None:
        with pytest.raises(QgsProcessingException, match="cancelled; nothing was written"):
            run("importplan", params, CancelAt(percent))
        assert sha(new_gpkg_store.path) == before
    else:
        assert int(run("importplan", params)["IMPORTED"]) == 20_000
        with sqlite3.connect(new_gpkg_store.path) as db:
            assert db.execute("SELECT count(*) FROM works").fetchone()[0] == 20_000
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_another_program_writing_at_the_same_time_is_never_a_crash(run, new_gpkg_store, tmp_path, short_lock_wait):
    rows = [(str(n), f"Werk {n}", "2027-01-01") for n in range(1, 3001)]
    run("importplan", {"INPUT": delivery(tmp_path, "v1.csv", rows), "STORE": new_gpkg_store.path,
                       "OWNER": "liander", "MODE": 1})
    code = ("import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1], timeout=0.2, isolation_level=None)\n"
            "end = time.time() + 8\n"
            "while time.time() < end:\n"
            "    try:\n"
            "        db.execute(\"DELETE FROM works WHERE fid = (SELECT max(fid) FROM works WHERE owner = 'liander')\")\n"
            "        db.execute(\"UPDATE works SET title = 'elders gewijzigd' WHERE fid = (SELECT min(fid) FROM works)\")\n"
            "    except sqlite3.OperationalError:\n"
            "        pass\n"
            "    time.sleep(0.01)\n")
    other = subprocess.Popen([sys.executable, "-c", code, new_gpkg_store.path])
    try:
        outcomes = []
        for round_number in range(3):
            moved = [(nr, title, f"2027-0{round_number + 2}-01") for nr, title, _ in rows[: 2000]]
            try:
                result = run("importplan", {"INPUT": delivery(tmp_path, f"r{round_number}.csv", moved),
                                            "STORE": new_gpkg_store.path, "OWNER": "liander", "MODE": 1,
                                            "CANCEL_MISSING": True})
                outcomes.append(("imported", int(result["UPDATED"]), int(result["IMPORTED"])))
            except QgsProcessingException as error:
                assert "locked by another program; nothing was imported" in str(error)
                outcomes.append(("locked", 0, 0))
    finally:
        other.wait()
    assert outcomes  # every round ended in a result or a clear refusal, never a crash
    stored = {f[S.F_WORK_ID]: f for f in new_gpkg_store.works_layer("liander").getFeatures()}
    if outcomes[-1][0] == "imported":
        assert all(stored[f"liander-{n}"][S.F_STATUS] == "planned" for n in range(1, 2001))


def test_opening_a_store_does_not_change_its_bytes(run, new_gpkg_store, tmp_path):
    from kip_plugin.store.kipstore import KipStore
    from kip_plugin.store.project import close_in_project, open_in_project

    run("importplan", {"INPUT": delivery(tmp_path, "a.csv", [("1", "A", "2027-01-01")]), "STORE": new_gpkg_store.path,
                       "OWNER": "verkeer"})
    time.sleep(0.1)
    before = open(new_gpkg_store.path, "rb").read(100)
    project = QgsProject.instance()
    for _ in range(2):
        open_in_project(KipStore.open(new_gpkg_store.path), project)
        for layer in project.mapLayers().values():
            list(layer.getFeatures()) if hasattr(layer, "getFeatures") else None
        close_in_project(project)
    assert open(new_gpkg_store.path, "rb").read(100) == before


def test_an_edit_saved_in_qgis_is_in_the_gpkg_file_itself(run, new_gpkg_store, tmp_path):
    import shutil

    from kip_plugin.store.project import close_in_project, open_in_project

    run("importplan", {"INPUT": delivery(tmp_path, "a.csv", [("1", "Oud", "2027-01-01")]), "STORE": new_gpkg_store.path,
                       "OWNER": "verkeer"})
    project = QgsProject.instance()
    open_in_project(new_gpkg_store, project)
    try:
        layer = next(l for l in project.mapLayers().values() if l.customProperty("kip/party") == "verkeer")
        layer.startEditing()
        feature = next(layer.getFeatures())
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf(S.F_TITLE), "Bewerkt in QGIS")
        assert layer.commitChanges()
        copy = tmp_path / "copy" / "kip.gpkg"
        copy.parent.mkdir()
        shutil.copy(new_gpkg_store.path, copy)  # while QGIS still has the layer open
        with sqlite3.connect(copy) as db:
            assert db.execute("SELECT title FROM works").fetchall() == [("Bewerkt in QGIS",)]
    finally:
        close_in_project(project)


def _slow_view(path, rows):
    """A GeoPackage whose layer is a view that takes a while for every row."""
    from osgeo import ogr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("base", None, ogr.wkbNone)
    for name in ("nr", "titel", "start", "eind", "x", "y"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for n in range(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(("nr", "titel", "start", "eind", "x", "y"),
                               (str(n), f"Werk {n}", "2027-01-01", "2027-02-01", str(172000 + n), "448000")):
            feature.SetField(name, value)
        layer.CreateFeature(feature)
    ds = None
    with sqlite3.connect(path) as db:
        db.execute("CREATE VIEW slow AS SELECT fid, nr, titel, start, eind, x, y, (WITH RECURSIVE c(k) AS "
                   "(SELECT base.fid - base.fid UNION ALL SELECT k + 1 FROM c WHERE k < 300000) SELECT count(*) FROM c) AS wacht "
                   "FROM base")
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('slow', 'attributes', 'slow')")
    return f"{path}|layername=slow"


def test_reading_a_slow_delivery_stops_at_its_time_limit(run, new_store, tmp_path):
    source = _slow_view(tmp_path / "view.gpkg", 400)
    before = settings.delivery_read_limit()
    settings.set_delivery_read_limit(1.0)
    try:
        began = time.monotonic()
        with pytest.raises(QgsProcessingException, match="took longer than 1 seconds and was stopped; nothing was imported"):
            run("importplan", {"INPUT": source, "STORE": new_store.path, "OWNER": "verkeer"})
        assert time.monotonic() - began < 30
    finally:
        settings.set_delivery_read_limit(before)
    assert new_store.works_layer().featureCount() == 0


def test_reading_a_slow_delivery_honours_cancel(run, new_store, tmp_path):
    import threading

    source = _slow_view(tmp_path / "view.gpkg", 400)
    feedback = QgsProcessingFeedback()
    threading.Timer(1.0, feedback.cancel).start()
    began = time.monotonic()
    with pytest.raises(QgsProcessingException, match="cancelled; nothing was written"):
        run("importplan", {"INPUT": source, "STORE": new_store.path, "OWNER": "verkeer"}, feedback)
    assert time.monotonic() - began < 30
