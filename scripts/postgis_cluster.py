"""A throw-away PostgreSQL 15 + PostGIS 3 cluster on 127.0.0.1, for the tests and `make postgis`.

The cluster lives in a folder of its own (initdb), listens on a free port of 127.0.0.1 only
and is run by an unprivileged user: `postgres` when started as root (PostgreSQL refuses to
run as root), else the current user. Its superuser `postgres` has a random password kept in
a pgpass file in the same folder, so that clients find it through PGPASSFILE.
"""
from __future__ import annotations

import argparse
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Optional

BIN = Path(os.environ.get("KIP_PG_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "postgres"


class PsqlError(subprocess.CalledProcessError):
    """psql failed; the message is what PostgreSQL said."""

    def __str__(self) -> str:
        return (self.stderr or "").strip() or super().__str__()


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nobody listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalCluster:
    """One PostgreSQL cluster in ``folder``; ``start()`` it, ``stop()`` it (also after a failure)."""

    def __init__(self, folder: Optional[Path] = None, port: Optional[int] = None):
        self.folder = Path(folder or tempfile.mkdtemp(prefix="kip_pg_"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.pgpass = self.folder / "pgpass"
        self.log = self.folder / "postgres.log"
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self.password = secrets.token_hex(12)
        self.running = False
        self._as_root = os.geteuid() == 0

    # ---- running programs as the cluster's user ----------------------------------

    def _run(self, args: List[str], **kwargs) -> subprocess.CompletedProcess:
        command = [str(a) for a in args]
        if self._as_root:
            command = ["runuser", "-u", SUPERUSER, "--"] + command
        return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)

    def _own(self, path: Path) -> None:
        if self._as_root:
            shutil.chown(path, SUPERUSER, SUPERUSER)

    # ---- life cycle -------------------------------------------------------------------

    def start(self) -> "LocalCluster":
        """initdb (first time), start the server and wait until it takes connections."""
        if not (BIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL 15 is not installed ({BIN}); run scripts/setup.sh")
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o755)
        self._own(self.folder)
        if not (self.data / "PG_VERSION").exists():
            pwfile = self.folder / "pwfile"
            pwfile.write_text(self.password + "\n")
            self._own(pwfile)
            self._run([BIN / "initdb", "-D", self.data, "-U", SUPERUSER, "--pwfile", pwfile, "-E", "UTF8",
                       "--locale", "C.UTF-8", "--auth-local", "scram-sha-256", "--auth-host", "scram-sha-256"])
            pwfile.unlink()
        else:
            self.password = self._read_password()
        if self.is_running():  # started before: keep its port
            self.port = int(self.pgpass.read_text().split(":")[1])
            self.running = True
            return self
        self.socket_dir.mkdir(exist_ok=True)
        self._own(self.socket_dir)
        self.pgpass.write_text(f"{self.host}:{self.port}:*:{SUPERUSER}:{self.password}\n")
        os.chmod(self.pgpass, 0o600)
        self.log.touch()
        self._own(self.log)
        options = (f"-c listen_addresses={self.host} -c port={self.port} "
                   f"-c unix_socket_directories={self.socket_dir} -c fsync=off -c full_page_writes=off "
                   f"-c synchronous_commit=off -c max_connections=200")
        self._run([BIN / "pg_ctl", "-D", self.data, "-l", self.log, "-o", options, "-w", "-t", "60", "start"])
        self.running = True
        return self

    def is_running(self) -> bool:
        """Whether the server of this folder runs already (started earlier, e.g. by `make postgis`)."""
        if not (self.data / "postmaster.pid").exists():
            return False
        try:
            self._run([BIN / "pg_ctl", "-D", self.data, "status"])
        except subprocess.CalledProcessError:
            return False
        return True

    def _read_password(self) -> str:
        line = self.pgpass.read_text().strip().splitlines()[0] if self.pgpass.exists() else ""
        return line.rsplit(":", 1)[-1] if line else self.password

    def stop(self) -> None:
        """Stop the server (fast shutdown); safe to call twice."""
        if self.running:
            try:
                self._run([BIN / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"])
            finally:
                self.running = False

    def remove(self) -> None:
        """Stop the server and delete its folder."""
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ---- using it ---------------------------------------------------------------------

    def env(self) -> dict:
        """Environment variables that let libpq clients (psycopg2, QGIS, psql) log in as the superuser."""
        return {"PGPASSFILE": str(self.pgpass)}

    def add_password(self, role: str, password: str) -> None:
        """Let clients log in as ``role`` through the pgpass file."""
        with open(self.pgpass, "a") as f:
            f.write(f"{self.host}:{self.port}:*:{role}:{password}\n")

    def uri(self, database: str = "postgres", user: str = SUPERUSER, schema: Optional[str] = None) -> str:
        """A libpq URI of a database of this cluster (without password)."""
        tail = f"?schema={schema}" if schema else ""
        return f"postgresql://{user}@{self.host}:{self.port}/{database}{tail}"

    def psql(self, sql: str, database: str = "postgres", user: str = SUPERUSER) -> str:
        """Run SQL through psql (as ``user``); returns what it printed; raises on any error."""
        env = dict(os.environ, PGPASSFILE=str(self.pgpass))
        done = subprocess.run(
            [str(BIN / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", self.host, "-p", str(self.port),
             "-U", user, "-d", database, "-c", sql],
            capture_output=True, text=True, env=env,
        )
        if done.returncode != 0:
            raise PsqlError(done.returncode, "psql", done.stdout, done.stderr)
        return done.stdout

    def create_database(self, name: str) -> None:
        """A new database with PostGIS."""
        self.psql(f'CREATE DATABASE "{name}"')
        self.psql("CREATE EXTENSION postgis", database=name)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="A local PostgreSQL/PostGIS cluster for trying a shared KIP.")
    parser.add_argument("--folder", default="build/postgis", help="where the cluster lives (default build/postgis)")
    parser.add_argument("--port", type=int, default=5433)
    parser.add_argument("command", choices=("start", "stop"))
    args = parser.parse_args(argv)
    cluster = LocalCluster(Path(args.folder).resolve(), args.port)
    if args.command == "stop":
        cluster.running = cluster.is_running()
        cluster.stop()
        return 0
    cluster.start()
    print(cluster.uri())
    return 0


if __name__ == "__main__":
    sys.exit(main())
