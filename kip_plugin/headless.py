"""QGIS without a window, for scripts and scheduled jobs that use KIP."""
from __future__ import annotations

import os
import sys
from typing import Optional, Tuple


def start_qgis(widgets: bool = False, processing: bool = True) -> Tuple[object, Optional[object]]:
    """Start QGIS (offscreen when there is no display); with ``processing``, also Processing and KIP's provider.

    Returns the application and the provider; keep both alive while working.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    app = QgsApplication([], widgets)
    app.initQgis()
    if not processing:
        return app, None
    plugins = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from .processing.provider import KipProvider

    provider = KipProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider
