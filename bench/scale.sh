#!/usr/bin/env bash
# scale.sh — the sharded recipes of docs/scale.md against one batch, on a
# corpus made of COPIES copies of corpus/, alternating runs.
#
#   bench/scale.sh                      # 50 copies (450 documents), 3 shards, 3 runs each
#   COPIES=200 SHARDS=4 N=5 bench/scale.sh
#
# Prints the median wall time of each way (the sharded ones include their
# merge) and the peak RSS of its largest process. That the ways give the same
# workbook data is checked by TestScaleRecipes, not here.
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
COPIES=${COPIES:-50}
SHARDS=${SHARDS:-3}
N=${N:-3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

go build -o "$TMP/runstat" ./bench/runstat
go build -o "$TMP/zongjie" ./cmd/zongjie
corpus_copies "$TMP/in" "$COPIES"
docs=$(find "$TMP/in" -type f | wc -l)
per_shard=$(((docs + SHARDS - 1) / SHARDS))
scripts=$PWD/scripts
export ZONGJIE=$TMP/zongjie SHARD_FILES=$per_shard

ways=(one parallel-j1 parallel-j2 dask-w2)
declare -A what=(
	[one]="zongjie batch --jobs 2"
	[parallel-j1]="parallel_batch.sh, 1 shard at a time, batch --jobs 2"
	[parallel-j2]="parallel_batch.sh, 2 shards at a time, batch --jobs 1"
	[dask-w2]="dask_batch.py, LocalCluster of 2 workers, batch --jobs 1"
)
way() {
	case $1 in
	one) "$ZONGJIE" batch in -o one.xlsx --jobs 2 ;;
	parallel-j1) JOBS=1 BATCH_JOBS=2 "$scripts/parallel_batch.sh" p1.xlsx in ;;
	parallel-j2) JOBS=2 BATCH_JOBS=1 "$scripts/parallel_batch.sh" p2.xlsx in ;;
	dask-w2) /usr/bin/python3 "$scripts/dask_batch.py" --zongjie "$ZONGJIE" --workers 2 --batch-jobs 1 \
		--shard-files "$per_shard" -o d2.xlsx in ;;
	esac
}
export -f way
export scripts per_shard
cd "$TMP"
for w in "${ways[@]}"; do : >"$TMP/t-$w"; done
for ((i = 0; i < N; i++)); do
	for w in "${ways[@]}"; do
		"$TMP/runstat" bash -c "way $w" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; exit 1; }
		tail -n 1 "$TMP/err" >>"$TMP/t-$w"
	done
done

printf 'corpus  %d documents, %.1f MB (%d copies of corpus/), %d shards of %d, %d runs each, alternating\n' \
	"$docs" "$(du -sb in | awk '{print $1 / 1e6}')" "$COPIES" "$(((docs + per_shard - 1) / per_shard))" "$per_shard" "$N"
for w in "${ways[@]}"; do
	printf '%-58s median %7.0f ms  largest process peak RSS %6.1f MiB\n' "${what[$w]}" \
		"$(median "$TMP/t-$w" 1)" "$(awk -v k="$(median "$TMP/t-$w" 2)" 'BEGIN {print k / 1024}')"
done
