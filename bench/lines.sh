#!/usr/bin/env bash
# lines.sh — the cost of the repeated-line first pass on COPIES copies of
# corpus/: `zongjie lines` alone, and `zongjie batch` given the counts
# (--line-counts) against batch making the pass itself, alternating.
#
#   bench/lines.sh                 # 50 copies (450 documents), 3 runs each
#   COPIES=200 N=5 bench/lines.sh
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
COPIES=${COPIES:-50}
N=${N:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

go build -o "$TMP/runstat" ./bench/runstat
go build -o "$TMP/zongjie" ./cmd/zongjie
corpus_copies "$TMP/corpus" "$COPIES"
docs=$(find "$TMP/corpus" -type f | wc -l)

run() { # run NAME ARGS...: appends "ms rss" to $TMP/NAME
	local name=$1
	shift
	"$TMP/runstat" "$TMP/zongjie" "$@" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
	tail -n 1 "$TMP/err" >>"$TMP/$name"
}
: >"$TMP/lines" >"$TMP/given" >"$TMP/own"
for ((i = 0; i < N; i++)); do
	run lines lines "$TMP/corpus" -o "$TMP/counts.bin"
	run given batch "$TMP/corpus" -o "$TMP/given.xlsx" --line-counts "$TMP/counts.bin"
	run own batch "$TMP/corpus" -o "$TMP/own.xlsx"
done

printf 'corpus   %d documents (%d copies of corpus/), %d runs each, alternating\n' "$docs" "$COPIES" "$N"
for name in lines given own; do
	printf '%-6s median %8.0f ms  peak RSS %6.1f MiB\n' "$name" "$(median "$TMP/$name" 1)" "$(awk -v k="$(median "$TMP/$name" 2)" 'BEGIN {print k / 1024}')"
done
if cmp -s "$TMP/given.xlsx" "$TMP/own.xlsx"; then
	echo "workbooks identical with the counts given and counted by batch"
else
	echo "workbooks DIFFER with the counts given and counted by batch" >&2
	exit 1
fi
