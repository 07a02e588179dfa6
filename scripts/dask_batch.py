#!/usr/bin/python3
"""dask_batch.py — zongjie batch over a corpus cut into shards that a Dask
cluster runs, then one zongjie merge: the workbook of one batch over the whole
corpus (docs/scale.md).

  scripts/dask_batch.py -o all.xlsx reports                 # a LocalCluster here
  scripts/dask_batch.py -o all.xlsx --scheduler tcp://head:8786 reports

Each task runs one `zongjie batch` process on a shard's paths and leaves the
shard's JSONL in the shards folder, working in the folder the script was
started in; the client merges the shards in shard order. On a real cluster
every worker must see that folder, the corpus, the shards folder and zongjie at
the same paths (a shared filesystem); start workers with
`--nthreads 1`, since each batch already uses every core of its host.

Runs on Debian's /usr/bin/python3 with python3-dask and python3-distributed.
"""

import argparse
import os
import subprocess
import sys

from dask.distributed import Client, LocalCluster

# The extensions zongjie batch reads (pipeline.Extensions).
EXTENSIONS = (".txt", ".html", ".htm", ".docx")


def corpus_files(roots):
    """The documents in the order batch takes them: each root in turn, walked
    depth-first with the names of a folder in byte order, hidden names below
    the root skipped, the extensions batch reads."""
    files = []

    def walk(path):
        for name in sorted(os.listdir(path), key=os.fsencode):
            if name.startswith("."):
                continue
            child = os.path.join(path, name)
            if os.path.isdir(child) and not os.path.islink(child):
                walk(child)
            elif os.path.splitext(name)[1].lower() in EXTENSIONS:
                files.append(child)

    for root in roots:
        if os.path.isdir(root):
            walk(os.path.normpath(root))
        else:
            files.append(root)
    return files


def shard_batch_command(zongjie, jobs, shard):
    """One shard: its paths on standard input, its records into shard.jsonl.
    The shard workbook is not used; once batch can write the JSONL alone, the
    -o argument is the only thing to change."""
    return [zongjie, "batch", "-", "--jobs", str(jobs), "--no-workbook", "--jsonl", shard + ".jsonl"]


def run_shard(shard, command, paths, workdir):
    """Runs on a worker: one batch process, in the folder the client started
    in, so that relative paths mean the same; an error names the shard."""
    try:
        done = subprocess.run(
            command, input="".join(p + "\n" for p in paths), cwd=workdir, capture_output=True, text=True
        )
    except OSError as err:
        raise RuntimeError(f"{shard}: cannot start {command[0]}: {err}") from None
    if done.returncode != 0:
        raise RuntimeError(f"{shard}: zongjie batch exit status {done.returncode}: {done.stderr.strip()}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roots", nargs="+", metavar="DIR|FILE", help="the corpus, as given to zongjie batch")
    ap.add_argument("-o", "--output", required=True, help="the merged workbook")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster here)")
    ap.add_argument("--workers", type=int, default=1, help="LocalCluster workers, shards at once (default 1)")
    ap.add_argument("--shard-files", type=int, default=1000, help="documents a shard (default 1000)")
    ap.add_argument("--shards-dir", help="where the JSONL shards go (default OUTPUT.shards)")
    ap.add_argument("--zongjie", default="zongjie", help="the zongjie command on every worker")
    ap.add_argument("--batch-jobs", type=int, default=0, help="--jobs of each batch (default 0: one worker per core)")
    args = ap.parse_args()

    files = corpus_files(args.roots)
    if not files:
        sys.exit("dask_batch.py: no document under " + " ".join(args.roots))
    shards_dir = args.shards_dir or args.output + ".shards"
    os.makedirs(shards_dir, exist_ok=True)
    shards = [files[i : i + args.shard_files] for i in range(0, len(files), args.shard_files)]
    # Fixed-width shard numbers, merged in this order.
    names = [os.path.join(shards_dir, f"shard-{n:05d}") for n in range(len(shards))]
    commands = [shard_batch_command(args.zongjie, args.batch_jobs, name) for name in names]

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # Workers are threads of this process (the work is in the zongjie
        # processes) talking in-process; the scheduler's HTTP status server,
        # which it always starts, gets a free port on loopback.
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=False, dashboard_address="127.0.0.1:0"
        )
        client = Client(cluster)
    with client:
        # pure=False: a task is a side effect (the shard file), never cached.
        workdirs = [os.getcwd()] * len(names)
        try:
            client.gather(client.map(run_shard, names, commands, shards, workdirs, pure=False))
        except RuntimeError as err:
            sys.exit(f"dask_batch.py: {err}")
    merge = [args.zongjie, "merge", *(name + ".jsonl" for name in names), "-o", args.output]
    sys.exit(subprocess.run(merge).returncode)


if __name__ == "__main__":
    main()
