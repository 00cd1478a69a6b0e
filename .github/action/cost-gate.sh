#!/usr/bin/env bash
# The Placement Advisor action (action.yml at the repository root) runs this script; see
# docs/ci.md#the-github-action. It compares the inventory in the working tree with the same
# inventory at a baseline commit, writes the markdown comparison to the job summary, posts it as
# one pull-request comment (edited on every later run), and exits with advisor's exit code:
# 0 every gate passed, 1 a gate failed, 2 bad input, 3 internal error.
#
# Everything comes in through the environment, never through the text of the script:
#   INPUT_INVENTORY       the inventory, relative to the repository root (required)
#   INPUT_BASELINE_REF    commit to compare with; empty: ADVISOR_PR_BASE_SHA on a pull request,
#                         ADVISOR_PUSH_BEFORE on a push, else HEAD^
#   INPUT_MAX_INCREASE    --max-increase (optional)
#   INPUT_BUDGET          --budget (optional)
#   INPUT_FORMAT          format of the report file: markdown (default), github, sarif, junit, json
#   INPUT_COMMENT         true or false: post or update the pull-request comment
#   INPUT_VERSION         advisor release to download (e.g. 1.2.0); empty: the action's own tag
#   ADVISOR_PR_NUMBER, ADVISOR_PR_BASE_SHA, ADVISOR_PUSH_BEFORE   from the event
#   GH_TOKEN              token for the comment (gh)
#   ADVISOR_JAR           use this advisor jar, download and build nothing
# and the runner's GITHUB_* and RUNNER_TEMP variables.
#
# Whatever a pull request can change (the inventory, its path, the inputs) is data: it is quoted
# everywhere, passed to commands as single arguments, never evaluated, and never printed but
# through advisor, which escapes it.
set -euo pipefail
umask 022

