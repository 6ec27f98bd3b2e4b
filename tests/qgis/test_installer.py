"""Where KIP installs missing Python packages, and how it finds what they still need."""
from __future__ import annotations

import subprocess
import sys

from qgis.core import QgsApplication

from kip_plugin import installer


def test_packages_go_into_a_folder_of_kips_own_in_the_profile(qgis_app):
    folder = installer.packages_dir()
    assert str(folder).startswith(QgsApplication.qgisSettingsDirPath()) and folder.parts[-2:] == ("kip", "packages")
    command = installer.install_command("python3", ["shapely>=2.0,<2.2"], "/media/usb/wheels")
    assert command[:4] == ["python3", "-m", "pip", "install"]
    assert command[command.index("--prefix") + 1] == str(folder)
    # Never the system's packages: nothing uninstalled, nothing pulled in beside what is asked.
    assert "--ignore-installed" in command and "--no-deps" in command
    assert command[-3:] == ["--find-links", "/media/usb/wheels", "shapely>=2.0,<2.2"] and "--no-index" in command


def test_a_python_of_qgiss_version_runs_pip(qgis_app):
    python = installer.python_executable()
    assert python is not None
    done = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True)
    assert done.stdout.strip() == str(tuple(sys.version_info[:2]))


def test_only_the_dependencies_this_python_lacks_are_named(tmp_path):
    site = tmp_path / "prefix" / "lib" / "python3" / "site-packages"
    info = site / "kip_example-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: kip-example\nVersion: 1.0\nRequires-Dist: numpy>=1.0\n"
        "Requires-Dist: kip-example-helper>=2\nRequires-Dist: colorama; sys_platform == 'win32'\n"
    )
    script = installer.Path(installer.__file__).parent / "pip_needs.py"
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "prefix"), "kip-example>=1"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["kip-example-helper>=2"]  # numpy is there; colorama is for Windows only


def test_activate_puts_kips_folder_before_the_systems_packages(qgis_app, monkeypatch, tmp_path):
    site = tmp_path / "kip" / "packages" / "lib" / "python3" / "site-packages"
    site.mkdir(parents=True)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the test's own path comes back afterwards
    assert installer.activate(tmp_path / "kip" / "packages") == [str(site)]
    assert sys.path[0] == str(site)
    assert installer.activate(tmp_path / "kip" / "packages") == []  # once is enough
