#!/usr/bin/env bash
# Check the container image that the release publishes (see docs/ci.md#the-container-image).
#
#   bash .ci/image-check.sh               build it with Jib into a tar, check it, and run it
#   bash .ci/image-check.sh --tar FILE    check an image tar built elsewhere (jib:buildTar)
#
# Jib builds the image without a Docker daemon. Without a registry to pull the real base from, the
# first form builds on a stand-in base made here: a tar in the same format as the real one, with the
# real base's environment and entrypoint, holding this machine's JDK 17 (cut down with jlink) and
# the C libraries it needs. Everything the project adds to the base is the same as on the real
# one: layers, entrypoint, user, working directory, environment. The checks:
#
#   - the entrypoint is `java [the launcher's options] -cp ... dev.placementadvisor.cli.Main`, with
#     no command, so that `docker run IMAGE assess inventory.yaml` runs `advisor assess ...`;
#   - the application jar (with the version in its manifest) and every runtime dependency are in
#     the layers, every classpath entry exists, and no test library is there;
#   - the user is not root, the working directory is /work, LANG and LC_ALL are C.UTF-8;
#   - and, as root with python3 (for chroot and setuid), the image's files are unpacked and the
#     entrypoint run in them as its user, in its working directory, with its environment only:
#     `--version`, and `assess` on an inventory whose name is not ASCII, in every format.
#
# Needs: a JDK 17 (java, jlink), jq, tar, sha256sum, ldconfig; Maven Central for the build.
set -euo pipefail
cd "$(dirname "$0")/.."

image_tar=""
case ${1:-} in
  --tar)
    [ "$#" -eq 2 ] || { echo "usage: $0 [--tar IMAGE.tar]" >&2; exit 2; }
    image_tar=$(realpath -- "$2")
    ;;
  "") ;;
  *) echo "usage: $0 [--tar IMAGE.tar]" >&2; exit 2 ;;
esac

