#!/usr/bin/env python3
"""Trains the embedded text-dump line classifier (src/Archive.Core/Normalization/Text/Resources/text-lines.model).

Usage (from the repository root, with a Release build):
  python3 tools/eval/train_text.py [--eval ../shared/eval] [--cli "dotnet src/Archive.Cli/bin/Release/net10.0/archive.dll"]
                                   [--out src/Archive.Core/Normalization/Text/Resources/text-lines.model]

Training pages: the date benchmark's dev pages (text dump + saved HTML; the HTML reader labels the dump's lines),
leaving out every host that has an extraction dev page, so the 88 extraction pages stay a held-out test
(`cv.py --what text --refit heldout` gives that figure with the same page choice). Same pages and seed, same weights.
"""
import argparse
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cv import date_pages, extraction_pages  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--eval', default='../shared/eval', help='the evaluation folder (never copied here)')
    ap.add_argument('--cli', default='dotnet src/Archive.Cli/bin/Release/net10.0/archive.dll')
    ap.add_argument('--out', default='src/Archive.Core/Normalization/Text/Resources/text-lines.model')
    a = ap.parse_args()
    root = Path(a.eval).resolve()
    banned = set(extraction_pages(root / 'extraction' / 'dev').values())
    dates = date_pages(root / 'dates' / 'dev')
    folders = [root / 'dates' / 'dev' / p for p in sorted(dates) if dates[p] not in banned]
    with tempfile.TemporaryDirectory() as work:
        pages = Path(work) / 'date-pages-without-extraction-hosts.pages'
        pages.write_text(''.join(f'{f}\n' for f in folders), encoding='utf-8')
        subprocess.run(shlex.split(a.cli) + ['train-text', '--pages', str(pages), '--out', a.out], check=True)


if __name__ == '__main__':
    main()
