#!/usr/bin/env bash
# The benchmark of the README's Performance section. Builds the tool and the benchmark programs,
# generates the large workload (30,000 connections, 1,000,000 message rows, 5,000 invitations,
# 2,000 CRM rows, 3,000 calendar events, 500 vCards), a 10x smaller one and variants of the large
# one (cached under target/bench/), and measures on this machine, per workload (and, on their own,
# a mailbox and WhatsApp exports with -Xmx256m, reported in MB/s):
#   floor       parse the same inputs with the same libraries and stream-write a workbook of the
#               report's shape (bench/src/.../Floor.java)
#   end to end  java -Xmx512m -jar target/kontaktcharta-*all.jar analyse ... (wall clock; the
#               tool runs the analysis in a second JVM with the compiler options it chooses and
#               its class-data archive, made by the first warm-up in target/bench/cache; that JVM
#               writes the GC log read here, the first JVM's moves to *.gc.log.0)
#   charta      the same with the installed command: the distribution's bin/charta (unpacked
#               into target/bench/dist, its class-data archive made by a first run) with
#               JAVA_OPTS=-Xmx512m; it chooses the JVM's quick compiler for inputs under 64 MB
#   pandas      bench/pandas_report.py: the same join, counts and workbook in pandas + openpyxl,
#               skipped with a note where python3 has no pandas or openpyxl
# each once to warm up and then BENCH_RUNS times (median), plus the heap of the end-to-end runs
# from their GC logs. Prints a table; exits non-zero when an end-to-end run fails (e.g. runs out
# of its 512 MB heap), and with BENCH_STRICT=1 also when a target is missed.
#
# Workloads are named SIZE or SIZE-PRESET: sizes small (1/10) and large; presets (the messages'
# shape, bench/src/.../Preset.java) standard, long (bodies of 4 to 15 sentences), html (60 % of the
# bodies in HTML) and twoway (95 % of the one-to-one threads with both sides writing).
#
# Environment: BENCH_RUNS (default 3), BENCH_SEED (42),
# BENCH_SIZES ("small large large-long large-html large-twoway"), BENCH_CHANNELS ("small large",
# "" for none), BENCH_PANDAS=0 to leave the pandas script out, BENCH_PYTHON (a python3 with
# pandas and openpyxl; by default the first of python3 and /usr/bin/python3 that has them), BENCH_SKIP_BUILD=1 to reuse
# target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
SEED=${BENCH_SEED:-42}
SIZES=${BENCH_SIZES:-small large large-long large-html large-twoway}
CHANNELS=${BENCH_CHANNELS-small large}
PANDAS=${BENCH_PANDAS:-1}
TODAY=2026-11-20
WORK=target/bench

log() { printf '%s\n' "$*" >&2; }
die() { log "bench: FAILED: $*"; exit 1; }

# The first Python that has pandas and openpyxl (a pyenv or venv python3 may come first on the
# PATH without them, while the system's has them).
PYTHON=''
if [[ $PANDAS == 1 ]]; then
  for py in ${BENCH_PYTHON:-} python3 /usr/bin/python3; do
    if command -v "$py" > /dev/null && "$py" -c 'import pandas, openpyxl' 2> /dev/null; then
      PYTHON=$py
      break
    fi
  done
  if [[ -z $PYTHON ]]; then
    log "bench: no python3 with pandas and openpyxl found; the pandas column is left out" \
      "(Debian: apt-get install python3-pandas python3-openpyxl; or set BENCH_PYTHON)"
    PANDAS=0
  fi
fi

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  log "bench: building the tool"
  mvn -B -q package -DskipTests
fi
JAR=$(ls target/kontaktcharta-all.jar target/kontaktcharta-*-all.jar 2>/dev/null | head -n 1 || true)
[[ -n $JAR ]] || die "no shaded jar in target/ (run mvn -B package -DskipTests)"

# The installed command, as a user has it: unpacked afresh, its archive made by one first run.
DIST=$(ls target/kontaktcharta-*.tar.gz 2>/dev/null | head -n 1 || true)
[[ -n $DIST ]] || die "no distribution in target/ (run mvn -B package -DskipTests)"
rm -rf "$WORK/dist" "$WORK/cache"
mkdir -p "$WORK/dist"
tar xzf "$DIST" -C "$WORK/dist"
LAUNCHER=$(echo "$WORK"/dist/kontaktcharta-*/bin/charta)
export XDG_CACHE_HOME=$PWD/$WORK/cache
"$LAUNCHER" analyse --quiet --out "$WORK/dist/first-use" samples > /dev/null 2>&1 \
  || die "the first run of $LAUNCHER failed"
ls "$XDG_CACHE_HOME"/kontaktcharta/charta-*.jsa > /dev/null 2>&1 \
  || log "bench: the launcher made no class-data archive; the charta column runs without one"

# The benchmark programs are compiled against the shaded jar, so they use exactly the product's
# library versions; they are not part of the product's build or of mvn verify.
mkdir -p "$WORK"
rm -rf "$WORK/classes"
javac --release 17 -Xlint:all -Werror -encoding UTF-8 -cp "$JAR" -d "$WORK/classes" \
  $(find bench/src -name '*.java')
CP="$WORK/classes:$JAR"

scale_of() { [[ ${1%%-*} == large ]] && echo 1.0 || echo 0.1; }
preset_of() { [[ $1 == *-* ]] && echo "${1#*-}" || echo standard; }

generate() { # workload
  local dir="$WORK/$1" marker="$WORK/$1.txt" expected
  expected="version=$(grep -o 'VERSION = [0-9]*' bench/src/de/kontaktcharta/bench/Workload.java | grep -o '[0-9]*$')"
  expected+=" scale=$(scale_of "$1") seed=$SEED preset=$(preset_of "$1")"
  if [[ -f $marker && $(head -n 4 "$marker" | paste -sd ' ') == "$expected" ]]; then
    log "bench: reusing the $1 workload ($dir)"
    return
  fi
  log "bench: generating the $1 workload in $dir"
  rm -rf "$dir" "$marker"
  java -cp "$CP" de.kontaktcharta.bench.Workload "$dir" "$(scale_of "$1")" "$SEED" \
    "$(preset_of "$1")" > "$marker.part"
  mv "$marker.part" "$marker"
}

# One analysis of a workload into an empty folder by the given command (the tool as `java -jar` or
# as the installed charta); prints its wall-clock, user and system seconds. Fails the benchmark
# when the tool did not write its report: exit codes 0, 1 and 3 all mean "report written" (3: an
# input could not be read, e.g. a kind that has no reader yet).
analysis() { # size run-label variant command...
  local size=$1 run="$2$3"
  shift 3
  local out="$WORK/out/$size-$run" err="$WORK/logs/$size-$run.stderr"
  rm -rf "$out"
  mkdir -p "$out" "$WORK/logs"
  local rc=0 TIMEFORMAT='%R %U %S'
  { time "$@" analyse --out "$out" --today "$TODAY" "$WORK/$size" \
    > "$WORK/logs/$size-$run.stdout" 2> "$err"; } 2> "$err.time" || rc=$?
  if [[ $rc != 0 && $rc != 1 && $rc != 3 ]] || grep -q OutOfMemoryError "$err" \
    || ! ls "$out"/kontaktcharta-*.xlsx > /dev/null 2>&1; then
    tail -n 20 "$err" >&2
    die "run $size/$run with -Xmx512m exited with $rc (stderr: $err)"
  fi
  cat "$err.time"
}

e2e() { # size run-label
  analysis "$1" "$2" "" java -Xmx512m -Xlog:gc:file="$WORK/logs/$1-$2.gc.log" -jar "$JAR"
}

charta() { # size run-label
  analysis "$1" "$2" -charta env JAVA_OPTS=-Xmx512m "$LAUNCHER"
}

floor() { # size run-label
  local err="$WORK/logs/$1-$2.floor.stderr" TIMEFORMAT='%R %U %S'
  { time java -Xmx512m -cp "$CP" de.kontaktcharta.bench.Floor "$WORK/$1" "$WORK/$1.shape" \
    "$WORK/out/$1-floor.xlsx" 2> "$err"; } 2> "$err.time" \
    || die "floor run $1/$2 failed (see $err)"
  cat "$err.time"
}

pandas() { # workload run-label
  local err="$WORK/logs/$1-$2.pandas.stderr" TIMEFORMAT='%R %U %S'
  mkdir -p "$WORK/out" "$WORK/logs"
  { time "$PYTHON" bench/pandas_report.py "$WORK/$1" "$WORK/out/$1-pandas.xlsx" 2> "$err"; } \
    2> "$err.time" || die "pandas run $1/$2 failed (see $err)"
  cat "$err.time"
}

cpu() { awk -v u="$1" -v s="$2" 'BEGIN { print u + s }'; }

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# Heap from the G1 log lines "Pause ... 255M->34M(380M)": the most used before a pause (the
# peak), the most still used after a collection (the live set; Remark and Cleanup pauses collect
# nothing, so their "after" is no live set), the most committed.
heap() { # gc logs...
  cat "$@" | awk '
    function mb(v,  u, n) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1) + 0
      return u == "K" ? n / 1024 : u == "G" ? n * 1024 : u == "B" ? n / 1048576 : n }
    match($0, /[0-9]+[BKMG]->[0-9]+[BKMG]\([0-9]+[BKMG]\)/) {
      split(substr($0, RSTART, RLENGTH), a, /->|\(|\)/)
      if (mb(a[1]) > before) before = mb(a[1])
      if ($0 ~ /Pause (Young|Full)/ && mb(a[2]) > after) after = mb(a[2])
      if (mb(a[3]) > committed) committed = mb(a[3]) }
    END { printf "%d %d %d\n", before, after, committed }'
}

declare -A FLOOR E2E FLOOR_CPU E2E_CPU HEAP PD PD_CPU CH CH_CPU_E2E
committed_all=''
for size in $SIZES; do
  generate "$size"
  log "bench: $size: warm-up"
  e2e "$size" warmup > /dev/null
  java -cp "$CP" de.kontaktcharta.bench.ReportShape "$WORK/out/$size-warmup"/kontaktcharta-*.xlsx \
    > "$WORK/$size.shape"
  floor "$size" warmup > /dev/null
  charta "$size" warmup > /dev/null
  floors=() e2es=() floor_cpu=() e2e_cpu=() logs=() pds=() pd_cpu=() chs=() ch_cpu=()
  for ((i = 1; i <= RUNS; i++)); do
    # Floor, end-to-end and pandas runs alternate, so that a busy spell on the machine hits all.
    read -r wall user sys <<< "$(floor "$size" "$i")"
    floors+=("$wall") floor_cpu+=("$(cpu "$user" "$sys")")
    read -r wall user sys <<< "$(e2e "$size" "$i")"
    e2es+=("$wall") e2e_cpu+=("$(cpu "$user" "$sys")")
    logs+=("$WORK/logs/$size-$i.gc.log")
    read -r wall user sys <<< "$(charta "$size" "$i")"
    chs+=("$wall") ch_cpu+=("$(cpu "$user" "$sys")")
    line="bench: $size: run $i: floor ${floors[-1]} s (cpu ${floor_cpu[-1]} s), end to end ${e2es[-1]} s (cpu ${e2e_cpu[-1]} s), charta ${chs[-1]} s (cpu ${ch_cpu[-1]} s)"
    if [[ $PANDAS == 1 ]]; then
      read -r wall user sys <<< "$(pandas "$size" "$i")"
      pds+=("$wall") pd_cpu+=("$(cpu "$user" "$sys")")
      line+=", pandas ${pds[-1]} s (cpu ${pd_cpu[-1]} s)"
    fi
    log "$line"
  done
  FLOOR[$size]=$(median "${floors[@]}") FLOOR_CPU[$size]=$(median "${floor_cpu[@]}")
  E2E[$size]=$(median "${e2es[@]}") E2E_CPU[$size]=$(median "${e2e_cpu[@]}")
  CH[$size]=$(median "${chs[@]}") CH_CPU_E2E[$size]=$(median "${ch_cpu[@]}")
  HEAP[$size]=$(heap "${logs[@]}")
  if [[ $PANDAS == 1 ]]; then
    PD[$size]=$(median "${pds[@]}") PD_CPU[$size]=$(median "${pd_cpu[@]}")
  fi
done

# The other channels of issue 17: a Takeout-like mailbox (200 MB at scale 1) and 100 WhatsApp
# exports, read end to end with -Xmx256m beside the workload's vCards (a run whose inputs name no
# contact writes no report); reported in MB/s of the mailbox and chats.
declare -A CH_WALL CH_CPU CH_MB CH_HEAP CH_MSG
for size in $CHANNELS; do
  dir="$WORK/$size-channels" marker="$WORK/$size-channels.txt"
  expected="version=$(grep -o 'VERSION = [0-9]*' bench/src/de/kontaktcharta/bench/Workload.java | grep -o '[0-9]*$')"
  expected+=" scale=$(scale_of "$size") seed=$SEED"
  if [[ ! -f $marker || $(head -n 3 "$marker" | paste -sd ' ') != "$expected" ]]; then
    log "bench: generating the $size mailbox and chats in $dir"
    rm -rf "$dir" "$marker"
    java -cp "$CP" de.kontaktcharta.bench.Workload "$dir" "$(scale_of "$size")" "$SEED" channels \
      > "$marker.part"
    mv "$marker.part" "$marker"
  fi
  CH_MB[$size]=$(du -sm "$dir" | awk '{print $1}')
  CH_MSG[$size]=$(awk -F= '/^mail_messages=|^chat_lines=/ {n += $2} END {print n}' "$marker")
  walls=() cpus=() logs=()
  for ((i = 0; i <= RUNS; i++)); do
    out="$WORK/out/$size-channels-$i" gclog="$WORK/logs/$size-channels-$i.gc.log"
    rm -rf "$out"
    mkdir -p "$out" "$WORK/logs"
    TIMEFORMAT='%R %U %S'
    { time java -Xmx256m -Xlog:gc:file="$gclog" -jar "$JAR" analyse --quiet --out "$out" \
      --today "$TODAY" "$dir" "$WORK/$size/vcards" > /dev/null \
      2> "$WORK/logs/$size-channels-$i.stderr"; } \
      2> "$WORK/logs/$size-channels-$i.time" \
      || die "channels run $size/$i with -Xmx256m failed (see $WORK/logs/$size-channels-$i.stderr)"
    (( i == 0 )) && continue # warm-up
    read -r wall user sys < "$WORK/logs/$size-channels-$i.time"
    walls+=("$wall") cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
    logs+=("$gclog")
    log "bench: $size channels: run $i: ${walls[-1]} s (cpu ${cpus[-1]} s)"
  done
  CH_WALL[$size]=$(median "${walls[@]}") CH_CPU[$size]=$(median "${cpus[@]}")
  CH_HEAP[$size]=$(heap "${logs[@]}")
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v max="$2" 'BEGIN { print (v <= max ? "ok" : "MISS") }'; }

missed=0
echo
echo "Kontaktcharta benchmark: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM," \
  "$(java -version 2>&1 | head -n 1); median of $RUNS runs after one warm-up."
echo "Times in seconds: wall clock (CPU = user + system, less sensitive to other load)."
echo
printf '| %-13s | %6s | %6s | %9s | %6s | %11s | %6s | %13s | %9s | %7s | %9s | %7s | %7s |\n' \
  workload floor e2e e2e/floor pandas pandas/e2e charta pandas/charta 'floor CPU' 'e2e CPU' \
  'pandas CPU' 'heap MB' 'live MB'
