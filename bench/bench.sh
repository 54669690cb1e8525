#!/usr/bin/env bash
# Cold-build benchmark on a deterministic capture corpus.
#
#   bench/bench.sh [-r RUNS] [-w WORKDIR] [--hugo] [--jit] [--reuse-output] N [N...]
#
# Measures the executable users install: `dotnet publish` of the CLI, a native (ahead-of-time compiled)
# executable, which needs clang (apt-get install clang); --jit measures the JIT-compiled Release build
# (what `dotnet run -c Release` runs) instead.
# For each N: makes the corpus of N raw captures with the shared corpus maker
# (../shared/bench/gen.py, or $BENCH_GEN) unless WORKDIR/cap-N exists, then runs RUNS cold builds
# (no cache, a new output folder each run, default site settings, page cache dropped before each)
# under /usr/bin/time, and prints per run and as medians: wall time, CPU time (user + system), peak
# resident memory and the pages written (HTML files; all files in brackets). With --hugo, Hugo builds
# the same N articles (the shared hugo-site and Markdown corpus, the command line of ../shared/bench/hugo.sh)
# after each of our runs, prepared the same way, so that both see the same machine.
# With two or more N, the last lines compare CPU time per article between the smallest and the largest N,
# and give what each further article cost between consecutive N (net of fixed costs).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
RUNS=3; W=/tmp/archive-bench; HUGO=0; JIT=0; REUSE=0; NS=()
while [ $# -gt 0 ]; do
  case "$1" in
    -r) RUNS=$2; shift 2 ;;
    -w) W=$2; shift 2 ;;
    --hugo) HUGO=1; shift ;;
    --jit) JIT=1; shift ;;
    --reuse-output) REUSE=1; shift ;;
    -h|--help) sed -n 2,17p "$0"; exit 0 ;;
    *) NS+=("$1"); shift ;;
  esac
