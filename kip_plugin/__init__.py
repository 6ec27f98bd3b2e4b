"""KIP, kaart voor integrale planning: one map and one timeline of all planned works."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Create the plugin; QGIS calls this when it loads KIP."""
    from .plugin import KipPlugin

    return KipPlugin(iface)
