#!/usr/bin/env python3
"""Writes a WARC of about SIZE MB for the streaming benchmark.

  big-warc.py SOURCE OUT --mb 1024                 the page records of SOURCE (a WARC, such as the one make-archive.py
                                                   writes) repeated with fresh URLs until the size is reached
  big-warc.py SOURCE OUT --mb 1024 --media-mb 8    SOURCE once, then video records of 8 MB each (random bytes, no page
                                                   shows them) until the size is reached: a crawl whose bulk is media,
                                                   which the reader must stream past without holding it

The first form measures pages and images at scale (every image is encoded: about 0.2 s of CPU each); the second
measures the reader's memory on a large file in minutes. Deterministic: the filler is seeded.
"""
import argparse
import random
import re

parser = argparse.ArgumentParser()
parser.add_argument("source")
parser.add_argument("out")
parser.add_argument("--mb", type=int, default=100)
parser.add_argument("--media-mb", type=int, default=0, help="size of each filler media record; 0 repeats the pages")
args = parser.parse_args()
data = open(args.source, "rb").read()
limit = args.mb * 1024 * 1024
written = 0
copy = 0


def media_record(url, payload):
    http = f"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: {len(payload)}\r\n\r\n".encode() + payload
    header = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2021-01-01T00:00:00Z\r\n"
              f"WARC-Record-ID: <urn:uuid:{url}>\r\nContent-Type: application/http; msgtype=response\r\n"
              f"Content-Length: {len(http)}\r\n\r\n").encode()
    return header + http + b"\r\n\r\n"


with open(args.out, "wb") as out:
    if args.media_mb:
        out.write(data)
        written = len(data)
        rng = random.Random(1)
        while written < limit:
            record = media_record(f"https://bench.example/media/v{copy}.mp4", rng.randbytes(args.media_mb * 1024 * 1024))
            out.write(record)
            written += len(record)
            copy += 1
    else:
        while written < limit:
            # A fresh URL per copy (pages and images alike), so every page is its own article.
            chunk = re.sub(rb"(https://bench\.example/[a-z]+/)", rb"\g<1>c%d-" % copy, data)
            out.write(chunk)
            written += len(chunk)
            copy += 1
print(f"{written / 1024 / 1024:.0f} MB, {copy} {'media records' if args.media_mb else 'copies'}")
