#!/usr/bin/env bash
# What a release needs (issue 16), checked on every CI run after the tests:
#  1. `mvn install` puts the BOM, and core, validation, schema and the Maven plugin each with its
#     -sources.jar and -javadoc.jar, in a local repository (a private one: never ~/.m2, which
#     other builds on the machine share);
#  2. a project that imports the BOM (.ci/bom-consumer) resolves core and validation without
#     versions and compiles against them;
#  3. the build is reproducible: the core jars of a second build, from a clean copy of the tree
#     in another directory, are byte for byte those of the first.
# It runs after `mvn -B verify`; what that did not fetch (the install plugin) is downloaded into
# the private repository.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d /tmp/frontmatter4j-release.XXXXXX)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' bom/pom.xml | sed -n 1p)

# The private repository: ~/.m2's jars as hard links (no copying, no download), every other
# file (POMs, resolver metadata Maven may rewrite) as a copy of its own.
repo=$work/m2
mkdir -p "$repo"
(cd "$HOME/.m2/repository" && cp -al . "$repo" \
  && find . -type f ! -name '*.jar' -print0 | xargs -0 cp --parents --remove-destination -t "$repo")

echo "== install into a private repository"
# Not -q: a Javadoc warning that fails the build is printed only at WARNING level.
if ! mvn -B install -DskipTests -Dinvoker.skip -Dmaven.repo.local="$repo" \
    -pl bom,core,validation,schema,examples/maven-plugin -am > "$work/install.log" 2>&1; then
  grep -E '^\[(ERROR|WARNING)\] /|warning:|error:|^\[ERROR\]' "$work/install.log" | sed -n 1,60p
  exit 1
fi
installed=$repo/org/frontmatter4j
missing=0
for artifact in core validation schema maven-plugin; do
  for suffix in .jar -sources.jar -javadoc.jar .pom; do
    file=$installed/frontmatter4j-$artifact/$version/frontmatter4j-$artifact-$version$suffix
    if [[ ! -s $file ]]; then
      echo "missing from the install: ${file#"$repo"/}"
      missing=1
    fi
  done
done
[[ -s $installed/frontmatter4j-bom/$version/frontmatter4j-bom-$version.pom ]] \
  || { echo "missing from the install: the BOM"; missing=1; }
((missing == 0)) || exit 1
echo "core, validation, schema, maven-plugin: jar, sources, javadoc and pom installed; the BOM too"

echo "== a project importing the BOM resolves core and validation"
consumer=$work/consumer
cp -r .ci/bom-consumer "$consumer"
mvn -B -q -f "$consumer/pom.xml" -Dmaven.repo.local="$repo" -Dfrontmatter4j.version="$version" \
  compile dependency:list -DoutputFile="$work/deps.txt" -DexcludeTransitive=true
grep -E "org.frontmatter4j:frontmatter4j-(core|validation):jar:$version" "$work/deps.txt"
[[ $(grep -cE "org.frontmatter4j:frontmatter4j-(core|validation):jar:$version:compile" \
  "$work/deps.txt") == 2 ]] || { echo "the BOM did not give core and validation"; exit 1; }

echo "== reproducible: core built again from a clean copy of the tree"
copy=$work/tree
mkdir -p "$copy"
git ls-files -z | tar -c --null --no-recursion -T - | tar -x -C "$copy"
(cd "$copy" && mvn -B -q package -DskipTests -Dmaven.repo.local="$repo" -pl core -am)
different=0
# The sources jar is compared but not held to it yet: it also packs the annotation processors'
# generated sources, and one run (in a tree that had been built many times) differed.
for jar in "" -javadoc -sources; do
  first=core/target/frontmatter4j-core-$version$jar.jar
  second=$copy/core/target/frontmatter4j-core-$version$jar.jar
  if cmp -s "$first" "$second"; then
    echo "identical: frontmatter4j-core-$version$jar.jar $(sha256sum "$first" | cut -c1-16)"
  else
    echo "DIFFERENT: frontmatter4j-core-$version$jar.jar (first $root/$first, second $second):"
    diff <(unzip -lv "$first") <(unzip -lv "$second") | sed -n 1,20p || true
    [[ $jar == -sources ]] || different=1
  fi
done
((different == 0)) || { echo "the build is not reproducible; see project.build.outputTimestamp"; exit 1; }
