"""The PostGIS self-join, on a throwaway PostgreSQL cluster under build/bench (when PostGIS is installed)."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import time
from pathlib import Path
from typing import List, Optional

PORT = 54329
USER = "postgres"  # PostgreSQL refuses to run as root

# The KIP pair definition in SQL: near in space, windows overlapping, different owners, no events.
PAIRS_SQL = """
SELECT count(*) FROM {table} a JOIN {table} b
  ON a.fid < b.fid
 AND ST_DWithin(a.geom, b.geom, 25)
 AND daterange(coalesce(a.earliest_start, a.start_date), coalesce(a.latest_end, a.end_date), '[]')
  && daterange(coalesce(b.earliest_start, b.start_date), coalesce(b.latest_end, b.end_date), '[]')
 AND a.owner <> b.owner
WHERE a.status NOT IN ('done', 'cancelled') AND b.status NOT IN ('done', 'cancelled')
  AND a.work_type <> 'event' AND b.work_type <> 'event'
"""


def _bin(name: str) -> Optional[str]:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))), None)
    return found


def available() -> str:
    """Empty when PostgreSQL with PostGIS can be used here, else why not."""
    if _bin("pg_ctl") is None or _bin("initdb") is None:
        return "PostgreSQL is not installed"
    if not glob.glob("/usr/share/postgresql/*/extension/postgis.control"):
        return "PostGIS is not installed (apt-get install postgresql-15-postgis-3)"
    if shutil.which("ogr2ogr") is None:
        return "ogr2ogr is not installed"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is not installed"
    return ""


class Server:
    """A PostgreSQL cluster in ``folder``, started for the benchmark and stopped after it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "pgdata"
        self.as_user: List[str] = []
        if os.geteuid() == 0:
            self.as_user = ["runuser", "-u", USER, "--"]

    def _run(self, *command: str) -> None:
        subprocess.run([*self.as_user, *command], check=True, capture_output=True, text=True)

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_user:
            uid = pwd.getpwnam(USER).pw_uid
            os.chown(self.folder, uid, -1)
        if not (self.data / "PG_VERSION").exists():
            self._run(_bin("initdb"), "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8")
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.data / "server.log"), "-w", "-o",
                  f"-p {PORT} -k {self.data} -c listen_addresses=''", "start")

    def stop(self) -> None:
        self._run(_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def connect(self):
        import psycopg2

        return psycopg2.connect(host=str(self.data), port=PORT, user=USER, dbname="postgres")

    def load(self, gpkg: str, table: str) -> None:
        """The works of ``gpkg`` as ``table`` with a GiST index on the geometry (once)."""
        with self.connect() as db, db.cursor() as cur:
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            cur.execute("SELECT to_regclass(%s)", (table,))
            if cur.fetchone()[0] is not None:
                return
        subprocess.run(
            ["ogr2ogr", "-f", "PostgreSQL", f"PG:host={self.data} port={PORT} user={USER} dbname=postgres", gpkg,
             "works", "-nln", table, "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-lco", "SPATIAL_INDEX=GIST",
             "--config", "PG_USE_COPY", "YES"],
            check=True, capture_output=True, text=True,
        )
        with self.connect() as db, db.cursor() as cur:
            cur.execute(f"ANALYZE {table}")

    def pairs(self, table: str) -> tuple:
        """Seconds and count of the self-join, and whether its plan uses the GiST index."""
        with self.connect() as db, db.cursor() as cur:
            # Compiling this query costs PostgreSQL more than running it: no JIT.
            cur.execute("SET jit = off")
            cur.execute("EXPLAIN " + PAIRS_SQL.format(table=table))
            plan = "\n".join(row[0] for row in cur.fetchall())
            begin = time.perf_counter()
            cur.execute(PAIRS_SQL.format(table=table))
            count = cur.fetchone()[0]
            seconds = time.perf_counter() - begin
        return seconds, count, "geom_geom_idx" in plan or "Index Scan" in plan
