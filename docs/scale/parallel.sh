#!/usr/bin/env bash
# parallel.sh — one corpus over many cores or hosts with GNU parallel:
# split a file list into shards, run `zongjie batch` on each shard (JSONL
# only), merge the shards into one workbook.
#
#   docs/scale/parallel.sh FILES.txt SHARDS OUT.xlsx [SSHLOGIN]
#
# FILES.txt lists the documents, one path a line, in the order the
# documents should have in the workbook (the document ids follow it).
# SSHLOGIN is GNU parallel's --sshlogin list ("8/host1,8/host2"; ":" is
# this machine): each host needs zongjie on its PATH and the documents at
# the same paths (a shared file system); the shard lists are sent to the
# hosts and the shards brought back.
set -euo pipefail
list=${1:?usage: parallel.sh FILES.txt SHARDS OUT.xlsx [SSHLOGIN]}
shards=${2:?}
out=${3:?}
sshlogin=${4:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/zongjie-shards.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Contiguous shards, numbered so that their names sort in list order.
split -n "l/$shards" -d -a 4 "$list" "$work/list."
cd "$work"
if [ -z "$sshlogin" ]; then
	parallel --halt now,fail=1 'zongjie batch - --no-workbook --jsonl {}.jsonl.gz < {}' ::: list.*
else
	parallel --halt now,fail=1 --sshlogin "$sshlogin" --transferfile {} --return {}.jsonl.gz --cleanup \
		'zongjie batch - --no-workbook --jsonl {}.jsonl.gz < {}' ::: list.*
fi
cd - >/dev/null
zongjie merge "$work"/list.*.jsonl.gz -o "$out"
