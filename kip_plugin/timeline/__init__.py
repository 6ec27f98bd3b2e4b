"""What every drawing of the timeline shares, the dock's and the council map's alike: colours, lanes, the time axis.

Qt-Gui level only (no widgets, no QGIS GUI), so that a print layout made headless by
Processing draws with the same rules as the dock.
"""
