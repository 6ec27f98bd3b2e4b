"""The styles a KIP keeps for plain QGIS (table ``layer_styles``), and making a KIP with them.

The store itself is data only; creating a KIP or adding a party *with* its styles, as the menu,
the Processing algorithms and the demo do, goes through ``create_kip`` and ``add_party`` here.
"""
from __future__ import annotations

from typing import Sequence

from qgis.core import QgsVectorLayer

from .. import log
from ..core import schema as S
from ..i18n import tr
from .checkpoint import checkpoint
from .kipstore import KipStore
from .layers import configure_works_layer

OVERVIEW_STYLE = "kip_overview"


def party_style_name(code: str) -> str:
    """Name under which a party's style is stored in the KIP."""
    return f"kip_{code}"


def _remove_styles(layer: QgsVectorLayer, names) -> None:
    # QGIS 3.22 asks in a dialog before overwriting a stored style; remove the old ones first.
    _count, ids, stored, _descriptions, _error = layer.listStylesInDatabase()
    for style_id, style_name in zip(ids, stored):
        if style_name in names:
            layer.deleteStyleFromDatabase(style_id)


def _save_style(layer: QgsVectorLayer, name: str, description: str, default: bool) -> None:
    # The style travels with the KIP: it must not name the folder or server where the KIP was made.
    where = layer.customProperty("kip/store")
    layer.removeCustomProperty("kip/store")
    try:
        error = layer.saveStyleToDatabase(name, description, default, "")
    finally:
        if where is not None:
            layer.setCustomProperty("kip/store", where)
    if error:
        log.warning(tr("Could not store the style '{name}' in the KIP: {error}").format(name=name, error=error))


def save_default_styles(store: KipStore) -> None:
    """Store the overview style (default) and one style per party in the KIP."""
    if store.read_only:
        return
    parties = store.parties()
    # One layer, configured for each style in turn: a style is kept per table, whatever a layer's filter.
    layer = store.works_layer()
    _remove_styles(layer, {OVERVIEW_STYLE} | {party_style_name(p.code) for p in parties})
    configure_works_layer(layer, parties, party=None)
    _save_style(layer, OVERVIEW_STYLE, tr("KIP: all works by party"), True)
    for party in parties:
        configure_works_layer(layer, parties, party=party)
        _save_style(layer, party_style_name(party.code), tr("KIP: works of {name}").format(name=party.name), False)
    del layer
    checkpoint(store.address)  # a GeoPackage file alone holds its new styles


def create_kip(address: str, crs: str = S.DEFAULT_CRS, parties: Sequence[S.Party] = S.DEFAULT_PARTIES,
               title: str = "") -> KipStore:
    """Create a KIP at ``address`` (GeoPackage or shared) with its styles stored in it."""
    store = KipStore.create(address, crs, parties, title)
    save_default_styles(store)
    return store


def add_party(store: KipStore, party: S.Party) -> None:
    """Add a department or partner to ``store`` and store the styles for its layer."""
    store.add_party(party)
    save_default_styles(store)
