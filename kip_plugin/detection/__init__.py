"""The QGIS side of the detection: layers in, engine arrays through, result layers out."""
