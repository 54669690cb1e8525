#!/usr/bin/env python3
"""Score the stories of a built site against make_archive.py's layout, from the site's build report.

Usage (after `archive build --input ARCHIVE --output SITE` of an archive written by make_archive.py):
  python3 tools/eval/story_pairs.py SITE [--list]

make_archive.py writes each evaluation page as up to two captures of one story, <id>.html and <id>.txt: the file
name without its extension is the true story. build-report.json gives every published capture the permalink of
the story it ended up in (every capture of a story gets the story's permalink), so the build's own grouping is
read back from the output, not recomputed. Prints, in pairs of captures: true pairs (two captures of one id),
merged (both in one story), missed (in two stories, or one not published), false merges (two ids in one story),
the number of stories the captures made, and with --list every missed pair and every story holding several ids.
"""
import argparse, collections, itertools, json, pathlib, sys

ap = argparse.ArgumentParser()
ap.add_argument("site", help="output folder of the build (holds build-report.json)")
ap.add_argument("--list", action="store_true", help="list missed pairs and false merges")
a = ap.parse_args()

entries = json.loads((pathlib.Path(a.site) / "build-report.json").read_text(encoding="utf-8"))
story_of = {}   # capture path -> permalink of its story
for e in entries:
    path = e.get("Path") or e.get("path")
    permalink = e.get("Permalink") or e.get("permalink")
    if path and permalink:
        story_of[path] = permalink

def stem(path):
    return path.rsplit(".", 1)[0]

by_id = collections.defaultdict(list)
for e in entries:
    path = e.get("Path") or e.get("path")
    if path and "/" not in path and path.rsplit(".", 1)[-1] in ("html", "txt"):
        by_id[stem(path)].append(path)

true_pairs = merged = 0
missed = []
for sid, paths in sorted(by_id.items()):
    for x, y in itertools.combinations(sorted(paths), 2):
        true_pairs += 1
        if x in story_of and story_of.get(x) == story_of.get(y):
            merged += 1
        else:
            missed.append((x, y))

members = collections.defaultdict(list)
for path, permalink in story_of.items():
    members[permalink].append(path)
false_merges = 0
mixed = []
for permalink, paths in sorted(members.items()):
    ids = collections.Counter(stem(p) for p in paths)
    if len(ids) > 1:
        n = sum(ids.values())
        false_merges += n * (n - 1) // 2 - sum(c * (c - 1) // 2 for c in ids.values())
        mixed.append((permalink, sorted(paths)))

print(f"captures {len(story_of)} published, stories {len(members)}, true pairs {true_pairs}, merged {merged}, "
      f"missed {len(missed)}, false merges {false_merges} (pairs of captures of two ids in one story)")
if a.list:
    for x, y in missed:
        print(f"missed {x} ({story_of.get(x, 'not published')}) | {y} ({story_of.get(y, 'not published')})")
    for permalink, paths in mixed:
        print(f"false merge {permalink}: {' '.join(paths)}")
