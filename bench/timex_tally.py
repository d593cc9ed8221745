"""Tally the temporal tagger's output on TimeML files by expression text: how often each
lower-cased text got the gold value, a wrong value, or matched no gold expression.

    python bench/timex_tally.py ../shared/data/timeml/tbaq            # 60 most frequent
    python bench/timex_tally.py ../shared/data/timeml/tbaq "night$|ago$"  # texts matching

It shows whether an error is the tagger's or an annotation convention that the gold files
apply to some documents and not others (the same text right in some, wrong in others).
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from extractor.cli_timex import iter_tml, load_spacy
from extractor.temporal import get_tagger
from extractor.timeml import _norm_value, read_tml


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("directory", type=Path)
    ap.add_argument("pattern", nargs="?", help="regular expression over the lower-cased text")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args()
    docs = [read_tml(p) for p in iter_tml(args.directory)]
    nlp = load_spacy()
    tagger = get_tagger()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for d, sdoc in zip(docs, nlp.pipe([d.text for d in docs], batch_size=16), strict=True):
        for s in tagger.tag(d.text, dct=d.dct, doc=sdoc):
            gold = [g for g in d.timexes if g.start < s.end and s.start < g.end]
            row = tally[d.text[s.start : s.end].lower()]
            if not gold:
                row[2] += 1
            elif any(_norm_value(g.value) == _norm_value(s.value) for g in gold):
                row[0] += 1
            else:
                row[1] += 1
    rows = sorted(tally.items(), key=lambda kv: -sum(kv[1]))
    if args.pattern:
        rx = re.compile(args.pattern)
        rows = [r for r in rows if rx.search(r[0])]
    print(f"{'text':32} {'right':>6} {'wrong':>6} {'no gold':>8}")
    for text, (right, wrong, spurious) in rows[: args.top]:
        print(f"{text[:32]:32} {right:6d} {wrong:6d} {spurious:8d}")


if __name__ == "__main__":
    main()
