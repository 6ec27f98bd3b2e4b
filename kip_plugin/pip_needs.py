"""Run by KIP with the Python that runs pip: which dependencies of some packages are still missing.

    python pip_needs.py PREFIX REQUIREMENT...

Looks at the packages installed below PREFIX that the requirements name, reads what they
require, and prints each requirement that neither PREFIX nor the interpreter's own packages
meet, one a line. Uses only the standard library and the ``packaging`` that pip brings.
"""
from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

try:
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
except ImportError:  # pip carries its own copy
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import Requirement


def _normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def main(prefix: str, requirements) -> int:
    folders = [str(p) for pattern in ("**/site-packages", "**/dist-packages") for p in Path(prefix).glob(pattern)]
    sys.path[:0] = folders
    installed = {}
    for dist in metadata.distributions(path=folders + sys.path):
        installed.setdefault(_normal(dist.metadata["Name"]), dist)
    environment = default_environment()
    todo = [Requirement(text) for text in requirements]
    seen, unmet = set(), []
    while todo:
        requirement = todo.pop()
        key = _normal(requirement.name)
        if key in seen:
            continue
        seen.add(key)
        dist = installed.get(key)
        if dist is None or not requirement.specifier.contains(dist.version, prereleases=True):
            unmet.append(str(requirement))
            continue
        for text in dist.requires or []:
            needed = Requirement(text)
            if needed.marker is None or needed.marker.evaluate(dict(environment, extra="")):
                todo.append(needed)
    for text in unmet:
        if _normal(Requirement(text).name) not in {_normal(Requirement(r).name) for r in requirements}:
            print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
