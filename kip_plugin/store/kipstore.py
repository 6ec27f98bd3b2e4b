"""The KIP store: where the works and the parties live, behind one interface for both backends.

A KIP is a GeoPackage file (the embedded default: the demo, one planner, offline work) or a
schema in a PostgreSQL/PostGIS database (a shared KIP for many editors). ``KipStore.open`` and
``KipStore.create`` take the address of either (a file path or ``postgresql://…``) and hand
back a store with the same methods; the rest of KIP gets plain QGIS vector layers from it.

The store is data only: styles, forms and the layer tree are made elsewhere (``layers``,
``styles``, ``stored_styles``, ``project``).
"""
from __future__ import annotations

import re
from typing import Dict, FrozenSet, List, Optional, Sequence

from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from ..core import schema as S
from ..core.errors import StoreError
from ..core.parties import colours
from ..core.schema import QT_TRANSLATE_NOOP
from .address import is_postgres

__all__ = ["KipStore", "check_party", "open_store", "create_store"]


class KipStore:
    """An open KIP. Use ``KipStore.open(address)`` or ``KipStore.create(address, …)``."""

    backend = ""  # "gpkg" or "postgis"
    provider_key = ""  # the QGIS data provider of its layers: "ogr" or "postgres"

    def __init__(self, address: str, read_only: bool, crs: QgsCoordinateReferenceSystem, meta: Dict[str, str]):
        self.address = address
        self.read_only = read_only
        self.crs = crs
        self.meta = meta

    # ---- opening and creating -------------------------------------------------------

    @staticmethod
    def open(address: str) -> "KipStore":
        """Open and check an existing KIP (an older schema is brought up to date when it may be written)."""
        if is_postgres(address):
            from .postgis_store import PostgisStore

            return PostgisStore.open(address)
        from .gpkg_store import GpkgStore

        return GpkgStore.open(address)

    @staticmethod
    def create(
        address: str,
        crs: str = S.DEFAULT_CRS,
        parties: Sequence[S.Party] = S.DEFAULT_PARTIES,
        title: str = "",
    ) -> "KipStore":
        """Create a new, empty KIP at ``address`` (which must not exist yet); no styles (see ``stored_styles``)."""
        for party in parties:
            check_party(party)
        if is_postgres(address):
            from .postgis_store import PostgisStore

            return PostgisStore.create(address, crs, parties, title)
        from .gpkg_store import GpkgStore

        return GpkgStore.create(address, crs, parties, title)

    @property
    def path(self) -> str:
        """The address (kept under its old name: for a GeoPackage it is the file's path)."""
        return self.address

    @property
    def schema_version(self) -> int:
        """The schema version the store is at."""
        version = self.meta.get("schema_version", "0")
        return int(version) if version.isdigit() else 0

    @property
    def has_history(self) -> bool:
        """Whether the store keeps a history of changes (schema 2 and later)."""
        return self.schema_version >= 2

    # ---- what the current user may do ---------------------------------------------------

    def editable_parties(self) -> FrozenSet[str]:
        """Codes of the parties whose works the current user may add, change and delete."""
        if self.read_only:
            return frozenset()
        return frozenset(p.code for p in self.parties())

    def may_edit(self, code: str) -> bool:
        """Whether the current user may change the works of party ``code``."""
        return code in self.editable_parties()

    @property
    def is_coordinator(self) -> bool:
        """Whether the current user may change every party's works and add parties."""
        return not self.read_only

    # ---- layers (each backend) -------------------------------------------------------------

    def works_uri(self, party: Optional[str] = None) -> str:
        """Data source (for ``provider_key``) of the works table, or of one party's works."""
        raise NotImplementedError

    def works_layer(self, party: Optional[str] = None, name: str = "") -> QgsVectorLayer:
        """The works table as a layer; with ``party``, only that party's works."""
        layer = QgsVectorLayer(self.works_uri(party), name or S.WORKS_TABLE, self.provider_key)
        if not layer.isValid():
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "Cannot open the works of the KIP store '{path}'."),
                path=self.address)
        editable = self.may_edit(party) if party is not None else bool(self.editable_parties())
        if self.read_only or not editable:
            layer.setReadOnly(True)
        layer.setCustomProperty("kip/store", self.address)
        layer.setCustomProperty("kip/role", "works")
        layer.setCustomProperty("kip/party", party or "")
        self._attach(layer)
        return layer

    def _attach(self, layer: QgsVectorLayer) -> None:
        """Backend hook for a new works layer (a shared KIP checks versions when edits are saved)."""

    def parties_layer(self) -> QgsVectorLayer:
        """The parties table as a (geometry-less) layer."""
        raise NotImplementedError

    # ---- parties -----------------------------------------------------------------------------

    def parties(self) -> List[S.Party]:
        """The departments and partners of this KIP, in the order they were added."""
        raise NotImplementedError

    def has_party_field(self, name: str) -> bool:
        """Whether the parties table has the field ``name`` (older stores lack the optional ones)."""
        return self.parties_layer().fields().indexOf(name) >= 0

    def party(self, code: str) -> Optional[S.Party]:
        """One party by its code, or None."""
        return next((p for p in self.parties() if p.code == code), None)

    def add_party(self, party: S.Party) -> None:
        """Add a department or partner (data only: its layer style is saved by ``stored_styles``)."""
        if self.read_only:
            raise StoreError(QT_TRANSLATE_NOOP("@default", "The KIP store '{path}' is read-only."), path=self.address)
        check_party(party)
        if self.party(party.code) is not None:
            raise StoreError(
                QT_TRANSLATE_NOOP("@default", "A party with the code '{code}' exists already."),
                code=party.code)
        self._insert_party(S.Party(party.code, party.name.strip(), party.kind, party.colour,
                                   (party.public_contact or "").strip()))

    def _insert_party(self, party: S.Party) -> None:
        raise NotImplementedError

    # ---- other tables: detection results and their runs ---------------------------------

    def table_uri(self, table: str) -> str:
        """Data source (for ``provider_key``) of another table of the store."""
        raise NotImplementedError

    def table_layer(self, table: str, name: str = "") -> Optional[QgsVectorLayer]:
        """A table of the store as a layer, or None when the store has no such table."""
        layer = QgsVectorLayer(self.table_uri(table), name or table, self.provider_key)
        if not layer.isValid():
            return None
        if self.read_only:
            layer.setReadOnly(True)
        layer.setCustomProperty("kip/store", self.address)
        return layer

    def may_keep_results(self) -> bool:
        """Whether the current user may replace the detection results kept in the store."""
        return not self.read_only and self.schema_version >= 3 and bool(self.editable_parties())

    def keep_results(self, table: str, layer: QgsVectorLayer, algorithm: str, options: Dict[str, object]) -> None:
        """Replace the results in ``table`` by the features of ``layer``, and note the run, in one transaction."""
        from .results import replace_results

        replace_results(self, table, layer, algorithm, options)

    def next_colour(self) -> str:
        """A colour no party uses yet."""
        return colours(1, [p.colour for p in self.parties()])[0]

    def close(self) -> None:
        """Let go of what the store holds open (nothing for a file)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.address}>"


def check_party(party: S.Party) -> None:
    """Refuse a party with a bad code, no name or an unknown kind, with a message naming what is wrong."""
    if not re.match(S.PARTY_CODE_PATTERN, party.code or "") or party.code in S.RESERVED_PARTY_CODES:
        raise StoreError(
            QT_TRANSLATE_NOOP("@default", "The code '{code}' is not valid: use lower-case letters, digits and '_', "
                                          "starting with a letter (not 'coordinator' or 'reader')."),
            code=party.code)
    if not (party.name or "").strip():
        raise StoreError(QT_TRANSLATE_NOOP("@default", "Give the department or partner a name."))
    if party.kind not in S.PARTY_KINDS:
        raise StoreError(QT_TRANSLATE_NOOP("@default", "Unknown kind of party: '{kind}'."), kind=party.kind)


# The two entry points, under the names the rest of KIP uses.
open_store = KipStore.open
create_store = KipStore.create
