#!/usr/bin/env bash
# Whole-process race on the same files: gray-matter (node, parse only) against validate.jar
# (parse + bind + validate), a cold process each run. The commands take turns, round after
# round, so that a machine that gets busier halfway slows all of them alike; each line gives the
# median of the rounds and its ratio to gray-matter's median, for the wall-clock time and for
# the CPU time (user + sys of the process and its threads), which other processes on a shared
# machine disturb far less. The load average is printed before and after. Needs node and npm; run after
# `mvn -B -q -DskipTests package -pl examples/validate-cli -am`.
#   benchmarks/compare/compare.sh [DIR]   (default: ../shared/corpus/power-apps/news)
#   ROUNDS=20 benchmarks/compare/compare.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
dir="${1:-$top/../shared/corpus/power-apps/news}"
jar="$top/examples/validate-cli/target/validate.jar"
launcher="$top/examples/validate-cli/target/validate"
rounds="${ROUNDS:-10}"

[ -f "$jar" ] || { echo "compare: $jar is missing; build it first" >&2; exit 1; }
[ -d "$dir" ] || { echo "compare: no directory $dir" >&2; exit 1; }
[ -d "$here/node_modules/gray-matter" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)

commands=("node $here/gray-matter.mjs $dir" "java -jar $jar validate -q $dir")
[ -x "$launcher" ] && commands+=("$launcher validate -q $dir")

command -v node >/dev/null || { echo "compare: node is not installed" >&2; exit 1; }
# One warm-up round fills the page cache and checks that every command works; its times are
# not kept. validate exits 1 when it finds problems in the files, which is a result, not a failure.
for command in "${commands[@]}"; do
  status=0
  $command >/dev/null 2>/tmp/compare.$$.err || status=$?
  if [[ $status -gt 1 || ( $status -eq 1 && $command == node* ) ]]; then
    echo "compare: '$command' failed (exit $status):" >&2
    cat /tmp/compare.$$.err >&2
    rm -f /tmp/compare.$$.err
    exit 1
  fi
done
rm -f /tmp/compare.$$.err

declare -a times cpus
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
TIMEFORMAT='%R %U %S'
for ((round = 0; round < rounds; round++)); do
  for i in "${!commands[@]}"; do
    # validate exits 1 when it finds problems; only its time matters here. bash's `time`
    # reports the wall-clock time and the CPU time of the command and its threads.
    measured=$( { time ${commands[$i]} >/dev/null 2>&1 || true; } 2>&1 | tail -1)
    read -r wall user sys <<<"$measured"
    times[$i]+="$(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}') "
    cpus[$i]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
base=$(printf '%s' "${times[0]}" | median)
cpu_base=$(printf '%s' "${cpus[0]}" | median)
echo "$rounds rounds, $(find "$dir" -name '*.md' | wc -l) files in $dir"
echo "load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "  wall  vs node    cpu  vs node  command"
for i in "${!commands[@]}"; do
  ms=$(printf '%s' "${times[$i]}" | median)
  cpu=$(printf '%s' "${cpus[$i]}" | median)
  awk -v ms="$ms" -v base="$base" -v cpu="$cpu" -v cpu_base="$cpu_base" -v c="${commands[$i]}" \
    'BEGIN {printf "%6.2f s %5.2fx %6.2f s %5.2fx  %s\n", ms / 1000, ms / base, cpu / 1000,
      cpu / cpu_base, c}'
done
