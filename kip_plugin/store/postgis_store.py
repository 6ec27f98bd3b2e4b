"""A shared KIP: a schema in a PostgreSQL/PostGIS database, edited by many parties at once.

Everyone reads every work; the database itself (row-level security) lets a user add, change
and delete only the works of the parties whose group role ``kip_<code>`` they are a member of,
or all works as a member of ``kip_coordinator``. Row versions and a history are kept by triggers.
"""
from __future__ import annotations

from typing import Dict, FrozenSet, List, Optional, Sequence

from qgis.core import QgsCoordinateReferenceSystem, QgsDataSourceUri, QgsVectorLayer, QgsWkbTypes

from ..core import schema as S
from ..core.errors import StoreError
from ..core.schema import QT_TRANSLATE_NOOP
from . import pg_schema
from .address import PgAddress
from .kipstore import KipStore, check_party
from .pg_connect import connection_for, psycopg2_module, transaction

# information_schema data types accepted for each kind of schema field.
_PG_TYPES = {
    S.TEXT: {"text", "character varying", "character", "json", "jsonb"},
    S.DATE: {"date"},
    S.DATETIME: {"timestamp without time zone", "timestamp with time zone"},
    S.BOOL: {"boolean"},
    S.REAL: {"double precision", "real", "numeric", "integer", "bigint", "smallint"},
    S.INTEGER: {"integer", "bigint", "smallint"},
}


