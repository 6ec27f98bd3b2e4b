"""Fixtures of the end-to-end tests."""
from .headless import qgis_process_env  # noqa: F401 (fixture)
