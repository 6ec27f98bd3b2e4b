"""The parameter that names a KIP: a GeoPackage file, or the URI of a shared KIP."""
from __future__ import annotations

from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterFile

from ..core.errors import KipError
from ..store.address import PgAddress, is_postgres


def is_store_address(value: str) -> bool:
    """Whether ``value`` can name a KIP: a .gpkg path or a valid postgresql:// URI."""
    value = (value or "").strip()
    if is_postgres(value):
        try:
            PgAddress.parse(value)
        except KipError:
            return False
        return True
    return value.lower().endswith(".gpkg")


class KipStoreParameter(QgsProcessingParameterFile):
    """A file picker for .gpkg that also takes ``postgresql://USER@HOST:PORT/DBNAME?schema=SCHEMA``."""

    def __init__(self, name: str, description: str, optional: bool = False, default=None):
        super().__init__(name, description, QgsProcessingParameterFile.File, "gpkg", default, optional)

    def clone(self) -> "KipStoreParameter":
        copy = KipStoreParameter(self.name(), self.description(),
                                 bool(self.flags() & QgsProcessingParameterDefinition.FlagOptional), self.defaultValue())
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        return copy

    def checkValueIsAcceptable(self, value, context=None) -> bool:
        if isinstance(value, str):
            if not value.strip():
                return bool(self.flags() & QgsProcessingParameterDefinition.FlagOptional)
            return is_store_address(value)
        return super().checkValueIsAcceptable(value, context)


def store_of_parameter(algorithm, parameters, name: str, context):
    """The KIP a STORE parameter names, or the KIP open in the project when it is empty; a clear message otherwise."""
    from qgis.core import QgsProcessingException

    from ..i18n import tr
    from ..store.kipstore import KipStore
    from ..store.project import store_of_project

    path = algorithm.parameterAsFile(parameters, name, context)
    store = KipStore.open(path) if path else store_of_project(context.project()) if context.project() else None
    if store is None:
        raise QgsProcessingException(
            tr("Give the KIP store (a .gpkg file or a shared KIP's postgresql:// address), or open a KIP in this "
               "project first.")
        )
    return store
