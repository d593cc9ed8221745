"""Scale benchmark: throughput against bare spaCy, worker scaling, peak RSS, re-run cost.

    python bench/bench_scale.py                     # defaults: a few minutes on 2 cores
    python bench/bench_scale.py --n 1000 --rss-sizes 1000,20000   # the full memory case

Every figure is measured in this one run on synthetic articles from bench/synth.py:
- throughput: bare ``spacy.load(model)`` + ``list(nlp.pipe(texts))`` against
  ``extract(...)`` (one process, no cache) on the same texts, models loaded beforehand;
- workers: ``extractor run --workers 1`` against ``--workers 2`` (wall time, model loading
  and process start-up included);
- memory: peak RSS (VmHWM) of a fresh process running ``extract`` on each size;
- incremental: ``extractor run`` on N articles, then on the same N plus 5 new ones.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth

CLI = [sys.executable, "-c", "from extractor.cli import app; app()"]


def _timed_run(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([*CLI, "run", *args, "--no-progress"], check=True, capture_output=True)
    return time.perf_counter() - t


def throughput(corpus: Path) -> None:
    import spacy

    from extractor.nlp import resolve_model_name
    from extractor.pipeline import Analyzer, extract

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(resolve_model_name(None))
    analyzer = Analyzer()
    list(bare.pipe(texts[:5]))  # warm both up alike
    extract(inputs=[str(corpus)], analyzer=analyzer, batch_size=5)
    t = time.perf_counter()
    list(bare.pipe(texts))
    t_bare = time.perf_counter() - t
    t = time.perf_counter()
    result = extract(inputs=[str(corpus)], analyzer=analyzer)
    t_ours = time.perf_counter() - t
    print(f"throughput: {len(texts)} articles, {words} words")
    print(f"  bare nlp.pipe  {t_bare:7.1f} s  {words / t_bare:8.0f} words/s")
    print(f"  extract        {t_ours:7.1f} s  {words / t_ours:8.0f} words/s"
          f"  ({len(result.mentions)} mentions, {len(result.records)} events)")
    print(f"  ratio extract/bare throughput: {t_bare / t_ours:.2f}x")


def scaling(corpus: Path, work: Path) -> None:
    one = _timed_run(str(corpus), "-o", str(work / "w1" / "events.jsonl"), "--no-cache")
    two = _timed_run(str(corpus), "-o", str(work / "w2" / "events.jsonl"), "--no-cache",
                     "--workers", "2")
    same = all(
        (work / "w1" / n).read_bytes() == (work / "w2" / n).read_bytes()
        for n in ("events.jsonl", "mentions.jsonl", "errors.jsonl")
    )
    print(f"workers: 1 worker {one:.1f} s, 2 workers {two:.1f} s -> {one / two:.2f}x"
          f" (outputs identical: {same})")


def rss_child(corpus: str) -> None:
    from extractor.pipeline import extract

    result = extract(inputs=[corpus])
    # VmHWM, not getrusage's ru_maxrss: Linux carries the parent's peak over fork+exec
    # into ru_maxrss, and the parent here holds a bare-spaCy run's Docs.
    status = Path("/proc/self/status")
    hwm = [ln for ln in status.read_text().splitlines() if ln.startswith("VmHWM:")]
    peak_kb = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_mb": round(peak_kb / 1024, 1), "events": len(result.records),
                      "mentions": len(result.mentions)}))


def memory(sizes: list[int], work: Path, seed: int) -> None:
    print("memory (fresh process each, extract(), no cache):")
    for n in sizes:
        path = synth.write(work / f"rss-{n}.jsonl", n, seed)
        t = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "--rss-child", str(path)], check=True,
                             capture_output=True, text=True).stdout
        info = json.loads(out.strip().splitlines()[-1])
        print(f"  {n:6d} articles: peak RSS {info['peak_mb']:7.1f} MB"
              f" ({info['mentions']} mentions, {info['events']} events,"
              f" {time.perf_counter() - t:.0f} s)")


def incremental(n: int, work: Path, seed: int) -> None:
    folder = work / "inc"
    synth.write(folder / "in" / "a.jsonl", n, seed)
    out = ["-o", str(folder / "out" / "events.jsonl")]
    full = _timed_run(str(folder / "in" / "a.jsonl"), *out)
    synth.write(folder / "in" / "b.jsonl", 5, seed, start=n)
    again = _timed_run(str(folder / "in" / "a.jsonl"), str(folder / "in" / "b.jsonl"), *out)
    manifest = json.loads((folder / "out" / "manifest.json").read_text())
    print(f"incremental: full run on {n} articles {full:.1f} s; re-run with 5 new {again:.1f} s"
          f" = {100 * again / full:.1f}% ({manifest['counts']['cached']} cached)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="articles for throughput/workers/re-run")
    ap.add_argument("--rss-sizes", default="200,1000", help="corpus sizes for peak RSS")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", default="throughput,workers,memory,incremental")
    ap.add_argument("--rss-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(args.rss_child)
        return
    parts = set(args.only.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        corpus = synth.write(work / "corpus.jsonl", args.n, args.seed)
        if "throughput" in parts:
            throughput(corpus)
        if "workers" in parts:
            scaling(corpus, work)
        if "incremental" in parts:
            incremental(args.n, work, args.seed)
        if "memory" in parts:
            memory([int(x) for x in args.rss_sizes.split(",")], work, args.seed)


if __name__ == "__main__":
    main()
