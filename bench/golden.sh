#!/usr/bin/env bash
# golden.sh — byte-for-byte guard for refactors that must not change outputs.
#
#   bench/golden.sh record  OUTDIR   # write the outputs of every set into OUTDIR
#   bench/golden.sh compare OUTDIR   # write them again and compare with OUTDIR
#
# The sets are corpus/ and every dev and blind set under testdata/ (extract,
# ingest with its held-out folders; the entity annotations refer to the
# documents of testdata/extract). For each set: the workbook, the JSONL and
# the CSV tables of `batch` with --jobs 1 and 2, the workbook of `merge` over
# the JSONL, and for corpus/ also `extract --format json|xlsx` of every
# document and a KWIC workbook. OUTDIR should be outside the repository.
set -euo pipefail

mode=${1:?usage: golden.sh record|compare OUTDIR}
dir=${2:?usage: golden.sh record|compare OUTDIR}
cd "$(dirname "$0")/.."
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
go build -o "$TMP/zongjie" ./cmd/zongjie
zj="$TMP/zongjie"

out="$TMP/out"
mkdir -p "$out"
for set in corpus testdata/extract testdata/ingest; do
	name=${set//\//_}
	for j in 1 2; do
		"$zj" batch "$set" -o "$out/$name.j$j.xlsx" --jsonl "$out/$name.j$j.jsonl" \
			--csv "$out/$name.j$j.csv" --jobs "$j" 2>"$out/$name.j$j.stderr" || true
	done
	(cd "$out" && "$zj" merge "$name.j2.jsonl" -o "$name.merge.xlsx" 2>/dev/null) || true
done
for f in corpus/*; do
	b=$(basename "$f")
	"$zj" extract "$f" --format json >"$out/extract.$b.json" 2>&1 || true
	"$zj" extract "$f" --format xlsx -o "$out/extract.$b.xlsx" 2>/dev/null || true
done
"$zj" kwic 社区 corpus --xlsx "$out/kwic.xlsx" 2>/dev/null
"$zj" kwic 社区 corpus >"$out/kwic.tsv"
# stderr names the outputs: drop the temporary folder from it.
sed -i "s|$out/||g" "$out"/*.stderr

case $mode in
record)
	rm -rf "$dir"
	mkdir -p "$(dirname "$dir")"
	cp -r "$out" "$dir"
	echo "recorded $(find "$dir" -type f | wc -l) files into $dir"
	;;
compare)
	if diff -r "$dir" "$out" >"$TMP/diff"; then
		echo "identical: $(find "$out" -type f | wc -l) files match $dir"
	else
		head -n 40 "$TMP/diff"
		echo "golden outputs DIFFER from $dir" >&2
		exit 1
	fi
	;;
*)
	echo "usage: golden.sh record|compare OUTDIR" >&2
	exit 2
	;;
esac
