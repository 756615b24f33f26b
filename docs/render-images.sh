#!/usr/bin/env bash
# Renders the report of samples/ the way LibreOffice prints it and keeps two pictures for the
# README: the Summary and the first page of the "Ohne Grund" (No reason) sheet, in German and in
# English. Needs Java 17, LibreOffice (soffice) and poppler (pdftoppm, pdftotext, pdfinfo).
#
#   docs/render-images.sh            # builds the jar when it is missing
#   docs/render-images.sh --all      # also keeps a picture of every page in target/render/
set -euo pipefail

cd "$(dirname "$0")/.."
all=false
[[ "${1:-}" == "--all" ]] && all=true

for tool in soffice pdftoppm pdftotext pdfinfo java; do
  command -v "$tool" >/dev/null || { echo "render-images: $tool is missing" >&2; exit 1; }
done
jar=target/kontaktcharta-all.jar
[[ -f "$jar" ]] || mvn -B -q package -DskipTests

work=target/render
rm -rf "$work"
mkdir -p "$work" docs/images
# the date of the samples, so that the pictures do not change from one day to the next
today=2026-11-25

render() {
  local lang="$1" first="$2" worklist="$3"
  local out="$work/$lang"
  mkdir -p "$out"
  java -jar "$jar" analyse samples --lang "$lang" --today "$today" --out "$out" --quiet
  local xlsx
  xlsx=$(ls "$out"/kontaktcharta-*.xlsx)
  # a profile of its own, so that a LibreOffice the user has open is not disturbed
  soffice -env:UserInstallation="file://$PWD/$work/lo-profile" --headless \
    --convert-to pdf --outdir "$out" "$xlsx" >/dev/null
  local pdf="${xlsx%.xlsx}.pdf"
  local pages
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  local summary="" list=""
  for ((p = 1; p <= pages; p++)); do
    # the sheet's name is the page header's first line
    local head
    pdftotext -f "$p" -l "$p" -layout "$pdf" "$out/page.txt"
    head=$(awk 'NF { sub(/^ +/, ""); sub(/ +$/, ""); print; exit }' "$out/page.txt")
    [[ -z "$summary" && "$head" == "$first" ]] && summary=$p
    [[ -z "$list" && "$head" == "$worklist" ]] && list=$p
  done
  if [[ -z "$summary" || -z "$list" ]]; then
    echo "render-images: no page of '$first' or '$worklist' in $pdf" >&2
    exit 1
  fi
  pdftoppm -png -r 80 -f "$summary" -l "$summary" -singlefile "$pdf" "docs/images/summary-$lang"
  pdftoppm -png -r 80 -f "$list" -l "$list" -singlefile "$pdf" "docs/images/no-reason-$lang"
  if $all; then
    pdftoppm -png -r 70 "$pdf" "$out/page"
  fi
  echo "$lang: $pages pages; docs/images/summary-$lang.png (page $summary)," \
    "docs/images/no-reason-$lang.png (page $list)"
}

render de "Übersicht" "Ohne Grund"
render en "Summary" "No reason"