die() { # CODE MESSAGE: one line on stderr, as an error annotation, then exit CODE
  printf '::error title=placement-advisor::%s\n' "$(annotation "$2")"
  printf 'placement-advisor: %s\n' "$(shown "$2")" >&2
  exit "$1"
}
warn() { printf '::warning title=placement-advisor::%s\n' "$(annotation "$1")"; }
note() { printf 'placement-advisor: %s\n' "$(shown "$1")"; }
# A value for a workflow command: % CR LF escaped as the runner expects, no control characters.
annotation() {
  local s=${1//'%'/'%25'}
  s=${s//$'\r'/'%0D'}
  s=${s//$'\n'/'%0A'}
  shown "$s"
}
# Text as it may be shown in the log: no control characters, and no '##[', which the runner
# could read as a command of its own (as advisor's own output does: docs/security.md).
shown() {
  local s=${1//[[:cntrl:]]/?}
  printf '%s' "${s//'##['/'##\u005b'}"
}

output() { # NAME VALUE: a step output (our own values: no line breaks)
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  fi
}

# --- Inputs -----------------------------------------------------------------------------------

inventory=${INPUT_INVENTORY:-}
format=${INPUT_FORMAT:-markdown}
comment=${INPUT_COMMENT:-false}
max_increase=${INPUT_MAX_INCREASE:-}
budget=${INPUT_BUDGET:-}

output exit-code 2
output verdict error

[ -n "$inventory" ] || die 2 "inventory: no path given (the input 'inventory' is required)"
case $inventory in
  *[[:cntrl:]]*) die 2 "inventory '$(shown "$inventory")': the path holds a control character" ;;
  /*) die 2 "inventory '$inventory': give a path relative to the repository root" ;;
esac
inventory=${inventory#./}
case /$inventory/ in
  */../* | */./* | *//*) die 2 "inventory '$inventory': the path must lead straight to a file inside the repository (no '.', '..' or empty parts)" ;;
esac
case $format in
  markdown) ext=md ;;
  github) ext=txt ;;
  sarif) ext=sarif ;;
  junit) ext=xml ;;
  json) ext=json ;;
  *) die 2 "format '$(shown "$format")': use markdown, github, sarif, junit or json" ;;
esac
case $comment in
  true | false) ;;
  *) die 2 "comment '$(shown "$comment")': use true or false" ;;
esac
semver='^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$'
[ -z "${INPUT_VERSION:-}" ] || [[ $INPUT_VERSION =~ $semver ]] ||
  die 2 "version '$(shown "$INPUT_VERSION")': give a release such as 1.2.0"
gates=()
[ -z "$max_increase" ] || gates+=(--max-increase "$max_increase")
[ -z "$budget" ] || gates+=(--budget "$budget")

root=$(git rev-parse --show-toplevel 2>/dev/null) ||
  die 2 "$PWD is not in a git repository: check the repository out first (actions/checkout)"
cd "$root"
# The files of this inventory's run: a later run on another inventory in the same job keeps them.
key=$(printf '%s' "$inventory" | sha256sum | cut -c 1-16)
out="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/placement-advisor/$key"
rm -rf "$out"
mkdir -p "$out"
export GIT_LITERAL_PATHSPECS=1 GIT_TERMINAL_PROMPT=0

# --- advisor ----------------------------------------------------------------------------------

java=java
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java="$JAVA_HOME/bin/java"
command -v "$java" >/dev/null || die 3 "no java on PATH: set up a JDK 17 first (actions/setup-java)"

# The release's own checksum file must name the jar and nothing else.
verify_download() { # JAR SUMS VERSION
  local line expected actual
  line=$(head -c 200 "$2")
  [[ $line =~ ^([0-9a-f]{64})\ [\ *]advisor-${3//./\\.}\.jar$ ]] ||
    die 3 "advisor-$3.jar.sha256 is not one 'sha256sum' line for advisor-$3.jar"
  expected=${BASH_REMATCH[1]}
  actual=$(sha256sum "$1" | cut -d ' ' -f 1)
  [ "$actual" = "$expected" ] ||
    die 3 "advisor-$3.jar: SHA-256 $actual does not match the release's $expected; not running it"
}

download() { # VERSION REPOSITORY: sets jar, or returns 1 when the release has no such jar
  local base="${GITHUB_SERVER_URL:-https://github.com}/$2/releases/download/v$1"
  local dir="$out/advisor-$1"
  mkdir -p "$dir"
  note "downloading advisor $1 from $base"
  if ! curl -fsSL --retry 3 --proto '=https' -o "$dir/advisor-$1.jar" "$base/advisor-$1.jar" ||
    ! curl -fsSL --retry 3 --proto '=https' -o "$dir/advisor-$1.jar.sha256" "$base/advisor-$1.jar.sha256"; then
    return 1
  fi
  verify_download "$dir/advisor-$1.jar" "$dir/advisor-$1.jar.sha256" "$1"
  note "advisor-$1.jar: SHA-256 verified"
  jar="$dir/advisor-$1.jar"
}

build_from_source() { # DIRECTORY
  if [ ! -x "$1/mvnw" ] || [ ! -f "$1/pom.xml" ]; then
    die 3 "no advisor release to download and no source to build in $1"
  fi
  note "building advisor from $1 (./mvnw package; about a minute)"
  if ! "$1/mvnw" -B -q -DskipTests -f "$1/pom.xml" package >"$out/build.log" 2>&1; then
    tail -n 30 "$out/build.log" >&2
    die 3 "building advisor failed (see above)"
  fi
  jar="$1/target/advisor.jar"
}

jar=""
action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ -n "${ADVISOR_JAR:-}" ]; then
  jar=$ADVISOR_JAR
elif [ -n "${INPUT_VERSION:-}" ]; then
  # A remote action is unpacked in .../_actions/OWNER/REPO/REF: its releases are OWNER/REPO's.
  repository=$GITHUB_REPOSITORY
  [[ $action_path =~ /_actions/([^/]+)/([^/]+)/[^/]+/?$ ]] && repository="${BASH_REMATCH[1]}/${BASH_REMATCH[2]}"
  download "${INPUT_VERSION}" "$repository" || die 3 "advisor $INPUT_VERSION: no such release asset in $repository"
elif [[ $action_path =~ /_actions/([^/]+)/([^/]+)/v([^/]+)/?$ ]] &&
  repository="${BASH_REMATCH[1]}/${BASH_REMATCH[2]}" && version=${BASH_REMATCH[3]} &&
  [[ $version =~ $semver ]]; then
  # Used as OWNER/REPO@vX.Y.Z: the jar released with that tag, or, while that release has none,
  # the source at that tag.
  download "$version" "$repository" || {
    warn "no advisor-$version.jar in the release v$version of $repository: building it from the action's source"
    build_from_source "$action_path"
  }
else
  # A branch, a commit or `uses: ./`: the advisor of exactly that source.
  build_from_source "$action_path"
fi
[ -f "$jar" ] || die 3 "no advisor jar at $jar"

# Under the C or POSIX locale Java cannot open file names that are not ASCII.
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  '' | C | POSIX) export LC_ALL=C.UTF-8 ;;
esac
advisor() {
  # advisor appends to the job summary itself with --format github; this script does that once.
  env -u GITHUB_STEP_SUMMARY "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
    -jar "$jar" "$@"
}
note "$(advisor --version)"

# --- The baseline -----------------------------------------------------------------------------

ref=${INPUT_BASELINE_REF:-}
zero=0000000000000000000000000000000000000000
if [ -z "$ref" ]; then
  if [ -n "${ADVISOR_PR_BASE_SHA:-}" ]; then
    ref=$ADVISOR_PR_BASE_SHA
  elif [ -n "${ADVISOR_PUSH_BEFORE:-}" ] && [ "$ADVISOR_PUSH_BEFORE" != "$zero" ]; then
    ref=$ADVISOR_PUSH_BEFORE
  else
    ref=HEAD^
  fi
fi
case $ref in
  -* | *[[:cntrl:]]* | *' '*) die 2 "baseline-ref '$(shown "$ref")': not a commit, branch or tag name" ;;
esac

base=""
if base=$(git rev-parse --verify --quiet "$ref^{commit}"); then
  :
elif git fetch --quiet --no-tags --depth=1 origin "$ref" 2>"$out/fetch.log" &&
  base=$(git rev-parse --verify --quiet "FETCH_HEAD^{commit}"); then
  :
elif [ "$ref" = HEAD^ ] && [ -z "${INPUT_BASELINE_REF:-}" ] && ! git rev-parse --verify --quiet HEAD^ >/dev/null &&
  [ "$(git rev-parse --is-shallow-repository)" = false ]; then
  # The repository's first commit: there was no estate before it.
  base=""
else
  die 2 "baseline-ref '$ref' is not in this clone and could not be fetched: check out with fetch-depth: 0 (actions/checkout), or fetch it first"
fi

# The inventory at the baseline: its directory at that commit (a catalog the inventory names is
# in it or below), unpacked beside the working tree; no inventory there is an empty estate.
dir=$(dirname -- "$inventory")
baseline="$out/baseline${base:+-${base:0:12}}.json"
entry=""
if [ -n "$base" ]; then
  entry=$(git ls-tree --full-tree --format='%(objectmode) %(objecttype)' "$base" -- "$inventory")
fi
case $entry in
  "")
    note "no $inventory at ${base:-the first commit}: the baseline is an empty estate"
    json_path=${inventory//\\/\\\\}
    json_path=${json_path//\"/\\\"}
    printf '{"schemaVersion": 1, "inventory": "%s", "services": [], "totals": {"monthlyCost": 0}}\n' \
      "$json_path" >"$baseline"
    ;;
  "100644 blob" | "100755 blob")
    tree="$out/base"
    mkdir -p "$tree"
    paths=()
    [ "$dir" = . ] || paths=(-- "$dir")
    if ! git archive --format=tar "$base" "${paths[@]}" | tar -x -C "$tree"; then
      die 3 "could not export $dir at ${base:0:12} from git"
    fi
    if [ ! -f "$tree/$inventory" ] || [ -L "$tree/$inventory" ]; then
      die 2 "$inventory at ${base:0:12}: not a regular file after export (an export-ignore attribute?)"
    fi
    note "baseline: $inventory at ${base:0:12}"
    if (cd "$tree" && advisor assess --format json -o "$baseline" -- "$inventory"); then
      :
    else
      code=$?
      die "$code" "$inventory at ${base:0:12} could not be assessed (exit $code, above): fix it there, or pass another baseline-ref"
    fi
    ;;
  "120000 blob") die 2 "$inventory at ${base:0:12} is a symbolic link; an inventory must be a file" ;;
  *) die 2 "$inventory at ${base:0:12} is not a file (${entry})" ;;
esac
output baseline "$baseline"
output base-ref "$base"

# --- The comparison and the gates -------------------------------------------------------------

markdown="$out/comparison.md"
report="$out/report.$ext"
set +e
advisor assess --baseline "$baseline" "${gates[@]}" --format markdown -o "$markdown" -- "$inventory"
code=$?
if [ "$code" -le 1 ] && [ "$format" != markdown ]; then
  advisor assess --baseline "$baseline" "${gates[@]}" --format "$format" -o "$report" -- "$inventory" 2>/dev/null
  code=$?
fi
set -e
case $code in
  0) verdict=passed ;;
  1) verdict=failed ;;
  *)
    output exit-code "$code"
    die "$code" "advisor could not compare $inventory with the baseline (exit $code, above)"
    ;;
esac
[ "$format" = markdown ] && report=$markdown
# GitHub reads annotations from the log.
[ "$format" = github ] && cat "$report"

[ -z "${GITHUB_STEP_SUMMARY:-}" ] || cat "$markdown" >>"$GITHUB_STEP_SUMMARY"
output comparison "$markdown"
output report "$report"
output exit-code "$code"
output verdict "$verdict"

# --- The pull-request comment -----------------------------------------------------------------

post_comment() {
  local marker body existing url api="repos/$GITHUB_REPOSITORY/issues"
  # One comment per inventory and pull request, found again by this line (the path is hashed, so
  # nothing from it reaches the HTML comment or the query).
  marker="<!-- placement-advisor:cost-gate:$key -->"
  body="$out/comment.md"
  { printf '%s\n' "$marker"; cat "$markdown"; } >"$body"
  if [ -n "${GITHUB_SERVER_URL:-}" ] && [ "${GITHUB_SERVER_URL#https://}" != github.com ]; then
    export GH_HOST="${GITHUB_SERVER_URL#https://}"
  fi
  if ! existing=$(gh api --paginate "$api/$ADVISOR_PR_NUMBER/comments?per_page=100" \
    --jq ".[] | select(.user.type == \"Bot\" and (.body | startswith(\"$marker\"))) | .id" 2>"$out/gh.log"); then
    warn "could not read the pull request's comments ($(head -c 200 "$out/gh.log" | tr '\n' ' ')); no comment posted. A pull request from a fork gets a read-only token."
    return 0
  fi
  existing=$(head -n 1 <<<"$existing")
  if [ -n "$existing" ]; then
    url=$(gh api --method PATCH "$api/comments/$existing" -F "body=@$body" --jq .html_url 2>"$out/gh.log") || {
      warn "could not update comment $existing ($(head -c 200 "$out/gh.log" | tr '\n' ' '))"
      return 0
    }
    note "updated the comment $url"
  else
    url=$(gh api --method POST "$api/$ADVISOR_PR_NUMBER/comments" -F "body=@$body" --jq .html_url 2>"$out/gh.log") || {
      warn "could not post the comment ($(head -c 200 "$out/gh.log" | tr '\n' ' ')). A pull request from a fork gets a read-only token; the job needs pull-requests: write."
      return 0
    }
    note "posted the comment $url"
  fi
  output comment-url "$url"
}

if [ "$comment" = true ]; then
  if [[ ${ADVISOR_PR_NUMBER:-} =~ ^[1-9][0-9]*$ ]] && [ -n "${GITHUB_REPOSITORY:-}" ]; then
    command -v gh >/dev/null || die 3 "the GitHub CLI (gh) is not on PATH; it posts the comment"
    post_comment
  else
    note "not a pull request: no comment"
  fi
fi

note "$verdict (exit $code)"
exit "$code"
