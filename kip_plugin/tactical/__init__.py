"""The tactical layer on the QGIS side: assets, themes, the subsurface and money, read and written as layers."""
