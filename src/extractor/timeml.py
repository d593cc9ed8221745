"""TimeML (.tml) reader and TempEval-3 Task A scorer for temporal expressions.

The reader keeps character offsets into the ``<TEXT>`` element's content with all inner tags
stripped and XML entities decoded, which is the text a tagger sees.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

__all__ = [
    "GoldTimex",
    "Score",
    "TimeMLDoc",
    "TimexLike",
    "parse_tml",
    "read_tml",
    "score_documents",
]

_TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR_RE = re.compile(r'([A-Za-z_:][-\w:.]*)\s*=\s*("([^"]*)"|\'([^\']*)\')')
_DCT_RE = re.compile(r"<DCT>\s*(<TIMEX3\b[^>]*>)", re.S)
_TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_ENTITY_RE = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    tid: str | None = None


@dataclass(slots=True)
class TimeMLDoc:
    path: str
    text: str
    dct: date | None
    dct_value: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


class TimexLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str | None: ...


def _attrs(s: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(3) if m.group(3) is not None else m.group(4))
            for m in _ATTR_RE.finditer(s)}


def _unescape_piece(raw: str) -> str:
    # html.unescape also handles the odd "&Cx1f;"-style junk by leaving it alone.
    return html.unescape(raw)


def _parse_dct(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_tml(source: str, path: str = "<string>") -> TimeMLDoc:
    """Parse TimeML markup; raise ValueError when there is no ``<TEXT>`` element."""
    dct_value = None
    m = _DCT_RE.search(source)
    if m:
        dct_value = _attrs(m.group(1)).get("value")
    tm = _TEXT_RE.search(source)
    if not tm:
        raise ValueError("no <TEXT> element")
    body = tm.group(1)
    out: list[str] = []
    length = 0
    pos = 0
    stack: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    for t in _TAG_RE.finditer(body):
        piece = _unescape_piece(body[pos:t.start()])
        out.append(piece)
        length += len(piece)
        pos = t.end()
        closing, name, attrs, selfclose = t.group(1), t.group(2), t.group(3), t.group(4)
        if name != "TIMEX3":
            continue
        if closing:
            if stack:
                s, a = stack.pop()
                txt = "".join(out)[s:length]
                gold.append(GoldTimex(s, length, txt, a.get("type", "DATE"), a.get("value"),
                                      a.get("mod"), a.get("tid")))
        elif not selfclose:
            stack.append((length, _attrs(attrs)))
    out.append(_unescape_piece(body[pos:]))
    text = "".join(out)
    gold.sort(key=lambda g: (g.start, g.end))
    return TimeMLDoc(path=path, text=text, dct=_parse_dct(dct_value), dct_value=dct_value,
                     timexes=gold)


def read_tml(path: str | Path) -> TimeMLDoc:
    p = Path(path)
    return parse_tml(p.read_text(encoding="utf-8"), str(p))


@dataclass(slots=True)
class Score:
    """TempEval-3 Task A counts and derived metrics."""

    gold: int = 0
    system: int = 0
    strict_match: int = 0
    relaxed_match_gold: int = 0  # gold timexes overlapped by some system timex
    relaxed_match_sys: int = 0  # system timexes overlapping some gold timex
    pairs: int = 0  # matched (gold, system) pairs used for attribute accuracy
    value_correct: int = 0
    type_correct: int = 0
    errors: list[dict[str, object]] = field(default_factory=list)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def metrics(self) -> dict[str, float]:
        sp = self.strict_match / self.system if self.system else 0.0
        sr = self.strict_match / self.gold if self.gold else 0.0
        rp = self.relaxed_match_sys / self.system if self.system else 0.0
        rr = self.relaxed_match_gold / self.gold if self.gold else 0.0
        rf = self._f(rp, rr)
        vacc = self.value_correct / self.pairs if self.pairs else 0.0
        tacc = self.type_correct / self.pairs if self.pairs else 0.0
        return {
            "strict_precision": sp, "strict_recall": sr, "strict_f1": self._f(sp, sr),
            "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": rf,
            "value_accuracy": vacc, "value_f1": rf * vacc,
            "type_accuracy": tacc, "type_f1": rf * tacc,
        }


def _norm_value(v: str | None) -> str:
    return (v or "").strip().upper()


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def score_document(doc: TimeMLDoc, system: Sequence[TimexLike], score: Score) -> None:
    """Add one document's counts to ``score`` (TempEval-3 Task A matching)."""
    gold = doc.timexes
    score.gold += len(gold)
    score.system += len(system)
    gold_spans = {(g.start, g.end) for g in gold}
    score.strict_match += sum(1 for s in system if (s.start, s.end) in gold_spans)

    def overlaps(a: TimexLike | GoldTimex, b: TimexLike | GoldTimex) -> bool:
        return a.start < b.end and b.start < a.end

    sys_hit = [False] * len(system)
    for g in gold:
        cands = [i for i, s in enumerate(system) if overlaps(g, s)]
        if not cands:
            score.errors.append({"kind": "missed", "doc": doc.path, "text": g.text,
                                 "gold_value": g.value, "gold_type": g.type,
                                 "context": _context(doc.text, g.start, g.end)})
            continue
        score.relaxed_match_gold += 1
        for i in cands:
            sys_hit[i] = True
        # Pair with the most overlapping system timex (exact match preferred).
        best = max(cands, key=lambda i: (min(g.end, system[i].end) - max(g.start, system[i].start),
                                         -abs(system[i].start - g.start)))
        s = system[best]
        score.pairs += 1
        if _norm_value(s.value) == _norm_value(g.value):
            score.value_correct += 1
        else:
            score.errors.append({"kind": "wrong_value", "doc": doc.path,
                                 "text": doc.text[s.start:s.end], "gold_text": g.text,
                                 "value": s.value, "gold_value": g.value,
                                 "context": _context(doc.text, g.start, g.end)})
        if s.type == g.type:
            score.type_correct += 1
    for i, s in enumerate(system):
        if not sys_hit[i]:
            score.relaxed_match_sys += 0
            score.errors.append({"kind": "spurious", "doc": doc.path,
                                 "text": doc.text[s.start:s.end], "value": s.value,
                                 "context": _context(doc.text, s.start, s.end)})
        else:
            score.relaxed_match_sys += 1


def score_documents(docs: Iterable[tuple[TimeMLDoc, Sequence[TimexLike]]]) -> Score:
    score = Score()
    for doc, system in docs:
        score_document(doc, system, score)
    return score
