"""`make postgis`: a local PostgreSQL/PostGIS server with the Ede demo as a shared KIP, to try it out.

Starts (or reuses) a cluster in build/postgis on 127.0.0.1, makes the database `kip` with the demo
in schema `kip`, and login roles to try what each may do. Prints how to connect QGIS to it. The
server keeps running; `make postgis-stop` stops it.
"""
from __future__ import annotations

from kip_plugin.core.errors import KipError
import argparse
import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATABASE = "kip"
# Login roles for trying the rights: name -> the group role a DBA would make it a member of.
USERS = {"coordinator": "kip_coordinator", "verkeer": "kip_verkeer", "riolering": "kip_riolering",
         "raad": "kip_reader"}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", default=str(ROOT / "build" / "postgis"))
    parser.add_argument("--port", type=int, default=5433)
    args = parser.parse_args(argv)
    from scripts.postgis_cluster import LocalCluster

    from kip_plugin.headless import start_qgis

    app, _provider = start_qgis(processing=False)
    cluster = LocalCluster(Path(args.folder), args.port).start()
    os.environ["PGPASSFILE"] = str(cluster.pgpass)
    from kip_plugin.paths import demo_store_path
    from kip_plugin.store.copying import copy_kip
    from kip_plugin.store.kipstore import KipStore
    from kip_plugin.store.pg_connect import close_all

    if cluster.psql(f"SELECT count(*) FROM pg_database WHERE datname = '{DATABASE}'").strip() == "0":
        cluster.create_database(DATABASE)
    address = cluster.uri(DATABASE, schema="kip")
    try:
        store = KipStore.open(address)
        print(f"The demo KIP is there already: {len(list(store.parties()))} parties.")
    except KipError:
        store = copy_kip(str(demo_store_path()), address).store
        print(f"Copied the Ede demo into {address}.")
    known = set(cluster.pgpass.read_text().split())
    for user, group in USERS.items():
        if cluster.psql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{user}'").strip() == "0":
            password = secrets.token_hex(8)
            cluster.psql(f"CREATE ROLE {user} LOGIN PASSWORD '{password}' IN ROLE {group}")
            cluster.add_password(user, password)
        elif not any(line.split(":")[3] == user for line in known if line.count(":") >= 4):
            print(f"(the role {user} exists; its password is not in {cluster.pgpass})")
    close_all()
    print(f"""
A shared KIP runs on {cluster.host}:{cluster.port}, database '{DATABASE}', schema 'kip'.
Passwords are in {cluster.pgpass}; let QGIS and KIP find them with

    export PGPASSFILE={cluster.pgpass}

then start QGIS from that shell and use KIP › Connect to a shared KIP… with a saved PostgreSQL
connection (host {cluster.host}, port {cluster.port}, database {DATABASE}, user one of:
{", ".join(f"{u} ({g})" for u, g in USERS.items())}), or give Processing this address:

    postgresql://verkeer@{cluster.host}:{cluster.port}/{DATABASE}?schema=kip

Stop the server with `make postgis-stop`.""")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
