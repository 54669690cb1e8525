#!/usr/bin/env python3
"""Bytes the search page downloads: on opening, and with its first query, in Debian's Chromium.

    python3 bench/search-bytes.py OUTPUT_FOLDER [QUERY ...]

Serves OUTPUT_FOLDER on a local port, logging the size of every response, and opens /search/ and then
/search/?q=QUERY (a fresh browser profile each time, so nothing is cached) in headless Chromium. Prints the
bytes by kind of file (page, script, Pagefind's entry, wasm, meta, index chunks, filter chunks, fragments).
A QUERY starting with '?' is the URL's query string as it is, e.g. '?source=Meridian%20Daily' (a filter alone,
as a "search within" link opens the page).
"""
import collections, http.server, os, subprocess, sys, tempfile, threading, urllib.parse

site, queries = sys.argv[1], sys.argv[2:] or ["council"]
log = []

class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=site, **k)

    def log_message(self, *args):
        pass

    def end_headers(self):
        path = urllib.parse.urlparse(self.path).path
        full = self.translate_path(self.path)
        if os.path.isdir(full):
            full = os.path.join(full, "index.html")
        if os.path.isfile(full):
            log.append((path, os.path.getsize(full)))
        super().end_headers()

server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
port = server.server_address[1]

def kind(path):
    name = path.rsplit("/", 1)[-1]
    if path.startswith("/pagefind/fragment/"): return "fragments"
    if path.startswith("/pagefind/index/"): return "index chunks"
    if path.startswith("/pagefind/filter/"): return "filter chunks"
    if name.endswith(".pf_meta"): return "meta"
    if name.startswith("wasm."): return "wasm"
    if path.startswith("/pagefind/"): return "pagefind.js + entry"
    if path.startswith("/assets/"): return "theme assets"
    return "page"

def visit(url):
    del log[:]
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                        "--virtual-time-budget=20000", "--dump-dom", url], capture_output=True, timeout=300)
    totals = collections.Counter()
    for path, size in log:
        totals[kind(path)] += size
    return totals

def show(title, totals):
    print(f"{title}: {sum(totals.values()):,} bytes")
    for name, size in sorted(totals.items()):
        print(f"  {name:22} {size:>10,}")

opened = visit(f"http://127.0.0.1:{port}/search/")
show("open /search/", opened)
for query in queries:
    search = query if query.startswith("?") else f"?q={urllib.parse.quote(query)}"
    queried = visit(f"http://127.0.0.1:{port}/search/{search}")
    show(f"open + first query '{query}'", queried)
    print(f"  first query alone: {sum(queried.values()) - sum(opened.values()):,} bytes")
server.shutdown()
