"""A folder of package files made from the packages of this checkout's venv, for installing without internet."""
from __future__ import annotations

import csv
import zipfile
from importlib import metadata
from pathlib import Path


def wheel_of(name: str, folder: Path) -> Path:
    """Pack the installed distribution ``name`` (files listed in its RECORD) back into a wheel in ``folder``."""
    dist = metadata.distribution(name)
    info = Path(dist._path)  # the .dist-info folder
    site = info.parent
    tags = [line.split(":", 1)[1].strip() for line in (info / "WHEEL").read_text().splitlines()
            if line.startswith("Tag:")]
    target = folder / f"{dist.metadata['Name']}-{dist.version}-{tags[0]}.whl"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
        for row in csv.reader((info / "RECORD").read_text().splitlines()):
            path = row[0]
            if "__pycache__" in path or path.endswith(("INSTALLER", "REQUESTED", "direct_url.json")):
                continue
            if (site / path).is_file():
                wheel.write(site / path, path)
    return target
