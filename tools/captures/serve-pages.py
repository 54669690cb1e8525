"""Serves a folder of saved pages on 127.0.0.1 for the capture tools: python3 serve-pages.py DIR PORT.

A saved page.html has lost the HTTP header its server sent. Browsers decode a page that declares no charset by
their locale's default (windows-1252), so a UTF-8 page saved without its header turns to mojibake in a browser
and in every capture made through one. With ARCHIVE_UTF8_HEADER=1 an .html file whose bytes are valid UTF-8 is
served with "charset=utf-8", as its original server most likely sent it; without it, plain "text/html".
"""
import http.server, os, sys, functools

class Handler(http.server.SimpleHTTPRequestHandler):
    def guess_type(self, path):
        kind = super().guess_type(path)
        if kind == "text/html" and os.environ.get("ARCHIVE_UTF8_HEADER") == "1":
            try:
                with open(path, "rb") as f:
                    f.read().decode("utf-8")
                return "text/html; charset=utf-8"
            except (OSError, UnicodeDecodeError):
                pass
        return kind

    def log_message(self, *args):
        pass

directory, port = sys.argv[1], int(sys.argv[2])
http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory)).serve_forever()
