"""Login roles and shared KIPs for the PostGIS tests, as a database administrator would set them up."""
from __future__ import annotations

import secrets
from typing import Dict

from kip_plugin.store.address import PgAddress

DATABASE = "kip_test"
# Login role -> the group role a DBA made it a member of (None: no KIP role at all).
USERS: Dict[str, str] = {
    "anna": "kip_verkeer",
    "vera": "kip_verkeer",
    "bert": "kip_riolering",
    "cor": "kip_coordinator",
    "rita": "kip_reader",
    "nico": None,
}
PASSWORDS: Dict[str, str] = {}


def ensure_users(cluster) -> Dict[str, str]:
    """Create the login roles once per cluster (with their group roles); passwords go to the pgpass file."""
    if PASSWORDS:
        return PASSWORDS
    for user, group in USERS.items():
        password = secrets.token_hex(8)
        statements = []
        if group:
            statements.append(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
                f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$")
        statements.append(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        if group:
            statements.append(f"GRANT {group} TO {user}")
        cluster.psql("; ".join(statements), database=DATABASE)
        cluster.add_password(user, password)
        PASSWORDS[user] = password
    return PASSWORDS


def as_user(address: str, user: str) -> str:
    """The same shared KIP, logged in as ``user``."""
    pg = PgAddress.parse(address)
    return PgAddress(pg.host, pg.port, pg.dbname, user, pg.schema).uri()


def rows(cluster, user: str, sql: str) -> str:
    """What psql prints for ``sql`` run as ``user`` (raises CalledProcessError when PostgreSQL refuses)."""
    return cluster.psql(sql, database=DATABASE, user=user).strip()