for tool in jq tar sha256sum; do
  command -v "$tool" >/dev/null || { echo "image-check: '$tool' is not on PATH" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/image-check.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
failures=0
ok() { echo "image-check: ok: $*"; }
fail() { echo "image-check: FAILED: $*" >&2; failures=$((failures + 1)); }

# A stand-in for eclipse-temurin:17-jre: its environment and entrypoint, a JDK 17 at the same
# place, and the shared libraries and locale that JDK needs, in a `docker save` tar.
make_base() {
  local root="$work/base-root" java_home
  java_home=$(dirname "$(dirname "$(realpath "$(command -v java)")")")
  mkdir -p "$root/opt/java" "$root/tmp" "$root/proc" "$root/usr/lib/locale" "$root/etc"
  chmod 1777 "$root/tmp"
  "$java_home/bin/jlink" --add-modules java.base,java.desktop --strip-debug --no-header-files \
    --no-man-pages --output "$root/opt/java/openjdk"
  local lib
  for lib in $( (ldd "$root/opt/java/openjdk/bin/java"
    for f in server/libjvm.so libjava.so libjli.so libnio.so libnet.so libzip.so libjimage.so libverify.so; do
      ldd "$root/opt/java/openjdk/lib/$f"
    done) | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/lib/ { print $1 }' | sort -u); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  # As the real base does, the JDK's libraries are in the loader's cache.
  mkdir -p "$root/etc/ld.so.conf.d"
  printf 'include /etc/ld.so.conf.d/*.conf\n' >"$root/etc/ld.so.conf"
  find "$root/opt/java/openjdk/lib" -name '*.so' -printf '%h\n' | sed "s|^$root||" | sort -u \
    >"$root/etc/ld.so.conf.d/docker-openjdk.conf"
  ldconfig -r "$root"
  [ -d /usr/lib/locale/C.utf8 ] && cp -r /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
  printf '#!/bin/sh\nexec "$@"\n' >"$root/__cacert_entrypoint.sh"
  chmod 755 "$root/__cacert_entrypoint.sh"

  local dir="$work/base"
  mkdir -p "$dir"
  tar -C "$root" --sort=name --owner=0 --group=0 --numeric-owner -cf "$dir/layer.tar" .
  local diff_id
  diff_id=$(sha256sum "$dir/layer.tar" | cut -d ' ' -f 1)
  jq -n --arg diff "sha256:$diff_id" '{
    architecture: "amd64", os: "linux",
    config: {
      Env: ["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "JAVA_HOME=/opt/java/openjdk", "LANG=en_US.UTF-8", "LANGUAGE=en_US:en",
            "LC_ALL=en_US.UTF-8"],
      Entrypoint: ["/__cacert_entrypoint.sh"]
    },
    rootfs: {type: "layers", diff_ids: [$diff]}
  }' >"$dir/config.json"
  jq -n '[{Config: "config.json", RepoTags: ["stand-in/temurin:17-jre"], Layers: ["layer.tar"]}]' \
    >"$dir/manifest.json"
  tar -C "$dir" -cf "$work/base.tar" manifest.json config.json layer.tar
  rm -rf "$dir"
}

built_here=false
if [ -z "$image_tar" ]; then
  built_here=true
  echo "image-check: making a stand-in base image from $(command -v java)"
  make_base
  image_tar="$work/image.tar"
  echo "image-check: ./mvnw package jib:buildTar"
  if ! ./mvnw -B -q -DskipTests package jib:buildTar \
    -Djib.from.image="tar://$work/base.tar" -Djib.from.platforms=linux/amd64 \
    -Djib.outputPaths.tar="$image_tar" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "image-check: the build failed" >&2
    exit 1
  fi
fi

# Unpack: a `docker save` tar, as jib:buildTar writes it (manifest.json, the config, one tar per
# layer).
mkdir -p "$work/image"
tar -C "$work/image" -xf "$image_tar"
manifest="$work/image/manifest.json"
config="$work/image/$(jq -r '.[0].Config' "$manifest")"
mapfile -t layers < <(jq -r '.[0].Layers[]' "$manifest")
echo "image-check: $(basename "$image_tar"): ${#layers[@]} layers"

# The image's files: every path in every layer, and the layers unpacked in order into one tree
# (only /app, the application's, from a tar built elsewhere: a real base is a whole system).
rootfs="$work/rootfs"
mkdir -p "$rootfs"
: >"$work/paths"
for layer in "${layers[@]}"; do
  tar --warning=no-unknown-keyword -tf "$work/image/$layer" | sed 's|^\./||; s|^/||' >"$work/layer-paths"
  cat "$work/layer-paths" >>"$work/paths"
  if [ "$built_here" = true ]; then
    tar --warning=no-unknown-keyword -C "$rootfs" --no-same-owner -xf "$work/image/$layer"
  elif grep -q '^app/' "$work/layer-paths"; then
    tar --warning=no-unknown-keyword -C "$rootfs" --no-same-owner -xf "$work/image/$layer" \
      --wildcards 'app/*' './app/*' 2>/dev/null || true
  fi
done

# Entrypoint and command.
entrypoint=$(jq -c '.config.Entrypoint' "$config")
if jq -e '.config.Entrypoint[0] == "java"
    and (.config.Entrypoint | index("-cp")) != null
    and .config.Entrypoint[-1] == "dev.placementadvisor.cli.Main"
    and (.config.Entrypoint | index("-XX:+UseSerialGC")) != null
    and (.config.Entrypoint | index("-XX:TieredStopAtLevel=1")) != null' "$config" >/dev/null; then
  ok "entrypoint $entrypoint"
else
  fail "entrypoint is $entrypoint, not java [options] -cp ... dev.placementadvisor.cli.Main"
fi
if jq -e '(.config.Cmd // []) == []' "$config" >/dev/null; then
  ok "no command: the arguments of docker run go to advisor"
else
  fail "a command is set: $(jq -c '.config.Cmd' "$config")"
fi

# User, working directory, locale.
user=$(jq -r '.config.User // ""' "$config")
case $user in
  "" | 0 | 0:* | root | root:*) fail "runs as root (User '$user')" ;;
  *) ok "runs as user $user" ;;
esac
workdir=$(jq -r '.config.WorkingDir // ""' "$config")
if [ "$workdir" = /work ]; then ok "working directory /work"; else fail "working directory '$workdir', not /work"; fi
env_value() { jq -r --arg k "$1" '[.config.Env[] | select(startswith($k + "="))][-1] // "" | sub("^[^=]*="; "")' "$config"; }
for var in LANG LC_ALL; do
  value=$(env_value "$var")
  case $value in
    *.UTF-8 | *.utf8) ok "$var=$value" ;;
    *) fail "$var is '$value', not a UTF-8 locale" ;;
  esac
done

# The classpath: the application jar and its dependencies, each in a layer.
classpath_file=$(jq -r '.config.Entrypoint as $e | $e[($e | index("-cp")) + 1]' "$config")
case $classpath_file in
  @*) mapfile -t entries < <(tr ':' '\n' <"$rootfs${classpath_file#@}") ;;
  *) mapfile -t entries < <(tr ':' '\n' <<<"$classpath_file") ;;
esac
missing=0
for entry in "${entries[@]}"; do
  [ -n "$entry" ] || continue
  case $entry in
    */\*) compgen -G "$rootfs${entry%\*}*.jar" >/dev/null || { fail "classpath entry $entry matches no jar"; missing=1; } ;;
    *) [ -e "$rootfs$entry" ] || { fail "classpath entry $entry is not in the image"; missing=1; } ;;
  esac
