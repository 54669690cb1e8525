#!/usr/bin/env python3
"""Writes a WARC of about SIZE MB for the streaming benchmark: the page records of SOURCE (a WARC, such as the one
make-archive.py writes) repeated with fresh URLs until the size is reached. Usage: big-warc.py SOURCE OUT --mb 1024
"""
import argparse
import re

parser = argparse.ArgumentParser()
parser.add_argument("source")
parser.add_argument("out")
parser.add_argument("--mb", type=int, default=100)
args = parser.parse_args()
data = open(args.source, "rb").read()
limit = args.mb * 1024 * 1024
written = 0
copy = 0
with open(args.out, "wb") as out:
    while written < limit:
        # A fresh URL per copy (pages and images alike), so every page is its own article.
        chunk = re.sub(rb"(https://bench\.example/[a-z]+/)", rb"\g<1>c%d-" % copy, data)
        out.write(chunk)
        written += len(chunk)
        copy += 1
print(f"{written / 1024 / 1024:.0f} MB, {copy} copies")
