"""Scale benchmark: throughput against bare spaCy, worker scaling, re-run cost, peak RSS.

    python bench/bench_scale.py        # all four on 1,000 articles; RSS at 1,000 and 5,000
    python bench/bench_scale.py --only memory --rss-sizes 1000,20000   # the full memory case
    python bench/bench_scale.py --only workers --repeat 3   # three 1-vs-2-worker pairs

Every figure is measured in this one run on synthetic articles from bench/synth.py, and
each section prints the corpus size it used:
- throughput: bare ``spacy.load(model)`` + ``list(nlp.pipe(texts))`` against
  ``extract(...)`` (one process, no cache) on the same texts, models loaded beforehand;
- workers: ``extractor run --no-cache --workers 1`` against ``--workers 2`` (wall time,
  interpreter start-up, model loading and writing the outputs included); ``--repeat N``
  times N pairs, alternating which run goes first, and prints their median;
- incremental: ``extractor run`` on N articles (cache on), then on the same N plus 5 new
  ones; both wall times, start-up included;
- memory: peak RSS (VmHWM) of a fresh process running ``extractor run --no-cache`` (in
  that process) on each size; short articles (``--rss-words``) so 20,000 take minutes.

The machine's load average is printed with each section: other work on the same cores
slows the runs unevenly, the parallel one most.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth

CLI = [sys.executable, "-c", "from extractor.cli import app; app()"]
OUTPUTS = ("events.jsonl", "mentions.jsonl", "errors.jsonl")


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


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
    print(f"throughput: {len(texts)} articles, {words} words ({_load()})")
    t = time.perf_counter()
    list(bare.pipe(texts))
    t_bare = time.perf_counter() - t
    t = time.perf_counter()
    result = extract(inputs=[str(corpus)], analyzer=analyzer)
    t_ours = time.perf_counter() - t
    print(f"  bare nlp.pipe  {t_bare:7.1f} s  {words / t_bare:8.0f} words/s")
    print(f"  extract        {t_ours:7.1f} s  {words / t_ours:8.0f} words/s"
          f"  ({len(result.mentions)} mentions, {len(result.records)} events)")
    print(f"  ratio extract/bare throughput: {t_bare / t_ours:.2f}x")


def scaling(corpus: Path, n: int, work: Path, repeat: int) -> None:
    print(f"workers: {n} articles, extractor run --no-cache ({_load()})")
    ratios = []
    for k in range(repeat):
        # Pairs alternate which run goes first: the host's speed drifts over minutes.
        order = ("1", "2") if k % 2 == 0 else ("2", "1")
        seconds = {}
        for w in order:
            seconds[w] = _timed_run(str(corpus), "-o", str(work / f"w{w}" / "events.jsonl"),
                                    "--no-cache", "--workers", w)
        same = all(
            (work / "w1" / name).read_bytes() == (work / "w2" / name).read_bytes()
            for name in OUTPUTS
        )
        ratios.append(seconds["1"] / seconds["2"])
        print(f"  1 worker {seconds['1']:.1f} s, 2 workers {seconds['2']:.1f} s"
              f" -> {ratios[-1]:.2f}x (outputs identical: {same}; {_load()})")
    if repeat > 1:
        print(f"  median of {repeat} pairs: {statistics.median(ratios):.2f}x")


def incremental(n: int, work: Path, seed: int) -> None:
    folder = work / "inc"
    synth.write(folder / "in" / "a.jsonl", n, seed)
    out = ["-o", str(folder / "out" / "events.jsonl")]
    print(f"incremental: {n} articles, then the same {n} + 5 new, extractor run ({_load()})")
    full = _timed_run(str(folder / "in" / "a.jsonl"), *out)
    synth.write(folder / "in" / "b.jsonl", 5, seed, start=n)
    again = _timed_run(str(folder / "in" / "a.jsonl"), str(folder / "in" / "b.jsonl"), *out)
    manifest = json.loads((folder / "out" / "manifest.json").read_text())
    timings = ", ".join(f"{k.removesuffix('_seconds')} {v:.1f} s"
                        for k, v in manifest["timings"].items())
    print(f"  full run {full:.1f} s; re-run with 5 new {again:.1f} s = {100 * again / full:.1f}%"
          f" ({manifest['counts']['cached']} cached; inside the re-run: {timings})")


def rss_child(corpus: str, out: str) -> None:
    from extractor.cli import app

    with contextlib.suppress(SystemExit):
        app(["run", corpus, "-o", out, "--no-cache", "--no-progress"], standalone_mode=False)
    # VmHWM, not getrusage's ru_maxrss: Linux carries the parent's peak over fork+exec
    # into ru_maxrss, and the parent here holds a bare-spaCy run's Docs.
    status = Path("/proc/self/status")
    hwm = [ln for ln in status.read_text().splitlines() if ln.startswith("VmHWM:")]
    peak_kb = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    manifest = json.loads((Path(out).parent / "manifest.json").read_text())
    print(json.dumps({"peak_mb": round(peak_kb / 1024, 1), **manifest["counts"]}))


def memory(sizes: list[int], words: tuple[int, int], work: Path, seed: int) -> None:
    print(f"memory: peak RSS of extractor run --no-cache in a fresh process;"
          f" articles of {words[0]}-{words[1]}+ words ({_load()})")
    peaks: list[float] = []
    for n in sizes:
        path = synth.write(work / f"rss-{n}.jsonl", n, seed, words=words)
        out = work / f"rss-{n}" / "events.jsonl"
        t = time.perf_counter()
        text = subprocess.run([sys.executable, __file__, "--rss-child", str(path), str(out)],
                              check=True, capture_output=True, text=True).stdout
        info = json.loads(text.strip().splitlines()[-1])
        peaks.append(info["peak_mb"])
        print(f"  {n:6d} articles: peak RSS {info['peak_mb']:7.1f} MB"
              f" ({info['mentions']} mentions, {info['events']} events,"
              f" {time.perf_counter() - t:.0f} s; {_load()})")
    if len(sizes) > 1:
        print(f"  {sizes[-1]} vs {sizes[0]} articles: {100 * (peaks[-1] / peaks[0] - 1):+.1f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="articles for throughput/workers/re-run")
    ap.add_argument("--rss-sizes", default="1000,5000", help="corpus sizes for peak RSS")
    ap.add_argument("--rss-words", default="40,120",
                    help="MIN,MAX words of the memory corpus' articles (synth.py --words)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="1-vs-2-worker pairs to time (alternating which goes first)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", default="throughput,workers,incremental,memory")
    ap.add_argument("--rss-child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(*args.rss_child)
        return
    parts = set(args.only.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        corpus = synth.write(work / "corpus.jsonl", args.n, args.seed)
        if "throughput" in parts:
            throughput(corpus)
        if "workers" in parts:
            scaling(corpus, args.n, work, args.repeat)
        if "incremental" in parts:
            incremental(args.n, work, args.seed)
        if "memory" in parts:
            low, high = (int(x) for x in args.rss_words.split(","))
            memory([int(x) for x in args.rss_sizes.split(",")], (low, high), work, args.seed)


if __name__ == "__main__":
    main()