done
[ "$missing" -eq 0 ] && ok "every classpath entry is in the image: ${entries[*]}"

app_jar=$(grep -E '^app/classpath/placement-advisor-[^/]*\.jar$' "$work/paths" | head -n 1 || true)
version=""
if [ -n "$app_jar" ]; then
  version=${app_jar#app/classpath/placement-advisor-}
  version=${version%.jar}
  ok "application jar /$app_jar"
  mkdir -p "$work/jar"
  (cd "$work/jar" && jar xf "$rootfs/$app_jar" META-INF/MANIFEST.MF)
  manifest_version=$(tr -d '\r' <"$work/jar/META-INF/MANIFEST.MF" | sed -n 's/^Implementation-Version: //p')
  if [ "$manifest_version" != "$version" ]; then
    fail "the jar's Implementation-Version is '$manifest_version', not '$version'"
  else
    ok "Implementation-Version $manifest_version"
  fi
else
  fail "no app/classpath/placement-advisor-*.jar in the layers"
fi
for dep in picocli jackson-core jackson-dataformat-yaml snakeyaml jackson-dataformat-toml \
    jackson-databind; do
  if grep -qE "^app/libs/$dep-[0-9][^/]*\.jar$" "$work/paths"; then
    ok "dependency $(grep -E "^app/libs/$dep-[0-9][^/]*\.jar$" "$work/paths" | head -n 1)"
  else
    fail "dependency $dep is not in app/libs/"
  fi
done
if grep -qE '^app/libs/(junit|assertj|jazzer|commonmark|json-schema-validator|opentest4j)' "$work/paths"; then
  fail "test libraries in the image: $(grep -E '^app/libs/(junit|assertj|jazzer|commonmark|json-schema|opentest4j)' "$work/paths" | tr '\n' ' ')"
else
  ok "no test library in the image"
fi

# Run the entrypoint in the image's files, as the image's user, in its working directory, with
# its environment and nothing else: what `docker run` does, less the isolation.
run_in_image() {
  unshare --mount --pid --fork --mount-proc="$rootfs/proc" python3 - "$rootfs" "$config" "$@" <<'EOF'
import json, os, sys
root, config_path, args = sys.argv[1], sys.argv[2], sys.argv[3:]
config = json.load(open(config_path))["config"]
env = dict(e.split("=", 1) for e in config.get("Env", []))
uid, _, gid = config["User"].partition(":")
os.chroot(root)
os.chdir(config["WorkingDir"])
os.setgroups([])
os.setgid(int(gid or uid))
os.setuid(int(uid))
os.execvpe(config["Entrypoint"][0], config["Entrypoint"] + args, env)
EOF
}

mkdir -p "$rootfs/proc"
if [ "$(id -u)" -ne 0 ] || ! command -v python3 >/dev/null || ! command -v unshare >/dev/null || [ ! -x "$rootfs/opt/java/openjdk/bin/java" ] ||
  [ "$(jq -r '.architecture' "$config")" != amd64 ] || [ "$(uname -m)" != x86_64 ]; then
  echo "image-check: not running the image here (needs root, python3, unshare and an amd64 image on x86_64)"
else
  mkdir -p "$rootfs/work"
  name="inventaire-été.yaml"
  cp samples/saas.yaml "$rootfs/work/$name"
  chmod 755 "$rootfs/work"
  chmod 644 "$rootfs/work/$name"
  out=$(run_in_image --version 2>&1) || true
  # The first line names the tool's version; the others, the price catalog and the Java.
  if [ "${out%%$'\n'*}" = "advisor $version" ]; then
    ok "docker run IMAGE --version: $out"
  else
    fail "docker run IMAGE --version: $out"
  fi
  for format in table json markdown; do
    if out=$(run_in_image assess "$name" --format "$format" 2>&1) && grep -q 'search-indexer' <<<"$out"; then
      ok "docker run IMAGE assess $name --format $format"
    else
      fail "docker run IMAGE assess $name --format $format: $(head -n 3 <<<"$out")"
    fi
  done
  # As its user, the image can read the mounted directory but not write to a directory it does
  # not own: the report goes where the user may write.
  if out=$(run_in_image assess "$name" --format json -o /tmp/report.json 2>&1) &&
    jq -e '.schemaVersion == 1' "$rootfs/tmp/report.json" >/dev/null; then
    ok "docker run IMAGE assess $name -o /tmp/report.json, as user $user"
  else
    fail "docker run IMAGE assess -o: $out"
  fi
fi

if [ "$failures" -ne 0 ]; then
  echo "image-check: $failures check(s) failed" >&2
  exit 1
fi
echo "image-check: the image is as documented"
