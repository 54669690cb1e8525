#!/usr/bin/env python3
"""Trains the embedded text-dump date model (src/Archive.Core/Normalization/Dates/Resources/text-dates.model).

Usage (from the repository root, with a Release build):
  python3 tools/eval/train_dates.py [--eval ../shared/eval] [--cli "dotnet src/Archive.Cli/bin/Release/net10.0/archive.dll"]
                                    [--out src/Archive.Core/Normalization/Dates/Resources/text-dates.model] [--seed 1]

Training pages: every dev page of the date benchmark that has a gold day (capture.txt labelled by date.txt). The
honest figure of this recipe is `cv.py --what dates-text --refit dates`, which runs the same command per fold on the
other folds' hosts. Same pages and seed, same weights.
"""
import argparse
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cv import date_pages  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--eval', default='../shared/eval', help='the evaluation folder (never copied here)')
    ap.add_argument('--cli', default='dotnet src/Archive.Cli/bin/Release/net10.0/archive.dll')
    ap.add_argument('--out', default='src/Archive.Core/Normalization/Dates/Resources/text-dates.model')
    ap.add_argument('--seed', default='1')
    a = ap.parse_args()
    root = Path(a.eval).resolve()
    dates = date_pages(root / 'dates' / 'dev')
    folders = [root / 'dates' / 'dev' / p for p in sorted(dates)]
    with tempfile.TemporaryDirectory() as work:
        pages = Path(work) / 'date-dev-pages.pages'
        pages.write_text(''.join(f'{f}\n' for f in folders), encoding='utf-8')
        subprocess.run(shlex.split(a.cli) + ['train-dates', '--pages', str(pages), '--out', a.out, '--seed', a.seed], check=True)


if __name__ == '__main__':
    main()
