#!/usr/bin/env bash
# Cold-build benchmark on a deterministic capture corpus.
#
#   bench/bench.sh [-r RUNS] [-w WORKDIR] [--hugo] [--jit] N [N...]
#
# Measures the executable users install: `dotnet publish` of the CLI, a native (ahead-of-time compiled)
# executable, which needs clang (apt-get install clang); --jit measures the JIT-compiled Release build
# (what `dotnet run -c Release` runs) instead.
# For each N: makes the corpus of N raw captures with the shared corpus maker
# (../shared/bench/gen.py, or $BENCH_GEN) unless WORKDIR/cap-N exists, then runs RUNS cold builds
# (fresh output folder each time, default site settings) under /usr/bin/time,
# and prints per run and as medians: wall time, CPU time (user + system), peak resident memory and
# the pages written (HTML files; all files in brackets). With --hugo, Hugo builds the same N
# articles right after (../shared/bench/hugo.sh), so that both are measured side by side.
# With two or more N, the last line compares CPU time per article between the smallest and the largest.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
RUNS=3; W=/tmp/archive-bench; HUGO=0; JIT=0; NS=()
while [ $# -gt 0 ]; do
  case "$1" in
    -r) RUNS=$2; shift 2 ;;
    -w) W=$2; shift 2 ;;
    --hugo) HUGO=1; shift ;;
    --jit) JIT=1; shift ;;
    -h|--help) sed -n 2,16p "$0"; exit 0 ;;
    *) NS+=("$1"); shift ;;
  esac
done
[ ${#NS[@]} -gt 0 ] || { sed -n 2,16p "$0"; exit 2; }
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
for N in "${NS[@]}"; do
  CAP="$W/cap-$N"
  if [ ! -d "$CAP" ]; then
    [ -f "$GEN" ] || { echo "no corpus maker at $GEN (set BENCH_GEN)" >&2; exit 2; }
    python3 "$GEN" --n "$N" --out "$CAP" --format capture >/dev/null
  fi
  OUT="$W/out-$N"; walls=(); cpus=(); rss=()
  for r in $(seq 1 "$RUNS"); do
    rm -rf "$OUT" "$OUT.staging" "$OUT.previous"
    sync; echo 1 > /proc/sys/vm/drop_caches 2>/dev/null || true
    /usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" "$W/bin/archive" build --no-cache --input "$CAP" --output "$OUT" \
      --theme "$REPO/theme" --site "$W/no-site.yml" >"$W/build.log" 2>&1 || { tail -5 "$W/build.log"; }
    read -r wall user sys kb < "$W/time.txt"
    cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
    walls+=("$wall"); cpus+=("$cpu"); rss+=("$((kb / 1024))")
    html=$(find "$OUT" -name '*.html' | wc -l); files=$(find "$OUT" -type f | wc -l)
    echo "ours N=$N run $r: wall ${wall} s, CPU ${cpu} s, peak ${rss[-1]} MiB, ${html} html (${files} files)"
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
    # One Hugo run per call, each after the same preparation as ours: the previous output removed, written
    # back and dropped from the page cache. Without it a run would pay for the previous run's deletion more
    # than ours do: ext4 without a journal skips recently deleted inodes when it allocates new ones, and here
    # creating 35,000 files took 1 to 7 s of system time depending on what had just been deleted.
    hwalls=(); hrss=()
    for r in $(seq 1 "$RUNS"); do
      rm -rf "$W/hugo-out" "$W/hugo-cache"
      sync; echo 1 > /proc/sys/vm/drop_caches 2>/dev/null || true
      line=$(bash "$HUGO_SH" "$N" 1 "$W" | grep '^run 1:')
      read -r hw hm < <(sed -E 's/^run 1: wall ([0-9.]+) s, peak ([0-9]+) MiB$/\1 \2/' <<< "$line")
      hwalls+=("$hw"); hrss+=("$hm")
      echo "hugo N=$N run $r: wall ${hw} s, peak ${hm} MiB" >&2
    done
    hpages=$(find "$W/hugo-out" -name '*.html' | wc -l)
    h=$(python3 -c 'import sys, statistics as st; w = list(map(float, sys.argv[2].split())); m = list(map(int, sys.argv[3].split())); print(f"hugo N={sys.argv[1]}: median wall {st.median(w):.2f} s, median peak {st.median(m):.0f} MiB, {sys.argv[4]} html files")' \
      "$N" "${hwalls[*]}" "${hrss[*]}" "$hpages")
    echo "$h" >&2; SUMMARY+=("$h")
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
print(f"linearity: CPU per article {ca:.2f} ms at {a:,} and {cb:.2f} ms at {b:,}: ratio {cb / ca:.2f} (1.00 is linear; above 1 grows faster than the archive)")'
fi
