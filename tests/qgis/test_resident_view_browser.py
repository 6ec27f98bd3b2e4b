"""The resident view of the Ede demo in a real headless Chromium, from file:// and without network.

The screenshots in docs/ (residents_map.png, residents_street.png, residents_phone.png) are made here.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from browser import LOCAL_SCHEMES, chromium, console_errors, requested_urls
from processing_helpers import registered_kip_provider, run_kip
from kip_plugin.paths import demo_store_path, demo_streets_path, ede_boundaries_path

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory, qgis_processing):
    """The resident view of the demo for 2027 and 2028, in Dutch."""
    folder = tmp_path_factory.mktemp("site") / "bewoners"
    with registered_kip_provider():
        result = run_kip("exportresidentview", {
            "STORE": str(demo_store_path()), "STREETS": f"{demo_streets_path()}|layername=straten",
            "AREAS": f"{ede_boundaries_path()}|layername=buurten", "START": "2027-01-01", "END": "2028-12-31",
            "LANGUAGE": "nl", "OUTPUT_FOLDER": str(folder), "ATTRIBUTION": "Bron: CBS, Kadaster",
        })
    return result


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def _open(driver, path: str):
    driver.get(Path(path).as_uri())
    driver.find_element(By.ID, "map")
    return driver


def _shown(driver) -> int:
    return driver.execute_script("return document.querySelectorAll('#map path.kip-event').length")


def _listed(driver) -> int:
    return driver.execute_script("return document.querySelectorAll('li.event:not([hidden])').length")


def test_the_map_shows_the_works_in_dutch(browser, demo_site):
    _open(browser, demo_site["INDEX"])
    assert browser.execute_script("return document.documentElement.lang") == "nl"
    events = int(demo_site["EVENTS"])
    assert events > 100
    assert _shown(browser) == events == _listed(browser)
    assert browser.find_element(By.ID, "count").text == f"{events} werkzaamheden op de kaart"
    assert browser.execute_script("return document.querySelectorAll('#map path.kip-combined').length") > 10
    assert browser.execute_script("return document.querySelectorAll('#map path.kip-street').length") > 1000
    browser.save_screenshot(str(DOCS / "residents_map.png"))
    assert not console_errors(browser)


def test_the_date_slider_filters_map_and_list(browser, demo_site):
    _open(browser, demo_site["INDEX"])
    slider = browser.find_element(By.ID, "when")
    before = _shown(browser)
    slider.send_keys(Keys.ARROW_RIGHT)  # from the whole period to its first month
    assert browser.find_element(By.ID, "when-text").text == "januari 2027"
    assert slider.get_attribute("aria-valuetext") == "januari 2027"
    january = _shown(browser)
    assert 0 < january < before
    assert _listed(browser) == january
    for _ in range(6):
        slider.send_keys(Keys.ARROW_RIGHT)
    assert browser.find_element(By.ID, "when-text").text == "juli 2027"
    assert _shown(browser) == _listed(browser) != january
    slider.send_keys(Keys.HOME)
    assert _shown(browser) == before


def test_search_finds_a_street_and_its_page(browser, demo_site):
    _open(browser, demo_site["INDEX"])
    search = browser.find_element(By.ID, "search")
    search.send_keys("kerkstraat")
    search.send_keys(Keys.ENTER)
    results = browser.find_element(By.ID, "search-results")
    links = results.find_elements(By.CSS_SELECTOR, "a")
    assert links and links[0].text.startswith("Kerkstraat (")
    assert browser.execute_script("return document.querySelectorAll('#map path.kip-found').length") == 1
    street = links[0].text
    links[0].click()
    assert browser.find_element(By.TAG_NAME, "h1").text == street
    assert browser.current_url.startswith("file://") and "/streets/kerkstraat-" in browser.current_url
    assert _shown(browser) >= 1
    assert browser.execute_script("return document.querySelectorAll('#map path.kip-focus').length") == 1
    assert browser.find_element(By.CSS_SELECTOR, "a.calendar").get_attribute("href").endswith(".ics")
    browser.save_screenshot(str(DOCS / "residents_street.png"))
    assert not console_errors(browser)
    _open(browser, demo_site["INDEX"])
    search = browser.find_element(By.ID, "search")
    search.send_keys("Nergensstraat")
    search.send_keys(Keys.ENTER)
    assert "Geen straat of buurt gevonden voor 'Nergensstraat'" in browser.find_element(By.ID, "search-results").text


def test_everything_is_reachable_with_the_keyboard(browser, demo_site):
    _open(browser, demo_site["INDEX"])
    reached = []
    for _ in range(14):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        element = browser.switch_to.active_element
        reached.append(element.get_attribute("id") or element.get_attribute("class") or element.tag_name)
    assert reached[0] == "skip"
    for wanted in ("search", "when", "map"):  # the map pans with the arrow keys once it has the focus
        assert wanted in reached, reached
    assert any("leaflet-control-zoom-in" in r for r in reached), reached
    zoom_in = browser.find_element(By.CSS_SELECTOR, ".leaflet-control-zoom-in")
    assert zoom_in.get_attribute("aria-label") == zoom_in.get_attribute("title") == "Inzoomen"
    assert "show" in reached, reached  # "Toon op de kaart" of the first work
    first_show = browser.find_element(By.CSS_SELECTOR, "li.event button.show")
    first_show.send_keys(Keys.ENTER)
    assert browser.find_element(By.CSS_SELECTOR, ".leaflet-popup .popup-title").get_attribute("textContent").strip()
    # Every form field has a label; every page has a language and a title.
    unlabelled = browser.execute_script(
        "return Array.from(document.querySelectorAll('input')).filter(i => !document.querySelector(`label[for='${i.id}']`)).length"
    )
    assert unlabelled == 0
    assert browser.title


def test_no_network_and_no_console_errors_on_any_kind_of_page(browser, demo_site):
    folder = Path(demo_site["OUTPUT_FOLDER"])
    requested_urls(browser)  # forget what came before
    pages = [folder / "index.html", sorted((folder / "streets").glob("*.html"))[0], sorted((folder / "areas").glob("*.html"))[0]]
    for page in pages:
        _open(browser, str(page))
        assert not console_errors(browser), page
    urls = requested_urls(browser)
    assert any(u.endswith("lib/leaflet/leaflet.js") for u in urls)
    remote = [u for u in urls if not u.startswith(LOCAL_SCHEMES)]
    assert not remote, remote


def test_readable_on_a_phone(demo_site):
    with chromium(390, 844, phone=True) as phone:
        _open(phone, demo_site["INDEX"])
        widths = phone.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth, document.getElementById('map').offsetWidth]"
        )
        assert widths[0] <= widths[1]  # nothing wider than the screen
        assert widths[2] > 300
        size = phone.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")
        assert size >= 16
        phone.save_screenshot(str(DOCS / "residents_phone.png"))
        assert not console_errors(phone)


def test_text_has_enough_contrast(browser, demo_site):
    _open(browser, demo_site["INDEX"])
    pairs = browser.execute_script("""
        function rgb(c) { return c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number); }
        function lum(c) { return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]); }
        function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
        function back(e) { while (e) { var b = getComputedStyle(e).backgroundColor;
          if (b && !/rgba\\(0, 0, 0, 0\\)|transparent/.test(b)) { return b; } e = e.parentElement; } return 'rgb(255,255,255)'; }
        return Array.from(document.querySelectorAll('h1, h2, p, dt, dd, a, label, button, output, th, td, .badge, .note'))
          .filter(e => e.offsetParent !== null && e.textContent.trim())
          .map(e => { var f = lum(rgb(getComputedStyle(e).color)), b = lum(rgb(back(e)));
                      return [e.tagName, (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05)]; });
    """)
    low = [p for p in pairs if p[1] < 4.5]
    assert pairs and not low, low[:5]


def test_street_pages_name_the_period_in_words(demo_site):
    folder = Path(demo_site["OUTPUT_FOLDER"])
    page = sorted((folder / "streets").glob("*.html"))[0].read_text(encoding="utf-8")
    assert re.search(r"Geplande werkzaamheden, 1 januari 2027 – 31 december 2028", page)
