#!/usr/bin/env python3
"""Script injection check in Chromium for the hostile fixture bank (Tests/Fixtures/hostile).

The bank puts <script>, "><img onerror=…>, javascript: and data: URLs in every place content
reaches the site. Over http and from file://, this loads every page of the build with alert,
confirm and prompt replaced by recorders (installed before any page script) and a listener for
Content-Security-Policy violations, then asserts:
  - no alert/confirm/prompt was called and no global an injected script would set (kbPwned) exists;
  - the CSP meta element is in place and no violation was reported (every violation is printed,
    so a blocked injection would show here even though the CSP stopped it);
  - no element from content carries an event attribute, and no href/src uses javascript: or data:;
  - search with a hostile query and with queries that hit the hostile titles shows them as text.

The output ends with "N passed, N failed"; the exit status is 1 on any failure.
"""
import argparse
import os
import pathlib
import sys
import shutil
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_site import Results, browser, serve, wait_for_status  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

INSTRUMENT = """
window.__kb = {dialogs: [], csp: []};
['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
  window[name] = function (message) { window.__kb.dialogs.push(name + ': ' + message); };
});
document.addEventListener('securitypolicyviolation', function (event) {
  window.__kb.csp.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
}, true);
"""

AUDIT = """
var found = [];
document.querySelectorAll('*').forEach(function (element) {
  Array.prototype.forEach.call(element.attributes, function (attribute) {
    var name = attribute.name.toLowerCase();
    var value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
    if (name.indexOf('on') === 0) { found.push(element.tagName + ' ' + name); }
    if (['href', 'src', 'action', 'formaction', 'xlink:href'].indexOf(name) >= 0 &&
        /^(javascript|data|vbscript):/.test(value)) { found.push(element.tagName + ' ' + name + '=' + value.slice(0, 40)); }
  });
  if (['IFRAME', 'OBJECT', 'EMBED', 'IMG'].indexOf(element.tagName) >= 0) { found.push(element.tagName); }
  if (element.tagName === 'SCRIPT' && (!element.src || element.textContent.trim())) { found.push('inline SCRIPT'); }
});
var meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
return {
  pwned: typeof window.kbPwned === 'undefined' ? null : String(window.kbPwned),
  dialogs: window.__kb ? window.__kb.dialogs : ['instrument saknas'],
  csp: window.__kb ? window.__kb.csp : [],
  policy: meta ? meta.getAttribute('content') : null,
  audit: found
};
"""


def settle(driver):
    for _ in range(50):
        if driver.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.05)
    time.sleep(0.15)  # image errors and deferred scripts fire after load


def open_dialog(driver):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        return text
    except NoAlertPresentException:
        return None


def check_page(driver, url, label, results):
    driver.get(url)
    settle(driver)
    dialog = open_dialog(driver)
    state = driver.execute_script(AUDIT)
    results.check(dialog is None and not state["dialogs"], f"{label}: ingen dialogruta", f"{dialog} {state['dialogs']}")
    results.check(state["pwned"] is None, f"{label}: inget skript från innehållet körde", f"kbPwned = {state['pwned']}")
    results.check(state["policy"] is not None and "script-src 'self'" in state["policy"],
                  f"{label}: CSP finns", str(state["policy"]))
    results.check(not state["csp"], f"{label}: inga CSP-överträdelser", "\n    ".join(state["csp"]))
    results.check(not state["audit"], f"{label}: inga händelseattribut, skriptadresser eller inbäddningar",
                  "\n    ".join(state["audit"][:10]))
    return len(state["csp"])


def check_search(driver, search_url, label, results):
    for query, expect_hits in (("<img src=x onerror=alert('sok')> skript", True), ("\"><script>alert(1)</script>", None),
                               ("fientligsok", True), ("javascript:alert(1)", None), ("sidtitel", True)):
        driver.get(search_url + "?q=" + urllib.parse.quote(query))
        try:
            status = wait_for_status(driver)
        except Exception as error:  # noqa: BLE001 - reported as a failed check
            results.check(False, f"{label}: sökningen svarar på {query!r}", repr(error))
            continue
        settle(driver)
        state = driver.execute_script(AUDIT)
        dialog = open_dialog(driver)
        hits = driver.find_elements(By.CSS_SELECTOR, "#sok-traffar > li")
        results.check(dialog is None and not state["dialogs"] and state["pwned"] is None and not state["csp"]
                      and not state["audit"], f"{label}: sökning på {query!r} kör inget skript",
                      f"{dialog} {state}")
        if expect_hits:
            results.check(len(hits) > 0, f"{label}: sökning på {query!r} ger träffar", status)
        if query == "sidtitel":
            titles = [hit.find_element(By.CSS_SELECTOR, "a").text for hit in hits]
            results.check(any("<script>" in title for title in titles),
                          f"{label}: fientliga titlar visas som text i träfflistan", repr(titles))
        results.check(query in driver.find_element(By.ID, "sok-fraga").get_attribute("value"),
                      f"{label}: frågan står kvar som text i sökfältet")


def check_instrument(driver, results):
    """The checks must be able to fail: a page whose own script calls alert and sets kbPwned, and
    an inline script the CSP blocks, must show up as a dialog, a global and one violation."""
    folder = tempfile.mkdtemp(prefix="kunskapsbank-kontroll-")
    with open(os.path.join(folder, "kontroll.js"), "w") as script:
        script.write("window.kbPwned = 'kontroll'; alert('kontroll');")
    with open(os.path.join(folder, "kontroll.html"), "w") as page:
        page.write('<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>k</title>'
                   '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'">'
                   '<script src="kontroll.js"></script></head><body><script>window.kbInline = 1;</script></body></html>')
    driver.get(pathlib.Path(folder, "kontroll.html").as_uri())
    settle(driver)
    state = driver.execute_script(AUDIT)
    blocked = driver.execute_script("return typeof window.kbInline === 'undefined'")
    shutil.rmtree(folder, ignore_errors=True)
    results.check(state["dialogs"] == ["alert: kontroll"] and state["pwned"] == "kontroll" and len(state["csp"]) == 1
                  and blocked and state["audit"] == ["inline SCRIPT"],
                  "kontroll: instrumentet ser dialogrutor, globaler och CSP-överträdelser", str(state))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", help="den byggda fientliga banken")
    arguments = parser.parse_args()
    folder = os.path.abspath(arguments.site)
    pages = sorted(str(path.relative_to(folder)) for path in pathlib.Path(folder).rglob("*.html"))
    results = Results()
    results.check(len(pages) > 20, f"fientlig: sidorna finns ({len(pages)})")
    driver = browser()
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": INSTRUMENT})
    server, base = serve(folder, "/")
    violations = 0
    try:
        check_instrument(driver, results)
        for origin, root in (("http", base), ("file", pathlib.Path(folder).as_uri() + "/")):
            for page in pages:
                violations += check_page(driver, root + page, f"{origin} {page}", results)
            check_search(driver, root + "sok/index.html", f"{origin} sök", results)
    finally:
        driver.quit()
        server.shutdown()
    print(f"fientlig: {len(pages)} sidor över http och file://, {violations} CSP-överträdelser")
    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
