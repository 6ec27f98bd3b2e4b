"""The database side of a shared KIP: versioned migrations, group roles and their rights.

Migrations are SQL files ``migrations/postgis/NNNN_name.sql`` (NNNN: the schema version they
reach). Identifiers in them are filled in by psycopg2's quoting, never by pasting user text.
Roles are cluster-wide: ``kip_coordinator`` (edits every work, adds parties), ``kip_reader``
(reads everything) and one ``kip_<code>`` per party (edits that party's works).
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import List, Sequence, Tuple

from ..core import schema as S
from ..core.errors import StoreError
from ..core.schema import QT_TRANSLATE_NOOP
from .pg_connect import psycopg2_module

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations" / "postgis"
COORDINATOR = "kip_coordinator"
READER = "kip_reader"
# The first schema version that exists on PostgreSQL.
FIRST_VERSION = 2


def party_role(code: str) -> str:
    """The group role of a party."""
    return "kip_" + code


def migrations() -> List[Tuple[int, Path]]:
    """The migration files, by the version they reach."""
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        match = re.match(r"^(\d{4})_", path.name)
        if match:
            found.append((int(match.group(1)), path))
    return found


def _sql():
    return psycopg2_module().sql


def postgis_schema(cursor) -> str:
    """The schema PostGIS is installed in; a clear error when it is not installed."""
    cursor.execute("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                   "WHERE e.extname = 'postgis'")
    row = cursor.fetchone()
    if row is None:
        cursor.execute("SELECT current_database()")
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "PostGIS is not installed in the database '{db}': run CREATE EXTENSION "
                                          "postgis there first."),
            db=cursor.fetchone()[0])
    return row[0]


def schema_exists(cursor, schema: str) -> bool:
    """Whether a schema of that name exists."""
    cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,))
    return cursor.fetchone() is not None


def role_exists(cursor, role: str) -> bool:
    """Whether a role of that name exists in the cluster."""
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
    return cursor.fetchone() is not None


def _create_role(cursor, role: str) -> None:
    if role_exists(cursor, role):
        return
    cursor.execute("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
    if not cursor.fetchone()[0]:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The role '{role}' does not exist and you may not create roles; ask the "
                                          "database administrator (CREATEROLE) to create the shared KIP or to add "
                                          "the party."),
            role=role)
    cursor.execute(_sql().SQL("CREATE ROLE {} NOLOGIN").format(_sql().Identifier(role)))


def run_migration(cursor, schema: str, postgis: str, version: int, path: Path, srid: int) -> None:
    """Run one migration file with the schema's and PostGIS's names quoted by the driver."""
    sql = _sql()
    text = path.read_text(encoding="utf-8")
    statement = sql.SQL(text).format(schema=sql.Identifier(schema), postgis=sql.Identifier(postgis),
                                     srid=sql.Literal(int(srid)), schema_literal=sql.Literal(schema))
    cursor.execute(statement)
    cursor.execute(
        sql.SQL("UPDATE {}.kip_meta SET value = %s WHERE key = 'schema_version'").format(sql.Identifier(schema)),
        (str(version),),
    )


def create_schema(cursor, schema: str, srid: int, crs_authid: str, parties: Sequence[S.Party], title: str) -> None:
    """Create the KIP's schema, tables, triggers, policies and roles (inside the caller's transaction)."""
    sql = _sql()
    if schema_exists(cursor, schema):
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The schema '{schema}' exists already; nothing was changed. Choose "
                                          "another schema for a new shared KIP."),
            schema=schema)
    postgis = postgis_schema(cursor)
    for role in (COORDINATOR, READER):
        _create_role(cursor, role)
    steps = migrations()
    base, path = steps[0]
    run_migration_base(cursor, schema, postgis, base, path, srid)
    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()
    meta = sql.SQL("INSERT INTO {}.kip_meta (key, value) VALUES (%s, %s)").format(sql.Identifier(schema))
    for key, value in (("created_at", now), ("title", title), ("crs", crs_authid)):
        cursor.execute(meta, (key, value))
    for version, path in steps[1:]:
        run_migration(cursor, schema, postgis, version, path, srid)
    for party in parties:
        add_party_rows(cursor, schema, party)
    # The creator works as coordinator (with FORCE ROW LEVEL SECURITY the owner is bound too).
    cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    if not cursor.fetchone()[0]:
        cursor.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(COORDINATOR)))
    ensure_layer_styles(cursor)


def run_migration_base(cursor, schema: str, postgis: str, version: int, path: Path, srid: int) -> None:
    """The first migration, which makes kip_meta; it records its own version."""
    sql = _sql()
    text = path.read_text(encoding="utf-8")
    cursor.execute(sql.SQL(text).format(schema=sql.Identifier(schema), postgis=sql.Identifier(postgis),
                                        srid=sql.Literal(int(srid))))
    cursor.execute(
        sql.SQL("INSERT INTO {}.kip_meta (key, value) VALUES ('schema_version', %s)").format(sql.Identifier(schema)),
        (str(version),),
    )


def migrate(cursor, schema: str, from_version: int, srid: int) -> int:
    """Bring a shared KIP from ``from_version`` to the newest version (in the caller's transaction)."""
    postgis = postgis_schema(cursor)
    version = from_version
    for target, path in migrations():
        if target > from_version:
            run_migration(cursor, schema, postgis, target, path, srid)
            version = target
    return version


def grant_party(cursor, schema: str, code: str) -> None:
    """Create the role of party ``code`` when missing and give it its rights in ``schema``."""
    sql = _sql()
    role = sql.Identifier(party_role(code))
    _create_role(cursor, party_role(code))
    s = sql.Identifier(schema)
    cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, role))
    cursor.execute(sql.SQL("GRANT SELECT ON {s}.kip_meta, {s}.parties, {s}.works, {s}.works_history TO {r}").format(
        s=s, r=role))
    cursor.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {}.works TO {}").format(s, role))
    cursor.execute(sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {}.works_fid_seq TO {}").format(s, role))
    # Whoever may edit works may run the analysis and replace the results kept in the KIP.
    for table, _fields, _geometry in S.SHARED_TABLES:
        t = sql.Identifier(table)
        cursor.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {}.{} TO {}").format(s, t, role))
        cursor.execute(sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {}.{} TO {}").format(
            s, sql.Identifier(table + "_fid_seq"), role))
    cursor.execute("SELECT to_regclass('layer_styles') IS NOT NULL")
    if cursor.fetchone()[0]:
        _try(cursor, sql.SQL("GRANT SELECT ON layer_styles TO {}").format(role))


