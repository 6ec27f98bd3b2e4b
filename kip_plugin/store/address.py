"""Where a KIP lives: a GeoPackage path, or a libpq URI of a PostgreSQL/PostGIS schema.

A shared KIP is addressed as ``postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA`` (schema
``kip`` by default). The address never holds a password: libpq finds it in ``~/.pgpass`` or
``PGPASSWORD``, or QGIS's authentication database gives it for an ``authcfg`` id.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from ..core.errors import StoreError
from ..core.schema import QT_TRANSLATE_NOOP

DEFAULT_SCHEMA = "kip"
DEFAULT_PORT = 5432
_SCHEMES = ("postgresql", "postgres")
_KNOWN_OPTIONS = ("schema", "authcfg", "sslmode")


def is_postgres(address: str) -> bool:
    """Whether ``address`` names a shared KIP (a PostgreSQL URI) rather than a GeoPackage."""
    head = (address or "").strip().split(":", 1)[0].lower()
    return head in _SCHEMES and "://" in (address or "")


@dataclass(frozen=True)
class PgAddress:
    """A KIP schema in a PostgreSQL database."""

    host: str
    port: int
    dbname: str
    user: str = ""
    schema: str = DEFAULT_SCHEMA
    authcfg: str = ""
    sslmode: str = ""

    @classmethod
    def parse(cls, text: str) -> "PgAddress":
        """Read a ``postgresql://`` URI; refuse one with a password or unknown options."""
        parts = urlsplit((text or "").strip())
        if parts.scheme.lower() not in _SCHEMES:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "'{text}' is not a PostgreSQL address (postgresql://…)."),
                text=text)
        if parts.password is not None:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Do not put a password in the address of a shared KIP: KIP takes it "
                                              "from QGIS's authentication database (authcfg), ~/.pgpass or "
                                              "PGPASSWORD."))
        dbname = unquote(parts.path.lstrip("/"))
        if not parts.hostname or not dbname:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The address '{text}' needs a host and a database: "
                                              "postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA."),
                text=text)
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The port in '{text}' is not a number."),
                text=text) from None
        options = dict(parse_qsl(parts.query, keep_blank_values=True))
        unknown = sorted(set(options) - set(_KNOWN_OPTIONS))
        if unknown:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Unknown option '{option}' in the address; KIP knows: {known}."),
                option=unknown[0], known=", ".join(_KNOWN_OPTIONS))
        schema = options.get("schema") or DEFAULT_SCHEMA
        if len(schema.encode("utf-8")) > 63:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "The schema name '{schema}' is longer than PostgreSQL allows."),
                schema=schema)
        return cls(
            host=parts.hostname,
            port=port,
            dbname=dbname,
            user=unquote(parts.username or ""),
            schema=schema,
            authcfg=options.get("authcfg", ""),
            sslmode=options.get("sslmode", ""),
        )

    def uri(self) -> str:
        """The address as KIP stores and shows it (no password, ever)."""
        user = quote(self.user, safe="") + "@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        options = {"schema": self.schema}
        if self.authcfg:
            options["authcfg"] = self.authcfg
        if self.sslmode:
            options["sslmode"] = self.sslmode
        return f"postgresql://{user}{host}:{self.port}/{quote(self.dbname, safe='')}?{urlencode(options)}"

    def with_schema(self, schema: str) -> "PgAddress":
        """The same database, another schema."""
        return PgAddress(self.host, self.port, self.dbname, self.user, schema, self.authcfg, self.sslmode)

    def __str__(self) -> str:
        return self.uri()


def normalise(address: str) -> str:
    """The canonical form of an address: an absolute file path, or the URI without surprises."""
    address = (address or "").strip()
    if is_postgres(address):
        return PgAddress.parse(address).uri()
    return os.path.abspath(address) if address else address


def for_project(address: str, project_dir: Optional[str]) -> str:
    """How a project file keeps ``address``: a GeoPackage relative to the project's folder."""
    if is_postgres(address) or not project_dir:
        return address
    try:
        relative = os.path.relpath(address, project_dir)
    except ValueError:  # another drive on Windows
        return address
    return "./" + relative.replace(os.sep, "/") if not relative.startswith("..") else relative.replace(os.sep, "/")


def from_project(stored: str, project_dir: Optional[str]) -> str:
    """The address a project keeps, resolved against the project's folder."""
    if not stored or is_postgres(stored) or os.path.isabs(stored) or not project_dir:
        return stored
    return os.path.normpath(os.path.join(project_dir, stored))


def store_address_of_layer(layer) -> str:
    """The address of the KIP a works layer shows, from its data source (which QGIS keeps up to date)."""
    from qgis.core import QgsDataSourceUri

    if layer.providerType() == "postgres":
        uri = QgsDataSourceUri(layer.source())
        ssl = QgsDataSourceUri.encodeSslMode(uri.sslMode()) if uri.sslMode() != QgsDataSourceUri.SslPrefer else ""
        return PgAddress(uri.host(), int(uri.port() or 5432), uri.database(), uri.username(), uri.schema(),
                         uri.authConfigId(), ssl).uri()
    return layer.source().split("|")[0]
