#!/usr/bin/env python3
"""Sample a built site's entity index pages for judging: the top N by article count and N drawn at random
(seeded) from the rest, for people, places and organisations.

Usage (labels are kept outside the repository):
  python3 tools/eval/entity_sample.py SITE OUTDIR [--n 60] [--seed 18] [--archive INPUT] [--labels LABELS]
  python3 tools/eval/entity_sample.py SITE SAMPLE --rescore --labels LABELS

Writes OUTDIR/<kind>.tsv with one row per sampled page: set (top/random), name, articles, url, the page's
"also written as" names, up to three article titles, and (with --archive) one line of the archive's text
around the name, so that a judge sees what the page is about. The label column is empty, or filled from
LABELS (a TSV of kind, name, label as written by a judge: "1" right entity of the right kind, otherwise an
error class such as "misc", "kind", "nonname", "fragment", "dup"). Rows with a label are then scored:
prints, per kind and set, right / judged, and the count of each error class.

With --rescore SAMPLE (a folder this script wrote earlier, for another build of the same archive) no new sample is
drawn: the rows of SAMPLE/<kind>.tsv are scored against LABELS as they stand in SITE (a page counts when its kind's
index lists it), so a change is measured on the same judged pages. A page the change removed is no longer counted; it is listed with its label. A page kept under
the same address keeps its label even if the change altered it (a "dup" whose twin merged into it still counts as
wrong), so a change that merges pages is under-counted: read the pages it touched.

Judging protocol (docs/entities.md, "Judging the index pages"): a page is right when its name is a real
entity of the page's kind (a person on /people/, a place on /places/, an organisation on /organisations/),
named completely enough to know which one, and no other page of the same kind names the same entity.
"""
import argparse, glob, html, os, random, re, sys

ITEM = re.compile(r'<li><a href="(/[a-z]+/[^"]+/)">([^<]*)</a> <span class="count">(\d+)</span></li>')
TITLE = re.compile(r'<a href="/(?:\d{4}|undated)/[^"]*">([^<]*)</a>')
ALIASES = re.compile(r'<p class="aliases">Also written as: ([^<]*)</p>')
KINDS = ["people", "places", "organisations"]


def index_terms(site, kind):
    pages = [f"{site}/{kind}/index.html"] + sorted(
        glob.glob(f"{site}/{kind}/page/*/index.html"), key=lambda p: int(p.split('/')[-2]))
    terms = []
    for p in pages:
        with open(p, encoding='utf-8') as f:
            for m in ITEM.finditer(f.read()):
                terms.append((html.unescape(m.group(2)), int(m.group(3)), m.group(1)))
    return terms


def page_facts(site, url):
    with open(f"{site}{url}index.html", encoding='utf-8') as f:
        text = f.read()
    aliases = ALIASES.search(text)
    titles = [html.unescape(t).strip()[:70] for t in TITLE.findall(text)[:3]]
    return (html.unescape(aliases.group(1)) if aliases else ''), ' | '.join(titles)


class Snippets:
    """One line of the archive's text dumps around a name, for the judge."""

    def __init__(self, folder):
        self.texts = []
        if folder:
            for p in sorted(glob.glob(os.path.join(folder, '*.txt'))):
                with open(p, encoding='utf-8', errors='replace') as f:
                    self.texts.append(' '.join(f.read().split()))

    def around(self, name):
        pattern = re.compile(r'(?<!\w)' + re.escape(name) + r'(?!\w)')
        for t in self.texts:
            m = pattern.search(t)
            if m:
                return t[max(0, m.start() - 70):m.end() + 70].replace('\t', ' ')
        return ''


def error_classes(errors):
    """" (fragment 3, misc 2)" for a count of each error class, or nothing."""
    return ' (' + ', '.join(f'{k} {n}' for k, n in sorted(errors.items())) + ')' if errors else ''


def load_labels(path):
    labels = {}
    if path and os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                parts = line.rstrip('\n').split('\t')
                if len(parts) >= 3 and parts[2]:
                    labels[(parts[0], parts[1])] = parts[2]
    return labels


def rescore(site, sample, labels):
    """Scores an earlier sample's judged rows on another build: right / judged among the pages still there."""
    for kind in KINDS:
        path = os.path.join(sample, f'{kind}.tsv')
        if not os.path.exists(path):
            continue
        by_set = {}
        with open(path, encoding='utf-8') as f:
            next(f)
            for line in f:
                parts = line.rstrip('\n').split('\t')
                label = labels.get((kind, parts[1]), '')
                if label:
                    by_set.setdefault(parts[0], []).append((parts[1], parts[3], label))
        listed = {url for _, _, url in index_terms(site, kind)}
        for s, rows in by_set.items():
            kept = [r for r in rows if r[1] in listed]
            gone = [r for r in rows if r not in kept]
            right = sum(1 for r in kept if r[2] == '1')
            errors = {}
            for r in kept:
                if r[2] != '1':
                    errors[r[2]] = errors.get(r[2], 0) + 1
            print(f"{kind} {s}: {right}/{len(kept)} right of the judged pages still there"
                  + error_classes(errors)
                  + f"; {len(gone)} gone: {sum(1 for r in gone if r[2] == '1')} right, {sum(1 for r in gone if r[2] != '1')} wrong")
            for name, _, label in gone:
                print(f"  gone: {name} ({label})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('site')
    ap.add_argument('outdir')
    ap.add_argument('--n', type=int, default=60)
    ap.add_argument('--seed', type=int, default=18)
    ap.add_argument('--archive')
    ap.add_argument('--labels')
    ap.add_argument('--rescore', action='store_true')
    a = ap.parse_args()
    if a.rescore:
        if not a.labels or not os.path.exists(a.labels):
            ap.error('--rescore needs --labels LABELS')
        return rescore(a.site, a.outdir, load_labels(a.labels))
    os.makedirs(a.outdir, exist_ok=True)
    snippets = Snippets(a.archive)
    labels = load_labels(a.labels)
    for kind in KINDS:
        terms = index_terms(a.site, kind)
        top, rest = terms[:a.n], terms[a.n:]
        rnd = random.Random(a.seed).sample(rest, min(a.n, len(rest)))
        score = {}
        with open(os.path.join(a.outdir, f'{kind}.tsv'), 'w', encoding='utf-8') as f:
            f.write('set\tname\tarticles\turl\taliases\ttitles\tcontext\tlabel\n')
            for s, rows in (('top', top), ('random', rnd)):
                for name, count, url in rows:
                    aliases, titles = page_facts(a.site, url)
                    label = labels.get((kind, name), '')
                    if label:
                        sc = score.setdefault(s, {'right': 0, 'judged': 0, 'errors': {}})
                        sc['judged'] += 1
                        if label == '1':
                            sc['right'] += 1
                        else:
                            sc['errors'][label] = sc['errors'].get(label, 0) + 1
                    f.write('\t'.join([s, name, str(count), url, aliases, titles,
                                       snippets.around(name) if not label else '', label]) + '\n')
        summary = '; '.join(
            f"{s} {v['right']}/{v['judged']}" + error_classes(v['errors'])
            for s, v in score.items())
        print(f'{kind}: {len(terms)} pages; {summary or "not judged"}')


if __name__ == '__main__':
    sys.exit(main())
