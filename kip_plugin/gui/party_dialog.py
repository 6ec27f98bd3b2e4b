"""Dialog: add a department or partner."""
from __future__ import annotations

import re

from qgis.gui import QgsColorButton
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..core import schema as S
from ..core.parties import code_from_name
from ..i18n import tr


class PartyDialog(QDialog):
    """Asks for the name, code, kind and colour of a new party."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Add department/partner"))
        self._store = store
        self._existing = {p.code for p in store.parties()}
        layout = QFormLayout(self)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("derived from the name"))
        self.kind = QComboBox()
        for code, label in S.PARTY_KINDS.items():
            self.kind.addItem(tr(label), code)
        self.colour = QgsColorButton()
        self.colour.setColor(QColor(store.next_colour()))
        self.public_contact = QLineEdit()
        self.public_contact.setPlaceholderText(tr("e.g. 0318 123 456 or www.example.nl/works"))
        self.public_contact.setToolTip(
            tr("Shown to residents in the resident view and the letters; never a colleague's own phone or e-mail.")
        )
        if not store.has_party_field(S.P_PUBLIC_CONTACT):
            self.public_contact.setEnabled(False)
            self.public_contact.setToolTip(tr("This KIP store was made by an older KIP and has no field for it yet."))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        layout.addRow(tr("Name"), self.name)
        layout.addRow(tr("Code"), self.code)
        layout.addRow(tr("Kind"), self.kind)
        layout.addRow(tr("Colour"), self.colour)
        layout.addRow(tr("Contact for residents"), self.public_contact)
        layout.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self.code.textChanged.connect(self._check)
        self._check()

    def _effective_code(self) -> str:
        return self.code.text().strip() or code_from_name(self.name.text())

    def problem_text(self) -> str:
        """Why the entry cannot be added yet, or an empty string."""
        code = self._effective_code()
        if not self.name.text().strip():
            return tr("Give the department or partner a name.")
        if not re.match(S.PARTY_CODE_PATTERN, code) or code in S.RESERVED_PARTY_CODES:
            return tr(
                "The code '{code}' is not valid: use lower-case letters, digits and '_', starting with a letter."
            ).format(code=code)
        if code in self._existing:
            return tr("A party with the code '{code}' exists already.").format(code=code)
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def party(self) -> S.Party:
        """The party as entered."""
        return S.Party(
            self._effective_code(), self.name.text().strip(), self.kind.currentData(), self.colour.color().name(),
            self.public_contact.text().strip(),
        )