done
[ ${#NS[@]} -gt 0 ] || { sed -n 2,17p "$0"; exit 2; }
GEN=${BENCH_GEN:-$REPO/../shared/bench/gen.py}
HUGO_SH=${BENCH_HUGO:-$(dirname "$GEN")/hugo.sh}
mkdir -p "$W"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$W/bin"
if [ "$JIT" = 1 ]; then
  echo "executable: JIT-compiled Release build"
  dotnet build "$REPO/src/Archive.Cli" -c Release -o "$W/bin" -v quiet -nologo >/dev/null
else
  command -v clang >/dev/null || { echo "the native build needs clang (apt-get install clang), or pass --jit" >&2; exit 2; }
  echo "executable: native (dotnet publish, ahead-of-time compiled)"
  dotnet publish "$REPO/src/Archive.Cli" -c Release -o "$W/bin" -v quiet -nologo >/dev/null
fi
SUMMARY=()
# Each run writes into a folder no earlier run used, all under one folder made for this call and removed
# at the end. Removing a site and building into the same place again measures the file system more than
# the tool: on this machine's ext4, allocating inodes right where tens of thousands were just freed cost
# 3 to 7 s of system time for 70,000 files and folders, against 1.2 s into a new folder (a Python loop,
# no generator involved); builds on CI and on the CDN start from a fresh checkout. --reuse-output
# measures the other way: the previous output removed, written back and dropped from the page cache.
RUNS_DIR="$W/runs-$(date +%s)-$$"
trap 'rm -rf "$RUNS_DIR"' EXIT
mkdir -p "$RUNS_DIR"
prepare() { sync; echo 1 > /proc/sys/vm/drop_caches 2>/dev/null || true; }
for N in "${NS[@]}"; do
  CAP="$W/cap-$N"
  if [ ! -d "$CAP" ]; then
    [ -f "$GEN" ] || { echo "no corpus maker at $GEN (set BENCH_GEN)" >&2; exit 2; }
    python3 "$GEN" --n "$N" --out "$CAP" --format capture >/dev/null
  fi
  if [ "$HUGO" = 1 ]; then
    # The same site, corpus and command line as the shared hugo.sh, with a destination per run.
    command -v hugo >/dev/null || { echo "hugo is not installed: apt-get install -y hugo" >&2; exit 2; }
    rm -rf "$W/hugo-site"; cp -r "$(dirname "$HUGO_SH")/hugo-site" "$W/hugo-site"
    [ -d "$W/md-$N" ] || python3 "$GEN" --n "$N" --out "$W/md-$N/articles" --hugo-index >/dev/null
  fi
  walls=(); cpus=(); rss=(); hwalls=(); hcpus=(); hrss=()
  for r in $(seq 1 "$RUNS"); do
    # Ours, then Hugo, run after run: the machine's speed drifts over minutes, and this way both see the same drift.
    if [ "$REUSE" = 1 ]; then OUT="$W/out-$N"; rm -rf "$OUT" "$OUT.staging" "$OUT.previous"; else OUT="$RUNS_DIR/ours-$N-$r"; fi
    prepare
    /usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" "$W/bin/archive" build --no-cache --input "$CAP" --output "$OUT" \
      --theme "$REPO/theme" --site "$W/no-site.yml" >"$W/build.log" 2>&1 || { tail -5 "$W/build.log"; }
    read -r wall user sys kb < "$W/time.txt"
    cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
    walls+=("$wall"); cpus+=("$cpu"); rss+=("$((kb / 1024))")
    html=$(find "$OUT" -name '*.html' | wc -l); files=$(find "$OUT" -type f | wc -l)
    echo "ours N=$N run $r: wall ${wall} s, CPU ${cpu} s (system ${sys} s), peak ${rss[-1]} MiB, ${html} html (${files} files)"
    if [ "$HUGO" = 1 ]; then
      if [ "$REUSE" = 1 ]; then HOUT="$W/hugo-out"; HCACHE="$W/hugo-cache"; rm -rf "$HOUT" "$HCACHE"; else HOUT="$RUNS_DIR/hugo-$N-$r"; HCACHE="$RUNS_DIR/hugo-cache-$N-$r"; fi
      rm -rf "$W/hugo-site/resources" "$W/hugo-site/.hugo_build.lock"
      prepare
      /usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" hugo --quiet --source "$W/hugo-site" \
        --contentDir "$W/md-$N" --destination "$HOUT" --cacheDir "$HCACHE" >/dev/null
      read -r hw huser hsys hkb < "$W/time.txt"
      hcpu=$(python3 -c "print(f'{$huser + $hsys:.2f}')")
      hwalls+=("$hw"); hcpus+=("$hcpu"); hrss+=("$((hkb / 1024))")
      hhtml=$(find "$HOUT" -name '*.html' | wc -l); hfiles=$(find "$HOUT" -type f | wc -l)
      echo "hugo N=$N run $r: wall ${hw} s, CPU ${hcpu} s (system ${hsys} s), peak ${hrss[-1]} MiB, ${hhtml} html (${hfiles} files)"
    fi
  done
  line=$(python3 - "$N" "$html" "$files" "${walls[*]}" "${cpus[*]}" "${rss[*]}" <<'PY'
import sys, statistics as st
n, html, files = int(sys.argv[1]), sys.argv[2], sys.argv[3]
w, c, m = (list(map(float, a.split())) for a in sys.argv[4:7])
print(f"ours N={n}: median wall {st.median(w):.2f} s, median CPU {st.median(c):.2f} s, median peak {st.median(m):.0f} MiB, "
      f"{html} html ({files} files); per article {1000*st.median(w)/n:.2f} ms wall, {1000*st.median(c)/n:.2f} ms CPU")
PY
)
  echo "$line"; SUMMARY+=("$line")
  if [ "$HUGO" = 1 ]; then
    h=$(python3 - "$N" "$hhtml" "$hfiles" "${hwalls[*]}" "${hcpus[*]}" "${hrss[*]}" "${walls[*]}" <<'PY'
import sys, statistics as st
n, html, files = int(sys.argv[1]), sys.argv[2], sys.argv[3]
w, c, m, ours = (list(map(float, a.split())) for a in sys.argv[4:8])
print(f"hugo N={n}: median wall {st.median(w):.2f} s, median CPU {st.median(c):.2f} s, median peak {st.median(m):.0f} MiB, "
      f"{html} html ({files} files); ours/hugo wall {st.median(ours)/st.median(w):.2f}")
PY
)
    echo "$h"; SUMMARY+=("$h")
  fi
done
echo "--- summary"
printf '%s\n' "${SUMMARY[@]}"
if [ ${#NS[@]} -ge 2 ]; then
  printf '%s\n' "${SUMMARY[@]}" | python3 -c '
import re, sys
rows = [(int(m.group(1)), float(m.group(2))) for m in (re.search(r"ours N=(\d+):.* ([\d.]+) ms CPU$", l) for l in sys.stdin) if m]
rows.sort()
(a, ca), (b, cb) = rows[0], rows[-1]
print(f"linearity: CPU per article {ca:.2f} ms at {a:,} and {cb:.2f} ms at {b:,}: ratio {cb / ca:.2f} (1.00 is linear; above 1 grows faster than the archive)")
# What each further article costs, net of the fixed costs (start-up, theme, index pages whose number stops growing):
# the same figure from one pair to the next means the total grows linearly.
for (n0, c0), (n1, c1) in zip(rows, rows[1:]):
    print(f"marginal CPU per article from {n0:,} to {n1:,}: {(c1 * n1 - c0 * n0) / (n1 - n0):.2f} ms")'
fi
