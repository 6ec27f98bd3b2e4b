"""The Python packages KIP needs beyond QGIS, installed with pip into a folder of KIP's own in the QGIS profile.

Nothing outside that folder changes: pip installs with ``--prefix`` into it and ``--no-deps``,
and the packages' own dependencies that this QGIS lacks are added the same way, one round at
a time (``pip_needs.py`` works out which). KIP puts the folder first on Python's path when it
loads, so that the packages win over older ones of the system (Debian's shapely 1.8).
"""
from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from qgis.core import QgsApplication

from . import log
from .detection.needs import OPTIONAL_PACKAGES, missing_engine
from .i18n import tr

# How often missing dependencies are looked for and installed after the packages themselves.
DEPENDENCY_ROUNDS = 5
Package = Tuple[str, str, str]  # (name to import, requirement for pip, what needs it)


def packages_dir() -> Path:
    """KIP's own folder for Python packages, in the QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "kip" / "packages"


def site_dirs(prefix: Optional[Path] = None) -> List[Path]:
    """The folders pip filled below ``prefix`` (their names depend on the platform: site- or dist-packages)."""
    prefix = prefix or packages_dir()
    if not prefix.is_dir():
        return []
    found = [p for pattern in ("**/site-packages", "**/dist-packages") for p in prefix.glob(pattern) if p.is_dir()]
    return sorted(found, key=lambda p: len(p.parts))


def activate(prefix: Optional[Path] = None) -> List[str]:
    """Put KIP's package folders (below ``prefix``, default KIP's folder) first on Python's path; returns those added."""
    added = []
    for folder in reversed(site_dirs(prefix)):
        text = str(folder)
        if text not in sys.path:
            sys.path.insert(0, text)
            added.append(text)
    if added:
        importlib.invalidate_caches()
    return added


def _usable(name: str) -> bool:
    if name == "shapely":
        return not missing_engine()
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def missing(packages: Sequence[Package] = OPTIONAL_PACKAGES) -> List[Package]:
    """The packages this QGIS cannot use yet (absent, or too old)."""
    return [package for package in packages if not _usable(package[0])]


def reload(packages: Sequence[Package]) -> List[Package]:
    """Load the packages just installed in place of older ones already loaded; returns those that still need a
    restart of QGIS (a package of the same name was loaded from elsewhere and cannot be swapped)."""
    activate()
    for name, _requirement, _purpose in packages:
        if name in sys.modules and not _usable(name):
            for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
                del sys.modules[module]
    importlib.invalidate_caches()
    return missing(packages)


def python_executable() -> Optional[str]:
    """A Python interpreter of the same version as QGIS's, to run pip with."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    # QGIS's own installation first (its Python, with its libraries), the PATH last.
    candidates = []
    for folder in (os.path.join(sys.exec_prefix, "bin"), sys.exec_prefix):
        for name in (f"python{version}", "python3", "python", "python.exe", "python3.exe"):
            candidates.append(os.path.join(folder, name))
    candidates += [getattr(sys, "_base_executable", ""), sys.executable]
    candidates += [shutil.which(f"python{version}") or "", shutil.which("python3") or ""]
    for candidate in candidates:
        if not candidate or not os.path.isfile(candidate) or "python" not in os.path.basename(candidate).lower():
            continue
        try:
            done = subprocess.run([candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                  capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0 and done.stdout.strip() == version:
            return candidate
    return None


def install_command(python: str, requirements: Sequence[str], find_links: str = "") -> List[str]:
    """pip installing ``requirements`` (without their dependencies) into KIP's folder, and nowhere else."""
    command = [python, "-m", "pip", "install", "--prefix", str(packages_dir()), "--ignore-installed", "--no-deps",
               "--no-warn-script-location", "--disable-pip-version-check"]
    if find_links:  # a folder of package files: no internet needed
        command += ["--no-index", "--find-links", find_links]
    return command + list(requirements)


def needs_command(python: str, requirements: Sequence[str]) -> List[str]:
    """The command that prints the dependencies of ``requirements`` this QGIS and KIP's folder lack, one a line."""
    script = Path(__file__).resolve().parent / "pip_needs.py"
    return [python, str(script), str(packages_dir()), *requirements]


def startup() -> None:
    """At plugin load: KIP's packages first on the path, noted in the log."""
    added = activate()
    if added:
        log.info(tr("KIP's own Python packages are used from: {folders}").format(folders=", ".join(added)))
