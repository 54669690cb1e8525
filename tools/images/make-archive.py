#!/usr/bin/env python3
"""Makes a benchmark archive of N article pages, each with one photo-sized PNG, in three forms:

  OUT/warc/input/crawl.warc        every page and its image as WARC response records (the image after its page)
  OUT/saved/input/pNNNN.html       saved pages, each image in pNNNN_files/photo.png
  OUT/plain/input/pNNNN.html       the same pages without their figure (the cost of images is the difference)

With --no-images the pages have no figure and only warc/ and saved/ are written; --pad-kb K adds K KB of script and
style to every page, as real pages carry (the reader drops it), so that 10,000 pages make a 1 GB WARC:
make-archive.py --pages 10000 --no-images --pad-kb 100 --out /tmp/warc-1g compares a 1 GB crawl with the same pages saved.

Deterministic (seeded); no third-party modules. Usage: make-archive.py --pages 200 --out /tmp/img-bench
"""
import argparse
import os
import random
import struct
import zlib

SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vor", "el", "quin", "bar", "sud", "ol", "pen", "dra", "fu", "ges", "hol"]


def word(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def sentence(rng):
    words = [word(rng) for _ in range(rng.randint(12, 22))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def png(width, height, seed):
    """An opaque PNG with a diagonal band: fast to make row by row, and with edges for the resizer."""
    rng = random.Random(seed)
    a = bytes(rng.randrange(256) for _ in range(3))
    b = bytes(rng.randrange(256) for _ in range(3))
    rows = []
    for y in range(height):
        k = y * width // height
        rows.append(b"\x00" + a * k + b * (width - k))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def padding(kb, rng):
    """About KB kilobytes of inline script and style: the bulk of a real page that is not its article."""
    if kb <= 0:
        return ""
    names = [word(rng) for _ in range(64)]
    lines = []
    size = 0
    while size < kb * 1024:
        a, b = rng.choice(names), rng.choice(names)
        line = f"window.{a}_{rng.randrange(10**6)}=function({b}){{return {b}&&{b}.{a}?{b}.{a}({rng.randrange(999)}):null}};"
        lines.append(line)
        size += len(line) + 1
    css = "".join(f".{n}{{margin:{rng.randrange(40)}px}}" for n in names)
    return f"<style>{css}</style><script>\n" + "\n".join(lines) + "\n</script>"


def page(i, rng, figure, pad_kb=0):
    bulk = padding(pad_kb, random.Random(-1 - i))
    title = " ".join(word(rng).capitalize() for _ in range(5))
    paragraphs = ["<p>" + " ".join(sentence(rng) for _ in range(3)) + "</p>" for _ in range(6)]
    day = 1 + i % 28
    body = paragraphs[:2] + ([figure] if figure else []) + paragraphs[2:]
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="2020-{1 + i % 12:02d}-{day:02d}">{bulk}</head>\n'
            f'<body><article><h1>{title}</h1>\n' + "\n".join(body) + "\n</article></body></html>\n")


def warc_record(url, payload, content_type):
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n".encode() + payload
    header = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2021-01-01T00:00:00Z\r\n"
              f"WARC-Record-ID: <urn:uuid:{url}>\r\nContent-Type: application/http; msgtype=response\r\n"
              f"Content-Length: {len(http)}\r\n\r\n").encode()
    return header + http + b"\r\n\r\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--out", required=True)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--no-images", action="store_true", help="pages without figures; writes warc/ and saved/ only")
    parser.add_argument("--pad-kb", type=int, default=0, help="KB of script and style added to every page")
    args = parser.parse_args()
    if args.no_images:
        return pages_only(args)
    for kind in ("warc", "saved", "plain"):
        os.makedirs(os.path.join(args.out, kind, "input"), exist_ok=True)
    with open(os.path.join(args.out, "warc", "input", "crawl.warc"), "wb") as warc:
        for i in range(args.pages):
            image = png(args.width, args.height, i)
            figure = f'<figure><img src="{{src}}" alt="Photo {i}"><figcaption>Caption of photo {i}</figcaption></figure>'
            name = f"p{i:04d}"
            html_warc = page(i, random.Random(i), figure.replace("{src}", f"/img/{name}.png"))
            warc.write(warc_record(f"https://bench.example/news/{name}", html_warc.encode(), "text/html; charset=utf-8"))
            warc.write(warc_record(f"https://bench.example/img/{name}.png", image, "image/png"))
            saved = os.path.join(args.out, "saved", "input")
            with open(os.path.join(saved, name + ".html"), "w") as f:
                f.write(page(i, random.Random(i), figure.replace("{src}", f"{name}_files/photo.png")))
            os.makedirs(os.path.join(saved, name + "_files"), exist_ok=True)
            with open(os.path.join(saved, name + "_files", "photo.png"), "wb") as f:
                f.write(image)
            with open(os.path.join(args.out, "plain", "input", name + ".html"), "w") as f:
                f.write(page(i, random.Random(i), None))


def pages_only(args):
    """The same pages, without figures, as one WARC and as saved pages."""
    for kind in ("warc", "saved"):
        os.makedirs(os.path.join(args.out, kind, "input"), exist_ok=True)
    with open(os.path.join(args.out, "warc", "input", "crawl.warc"), "wb") as warc:
        for i in range(args.pages):
            name = f"p{i:05d}"
            html = page(i, random.Random(i), None, args.pad_kb)
            warc.write(warc_record(f"https://bench.example/news/{name}", html.encode(), "text/html; charset=utf-8"))
            with open(os.path.join(args.out, "saved", "input", name + ".html"), "w") as f:
                f.write(html)


if __name__ == "__main__":
    main()
