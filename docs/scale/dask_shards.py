#!/usr/bin/python3
"""dask_shards.py — one corpus over a Dask cluster: each shard of a file
list is a task that runs `zongjie batch` (JSONL only); `zongjie merge` makes
one workbook of the shards, in list order.

    /usr/bin/python3 docs/scale/dask_shards.py FILES.txt SHARDS OUT.xlsx [SCHEDULER]

Without SCHEDULER a LocalCluster is started (one single-threaded worker
process per core, at most one per shard); with one (tcp://host:8786) the
same tasks go to that cluster, whose workers need zongjie on their PATH and
the documents and the output folder at the same paths (a shared file
system). Debian: python3-dask, python3-distributed.
"""
import os
import subprocess
import sys
import tempfile

from dask.distributed import Client, LocalCluster


def batch_shard(paths, jsonl):
    """Run one shard; return its JSONL path (zongjie's stderr on failure)."""
    run = subprocess.run(["zongjie", "batch", "-", "--no-workbook", "--jsonl", jsonl],
                         input="\n".join(paths) + "\n", text=True, capture_output=True)
    if run.returncode != 0:
        raise RuntimeError(run.stderr)
    return jsonl


def main():
    files, shards, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    scheduler = sys.argv[4] if len(sys.argv) > 4 else None
    with open(files, encoding="utf-8") as f:
        paths = [p.strip() for p in f if p.strip()]
    size = -(-len(paths) // shards)
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    work = tempfile.mkdtemp(prefix="zongjie-dask-", dir=os.path.dirname(os.path.abspath(out)))
    jsonls = [os.path.join(work, "shard.%04d.jsonl.gz" % i) for i in range(len(chunks))]
    if scheduler:
        client = Client(scheduler)
    else:
        client = Client(LocalCluster(n_workers=min(os.cpu_count(), len(chunks)), threads_per_worker=1, processes=True,
                                     dashboard_address=None))
    try:
        done = client.gather(client.map(batch_shard, chunks, jsonls, pure=False))
    finally:
        client.close()
    subprocess.run(["zongjie", "merge", *done, "-o", out], check=True)
    for p in done:
        os.remove(p)
    os.rmdir(work)


if __name__ == "__main__":
    main()
