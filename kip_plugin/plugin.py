"""The KIP plugin: toolbar, menu, dock and Processing provider; unload() undoes initGui()."""
from __future__ import annotations

from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMenu, QToolBar

from .core.errors import KipError
from .i18n import error_text, install_translator, remove_translator, tr
from .paths import icon_path
from . import settings
from .store.kipstore import KipStore
from .store.stored_styles import add_party as add_party_with_style, create_kip
from .store import project as kip_project

MENU_OBJECT_NAME = "mKipMenu"
TOOLBAR_OBJECT_NAME = "mKipToolBar"


class KipPlugin(QObject):
    """Wires KIP into QGIS; the work itself lives in store/, core/, processing/ and gui/."""

    def __init__(self, iface):
        super().__init__()
        self.iface = iface
        self.translator = None
        self.provider = None
        self.toolbar: Optional[QToolBar] = None
        self.menu: Optional[QMenu] = None
        self.actions: List[QAction] = []
        self.timeline = None
        self.analysis_task = None
        self.proposal_run = None
        self.proposal_panel = None
        self.history_action = None
        self.install_dialog = None
        from .installer import startup

        startup()  # KIP's own Python packages (shapely 2) before any older ones of the system

    # ---- Processing (also called alone by qgis_process) ------------------------

    def initProcessing(self) -> None:
        """Register the ``kip`` Processing provider."""
        if self.provider is None:
            from .processing.provider import KipProvider

            self.provider = KipProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # ---- GUI ---------------------------------------------------------------------

    def initGui(self) -> None:
        """Create the toolbar, the menu and their actions."""
        self.translator = install_translator()
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("KIP"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.menu = QMenu(tr("&KIP"), self.iface.mainWindow().menuBar())
        self.menu.setObjectName(MENU_OBJECT_NAME)
        menu_bar = self.iface.mainWindow().menuBar()
        help_menu = self.iface.firstRightStandardMenu()
        if isinstance(help_menu, QMenu):
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

        self._add_action("new", tr("New KIP…"), tr("Create a new, empty KIP store"), self.new_kip)
        self._add_action("open", tr("Open KIP…"), tr("Open a KIP store and show its works"), self.open_kip)
        self._add_action(
            "connect", tr("Connect to a shared KIP…"),
            tr("Open a shared KIP in PostgreSQL/PostGIS through a saved connection of QGIS"), self.connect_shared,
        )
        self._add_action(
            "party", tr("Add department/partner…"), tr("Add a department or partner with its own layer"), self.add_party
        )
        self._add_action(
            "import", tr("Import plan…"), tr("Import a department's or partner's plan into the KIP"), self.import_plan
        )
        self._add_action("analyse", tr("Analyse"), tr("Find combinable works and conflicts in the open KIP"), self.analyse)
        self._add_action(
            "schedule",
            tr("Propose schedule"),
            tr("Propose dates within each work's flexibility: more works in one dig, fewer conflicts"),
            self.propose_schedule,
        )
        self._add_action(
            "council", tr("Council map…"), tr("Add a print layout with a cover and a page per district"), self.council_map
        )
        self._add_action(
            "background", tr("Background map…"), tr("Choose the map drawn under the works: streets, BGT, NWB, "
                                                     "OpenStreetMap or PDOK"), self.choose_background
        )
        self._init_timeline()
        self._init_shared()
        install = QAction(tr("Install missing packages…"), self.iface.mainWindow())
        install.setObjectName("mKipAction_install")
        install.setStatusTip(tr("Install the Python packages KIP needs (shapely 2, OR-Tools) into KIP's folder"))
        install.triggered.connect(self.install_packages)
        self.menu.addSeparator()
        self.menu.addAction(install)
        self.actions.append(install)
        QgsProject.instance().readProject.connect(self._project_read)

    def _init_shared(self) -> None:
        """What a shared KIP needs in the desktop: messages about refused saves, the history of a work."""
        from qgis.gui import QgsGui

        from .gui.history_dialog import WorkHistoryAction
        from .store import version_guard

        version_guard.add_reporter(self._save_refused)
        self.history_action = WorkHistoryAction(self.iface.mainWindow(), lambda text: self._message(text, Qgis.Critical))
        QgsGui.mapLayerActionRegistry().addMapLayerAction(self.history_action)

    def _save_refused(self, text: str) -> None:
        self._message(text, Qgis.Warning)

    def _project_read(self, *_args) -> None:
        """A project was opened: KIP's forms and names in the language QGIS runs in now."""
        from .language import relabel_project

        relabel_project(QgsProject.instance())

    def _init_timeline(self) -> None:
        """The timeline dock and its toggle; the dock opens as it was when QGIS last closed."""
        from .gui.timeline_dock import TimelineDock

        self.timeline = TimelineDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.BottomDockWidgetArea, self.timeline)
        tip = tr("Show or hide the timeline of all works")
        action = self._add_action("timeline", tr("KIP timeline"), tip, settings.set_timeline_visible)
        # QGIS shows a dock as it is added; hide it explicitly unless it was open last time.
        self.timeline.setVisible(settings.timeline_visible())
        self.timeline.setToggleVisibilityAction(action)
        self.timeline.closed.connect(self._timeline_closed)
        self.timeline.decide = self._decide_move

    @staticmethod
    def _timeline_closed() -> None:
        settings.set_timeline_visible(False)

    def _add_action(self, icon: str, text: str, tip: str, slot: Callable) -> QAction:
        action = QAction(QIcon(icon_path(icon)), text, self.iface.mainWindow())
        action.setObjectName(f"mKipAction_{icon}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.menu.addAction(action)
        self.actions.append(action)
        return action

    def unload(self) -> None:
        """Remove everything initGui() added."""
        from .analysis import stop_analysis

        stop_analysis(self.analysis_task)
        self.analysis_task = None
        if self.toolbar is not None:  # initGui() ran
            QgsProject.instance().readProject.disconnect(self._project_read)
        if self.proposal_run is not None:
            self.proposal_run.cancel()
            self.proposal_run = None
        if self.proposal_panel is not None:
            self.proposal_panel.decided.disconnect(self._proposal_decided)
            self.proposal_panel.shutdown()
            self.iface.removeDockWidget(self.proposal_panel)
            self.proposal_panel.deleteLater()
            self.proposal_panel = None
        self._unload_shared()
        for action in self.actions:
            action.triggered.disconnect()
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        if self.install_dialog is not None:
            self.install_dialog.deleteLater()
            self.install_dialog = None
        self.actions = []
        if self.timeline is not None:
            self.timeline.closed.disconnect(self._timeline_closed)
            self.timeline.shutdown()
            self.iface.removeDockWidget(self.timeline)
            self.timeline.deleteLater()
            self.timeline = None
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None

    def _unload_shared(self) -> None:
        from qgis.gui import QgsGui

        from .store import pg_connect, version_guard

        version_guard.remove_reporter(self._save_refused)
        if self.history_action is not None:
            QgsGui.mapLayerActionRegistry().removeMapLayerAction(self.history_action)
            self.history_action.deleteLater()
            self.history_action = None
        pg_connect.close_all()

    # ---- actions -------------------------------------------------------------------

    def _message(self, text: str, level=Qgis.Info) -> None:
        self.iface.messageBar().pushMessage(tr("KIP"), text, level=level, duration=8 if level == Qgis.Info else 0)

    def new_kip(self) -> None:
        """Ask where, in which coordinate system and with which parties; create the KIP store and open it."""
        from .gui.new_kip_dialog import NewKipDialog

        dialog = NewKipDialog(self.iface.mainWindow())
        if not dialog.exec_():
            return
        path, crs, parties, municipality = dialog.values()
        try:
            store = create_kip(path, crs=crs, parties=parties, title=municipality)
        except KipError as error:
            self._message(error_text(error), Qgis.Critical)
            return
        self._show(store)

    def open_kip(self) -> None:
        """Ask for a KIP store and show its works."""
        path, _ = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr("Open KIP"), settings.last_store_dir(), tr("KIP store (*.gpkg)")
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> Optional[KipStore]:
        """Open the KIP store at ``path`` in the current project; report problems in the message bar."""
        try:
            store = KipStore.open(path)
        except KipError as error:
            self._message(error_text(error), Qgis.Critical)
            return None
        self._show(store)
        return store

    def connect_shared(self) -> None:
        """Ask for a saved PostgreSQL connection and schema, and open the shared KIP there."""
        from .gui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.iface.mainWindow())
        if dialog.exec_() and dialog.chosen() is not None:
            self.open_path(dialog.chosen().uri())

    def _show(self, store: KipStore) -> None:
        import os

        from .gui.opening import prepare_map

        if store.backend == "gpkg":
            settings.set_last_store_dir(os.path.dirname(store.address))
        kip_project.open_in_project(store, QgsProject.instance())
        no_background = prepare_map(QgsProject.instance(), store, self.iface.mapCanvas())
        if no_background:
            self._message(no_background, Qgis.Warning)
        if store.backend == "postgis":
            if store.read_only:
                self._message(tr("You may read the shared KIP '{path}', not change it.").format(path=store.address),
                              Qgis.Warning)
            else:
                self._message(tr("Connected to the shared KIP '{path}'. You may change the works of: {parties}.").format(
                    path=store.address, parties=", ".join(sorted(store.editable_parties()))))
        elif store.read_only:
            self._message(
                tr("The KIP '{path}' is write-protected; it is open read-only.").format(path=store.path),
                Qgis.Warning,
            )
        else:
            self._message(tr("Opened the KIP '{path}'.").format(path=store.path))

    def current_store(self) -> Optional[KipStore]:
        """The KIP store of the current project, or None (with a message)."""
        try:
            store = kip_project.store_of_project(QgsProject.instance())
        except KipError as error:
            self._message(error_text(error), Qgis.Critical)
            return None
        if store is None:
            self._message(tr("Open or create a KIP first."), Qgis.Warning)
        return store

    def add_party(self) -> None:
        """Ask for a new department or partner and add its layer."""
        from .gui.party_dialog import PartyDialog

        store = self.current_store()
        if store is None:
            return
        dialog = PartyDialog(store, self.iface.mainWindow())
        if not dialog.exec_():
            return
        party = dialog.party()
        try:
            add_party_with_style(store, party)
        except KipError as error:
            self._message(error_text(error), Qgis.Critical)
            return
        kip_project.add_party_layer(store, party, store.parties(), QgsProject.instance())
        self._message(tr("Added '{name}'.").format(name=party.name))

    def import_plan(self) -> None:
        """Open the import dialog for the KIP of this project."""
        from .gui.import_dialog import ImportDialog

        store = self.current_store()
        if store is not None:
            ImportDialog(store, QgsProject.instance(), self.iface.mainWindow()).exec_()

    def analyse(self) -> None:
        """Find combinable works and conflicts in the open KIP, in the background; results in "KIP results"."""
        from .analysis import start_analysis
        from .detection.needs import missing_engine

        problem = missing_engine()
        if problem:
            self._offer_install(problem)
            return
        self.analysis_task = start_analysis(QgsProject.instance(), self._message)

    def _offer_install(self, text: str) -> None:
        """A message that something is missing, with a button that installs it."""
        from qgis.PyQt.QtWidgets import QPushButton

        bar = self.iface.messageBar()
        item = bar.createMessage(tr("KIP"), text)
        button = QPushButton(tr("Install missing packages…"), item)
        button.clicked.connect(self.install_packages)
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.Critical, 0)

    def install_packages(self) -> None:
        """Show what is missing and install it with pip into KIP's folder, once the user agrees."""
        from .gui.install_dialog import InstallDialog

        self.install_dialog = InstallDialog(self.iface.mainWindow())
        self.install_dialog.show()

    def choose_background(self) -> None:
        """Ask which background map KIP draws, remember it, and put it under the open KIP."""
        from .gui.background_dialog import BackgroundDialog
        from .gui.opening import apply_background

        dialog = BackgroundDialog(self.iface.mainWindow())
        if not dialog.exec_():
            return
        settings.set_background_source(dialog.source())
        store = self.current_store()
        if store is not None:
            problem = apply_background(QgsProject.instance(), store)
            if problem:
                self._message(problem, Qgis.Warning)

    def council_map(self) -> None:
        """Add the council map layout (cover and a page per district) to the project and open it."""
        from .layouts.dialog import council_map_action

        council_map_action(self.iface, self._message)

    def propose_schedule(self) -> None:
        """Propose a schedule for the open KIP in the background; the moves appear on the timeline and in a panel."""
        from .schedule.task import start_proposal

        self.proposal_run = start_proposal(QgsProject.instance(), self._message, self._proposal_shown)

    def _party_name(self, code: str) -> str:
        return self.timeline.model.party(code).name if self.timeline is not None else code

    def _panel(self):
        """The proposed-schedule panel, made when first needed."""
        if self.proposal_panel is None:
            from .gui.proposal_panel import ProposalPanel

            self.proposal_panel = ProposalPanel(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.proposal_panel)
            self.proposal_panel.decided.connect(self._proposal_decided)
            self.proposal_panel.set_layer(None, self._party_name)
        return self.proposal_panel

    def _proposal_shown(self, layer) -> None:
        panel = self._panel()
        panel.set_layer(layer, self._party_name)
        panel.show()
        panel.raise_()
        self._proposal_decided()

    def _proposal_decided(self) -> None:
        if self.timeline is not None:
            self.timeline.link.reload_proposals()
            self.timeline.refresh()

    def _decide_move(self, work_id: str, accept: bool) -> None:
        """A move accepted or rejected on the timeline: decided as in the panel."""
        self._panel().decide([work_id], accept)
