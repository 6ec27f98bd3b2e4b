"""The departments and partners behind some works layers: names and colours, from their KIP."""
from __future__ import annotations

from typing import Dict, Iterable, List, Sequence

from ..core import schema as S
from ..core.errors import KipError
from ..core.parties import colours

def _store_address(source) -> str:
    """The KIP a layer (or a reader's LayerSource) belongs to."""
    from .works_table import store_of

    return source.store if hasattr(source, "store") else store_of(source)


def stored_parties(layers: Sequence) -> List[S.Party]:
    """The parties of the KIPs that ``layers`` belong to, each once, in their stores' order."""
    from .kipstore import KipStore

    parties: Dict[str, S.Party] = {}
    for address in dict.fromkeys(_store_address(layer) for layer in layers):
        if not address:
            continue
        try:
            found = KipStore.open(address).parties()
        except (KipError, OSError):
            continue
        for party in found:
            parties.setdefault(party.code, party)
    return list(parties.values())


def party_names(layers: Sequence) -> Dict[str, str]:
    """Names of the parties by code, as far as the layers' KIPs know them."""
    return {p.code: p.name for p in stored_parties(layers)}


def parties_for(layers: Sequence, owners: Iterable[str]) -> Dict[str, S.Party]:
    """A party for every owner: from the layers' KIPs, else KIP's defaults, else with a colour of its own."""
    parties = {p.code: p for p in stored_parties(layers)}
    defaults = {p.code: p for p in S.DEFAULT_PARTIES}
    missing = [code for code in sorted(set(owners)) if code not in parties]
    spare = iter(colours(sum(code not in defaults for code in missing), [p.colour for p in parties.values()]))
    for code in missing:
        parties[code] = defaults[code] if code in defaults else S.Party(code, code, "partner", next(spare))
    return parties
