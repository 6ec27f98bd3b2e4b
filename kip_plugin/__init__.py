"""KIP, kaart voor integrale planning: one map and one timeline of all planned works."""


def classFactory(iface):
    """Create the plugin; QGIS calls this when it loads KIP."""
    from .plugin import KipPlugin

    return KipPlugin(iface)