class PostgisStore(KipStore):
    """An open shared KIP."""

    backend = "postgis"
    provider_key = "postgres"

    def __init__(self, pg: PgAddress, read_only: bool, crs: QgsCoordinateReferenceSystem, meta: Dict[str, str],
                 srid: int, user: str, editable: FrozenSet[str], coordinator: bool):
        super().__init__(pg.uri(), read_only, crs, meta)
        self.pg = pg
        self.srid = srid
        self.user = user
        self._editable = editable
        self._coordinator = coordinator

    # ---- opening and creating -------------------------------------------------------

    @classmethod
    def open(cls, address: str) -> "PostgisStore":
        """Connect, check the schema and learn what the current user may do."""
        pg = PgAddress.parse(address)
        connection = connection_for(pg)
        psycopg2 = psycopg2_module()
        try:
            with transaction(connection) as cursor:
                if not pg_schema.schema_exists(cursor, pg.schema):
                    raise StoreError(
                        QT_TRANSLATE_NOOP("@default", "There is no KIP in the schema '{schema}' of the database "
                                                      "'{db}' (create one with 'Create a shared KIP')."),
                        schema=pg.schema, db=pg.dbname)
                meta = _read_meta(cursor, pg)
                version = meta.get("schema_version", "")
                if not version.isdigit() or int(version) > S.SCHEMA_VERSION:
                    raise StoreError(
                        QT_TRANSLATE_NOOP("@default", "The shared KIP '{path}' has schema version '{version}'; "
                                                      "this version of KIP reads version {supported} and older. "
                                                      "Update the KIP plugin to open it."),
                        path=pg.uri(), version=version, supported=S.SCHEMA_VERSION)
                if int(version) < S.SCHEMA_VERSION:
                    _upgrade(cursor, pg, int(version))
                    meta["schema_version"] = str(S.SCHEMA_VERSION)
                _check_columns(cursor, pg, S.WORKS_TABLE, S.WORK_FIELDS)
                _check_columns(cursor, pg, S.PARTIES_TABLE, S.PARTY_FIELDS)
                srid = _srid(cursor, pg)
                user, editable, coordinator = _rights(cursor, pg)
        except psycopg2.Error as error:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Cannot read the shared KIP '{path}': {error}"),
                path=pg.uri(), error=_first_line(error)) from None
        crs = QgsCoordinateReferenceSystem(f"EPSG:{srid}")
        if not crs.isValid():
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The shared KIP '{path}' has no valid CRS."),
                path=pg.uri())
        read_only = not editable and not coordinator
        return cls(pg, read_only, crs, meta, srid, user, editable, coordinator)

    @classmethod
    def create(cls, address: str, crs: str = S.DEFAULT_CRS, parties: Sequence[S.Party] = S.DEFAULT_PARTIES,
               title: str = "") -> "PostgisStore":
        """Create the schema, tables, policies and roles; refuse (changing nothing) when the schema exists."""
        pg = PgAddress.parse(address)
        qcrs = QgsCoordinateReferenceSystem(crs)
        if not qcrs.isValid() or qcrs.isGeographic():
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store needs a projected CRS in metres; '{crs}' is not one."),
                crs=crs)
        srid = qcrs.postgisSrid()
        if not qcrs.authid().upper().startswith("EPSG:") or srid <= 0:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "A shared KIP needs a CRS with an EPSG code; '{crs}' has none."),
                crs=crs)
        for party in parties:
            check_party(party)
        connection = connection_for(pg)
        psycopg2 = psycopg2_module()
        try:
            with transaction(connection) as cursor:
                pg_schema.create_schema(cursor, pg.schema, srid, qcrs.authid(), parties, title)
        except psycopg2.Error as error:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Could not create the shared KIP '{path}'; nothing was changed: "
                                              "{error}"),
                path=pg.uri(), error=_first_line(error)) from None
        return cls.open(pg.uri())

    # ---- what the current user may do -----------------------------------------------------

    def editable_parties(self) -> FrozenSet[str]:
        """Codes of the parties whose works the current user may change (all for a coordinator)."""
        if self._coordinator:
            return frozenset(p.code for p in self.parties())
        return self._editable

    def may_edit(self, code: str) -> bool:
        return self._coordinator or code in self._editable

    @property
    def is_coordinator(self) -> bool:
        return self._coordinator

    # ---- layers -----------------------------------------------------------------------

    def _uri(self, table: str, geometry: Optional[str], subset: str = "") -> QgsDataSourceUri:
        uri = QgsDataSourceUri()
        ssl = QgsDataSourceUri.decodeSslMode(self.pg.sslmode) if self.pg.sslmode else QgsDataSourceUri.SslPrefer
        # No password: libpq finds it (PGPASSWORD, ~/.pgpass) or QGIS does, through the authcfg.
        uri.setConnection(self.pg.host, str(self.pg.port), self.pg.dbname, self.pg.user, "", ssl, self.pg.authcfg)
        uri.setDataSource(self.pg.schema, table, geometry, subset, "fid")
        if geometry:
            uri.setSrid(str(self.srid))
            uri.setWkbType(QgsWkbTypes.MultiPolygon)
        return uri

    def works_uri(self, party: Optional[str] = None) -> str:
        """Data source (postgres provider) of the works, or of one party's works."""
        subset = ""
        if party is not None:
            check_party(S.Party(party, party, "partner", "#000000"))  # a code, not SQL
            subset = f"\"{S.F_OWNER}\" = '{party}'"
        return self._uri(S.WORKS_TABLE, S.GEOMETRY_COLUMN, subset).uri(False)

    def parties_layer(self) -> QgsVectorLayer:
        layer = QgsVectorLayer(self._uri(S.PARTIES_TABLE, None).uri(False), S.PARTIES_TABLE, "postgres")
        if not layer.isValid():
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Cannot open the parties of the KIP store '{path}'."),
                path=self.address)
        if not self._coordinator:
            layer.setReadOnly(True)
        return layer

    def _attach(self, layer: QgsVectorLayer) -> None:
        from .version_guard import VersionGuard

        VersionGuard.attach(layer, self)

    # ---- parties -------------------------------------------------------------------------

    def connection(self):
        """This thread's connection to the KIP's database."""
        return connection_for(self.pg)

    def parties(self) -> List[S.Party]:
        sql = psycopg2_module().sql
        contact = sql.SQL("coalesce(public_contact, '')" if self.schema_version >= 3 else "''")
        with transaction(self.connection()) as cursor:
            cursor.execute(sql.SQL("SELECT code, name, kind, colour, {} FROM {}.parties ORDER BY fid").format(
                contact, sql.Identifier(self.pg.schema)))
            return [S.Party(*row) for row in cursor.fetchall()]

    def table_uri(self, table: str) -> str:
        kind = {t: g for t, _specs, g in S.SHARED_TABLES}.get(table, "")
        uri = self._uri(table, S.GEOMETRY_COLUMN if kind else None)
        if kind:
            uri.setWkbType(QgsWkbTypes.parseType(kind))
        return uri.uri(False)

    def _insert_party(self, party: S.Party) -> None:
        psycopg2 = psycopg2_module()
        try:
            with transaction(self.connection()) as cursor:
                pg_schema.add_party_rows(cursor, self.pg.schema, party)
        except psycopg2.errors.InsufficientPrivilege as error:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "You may not add parties to this shared KIP ({error}); a member of "
                                              "kip_coordinator who may create roles can."),
                error=_first_line(error)) from None
        except psycopg2.Error as error:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Could not add '{code}': {error}"),
                code=party.code, error=_first_line(error)) from None


