# lib.sh — what the bench scripts share; sourced by them from the
# repository's root, not run.

# median FILE COLUMN: the median of one column of the "ms rss-KiB cpu-ms"
# lines bench/runstat prints.
median() { cut -d' ' -f"$2" "$1" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# spread FILE COLUMN: the range of that column, "min–max".
spread() { cut -d' ' -f"$2" "$1" | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.0f–%.0f", lo, hi}'; }

# corpus_copies DIR COPIES: COPIES copies of corpus/ in DIR/0, DIR/1, …
corpus_copies() {
	local c
	for ((c = 0; c < $2; c++)); do
		mkdir -p "$1/$c"
		cp corpus/* "$1/$c/"
	done
}
