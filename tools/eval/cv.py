#!/usr/bin/env python3
"""Cross-validated quality figures for extraction and dates, with folds by host.

Usage (from the repository root, with a Release build):
  python3 tools/eval/cv.py [--eval ../shared/eval] [--cli "dotnet src/Archive.Cli/bin/Release/net10.0/archive.dll"]
                           [--what text,html,dates-html,dates-text] [--folds 5] [--json OUT]
  python3 tools/eval/cv.py --what html --refit [--seed 1] [--keep-scoring FILE]   (train-html per fold)

The evaluation pages (kept outside the repository) are split into FOLDS folds by host, so that one
site's pages are never on both sides of a split: hosts are taken largest first (ties by a hash of the
name) and each goes to the fold with the fewest pages so far. Same pages, same folds, on any machine.

Every figure is computed per fold with the benchmark's own metric (extraction: score.py's 4-gram
shingle F1; dates: htmldate's exact-day accuracy and precision) and printed beside the dev figure
(all pages at once). The rules are set by hand, not fitted, so their cross-validated figure is their
figure on each fold's unseen hosts: the per-fold spread is what a new site should expect. A component
fitted to data must be refitted per fold on the other folds' hosts (`assign_folds` gives the split).
`--refit` on dates-text fits the date model (train-dates) per fold on the other folds' hosts, so its figure is honest
(`--exact-precision`, `--inferred-precision`: train-dates' options of the same names, else its defaults).
`--refit` on html fits the HTML reader's weights and thresholds (train-html: coordinate search on the benchmark's body
F1) per fold on the other folds' extraction pages (other hosts), then reads the fold's pages with them; the dev figure
printed beside it is the one of a fit on all 88 pages, read on those same pages (`--html-scoring` reads a given file).
Dates print each confidence tier's precision when `extract --format jsonl` states `published_confidence`.
`--what teacher` scores the text-dump bodies of the 522 date pages against the HTML reader's bodies of the
same pages (0.98 on the extraction pages): pages no text rule was written against, so a change that helps
only the 88 extraction pages shows here as no gain.
"""
import argparse
import hashlib
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse


def host_of(url):
    host = urlparse(url.strip()).netloc.lower().split(':')[0]
    return host[4:] if host.startswith('www.') else host


def assign_folds(page_hosts, k):
    """{page: host} -> {page: fold}: whole hosts, largest first, each to the emptiest fold."""
    by_host = {}
    for page, host in page_hosts.items():
        by_host.setdefault(host, []).append(page)
    order = sorted(by_host, key=lambda h: (-len(by_host[h]), hashlib.sha1(h.encode()).hexdigest()))
    sizes = [0] * k
    folds = {}
    for host in order:
        f = min(range(k), key=lambda i: (sizes[i], i))
        sizes[f] += len(by_host[host])
        for page in by_host[host]:
            folds[page] = f
    return folds


def run_extract(cli, paths, extra=()):
    cmd = shlex.split(cli) + ['extract', '--format', 'jsonl'] + list(extra) + paths
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr[-3000:])
        sys.exit(f'cv.py: extract exited {proc.returncode}')
    out = {}
    for line in proc.stdout.splitlines():
        if line.startswith('{'):
            obj = json.loads(line)
            out[Path(obj['source']).parent.name] = obj
    return out


def extraction_pages(data):
    pages = sorted(p.name for p in data.iterdir() if (p / 'truth.txt').exists())
    return {p: host_of((data / p / 'url.txt').read_text(encoding='utf-8')) for p in pages}


