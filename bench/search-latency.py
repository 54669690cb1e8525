#!/usr/bin/env python3
"""Time from typing a query to its results on the search page, in Debian's headless Chromium.

    python3 bench/search-latency.py OUTPUT_FOLDER [QUERY ...]

Serves OUTPUT_FOLDER on a local port beside a small harness page (served at /__latency/, never written into the
folder). The harness opens /search/ in a same-origin frame with a fresh browser profile (nothing cached), waits
two seconds for the page to load Pagefind, then for each query in turn puts the whole query in the search box as
one `input` event (a paste, or the last keystroke) and measures until the result count for that query is
announced, that is until the results are on the page. The page's 120 ms debounce is part of the figure. Each
query is new to the page, so the first one also fetches its index chunks and fragments over the network.
"""
import http.server, json, os, subprocess, sys, tempfile, threading, urllib.parse

site, queries = sys.argv[1], sys.argv[2:] or ["council"]
done = threading.Event()
timings = []

HARNESS = """<!DOCTYPE html><meta charset="utf-8"><title>latency</title>
<iframe id="f" src="/search/" style="width:1000px;height:800px"></iframe>
<script>
const queries = %s;
const frame = document.getElementById('f');
frame.addEventListener('load', () => setTimeout(async () => {
  const doc = frame.contentDocument;
  const input = doc.getElementById('search-query');
  const status = doc.getElementById('search-status');
  const out = [];
  for (const q of queries) {
    const shown = new Promise(resolve => {
      const seen = new MutationObserver(() => {
        if (status.textContent.includes('\\u201c' + q + '\\u201d') && doc.querySelector('#search-results > li')) {
          seen.disconnect();
          resolve(performance.now());
        }
      });
      seen.observe(doc.body, { childList: true, subtree: true, characterData: true });
    });
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new frame.contentWindow.Event('input', { bubbles: true }));
    const end = await Promise.race([shown, new Promise(r => setTimeout(() => r(NaN), 20000))]);
    out.push({ query: q, ms: Math.round(end - start) });
    await new Promise(r => setTimeout(r, 500));
  }
  await fetch('/__latency/result', { method: 'POST', body: JSON.stringify(out) });
}, 2000));
</script>"""


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=site, **k)

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/__latency/"):
            body = (HARNESS % json.dumps(queries)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().do_GET()

    def do_POST(self):
        timings.extend(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(204)
        self.end_headers()
        done.set()


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
port = server.server_address[1]
with tempfile.TemporaryDirectory() as profile:
    browser = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                                "--remote-debugging-port=0", f"http://127.0.0.1:{port}/__latency/"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        finished = done.wait(timeout=120)
    finally:
        browser.terminate()
        browser.wait(timeout=30)
server.shutdown()
if not finished:
    sys.exit("no result within 120 s")
for t in timings:
    print(f"{t['query']}\t" + (f"{t['ms']} ms" if t["ms"] is not None else "no results within 20 s"))
