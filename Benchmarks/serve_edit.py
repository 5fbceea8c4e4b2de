#!/usr/bin/env python3
"""serve's fast path, measured as a writer sees it (issue 8: one edited case at 10 000 pages,
rebuilt and reloaded in <= 100 ms).

Starts `kunskapsbank serve` on a corpus, then several times: a client waits for the reload signal
(the long poll the reload script uses), one case gets a sentence appended with `printf >>`, and the
script times save -> reload signal -> edited page served; then it lets the full build behind the
fast path finish before the next edit. Prints every edit and the medians, with serve's own
`snabbt: ... på N ms` lines.

Usage: python3 Benchmarks/serve_edit.py KUNSKAPSBANK CORPUS [EDITS] [PORT]
       (CORPUS holds content/ with kunskapsbank.yml from Benchmarks/, as run.sh prepares it;
       the edits are made in a temporary copy of it)
"""
import http.client, json, os, shutil, statistics, subprocess, sys, tempfile, threading, time

kb, corpus = sys.argv[1], sys.argv[2]
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 7
port = int(sys.argv[4]) if len(sys.argv) > 4 else 18090
# The edits go to a private copy: the corpus given stays as generated for every other measurement.
work = tempfile.mkdtemp(prefix="serve-edit-")
content = os.path.join(work, "content")
shutil.copytree(os.path.join(corpus, "content"), content)
cases = sorted(n for n in os.listdir(os.path.join(content, "cases")) if n.startswith("fall-"))

def get(path, timeout=120):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path)
    body = connection.getresponse().read().decode()
    connection.close()
    return body

def version():
    return json.loads(get("/__kunskapsbank/status.json"))["version"]

def wait_for(version_before):
    answer = json.loads(get(f"/__kunskapsbank/vanta?version={version_before}"))
    return answer["version"]

log = open("/tmp/serve_edit.log", "w")
server = subprocess.Popen([kb, "serve", "--content", content, "--port", str(port)],
                          stdout=log, stderr=subprocess.STDOUT)
try:
    started = time.time()
    while True:
        try:
            if version() >= 1:
                break
        except OSError:
            pass
        time.sleep(0.2)
    print(f"first build and server up after {time.time() - started:.1f} s", flush=True)
    def edit(i, name):
        """Appends a sentence to one case; returns (ms to the reload signal, ms to the page served, signal version)."""
        before = version()
        done = {}
        def waiter():
            done["version"] = wait_for(before)
            done["signal"] = time.perf_counter()
        thread = threading.Thread(target=waiter)
        thread.start()
        time.sleep(0.3)  # the long poll is waiting in the server
        sentence = f"Mätning {i} {time.time()}."
        t0 = time.perf_counter()
        subprocess.run(["sh", "-c", f"printf '\\n%s\\n' '{sentence}' >> '{os.path.join(content, 'cases', name)}'"], check=True)
        thread.join()
        page = get(f"/cases/{name[:-3]}/")
        # The signal may be that of the previous edit's full build, publishing just before this
        # edit was seen (likely when that build is slow, as on a busy ext4); then the edit's own
        # signal is the next one. Timed to the page that holds the edit, as the writer sees it.
        for _ in range(5):
            if sentence in page:
                break
            done["version"] = wait_for(done["version"])
            done["signal"] = time.perf_counter()
            page = get(f"/cases/{name[:-3]}/")
        t1 = time.perf_counter()
        assert sentence in page, f"edit {i}: the served page lacks the new sentence"
        return (done["signal"] - t0) * 1000, (t1 - t0) * 1000, done["version"]

    def settle(after):
        """Waits until the full build behind the fast path has published (a version past `after`)."""
        while wait_for(after) == after:
            pass

    phases = [("quiet (full build of the previous edit done)", True), ("busy (full build of the previous edit running)", False)]
    for title, quiet in phases:
        signal_ms, page_ms = [], []
        for i in range(edits):
            name = cases[(i * 997 + (0 if quiet else 500)) % len(cases)]
            signal, page, signalled = edit(i, name)
            signal_ms.append(signal)
            page_ms.append(page)
            print(f"{title[:5]} edit {i}: cases/{name}: reload signal {signal:.1f} ms, edited page served {page:.1f} ms", flush=True)
            if quiet:
                settle(signalled)
            else:
                time.sleep(2)
        print(f"{title}: median of {edits}: reload signal {statistics.median(signal_ms):.1f} ms, "
              f"edited page served {statistics.median(page_ms):.1f} ms (max {max(page_ms):.1f} ms)", flush=True)
        # Until the last full build is done (serve's log then ends with its summary).
        while not quiet and not open("/tmp/serve_edit.log").read().rstrip().split("\n")[-1].startswith("klart:"):
            time.sleep(0.5)
finally:
    server.terminate()
    server.wait()
    log.close()
    shutil.rmtree(work, ignore_errors=True)
quick = [line.strip() for line in open("/tmp/serve_edit.log") if line.startswith(("snabbt:", "klart:"))]
print("\n".join(quick))
