#!/usr/bin/env bash
# Cold builds of several executables (and Hugo), alternating run by run, prepared as bench.sh prepares them.
#
#   bench/alternate.sh [-r RUNS] [-w WORKDIR] [-n N] LABEL=EXECUTABLE[:BUILD-OPTIONS] ... [hugo]
#
# e.g. bench/alternate.sh -r 3 old=/tmp/old/archive new=/tmp/new/archive hugo "old-p1=/tmp/old/archive:--parallelism 1"
# Compares builds made elsewhere (`dotnet publish src/Archive.Cli -c Release -o DIR` of each commit) on the corpus
# that bench.sh made (WORKDIR/cap-N, and WORKDIR/md-N for Hugo): per round, each LABEL in the order given, page cache
# dropped before each run, each run into a folder no earlier run used (all removed at the end). Prints per run the
# wall time, CPU time (user + system), peak resident memory and the 1-minute load average when it started, and the
# build's own summary line when BUILD-OPTIONS include --timings. Only runs of one call compare with each other.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
RUNS=3; W=/tmp/archive-bench; N=10000; SPECS=()
while [ $# -gt 0 ]; do
  case "$1" in
    -r) RUNS=$2; shift 2 ;;
    -w) W=$2; shift 2 ;;
    -n) N=$2; shift 2 ;;
    -h|--help) sed -n 2,11p "$0"; exit 0 ;;
    *) SPECS+=("$1"); shift ;;
  esac
done
[ ${#SPECS[@]} -gt 0 ] && [ -d "$W/cap-$N" ] || { sed -n 2,11p "$0"; echo "needs $W/cap-$N (run bench.sh -w $W $N once)" >&2; exit 2; }
RUNS_DIR="$W/alternate-$(date +%s)-$$"
trap 'rm -rf "$RUNS_DIR"' EXIT
mkdir -p "$RUNS_DIR"; touch "$W/no-site.yml"
if printf '%s\n' "${SPECS[@]}" | grep -qx hugo; then
  # The shared hugo-site beside the corpus maker, as bench.sh finds it (BENCH_GEN points elsewhere).
  SHARED=$(dirname "${BENCH_GEN:-$REPO/../shared/bench/gen.py}")
  [ -d "$SHARED/hugo-site" ] && [ -d "$W/md-$N" ] || { echo "needs $SHARED/hugo-site and $W/md-$N (bench.sh --hugo makes it)" >&2; exit 2; }
  rm -rf "$W/hugo-site"; cp -r "$SHARED/hugo-site" "$W/hugo-site"
fi
for r in $(seq 1 "$RUNS"); do
  for spec in "${SPECS[@]}"; do
    label=${spec%%=*}; rest=${spec#*=}; out="$RUNS_DIR/$label-$r"
    sync; echo 1 > /proc/sys/vm/drop_caches 2>/dev/null || true
    load=$(cut -d' ' -f1 /proc/loadavg)
    if [ "$label" = hugo ]; then
      rm -rf "$W/hugo-site/resources" "$W/hugo-site/.hugo_build.lock"
      /usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" hugo --quiet --source "$W/hugo-site" \
        --contentDir "$W/md-$N" --destination "$out" --cacheDir "$RUNS_DIR/hugo-cache-$r" >/dev/null 2>&1
    else
      exe=${rest%%:*}; options=""; [ "$rest" != "$exe" ] && options=${rest#*:}
      # shellcheck disable=SC2086 # the options are words
      /usr/bin/time -f "%e %U %S %M" -o "$W/time.txt" "$exe" build --no-cache $options --input "$W/cap-$N" --output "$out" \
        --theme "$REPO/theme" --site "$W/no-site.yml" >"$W/build-$label.log" 2>&1 || tail -3 "$W/build-$label.log"
    fi
    read -r wall user sys kb < "$W/time.txt"
    echo "$label run $r: wall $wall s, CPU $(python3 -c "print(f'{$user + $sys:.2f}')") s (system $sys s), peak $((kb / 1024)) MiB, load $load"
    [ "$label" != hugo ] && grep -h 'GC pauses' "$W/build-$label.log" | sed 's/^/    /'
  done
done
