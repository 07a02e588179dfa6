#!/usr/bin/env bash
# batch.sh — whole-run cost of `zongjie batch` on a corpus made of COPIES
# copies of corpus/, with --jobs 1 and --jobs 2 side by side, alternating.
#
#   bench/batch.sh                 # 50 copies (450 documents), 3 runs each
#   COPIES=200 N=5 bench/batch.sh
#
# Prints median wall time, documents per second, input MB/s and peak RSS
# for each --jobs, and checks that both runs wrote byte-identical workbooks.
set -euo pipefail

cd "$(dirname "$0")/.."
COPIES=${COPIES:-50}
N=${N:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

go build -o "$TMP/runstat" ./bench/runstat
go build -o "$TMP/zongjie" ./cmd/zongjie
for ((c = 0; c < COPIES; c++)); do
	mkdir -p "$TMP/corpus/$c"
	cp corpus/* "$TMP/corpus/$c/"
done
docs=$(find "$TMP/corpus" -type f | wc -l)
bytes=$(du -sb "$TMP/corpus" | cut -f1)

run() { # run JOBS OUTFILE: appends "ms rss" to $TMP/jJOBS
	"$TMP/runstat" "$TMP/zongjie" batch "$TMP/corpus" -o "$2" --jobs "$1" >/dev/null 2>"$TMP/err" ||
		{ cat "$TMP/err" >&2; exit 1; }
	tail -n 1 "$TMP/err" >>"$TMP/j$1"
}
: >"$TMP/j1" >"$TMP/j2"
for ((i = 0; i < N; i++)); do
	run 1 "$TMP/j1.xlsx"
	run 2 "$TMP/j2.xlsx"
done
median() { cut -d' ' -f"$2" "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

printf 'corpus   %d documents, %.1f MB (%d copies of corpus/), %d runs each, alternating\n' "$docs" "$(awk -v b="$bytes" 'BEGIN {print b / 1e6}')" "$COPIES" "$N"
for j in 1 2; do
	t=$(median "$TMP/j$j" 1) r=$(median "$TMP/j$j" 2)
	printf -- '--jobs %d  median %8.0f ms  %6.1f docs/s  %5.2f MB/s  peak RSS %6.1f MiB\n' "$j" "$t" \
		"$(awk -v d="$docs" -v t="$t" 'BEGIN {print d / t * 1000}')" \
		"$(awk -v b="$bytes" -v t="$t" 'BEGIN {print b / 1e6 / t * 1000}')" \
		"$(awk -v k="$r" 'BEGIN {print k / 1024}')"
done
if cmp -s "$TMP/j1.xlsx" "$TMP/j2.xlsx"; then
	echo "workbooks identical across --jobs 1 and 2"
else
	echo "workbooks DIFFER across --jobs 1 and 2" >&2
	exit 1
fi
