"""A shared KIP from the command line, as a DBA or a scheduled job uses it: qgis_process with the KIP plugin."""
from __future__ import annotations

import json
import shutil

import pytest

from .headless import run_qgis_process

pytestmark = pytest.mark.e2e


def test_create_copy_and_list_changes_by_address(qgis_process_env, pg_cluster, pg_address, tmp_path, qgis_app):
    from kip_plugin.paths import demo_store_path
    from kip_plugin.store.address import PgAddress
    from kip_plugin.store.kipstore import KipStore

    done = run_qgis_process(qgis_process_env, "kip:createsharedkip", f"DATABASE={pg_address}", "PARTIES=verkeer,groen")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert json.loads(done.stdout)["results"]["STORE"] == PgAddress.parse(pg_address).uri()
    assert [p.code for p in KipStore.open(pg_address).parties()] == ["verkeer", "groen"]
    again = run_qgis_process(qgis_process_env, "kip:createsharedkip", f"DATABASE={pg_address}")
    assert again.returncode != 0 and "exists already; nothing was changed" in again.stdout + again.stderr

    demo = tmp_path / "demo.gpkg"
    shutil.copy(demo_store_path(), demo)
    shared = PgAddress.parse(pg_address).with_schema(PgAddress.parse(pg_address).schema + "_demo").uri()
    done = run_qgis_process(qgis_process_env, "kip:copykip", f"INPUT={demo}", f"OUTPUT={shared}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    copied = json.loads(done.stdout)["results"]
    assert copied["WORKS"] == KipStore.open(shared).works_layer().featureCount() > 400

    changes = tmp_path / "changes.gpkg"
    done = run_qgis_process(qgis_process_env, "kip:changessince", f"STORE={shared}", "SINCE=2020-01-01T00:00:00",
                            f"OUTPUT={changes}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert json.loads(done.stdout)["results"]["COUNT"] == 0  # the demo has no history yet
