"""Imports and exports headless, as a scheduled job runs them: the .gpkg alone holds everything, kills lose nothing."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from osgeo import ogr

from .headless import QGIS_PROCESS, run_qgis_process

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def _count(path, table="works"):
    ds = ogr.Open(str(path))
    return ds.GetLayerByName(table).GetFeatureCount()


def _delivery(path, n):
    lines = ["nr;beheerder;titel;start;eind;x;y"]
    owners = ("Liander", "Vitens", "Riolering")
    lines += [f"{k};{owners[k % 3]};Werk {k};2027-01-01;2027-02-01;{170000 + k};448000" for k in range(n)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def test_the_gpkg_alone_holds_a_headless_import(qgis_process_env, tmp_path):
    store = tmp_path / "kip.gpkg"
    done = run_qgis_process(qgis_process_env, "kip:createkip", f"OUTPUT={store}", "MUNICIPALITY=Ede")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    done = run_qgis_process(qgis_process_env, "kip:addparty", f"STORE={store}", "CODE=enexis", "NAME=Enexis",
                            "KIND=partner")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    delivery = _delivery(tmp_path / "register.csv", 300)
    done = run_qgis_process(qgis_process_env, "kip:importplan", f"INPUT={delivery}", f"STORE={store}",
                            "OWNER_FIELD=beheerder", "REJECTED=TEMPORARY_OUTPUT", "CHANGES=TEMPORARY_OUTPUT")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert json.loads(done.stdout)["results"]["IMPORTED"] == 300
    copy = tmp_path / "copied" / "kip.gpkg"
    copy.parent.mkdir()
    shutil.copy(store, copy)  # the .gpkg alone, without any -wal file beside it
    assert _count(copy) == 300
    assert _count(copy, "parties") == 11
    header = store.read_bytes()[:100]
    out = tmp_path / "works.geojson"
    done = run_qgis_process(qgis_process_env, "kip:exportworks", f"STORE={store}", f"OUTPUT={out}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert store.read_bytes()[:100] == header  # reading the store does not change it


def _big_store(tmp_path, n):
    sys.path.insert(0, str(ROOT / "bench"))
    import synthetic

    return synthetic.write_store(tmp_path / f"works_{n}.gpkg", n, seed=7)


def test_a_killed_export_leaves_the_previous_file_and_no_leftovers(qgis_process_env, tmp_path):
    from kip_plugin.atomic import PARTIAL_MARK

    store = _big_store(tmp_path, 30_000)
    reference = tmp_path / "reference.csv"
    done = run_qgis_process(qgis_process_env, "kip:exportworks", f"STORE={store}", f"OUTPUT={reference}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = tmp_path / "out" / "works.csv"
    out.parent.mkdir()
    out.write_bytes(b"previous export\n")
    for moment in ("early", "while writing"):
        process = subprocess.Popen([QGIS_PROCESS, "run", "kip:exportworks", "--", f"STORE={store}", f"OUTPUT={out}"],
                                   env=qgis_process_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if moment == "early":
            time.sleep(1.5)
        else:
            deadline = time.monotonic() + 300
            while not [p for p in out.parent.iterdir() if PARTIAL_MARK in p.name] and time.monotonic() < deadline:
                time.sleep(0.02)
            assert [p for p in out.parent.iterdir() if PARTIAL_MARK in p.name], "the export never started writing"
        process.send_signal(signal.SIGKILL)
        process.wait()
        # Never a cut file: the previous one, or (when the kill came after the end) the whole new one.
        assert out.read_bytes() in (b"previous export\n", reference.read_bytes())
    assert [p for p in out.parent.iterdir() if PARTIAL_MARK in p.name]  # what a killed process cannot clean up
    done = run_qgis_process(qgis_process_env, "kip:exportworks", f"STORE={store}", f"OUTPUT={out}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert out.read_bytes() == reference.read_bytes()
    assert [p.name for p in out.parent.iterdir()] == ["works.csv"]  # partial files of killed runs removed
