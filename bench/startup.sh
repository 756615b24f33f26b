#!/usr/bin/env bash
# Start-up figures of issue 12: how long `analyse samples` and `--version` take with
#   java -jar    java -jar target/kontaktcharta-all.jar (whose analysis runs in a second JVM
#                with a class-data archive of its own, made by its warm-up run)
#   no archive   the distribution's bin/charta with CHARTA_CDS=off
#   launcher     the distribution's bin/charta with its class-data archive
#   image        target/image/charta/bin/charta (only when mvn -Pimage package built it)
# Unpacks target/kontaktcharta-*.tar.gz into target/startup/, makes the launcher's archive
# with one analysis (reported as "first use"), then runs every variant once to warm up and
# STARTUP_RUNS times (default 5), the variants taking turns so that a busy spell on the machine
# hits all of them. Each analysis writes into an empty folder. Prints medians in seconds: wall
# clock, and CPU (user + system), which another load on the machine disturbs less.
#
# Environment: STARTUP_RUNS (default 5), STARTUP_SKIP_BUILD=1 to reuse target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${STARTUP_RUNS:-5}
WORK=$PWD/target/startup
JAR=$PWD/target/kontaktcharta-all.jar
IMAGE=$PWD/target/image/charta/bin/charta

log() { printf '%s\n' "$*" >&2; }

if [[ ${STARTUP_SKIP_BUILD:-0} != 1 ]]; then
  log "startup: building the distribution"
  mvn -B -q package -DskipTests
fi
rm -rf "$WORK"
mkdir -p "$WORK/dist" "$WORK/out"
tar xzf target/kontaktcharta-*.tar.gz -C "$WORK/dist"
LAUNCHER=$(echo "$WORK"/dist/kontaktcharta-*/bin/charta)
export XDG_CACHE_HOME=$WORK/cache
unset JAVA_OPTS CHARTA_OPTS CHARTA_CDS

# One run of a variant; prints its wall-clock and CPU seconds. Fails when the command fails.
run() { # variant command...
  local variant=$1 TIMEFORMAT='%R %U %S'
  shift
  case $variant in
    no-archive) set -- env CHARTA_CDS=off "$@" ;;
  esac
  { time "$@" > /dev/null 2> "$WORK/stderr"; } 2> "$WORK/time" || {
    cat "$WORK/stderr" >&2
    log "startup: FAILED: $*"
    exit 1
  }
  awk '{ printf "%s/%.2f\n", $1, $2 + $3 }' "$WORK/time"
}

analyse() { # variant
  local out
  out=$(mktemp -d "$WORK/out/XXXXXX")
  case $1 in
    java-jar) run "$1" java -jar "$JAR" analyse samples --out "$out" ;;
    image) run "$1" "$IMAGE" analyse samples --out "$out" ;;
    *) run "$1" "$LAUNCHER" analyse samples --out "$out" ;;
  esac
}

version() { # variant
  case $1 in
    java-jar) run "$1" java -jar "$JAR" --version ;;
    image) run "$1" "$IMAGE" --version ;;
    *) run "$1" "$LAUNCHER" --version ;;
  esac
}

# Median of the wall-clock (field 1) or CPU (field 2) part of "wall/cpu" figures.
median() { # field figures...
  local field=$1
  shift
  printf '%s\n' "$@" | cut -d/ -f"$field" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}

variants=(java-jar no-archive launcher)
[[ -x $IMAGE ]] && variants+=(image)

log "startup: first use of the launcher (makes the archive)"
first=$(analyse launcher | cut -d/ -f1)
ls "$XDG_CACHE_HOME"/kontaktcharta/charta-*.jsa > /dev/null

declare -A ANALYSE VERSION
for variant in "${variants[@]}"; do
  analyse "$variant" > /dev/null
  version "$variant" > /dev/null
done
for ((i = 1; i <= RUNS; i++)); do
  for variant in "${variants[@]}"; do
    ANALYSE[$variant]+=" $(analyse "$variant")"
    VERSION[$variant]+=" $(version "$variant")"
  done
  log "startup: round $i of $RUNS done"
done

echo
echo "Start-up of Kontaktcharta: $(nproc) cores, $(java -version 2>&1 | head -n 1);" \
  "median of $RUNS runs after one warm-up, seconds: wall clock (CPU = user + system)."
echo
printf '| %-10s | %20s | %15s |\n' variant 'analyse samples' --version
printf '|%s|\n' '------------|----------------------|-----------------'
for variant in "${variants[@]}"; do
  # shellcheck disable=SC2086
  printf '| %-10s | %20s | %15s |\n' "$variant" \
    "$(median 1 ${ANALYSE[$variant]}) ($(median 2 ${ANALYSE[$variant]}))" \
    "$(median 1 ${VERSION[$variant]}) ($(median 2 ${VERSION[$variant]}))"
done
echo
# shellcheck disable=SC2086
jar=$(median 1 ${ANALYSE[java-jar]}) launcher=$(median 1 ${ANALYSE[launcher]})
awk -v j="$jar" -v l="$launcher" -v f="$first" 'BEGIN {
  printf "launcher vs java -jar (analyse samples, wall clock): %.0f %% faster (issue 12 asked for 25 %%, when java -jar had no archive)\n", (1 - l / j) * 100
  printf "first use of the launcher, which makes the archive: %.2f s\n", f }'