# ---- checks when opening ------------------------------------------------------------------


def _first_line(error: Exception) -> str:
    text = getattr(error, "pgerror", None) or str(error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__


def _read_meta(cursor, pg: PgAddress) -> Dict[str, str]:
    psycopg2 = psycopg2_module()
    sql = psycopg2.sql
    try:
        cursor.execute(sql.SQL("SELECT key, value FROM {}.kip_meta").format(sql.Identifier(pg.schema)))
    except psycopg2.errors.InsufficientPrivilege:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "You ({user}) may not read the shared KIP '{path}'. Ask the database "
                                          "administrator to make you a member of kip_reader, kip_coordinator or a "
                                          "party's role kip_<code>."),
            user=pg.user or "?", path=pg.uri()) from None
    except psycopg2.errors.UndefinedTable:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "'{path}' is not a KIP: the table 'kip_meta' is missing in the schema "
                                          "'{schema}'."),
            path=pg.uri(), schema=pg.schema) from None
    return {key: value for key, value in cursor.fetchall()}


def _upgrade(cursor, pg: PgAddress, version: int) -> None:
    """Run the newer migrations, when the current user owns the schema."""
    cursor.execute("SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace WHERE nspname = %s",
                   (pg.schema,))
    if not cursor.fetchone()[0]:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The shared KIP '{path}' has schema version {version}; this KIP needs "
                                          "version {needed}. Its owner brings it up to date by opening it once "
                                          "with this version of KIP."),
            path=pg.uri(), version=version, needed=S.SCHEMA_VERSION)
    pg_schema.migrate(cursor, pg.schema, version, _srid(cursor, pg))


def _check_columns(cursor, pg: PgAddress, table: str, specs) -> None:
    cursor.execute("SELECT column_name, data_type FROM information_schema.columns "
                   "WHERE table_schema = %s AND table_name = %s", (pg.schema, table))
    have = {name.lower(): kind for name, kind in cursor.fetchall()}
    if not have:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "'{path}' is not a KIP: the table '{table}' is missing."),
            path=pg.uri(), table=table)
    for spec in specs:
        kind = have.get(spec.name)
        if kind is None and spec.optional:
            continue  # a field of a later schema version: an older store works without it
        if kind is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store '{path}': the table '{table}' has no field '{field}'."),
                path=pg.uri(), table=table, field=spec.name)
        if kind not in _PG_TYPES[spec.kind]:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The KIP store '{path}': the field '{field}' of table '{table}' has "
                                              "type {actual}; expected {expected}."),
                path=pg.uri(), field=spec.name, table=table, actual=kind, expected=spec.kind)


def _srid(cursor, pg: PgAddress) -> int:
    cursor.execute("SELECT srid FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s "
                   "AND f_geometry_column = %s", (pg.schema, S.WORKS_TABLE, S.GEOMETRY_COLUMN))
    row = cursor.fetchone()
    if row is None or not row[0]:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The KIP store '{path}': the works table has no geometry column with a "
                                          "CRS."),
            path=pg.uri())
    return int(row[0])


def _rights(cursor, pg: PgAddress):
    """The current user, the parties they may edit, and whether they coordinate."""
    sql = psycopg2_module().sql
    cursor.execute("SELECT current_user, EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = %s "
                   "AND pg_has_role(current_user, r.oid, 'MEMBER'))", (pg_schema.COORDINATOR,))
    user, coordinator = cursor.fetchone()
    cursor.execute(
        sql.SQL("SELECT p.code FROM {}.parties p JOIN pg_roles r ON r.rolname = 'kip_' || p.code "
                "WHERE pg_has_role(current_user, r.oid, 'MEMBER')").format(sql.Identifier(pg.schema))
    )
    return user, frozenset(row[0] for row in cursor.fetchall()), bool(coordinator)
