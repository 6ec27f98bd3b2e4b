#!/usr/bin/env bash
# Installs what KIP needs on Debian 12 (or newer): QGIS from Debian, a few tools, and a venv
# with the Python packages of requirements-dev.txt. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES="qgis python3-qgis qgis-providers xvfb xauth imagemagick poppler-utils pyqt5-dev-tools qttools5-dev-tools zip unzip make chromium chromium-driver postgresql-15 postgresql-15-postgis-3 python3-psycopg2 python3-pip"
missing=""
for p in $DEB_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q $missing
fi

VENV=.venv
if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating $VENV (with Debian's PyQGIS visible)"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
stamp="$VENV/.requirements.sha"
want=$(sha1sum requirements-dev.txt | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  # Keep Debian's numpy 1.x: GDAL's and SciPy's bindings are built against it.
  sysnumpy=$(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)' 2>/dev/null || true)
  constraint=()
  if [ -n "$sysnumpy" ]; then
    echo "numpy==$sysnumpy" > "$VENV/constraints.txt"
    constraint=(-c "$VENV/constraints.txt")
  fi
  "$VENV/bin/pip" install -q --disable-pip-version-check -r requirements-dev.txt "${constraint[@]}"
  echo "$want" > "$stamp"
fi
"$VENV/bin/python" - <<'PY'
import numpy, shapely, psycopg2
from qgis.core import Qgis
assert int(numpy.__version__.split(".")[0]) < 2, "numpy 2 would break GDAL's bindings"
assert int(shapely.__version__.split(".")[0]) >= 2, "KIP needs shapely 2"
print(f"Ready: QGIS {Qgis.QGIS_VERSION}, numpy {numpy.__version__}, shapely {shapely.__version__}")
PY
