#!/usr/bin/env bash
# Compiles and runs examples/consumer-check, a project outside the reactor, against the
# frontmatter4j snapshot installed into a private local repository (never the shared ~/.m2).
# Usage: examples/consumer-check/run.sh [private-repo-dir]   (default: a fresh temporary folder,
# seeded from ~/.m2/repository so that nothing is downloaded twice).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
repo="${1:-$(mktemp -d)}"
if [[ -d "$HOME/.m2/repository" && -z "$(ls -A "$repo" 2>/dev/null)" ]]; then
  cp -r "$HOME/.m2/repository/." "$repo"
fi
# The libraries the consumer needs: core and validation (and the parent pom).
mvn -B -q -f "$root/pom.xml" -pl core,validation -am install -DskipTests \
  -Dmaven.repo.local="$repo"
mvn -B -q -f "$root/examples/consumer-check/pom.xml" -Dmaven.repo.local="$repo" \
  compile exec:java
