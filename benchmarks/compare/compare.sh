#!/usr/bin/env bash
# Whole-process race on the same files: gray-matter (node, parse only) against
# validate.jar (parse + bind + validate), cold JVM each run. Needs node, npm and hyperfine
# (apt-get install hyperfine); run from anywhere after `mvn -B -q -DskipTests package`.
#   benchmarks/compare/compare.sh [DIR]   (default: ../shared/corpus/power-apps/news)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
dir="${1:-$top/../shared/corpus/power-apps/news}"
jar="$top/examples/validate-cli/target/validate.jar"
launcher="$top/examples/validate-cli/target/validate"

[ -d "$here/node_modules/gray-matter" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
commands=("node $here/gray-matter.mjs $dir" "java -jar $jar validate -q $dir")
[ -x "$launcher" ] && commands+=("$launcher validate -q $dir")
hyperfine --warmup 1 --runs "${RUNS:-10}" -N "${commands[@]}"
