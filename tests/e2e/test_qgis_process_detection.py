"""The detection headless, as a scheduled job runs it: qgis_process with the KIP plugin enabled."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from osgeo import ogr

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
sys.path.insert(0, str(ROOT / "tests" / "qgis"))

import detection_data as D  # noqa: E402

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process is not installed"),
]


@pytest.fixture(scope="module")
def qgis_process_env():
    """An isolated QGIS profile with the KIP plugin found in build/plugins and enabled."""
    plugins = ROOT / "build" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / "kip_plugin"
    if not link.exists():
        link.symlink_to(ROOT / "kip_plugin")
    home = ROOT / "build" / "qgis_process"
    shutil.rmtree(home, ignore_errors=True)
    runtime = home / "runtime"
    runtime.mkdir(parents=True)
    runtime.chmod(0o700)
    site = ROOT / ".venv" / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    env = dict(
        os.environ,
        QGIS_PLUGINPATH=str(plugins),
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(runtime),
        # pytest-qgis points this at its own profile; qgis_process gets a fresh one.
        QGIS_CUSTOM_CONFIG_PATH=str(home / "profile"),
        PYTHONPATH=os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p),
    )
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "kip_plugin"], env=env, capture_output=True,
                             text=True, timeout=300)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env


def _run(env, algorithm, *arguments):
    return subprocess.run([QGIS_PROCESS, "--json", "run", algorithm, "--", *arguments], env=env,
                          capture_output=True, text=True, timeout=600)


def _features(path, layer=None):
    ds = ogr.Open(str(path))
    table = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    return [{k: f.GetField(k) for k in f.keys()} for f in table]


def test_combinations_and_conflicts_from_the_command_line(qgis_process_env, new_store, tmp_path):
    D.add_to_store(new_store, D.bospad() + D.conflicts_plan())
    works = f"{new_store.path}|layername=works"
    pairs, clusters = tmp_path / "pairs.gpkg", tmp_path / "clusters.gpkg"
    done = _run(qgis_process_env, "kip:detectcombinations", f"INPUT={works}", f"OUTPUT_PAIRS={pairs}",
                f"OUTPUT_CLUSTERS={clusters}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["results"]["N_COMBINATIONS"] == 1 and report["results"]["DIGS_SAVED"] == 2
    rows = _features(pairs)
    assert len(rows) == 6 and {(r["work_a"], r["work_b"]) for r in rows} >= {("PRG-1", "RIO-1"), ("RIO-1", "VIT-1")}
    assert [r["work_ids"] for r in _features(clusters)] == ["LIA-1,PRG-1,RIO-1,VIT-1"]

    conflicts = tmp_path / "conflicts.gpkg"
    done = _run(qgis_process_env, "kip:detectconflicts", f"INPUT={works}", f"OUTPUT={conflicts}",
                "CLOSURE_DISTANCE=200")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    kinds = sorted(r["kind"] for r in _features(conflicts))
    # The closures lie 300 m apart: beyond 200 m they no longer count.
    assert kinds == ["dig_after_paving", "event_during_works"]


def test_a_wrong_input_fails_with_the_reason(qgis_process_env, tmp_path):
    path = tmp_path / "not_works.gpkg"
    uri = D.plain_gpkg(str(path), [], name="trees")
    ds = ogr.Open(str(path), 1)
    ds.GetLayer(0).DeleteField(ds.GetLayer(0).GetLayerDefn().GetFieldIndex("start_date"))
    ds = None
    done = _run(qgis_process_env, "kip:detectconflicts", f"INPUT={uri}", f"OUTPUT={tmp_path / 'out.gpkg'}")
    assert done.returncode != 0
    assert "has no field 'start_date'" in done.stdout + done.stderr
