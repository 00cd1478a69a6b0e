#!/usr/bin/env bash
# Placement Advisor benchmark: wall time and peak memory of `assess --format json` on generated
# inventories of 10,000 and 100,000 services, start-up time against a bare Java program, and
# `diff` of two saved reports of 80,000 services (and of a 100,000-service report with itself).
# Needs only a JDK: the ./advisor launcher it measures builds the jar when missing or stale.
#
#   bench/run.sh            # full run (a few minutes)
#   RUNS=1 STARTUP_RUNS=3 bench/run.sh   # quicker, noisier
#   BENCH_STRICT=1 bench/run.sh          # exit 1 when a target is missed
#   SECTIONS="diff" bench/run.sh         # only some of: assess startup diff
#
# Method and the numbers last measured: docs/performance.md.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
jar="$root/target/advisor.jar"
runs=${RUNS:-3}
startup_runs=${STARTUP_RUNS:-10}
sections=" ${SECTIONS:-assess startup diff} "
section() { [[ "$sections" == *" $1 "* ]]; }

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java="$JAVA_HOME/bin/java"
  javac="$JAVA_HOME/bin/javac"
else
  java=java
  javac=javac
fi

# The launcher rebuilds the jar when the sources are newer, and makes its class-data archive;
# one run here does both before anything is timed.
"$root/advisor" --version >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/advisor-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# ---------------------------------------------------------------------------- helpers

now_ns() { date +%s%N; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Peak resident memory: GNU time where installed, else the process's VmHWM from /proc, read every
# 20 ms until it exits (the last reading before exit; VmHWM is already a high-water mark).
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' true >/dev/null 2>&1; then
  rss_method="GNU time (/usr/bin/time -f %M, maximum resident set size)"
  have_gnu_time=1
else
  rss_method="VmHWM from /proc/PID/status, sampled every 20 ms"
  have_gnu_time=0
fi

# measure OUTFILE CMD... : runs CMD; prints "SECONDS PEAK_KB"; fails if CMD fails.
measure() {
  local stats="$work/time.txt" start end status=0 peak=0
  if [ "$have_gnu_time" = 1 ]; then
    start=$(now_ns)
    /usr/bin/time -o "$stats" -f '%M' "$@" >/dev/null 2>"$work/stderr.txt" || status=$?
    end=$(now_ns)
    peak=$(tail -n 1 "$stats")
  else
    start=$(now_ns)
    "$@" >/dev/null 2>"$work/stderr.txt" &
    local pid=$! hwm
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$hwm" ] && peak=$hwm
      sleep 0.02
    done
    wait "$pid" || status=$?
    end=$(now_ns)
  fi
  if [ "$status" != 0 ]; then
    echo "bench: command failed (exit $status): $*" >&2
    cat "$work/stderr.txt" >&2
    exit 1
  fi
  awk -v s="$start" -v e="$end" -v p="$peak" 'BEGIN { printf "%.3f %d\n", (e - s) / 1e9, p }'
}

# wall SECONDS of one run of CMD..., output discarded.
wall() {
  local start end
  start=$(now_ns)
  "$@" >/dev/null 2>&1
  end=$(now_ns)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}

verdict() { # verdict VALUE LIMIT  -> "ok" when VALUE <= LIMIT
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "ok" : "MISSED" }'
}

# --------------------------------------------------------------------------- machine

echo "== machine"
echo "cpu:    $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown), $(nproc) cores"
echo "memory: $(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
echo "java:   $("$java" -version 2>&1 | head -n 1)"
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min, before the run)"
echo "peak memory from: $rss_method"

# --------------------------------------------------------------------- large inventories

declare -A time_med rss_med
if section assess; then
echo
echo "== assess --format json -o OUT: median of $runs runs"
for n in 10000 100000; do
  inv="$work/inventory-$n.yaml"
  "$java" "$root/bench/GenerateInventory.java" "$n" "$inv"
  bytes=$(wc -c <"$inv")
  times=()
  peaks=()
  for ((i = 1; i <= runs; i++)); do
    rm -f "$work/out.json"
    result=$(measure "$root/advisor" assess "$inv" --format json -o "$work/out.json")
    read -r t p <<<"$result"
    [ -s "$work/out.json" ] || { echo "bench: no report written for $n services" >&2; exit 1; }
    times+=("$t")
    peaks+=("$p")
  done
  time_med[$n]=$(printf '%s\n' "${times[@]}" | median)
  rss_med[$n]=$(printf '%s\n' "${peaks[@]}" | median)
  printf '%7d services (%5.1f MB): wall %6.2f s (runs: %s), peak RSS %5.0f MiB (runs: %s KiB)\n' \
    "$n" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "${time_med[$n]}" "${times[*]}" \
    "$(awk -v k="${rss_med[$n]}" 'BEGIN { print k / 1024 }')" "${peaks[*]}"
done
fi

# ----------------------------------------------------------------------------- start-up

if section startup; then
echo
echo "== start-up: median wall of $startup_runs runs"
mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  >"$work/hello/Hello.java"
"$javac" -d "$work/hello" "$work/hello/Hello.java"
sample="samples/startup.yaml"
# One untimed run of each warms the page cache (and lets ./advisor build if it must).
"$java" -cp "$work/hello" Hello >/dev/null
./advisor assess "$sample" >/dev/null
"$java" -jar "$jar" assess "$sample" >/dev/null

