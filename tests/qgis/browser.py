"""A real headless Chromium (Debian's chromium and chromium-driver) for the resident view, with no network."""
from __future__ import annotations

import json
import shutil
import tempfile
from contextlib import contextmanager
from typing import Iterator, List

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# Schemes a page opened from file:// may use without a network.
LOCAL_SCHEMES = ("file:", "data:", "chrome:", "chrome-extension:", "about:", "blob:")


@contextmanager
def chromium(width: int = 1280, height: int = 900, phone: bool = False) -> Iterator:
    """A headless Chromium with a fresh profile; every proxied request goes nowhere; ``phone`` emulates one."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path in (CHROMIUM, CHROMEDRIVER):
        if shutil.which(path) is None:
            pytest.fail(f"{path} is missing (Debian packages chromium and chromium-driver)")
    profile = tempfile.mkdtemp(prefix="kip-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}",
        f"--window-size={width},{height}", "--hide-scrollbars",
        # No network: any request that would leave the machine goes to a closed port.
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if phone:
        metrics = {"width": width, "height": height, "pixelRatio": 2.0, "mobile": True, "touch": True}
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def console_errors(driver) -> List[str]:
    """Messages the pages wrote to the console as errors (and failed loads)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def requested_urls(driver) -> List[str]:
    """Every URL the browser requested since the last call."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls
