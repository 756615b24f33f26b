#!/usr/bin/env bash
# The mail and chat benchmark of issue 17 (bench/src/.../MailBench.java): generates a Gmail
# Takeout-like mbox in LF and CRLF variants and WhatsApp exports under target/bench-mail/, reads
# them with the product's readers under -Xmx256m and prints MB/s and heap. The files are kept and
# reused. Environment: MAIL_MB (size of each mbox, default 500), CHATS (200), CHAT_LINES (5000),
# BENCH_SKIP_BUILD=1 to reuse target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

MAIL_MB=${MAIL_MB:-500}
CHATS=${CHATS:-200}
CHAT_LINES=${CHAT_LINES:-5000}
WORK=target/bench-mail

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  echo "bench: building the tool" >&2
  mvn -B -q package -DskipTests
fi
JAR=$(ls target/kontaktcharta-all.jar target/kontaktcharta-*-all.jar 2>/dev/null | head -n 1 || true)
[[ -n $JAR ]] || { echo "bench: no shaded jar in target/" >&2; exit 1; }

mkdir -p "$WORK"
rm -rf "$WORK/classes"
javac --release 17 -Xlint:all -Werror -encoding UTF-8 -cp "$JAR" -d "$WORK/classes" \
  $(find bench/src -name '*.java')
java -Xmx256m -Xlog:gc:file="$WORK/gc.log" -cp "$WORK/classes:$JAR" \
  de.kontaktcharta.bench.MailBench "$WORK" "$MAIL_MB" "$CHATS" "$CHAT_LINES"
# The most used before and after any collection, from G1's "Pause … 120M->8M(256M)" lines.
awk 'match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) {
       split(substr($0, RSTART, RLENGTH), a, /M->|M\(|M\)/)
       if (a[1] + 0 > before) before = a[1] + 0
       if ($0 ~ /Pause (Young|Full)/ && a[2] + 0 > after) after = a[2] + 0 }
     END { printf "gc log: at most %d MB used before a collection, %d MB after one (-Xmx256m)\n", before, after }' \
  "$WORK/gc.log"