hello=()
launcher=()
plain=()
for ((i = 1; i <= startup_runs; i++)); do
  hello+=("$(wall "$java" -cp "$work/hello" Hello)")
  launcher+=("$(wall ./advisor assess "$sample")")
  plain+=("$(wall "$java" -jar "$jar" assess "$sample")")
done
hello_med=$(printf '%s\n' "${hello[@]}" | median)
launcher_med=$(printf '%s\n' "${launcher[@]}" | median)
plain_med=$(printf '%s\n' "${plain[@]}" | median)
printf '%-56s %6.3f s\n' "java Hello" "$hello_med"
printf '%-56s %6.3f s  (%.2fx hello)\n' "./advisor assess $sample" "$launcher_med" \
  "$(awk -v a="$launcher_med" -v b="$hello_med" 'BEGIN { print a / b }')"
printf '%-56s %6.3f s  (%.2fx hello)\n' "java -jar target/advisor.jar assess $sample" "$plain_med" \
  "$(awk -v a="$plain_med" -v b="$hello_med" 'BEGIN { print a / b }')"
fi

# --------------------------------------------------------------------------------- diff

# Two saved reports of the same 80,000 services, the second from the inventory with every
# `memoryMb: 256` made 512 (12,000 services edited, about 9,800 of them then differ in cost or
# placement), compared by `advisor diff`; then a 100,000-service report compared with itself (two
# reads of about 290 MB, every service matched).
if section diff; then
echo
echo "== diff: median of $runs runs"
inv="$work/diff-80000.yaml"
"$java" "$root/bench/GenerateInventory.java" 80000 "$inv"
sed -e 's/^    memoryMb: 256$/    memoryMb: 512/' "$inv" >"$work/diff-80000-changed.yaml"
"$root/advisor" assess "$inv" --format json -o "$work/diff-base.json"
"$root/advisor" assess "$work/diff-80000-changed.yaml" --format json -o "$work/diff-current.json"
"$java" "$root/bench/GenerateInventory.java" 100000 "$work/diff-100000.yaml"
"$root/advisor" assess "$work/diff-100000.yaml" --format json -o "$work/diff-100000.json"
declare -A diff_time diff_rss
for pair in 80000 100000; do
  if [ "$pair" = 80000 ]; then
    set -- "$work/diff-base.json" "$work/diff-current.json"
    label="80,000 services, two reports"
  else
    set -- "$work/diff-100000.json" "$work/diff-100000.json"
    label="100,000 services, one report twice"
  fi
  bytes=$(( $(wc -c <"$1") + $(wc -c <"$2") ))
  times=()
  peaks=()
  for ((i = 1; i <= runs; i++)); do
    result=$(measure "$root/advisor" diff "$1" "$2")
    read -r t p <<<"$result"
    times+=("$t")
    peaks+=("$p")
  done
  diff_time[$pair]=$(printf '%s\n' "${times[@]}" | median)
  diff_rss[$pair]=$(printf '%s\n' "${peaks[@]}" | median)
  printf '%-34s (%5.0f MB read): wall %6.2f s (runs: %s), peak RSS %5.0f MiB (runs: %s KiB)\n' \
    "$label" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "${diff_time[$pair]}" "${times[*]}" \
    "$(awk -v k="${diff_rss[$pair]}" 'BEGIN { print k / 1024 }')" "${peaks[*]}"
done
changed=$("$root/advisor" diff "$work/diff-base.json" "$work/diff-current.json" --format json |
  awk '/"change": "changed"/ { n++ } END { print n + 0 }')
echo "services changed between the two 80,000-service reports: $changed"
fi

# ------------------------------------------------------------------------------ summary

if section diff; then
  echo
  echo "== diff"
  printf 'diff of two 80k-service reports, wall: %6.2f s, peak RSS %s MiB\n' "${diff_time[80000]}" \
    "$(awk -v k="${diff_rss[80000]}" 'BEGIN { printf "%.0f", k / 1024 }')"
fi
if ! section assess || ! section startup; then
  exit 0
fi

t100=${time_med[100000]}
rss100_mib=$(awk -v k="${rss_med[100000]}" 'BEGIN { printf "%.0f", k / 1024 }')
ratio=$(awk -v a="$t100" -v b="${time_med[10000]}" 'BEGIN { printf "%.2f", a / b }')
startup_ratio=$(awk -v a="$launcher_med" -v b="$hello_med" 'BEGIN { printf "%.2f", a / b }')

echo
echo "== summary (targets from the issue)"
printf '100k services to JSON, wall:     %6.2f s    target <= 4 s       %s\n' "$t100" "$(verdict "$t100" 4)"
printf '100k services to JSON, peak RSS: %6s MiB  target <= 1024 MiB  %s\n' "$rss100_mib" "$(verdict "$rss100_mib" 1024)"
printf 'time ratio 100k / 10k:           %6.2f      target <= 12        %s\n' "$ratio" "$(verdict "$ratio" 12)"
printf 'start-up ./advisor / hello:      %6.2f      target <= 4         %s\n' "$startup_ratio" "$(verdict "$startup_ratio" 4)"

if [ "${BENCH_STRICT:-0}" = 1 ]; then
  for v in "$(verdict "$t100" 4)" "$(verdict "$rss100_mib" 1024)" "$(verdict "$ratio" 12)" "$(verdict "$startup_ratio" 4)"; do
    [ "$v" = ok ] || exit 1
  done
fi
