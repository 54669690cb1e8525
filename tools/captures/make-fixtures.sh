#!/usr/bin/env bash
# Makes the capture fixtures of the tests from the pages under tools/captures/pages/ (written for the project):
# each is captured with the real tools (capture-pages.sh) and its MHTML, WARC and SingleFile files are copied to
# tests/Archive.Core.Tests/Fixtures/Captures/<page>/. Run it again after changing a page or a tool's version.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../../tests/Archive.Core.Tests/Fixtures/Captures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ARCHIVE_WGET_REQUISITES=1 ARCHIVE_CAPTURE_PORT=${ARCHIVE_CAPTURE_PORT:-8767} "$here/capture-pages.sh" "$here/pages" "$work"
for dir in "$work"/*/; do
  name=$(basename "$dir")
  mkdir -p "$fixtures/$name"
  for file in page.mhtml page.warc.gz page.single.html; do
    [ -f "$dir/$file" ] && cp "$dir/$file" "$fixtures/$name/$file"
  done
done
ls -R "$fixtures"
