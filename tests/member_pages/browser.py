"""Chromium (the system's, from apt) driven by Selenium at a phone's size, 390×844."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

PHONE = (390, 844)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
MISSING = (
    None
    if CHROMIUM and CHROMEDRIVER
    else "needs Chromium and chromedriver (apt install chromium chromium-driver)"
)


def phone_browser(language: str) -> webdriver.Chrome:
    assert CHROMIUM and CHROMEDRIVER
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--window-size={PHONE[0]},{PHONE[1]}",
        f"--lang={language}",
    ):
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = webdriver.Chrome(options=opts, service=webdriver.ChromeService(CHROMEDRIVER))
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True},
    )
    # Finding an element waits for the page a click submitted to arrive (no sleeps).
    driver.implicitly_wait(10)
    return driver


def full_page_png(driver: webdriver.Chrome, path: Path) -> None:
    """The whole page at phone width (what a member scrolls through)."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    height = int(metrics["cssContentSize"]["height"])
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": PHONE[0], "height": max(height, 1), "scale": 1},
        },
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))


def click_and_load(driver: webdriver.Chrome, element: WebElement) -> None:
    """Click something that loads a page, and wait until the old page is gone (else the
    next look finds the previous page's notice)."""
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 20).until(lambda _d: _gone(old))


def _gone(element: WebElement) -> bool:
    """Selenium's ``staleness_of``, also when Chrome, caught mid-navigation, answers with
    "Node with given id does not belong to the document" instead of a stale reference."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise
    return False
