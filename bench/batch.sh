#!/usr/bin/env bash
# batch.sh — whole-run cost of `zongjie batch` on a synthetic corpus of
# SIZE_MB megabytes, next to bare gse cutting the same files.
#
#   bench/batch.sh 24              # 24 MB, 3 runs of each, --jobs 2
#   N=5 JOBS=2 bench/batch.sh 200
#
# The corpus (bench/synth/synth.py) is the documents of corpus/ as UTF-8
# .txt, copied with their numbers varied. The baseline (bench/gsecut) loads
# gse's embedded dictionary and cuts every file with JOBS workers; zongjie
# loads its own dictionary and runs the whole pipeline and writes the
# workbook. Runs alternate (baseline, batch, baseline, …) so that load from
# the other users of a shared machine falls on both; the medians are printed
# with the spread (min–max) to show how noisy it was. The ratio of the
# medians of wall time is the figure (target ≤ 2.0); the ratio of CPU time
# (user + system) is printed too, as it moves less when the machine is busy.
set -euo pipefail

SIZE_MB=${1:?usage: batch.sh SIZE_MB}
N=${N:-3}
JOBS=${JOBS:-2}
cd "$(dirname "$0")/.."
. bench/lib.sh
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

go build -o "$TMP/runstat" ./bench/runstat
go build -o "$TMP/gsecut" ./bench/gsecut
go build -o "$TMP/zongjie" ./cmd/zongjie
read -r docs bytes < <(python3 bench/synth/synth.py "$SIZE_MB" "$TMP/corpus")

timed() { # timed NAME CMD...: appends "ms rss-KiB" to $TMP/NAME
	local name=$1
	shift
	"$TMP/runstat" "$@" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
	tail -n 1 "$TMP/err" >>"$TMP/$name"
}
: >"$TMP/gse" >"$TMP/batch"
for ((i = 0; i < N; i++)); do
	timed gse "$TMP/gsecut" -jobs "$JOBS" "$TMP/corpus"
	timed batch "$TMP/zongjie" batch "$TMP/corpus" -o "$TMP/stats.xlsx" --jobs "$JOBS"
done

printf 'corpus   %d documents, %.1f MB (synthetic, from corpus/), --jobs %d, %d runs each, alternating\n' \
	"$docs" "$(awk -v b="$bytes" 'BEGIN {print b / 1e6}')" "$JOBS" "$N"
for name in gse batch; do
	t=$(median "$TMP/$name" 1) r=$(median "$TMP/$name" 2) c=$(median "$TMP/$name" 3)
	printf '%-6s wall %7.0f ms (%s)  cpu %7.0f ms (%s)  %7.1f docs/s  %5.2f MB/s  peak RSS %6.1f MiB (%s KiB)\n' "$name" "$t" "$(spread "$TMP/$name" 1)" "$c" "$(spread "$TMP/$name" 3)" \
		"$(awk -v d="$docs" -v t="$t" 'BEGIN {print d / t * 1000}')" \
		"$(awk -v b="$bytes" -v t="$t" 'BEGIN {print b / 1e6 / t * 1000}')" \
		"$(awk -v k="$r" 'BEGIN {print k / 1024}')" "$(spread "$TMP/$name" 2)"
done
printf 'ratio    batch / bare gse Cut: wall %.2f, cpu %.2f\n' \
	"$(awk -v a="$(median "$TMP/batch" 1)" -v b="$(median "$TMP/gse" 1)" 'BEGIN {print a / b}')" \
	"$(awk -v a="$(median "$TMP/batch" 3)" -v b="$(median "$TMP/gse" 3)" 'BEGIN {print a / b}')"
