"""Build the plugin ZIP that QGIS installs through "Install from ZIP": dist/kip_plugin-<version>.zip.

Checks metadata.txt first (the fields the QGIS plugin repository requires), then packs the
plugin folder with its resources and the compiled translations, without tests or caches.
"""
from __future__ import annotations

import argparse
import configparser
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "kip_plugin"
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")
SKIP_PARTS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".ts", ".gpkg-wal", ".gpkg-shm"}


def check_metadata(path: Path) -> configparser.SectionProxy:
    """The [general] section of metadata.txt, or SystemExit naming what is wrong."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    if "general" not in parser:
        sys.exit(f"{path}: no [general] section")
    general = parser["general"]
    missing = [key for key in REQUIRED if not general.get(key, "").strip()]
    if missing:
        sys.exit(f"{path}: missing {', '.join(missing)}")
    if not re.fullmatch(r"\d+\.\d+\.\d+", general["version"]):
        sys.exit(f"{path}: version '{general['version']}' is not MAJOR.MINOR.PATCH")
    if not re.fullmatch(r"3\.\d+", general["qgisMinimumVersion"]):
        sys.exit(f"{path}: qgisMinimumVersion must be 3.x")
    icon = general.get("icon", "")
    if icon and not (ROOT / icon).exists():
        sys.exit(f"{path}: icon '{icon}' does not exist")
    return general


def files_to_pack():
    """(source file, name in the archive) of everything the installed plugin needs."""
    for folder, target in ((ROOT / PLUGIN, PLUGIN), (ROOT / "resources", f"{PLUGIN}/resources"), (ROOT / "i18n", f"{PLUGIN}/i18n")):
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if path.is_dir() or SKIP_PARTS & set(rel.parts) or path.suffix in SKIP_SUFFIXES:
                continue
            if folder.name == PLUGIN and rel.parts[0] in ("resources", "metadata.txt"):
                continue  # symlinks into the checkout; packed from their real place
            yield path, f"{target}/{rel.as_posix()}"
    yield ROOT / "metadata.txt", f"{PLUGIN}/metadata.txt"
    yield ROOT / "README.md", f"{PLUGIN}/README.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "dist"))
    args = parser.parse_args()
    general = check_metadata(ROOT / "metadata.txt")
    if not (ROOT / "i18n" / "kip_nl.qm").exists():
        sys.exit("i18n/kip_nl.qm is missing: run make translations")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PLUGIN}-{general['version']}.zip"
    count = 0
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for source, name in files_to_pack():
            archive.write(source, name)
            count += 1
    print(f"{target}: {count} files, version {general['version']}")


if __name__ == "__main__":
    main()