def date_pages(data):
    hosts = {}
    with open(data / 'index.tsv', encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        for line in f:
            row = dict(zip(head, line.rstrip('\n').split('\t')))
            if (data / row['id'] / 'date.txt').exists():
                hosts[row['id']] = host_of(row['url'])
    return hosts


def body_f1(score, data, pages, preds):
    triples = []
    for p in pages:
        truth = (data / p / 'truth.txt').read_text(encoding='utf-8')
        triples.append(score.tp_fp_fn(truth, preds.get(p, {}).get('body') or ''))
    return score.metrics(triples)['f1'] if triples else float('nan')


def date_figures(data, pages, preds):
    correct = answered = 0
    tiers = {}
    for p in pages:
        gold = (data / p / 'date.txt').read_text(encoding='utf-8').strip()
        obj = preds.get(p, {})
        day = (obj.get('published') or '')[:10]
        if not day:
            continue
        answered += 1
        ok = day == gold
        correct += ok
        t = tiers.setdefault(obj.get('published_confidence') or 'any', [0, 0])
        t[0] += ok
        t[1] += 1
    acc = correct / len(pages) if pages else float('nan')
    prec = correct / answered if answered else float('nan')
    return acc, prec, {k: (v[0] / v[1], v[1]) for k, v in sorted(tiers.items())}


def teacher_f1(score, text_preds, html_preds, pages):
    """Text-dump bodies scored against the HTML reader's bodies of the same pages (a teacher, not a truth)."""
    triples = [score.tp_fp_fn(html_preds[p].get('body') or '', text_preds.get(p, {}).get('body') or '')
               for p in pages if (html_preds.get(p, {}).get('body') or '').strip()]
    return score.metrics(triples)['f1'] if triples else float('nan')


def wrong_block(score, text_preds, html_preds, pages, below=0.2, min_words=50):
    """Pages whose HTML body has at least MIN_WORDS words and whose text-dump body scores under BELOW against it
    (the text took the wrong block, or almost nothing of the article); returns those pages and the count of such bodies."""
    wrong, counted = [], 0
    for p in pages:
        reference = html_preds.get(p, {}).get('body') or ''
        if len(reference.split()) < min_words:
            continue
        counted += 1
        x = score.tp_fp_fn(reference, text_preds.get(p, {}).get('body') or '')
        pr, rc = score.prec(*x), score.rec(*x)
        if (2 * pr * rc / (pr + rc) if pr + rc > 0 else 0) < below:
            wrong.append(p)
    return wrong, counted


def train_text(cli, folders, workdir, name):
    """Trains the text line classifier on page folders (train-text); returns the model file."""
    pages = Path(workdir) / f'{name}.pages'
    pages.write_text(''.join(str(f) + '\n' for f in folders), encoding='utf-8')
    model = Path(workdir) / f'{name}.model'
    proc = subprocess.run(shlex.split(cli) + ['train-text', '--pages', str(pages), '--out', str(model)], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        sys.exit(f'cv.py: train-text exited {proc.returncode}')
    chosen = [line for line in proc.stderr.splitlines() if line.startswith('chose') or 'pages labelled' in line]
    print(f'  [{name}] ' + '; '.join(chosen), file=sys.stderr)
    return str(model)


def train_dates(cli, folders, workdir, name, extra=()):
    """Trains the text-dump date model on page folders with a gold day (train-dates); returns the model file."""
    pages = Path(workdir) / f'{name}.pages'
    pages.write_text(''.join(str(f) + '\n' for f in folders), encoding='utf-8')
    model = Path(workdir) / f'{name}.model'
    proc = subprocess.run(shlex.split(cli) + ['train-dates', '--pages', str(pages), '--out', str(model)] + list(extra), capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        sys.exit(f'cv.py: train-dates exited {proc.returncode}')
    chosen = [line for line in proc.stderr.splitlines() if line.startswith('chose')]
    print(f'  [{name}] ' + '; '.join(chosen), file=sys.stderr)
    return str(model)


def train_html(cli, folders, workdir, name, seed):
    """Fits the HTML reader's scoring values on page folders with truth.txt (train-html); returns the scoring file."""
    pages = Path(workdir) / f'{name}.pages'
    pages.write_text(''.join(str(f) + '\n' for f in folders), encoding='utf-8')
    model = Path(workdir) / f'{name}.scoring'
    proc = subprocess.run(shlex.split(cli) + ['train-html', '--pages', str(pages), '--out', str(model), '--seed', str(seed)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        sys.exit(f'cv.py: train-html exited {proc.returncode}')
    for line in proc.stderr.splitlines():
        if line.startswith(('start', 'chose', '  ')):
            print(f'  [{name}] {line.strip()}', file=sys.stderr)
    return str(model)


def refit_html(a, pages, folds, data, name, workdir):
    """Per fold, the HTML scoring fitted on the other folds' pages (other hosts), then the fold's pages read with it;
    and the fit on every page, read on every page (the dev figure of a fitted scoring)."""
    preds = {}
    for k in range(a.folds):
        test = [p for p in pages if folds[p] == k]
        model = train_html(a.cli, [data / p for p in pages if folds[p] != k], workdir, f'html-fold{k}', a.seed)
        preds.update(run_extract(a.cli, [str(data / p / name) for p in test], ['--html-scoring', model]))
    model = train_html(a.cli, [data / p for p in pages], workdir, 'html-all', a.seed)
    if a.keep_scoring:
        Path(a.keep_scoring).write_text(Path(model).read_text(encoding='utf-8'), encoding='utf-8')
    dev = run_extract(a.cli, [str(data / p / name) for p in pages], ['--html-scoring', model])
    return preds, dev


def refit_dates(a, pages, folds, data, name, workdir):
    """Per fold, the text-dump date model trained on the other folds' pages (other hosts), then the fold's pages read with it."""
    preds = {}
    for k in range(a.folds):
        test = [p for p in pages if folds[p] == k]
        extra = ['--exact-precision', str(a.exact_precision)] if a.exact_precision else []
        extra += ['--inferred-precision', str(a.inferred_precision)] if a.inferred_precision else []
        model = train_dates(a.cli, [data / p for p in pages if folds[p] != k], workdir, f'dates-fold{k}', extra)
        preds.update(run_extract(a.cli, [str(data / p / name) for p in test], ['--date-model', model]))
    return preds


def refit_predictions(a, what, root, pages, hosts, folds, workdir):
    """Per fold, the text line classifier trained without the fold's hosts, then the fold's pages read with it.

    --refit dates: trained on the date pages only (teacher labels); all: date pages and the extraction pages of
    the other folds (hand-made labels); heldout: one model on the date pages of hosts that no extraction page has,
    read on every page (the 88 extraction pages never seen in training)."""
    kind, name = TASKS[what]
    ex = root / 'extraction' / 'dev'
    dt = root / 'dates' / 'dev'
    ex_hosts = extraction_pages(ex)
    dt_hosts = date_pages(dt)
    data = root / kind / 'dev'
    preds = {}
    html = {}
    if a.refit == 'heldout':
        banned = set(ex_hosts.values()) if kind == 'extraction' else set()
        model = train_text(a.cli, [dt / p for p in sorted(dt_hosts) if dt_hosts[p] not in banned], workdir, 'heldout')
        return run_extract(a.cli, [str(data / p / name) for p in pages], ['--text-model', model])
    for k in range(a.folds):
        test = [p for p in pages if folds[p] == k]
        test_hosts = {hosts[p] for p in test}
        train = [dt / p for p in sorted(dt_hosts) if dt_hosts[p] not in test_hosts and (kind == 'extraction' or folds[p] != k)]
        if a.refit == 'all':
            train += [ex / p for p in sorted(ex_hosts) if ex_hosts[p] not in test_hosts and (kind == 'dates' or folds[p] != k)]
        model = train_text(a.cli, train, workdir, f'{what}-fold{k}')
        preds.update(run_extract(a.cli, [str(data / p / name) for p in test], ['--text-model', model]))
    return preds


TASKS = {
    'text': ('extraction', 'capture.txt'),
    'html': ('extraction', 'page.html'),
    'dates-html': ('dates', 'page.html'),
    'dates-text': ('dates', 'capture.txt'),
    'teacher': ('dates', 'capture.txt'),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--eval', default='../shared/eval', help='the evaluation folder (never copied here)')
    ap.add_argument('--cli', default='dotnet src/Archive.Cli/bin/Release/net10.0/archive.dll')
    ap.add_argument('--what', default='text,html,dates-html,dates-text')
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--json', default=None, help='write the figures as JSON here')
    ap.add_argument('--text-model', default=None, help='extract --text-model for text dumps: rules, learnt or a model file')
    ap.add_argument('--refit', default=None, nargs='?', const='dates', choices=['dates', 'all', 'heldout'],
                    help='text and teacher: train the line classifier per fold without the fold\'s hosts (see refit_predictions);'
                         ' dates-text: train the date model (train-dates) per fold on the other folds (see refit_dates);'
                         ' html: fit the scoring values (train-html) per fold on the other folds (see refit_html; any choice)')
    ap.add_argument('--date-model', default=None, help='extract --date-model for text dumps: rules, learnt or a model file')
    ap.add_argument('--exact-precision', type=float, default=None, help='dates-text --refit: train-dates --exact-precision')
    ap.add_argument('--inferred-precision', type=float, default=None, help='dates-text --refit: train-dates --inferred-precision')
    ap.add_argument('--html-scoring', default=None, help='extract --html-scoring for saved pages: a file from train-html')
    ap.add_argument('--seed', type=int, default=1, help='html --refit: train-html --seed')
    ap.add_argument('--keep-scoring', default=None, help='html --refit: copy the scoring fitted on all pages here')
    a = ap.parse_args()

    root = Path(a.eval).resolve()
    sys.path.insert(0, str(root / 'extraction'))
    import score  # the benchmark's own metric, imported from the evaluation folder

    report = {}
    for what in a.what.split(','):
        kind, name = TASKS[what]
        data = root / kind / 'dev'
        hosts = extraction_pages(data) if kind == 'extraction' else date_pages(data)
        folds = assign_folds(hosts, a.folds)
        pages = sorted(hosts)
        paths = [str(data / p / name) for p in pages]
        text_args = ['--text-model', a.text_model] if a.text_model and name == 'capture.txt' else []
        text_args += ['--date-model', a.date_model] if a.date_model and name == 'capture.txt' else []
        text_args += ['--html-scoring', a.html_scoring] if a.html_scoring and name == 'page.html' else []
        refitted = None
        if a.refit and what == 'html':
            with tempfile.TemporaryDirectory() as workdir:
                refitted, dev = refit_html(a, pages, folds, data, name, workdir)
        elif a.refit and what == 'dates-text':
            with tempfile.TemporaryDirectory() as workdir:
                dev = refit_dates(a, pages, folds, data, name, workdir)
        elif a.refit and what in ('text', 'teacher'):
            with tempfile.TemporaryDirectory() as workdir:
                dev = refit_predictions(a, what, root, pages, hosts, folds, workdir)
        else:
            dev = run_extract(a.cli, paths, text_args)
        if what == 'teacher':
            html = run_extract(a.cli, [str(data / p / 'page.html') for p in pages])
            values = [teacher_f1(score, dev, html, [p for p in pages if folds[p] == k]) for k in range(a.folds)]
            figure = teacher_f1(score, dev, html, pages)
            print(f'{what:11} pages {len(pages):3}  text vs HTML reader F1 {figure:.3f}  CV mean {statistics.mean(values):.3f}'
                  f' (sd {statistics.pstdev(values):.3f})  folds ' + ' '.join(f'{v:.3f}' for v in values))
            wrong, long_bodies = wrong_block(score, dev, html, pages)
            print(f'{"":11} wrong block (text vs HTML reader F1 < 0.2, HTML body >= 50 words): {len(wrong)} of {long_bodies}')
            report[what] = {'f1': figure, 'folds': values, 'wrong_block': wrong, 'long_bodies': long_bodies}
            continue
        per_fold = []
        for k in range(a.folds):
            test = [p for p in pages if folds[p] == k]
            preds = refitted if refitted is not None else dev
            if kind == 'extraction':
                per_fold.append({'pages': len(test), 'f1': body_f1(score, data, test, preds)})
            else:
                acc, prec, tiers = date_figures(data, test, preds)
                per_fold.append({'pages': len(test), 'accuracy': acc, 'precision': prec, 'tiers': tiers})
        if kind == 'extraction':
            figure = body_f1(score, data, pages, dev)
            values = [f['f1'] for f in per_fold]
            print(f'{what:11} pages {len(pages):3}  dev F1 {figure:.3f}  CV mean {statistics.mean(values):.3f}'
                  f' (sd {statistics.pstdev(values):.3f})  folds ' + ' '.join(f'{v:.3f}' for v in values))
            report[what] = {'dev_f1': figure, 'folds': per_fold}
        else:
            acc, prec, tiers = date_figures(data, pages, dev)
            values = [f['accuracy'] for f in per_fold]
            print(f'{what:11} pages {len(pages):3}  dev accuracy {acc:.3f} precision {prec:.3f}'
                  f'  CV accuracy mean {statistics.mean(values):.3f} (sd {statistics.pstdev(values):.3f})'
                  f'  folds ' + ' '.join(f'{v:.3f}' for v in values))
            for tier, (p, n) in tiers.items():
                fold_p = [f['tiers'][tier][0] for f in per_fold if tier in f['tiers']]
                print(f'{"":11} tier {tier:8} answered {n:3}  precision {p:.3f}'
                      f'  per fold ' + ' '.join(f'{v:.3f}' for v in fold_p))
            report[what] = {'dev_accuracy': acc, 'dev_precision': prec, 'tiers': tiers, 'folds': per_fold}
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=1, sort_keys=True), encoding='utf-8')


if __name__ == '__main__':
    main()
