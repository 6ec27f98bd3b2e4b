"""qgis_process with the KIP plugin enabled, in a profile of its own, as a scheduled job runs it."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .desktop import qgis_desktop

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # the /usr/bin/qgis_process wrapper passes a flag it rejects


@pytest.fixture(scope="session")
def qgis_process_env():
    """The environment for qgis_process: KIP found in build/plugins and enabled, the venv's packages visible."""
    if not os.path.exists(QGIS_PROCESS):
        pytest.fail(f"{QGIS_PROCESS} is missing (Debian package qgis)")
    home = ROOT / "build" / "qgis_process"
    shutil.rmtree(home, ignore_errors=True)
    runtime = home / "runtime"
    runtime.mkdir(parents=True)
    runtime.chmod(0o700)
    env = qgis_desktop.environment()
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(runtime),
        # pytest-qgis points this at its own profile; qgis_process gets a fresh one.
        QGIS_CUSTOM_CONFIG_PATH=str(home / "profile"),
    )
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "kip_plugin"], env=env, capture_output=True,
                             text=True, timeout=300)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env


def run_qgis_process(env: dict, algorithm: str, *arguments: str) -> subprocess.CompletedProcess:
    """``qgis_process --json run ALGORITHM -- ARGUMENTS``."""
    env = dict(env)
    if "PGPASSFILE" in os.environ:  # the test cluster's passwords, as a job finds them in ~/.pgpass
        env["PGPASSFILE"] = os.environ["PGPASSFILE"]
    return subprocess.run([QGIS_PROCESS, "--json", "run", algorithm, "--", *arguments], env=env,
                          capture_output=True, text=True, timeout=600)


def works_source(store) -> str:
    """The works of ``store`` as a layer source on qgis_process's command line."""
    if store.backend == "gpkg":
        return f"{store.address}|layername=works"
    return "postgres://" + store.works_uri()
