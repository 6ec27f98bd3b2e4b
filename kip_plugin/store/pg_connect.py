"""Connections to a shared KIP's database: one per address and thread, passwords never stored.

libpq finds the password in ``PGPASSWORD`` or ``~/.pgpass`` by itself; with an ``authcfg`` id
in the address, QGIS's authentication database gives user name and password for the time of
connecting only.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Dict, Iterator, Tuple

from ..core.errors import StoreError
from ..core.schema import QT_TRANSLATE_NOOP
from .address import PgAddress

_lock = threading.Lock()
_connections: Dict[tuple, object] = {}


def psycopg2_module():
    """The psycopg2 driver (Debian's python3-psycopg2), or a clear error."""
    try:
        import psycopg2
        import psycopg2.extras
        import psycopg2.sql
    except ImportError:  # pragma: no cover - installed by scripts/setup.sh
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "A shared KIP needs the Python module psycopg2 (Debian: "
                                          "python3-psycopg2).")) from None
    return psycopg2


def credentials(address: PgAddress) -> Tuple[str, str]:
    """User name and password for ``address``: from QGIS's authentication database when it has an authcfg."""
    if not address.authcfg:
        return address.user, ""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    manager = QgsApplication.authManager()
    if manager is None or not manager.loadAuthenticationConfig(address.authcfg, config, True):
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "QGIS's authentication database has no configuration '{id}' (or it is "
                                          "locked)."),
            id=address.authcfg)
    return config.config("username") or address.user, config.config("password")


def connect(address: PgAddress):
    """A new connection (autocommit; use ``transaction`` for changes)."""
    psycopg2 = psycopg2_module()
    user, password = credentials(address)
    params = dict(host=address.host, port=address.port, dbname=address.dbname, application_name="KIP",
                  connect_timeout=10)
    if user:
        params["user"] = user
    if password:
        params["password"] = password
    if address.sslmode:
        params["sslmode"] = address.sslmode
    try:
        connection = psycopg2.connect(**params)
    except psycopg2.OperationalError as error:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "Cannot connect to the shared KIP at {host}:{port}/{db}: {error}"),
            host=address.host, port=address.port, db=address.dbname, error=str(error).strip()) from None
    connection.autocommit = True
    return connection


def connection_for(address: PgAddress):
    """The open connection of this thread to ``address``'s database (made on first use)."""
    key = (threading.get_ident(), address.host, address.port, address.dbname, address.user, address.authcfg)
    return _kept(key, lambda: connect(address))


def reading_connection(conninfo: str):
    """The open connection of this thread for reading with the libpq string ``conninfo`` (made on first use).

    Raises psycopg2's own errors: the caller then reads another way.
    """
    def made():
        connection = psycopg2_module().connect(conninfo)
        connection.autocommit = True
        return connection

    return _kept((threading.get_ident(), conninfo), made)


def _kept(key: tuple, make):
    """The connection kept under ``key`` when it still answers, else a new one from ``make``."""
    with _lock:
        connection = _connections.get(key)
    if connection is not None and not connection.closed:
        if connection.get_transaction_status() == 0:  # idle: still alive?
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT 1")
                return connection
            except Exception:
                pass
        else:
            return connection
    connection = make()
    with _lock:
        _connections[key] = connection
    return connection


@contextmanager
def transaction(connection) -> Iterator[object]:
    """A cursor inside one transaction: committed at the end, rolled back on any error."""
    with connection.cursor() as cursor:
        cursor.execute("BEGIN")
        try:
            yield cursor
        except BaseException:
            if not connection.closed:
                try:
                    cursor.execute("ROLLBACK")
                except Exception:  # the connection broke; the server rolled back already
                    pass
            raise
        cursor.execute("COMMIT")


def close_all() -> None:
    """Close every connection KIP holds (the plugin calls this when it unloads)."""
    with _lock:
        connections = list(_connections.values())
        _connections.clear()
    for connection in connections:
        try:
            connection.close()
        except Exception:
            pass
