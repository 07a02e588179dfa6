#!/usr/bin/env bash
# coldstart.sh — whole-process start-up cost of a single-file extraction,
# against a process that only loads gse's embedded dictionary.
#
#   bench/coldstart.sh
#   N=31 bench/coldstart.sh
#
# Environment:
#   N              runs of each program, alternating (default 15)
#   SAMPLE         the document (default corpus/2016-social-work-day-summary.txt)
#   GSE_DICT       what the baseline loads with LoadDictEmbed (default zh)
#   ZONGJIE_RUN    our program's command line, timed
#                  (default: $TMP/zongjie extract $SAMPLE --format json)
#
# Prints each program's median wall time and median peak RSS, and the ratio
# of the medians (ours / baseline; the target is <= 0.1). Times come from
# bench/runstat (fork to exit, getrusage for RSS); the first run of each
# program is a discarded warm-up, so both read their binary from page cache.
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
N=${N:-15}
SAMPLE=${SAMPLE:-corpus/2016-social-work-day-summary.txt}
GSE_DICT=${GSE_DICT:-zh}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

go build -o "$TMP/runstat" ./bench/runstat
go build -o "$TMP/gseload" ./bench/gseload

OURS_NAME="zongjie extract"
go build -o "$TMP/zongjie" ./cmd/zongjie
read -r -a OURS <<<"${ZONGJIE_RUN:-$TMP/zongjie extract $SAMPLE --format json}"
BASE=("$TMP/gseload" -dict "$GSE_DICT")

# run PROGRAM... appends "ms rss" to $OUT.
run() {
	if ! "$TMP/runstat" "$@" >/dev/null 2>"$TMP/err"; then
		echo "coldstart: $* failed:" >&2
		cat "$TMP/err" >&2
		exit 1
	fi
	tail -n 1 "$TMP/err" >>"$OUT"
}

OUT=/dev/null run "${BASE[@]}"
OUT=/dev/null run "${OURS[@]}"
: >"$TMP/base" >"$TMP/ours"
for ((i = 0; i < N; i++)); do
	OUT="$TMP/base" run "${BASE[@]}"
	OUT="$TMP/ours" run "${OURS[@]}"
done


bt=$(median "$TMP/base" 1) br=$(median "$TMP/base" 2)
ot=$(median "$TMP/ours" 1) or=$(median "$TMP/ours" 2)
printf 'sample        %s, %d runs each, alternating\n' "$SAMPLE" "$N"
printf '%-28s median %9.1f ms   peak RSS %7.1f MiB\n' "gse LoadDictEmbed(\"$GSE_DICT\")" "$bt" "$(awk -v k="$br" 'BEGIN {print k / 1024}')"
printf '%-28s median %9.1f ms   peak RSS %7.1f MiB\n' "$OURS_NAME" "$ot" "$(awk -v k="$or" 'BEGIN {print k / 1024}')"
printf 'ratio         %.3f (ours / baseline; target <= 0.1)\n' "$(awk -v a="$ot" -v b="$bt" 'BEGIN {print a / b}')"
