"""KIP › Install missing packages…: what is missing, where it goes, and pip at work, with the user's consent."""
from __future__ import annotations

from typing import List, Optional

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QProcess, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import installer
from ..i18n import tr


def _purpose(code: str) -> str:
    return {"detection": tr("finding combinations and conflicts"), "schedule": tr("proposing a schedule")}.get(
        code, code
    )


class InstallDialog(QDialog):
    """Lists the missing packages and installs them with pip into KIP's folder once the user agrees."""

    finished_install = pyqtSignal(bool)  # True when every package can be used now

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Install missing packages"))
        self.setMinimumWidth(620)
        self.packages = installer.missing()
        self.python = None
        self.process: Optional[QProcess] = None
        self.rounds = 0
        self.output: List[str] = []
        self.queue: List[installer.Package] = []
        self.failed: List[str] = []
        self.current: Optional[installer.Package] = None
        box = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        box.addWidget(self.intro)
        self.offline = QCheckBox(tr("Install from a folder of package files (no internet connection)"))
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder.fileChanged.connect(lambda path: self.offline.setChecked(bool(path)))
        box.addWidget(self.offline)
        box.addWidget(self.folder)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMinimumHeight(160)
        box.addWidget(self.log)
        self.buttons = QDialogButtonBox()
        self.install = QPushButton(tr("Install"))
        self.buttons.addButton(self.install, QDialogButtonBox.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Close)
        self.install.clicked.connect(self.start)
        self.close_button.clicked.connect(self._close)
        box.addWidget(self.buttons)
        self._describe()

    def _describe(self) -> None:
        if not self.packages:
            self.intro.setText(tr("Every Python package KIP uses is installed."))
            self.install.setEnabled(False)
            return
        listed = "".join(
            "<li><b>{req}</b> — {why}</li>".format(req=requirement, why=_purpose(purpose))
            for _name, requirement, purpose in self.packages
        )
        self.intro.setText(
            tr("KIP needs these Python packages, which this QGIS does not have:") + f"<ul>{listed}</ul>"
            + tr("They are installed with pip into a folder of KIP's own in your QGIS profile:<br><tt>{folder}</tt>"
                 "<br>Nothing else on this computer changes; deleting that folder removes them again. pip downloads "
                 "them from the Python Package Index (pypi.org) unless you give a folder of package files.").format(
                folder=installer.packages_dir())
        )

    # ---- the steps -------------------------------------------------------------------------------

    def start(self) -> None:
        """Run pip for each package in turn: the package, then what it needs that this QGIS lacks; then load them."""
        self.install.setEnabled(False)
        self.python = installer.python_executable()
        if self.python is None:
            self._done(False, tr("No Python interpreter of QGIS's version was found to run pip with; install the "
                                 "packages as described in the installation guide."))
            return
        self.queue = list(self.packages)
        self.failed: List[str] = []
        self._next()

    def _next(self) -> None:
        if not self.queue:
            self._load()
            return
        self.current = self.queue.pop(0)
        self.rounds = 0
        self._run(installer.install_command(self.python, [self.current[1]], self._find_links()), self._installed)

    def _find_links(self) -> str:
        return self.folder.filePath() if self.offline.isChecked() else ""

    def _run(self, command: List[str], then) -> None:
        self.log.appendPlainText("$ " + " ".join(command))
        self.output = []
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(lambda code, _status: then(code))
        self.process.start(command[0], command[1:])
        if not self.process.waitForStarted(10_000):
            self._done(False, tr("pip could not be started: {error}").format(error=self.process.errorString()))

    def _read(self) -> None:
        text = bytes(self.process.readAllStandardOutput()).decode(errors="replace")
        self.output.append(text)
        self.log.appendPlainText(text.rstrip())

    def _installed(self, code: int) -> None:
        """pip ran for the package, or for what it needs: look for what is still needed."""
        if code != 0:
            self.failed.append(self.current[1])
            self._next()
            return
        self.rounds += 1
        self._run(installer.needs_command(self.python, [self.current[1]]), self._checked)

    def _checked(self, code: int) -> None:
        needed = [line.strip() for line in "".join(self.output).splitlines() if line.strip()]
        if code != 0 or (needed and self.rounds > installer.DEPENDENCY_ROUNDS):
            self.failed.append(self.current[1])
            self._next()
        elif needed:
            self._run(installer.install_command(self.python, needed, self._find_links()), self._installed)
        else:
            self._next()

    def _load(self) -> None:
        still = installer.reload(self.packages)
        names = ", ".join(requirement for _name, requirement, _purpose in still)
        if not still:
            self._done(True, tr("Installed. KIP can use them now; no restart needed."))
        elif self.failed:
            self._done(False, tr("Could not install {names} (see above). Without an internet connection, give a "
                                 "folder of package files.").format(names=", ".join(self.failed)))
        else:
            self._done(False, tr("Installed, but QGIS had already loaded an older {names}: restart QGIS to use the "
                                 "new one.").format(names=names))

    def _done(self, ok: bool, text: str) -> None:
        self.log.appendPlainText(text)
        self.intro.setText(text)
        self.packages = installer.missing()
        self.install.setEnabled(bool(self.packages))
        self.finished_install.emit(ok)

    def _close(self) -> None:
        if self.process is not None and self.process.state() != QProcess.NotRunning:
            self.process.kill()
        self.reject()