printf '|%s|\n' '---------------|--------|--------|-----------|--------|-------------|--------|---------------|-----------|---------|------------|---------|---------'
for size in $SIZES; do
  read -r before after committed <<< "${HEAP[$size]}"
  r=$(ratio "${E2E[$size]}" "${FLOOR[$size]}")
  # targets of issue 19: large (every preset) at most 1.25 x the floor and 1.5 x faster than
  # pandas; small at most 1.6 x the floor and faster than pandas
  if [[ ${size%%-*} == large ]]; then most=1.25 ahead=1.5; else most=1.6 ahead=1.0; fi
  p=- pr=- pc=- pch=-
  if [[ -n ${PD[$size]:-} ]]; then
    p=${PD[$size]} pc=${PD_CPU[$size]} pr=$(ratio "${PD[$size]}" "${E2E[$size]}")
    pch=$(ratio "${PD[$size]}" "${CH[$size]}")
    awk -v v="$pr" -v min="$ahead" 'BEGIN { exit !(v < min) }' && { missed=1; pr+=" MISS"; } || pr+=" ok"
  fi
  printf '| %-13s | %6.2f | %6.2f | %4s %-4s | %6s | %11s | %6.2f | %13s | %9.2f | %7.2f | %10s | %7s | %7s |\n' \
    "$size" "${FLOOR[$size]}" "${E2E[$size]}" "$r" "$(verdict "$r" "$most")" "$p" "$pr" \
    "${CH[$size]}" "$pch" "${FLOOR_CPU[$size]}" "${E2E_CPU[$size]}" "$pc" "$before" "$after"
  committed_all+=" $size $committed"
  [[ $(verdict "$r" "$most") == ok ]] || missed=1
  (( before <= 512 )) || missed=1
done
echo
echo "heap MB: the most used before a collection (peak) and after one (live), -Xmx512m;" \
  "committed at most:$committed_all MB"
if [[ -n ${E2E[small]:-} && -n ${E2E[large]:-} ]]; then
  s=$(ratio "${E2E[large]}" "${E2E[small]}") f=$(ratio "${FLOOR[large]}" "${FLOOR[small]}")
  echo "scaling, end to end large ÷ small (10x the input): $s $(verdict "$s" "$f")" \
    "(CPU $(ratio "${E2E_CPU[large]}" "${E2E_CPU[small]}"), floor $f)"
  [[ $(verdict "$s" "$f") == ok ]] || missed=1
fi
echo "charta: the installed command (bin/charta with its class-data archive; the targets are" \
  "those of java -jar)"
echo "targets (README, issue 19): large workloads e2e/floor <= 1.25 and pandas/e2e >= 1.5; small" \
  "e2e/floor <= 1.6 and pandas/e2e > 1; every -Xmx512m run succeeded within 512 MB; scaling no" \
  "worse than the floor's"
echo
echo "Other channels (mailbox and WhatsApp exports), end to end with -Xmx256m:"
echo
printf '| %-8s | %6s | %9s | %7s | %7s | %8s | %8s | %8s |\n' workload MB messages 'wall s' \
  'CPU s' 'MB/s' 'MB/s CPU' 'heap MB'
printf '|%s|\n' '----------|--------|-----------|---------|---------|----------|----------|----------'
for size in $CHANNELS; do
  read -r before after committed <<< "${CH_HEAP[$size]}"
  rate=$(ratio "${CH_MB[$size]}" "${CH_WALL[$size]}")
  printf '| %-8s | %6s | %9s | %7.2f | %7.2f | %8s | %8s | %8s |\n' "$size" "${CH_MB[$size]}" \
    "${CH_MSG[$size]}" "${CH_WALL[$size]}" "${CH_CPU[$size]}" "$rate" \
    "$(ratio "${CH_MB[$size]}" "${CH_CPU[$size]}")" "$before"
  if [[ $size == large ]] && awk -v r="$rate" 'BEGIN { exit !(r < 100) }'; then missed=1; fi
done
echo "target (issue 17, on the large workload): at least 100 MB/s; every -Xmx256m run succeeded"
if [[ $missed == 1 && ${BENCH_STRICT:-0} == 1 ]]; then
  die "a target was missed"
fi
