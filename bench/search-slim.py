#!/usr/bin/env python3
"""Slim copies of a built site's article pages, to time Pagefind on what it indexes and nothing else.

    python3 bench/search-slim.py OUTPUT_FOLDER SLIM_FOLDER

For each file at an article address (PermalinkAssigner.PageGlob: YYYY/MM/DD/*/index.html or
undated/*/index.html) holding the article template's <article ... data-pagefind-body>, writes to the same
relative path under SLIM_FOLDER a minimal document: <html lang>, a charset, and that <article> element with
its filter, meta and sort attributes, minus the related-articles section (data-pagefind-ignore="all").
Header, navigation, JSON-LD, head metadata and footer are left out. Prints the number of pages written.
Experiment of 2026-12-08 (issue 21); see docs/benchmarks.md#search.
"""
import os, re, sys

src, dst = sys.argv[1], sys.argv[2]
page = re.compile(r'^(\d{4}/\d{2}/\d{2}|undated)/[^/]+/index\.html$')
html_tag = re.compile(r'<html[^>]*>')
related = re.compile(r'<section class="related"[^>]*data-pagefind-ignore="all">.*?</section>', re.S)
n = 0
for root, dirs, files in os.walk(src):
    if 'index.html' not in files:
        continue
    rel = os.path.relpath(os.path.join(root, 'index.html'), src)
    if not page.match(rel.replace(os.sep, '/')):
        continue
    text = open(os.path.join(root, 'index.html'), encoding='utf-8').read()
    start = text.find('<article class="article" data-pagefind-body')
    if start < 0:
        continue
    end = text.rfind('</article>') + len('</article>')
    article = related.sub('', text[start:end])
    out = os.path.join(dst, rel)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('<!DOCTYPE html>\n' + html_tag.search(text).group(0) + '\n<head><meta charset="utf-8"></head>\n<body>\n'
                + article + '\n</body>\n</html>\n')
    n += 1
print(n)
