"""Logging to the QGIS message log under one tag."""
from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

TAG = "KIP"


def info(message: str) -> None:
    """Log an informational message."""
    QgsMessageLog.logMessage(message, TAG, Qgis.Info)


def warning(message: str) -> None:
    """Log a warning."""
    QgsMessageLog.logMessage(message, TAG, Qgis.Warning)


def critical(message: str) -> None:
    """Log an error."""
    QgsMessageLog.logMessage(message, TAG, Qgis.Critical)
