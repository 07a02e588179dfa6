#!/usr/bin/env bash
# parallel_batch.sh — zongjie batch over a corpus cut into shards that GNU
# parallel runs here or on several hosts over ssh, then one zongjie merge: the
# workbook of one batch over the whole corpus (docs/scale.md).
#
#   scripts/parallel_batch.sh OUT.xlsx DIR...
#   SHARD_FILES=5000 SSHLOGIN=node1,node2 scripts/parallel_batch.sh all.xlsx reports
#
# Environment:
#   ZONGJIE      the zongjie command on every host (default: zongjie)
#   SHARD_FILES  documents a shard (default 1000)
#   JOBS         shards at once on each host (default 1; each batch already
#                uses every core of its host)
#   BATCH_JOBS   --jobs of each batch (default 0: one worker per core)
#   SSHLOGIN     hosts for parallel --sshlogin, comma-separated (default: none,
#                everything runs here). Every host must see this folder, the
#                corpus and $ZONGJIE at the same paths: a shared filesystem.
#   SHARDS_DIR   where the shard lists and JSONL shards go (default OUT.xlsx.shards)
set -euo pipefail

if [ $# -lt 2 ]; then
	sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
	exit 2
fi
out=$1
shift
ZONGJIE=${ZONGJIE:-zongjie}
SHARD_FILES=${SHARD_FILES:-1000}
JOBS=${JOBS:-1}
BATCH_JOBS=${BATCH_JOBS:-0}
shards=${SHARDS_DIR:-$out.shards}
mkdir -p "$shards"
rm -f "$shards"/shard-*

# The documents in the order batch takes them: each argument in turn, walked
# depth-first with the names of a folder in byte order (sorting whole paths
# with "/" mapped below every other byte gives exactly that), hidden names
# skipped, the extensions batch reads, and paths spelt as batch spells them
# (no leading "./"). The merged workbook keeps this order.
# A file named as an argument is taken whatever its extension, as batch does.
for root in "$@"; do
	if [ ! -d "$root" ]; then
		echo "$root"
		continue
	fi
	find "$root" -mindepth 1 -name '.*' -prune -o ! -type d \
		\( -iname '*.txt' -o -iname '*.html' -o -iname '*.htm' -o -iname '*.docx' \) -print |
		sed 's|^\./||' | tr / '\001' | LC_ALL=C sort | tr '\001' /
done >"$shards/files"
if [ ! -s "$shards/files" ]; then
	echo "parallel_batch.sh: no document under $*" >&2
	exit 1
fi
# Fixed-width shard numbers: the shell's glob lists the shards in order.
split -l "$SHARD_FILES" -d -a 5 "$shards/files" "$shards/shard-"

remote=()
if [ -n "${SSHLOGIN:-}" ]; then
	remote=(--sshlogin "$SSHLOGIN" --workdir "$PWD")
fi
# One shard: the paths on standard input, its records into shard-NNNNN.jsonl.
# The shard workbook is not used; once batch can write the JSONL alone, this
# line is the only one to change.
shard_batch="batch - --jobs $BATCH_JOBS --no-workbook --jsonl {}.jsonl"
parallel --halt now,fail=1 -j "$JOBS" "${remote[@]}" \
	"$(printf %q "$ZONGJIE") $shard_batch < {}" ::: "$shards"/shard-?????
"$ZONGJIE" merge "$shards"/shard-?????.jsonl -o "$out"
