"""The council map headless, as a scheduled job makes it: qgis_process with the KIP plugin enabled."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
sys.path.insert(0, str(ROOT / "tests" / "qgis"))

import council_helpers as H  # noqa: E402

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
    home = ROOT / "build" / "qgis_process_council"
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
        QGIS_CUSTOM_CONFIG_PATH=str(home / "profile"),
        PYTHONPATH=os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p),
    )
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "kip_plugin"], env=env, capture_output=True,
                             text=True, timeout=300)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env


def _run(env, *arguments):
    return subprocess.run([QGIS_PROCESS, "--json", "run", "kip:exportcouncilmap", "--", *arguments], env=env,
                          capture_output=True, text=True, timeout=600)


def test_council_pdf_from_the_command_line(qgis_process_env, demo_store_copy, tmp_path):
    import datetime as _dt

    works = demo_store_copy.works_uri()
    districts = H.districts_copy(tmp_path, H.districts_with_works(works, H.WIJKEN, _dt.date(2027, 4, 1),
                                                                  _dt.date(2027, 6, 30))[:3])
    output = tmp_path / "raad" / "council.pdf"
    done = _run(qgis_process_env, f"INPUT={works}", f"DISTRICTS={districts}", "NAME_FIELD=statnaam",
                "START=2027-04-01", "END=2027-06-30", "PAGE_SIZE=1", "TITLE=Raadsvergadering", f"OUTPUT={output}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(done.stdout)["results"]
    assert H.pdf_pages(output) == results["PAGES"] == 4
    assert "Raadsvergadering" in H.page_text(output, 1)
    assert "A4" in H.pdf_page_size(output)


def test_a_bad_name_field_fails_with_its_name(qgis_process_env, demo_store_copy, tmp_path):
    output = tmp_path / "council.pdf"
    done = _run(qgis_process_env, f"INPUT={demo_store_copy.works_uri()}", f"DISTRICTS={H.WIJKEN}",
                "NAME_FIELD=wijknaam", f"OUTPUT={output}")
    assert done.returncode != 0
    assert "wijknaam" in done.stdout + done.stderr
    assert not output.exists()
