"""Run the real QGIS desktop under Xvfb with KIP enabled, and read back what happened."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import qgis_desktop  # noqa: E402

# Runs inside QGIS (--code): waits for start-up to settle, runs the probe, writes the report, quits.
PROBE = r'''
import json, os, traceback
from qgis.utils import plugins, iface
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QTabWidget

REPORT = {report!r}

def _logs():
    tabs = {{}}
    for dock in iface.mainWindow().findChildren(QDockWidget):
        if dock.objectName() == "MessageLog":
            for tab_widget in dock.findChildren(QTabWidget):
                for i in range(tab_widget.count()):
                    widget = tab_widget.widget(i)
                    text = widget.toPlainText() if hasattr(widget, "toPlainText") else ""
                    tabs[tab_widget.tabText(i).replace("&", "")] = text
    return tabs

def _finish():
    report = {{"loaded": "kip_plugin" in plugins}}
    try:
{body}
    except Exception:
        report["probe_error"] = traceback.format_exc()
    report["logs"] = _logs()
    with open(REPORT, "w") as f:
        json.dump(report, f, indent=1, default=str)
    if {screenshot!r}:
        os.system("import -window root " + {screenshot!r})
    os._exit(0)

QTimer.singleShot({delay}, _finish)
'''


def free_display() -> int:
    """A display number no X server uses."""
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display")


@contextmanager
def xvfb(size: str = "1600x1000x24"):
    """An Xvfb server for the duration of the block; yields its DISPLAY."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed (Debian package xvfb)")
    number = free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.1)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def run_qgis(workdir: Path, body: str, project: str = "", language: str = "en_US", delay_ms: int = 6000,
             screenshot: str = "", timeout: int = 180, settings: dict = None, env_extra: dict = None) -> dict:
    """Start QGIS with ``project``, run ``body`` (Python filling ``report``) once it has settled.

    ``settings`` go into the profile's QGIS3.ini; ``env_extra`` into QGIS's environment.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    report = workdir / "report.json"
    indented = "\n".join("        " + line for line in body.strip().splitlines())
    probe = workdir / "probe.py"
    probe.write_text(PROBE.format(report=str(report), body=indented, delay=delay_ms, screenshot=screenshot))
    profiles = workdir / "profiles"
    ini = qgis_desktop.prepare_profile(profiles, language)
    if settings:
        from qgis.PyQt.QtCore import QSettings

        profile = QSettings(str(ini), QSettings.IniFormat)
        for key, value in settings.items():
            profile.setValue(key, value)
        profile.sync()
    env = qgis_desktop.environment()
    env.pop("QT_QPA_PLATFORM", None)
    env.update(env_extra or {})
    with xvfb() as display:
        env["DISPLAY"] = display
        result = subprocess.run(qgis_desktop.command(profiles, project, str(probe)), env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
    if not report.exists():
        raise AssertionError("QGIS wrote no report; its output:\n" + result.stdout.decode(errors="replace")[-3000:])
    return json.loads(report.read_text())
