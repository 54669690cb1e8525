#!/usr/bin/env python3
"""Shares of a perf profile of `archive build` by step.

    perf record -F 499 -g -o perf.data ARCHIVE build --no-cache ...
    perf script -i perf.data -F comm,tid,ip,sym,dso | python3 bench/perf-steps.py

Native (AOT) executables carry their symbols; for the JIT build set DOTNET_PerfMapEnabled=1. Each sample goes to the
garbage collector when any frame of its stack is the collector's, otherwise to the innermost frame that names a step
below (so a template called while writing a file counts as writing, and a date found while normalising counts as dates).
"""
import collections
import re
import sys

GC = re.compile(r"SVR::|WKS::|gc_heap|GCHeap|RhpGcPoll|RhpWaitForGC|GCToEEInterface|SuspendEE|RestartEE")
STEPS = [
    ("write files (SiteSink/IO)", re.compile(r"SiteSink|SiteWriter|Output_")),
    ("templates (Scriban/Theme)", re.compile(r"Scriban|Rendering_Theme|HtmlTemplateContext|Utf8Output")),
    ("render other", re.compile(r"Rendering_|RenderArticles|RenderArchives|RenderFeeds|RenderSitemap")),
    ("entity tagging", re.compile(r"Entities_Tagging|NerTagger|StagedScorer|FeatureExtractor")),
    ("entity other (analyse)", re.compile(r"ArticleEntityExtractor|Analysis_Entities|AnalyseArticles|TagNormaliser")),
    ("normalise: dates", re.compile(r"Normalization_Dates|TextDateScanner|DateExpressions")),
    ("normalise", re.compile(r"Normalization_|NormaliseCaptures|CaptureProcessor|TextCleaner")),
    ("story grouping", re.compile(r"Analysis_Stories|GroupStories")),
    ("resolve/index", re.compile(r"ResolveArchive|IndexArchive|Analysis_Index|Analysis_Permalinks|Analysis_Tags")),
    ("find captures", re.compile(r"FindCaptures|InputScanner")),
]


def step(frames):
    if any(GC.search(f) for f in frames):
        return "gc"
    for frame in frames:  # perf prints the leaf first
        for name, pattern in STEPS:
            if pattern.search(frame):
                return name
    return "other (start-up, runtime, kernel outside a step)"


counts, kernel, frames, total = collections.Counter(), collections.Counter(), [], 0
for line in list(sys.stdin) + [""]:
    if line.strip():
        if line[0] in " \t":
            frames.append(line.strip())
        continue
    if frames:
        total += 1
        name = step(frames)
        counts[name] += 1
        kernel[name] += "[kernel" in frames[0]
    frames = []
for name, n in counts.most_common():
    print(f"{name:50s} {100 * n / total:5.1f}%  (in the kernel {100 * kernel[name] / total:4.1f}%)")
print(f"{total} samples")
