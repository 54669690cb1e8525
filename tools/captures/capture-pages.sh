#!/usr/bin/env bash
# Captures saved pages with the tools archivists use, to measure the readers on real captures:
#   MHTML      Chromium's Page.captureSnapshot (capture-mhtml.mjs, playwright-core driving Debian's chromium)
#   WARC       Debian's wget --warc-file
#   SingleFile the npm package single-file-cli with Debian's chromium
# Usage: tools/captures/capture-pages.sh PAGES_DIR OUT_DIR
#   PAGES_DIR holds <id>/page.html folders (e.g. ../shared/eval/extraction/dev); OUT_DIR gets
#   <id>/page.mhtml, <id>/page.warc.gz, <id>/page.single.html, plus every other file of <id>/ copied
#   (so OUT_DIR can be scored with the evaluation scripts' --data and --input).
# The pages are served on 127.0.0.1 only (serve-pages.py; ARCHIVE_UTF8_HEADER=1 declares UTF-8 pages as UTF-8);
# the browsers refuse requests to any other host.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pages=$(cd "$1" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
port=${ARCHIVE_CAPTURE_PORT:-8765}
chromium=${ARCHIVE_CHROMIUM:-/usr/bin/chromium}

[ -d "$here/node_modules/playwright-core" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)

python3 "$here/serve-pages.py" "$pages" "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.2; done

ids=()
for dir in "$pages"/*/; do
  id=$(basename "$dir")
  [ -f "$dir/page.html" ] || continue
  ids+=("$id")
  mkdir -p "$out/$id"
  cp -n "$dir"/* "$out/$id/" 2>/dev/null || true
done

# WARC: one crawl per page, page requisites not followed (the pages link to hosts that are not reachable).
for id in "${ids[@]}"; do
  [ -f "$out/$id/page.warc.gz" ] && continue
  # ARCHIVE_WGET_REQUISITES=1 also fetches the page's images from the same host (-p), as a crawl would.
  (cd "$out/$id" && wget -q --tries=1 --timeout=10 ${ARCHIVE_WGET_REQUISITES:+-p} --delete-after --warc-file=page "http://127.0.0.1:$port/$id/page.html") || true
done

# MHTML: one browser for all pages.
todo=()
for id in "${ids[@]}"; do
  [ -f "$out/$id/page.mhtml" ] || todo+=("$id=http://127.0.0.1:$port/$id/page.html")
done
mkdir -p "$out/mhtml-tmp"
if [ ${#todo[@]} -gt 0 ]; then
  node "$here/capture-mhtml.mjs" "$out/mhtml-tmp" "${todo[@]}" 2>&1 | sed 's/^/mhtml: /' >&2 || true
fi
for f in "$out"/mhtml-tmp/*.mhtml; do [ -f "$f" ] && mv "$f" "$out/$(basename "$f" .mhtml)/page.mhtml"; done
rmdir "$out/mhtml-tmp" 2>/dev/null || true

# SingleFile: one browser for all pages, with SingleFile's defaults (scripts blocked, hidden elements removed).
urls="$out/singlefile-urls.txt"
: > "$urls"
for id in "${ids[@]}"; do
  [ -f "$out/$id/page.single.html" ] || echo "http://127.0.0.1:$port/$id/page.html" >> "$urls"
done
if [ -s "$urls" ]; then
  mkdir -p "$out/single-tmp"
  "$here/node_modules/.bin/single-file" --urls-file="$urls" --output-directory="$out/single-tmp" \
    --filename-template="{url-pathname-flat}" --browser-executable-path="$chromium" \
    --browser-args='["--no-sandbox"]' --browser-load-max-time=30000 >/dev/null 2>&1 || echo "singlefile failed" >&2
  for id in "${ids[@]}"; do
    f=$(find "$out/single-tmp" -type f -name "*_${id}_*" | head -1)
    [ -n "$f" ] && mv "$f" "$out/$id/page.single.html"
  done
  rm -rf "$out/single-tmp"
fi
rm -f "$urls"
