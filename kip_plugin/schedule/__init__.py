"""The QGIS side of the schedule proposal: wording, output layers, the toolbar task, accepting moves."""
