"""Tagging cost vs spaCy parse cost on the TBAQ texts, in one run.

Usage: python bench/bench_timex.py [TML_DIR] [--repeat N]
Prints e.g. ``tagging 0.8 s, spaCy parse 21.3 s, ratio 0.04``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractor.cli_timex import load_spacy
from extractor.temporal import get_tagger
from extractor.timeml import read_tml

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeml" / "tbaq"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("tml_dir", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=1, help="repeat the texts N times")
    args = ap.parse_args()
    docs = [read_tml(p) for p in sorted(Path(args.tml_dir).rglob("*.tml"))] * args.repeat
    nlp = load_spacy()
    tagger = get_tagger()  # built once, outside the timed region, like in a batch run
    t0 = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    n = 0
    for d, doc in zip(docs, parsed, strict=True):
        n += len(tagger.tag(d.text, dct=d.dct, doc=doc))
    t_tag = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars} characters, {n} timexes")
    print(f"tagging {t_tag:.2f} s, spaCy parse {t_parse:.1f} s, ratio {t_tag / t_parse:.3f}")


if __name__ == "__main__":
    main()
