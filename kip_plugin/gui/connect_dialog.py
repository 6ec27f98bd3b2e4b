"""Dialog: connect to a shared KIP through one of QGIS's saved PostgreSQL connections."""
from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsDataSourceUri, QgsProviderRegistry
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..core.errors import KipError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import error_text, tr
from ..store.address import DEFAULT_SCHEMA, PgAddress


def saved_connections() -> List[str]:
    """Names of the PostgreSQL connections saved in QGIS (Browser › PostgreSQL)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections(False)) if metadata is not None else []


def address_of_connection(name: str, schema: str = DEFAULT_SCHEMA) -> PgAddress:
    """The shared KIP in ``schema`` of the saved connection ``name``: its host, database, user and
    authentication configuration, never a password."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.findConnection(name, False)
    if connection is None:
        raise KipError(QT_TRANSLATE_NOOP("@default", "QGIS has no saved PostgreSQL connection '{name}'."), name=name)
    uri = QgsDataSourceUri(connection.uri())
    if uri.service() and not uri.host():
        raise KipError(QT_TRANSLATE_NOOP(
            "@default", "The connection '{name}' uses a service file; KIP needs a connection with host and port."),
            name=name)
    ssl = QgsDataSourceUri.encodeSslMode(uri.sslMode()) if uri.sslMode() != QgsDataSourceUri.SslPrefer else ""
    return PgAddress(uri.host() or "localhost", int(uri.port() or 5432), uri.database(), uri.username(),
                     schema or DEFAULT_SCHEMA, uri.authConfigId(), ssl)


def kip_schemas(name: str) -> List[str]:
    """Schemas of the connection's database that hold a KIP (they have a kip_meta table)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.findConnection(name, False)
    if connection is None:
        return []
    try:
        return [s for s in connection.schemas() if any(t.tableName() == "kip_meta" for t in connection.tables(s))]
    except Exception:  # the database cannot be reached now: the user types the schema
        return []


class ConnectDialog(QDialog):
    """Choose a saved PostgreSQL connection and the schema of the shared KIP."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Connect to a shared KIP"))
        layout = QFormLayout(self)
        self.connection = QComboBox()
        self.connection.addItems(saved_connections())
        self.schema = QComboBox()
        self.schema.setEditable(True)
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        layout.addRow(tr("Connection"), self.connection)
        layout.addRow(tr("Schema"), self.schema)
        layout.addRow(tr("Address"), self.address)
        layout.addRow(self.problem)
        hint = QLabel(tr("Passwords come from QGIS's authentication database (give the connection an "
                         "authentication configuration), ~/.pgpass or PGPASSWORD; KIP never stores them."))
        hint.setWordWrap(True)
        layout.addRow(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.connection.currentTextChanged.connect(self._fill_schemas)
        self.schema.currentTextChanged.connect(self._check)
        self._fill_schemas(self.connection.currentText())

    def _fill_schemas(self, name: str) -> None:
        self.schema.blockSignals(True)
        self.schema.clear()
        schemas = kip_schemas(name) if name else []
        self.schema.addItems(schemas or [DEFAULT_SCHEMA])
        self.schema.blockSignals(False)
        self._check()

    def chosen(self) -> Optional[PgAddress]:
        """The address as chosen, or None (the reason is shown in the dialog)."""
        name = self.connection.currentText()
        if not name:
            return None
        try:
            return address_of_connection(name, self.schema.currentText().strip())
        except KipError:
            return None

    def _check(self) -> None:
        name = self.connection.currentText()
        problem = ""
        if not name:
            problem = tr("QGIS has no saved PostgreSQL connection yet: add one in the Browser (PostgreSQL › "
                         "New Connection), then connect here.")
        else:
            try:
                self.address.setText(address_of_connection(name, self.schema.currentText().strip()).uri())
            except KipError as error:
                problem = error_text(error)
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)
