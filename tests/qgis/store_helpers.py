"""Looking into a KIP's tables from the tests, whatever the backend: to tell whether anything changed."""
from __future__ import annotations

import sqlite3

from kip_plugin.core import schema as S

TABLES = (S.WORKS_TABLE, S.PARTIES_TABLE, S.HISTORY_TABLE)


def content(store):
    """Every row of the KIP's works, parties and history, in fid order."""
    if store.backend == "gpkg":
        with sqlite3.connect(store.address) as db:
            return [db.execute(f"SELECT * FROM {t} ORDER BY fid").fetchall() for t in TABLES]
    from psycopg2 import sql

    with store.connection().cursor() as cursor:
        result = []
        for table in TABLES:
            cursor.execute(sql.SQL("SELECT * FROM {}.{} ORDER BY fid").format(
                sql.Identifier(store.pg.schema), sql.Identifier(table)))
            result.append(cursor.fetchall())
        return result


def refuse_insert(store, work_id: str, message: str = "disk refused the work") -> None:
    """Make the store refuse to add the work ``work_id``: a failure half-way through a write."""
    if store.backend == "gpkg":
        with sqlite3.connect(store.address) as db:
            db.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON works WHEN NEW.work_id = '{work_id}' "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
        return
    from psycopg2 import sql

    schema = sql.Identifier(store.pg.schema)
    with store.connection().cursor() as cursor:
        cursor.execute(sql.SQL(
            "CREATE FUNCTION {schema}.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.work_id = {work} THEN RAISE EXCEPTION {message}; END IF; RETURN NEW; END $$; "
            "CREATE TRIGGER refuse BEFORE INSERT ON {schema}.works FOR EACH ROW EXECUTE FUNCTION {schema}.refuse()"
        ).format(schema=schema, work=sql.Literal(work_id), message=sql.Literal(message)))