def add_party_rows(cursor, schema: str, party: S.Party) -> None:
    """Insert a party and give its role its rights (in the caller's transaction)."""
    sql = _sql()
    cursor.execute(
        sql.SQL("INSERT INTO {}.parties (code, name, kind, colour, public_contact) VALUES (%s, %s, %s, %s, %s)").format(
            sql.Identifier(schema)),
        (party.code, party.name, party.kind, party.colour, party.public_contact or None),
    )
    grant_party(cursor, schema, party.code)


def _try(cursor, statement) -> bool:
    """Run ``statement`` in a savepoint; False (and nothing changed) when it fails."""
    psycopg2 = psycopg2_module()
    cursor.execute("SAVEPOINT kip_try")
    try:
        cursor.execute(statement)
    except psycopg2.Error:
        cursor.execute("ROLLBACK TO SAVEPOINT kip_try")
        return False
    cursor.execute("RELEASE SAVEPOINT kip_try")
    return True


# QGIS's own table of layer styles (as QGIS 3.22 creates it), found through the search path.
_LAYER_STYLES = """CREATE TABLE public.layer_styles (
    id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar, f_table_name varchar,
    f_geometry_column varchar, stylename text, styleqml xml, stylesld xml, useasdefault boolean,
    description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml,
    update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)"""


def ensure_layer_styles(cursor) -> bool:
    """Make sure QGIS's ``layer_styles`` table exists and KIP's roles may use it; False when it may not be made."""
    sql = _sql()
    cursor.execute("SELECT to_regclass('layer_styles') IS NOT NULL")
    if not cursor.fetchone()[0] and not _try(cursor, _LAYER_STYLES):
        return False
    _try(cursor, sql.SQL("GRANT SELECT ON layer_styles TO {}").format(sql.Identifier(READER)))
    _try(cursor, sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON layer_styles TO {}").format(
        sql.Identifier(COORDINATOR)))
    cursor.execute("SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE c.oid = pg_get_serial_sequence('layer_styles', 'id')::regclass")
    sequence = cursor.fetchone()
    if sequence:
        _try(cursor, sql.SQL("GRANT USAGE, SELECT ON SEQUENCE {} TO {}").format(
            sql.Identifier(*sequence), sql.Identifier(COORDINATOR)))
    return True
