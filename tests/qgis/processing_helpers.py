"""Running KIP's algorithms in tests as scripts and models do."""
from __future__ import annotations

from contextlib import contextmanager

from qgis.core import QgsApplication, QgsProcessingFeedback


@contextmanager
def registered_kip_provider():
    """KIP's Processing provider registered, as the plugin does, for the duration of the block."""
    from kip_plugin.processing.provider import KipProvider

    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("kip") is None:
        added = KipProvider()
        registry.addProvider(added)
    try:
        yield registry.providerById("kip")
    finally:
        if added is not None:
            registry.removeProvider(added)


def run_kip(name: str, params: dict, feedback=None, context=None) -> dict:
    """Run the KIP algorithm ``name`` through processing.run (with the provider registered)."""
    import processing

    return processing.run("kip:" + name, params, feedback=feedback or QgsProcessingFeedback(), context=context)
