#!/usr/bin/env bash
# Smoke test for CI: every benchmark in benchmarks/target/benchmarks.jar runs one short iteration
# without error. It measures nothing. Build the jar first (mvn -B package -pl benchmarks -am).
# Extra arguments go to JMH, e.g. -p corpus=/path/to/news when ../shared is not beside the repo.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" ]]; then
  echo "smoke: $jar is missing; run: mvn -B package -pl benchmarks -am" >&2
  exit 1
fi
results=$(mktemp)
trap 'rm -f "$results"' EXIT

# -foe: a benchmark that throws fails the run instead of being skipped with exit code 0.
# ignoreLock: JMH's machine-wide lock would fail a smoke run beside a real benchmark run.
# Through Targets, so that the ratio report is exercised too.
report=$(java -Djmh.ignoreLock=true -cp "$jar" org.frontmatter4j.benchmarks.Targets --rounds 1 \
  -f 0 -wi 0 -i 1 -r 100ms -foe true -rf csv -rff "$results" "$@")
printf '%s\n' "$report"
targets=$(printf '%s\n' "$report" | grep -cE '^\| [a-zA-Z]+ / [a-zA-Z]+ \| [0-9.]+ \| [0-9.]+ \|' || true)
if [[ $targets -ne 4 ]]; then
  echo "smoke: expected 4 target ratios in the report, found $targets" >&2
  exit 1
fi

# A benchmark that never produced a score would otherwise pass unnoticed.
missing=0
listed=0
while read -r benchmark; do
  listed=$((listed + 1))
  if ! grep -q "\"$benchmark\"" "$results"; then
    echo "smoke: $benchmark has no result" >&2
    missing=1
  fi
done < <(java -Djmh.ignoreLock=true -jar "$jar" -l "$@" | grep '\.')
if [[ $listed -eq 0 ]]; then
  echo "smoke: the jar lists no benchmark" >&2
  exit 1
fi
if [[ $missing -ne 0 ]]; then
  exit 1
fi
echo "smoke: all $listed benchmarks ran (one 100 ms iteration each: the ratios above measure nothing)"
