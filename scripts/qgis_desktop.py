"""Start the real QGIS desktop with KIP enabled, in a profile of its own under build/.

    .venv/bin/python scripts/qgis_desktop.py [--profiles DIR] [--code SCRIPT] [PROJECT]

The plugin is loaded from this checkout (QGIS_PLUGINPATH=build/plugins), the venv's packages
(shapely 2) are visible to QGIS's Python, and first-start dialogs are switched off.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / ".venv" / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"


def prepare_profile(profiles: Path, language: str = "en_US") -> Path:
    """A QGIS profile with KIP enabled and the start-up dialogs off; returns its QGIS3.ini."""
    from qgis.PyQt.QtCore import QSettings

    # QGIS keeps its profiles in a "profiles" folder below the path it is given.
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.IniFormat)
    for key, value in {
        "PythonPlugins/kip_plugin": True,
        "qgis/checkVersion": False,
        "qgis/showTips": False,
        "qgis/allowVersionCheck": False,
        "qgis/splashScreen": False,
        "core/NewsFeed/httpsfeedqgisorg/disabled": True,
        "locale/overrideFlag": True,
        "locale/userLocale": language,
        "locale/globalLocale": language,
        "Processing/Configuration/WARN_UNMATCHING_CRS": False,
    }.items():
        settings.setValue(key, value)
    settings.sync()
    (profiles / "profiles" / "profiles.ini").write_text("[core]\ndefaultProfile=default\n")
    return ini


def environment() -> dict:
    """The environment QGIS runs in: the plugin from this checkout, the venv's packages."""
    plugins = ROOT / "build" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / "kip_plugin"
    if not link.exists():
        link.symlink_to(ROOT / "kip_plugin")
    env = dict(os.environ)
    env["QGIS_PLUGINPATH"] = str(plugins)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SITE), env.get("PYTHONPATH", "")) if p)
    runtime = ROOT / "build" / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env.setdefault("XDG_RUNTIME_DIR", str(runtime))
    return env


def command(profiles: Path, project: str = "", code: str = "") -> list:
    """The qgis command line."""
    cmd = ["qgis", "--noversioncheck", "--nologo", "--profiles-path", str(profiles)]
    if code:
        cmd += ["--code", code]
    if project:
        cmd += ["--project", project]
    return cmd


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", nargs="?", default="")
    parser.add_argument("--profiles", default=str(ROOT / "build" / "profiles"))
    parser.add_argument("--code", default="")
    parser.add_argument("--language", default="en_US")
    args = parser.parse_args()
    profiles = Path(args.profiles).resolve()
    prepare_profile(profiles, args.language)
    return subprocess.call(command(profiles, args.project, args.code), env=environment())


if __name__ == "__main__":
    sys.exit(main())
