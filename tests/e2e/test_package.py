"""`make package` builds a ZIP that QGIS can install and load."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(out)], check=True,
                   capture_output=True)
    (zip_path,) = out.glob("kip_plugin-*.zip")
    return zip_path


def test_zip_holds_the_plugin_with_resources_and_translation(package):
    names = set(zipfile.ZipFile(package).namelist())
    for needed in ("kip_plugin/__init__.py", "kip_plugin/metadata.txt", "kip_plugin/plugin.py",
                   "kip_plugin/resources/icons/kip.svg", "kip_plugin/resources/demo/ede_demo.gpkg",
                   "kip_plugin/i18n/kip_nl.qm"):
        assert needed in names, needed
    assert not [n for n in names if "__pycache__" in n or n.startswith("tests/") or n.endswith(".ts")]
    assert all(n.startswith("kip_plugin/") for n in names)


def test_installed_zip_loads_in_qgis(package, tmp_path):
    plugins = tmp_path / "plugins"
    zipfile.ZipFile(package).extractall(plugins)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "import kip_plugin, kip_plugin.plugin\n"
        "from kip_plugin.paths import resources_dir, i18n_dir, demo_store_path\n"
        "assert str(resources_dir()).startswith(sys.argv[1]), resources_dir()\n"
        "assert (i18n_dir() / 'kip_nl.qm').exists() and demo_store_path().exists()\n"
        "print('ok')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code, str(plugins)], capture_output=True, text=True, env=env,
                            cwd=str(tmp_path))
    assert result.stdout.strip().endswith("ok"), result.stderr[-2000:]


def test_bad_metadata_is_refused(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import package as packager

    bad = tmp_path / "metadata.txt"
    bad.write_text("[general]\nname=KIP\nversion=one\n")
    with pytest.raises(SystemExit, match="missing"):
        packager.check_metadata(bad)
