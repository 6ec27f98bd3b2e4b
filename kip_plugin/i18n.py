"""Translation: one fixed context, and the translator for the QGIS user's language."""
from __future__ import annotations

from typing import Optional, Union

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core.errors import KipError
from .core.problems import Problem
from .paths import i18n_dir

CONTEXT = "@default"


def tr(text: str) -> str:
    """Translate a source string (format placeholders after translating)."""
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: Union[KipError, Problem, BaseException]) -> str:
    """An error or a problem in the user's language: the template translated, then filled in.

    Parameters that are errors or problems themselves are translated likewise, lists of codes
    get their labels, and the parameters named in ``translate`` are translated. Any other
    exception is shown as it is.
    """
    if not isinstance(error, (KipError, Problem)):
        return str(error)
    translate = set(error.params.get("translate", ()))
    params = {}
    for key, value in error.params.items():
        if isinstance(value, (KipError, Problem)):
            value = error_text(value)
        elif hasattr(value, "list_name"):
            value = value.text(tr)
        elif key in translate:
            value = tr(value)
        params[key] = value
    return tr(error.template).format(**params)


def tr_code(code_list: dict, code: Optional[str]) -> str:
    """The translated label of a code, or the code itself when unknown."""
    if code is None:
        return ""
    label = code_list.get(code)
    return tr(label) if label else str(code)


def user_language() -> str:
    """The two-letter language QGIS runs in (its locale override, else the system's)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Load KIP's translation for ``language`` (default: the user's) into the application."""
    language = language or user_language()
    qm = i18n_dir() / f"kip_{language}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QgsApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Undo ``install_translator``."""
    if translator is not None:
        QgsApplication.removeTranslator(translator)
