"""Temporal expressions: detection and TIMEX3 normalization.

The detector is our own set of compiled regular expressions built once from the vocabulary in
``models/temporal/lexicon.json``; normalization is rule-based arithmetic on the document
creation time (DCT). dateparser is only a last-resort normalizer for numeric formats our rules
do not cover, never a detector (its ``search_dates`` matches "to", "can" or "Tu-95").

Conventions (TimeML / TempEval-3):

* extents include a leading determiner or modifier that belongs to the expression
  ("the third quarter", "the past two months", "early 2019", "about a decade");
* a relative expression is resolved against ``dct`` only; with ``dct=None`` it is returned with
  ``anchor="unresolved"`` and ``value``/``start_date``/``end_date`` set to ``None`` — the
  current date of the machine is never consulted;
* a year inside an exercise name ("Vostok-2018", "Joint Sea-2021", "ZAPAD/INTERACTION-2021")
  is a DATE whose extent covers **only the year digits** ("2018"), with ``anchor="name"``, so
  that the name itself stays available to the name gazetteer;
* decades use TimeML's three-digit value ("199"), centuries two digits ("19"), durations
  ISO 8601 with TimeML's ``X`` for vague amounts ("PXM");
* expressions counted from the narrative rather than from the DCT ("three days later", "the
  next day", "the previous Friday", "the year before") are durations or resolve against the
  date mentioned last; in earnings prose "a year ago"/"the year-earlier period" follow the
  reporting period under discussion (see ``_quarter_context``);
* a day of the month without a month ("on the 29th") is the nearest such day in the direction
  of its clause's tense, unless it opens a range or list whose last day names the month ("from
  the 14th to the 17th of October"); "Friday the 14th" is the 14th near the DCT that is a Friday.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import itertools
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = [
    "TemporalTagger",
    "Timex",
    "TimexComponent",
    "get_tagger",
    "lexicon_path",
]

PAST, FUTURE, NONE = "past", "future", "none"


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None
    start_date: date | None
    end_date: date | None
    granularity: str | None
    anchor: str

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "granularity": self.granularity,
            "anchor": self.anchor,
        }


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic on intervals


@dataclass(frozen=True, slots=True)
class _D:
    """A resolved calendar interval with its TIMEX3 value."""

    value: str
    start: date
    end: date
    gran: str


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _ok_year(y: int) -> bool:
    return 1 <= y <= 9998


def _day(y: int, m: int, d: int) -> _D | None:
    if not _ok_year(y) or not 1 <= m <= 12 or not 1 <= d <= _last_day(y, m):
        return None
    dt = date(y, m, d)
    return _D(dt.isoformat(), dt, dt, "day")


def _month(y: int, m: int) -> _D | None:
    if not _ok_year(y) or not 1 <= m <= 12:
        return None
    return _D(f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, _last_day(y, m)), "month")


def _year(y: int) -> _D | None:
    if not _ok_year(y):
        return None
    return _D(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def _quarter(y: int, q: int) -> _D | None:
    if not _ok_year(y) or not 1 <= q <= 4:
        return None
    m0 = 3 * (q - 1) + 1
    return _D(f"{y:04d}-Q{q}", date(y, m0, 1), date(y, m0 + 2, _last_day(y, m0 + 2)), "quarter")


def _half(y: int, h: int) -> _D | None:
    if not _ok_year(y) or h not in (1, 2):
        return None
    s, e = (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    return _D(f"{y:04d}-H{h}", s, e, "quarter")


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _season(y: int, s: str) -> _D | None:
    if not _ok_year(y) or not _ok_year(y + 1):
        return None
    a, b = _SEASON_MONTHS[s]
    if s == "WI":
        return _D(f"{y:04d}-WI", date(y, 12, 1), date(y + 1, 2, _last_day(y + 1, 2)), "season")
    return _D(f"{y:04d}-{s}", date(y, a, 1), date(y, b, _last_day(y, b)), "season")


def _season_of(d: date) -> tuple[int, str]:
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


def _week(d: date) -> _D | None:
    y, w, _ = d.isocalendar()
    mon = d - timedelta(days=d.weekday())
    if not _ok_year(y):
        return None
    return _D(f"{y:04d}-W{w:02d}", mon, mon + timedelta(days=6), "week")


def _weekend(d: date) -> _D | None:
    y, w, _ = d.isocalendar()
    sat = d - timedelta(days=d.weekday()) + timedelta(days=5)
    return _D(f"{y:04d}-W{w:02d}-WE", sat, sat + timedelta(days=1), "week")


def _decade(d3: int) -> _D | None:
    y = d3 * 10
    if not _ok_year(y) or not _ok_year(y + 9):
        return None
    return _D(f"{d3:03d}", date(y, 1, 1), date(y + 9, 12, 31), "decade")


def _century(c2: int) -> _D | None:
    y = c2 * 100
    if not 0 <= c2 <= 98:
        return None
    return _D(f"{c2:02d}", date(max(1, y), 1, 1), date(y + 99, 12, 31), "century")


def _easter(y: int) -> date | None:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    if not _ok_year(y):
        return None
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    n = h + l_ - 7 * m + 114
    return date(y, n // 31, n % 31 + 1)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _shift_day(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def _apply_mod(r: _D, mod: str | None) -> _D:
    """Narrow the interval for START/MID/END; months split at 10/20, years in thirds."""
    if mod not in ("START", "MID", "END"):
        return r
    s, e = r.start, r.end
    if r.gran == "month":
        ld = e.day
        rng = {"START": (1, 10), "MID": (11, 20), "END": (21, ld)}[mod]
        return replace(r, start=s.replace(day=rng[0]), end=s.replace(day=rng[1]))
    if r.gran == "year":
        y = s.year
        a, b = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return replace(r, start=date(y, a, 1), end=date(y, b, _last_day(y, b)))
    n = (e - s).days + 1
    third = n // 3
    if third < 1:
        return r
    if mod == "START":
        return replace(r, end=s + timedelta(days=third - 1))
    if mod == "MID":
        return replace(r, start=s + timedelta(days=third), end=s + timedelta(days=2 * third - 1))
    return replace(r, start=s + timedelta(days=2 * third))


# ---------------------------------------------------------------------------------------------
# Vocabulary


def lexicon_path() -> Path:
    """models/temporal/lexicon.json of the checkout (override with EXTRACTOR_MODELS)."""
    root = os.environ.get("EXTRACTOR_MODELS")
    base = Path(root) if root else Path(__file__).resolve().parents[2] / "models"
    return base / "temporal" / "lexicon.json"


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    with lexicon_path().open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _alt(words: Iterable[str]) -> str:
    # Longest first so that "sept" wins over "sep" and "a few" over "a".
    ws = sorted({w for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


_UNIT_CODES = {
    "TS": ("T", "S", 1), "TM": ("T", "M", 1), "TH": ("T", "H", 1), "D": ("", "D", 1),
    "W": ("", "W", 1), "W2": ("", "W", 2), "M": ("", "M", 1), "Q": ("", "Q", 1),
    "Y": ("", "Y", 1), "DE": ("", "Y", 10), "CE": ("", "Y", 100), "ML": ("", "Y", 1000),
    "WE": ("", "D", 2),
}


def _num_str(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def _duration_value(n: float | None, code: str) -> str:
    t, letter, mult = _UNIT_CODES[code]
    if n is None:
        return f"P{t}X{letter}"
    amount = n * mult
    if not float(amount).is_integer():
        # "5 1/2 hours" -> PT5H30M, "2 1/2 years" -> P2Y6M: whole units plus the remainder in
        # the next smaller unit (TimeML writes no decimal fractions).
        smaller = {("T", "H"): ("T", "M", 60), ("T", "M"): ("T", "S", 60),
                   ("", "D"): ("T", "H", 24), ("", "Y"): ("", "M", 12),
                   ("", "M"): ("", "D", 30), ("", "W"): ("", "D", 7)}.get((t, letter))
        if smaller is not None:
            whole = int(amount)
            rest = round((amount - whole) * smaller[2])
            head = f"{whole}{letter}" if whole else ""
            if t == "T" or smaller[0] != "T":
                return f"P{t}{head}{rest}{smaller[1]}"
            return f"P{head}T{rest}{smaller[1]}"
    return f"P{t}{_num_str(amount)}{letter}"


# ---------------------------------------------------------------------------------------------
# Candidates


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    type: str
    value: str | None = None
    mod: str | None = None
    d: _D | None = None
    anchor: str = "absolute"
    prio: int = 0
    # Fields that let later passes re-resolve a partial date with a borrowed year.
    month: int | None = None
    day: int | None = None
    explicit_year: bool = True
    rel: str | None = None  # a marker for context-sensitive relatives ("yearago", "thequarter")


# A weekday written out, and its ISO number ("Monday 17 September").
WEEKDAY_NAMED = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
WEEKDAY_NUMBER = {"mon": 1, "tues": 2, "wednes": 3, "thurs": 4, "fri": 5, "satur": 6, "sun": 7}
# Where a list item opens: "- Friday: landing at Klerk range; exercise ends".
ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–]|\d{1,2}[.)])?[ \t]*$")
_CAPTION_START = re.compile(
    r"\s*\(?(?:(?:Photo|Picture|Image)\s+caption|Caption)\s*[:—–-]", re.I
)
# A date written as the label of a statement or briefing ("its Wednesday presser").
_TALK_LABEL_RE = re.compile(
    r"(?:'s|\u2019s)?\s+(?:(?:press|news|media)\s+)?(?:presser|briefing|conference|"
    r"statement|announcement|communiqu|bulletin|interview)", re.I)

_TENSE_FUTURE_RE = re.compile(
    r"\b(?:will|shall|won't|wo\s+n't|'ll|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|"
    r"scheduled\s+to|(?:is|are)\s+(?:expected|set|due|slated|scheduled|to)|to\s+be\s+held|"
    r"next|upcoming|coming|would\s+(?:be\s+)?hold)\b",
    re.I,
)
_TENSE_PAST_RE = re.compile(
    r"\b(?:was|were|had|did|been|ago|last|said|held|took|sent|began|met|flew|saw|came|went|"
    r"made|told|gave|fought|ran|won|lost|left|led|set\s+off|kept|brought|struck|hit|"
    # Irregular pasts common in news ("profits rose", "shares fell"); without them a
    # text tagged without a parse has no tense for the clause.
    r"rose|fell|grew|sank|paid|sold|bought|got|became|spoke|wrote|thought|found|chose|drew|"
    r"fled|knew|spent|stood|taught|threw|withdrew|sought|broke|built|caught|felt|heard|"
    r"shot|swore|spread|stole|woke|wore|arose|shook|dealt|meant|lent|hid|"
    r"[a-z]{3,}ed)\b",
    re.I,
)
_PASSIVE_BE_RE = re.compile(r"\b(?:be|being)\s+$", re.I)
# Verbs whose complement lies ahead of them: "planned to leave on Thursday".
_FUTURE_LEMMAS = frozenset((
    "plan", "schedule", "expect", "intend", "want", "hope", "prepare", "set", "decide", "agree",
    "aim", "seek", "vow", "promise", "due", "slate", "propose", "threaten", "pledge",
    # "drill 'Golden Friendship' rescheduled, to begin Thursday"
    "reschedule", "postpone", "delay", "defer",
))
# Verbs whose simple present states a timetable: "the trial begins Monday".
# Verbs whose present passive tells a plan ("is planned", "are scheduled", "is expected").
_PLANNED_LEMMAS = frozenset((
    "plan", "schedule", "expect", "slate", "set", "reschedule", "postpone", "intend",
))
_SCHEDULE_LEMMAS = frozenset((
    "begin", "start", "open", "expire", "resume", "convene", "end", "close", "depart",
    "arrive", "reopen", "commence", "conclude", "wrap", "finish", "kick", "launch",
    "run", "last", "continue",  # "it runs through Wednesday", "lasts until Friday"
))
_SENT_END_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


_PLANNED_END = re.compile(
    r"\b(?:scheduled|due|slated|planned|expected|set)\s+to\s+(?:end|close|finish|conclude|"
    r"wrap\s+up|run|last|continue)\b",
    re.I,
)


def _pluperfect(tok: Any) -> bool:
    """``tok`` or the auxiliary it hangs from carries "had" ("had been due to", "had
    planned to")."""
    for t in (tok, tok.head):
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children):
            return True
    return False


def _doc_matches(doc: Doc | None, text: str) -> bool:
    """``doc`` was parsed from ``text``. Checked by the ends, not by ``doc.text``, which spaCy
    rebuilds from every token on each access (a quarter of the tagging time)."""
    if doc is None or not len(doc):
        return False
    first, last = doc[0], doc[-1]
    return (last.idx + len(last.text_with_ws) == len(text)
            and text.startswith(first.text, first.idx) and text.startswith(last.text, last.idx))


class _TenseIndex:
    """Tense markers by sentence, computed lazily for the sentences that need them."""

    def __init__(self, text: str, doc: Doc | None) -> None:
        self.text = text
        self.doc = doc if _doc_matches(doc, text) else None
        # Sentences as token ranges, read from one array: building a Span per sentence
        # (doc.sents) cost half the tagging time of a parsed document.
        self.sents: list[tuple[int, int]] | None = None
        if self.doc is not None and self.doc.has_annotation("SENT_START"):
            arr = self.doc.to_array([SENT_START, IDX])
            first = [int(i) + 1 for i in numpy.flatnonzero(arr[1:, 0] == 1)]
            cuts = [0, *first, len(self.doc)]
            self.sents = [(cuts[j], cuts[j + 1]) for j in range(len(cuts) - 1)]
            self.bounds = [int(arr[i, 1]) for i in first]
        else:
            self.bounds = [m.end() for m in _SENT_END_RE.finditer(text)]
        self._marks: dict[int, list[tuple[int, str]]] = {}

    def _sentence_marks(self, k: int, lo: int, hi: int) -> list[tuple[int, str]]:
        got = self._marks.get(k)
        if got is not None:
            return got
        if self.doc is not None and self.doc.has_annotation("TAG"):
            if self.sents is not None and k < len(self.sents):
                a, z = self.sents[k]
                toks = list(self.doc[a:z])
            else:
                sp = self.doc.char_span(lo, hi, alignment_mode="expand")
                toks = list(sp) if sp is not None else []
            marks = self._from_tokens(toks)
        else:
            seg = self.text[lo:hi]
            marks = [(lo + m.start(), FUTURE) for m in _TENSE_FUTURE_RE.finditer(seg)]
            # A participle after "be" is a passive, not a past: "will be held on the 29th".
            marks += [(lo + m.start(), PAST) for m in _TENSE_PAST_RE.finditer(seg)
                      if not _PASSIVE_BE_RE.search(seg, max(0, m.start() - 8), m.start())]
        self._marks[k] = marks
        return marks

    @staticmethod
    def _from_tokens(toks: list[Any]) -> list[tuple[int, str]]:
        marks: list[tuple[int, str]] = []
        for i, t in enumerate(toks):
            tag, low = t.tag_, t.lower_
            label: str | None = None
            future_aux = tag == "MD" and low in ("will", "'ll", "shall", "wo", "ll")
            going_to = (low == "going" and i + 2 < len(toks) and toks[i + 1].lower_ == "to"
                        and toks[i + 2].tag_ == "VB")
            plans_to = (
                t.lemma_ in ("plan", "schedule", "intend", "expect", "due", "slate", "set")
                and tag in ("VBZ", "VBP", "VBN", "VBG", "JJ", "VB")
                and i + 1 < len(toks)
                and toks[i + 1].lower_ == "to"
                and not any(x.tag_ == "VBD" for x in toks[max(0, i - 2):i])
            )
            if future_aux or going_to or plans_to or low in ("next", "upcoming"):
                label = FUTURE
            elif tag == "VBD" or low == "ago" or (tag == "VBN" and any(
                x.lower_ in ("has", "have", "had", "'ve", "'s") for x in toks[max(0, i - 3):i]
            )):
                label = PAST
            if label:
                marks.append((t.idx, label))
        return marks

    def _governing_tense(self, start: int, end: int) -> str | None:
        """Tense of the verb the expression attaches to in the dependency parse."""
        assert self.doc is not None
        sp = self.doc.char_span(start, end, alignment_mode="expand")
        if sp is None or not len(sp):
            return None
        tok = sp.root
        if tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head is not tok and \
                tok.head.pos_ == "NOUN" and tok.head.i >= sp.end:
            # "under a June agreement", "the March accession": the date dates the noun, and
            # the clause's tense says nothing about when that was; the nearest one is meant.
            return NONE
        for _ in range(8):
            if tok.head is tok:
                return None
            tok = tok.head
            # ("set to open Joint Sea-2015 (II) drills on Thursday": a noun the tagger took
            # for a verb is still the object it is parsed as)
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("dobj", "pobj", "nsubj"):
                break
        else:
            return None
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        for step in range(3):
            kids = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            lows = {c.lower_ for c in kids}
            if lows & {"will", "'ll", "shall", "wo", "would", "ll"}:
                return FUTURE
            infinitive = any(c.tag_ == "TO" for c in kids)
            xcomps = [c for c in tok.children if c.dep_ == "xcomp"]
            if tok.lemma_ in _FUTURE_LEMMAS and (xcomps or tok.dep_ == "xcomp"):
                if _pluperfect(tok):
                    return PAST
                # "agreed in April to hand them over": the date modifies the past-tense
                # agreeing itself when it sits before the infinitive complement.
                if (step == 0 and tok.tag_ == "VBD" and xcomps
                        and end <= min(x.left_edge.idx for x in xcomps)):
                    return PAST
                return FUTURE
            if infinitive and tok.dep_ in ("xcomp", "advcl", "ccomp") and tok.head is not tok:
                head = tok.head
                if head.lemma_ in _FUTURE_LEMMAS:
                    # "had been scheduled/due to expire Friday": a plan overtaken by events.
                    return PAST if _pluperfect(head) else FUTURE
                if head.lemma_ == "be" and tok.dep_ == "xcomp" and not lows & {"have"}:
                    # "the sea phase was to start on Tuesday": a future told in the past
                    return FUTURE
                tok = head
                continue
            if step == 0 and tok.lemma_ in ("plan", "schedule") and not _pluperfect(tok) and any(
                    c.dep_ == "dobj" and c.idx < start for c in tok.children):
                return FUTURE  # "protesters planned a demonstration on Saturday"
            if tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in kids):
                return PAST
            if (
                tok.tag_ == "VBN"
                and lows & {"is", "are", "'s", "'re"}
                and not lows & {"has", "have", "been"}
                and tok.lemma_ in _PLANNED_LEMMAS
            ):
                # "A review of the troops is planned at Taonan at the close of the exercise
                # on Sunday": a plan told in the present is for a day to come.
                return FUTURE
            if tok.tag_ == "VBN" and lows & {"has", "have", "had", "'ve", "was", "were"}:
                return PAST
            if (tok.tag_ == "VBN" and not kids and tok.dep_ == "acl"
                    and tok.lemma_ in _SCHEDULE_LEMMAS and tok.lower_ == tok.lemma_.lower()
                    and tok.i > 0 and tok.doc[tok.i - 1].lower_ == ","):
                # "The drills, the latest in the series, run through Thursday": a timetable
                # present the tagger took for a participle ("run" is both).
                return FUTURE
            if tok.tag_ == "VBN" and not kids and tok.dep_ in ("acl", "amod"):
                return PAST  # "the injunction issued Thursday"
            if (tok.tag_ == "VBN" and not kids and tok.dep_ == "relcl"
                    and not any(c.tag_ in ("WDT", "WP", "WRB") for c in tok.children)
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                # "The exercise, the first phase of Joint Sea-2017, opened on Tuesday": the
                # verb after an aside, taken for a clause of the noun before the aside.
                return PAST
            if (tok.tag_ == "VBN" and not kids and tok.lemma_ not in _FUTURE_LEMMAS
                    and (tok.dep_ == "ROOT"
                         # ("The exercise opened on Thursday and is due to end on
                         # Wednesday, the ministry said": a reported clause of its own)
                         or (tok.dep_ == "ccomp"
                             and any(c.dep_ == "nsubj" for c in tok.children)))):
                # "The exercise opened on Thursday" tagged as a participle with no auxiliary:
                # a simple past ("Drills planned for next week" is a headline's plan).
                return PAST
            if tok.tag_ == "VBG" and lows & {"is", "are", "'re", "'s", "am"}:
                return FUTURE  # "is leaving Friday"
            if (tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBN" and lows & {"is", "are"})) and any(
                    c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "once", "until", "till",
                                                                 "before", "after", "if")
                    for c in tok.children):
                return FUTURE  # present for future in a time clause: "when the case is heard"
            # ("began in Durban and continue at sea, closing on the 27th": a conjoined
            # present the tagger left bare)
            present = tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VB" and tok.dep_ == "conj")
            if present and not kids and (
                    tok.lemma_ in _SCHEDULE_LEMMAS or (tok.lemma_ in ("take", "go", "come") and any(
                        c.lower_ in ("effect", "force") for c in tok.subtree))):
                return FUTURE  # timetable present: "the offer expires Nov. 16", "takes effect"
            if (tok.tag_ == "VBG" and not kids and tok.dep_ in ("advcl", "acl")
                    and tok.head is not tok and tok.head.pos_ in ("VERB", "AUX")):
                # "will hold the exercise ..., starting Monday": a participle clause has
                # no tense of its own and takes its main verb's.
                tok = tok.head
                continue
            return None
        return None

    def tense(self, start: int, end: int) -> str:
        if self.doc is not None and self.doc.has_annotation("DEP"):
            g = self._governing_tense(start, end)
            if g is not None:
                return g
        k = bisect.bisect_right(self.bounds, start)
        lo = self.bounds[k - 1] if k > 0 else 0
        hi = self.bounds[k] if k < len(self.bounds) else len(self.text)
        best = self._nearest(self._sentence_marks(k, lo, hi), start, end)
        if best is None and self.sents is not None:
            # The parser can cut a sentence at a bracket ("wrapped up 'Friendship
            # Bridge-2026' (Most Druzhby-2026) in the Mediterranean on Monday"): the verbs of
            # the sentence as punctuated still tell its tense.
            lo2 = max((m.end() for m in _SENT_END_RE.finditer(self.text, 0, start)), default=0)
            m2 = _SENT_END_RE.search(self.text, end)
            hi2 = m2.end() if m2 else len(self.text)
            if lo2 < lo or hi2 > hi:
                sp = self.doc.char_span(lo2, hi2, alignment_mode="expand") if self.doc else None
                if sp is not None:
                    best = self._nearest(self._from_tokens(list(sp)), start, end)
        return best[1] if best else NONE

    @staticmethod
    def _nearest(
        marks: list[tuple[int, str]], start: int, end: int
    ) -> tuple[int, str] | None:
        best: tuple[int, str] | None = None
        for p, lab in marks:
            if start <= p < end:
                continue
            dist = start - p if p < start else p - end
            # A future marker on the same clause outweighs a more distant reporting verb.
            key = dist if lab == PAST else dist - 5
            if best is None or key < best[0]:
                best = (key, lab)
        return best


# ---------------------------------------------------------------------------------------------
# The tagger


_DASH = r"(?:-|–|—|‐)"
_CLOCK_USE_PREVIOUS = False
_WIN_LEFT, _WIN_RIGHT = 60, 60

# Which trigger categories (see TemporalTagger.trigger_rx) each rule needs nearby:
# M month, W weekday, Y four digits/decade/'98, K slash date, U time unit, S season,
# C clock words, T today/yesterday..., P part of day, E set words ("daily"), H holidays,
# N "nineteen" (spelled years), D decade words ("the nineties"), R PRESENT/PAST/FUTURE_REF,
# V "while" ("for a while"), G "Q3"-style quarters, O day ordinals ("the 14th").
_RULE_TRIGGERS = {
    "_r_iso": "Y", "_r_dotted": "Y", "_r_dotted_range": "Y", "_r_slash": "K",
    "_r_slash_range": "K", "_r_dmy_mil": "M", "_r_mdy": "M", "_r_dmy": "M", "_r_mdd": "M",
    "_r_ddm": "M", "_r_my": "M", "_r_mon_rel_year": "M", "_r_mon": "M", "_r_weekday": "W",
    "_r_year": "Y", "_r_short_year": "Y", "_r_decade": "Y", "_r_century": "U",
    "_r_quarter": "U", "_r_the_quarter": "U", "_r_fin_period": "UY", "_r_year_ago_adj": "U",
    "_r_season": "S", "_r_rel_unit": "U", "_r_earlier_this": "U", "_r_the_unit": "U",
    "_r_ago": "U", "_r_duration": "U", "_r_half_duration": "U", "_r_today": "T",
    "_r_pod": "PU", "_r_clock": "C", "_r_noon": "C", "_r_holiday": "H",
    "_r_thanksgiving": "H", "_r_ref": "R", "_r_set_word": "E", "_r_set_season": "U",
    "_r_set_every": "UWMS", "_r_recent_units": "U", "_r_bare_units": "U",
    "_r_anaphor": "UP", "_r_year_end": "U", "_r_spelled_year": "N", "_r_y2k": "U",
    "_r_decade_word": "D", "_r_q_abbrev": "G", "_r_next_pod": "PU", "_r_unit_long": "U",
    "_r_vague_span": "UV",
    "_r_day_ord": "O", "_r_day_ord_second": "O", "_r_movable": "H",
}
# Rules that only fire on a fixed phrase run on the whole text when the lower-cased text
# contains one of these strings (a substring test costs next to nothing, while one more rule
# on the frequent unit-word windows costs as much as the tagging it adds).
_POD_PHRASES = ("in the morning", "in the afternoon", "in the evening", "at night")
_RULE_NEEDLES: dict[str, tuple[str, ...]] = {
    "_r_ago_this": ("ago this", "ago today", "ago tonight"),
    "_r_before_last": ("before last", "after next"),
    "_r_weeks_ago_weekday": ("week ago ", "weeks ago "),
    "_r_half_of_year": ("two quarters",),
    "_r_the_units": ("the years", "the decades", "the centuries", "the months"),
    "_r_units_of": ("days of", "weeks of", "months of", "years of", "decades of"),
    "_r_clock_pod": _POD_PHRASES,
    "_r_in_the_pod": _POD_PHRASES[:3],
    "_r_pod_day": tuple(f"{p} {d}" for p in ("morning", "afternoon", "evening", "night")
                        for d in ("yesterday", "today", "tomorrow")),
    "_r_dotted_pair": ("from ", "between "),
}
# Rules on the unit-word windows that cannot match unless the text holds one of these words:
# most texts never say "century" or "quarter", and the windows of "day" or "time" are many.
_RULE_GATES: dict[str, tuple[str, ...]] = {
    "_r_century": ("century", "centuries"),
    "_r_quarter": ("quarter", "half"),
    "_r_the_quarter": ("quarter",),
    "_r_fin_period": ("period", "quarter", "three months"),
    "_r_year_ago_adj": ("ago", "earlier"),
    "_r_year_end": ("end",),
    "_r_half_duration": ("half",),
    "_r_set_season": ("season", "round"),
    "_r_vague_span": ("while", "time", "period"),
    "_r_unit_long": ("-long",),
    "_r_y2k": ("two thousand",),
    "_r_earlier_this": ("earlier", "later"),
    "_r_next_pod": ("next", "following", "previous"),
}


def _merge_windows(ws: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not ws:
        return []
    ws.sort()
    out = [ws[0]]
    for s, e in ws[1:]:
        ps, pe = out[-1]
        if s <= pe:
            if e > pe:
                out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth")
SPELLED_DAYS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    "twentieth": 20,
    **{f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)},
    "thirtieth": 30,
    "thirty-first": 31,
}
_RULE_NEEDLES["_r_day_spelled"] = tuple(f"the {w}" for w in SPELLED_DAYS)


class TemporalTagger:
    """Regex detector + rule normalizer for TIMEX3 expressions (see the module docstring)."""

    def __init__(self) -> None:
        lex = _lexicon()
        self.months: dict[str, int] = lex["months"]
        self.weekdays: dict[str, int] = lex["weekdays"]
        self.seasons: dict[str, str] = lex["seasons"]
        self.numbers: dict[str, float] = {
            re.sub(r"\s+", " ", k): v for k, v in lex["numbers"].items()
        }
        self.vague: set[str] = set(lex["vague_numbers"])
        self.ordinals: dict[str, int] = lex["ordinals"]
        self.units: dict[str, str] = lex["units"]
        self.refs: dict[str, str] = lex["refs"]
        self.ref_alone: set[str] = set(lex["ref_words_tagged_alone"])
        self.sets: dict[str, list[str | None]] = lex["sets"]
        self.pod: dict[str, str] = lex["part_of_day"]
        self.mods: dict[str, str] = lex["mods"]
        self.qmods: dict[str, str] = lex["quantity_mods"]
        self.holidays: dict[str, list[int]] = lex["holidays"]
        self.count_nouns: set[str] = set(lex["count_nouns_after_year"])
        self.decade_words: dict[str, int] = lex["decade_words"]
        self.decade_tens = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
                            "seventy": 7, "eighty": 8, "ninety": 9, "ten": 1, "eleven": 1.1,
                            "twelve": 1.2, "thirteen": 1.3, "fourteen": 1.4, "fifteen": 1.5,
                            "sixteen": 1.6, "seventeen": 1.7, "eighteen": 1.8, "nineteen": 1.9}
        self._ddp: DateDataParser | None = None
        self._dp_cache: dict[str, date | None] = {}
        self._build()

    # -- regexes -------------------------------------------------------------------------------

    def _build(self) -> None:
        # Only abbreviations take a dot: "Sept. 2019", but "July." ends a sentence.
        full_months = [k for k in self.months if len(k) > 4 or k in ("may", "june", "july")]
        abbr = [k for k in self.months if k not in full_months]
        mon = rf"(?:(?:{_alt(full_months)})\b|(?:{_alt(abbr)})\b\.?)"
        wd = rf"(?:{_alt(self.weekdays)})"
        num = (rf"(?:{_alt(self.numbers)}|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?"
               rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|"
               rf"three|four|five|six|seven|eight|nine))")
        vague = rf"(?:{_alt(self.vague)})"
        unit = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|"
                r"quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a)|weekends?)")
        season = rf"(?:{_alt(self.seasons)})"
        ordn = rf"(?:{_alt(self.ordinals)})"
        # "eight trading days": the kind of day does not change the unit.
        workday = r"(?:trading|business|working|school)"
        year = r"(?:1[0-9]\d\d|20\d\d)"
        dnum = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        # Left word boundary that also rejects "Su-30"-style pieces but lets "mid-" through.
        b = r"(?:(?<=[Mm]id-)|(?<=[Ll]ate-)|(?<=[Ee]arly-)|(?<![\w'’.-]))"
        # Right boundary: the possessive "'s" may follow ("last year's summit"), "-\w" may not;
        # a closing '' (PTB-style quotes in wire copy) is punctuation, not a possessive.
        e = r"(?![\w]|['’](?!s\b|['’])|-\w)"
        # A day of the month on its own always carries its ordinal suffix: "the 14th".
        dord = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
        I = re.I  # noqa: E741 -- short alias keeps the table of rules readable

        R: list[tuple[re.Pattern[str], Callable[[re.Match[str], _Ctx], list[_Cand] | None],
                      int, str | tuple[str, ...], tuple[str, ...]]] = []

        def rule(pattern: str, fn: Callable[[re.Match[str], _Ctx], list[_Cand] | None],
                 prio: int = 0, flags: int = I) -> None:
            name = fn.__name__
            R.append((re.compile(pattern, flags), fn, prio,
                      _RULE_NEEDLES[name] if name in _RULE_NEEDLES else _RULE_TRIGGERS[name],
                      _RULE_GATES.get(name, ())))

        rule(rf"{b}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:T(?P<H>\d{{2}}):(?P<M>\d{{2}})"
             rf"(?::\d{{2}})?)?(?![\w-])", self._r_iso, 5)
        # ("Posted: 27-08-2006, 09:14": a forum's day with dashes)
        rule(r"(?<![\w.])(?:\d{4}[./]\d{1,2}[./]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
             r"|(?<!-)\d{1,2}-\d{1,2}-\d{4}(?!-))(?![\w]|\.\d)",
             self._r_dotted, 5)
        rule(rf"{b}(?P<a>\d{{1,2}})/(?P<c>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})(?![\w/])",
             self._r_slash, 5)
        # "concluded on 21 JAN 22": a military message's day, month in capitals, year in two
        # digits (not "JAN 22", the 22nd); "170600UTC FEB 23", a date-time group.
        # ("FROM 010600 LOCAL DEC 08", a navigational warning's group in local time)
        rule(r"(?<![\w.])(?P<d>\d{1,2})(?:\d{4}\s?(?:UTC|LOCAL|Z|[A-Z])?)?\s+(?P<mon>JAN|FEB|MAR|"
             r"APR|MAY|"
             r"JUN|JUL|AUG|SEP|OCT|NOV|"
             r"DEC)\s+(?P<y>\d{2})(?![\w:]|\.\d)", self._r_dmy_mil, 6, flags=0)
        # "Dates: 09.09-25.09.2010": a Russian-style range whose first day takes the year
        # written once at its end.
        rule(r"(?<![\w.])(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.?\s*(?:-|–|—)\s*(?P<d2>\d{1,2})\."
             r"(?P<m2>\d{1,2})\.(?P<y>\d{4})(?![\w]|\.\d)", self._r_dotted_range, 6)
        # "The exercise was held from 22.08 to 29.08": a Russian-style pair of days with no
        # year, only after "from" or "between" (a lone "22.08" is a number).
        rule(r"(?:(?<=\bfrom )|(?<=\bbetween ))(?P<a>\d{1,2})\.(?P<c>\d{1,2})\s*(?:-|–|—|to\b|"
             r"until\b|till\b|through\b|and\b)\s*(?P<a2>\d{1,2})\.(?P<c2>\d{1,2})"
             r"(?![\w%]|\.\d|\s*(?:%|per\s*cent|percent))",
             self._r_dotted_pair, 5)
        # "The harbour phase ran 25/11 to 27/11": two days with no year, only as a range
        # (a lone "24/7" or "9/11" is no day).
        rule(rf"(?<![\w/.])(?P<a>\d{{1,2}})/(?P<c>\d{{1,2}})\s*(?:{_DASH}|to\b|until\b|"
             rf"through\b|till\b)\s*(?P<a2>\d{{1,2}})/(?P<c2>\d{{1,2}})(?:/(?P<y2>\d{{4}}))?"
             rf"(?![\w/]|\.\d)",
             self._r_slash_range, 5)
        rule(rf"{b}(?:(?P<wd>{wd}),?\s+|(?P<rel>last|next|this)\s+)?(?P<mon>{mon})\s*(?P<d>{dnum})"
             rf"(?!\s*(?:{_DASH}|to\b|"
             rf"through\b|and\b|&)\s*\d)(?:(?:,\s*|\s+)(?P<y>{year})|,?\s+(?P<ry>last|next|this)"
             rf"\s+year(?!'s))?{e}(?!,\d)",
             self._r_mdy, 4)
        # "17 September last year": the day in the year before the article's.
        rule(rf"{b}(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<d>{dnum})(?:\s+of)?\s+(?P<mon>{mon})"
             rf"(?:,?\s+(?P<y>{year})|\s+(?P<ry>last|next|this)\s+year(?!'s))?{e}", self._r_dmy, 4)
        rule(rf"{b}(?P<mon>{mon})\s*(?P<d1>{dnum})\s*(?P<sep>{_DASH}|to\b|through\b|until\b|"
             rf"and\b|&)\s*(?P<d2>{dnum})(?:(?:,\s*|\s+)(?P<y>{year}))?{e}", self._r_mdd, 6)
        # "from Tuesday 11 to Monday 17 September": each day may carry its weekday.
        rule(rf"{b}(?:{wd},?\s+)?(?P<d1>{dnum})\s*(?P<sep>{_DASH}|to\b|through\b|until\b|and\b|&)"
             rf"\s*(?:{wd},?\s+)?(?P<d2>{dnum})(?:\s+of)?\s+(?P<mon>{mon})"
             rf"(?:,?\s+(?P<y>{year})|\s+(?P<ry>last|next|this)\s+year(?!'s))?{e}",
             self._r_ddm, 6)
        rule(rf"{b}(?P<mon>{mon})(?:,?\s+|\s+of\s+)(?P<y>{year}){e}(?!,\d)", self._r_my, 3)
        rule(rf"{b}(?P<mon>{mon})(?:\s+of)?\s+(?P<rel>last|next|this|the\s+previous|"
             rf"the\s+following|the\s+same)\s+year{e}", self._r_mon_rel_year, 4)
        rule(rf"{b}(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<mon>{mon}){e}", self._r_mon, 1)
        rule(rf"{b}(?:(?P<rel>last|next|this|past|coming|previous|following)\s+)?(?P<wd>{wd})"
             rf"(?P<pl>s)?(?:'s)?(?:\s+(?P<pod>morning|afternoon|evening|night|overnight)"
             rf"(?P<pl2>s)?)?{e}",
             self._r_weekday, 2)
        rule(rf"(?<![\w.$£€#/])(?:(?P<fy>fiscal(?:\s+year)?|calendar\s+year|the\s+year|"
             rf"(?:the\s+)?(?:fy|model)\s*)\s*)?(?P<y>{year}){e}(?![,.]\d)(?!\s*%)",
             self._r_year, 2)
        rule(rf"(?<![\w.$])'(?P<yy>\d\d){e}", self._r_short_year, 1)
        rule(rf"{b}(?:(?P<the>the)\s+)?(?:(?P<md>early|mid|late)(?:-|\s+))?(?:(?P<y3>1\d\d|20\d)0|"
             rf"'(?P<y2>\d)0)(?:'s|’s|s){e}", self._r_decade, 3)
        rule(rf"{b}(?:(?P<the>the)\s+)?(?:(?P<md>early|mid|late)(?:-|\s+))?(?P<ord>{ordn})"
             rf"(?:-|\s+)century{e}", self._r_century, 3)
        rule(rf"{b}(?:(?P<the>the)\s+)?(?:(?P<pre>this\s+year's|last\s+year's|next\s+year's|"
             rf"(?P<y0>{year})|(?:comparable\s+)?year-(?:ago|earlier)|latest|current|(?:fiscal|calendar)(?:-|\s+)?(?:year\s+)?)\s*)?"
             rf"(?:(?P<fis>fiscal|calendar)(?:-|\s+))?(?P<ord>first|second|third|fourth|final|"
             rf"1st|2nd|3rd|4th|last)(?:-|\s+)(?:(?:fiscal|calendar)(?:-|\s+))?(?P<q>quarter|"
             rf"half)(?P<pl>s)?(?:\s+(?:of|in)\s+(?:(?:fiscal|the\s+year)\s+)?(?:(?P<y>{year})|"
             rf"(?P<rel>last|next|this)\s+year|the\s+(?P<rel2>previous|following|same)\s+year))?"
             rf"(?:,?\s+(?P<y2>{year}))?{e}", self._r_quarter, 4)
        # Business shorthand: "Q3", "Q4 2012", "FY Q1", "Q2'13". Case-sensitive: "q3" is rare
        # and lower-case letters-plus-digit are usually codes.
        rule(rf"(?<![\w.-])(?:FY\s?)?Q(?P<q>[1-4])(?:(?:\s+|\s*[-/']\s*)(?P<y>{year}|\d\d))?"
             rf"(?![\w-])", self._r_q_abbrev, 4, flags=0)
        rule(rf"{b}(?:(?P<the>the|this)\s+)?(?:(?P<pre>latest|current|most\s+recent|recent|"
             rf"year-ago|year-earlier|same|comparable|previous|prior|past|last|next|coming)"
             rf"(?:\s+|-))?(?:(?:fiscal|calendar)\s+)?quarter{e}", self._r_the_quarter, 2)
        rule(rf"{b}(?:the\s+)?(?:(?P<y>{year})|(?P<ly>last\s+year's|year-ago|year-earlier|"
             rf"corresponding|comparable|same|year-before|prior-year|latest))\s+(?:period|quarter|"
             rf"three\s+months)(?:\s+(?P<ly2>last\s+year|a\s+year\s+(?:ago|earlier)|of\s+"
             rf"(?:last\s+year|{year})))?{e}", self._r_fin_period, 4)
        rule(rf"{b}(?:the\s+)?year(?:-|\s+)(?:ago|earlier){e}(?:\s+(?:quarter|period|"
             rf"three\s+months|months?))?", self._r_year_ago_adj, 2)
        rule(rf"{b}(?:(?P<the>the)\s+)?(?:(?P<rel>last|next|this|past|coming|previous|"
             rf"following|current)\s+)?(?:(?P<md>early|mid|late)(?:-|\s+))?(?P<s>{season})"
             rf"(?:(?:\s+of)?\s+(?:(?P<y>{year})|(?P<rel2>last|next|this)\s+year))?{e}",
             self._r_season, 3)
        rule(rf"{b}(?:(?P<the>the)\s+)?(?P<rel>last|next|this|past|coming|previous|following|"
             rf"current|same|latest)\s+(?:(?:fiscal|calendar)\s+)?(?P<u>year|month|week|"
             rf"weekend|decade|century|day|fortnight){e}", self._r_rel_unit, 3)
        rule(rf"{b}the\s+(?P<rel>next|following|previous)\s+(?:morning|afternoon|evening|night)"
             rf"{e}", self._r_next_pod, 3)
        rule(rf"{b}(?P<rel>earlier|later)\s+(?:this|in\s+the)\s+(?P<u>year|month|week|day)"
             rf"{e}", self._r_earlier_this, 4)
        rule(rf"{b}the\s+(?:(?:current|full|whole|entire)\s+)?(?:(?:fiscal|calendar)\s+)?"
             rf"(?P<u>year|week|weekend|month){e}(?!-)", self._r_the_unit, 1)
        rule(rf"{b}(?P<n>{num}|{vague})(?:\s+|-)(?:more\s+|fewer\s+|additional\s+|"
             rf"consecutive\s+|straight\s+|full\s+|long\s+|{workday}\s+)?(?P<u>{unit})(?:\s+or\s+so)?\s+"
             rf"(?P<dir>ago|earlier|later|from\s+now|from\s+today|hence|before|after|since|"
             rf"previously){e}", self._r_ago, 5)
        rule(rf"{b}(?:(?P<the>the)\s+)?(?:(?P<rel>past|last|next|coming|first|final|latest|"
             rf"previous|following|remaining|initial|same|subsequent|ensuing|preceding|"
             rf"year-earlier|year-ago|prior|recent)\s+)?(?:(?P<n>{num}|{vague})(?:\s+(?P<fr>1/2|1/4|3/4)"
             rf"|½)?(?:\s+|-))?"
             rf"(?:(?:more|fewer|additional|consecutive|straight|full|long|other|odd|plus|"
             rf"{workday})\s+)?(?(n)(?:(?P<or>or|to)\s+(?:{num})\s+)?)(?P<u>{unit})(?P<suf>-long|-old|"
             rf"-plus)?{e}", self._r_duration, 2)
        rule(rf"{b}(?:(?P<hn>half)\s+an?\s+(?P<hu>hour|day|year|century|decade|minute)|"
             rf"an?\s+(?P<hu2>minute|hour|day|year|month|week)\s+and\s+a\s+half){e}",
             self._r_half_duration, 3)
        rule(rf"{b}(?:the\s+)?(?P<w>today|yesterday|tomorrow|tonight|day\s+before\s+yesterday|"
             rf"day\s+after\s+tomorrow)(?:'s)?{e}", self._r_today, 3)
        rule(rf"{b}(?:(?P<w>this|yesterday|tomorrow|last|early\s+this|late\s+this|later\s+this|"
             rf"earlier\s+this|early|late|mid)(?:\s+|-))?(?P<pod>morning|afternoon|evening|"
             rf"night|overnight){e}", self._r_pod, 1)
        rule(rf"{b}(?:(?P<md>early|late|mid)(?:-|\s+))?(?P<pod>morning|afternoon|evening|night)\s+"
             rf"(?P<rel>yesterday|today|tomorrow){e}", self._r_pod_day, 3)
        rule(rf"{b}(?:(?P<qm>about|around|approximately|at|by|until|before|after)\s+)?"
             rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b|"
             rf"o'clock\b)(?:\s+(?P<tz>EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|MSK|local\s+time|"
             rf"Moscow\s+time|Beijing\s+time))?(?:,?\s+(?:(?:on\s+)?(?P<wd>{wd})|"
             rf"(?P<rel>today|yesterday|tomorrow)|(?P<mon>{mon})\s*(?P<d>{dnum})))?",
             self._r_clock, 5)
        rule(rf"{b}(?P<w>noon|midnight|midday)(?:\s+(?:on\s+)?(?P<wd>{wd}))?{e}",
             self._r_noon, 3)
        rule(rf"{b}(?P<h>{_alt(self.holidays)}){e}", self._r_holiday, 2)
        rule(rf"{b}thanksgiving(?:\s+day)?{e}", self._r_thanksgiving, 2)
        rule(rf"{b}(?P<w>{_alt(self.refs)}){e}", self._r_ref, 1)
        rule(rf"{b}(?P<w>{_alt(self.sets)}){e}", self._r_set_word, 2)
        rule(rf"{b}(?:(?:every|each)\s+(?P<seas>season)|(?P<yr>year[-\s]round)){e}",
             self._r_set_season, 3)
        rule(rf"{b}(?:every|each|per|a|an)\s+(?:(?P<other>other|single)\s+)?"
             rf"(?:(?P<n>{num})\s+)?(?:(?P<u>{unit})|(?P<wd>{wd})|(?P<mon>{mon})|"
             rf"(?P<s>{season})){e}", self._r_set_every, 3)
        rule(rf"{b}(?P<w>(?:recent|past|coming|next|previous)\s+(?:years|months|weeks|days|"
             rf"decades|quarters)){e}", self._r_recent_units, 3)
        rule(rf"\b(?:for|in|over|within|after|of|takes?|took|lasted)\s+(?P<u>years|months|"
             rf"weeks|days|hours|decades|centuries|minutes){e}", self._r_bare_units, 1)
        rule(rf"(?:(?<=\bfor )|(?<=\bafter )|(?<=\bwithin ))(?:quite\s+)?(?:a\s+(?:(?:fairly|"
             rf"very|relatively)\s+)?(?:long\s+|short\s+|lengthy\s+|brief\s+)?(?:while|time|"
             rf"period)|some\s+time){e}", self._r_vague_span, 1)
        rule(rf"{b}(?P<u>(?:second|minute|hour|day|night|week|month|year|decade)s?|"
             rf"centur(?:y|ies))-long{e}", self._r_unit_long, 2)
        rule(rf"{b}(?:the\s+)?(?P<u>years|months|weeks|days|decades)(?=\s+(?:before|after|"
             rf"ahead|leading|that\s+followed|since|to\s+come|of\s+(?:negotiations|talks|"
             rf"fighting|war)))", self._r_bare_units, 2)
        rule(rf"{b}(?:(?P<pre>earlier|later|early|late)\s+)?(?:(?:on|in|of|at)\s+)?"
             rf"(?:that|the\s+same|that\s+same)\s+(?P<u>day|week|month|year|quarter|morning|"
             rf"evening|night|afternoon|period|time|decade){e}", self._r_anaphor, 2)
        rule(rf"{b}(?:(?P<pre>around|by|at|before|until)\s+)?(?:the\s+)?(?P<w>year(?:'s)?[-\s]+"
             rf"end|end\s+of\s+the\s+year){e}", self._r_year_end, 3)
        rule(rf"{b}the\s+year\s+two\s+thousand{e}", self._r_y2k, 4)
        rule(rf"{b}(?:in\s+)?nineteen[-\s]+(?P<t>{_alt(self.decade_tens)})(?:[-\s]+"
             rf"(?P<o>one|two|three|four|five|six|seven|eight|nine))?{e}", self._r_spelled_year,
             3)
        rule(rf"{b}(?:the\s+)?(?:(?P<md>early|mid|late)(?:-|\s+))?(?P<w>"
             rf"{_alt(self.decade_words)}){e}", self._r_decade_word, 2)
        # News dates without a month: "on the 29th", "from the 14th to the 17th of October",
        # "until Friday the 14th", "the 16th of this month".
        rule(rf"{b}(?:(?P<wd>{wd}),?\s+)?the\s+(?P<d>{dord})(?:\s+of\s+(?:(?P<rel>this|next|last|"
             rf"the\s+same|the\s+following|the\s+previous|the\s+current)\s+month|the\s+"
             rf"(?P<tm>month)))?{e}", self._r_day_ord, 3)
        # "opened on the ninth of this month", "the twenty-fifth of September": spelled
        # days only with their month.
        rule(rf"{b}(?:(?P<wd>{wd}),?\s+)?the\s+(?P<dw>{_alt(SPELLED_DAYS)})(?:\s+of\s+(?:(?P<rel>"
             rf"this|next|last|the\s+same|the\s+following|the\s+previous|the\s+current)\s+month|"
             rf"the\s+(?P<tm>month)|(?P<mon>{mon})(?:,?\s+(?P<y>{year})|\s+(?P<ry>last|next|this)"
             rf"\s+year(?!'s))?))?{e}",
             self._r_day_spelled, 3)
        # "on the 6th and 7th": the second day of such a pair has no "the" of its own.
        after_first = "|".join(
            f"(?<={sfx} {c} )" for sfx in ("st", "nd", "rd", "th") for c in ("and", "or", "to")
        ) + "|" + "|".join(f"(?<={sfx}{c})" for sfx in ("st", "nd", "rd", "th") for c in ("-", "–"))
        rule(rf"(?:{after_first})(?P<wd>(?!)x)?(?P<tm>(?!)x)?(?P<d>{dord})(?:\s+of\s+"
             rf"(?:the\s+)?(?P<rel>this|next|last)\s+month)?{e}", self._r_day_ord_second, 3)
        # "a year ago this week", "two years ago today": the week/day of that earlier year.
        rule(rf"{b}(?P<n>{num})\s+(?P<u>years?|months?|weeks?)\s+ago\s+(?:this\s+(?P<tu>week|"
             rf"weekend|month|year)|(?P<td>today|tonight)){e}", self._r_ago_this, 6)
        # "opened a week ago Thursday": that weekday of the week n weeks back.
        rule(rf"{b}(?P<n>{num})\s+weeks?\s+ago\s+(?:(?:last|on)\s+)?(?P<wd>{wd}){e}",
             self._r_weeks_ago_weekday, 6)
        rule(rf"{b}the\s+(?P<u>week|weekend|month|year)\s+(?P<ba>before\s+last|after\s+next)"
             rf"{e}(?!\s+(?:{wd}|{mon}|week|weekend|month|year|night)\b)", self._r_before_last, 5)
        # "4 in the morning", "at 10 at night": a clock hour named by its part of the day.
        hour_w = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        rule(rf"{b}(?:(?P<qm>at|about|around|by|until|before|after)\s+)?(?P<h>1[0-2]|0?[1-9]|"
             rf"{hour_w})(?P<oc>\s+o'clock)?\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|"
             rf"at\s+(?P<night>night)){e}", self._r_clock_pod, 5)
        rule(rf"{b}(?:(?P<e>Easter)(?:\s+(?P<x>Sunday|Monday|week|weekend))?|(?P<gf>Good\s+"
             rf"Friday)|(?P<el>Election\s+Day)){e}", self._r_movable, 2, flags=0)
        rule(rf"{b}(?:the\s+)?(?P<fl>first|last|final|second)\s+two\s+quarters\s+of\s+"
             rf"(?:(?P<y>{year})|(?P<rel>this|last|next)\s+year){e}", self._r_half_of_year, 5)
        rule(rf"(?:(?<=\bover )|(?<=\bthrough )|(?<=\bacross ))the\s+(?P<u>years|"
             rf"decades|centuries|months){e}(?!\s+(?:\d|of\b|since\b))", self._r_the_units, 2)
        # "follows months of twists", "the heady days of swelling sales": a vague span.
        rule(rf"{b}(?P<u>days|weeks|months|years|decades)(?=\s+of\s+(?!(?:the|this|that|these|"
             rf"those|a|an|his|her|its|their|our|my|your|age|which|whom|it|them)\b)[a-z])",
             self._r_units_of, 1)
        rule(rf"(?<=\bin )the\s+(?P<u>morning|afternoon|evening){e}(?!\s+(?:of|and)\b)",
             self._r_in_the_pod, 1)
        self.rules = R
        # One cheap scan for trigger words decides where each rule is worth running: running
        # forty rules over the whole text costs more than a spaCy parse.
        refs = [w for w in self.refs if " " not in w] + [
            "the near", "the short", "the long", "the present", "the past", "the future",
            "the distant", "the foreseeable", "at present", "at the moment", "these days",
            "right now", "moment"]
        holidays = [h.split()[0] for h in self.holidays] + [
            "thanksgiving", "easter", "good friday", "election day"]
        # Matched against the lower-cased text: a case-sensitive scan is several times faster.
        self.trigger_rx = re.compile(
            rf"\b(?:(?P<M>{_alt(self.months)})\b|(?P<W>{_alt(self.weekdays)})|"
            rf"(?P<Y>\d{{4}}|\d0'?s)|(?P<K>\d{{1,2}}/\d)|(?P<U>second|minute|hour|day|night|"
            rf"week|fortnight|month|quarter|half|year|decade|centur|millenni|weekend|season|"
            rf"period|time)|(?P<V>while\b)|(?P<G>q[1-4])|(?P<S>{_alt(self.seasons)})|"
            rf"(?P<C>[ap]\.?m\b|o'clock|noon|"
            rf"midnight|midday)|(?P<T>today|tomorrow|tonight|yesterday)|(?P<P>morning|"
            rf"afternoon|evening|overnight)|(?P<E>{_alt(self.sets)})|(?P<H>{_alt(holidays)})|"
            rf"(?P<N>nineteen)|(?P<D>{_alt(self.decade_words)})|(?P<R>{_alt(refs)})|"
            rf"(?P<O>\d{{1,2}}(?:st|nd|rd|th)\b))"
            rf"|(?P<Q>'\d\d)"
        )
        self.mod_prefix = re.compile(
            r"(?:^|(?<=[\s(\"“]))(?P<m>(?:the\s+)?(?:very\s+)?(?:early|mid|late|middle\s+of|"
            r"(?:beginning|start|end|close|middle)\s+of|(?:first|second|latter)\s+half\s+of|"
            r"(?:latter|later|early|earlier)\s+part\s+of)(?:-|\s+)(?:(?:the|this)\s+)?)$",
            re.I,
        )
        self.qmod_prefix = re.compile(
            rf"(?:^|(?<=[\s(\"“]))(?P<m>{_alt(self.qmods)})\s+$", re.I
        )
        self.year_after_list = re.compile(rf"^(?:\s*,\s*|\s+and\s+)(?P<y>{year}){e}")

    # -- public API ----------------------------------------------------------------------------

    def tag(self, text: str, *, dct: date | None, dct_anchor: str = "publication_date",
            doc: Doc | None = None) -> list[Timex]:
        """Find and normalize temporal expressions in ``text``; never raises on a str."""
        if not isinstance(text, str) or not text:
            return []
        try:
            return self._tag(text, dct, dct_anchor, doc)
        except Exception:  # pragma: no cover - defensive: a tagger bug must not stop a batch
            return []

    def ranges(self, text: str, timexes: list[Timex]) -> list[Timex]:
        """Merge "between X and Y", "from X to Y", "X–Y" into one Timex per range."""
        items = sorted(timexes, key=lambda t: (t.start, t.end))
        out: list[Timex] = []
        i = 0
        while i < len(items):
            a = items[i]
            if i + 1 < len(items):
                bt = items[i + 1]
                if (
                    a.granularity == "day" and bt.granularity == "day"
                    and re.fullmatch(r"(?:today|yesterday|tomorrow|tonight)", a.text, re.I)
                    and re.fullmatch(r"\s*,\s*", text[a.end:bt.start])
                    and bt.anchor != "unresolved"
                ):
                    # "began today, 12 March": the day written out is the one meant (a note
                    # appended later counts "today" from its own day).
                    out.append(bt)
                    i += 2
                    continue
                merged = self._merge_pair(text, a, bt)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
            out.append(self._with_day_beside(text, a))
            i += 1
        return out

    # "Yesterday and the day before, ... bombers carried out a joint flight": the named day
    # and the one next to it (not "the day before the exercise", a day of its own).
    _DAY_BESIDE = re.compile(
        r"\s+and\s+(?:on\s+)?the\s+day\s+(?P<dir>before|after)(?:\s+(?:yesterday|tomorrow))?"
        r"(?=\s*(?:[,.;:!?)\u2013\u2014]|$))",
        re.I,
    )

    def _with_day_beside(self, text: str, a: Timex) -> Timex:
        if a.type != "DATE" or a.granularity != "day" or a.start_date is None:
            return a
        m = self._DAY_BESIDE.match(text, a.end)
        if m is None or a.end_date != a.start_date:
            return a
        step = -1 if m["dir"].lower() == "before" else 1
        other = _shift_day(a.start_date, step)
        if other is None:
            return a
        lo, hi = sorted((a.start_date, other))
        return Timex(a.start, m.end(), text[a.start:m.end()], "DATE",
                     f"{lo.isoformat()}/{hi.isoformat()}", None, lo, hi, "day", a.anchor)

    # -- internals -----------------------------------------------------------------------------

    # ("2012.04.22. ~ 2012.04.27.": a Korean or Japanese notice's range, each day with its
    # closing dot)
    _RANGE_GAP = re.compile(
        r"^\s*(?:-|–|—|‐|to|through|thru|until|till|and)\s*$|^\.?\s*[~〜～]\s*$", re.I
    )
    _RANGE_PRE = re.compile(r"(?:\b(?:between|from)\s+)$", re.I)

    def _merge_pair(self, text: str, a: Timex, b: Timex) -> Timex | None:
        if a.type != "DATE" or b.type != "DATE" or a.end > b.start:
            return None
        gap = text[a.end:b.start]
        pre = self._RANGE_PRE.search(text[max(0, a.start - 10):a.start])
        m = self._RANGE_GAP.match(gap) or (
            # "from Thursday, December 10, to Monday, December 14"
            pre and re.match(r"^\s*,\s*(?:to|through|thru|until|till)\s*$", gap, re.I)
        )
        if not m:
            return None
        word = gap.strip(" \t\n,").lower()
        if word == "and" and not (pre and pre.group(0).lower().startswith("between")):
            return None
        if word in ("to", "until", "till", "through", "thru") and not pre and (
            a.granularity == "year" or b.granularity == "year"
        ):
            pass
        if (
            a.start_date
            and b.start_date
            and a.start_date > b.start_date
            and b.granularity == "day"
            and (a.start_date - b.start_date).days < 7
            and re.fullmatch(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", b.text, re.I)
        ):
            # "from next Wednesday to Sunday": the Sunday after that Wednesday, not the one
            # the bare weekday found counting from the report's day.
            moved = _shift_day(b.start_date, 7)
            if moved is not None:
                b = Timex(b.start, b.end, b.text, b.type, moved.isoformat(), b.mod, moved,
                          moved, b.granularity, b.anchor)
        if a.start_date and b.start_date and a.start_date > b.start_date:
            return None
        start = a.start - len(pre.group(0)) if pre else a.start
        value = f"{a.value}/{b.value}" if a.value and b.value else None
        anchor = a.anchor if a.anchor == b.anchor else (
            "unresolved" if "unresolved" in (a.anchor, b.anchor) else
            next(x for x in (a.anchor, b.anchor) if x != "absolute"))
        gran = a.granularity if a.granularity == b.granularity else (
            b.granularity or a.granularity)
        return Timex(start, b.end, text[start:b.end], "DATE", value, None,
                     a.start_date if value else None, b.end_date if value else None, gran,
                     anchor)

    def _tag(self, text: str, dct: date | None, dct_anchor: str, doc: Doc | None) -> list[Timex]:
        ctx = _Ctx(self, text, dct, dct_anchor, doc)
        n = len(text)
        wins: dict[str, list[tuple[int, int]]] = {}
        low = text.lower()
        if len(low) != n:  # a few non-ASCII letters change length when lower-cased
            low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        for t in self.trigger_rx.finditer(low):
            cat = t.lastgroup or "R"
            wins.setdefault("Y" if cat == "Q" else cat, []).append(
                (max(0, t.start() - _WIN_LEFT), min(n, t.end() + _WIN_RIGHT)))
        merged: dict[str, list[tuple[int, int]]] = {}
        cands: list[_Group] = []
        for rx, fn, prio, cats, gate in self.rules:
            if gate and not any(x in low for x in gate):
                continue
            if isinstance(cats, tuple):
                spans = [(0, n)] if any(x in low for x in cats) else []
            else:
                got_spans = merged.get(cats)
                if got_spans is None:
                    got_spans = _merge_windows([w for c in cats for w in wins.get(c, ())])
                    merged[cats] = got_spans
                spans = got_spans
            for ws, we in spans:
                for m in rx.finditer(text, ws, we):
                    if m.end() <= m.start():
                        continue
                    got = fn(m, ctx)
                    if not got:
                        continue
                    for c in got:
                        c.prio = prio
                    cands.append(_Group(m.start(), m.end(), prio, got))
        chosen = self._select(cands)
        flat: list[_Cand] = [c for g in chosen for c in g.items]
        flat.sort(key=lambda c: (c.start, c.end))
        self._extend_mods(text, flat, ctx)
        self._borrow_years(text, flat, ctx)
        self._weekday_years(text, flat)
        self._year_of_month_before(text, flat)
        self._days_of_month_before(text, flat)
        self._day_ranges(text, flat)
        self._week_of(text, flat)
        self._spelled_year_heads(text, flat)
        self._quarter_context(text, flat, ctx)
        self._weekday_order(text, flat, ctx)
        self._timeline_weekdays(text, flat)
        self._repeated_weekday(text, flat)
        self._month_of_that_year(text, flat)
        self._month_of_possessive_year(text, flat)
        self._anaphora(text, flat)
        self._clock_days(flat, ctx)
        if ctx.dct is None:
            self._years_of_undated_text(text, flat)
        out: list[Timex] = []
        last_end = -1
        for c in flat:
            if c.start < last_end or c.end <= c.start or c.end > len(text):
                continue
            last_end = c.end
            out.append(ctx.finish(c))
        return out

    @staticmethod
    def _select(groups: list[_Group]) -> list[_Group]:
        """Longest non-overlapping groups first; ties broken by rule priority, then position."""
        ranked = sorted(groups, key=lambda g: (-(g.end - g.start), -g.prio, g.start))
        taken: list[tuple[int, int]] = []
        chosen: list[_Group] = []
        for g in ranked:
            if any(g.start < e and s < g.end for s, e in taken):
                continue
            taken.append((g.start, g.end))
            chosen.append(g)
        chosen.sort(key=lambda g: g.start)
        return chosen

    @staticmethod
    def _spelled_year_heads(text: str, flat: list[_Cand]) -> None:
        """Broadcast transcripts spell years out: "January nineteen ninety-seven", "the winter
        of nineteen ninety-four" are one month/season of that year, not a month resolved
        against the DCT followed by a bare year."""
        i = 0
        while i + 1 < len(flat):
            a, y = flat[i], flat[i + 1]
            if (y.rel == "spelled" and y.d is not None and a.type == "DATE" and a.d is not None
                    and a.d.gran in ("month", "season") and a.end <= y.start
                    and re.fullmatch(r"\s*(?:of\s+)?", text[a.end:y.start], re.I)):
                yr = y.d.start.year
                r = (_month(yr, a.d.start.month) if a.d.gran == "month"
                     else _season(yr, a.d.value[-2:]))
                if r is not None:
                    a.d, a.value, a.end = _apply_mod(r, a.mod), r.value, y.end
                    a.anchor, a.explicit_year = "absolute", True
                    del flat[i + 1]
            i += 1

    _WEEK_OF = re.compile(r"\b(?:(?:the\s+)?(?P<w>week)\s+of|day\s+(?P<ba>before|after))\s+$",
                          re.I)

    def _week_of(self, text: str, flat: list[_Cand]) -> None:
        """ "the week of March 6" names the ISO week that contains the day; "the day before
        last Tuesday" the day next to it."""
        prev_end = 0
        for c in flat:
            if c.type == "DATE" and c.d is not None and c.d.gran == "day":
                m = self._WEEK_OF.search(text[max(prev_end, c.start - 16):c.start])
                r: _D | None = None
                if m and m["w"]:
                    r = _week(c.d.start)
                elif m:
                    dd = _shift_day(c.d.start, -1 if m["ba"].lower() == "before" else 1)
                    r = _day(dd.year, dd.month, dd.day) if dd else None
                if m and r is not None:
                    c.start -= len(m.group(0))
                    c.d, c.value = r, r.value
                    c.month = c.day = None
            prev_end = max(prev_end, c.end)

    def _extend_mods(self, text: str, flat: list[_Cand], ctx: _Ctx) -> None:
        prev_end = 0
        for c in flat:
            window = text[max(prev_end, c.start - 40):c.start]
            if c.type == "DATE" and c.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
                m = self.mod_prefix.search(window)
                if m and c.mod is None:
                    words = m.group("m").lower()
                    if c.d is not None or c.value is None:
                        mod = ("START" if re.search(r"early|beginning|start|first", words)
                               else "MID" if re.search(r"mid|middle", words) else "END")
                        c.mod = mod
                        if c.d is not None:
                            c.d = _apply_mod(c.d, mod)
                        c.start -= len(m.group("m"))
            if c.type in ("DURATION", "TIME") or (c.type == "DATE" and c.rel == "ago"):
                m = self.qmod_prefix.search(window)
                if m:
                    w = re.sub(r"\s+", " ", m.group("m").lower())
                    prep = w in ("over", "under", "within", "some", "around", "about")
                    if not (prep and (c.type != "DURATION" or re.match(
                            r"the\b|past\b|next\b|last\b", text[c.start:c.end], re.I))):
                        c.mod = c.mod or self.qmods.get(w)
                        c.start -= len(m.group(0))
            prev_end = c.end

    def _borrow_years(self, text: str, flat: list[_Cand], ctx: _Ctx) -> None:
        """"from May to July 2019", "May 5 and June 7, 2019": the open end takes the year."""
        for i in range(len(flat) - 1, -1, -1):
            c = flat[i]
            if c.explicit_year or c.month is None or c.type != "DATE":
                continue
            for j in range(i + 1, min(i + 3, len(flat))):
                nxt = flat[j]
                gap = text[c.end:nxt.start]
                if len(gap) > 12 or not re.fullmatch(
                    r"\s*(?:-|–|—|‐|to|through|until|till|and|or|,|, and)\s*", gap, re.I
                ):
                    break
                if nxt.d is not None and nxt.explicit_year and nxt.month is not None and (
                    nxt.anchor in ("absolute", "context")
                ):
                    y = nxt.d.start.year
                    if c.month > nxt.month and gap.strip().lower() not in ("and", ",", "or"):
                        y -= 1
                    r = _day(y, c.month, c.day) if c.day else _month(y, c.month)
                    if r is not None:
                        c.d = _apply_mod(r, c.mod)
                        c.value = r.value
                        c.anchor = "context"
                        c.explicit_year = True
                    break
                if not nxt.explicit_year and nxt.month is not None:
                    continue
                break

    def _weekday_years(self, text: str, flat: list[_Cand]) -> None:
        """ "formally ended on Monday 17 September" in a memoir printed in 2026: 17 September
        2026 is a Thursday; the year written last before it whose 17 September is a Monday
        (2018, "In the last week of August 2018") is the one meant."""
        for c in flat:
            if (
                c.type != "DATE" or c.explicit_year or c.month is None or c.day is None
                or c.d is None or c.d.gran != "day"
            ):
                continue
            named = WEEKDAY_NAMED.search(text, max(0, c.start - 1), c.end)
            if named is None:
                continue
            wd = WEEKDAY_NUMBER[named.group(1).lower()]
            if c.d.start.isoweekday() == wd:
                continue
            years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)",
                                                  text[max(0, c.start - 3000):c.start])]
            for y in dict.fromkeys(reversed(years)):
                r = _day(y, c.month, c.day)
                if r is not None and r.start.isoweekday() == wd:
                    c.d, c.value, c.anchor = r, r.value, "context"
                    break

    @staticmethod
    def _years_of_undated_text(text: str, flat: list[_Cand]) -> None:
        """In a text with no date of its own ("Twenty years ago today, on 18 August 2005,
        ... the final combined assault was staged on 25 August"), a day written without its
        year takes the year of the last full date before it, as a reader does."""
        last: _Cand | None = None
        for c in flat:
            if c.type != "DATE":
                continue
            if c.d is not None and c.explicit_year and c.d.gran in ("day", "month"):
                last = c
                continue
            if (
                c.anchor == "unresolved"
                and c.month is not None
                and not c.explicit_year
                and last is not None
                and last.d is not None
                and c.start - last.end <= 2000
            ):
                y = last.d.start.year
                r = _day(y, c.month, c.day) if c.day else _month(y, c.month)
                if r is not None:
                    c.d = _apply_mod(r, c.mod)
                    c.value = r.value
                    c.anchor = "context"

    _DAY_RANGE_GAP = re.compile(r"\s*(?:-|–|—|‐|to|through|thru|until|till|and|or|,|,\s*and)\s*",
                                re.I)

    @staticmethod
    def _year_of_month_before(text: str, flat: list[_Cand]) -> None:
        """ "in August 2005, Russian paratroopers went to China for the first "Peace
        Mission", held from August 18 to 25": a day of the month the sentence has just
        dated takes that month's year."""
        for i, c in enumerate(flat):
            if (c.type != "DATE" or c.explicit_year or c.month is None or c.d is None
                    or c.d.gran != "day"):
                continue
            for p in reversed(flat[:i]):
                if c.start - p.end > 300 or len(re.findall(r"[.!?]\s", text[p.end:c.start])) > 1:
                    break
                if p.d is not None and p.d.gran == "year" and re.search(
                        r"[.!?]\s", text[p.end:c.start]):
                    continue  # "Peace Mission 2007" between them
                if not (p.type == "DATE" and p.explicit_year and p.d is not None
                        and p.d.gran in ("season", "month")
                        and re.search(r"[.!?]\s", text[p.end:c.start])):
                    break
                # "In the summer of 2007 Zhao was attached to ... . The exercise opened on
                # the 9th of August": the next sentence's day in the season just dated.
                y = p.d.start.year
                r = _day(y, c.month, c.day) if c.day else None
                if (r is not None and y != c.d.start.year
                        and p.d.start <= r.start and r.end <= p.d.end):
                    c.d = _apply_mod(r, c.mod)
                    c.value = r.value
                    c.anchor = "context"
                    c.explicit_year = True
                break
            if c.explicit_year:
                continue
            for p in reversed(flat[max(0, i - 1):i]):
                if c.start - p.end > 150 or re.search(r"[.!?]\s", text[p.end:c.start]):
                    break
                if not (p.explicit_year and p.month == c.month and p.d is not None):
                    break
                y = p.d.start.year
                if y != c.d.start.year:
                    r = _day(y, c.month, c.day) if c.day else None
                    if r is not None:
                        c.d = _apply_mod(r, c.mod)
                        c.value = r.value
                        c.anchor = "context"
                        c.explicit_year = True
                break

    _MONTH_THEN_DAY = re.compile(r"[\s,:]*(?:--|[—–-])?\s*(?:from|on|between)?\s*", re.I)

    def _days_of_month_before(self, text: str, flat: list[_Cand]) -> None:
        """ "this past December -- from the 11th to the 16th": bare days right after a
        month are that month's (the second day of a range follows the first)."""
        moved: set[int] = set()
        for i in range(1, len(flat)):
            c, prev = flat[i], flat[i - 1]
            if c.rel != "dayonly" or c.day is None or prev.d is None:
                continue
            gap = text[prev.end:c.start]
            after_month = prev.d.gran == "month" and self._MONTH_THEN_DAY.fullmatch(gap)
            range_end = (
                id(prev) in moved
                and self._DAY_RANGE_GAP.fullmatch(gap)
                and prev.day is not None
                and c.day >= prev.day
            )
            # "opened on the 9th of August [2007] ..., and it ended on the 17th": a bare day
            # later in the sentence than a day of another year than the article's is in
            # that day's month, not the article's.
            # (and in the paragraph's next sentences: "The exercise began on 18 August 2005
            # here in Vladivostok ... After that the action moved to China, where the main
            # stage ran until the 25th")
            after_day = (
                prev.d.gran == "day"
                and c.d is not None
                and prev.d.start.year != c.d.start.year
                and prev.day is not None
                and c.day > prev.d.start.day
                and not re.search(r"\n", gap)
                and (not re.search(r"[.!?]\s", gap) or (prev.explicit_year and len(gap) < 300))
            )
            if not (after_month or range_end or after_day):
                continue
            y, mo = prev.d.start.year, prev.d.start.month
            r = _day(y, mo, c.day)
            if r is None:
                continue
            c.d, c.value, c.rel = r, r.value, None
            c.anchor = prev.anchor if prev.anchor != "absolute" else "context"
            moved.add(id(c))

    def _day_ranges(self, text: str, flat: list[_Cand]) -> None:
        """ "from the 14th to the 17th of October": a bare day takes its month and year from
        the day that closes the range or list (the month before when it is the larger day)."""
        for i in range(len(flat) - 2, -1, -1):
            c, nxt = flat[i], flat[i + 1]
            if c.rel != "dayonly" or c.day is None:
                continue
            if not self._DAY_RANGE_GAP.fullmatch(text[c.end:nxt.start]):
                continue
            if nxt.type != "DATE" or nxt.d is None or nxt.d.gran != "day":
                continue
            y, mo = nxt.d.start.year, nxt.d.start.month
            if c.day > nxt.d.start.day:
                y, mo = _add_months(y, mo, -1)
            r = _day(y, mo, c.day)
            if r is None:
                continue
            c.d, c.value, c.rel = r, r.value, None
            c.anchor = nxt.anchor if nxt.anchor != "absolute" else "context"

    _BARE_WD = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day")
    _TO_WD = re.compile(r"(?i)[^.;!?\d]{0,40}\b(?:until|till|through|thru|to)\s+$")
    # "On Monday Russia opens Kavkaz-2020, ... and ... it wraps up on Saturday"
    _END_WD = re.compile(
        r"(?i)[^.;!?]{0,160}\b(?:wraps?\s+up|winds?\s+up|ends?|closes?|concludes?|"
        r"finish(?:es)?|will\s+(?:end|close|conclude|finish|wrap\s+up))\s+on\s+$"
    )

    def _weekday_order(self, text: str, flat: list[_Cand], ctx: _Ctx) -> None:
        """ "will begin on Monday and run until Saturday": the end falls after the start,
        in the week that follows when the start is later in this one ("began on Friday and
        lasted until Tuesday", told on a Friday: the Friday before)."""
        weekdays = [
            c for c in flat
            if c.d is not None and c.d.gran == "day"
            and self._BARE_WD.fullmatch(text[c.start:c.end])
        ]
        for a, b in itertools.pairwise(weekdays):
            gap = text[a.end:b.start]
            # (the end verb's gap may hold the name's year: "opens Kavkaz-2020, ... it wraps
            # up on Saturday"; "until" must follow the first day closely)
            if not (
                (self._TO_WD.fullmatch(gap) and not any(a.end <= c.start < b.start for c in flat))
                or self._END_WD.fullmatch(gap)
            ) or b.d.start >= a.d.start:
                continue
            c = a if ctx.dct is not None and b.d.start <= ctx.dct else b
            if _PLANNED_END.search(gap):
                # "began Tuesday ... and had been scheduled to end on Saturday": the start
                # happened; the end was a plan, after it whatever the tense.
                c = b
            dd = _shift_day(c.d.start, -7 if c is a else 7)
            r = _day(dd.year, dd.month, dd.day) if dd else None
            if r is not None:
                c.d, c.value = r, r.value

    _OPENS_ON_WD = re.compile(r"(?:^|[.!?]\s+)(?:On\s+)?$")

    def _repeated_weekday(self, text: str, flat: list[_Cand]) -> None:
        """ "... the final live-fire stage ... is scheduled for Sunday. Sunday is also the
        last day of the exercise.": a sentence that opens on the weekday just named means
        that day again, whatever its own tense suggests."""
        for a, b in itertools.pairwise(flat):
            if (
                a.d is None
                or b.d is None
                or a.d.gran != "day"
                or b.d.gran != "day"
                or a.value == b.value
                or not self._BARE_WD.fullmatch(text[a.start:a.end])
                or text[a.start:a.end].lower() != text[b.start:b.end].lower()
                or b.start - a.end > 250
                or not re.search(r"[.!?]\s", text[a.end:b.start])
                or not self._OPENS_ON_WD.search(text, max(0, b.start - 6), b.start)
            ):
                continue
            b.d, b.value = a.d, a.value

    def _timeline_weekdays(self, text: str, flat: list[_Cand]) -> None:
        """A timeline's items run in order: "- Aug 22 onwards: at-sea phase", "- Friday:
        landing ...; exercise ends", "- Yesterday: flotilla departs" (told on a Sunday): the
        Friday between its neighbours, whatever the item's tense."""
        items = [
            c for c in flat
            if c.d is not None and c.d.gran == "day"
            and ITEM_START.search(text, max(0, c.start - 40), c.start)
        ]
        for p, c, n in zip(items, items[1:], items[2:], strict=False):
            if not self._BARE_WD.fullmatch(text[c.start:c.end]):
                continue
            lo, hi = p.d.start, n.d.end
            if lo > hi or lo <= c.d.start <= hi:
                continue
            fits = [
                dd for k in (-7, 7)
                if (dd := _shift_day(c.d.start, k)) is not None and lo <= dd <= hi
            ]
            if len(fits) == 1:
                r = _day(fits[0].year, fits[0].month, fits[0].day)
                if r is not None:
                    c.d, c.value = r, r.value

    @staticmethod
    def _month_of_possessive_year(text: str, flat: list[_Cand]) -> None:
        """ "Last year's first Joint Sea exercise was held in April": the month of the year
        the possessive names, not the report's."""
        for i, y in enumerate(flat):
            if (
                y.d is None
                or y.d.gran != "year"
                or not re.fullmatch(r"(?i)(?:last|this|next|previous|the previous)\s+year",
                                    text[y.start:y.end])
                or not re.match(r"['’]s\b", text[y.end:y.end + 3])
            ):
                continue
            shift = None
            for c in flat[i + 1:]:
                if re.search(r"[.;!?](?:\s+[A-Z\"“]|\s*$)", text[y.end:c.start]):
                    break
                if (
                    c.d is None
                    or re.search(r"\d{4}|'\d\d", text[c.start:c.end])
                    or c.d.gran not in ("day", "month")
                ):
                    if shift is not None and c.d is not None:
                        break  # ("in April 2012"): a year of its own ends the run
                    continue
                # ("from Aug. 1 to 5": the range's end took the first day's year)
                if shift is None:
                    shift = y.d.start.year - c.d.start.year
                    if shift == 0:
                        break
                r = (
                    _day(c.d.start.year + shift, c.d.start.month, c.d.start.day)
                    if c.d.gran == "day"
                    else _month(c.d.start.year + shift, c.d.start.month)
                )
                if r is not None:
                    c.d, c.value = r, r.value

    @staticmethod
    def _month_of_that_year(text: str, flat: list[_Cand]) -> None:
        """ "The 2010 iteration, in September of that year": the month of the year named
        before it, not of the report's year."""
        for i in range(1, len(flat)):
            c, mon = flat[i], flat[i - 1]
            if c.rel != "anaphor:year" or mon.d is None or mon.d.gran != "month":
                continue
            if text[mon.end:c.start].strip() or re.search(r"\d{4}", text[mon.start:mon.end]):
                continue
            if not re.match(r"of\s", text[c.start:c.end], re.I):
                continue
            before = [x for x in flat[: i - 1] if x.d is not None and x.type == "DATE"]
            if not before:
                continue
            r = _month(before[-1].d.start.year, mon.d.start.month)
            if r is not None:
                mon.d, mon.value, mon.anchor = r, r.value, "context"

    @staticmethod
    def _anaphora(text: str, flat: list[_Cand]) -> None:
        """ "that day", "later that year": the unit of the date mentioned last.

        A day that only labels a statement ("confirmed at its Wednesday presser",
        "Tuesday's briefing") does not move the story on: "happened the same morning" in
        the next paragraph still means the day of the events told before it."""
        prev: _D | None = None
        prev_q: _D | None = None  # "that quarter" skips the day that ended it ("ended Oct. 31")
        # "... from 21 December 2022 to 27 December 2022. ... during that period": a period
        # is the last span told, not the last day.
        prev_span: _D | None = None
        last: _Cand | None = None
        for c in flat:
            if c.rel and c.rel.startswith("wdanaphor") and prev is not None and \
                    prev.gran == "day" and c.d is not None:
                sign_s, wd_s = c.rel[len("wdanaphor"):].split(":", 1)
                ref, wd = prev.start, int(wd_s)
                step = (-((ref.isoweekday() - wd) % 7 or 7) if sign_s == "-1"
                        else (wd - ref.isoweekday()) % 7 if sign_s == "0"
                        else (wd - ref.isoweekday()) % 7 or 7)
                dd = _shift_day(ref, step)
                r0 = _day(dd.year, dd.month, dd.day) if dd else None
                if r0 is not None and sign_s == "0" and r0.start > c.d.start:
                    # ("== THE TUESDAY JOINT FLIGHT ==" under "week ending Friday 26 July":
                    # only a day before the one the report's own day gives is moved to)
                    r0 = None
                if r0 is not None:
                    suffix = c.value[10:] if c.value and len(c.value) > 10 else ""
                    c.d, c.value, c.anchor = r0, r0.value + suffix, "context"
            if c.rel and c.rel.startswith("anaphor"):
                shift_s, u = c.rel[len("anaphor"):].split(":", 1)
                shift = int(shift_s) if shift_s else 0
                r: _D | None = None
                if prev is not None:
                    p = prev
                    if shift:
                        if u == "year":
                            p = _year(p.start.year + shift) or p
                        elif u == "month":
                            y, mo = _add_months(p.start.year, p.start.month, shift)
                            p = _month(y, mo) or p
                        elif u == "week" or p.gran == "day":
                            # Counting days from a year or month would land on its first day.
                            dd = _shift_day(p.start, shift * (7 if u == "week" else 1))
                            if dd is not None:
                                p = (_week(dd) if u == "week" else
                                     _day(dd.year, dd.month, dd.day)) or p
                    if u in ("day", "morning", "evening", "night", "afternoon"):
                        r = p if p.gran == "day" else None
                    elif u == "year":
                        r = _year(p.start.year)
                    elif u == "month" and p.gran in ("day", "month"):
                        r = _month(p.start.year, p.start.month)
                    elif u == "week" and p.gran in ("day", "week"):
                        r = _week(p.start)
                    elif u == "quarter" and not shift and prev_q is not None:
                        r = prev_q
                    elif u == "quarter" and p.gran in ("day", "month", "quarter"):
                        r = _quarter(p.start.year, (p.start.month - 1) // 3 + 1)
                    elif u == "period" and prev_span is not None:
                        r = prev_span
                    elif u in ("time", "period", "decade"):
                        r = p
                if r is not None:
                    c.d = _apply_mod(r, c.mod)
                    c.value = r.value
                    if c.type == "TIME":
                        pod = {"morning": "MO", "evening": "EV", "night": "NI",
                               "afternoon": "AF"}[u]
                        c.value = f"{r.value}T{pod}"
                    c.anchor = "context"
                continue
            if (
                c.d is not None and c.type == "DATE" and c.d.gran == "day"
                and last is not None and last.d is not None and last.d.gran == "day"
                and last.d.start < c.d.start
                and re.fullmatch(r"\s*(?:to|until|till|through|-|–|—)\s*", text[last.end:c.start])
                and re.search(r"\b(?:from|between)\s+$", text[max(0, last.start - 12):last.start])
            ):
                prev_span = _D(f"{last.d.value}/{c.d.value}", last.d.start, c.d.end, "day")
            # "Wednesday of last week ... the next day": the week names the day's week, so
            # the day stays the one narrated.
            names_week = (
                c.d is not None and c.d.gran == "week" and last is not None
                and last.d is not None and last.d.gran == "day"
                and c.d.start <= last.d.start <= c.d.end
                and re.fullmatch(r"\s*,?\s*(?:of\s+)?", text[last.end:c.start]) is not None
            )
            if c.d is not None:
                last = c
            if c.d is not None and c.type in ("DATE", "TIME") and c.anchor != "name" and not (
                    prev is not None and _TALK_LABEL_RE.match(text, c.end)) and not names_week:
                prev = c.d
                if c.d.gran == "quarter" and "-Q" in c.d.value:
                    prev_q = c.d

    @staticmethod
    def _clock_days(flat: list[_Cand], ctx: _Ctx) -> None:
        """A bare clock time ("at 10:35 a.m.") falls on the day named in its sentence
        ("... Friday"), else on the day last mentioned before it (the reference time)."""
        # "(4 a.m. EDT Thursday)" names the day as well as a bare date does.
        days = [c for c in flat if c.d is not None and c.d.gran == "day" and c.type in (
                "DATE", "TIME") and c.anchor != "name" and not (c.rel or "").startswith(
                ("clock", "anaphor"))]
        if not days or ctx.dct is None:
            return
        for c in flat:
            if not (c.rel or "").startswith("clock") or c.d is None:
                continue
            sent = ctx.sentence_bounds(c.start)
            same = [x for x in days if sent[0] <= x.start < sent[1]]
            if same:
                ref = min(same, key=lambda x: abs(x.start - c.start))
            elif _CLOCK_USE_PREVIOUS:
                before = [x for x in days if x.end <= c.start]
                if not before:
                    continue
                ref = before[-1]
            else:
                continue
            assert ref.d is not None
            c.d = ref.d
            c.value = f"{ref.d.value}T{(c.rel or '').split(':', 1)[1]}"
            c.anchor = "context" if ref.anchor != "absolute" or not same else ref.anchor

    # Durations that name a multi-quarter reporting period ("the first nine months", "the six
    # months ended Aug. 12"): a "year earlier" after them compares years, not quarters.
    _YEAR_PERIODS = frozenset(("P9M", "P6M"))

    def _quarter_context(self, text: str, flat: list[_Cand], ctx: _Ctx) -> None:
        """Financial prose: "a year ago", "the quarter", "the 1988 period" refer to the
        reporting period under discussion.

        The first completed quarter a text mentions is its topic (earnings stories lead with
        it). A later completed quarter, or a nine-/six-month period, governs only its own and
        the next sentence: "After a flat second quarter, ..." three sentences before "the
        year-earlier period" does not displace the topic, while "For the nine months, net was
        ..., compared with ... a year earlier" compares years. A local quarter that an anaphor
        does pick up becomes the new topic (the story has moved on to another company's
        quarter). A quarter not yet over at the DCT counts only in a past-tense clause (a fiscal
        "fourth quarter ended Sept. 30" reported in November); "will result in a fourth-quarter
        charge" is a forecast, not the period reported on.
        """
        wanted = ("yearq", "yearago", "thequarter", "yearagoq")
        if ctx.dct is None or not any(c.rel in wanted for c in flat):
            return  # most texts: no need to split them into sentences
        topic: tuple[int, int] | None = None
        local: tuple[int, tuple[int, int] | None] | None = None  # (sentence, quarter or None)
        for c in flat:
            k = ctx.sentence_index(c.start)
            if c.d is not None and c.d.gran == "quarter" and "-Q" in c.d.value and c.rel is None:
                if c.d.end < ctx.dct or ctx.tense(c.start, c.end) == PAST:
                    qq = (c.d.start.year, (c.d.start.month - 1) // 3 + 1)
                    topic = topic or qq
                    local = (k, qq)
                continue
            if c.type == "DURATION" and c.value in self._YEAR_PERIODS:
                local = (k, None)
                continue
            if c.d is not None and c.d.gran == "quarter" and "-H" in c.d.value and c.rel is None:
                local = (k, None)
                continue
            if c.rel not in wanted:
                continue
            near = local is not None and k - local[0] <= 1
            year_period = near and local is not None and local[1] is None
            q = (local[1] if near and local is not None else None) or topic
            if near and local is not None and local[1] is not None:
                topic, local = local[1], (k, local[1])
            names_quarter = "quarter" in text[c.start:c.end].lower()
            r: _D | None = None
            if c.rel == "yearq":  # "the 1988 period"
                if c.d is None:
                    continue
                if year_period:
                    r = _year(c.d.start.year)
                elif q is not None:
                    r = _quarter(c.d.start.year, q[1])
            elif c.rel == "thequarter":
                r = _quarter(*(q or ctx.prev_quarter()))
            elif year_period and not names_quarter:
                r = _year(ctx.dct.year - 1)
            elif c.rel == "yearagoq" or q is not None:
                q = q or ctx.prev_quarter()
                r = _quarter(q[0] - 1, q[1])
            if r is not None:
                c.d = r
                c.value = r.value

    # -- dateparser fallback -------------------------------------------------------------------

    def _parser(self) -> DateDataParser:
        # Built on first use: most texts never need it, and it costs ~0.1 s to build.
        if self._ddp is None:
            from dateparser.date import DateDataParser

            self._ddp = DateDataParser(
                languages=["en"],
                settings={"REQUIRE_PARTS": ["day", "month", "year"],
                          "PREFER_DATES_FROM": "past", "STRICT_PARSING": True},
            )
        return self._ddp

    def _dateparser(self, s: str) -> date | None:
        """Absolute numeric formats our rules do not read ("2019.11.10"); cached."""
        if s in self._dp_cache:
            return self._dp_cache[s]
        got: date | None = None
        try:
            res = self._parser().get_date_data(s)
            if res and res.date_obj is not None:
                got = res.date_obj.date()
        except Exception:  # dateparser raises assorted errors on odd input
            got = None
        if len(self._dp_cache) < 10_000:
            self._dp_cache[s] = got
        return got

    def _r_dotted_range(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        d1, m1, d2, m2, y = (int(m[k]) for k in ("d1", "m1", "d2", "m2", "y"))
        last = _day(y, m2, d2)
        first = _day(y - 1 if m1 > m2 else y, m1, d1)
        if first is None or last is None or not 0 <= (last.start - first.start).days <= 120:
            return None
        return [
            _Cand(m.start(), m.end("m1"), "DATE", first.value, d=first, month=m1, day=d1,
                  anchor="context"),
            _Cand(m.start("d2"), m.end(), "DATE", last.value, d=last, month=m2, day=d2),
        ]

    def _r_dotted(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        dm = re.fullmatch(r"(\d{1,2})([.-])(\d{1,2})\2(\d{4})", m.group(0))
        if dm:
            # "09.08.2021" is the ninth of August wherever dots separate a date (Russian,
            # German, Chinese-English styles); only an impossible month reads it the US way.
            a, c, y = int(dm[1]), int(dm[3]), int(dm[4])
            day, mon = (a, c) if c <= 12 else (c, a)
            r = _day(y, mon, day)
            if r is None:
                return None
            return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, month=mon, day=day)]
        d = self._dateparser(m.group(0))
        if d is None:
            return None
        r = _day(d.year, d.month, d.day)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, month=d.month, day=d.day)]

    # -- rule handlers (each returns candidates or None to reject the match) -------------------

    def _mon_num(self, s: str) -> int | None:
        return self.months.get(s.lower().rstrip(".").strip())

    def _month_ok(self, m: re.Match[str], grp: str = "mon", strict: bool = True) -> bool:
        """Reject month words used as verbs/modals/names ("it may", "troops march")."""
        s = m.group(grp)
        w = s.rstrip(".")
        if not w[0].isupper():
            return False
        if (
            w.isupper()
            and len(w) > 3
            and not m.string.isupper()
            # ("FRIDAY 5 JULY - SUNDAY 7 JULY - opening of the exercise": an itinerary's
            # heading in capitals, its day's number beside the month)
            and not re.search(r"\b\d{1,2}\s+$", m.string[max(m.start(grp) - 4, 0) : m.start(grp)])
            and not re.match(r"\s+\d{1,2}\b", m.string[m.end(grp) : m.end(grp) + 4])
        ):
            return False
        low = w.lower()
        if len(low) <= 4 and low not in ("may", "june", "july") and not s.endswith(".") and (
            low in ("mar", "jan", "dec", "jun", "jul", "apr", "aug", "nov", "oct", "sep", "sept",
                    "feb") and strict
        ):
            return False
        if low in ("may", "march") and strict:
            text = m.string
            before = text[max(0, m.start(grp) - 25):m.start(grp)]
            after = text[m.end(grp):m.end(grp) + 20]
            # "the March accession", "a May agreement": a capitalized month after a determiner
            # modifies a noun; "the March for Life" / "the March on Washington" are marches.
            det = re.search(r"\b(?:the|a|an)\s+$", before, re.I) is not None and re.match(
                r"\s+[a-z]", after) is not None and not re.match(
                r"\s+(?:for|on|to|of|from|through|into|toward|towards|against|in|by|with|and|"
                r"or|was|is|were|are|will|would|has|had|have|be)\b", after, re.I)
            if low == "may":
                if det:
                    return True
                if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", before):
                    return True  # "until 28 May": a day number before it
                if re.search(r"\b(?:in|of|since|until|by|from|early|late|mid|last|next|this|"
                             r"through|during|before|after|between|and|to|or)[\s-]*$", before,
                             re.I) is None:
                    return False
                if re.match(r"\s+(?:be|have|not|also|well|still|need|want|never|take|make|"
                            r"become|seek|help|do|get|come|go|use|include|hold|lead)\b", after):
                    return False
            else:
                if det:
                    return True
                if m.re.groupindex.get("d") and m["d"] and re.search(
                        r"\b\d{1,2}(?:st|nd|rd|th)?\s+$", before):
                    return True  # "from Monday 11 March": its day number before it
                if re.search(r"\b(?:in|of|since|until|by|from|early|late|mid|last|next|this|"
                             r"through|during|before|after|between|and|to|or)[\s-]*$", before,
                             re.I) is None:
                    return False
                if re.match(r"\s+(?:on|to|through|into|toward|towards|against|in)\b", after) \
                        and not re.search(r"\b(?:in|since|until|early|late|mid|last|next|"
                                          r"this)[\s-]*$", before, re.I):
                    return False
        return True

    # A weekday after these looks ahead whatever the reporting verb's tense: "postponed until
    # Tuesday", "could leave as soon as Tuesday". Case-sensitive on purpose: a sentence-initial
    # "Until Thursday, they had not ..." and "up until" look back.
    _FORWARD_WD = re.compile(r"(?<!\bup )(?<!\bUp )\b(?:until|till|as\s+soon\s+as|as\s+early\s+as|"
                             r"no\s+later\s+than)\s+$")

    # "The exercise ran until Wednesday": a past that lasted up to the day, not a deadline.
    _LASTED_UNTIL = re.compile(r"\b(?:ran|lasted|continued|went\s+on|stayed|remained|carried\s+on"
                               r"|was\s+held|were\s+held"
                               # "the joint manoeuvres did not begin until Monday"
                               r"|(?:did\s+not|didn[’']t|had\s+not|hadn[’']t)\s+(?:begin|start|open"
                               r"|get\s+under\s+way|commence|end|finish|conclude|close))"
                               r"\s+(?:\w+\s+){0,3}(?:until|till)\s+$",
                               re.I)
    _THROUGH_WD = re.compile(r"\b(?:through|thru)\s+$", re.I)
    _PLANNED_FOR = re.compile(
        r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bhad )"
        r"\b(?:(?:planned|scheduled|slated|pencilled\s+in|penciled\s+in)\s+for\s+"
        # "following ... the exercise through to its scheduled end on Thursday"
        r"|(?:its|their|the)\s+(?:planned|scheduled)\s+(?:end|start|close|finish|opening)\s+on\s+)"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:,|and|or|to|-|–)\s*)*$",
        re.I,
    )

    def _weekday_ok(self, m: re.Match[str]) -> bool:
        return m.group("wd")[0].isupper()

    def _r_iso(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        r = _day(int(m["y"]), int(m["m"]), int(m["d"]))
        if r is None:
            return None
        if m["H"]:
            v = f"{r.value}T{m['H']}:{m['M']}"
            return [_Cand(m.start(), m.end(), "TIME", v, d=r)]
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, month=r.start.month,
                      day=r.start.day)]

    def _r_slash(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        a, c, ys = int(m["a"]), int(m["c"]), m["y"]
        y = int(ys) if len(ys) == 4 else (1900 + int(ys) if int(ys) > 30 else 2000 + int(ys))
        mo, d = (a, c) if a <= 12 else (c, a)
        wd = re.search(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$",
                       m.string[max(m.start() - 12, 0) : m.start()], re.I)
        if a <= 12 and c <= 12 and a != c and wd is not None:
            # "Monday 09/08/2021": the reading whose weekday is the one written.
            want = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(wd.group(1).lower())
            fits = [
                (x, z) for x, z in ((a, c), (c, a))
                if (r0 := _day(y, x, z)) is not None and r0.start.weekday() == want
            ]
            if len(fits) == 1:
                mo, d = fits[0]
                r = _day(y, mo, d)
                assert r is not None
                return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, month=mo, day=d)]
        if a <= 12 and c <= 12 and ctx.slash_order == "dm":
            mo, d = c, a
        elif a <= 12 and c <= 12 and a != c and ctx.slash_order is None and ctx.dct is not None:
            # "3/11/2018" under a report of 18 November 2018 is 3 November, the way most of
            # the world writes it; month first stays the reading unless it is the far one.
            try:
                md, dm = date(y, a, c), date(y, c, a)
            except ValueError:
                md = dm = None
            if md and dm:
                far_md, far_dm = abs((md - ctx.dct).days), abs((dm - ctx.dct).days)
                if far_md > 31 and far_dm < far_md:
                    mo, d = c, a
        r = _day(y, mo, d)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, month=mo, day=d)]

    def _r_dmy_mil(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        mo = self._mon_num(m["mon"])
        yy = int(m["y"])
        r = _day(2000 + yy if yy < 70 else 1900 + yy, mo, int(m["d"])) if mo else None
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, month=mo, day=int(m["d"]))]

    def _r_dotted_pair(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        # Dots put the day first ("22.08" is the 22nd of August); both ends need a real
        # month and a two-digit month ("22.8" could be a measure).
        if len(m["c"]) != 2 or len(m["c2"]) != 2:
            return None
        d1, mo1, d2, mo2 = (int(m[k]) for k in ("a", "c", "a2", "c2"))
        if not (1 <= mo1 <= 12 and 1 <= mo2 <= 12) or (mo2 == mo1 and d2 <= d1):
            return None
        first = ctx.month_day(m.start(), m.end("c"), mo1, d1, None)
        if not first or first[0].d is None:
            return first
        y1 = first[0].d.start.year
        end_r = _day(y1 + (1 if mo2 < mo1 else 0), mo2, d2)
        if end_r is None or (end_r.start - first[0].d.start).days > 120:
            return None
        second = _Cand(m.start("a2"), m.end(), "DATE", end_r.value, d=end_r,
                       anchor=first[0].anchor, month=mo2, day=d2, explicit_year=False)
        return [*first, second]

    def _r_slash_range(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        a, c, a2, c2 = (int(m[k]) for k in ("a", "c", "a2", "c2"))
        # The two ends are written the same way: day first unless a day would be over 12
        # in the month's place ("11/25 to 11/27" is month first).
        if a > 12 or a2 > 12:
            order = "dm"
        elif c > 12 or c2 > 12:
            order = "md"
        else:
            order = ctx.slash_order or "dm"
        (d1, mo1), (d2, mo2) = ((a, c), (a2, c2)) if order == "dm" else ((c, a), (c2, a2))
        if not (1 <= mo1 <= 12 and 1 <= mo2 <= 12) or (mo2 == mo1 and d2 <= d1):
            return None
        if m["y2"]:
            # "from 11/09 to 17/09/2018": the year written once, at the end.
            y2 = int(m["y2"])
            start_r = _day(y2 - (1 if mo2 < mo1 else 0), mo1, d1)
            end_r = _day(y2, mo2, d2)
            if start_r is None or end_r is None or (end_r.start - start_r.start).days > 120:
                return None
            return [
                _Cand(m.start(), m.end("c"), "DATE", start_r.value, d=start_r,
                      anchor="absolute", month=mo1, day=d1),
                _Cand(m.start("a2"), m.end(), "DATE", end_r.value, d=end_r,
                      anchor="absolute", month=mo2, day=d2),
            ]
        first = ctx.month_day(m.start(), m.end("c"), mo1, d1, None)
        if not first or first[0].d is None:
            return first
        y1 = first[0].d.start.year
        end_r = _day(y1 + (1 if mo2 < mo1 else 0), mo2, d2)
        if end_r is None or (end_r.start - first[0].d.start).days > 120:
            return None
        second = _Cand(m.start("a2"), m.end(), "DATE", end_r.value, d=end_r,
                       anchor=first[0].anchor, month=mo2, day=d2, explicit_year=False)
        return [*first, second]

    def _r_mdy(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not self._month_ok(m, strict=False):
            return None
        if m["wd"] and not m["wd"][0].isupper():
            return None
        mo = self._mon_num(m["mon"])
        d = int(re.sub(r"\D", "", m["d"]))
        if mo is None:
            return None
        rel = (m["rel"] or "").lower()
        if rel and not m["y"] and ctx.dct is not None:
            # "shot to death last Oct. 23": the most recent Oct. 23 before the DCT, not a month.
            key, now = (mo, d), (ctx.dct.month, ctx.dct.day)
            y = ctx.dct.year
            if rel == "last" and key >= now:
                y -= 1
            elif rel == "next" and key <= now:
                y += 1
            r = _day(y, mo, d)
            if r is None:
                return None
            return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor,
                          month=mo, day=d)]
        return ctx.month_day(m.start(), m.end(), mo, d, self._rel_year(m, ctx))

    @staticmethod
    def _rel_year(m: re.Match[str], ctx: _Ctx) -> str | None:
        """The year written, or the one "last year" / "next year" names from the DCT."""
        if m["y"] or not m["ry"] or ctx.dct is None:
            return m["y"]
        return str(ctx.dct.year + {"last": -1, "next": 1}.get(m["ry"].lower(), 0))

    def _r_dmy(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        # "Joint bomber patrol 30 Nov": a day's number before a short month is a date.
        short = len(m["mon"].rstrip(".")) <= 4 and m["mon"].lower() not in ("may", "june", "july")
        if not self._month_ok(m, strict=not m["y"] and not short):
            return None
        mo = self._mon_num(m["mon"])
        d = int(re.sub(r"\D", "", m["d"]))
        if mo is None:
            return None
        if not m["y"] and not re.search(r"(?:st|nd|rd|th)$|of$", m.group(0)[:len(m.group(0))
                                        - len(m["mon"])].strip()) and not m["mon"][0].isupper():
            return None
        return ctx.month_day(m.start(), m.end(), mo, d, self._rel_year(m, ctx))

    def _r_mdd(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not self._month_ok(m, strict=False):
            return None
        mo = self._mon_num(m["mon"])
        d1 = int(re.sub(r"\D", "", m["d1"]))
        d2 = int(re.sub(r"\D", "", m["d2"]))
        if mo is None or d2 <= d1:
            return None
        first = ctx.month_day(m.start(), m.end("d1"), mo, d1, m["y"], context_year=True)
        second = ctx.month_day(m.start("d2"), m.end(), mo, d2, m["y"])
        if not first or not second:
            return None
        if not m["y"]:
            # Both ends share one resolution: keep the second in the first's year.
            f = first[0]
            if f.d is not None:
                r = _day(f.d.start.year, mo, d2)
                if r is None:
                    return None
                second[0].d, second[0].value = r, r.value
        return first + second

    def _r_ddm(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not self._month_ok(m, strict=False):
            return None
        mo = self._mon_num(m["mon"])
        d1 = int(re.sub(r"\D", "", m["d1"]))
        d2 = int(re.sub(r"\D", "", m["d2"]))
        if mo is None or d2 <= d1:
            return None
        second = ctx.month_day(m.start("d2"), m.end(), mo, d2, self._rel_year(m, ctx))
        if not second:
            return None
        s = second[0]
        first_c = _Cand(m.start(), m.end("d1"), "DATE", None, month=mo, day=d1,
                        explicit_year=False, anchor="context" if s.d else s.anchor)
        if s.d is not None:
            r = _day(s.d.start.year, mo, d1)
            if r is None:
                return None
            first_c.d, first_c.value = r, r.value
        return [first_c, s]

    def _r_my(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not self._month_ok(m, strict=False):
            return None
        mo = self._mon_num(m["mon"])
        r = _month(int(m["y"]), mo) if mo else None
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, month=mo)]

    def _r_mon_rel_year(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not self._month_ok(m, strict=False):
            return None
        mo = self._mon_num(m["mon"])
        if mo is None:
            return None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        rel = m["rel"].lower()
        k = -1 if rel in ("last", "the previous") else 1 if rel in ("next", "the following") \
            else 0
        r = _month(ctx.dct.year + k, mo)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_mon(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not self._month_ok(m, strict=not m["rel"]):
            return None
        mo = self._mon_num(m["mon"])
        if mo is None:
            return None
        low = m["mon"].rstrip(".").lower()
        if len(low) <= 4 and low not in ("may", "june", "july") and not m["mon"].endswith("."):
            return None
        if ctx.dct is None:
            c = ctx.unresolved(m.start(), m.end(), "DATE")
            c.month, c.explicit_year = mo, False
            return [c]
        rel = (m["rel"] or "").lower()
        dct = ctx.dct
        if rel in ("last", "past"):
            y = dct.year if mo < dct.month else dct.year - 1
        elif rel in ("next", "coming"):
            y = dct.year if mo > dct.month else dct.year + 1
        elif rel == "this":
            y = dct.year
        else:
            y = ctx.resolve_year_for(mo, None, ctx.date_tense(m.start(), m.end()))
        r = _month(y, mo)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor, month=mo,
                      explicit_year=bool(rel))]

    def _r_weekday(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not self._weekday_ok(m):
            return None
        wd = self.weekdays[m["wd"].lower()]
        end = m.end()
        if m.group(0).endswith("'s") and not m["pod"]:
            end -= 2
        if m["pl"] or m["pl2"]:  # "on Tuesdays", "on Tuesday nights"
            if m["rel"]:
                return None
            v = f"XXXX-WXX-{wd}"
            if m["pod"]:
                v += "T" + self.pod[m["pod"].lower()]
            return [_Cand(m.start(), end, "SET", v)]
        # TimeBank/AQUAINT annotators value "Friday morning" / "Friday night" as the plain day
        # (DATE) far more often than with a TMO/TNI suffix; evening and afternoon keep theirs.
        if (
            not m["rel"]
            and _INDEFINITE_WD.search(ctx.text, max(0, m.start() - 8), m.start())
            and _NOT_ATTRIBUTIVE.match(ctx.text, end)
        ):
            # "ran from a Sunday to a Wednesday": no particular week's days ("a Sunday night
            # memorial service" is that Sunday's service).
            return None
        pod_code = self.pod[m["pod"].lower()] if m["pod"] else None
        if pod_code in ("MO", "NI"):
            pod_code = None
        typ = "TIME" if pod_code else "DATE"
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), end, typ)]
        dct = ctx.dct
        rel = (m["rel"] or "").lower()
        back = (dct.isoweekday() - wd) % 7
        fwd = (wd - dct.isoweekday()) % 7
        week = self._named_week(m)
        if not rel and week is not None:
            # "on Tuesday last week", "from Monday to Friday last week": that week's day.
            monday = dct.toordinal() - dct.isoweekday() + 1 + 7 * week
            delta = monday + wd - 1 - dct.toordinal()
        elif rel in ("last", "past", "previous"):
            # "began last Thursday", written on a Friday: yesterday would be "yesterday" or
            # "on Thursday"; "last" reaches into the week before.
            delta = -(back or 7) if back != 1 else -8
        elif rel in ("next", "coming", "following"):
            delta = fwd or 7
        else:
            t = ctx.tense(m.start(), end)
            # "runs until Wednesday" looks ahead, and so does "postponed until Tuesday";
            # "ran until Wednesday" looks back.
            if self._FORWARD_WD.search(m.string[max(0, m.start() - 20):m.start()]) and not (
                    t == PAST and self._LASTED_UNTIL.search(m.string[max(0, m.start() - 40):
                                                                     m.start()])):
                t = FUTURE
            elif t != PAST and self._THROUGH_WD.search(m.string[max(0, m.start() - 12):m.start()]):
                t = FUTURE  # "it runs through Wednesday" ("ran through Wednesday" looks back)
            elif self._PLANNED_FOR.search(m.string[max(0, m.start() - 60):m.start()]):
                # "with the main firing episodes planned for Friday and Saturday": a plan
                # looks ahead ("was planned for Friday" may not, and is left to the tense).
                t = FUTURE
            if t == PAST:
                delta = -back
            elif t == FUTURE:
                delta = fwd
            else:
                delta = -back if back <= fwd else fwd
        dd = _shift_day(dct, delta)
        if dd is None:
            return None
        r = _day(dd.year, dd.month, dd.day)
        if r is None:
            return None
        v = r.value + ("T" + pod_code if pod_code else "")
        mark = None
        start = m.start()
        the = re.search(r"\bthe\s+$", m.string[max(0, m.start() - 5):m.start()], re.I)
        that = (
            re.match(r"\s+(before|after)\s+(?:that|it|then)\b", m.string[end:end + 20], re.I)
            if not rel and week is None and the
            else None
        )
        if rel in ("previous", "following") and the:
            # "down 4.5% from the previous Friday": the Friday before the day just discussed.
            mark = f"wdanaphor{-1 if rel == 'previous' else 1:+d}:{wd}"
            start -= len(the.group(0))
        elif that is not None:
            # "ended last Thursday ... It started the Friday before that, the 16th": the
            # Friday before the day just told.
            mark = f"wdanaphor{-1 if that.group(1).lower() == 'before' else 1:+d}:{wd}"
            start -= len(the.group(0))
            end += that.end()
        elif not rel and week is None and the and not re.match(
            r"\s+(?:before|after|prior|of|in|following|preceding)\b", m.string[end:end + 12], re.I
        ):
            # "the bombers flew again the next day, and Beijing declared the patrol concluded
            # only on the Thursday evening": the Thursday of the days just narrated.
            mark = f"wdanaphor0:{wd}"
        return [_Cand(start, end, typ, v, d=r, anchor=ctx.dct_anchor, rel=mark)]

    _WD_CHAIN = (
        r"(?:\s*(?:,|and|or|to|through|thru|till|until|-|–|—)\s*"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)*"
    )
    _WEEK_AFTER = re.compile(
        _WD_CHAIN + r"\s*,?\s+(?:of\s+)?"
        r"(?P<rel>last|next|this|the\s+previous|the\s+following|the\s+coming)\s+week\b",
        re.I,
    )
    _WEEK_BEFORE = re.compile(
        r"\b(?P<rel>last|next|this|the\s+previous|the\s+following|the\s+coming)\s+week\s*,?\s*"
        r"(?:from|on|between)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*"
        r"(?:,|and|or|to|through|thru|till|until|-|–|—)\s*)*$",
        re.I,
    )

    def _named_week(self, m: re.Match[str]) -> int | None:
        """Weeks from the DCT's week when the weekday names its week: "Tuesday last week"
        (-1), "from Monday to Friday next week" (+1), "Last week, on Monday" (-1)."""
        text = m.string
        found = self._WEEK_AFTER.match(text, m.end()) or self._WEEK_BEFORE.search(
            text[max(0, m.start() - 60) : m.start()]
        )
        if found is None:
            return None
        rel = found["rel"].lower().split()[-1]
        return {"last": -1, "previous": -1, "this": 0}.get(rel, 1)

    _YEAR_BEFORE_BAD = re.compile(
        r"(?:\b(?:no|number|type|project|model|flight|route|highway|article|resolution|"
        r"paragraph|page|pages|chapter|section|rule|unit|division|brigade|regiment|squadron|"
        r"battalion|hull|pennant|tail|code|version|room|suite|box|po|rs|ps|dow|nasdaq|s&p|"
        r"index|at|of\s+about|of\s+some|about|nearly|almost|over|some|than|and\s+a\s+half)"
        r"\.?\s*$)|(?:[#№]\s*$)|(?:[\d]\s*$)",
        re.I,
    )

    def _r_year(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        y = int(m["y"])
        text = m.string
        s = m.start("y")
        after = text[m.end():m.end() + 24]
        nxt = re.match(r"\s*(?:-|\s)\s*([A-Za-z]+)", after)
        if nxt and nxt.group(1).lower() in self.count_nouns:
            return None
        if re.match(r"\s*(?:-|‐)?\s*(?:ton|tonne|km|mm|hp|kg|m\b|meter|metre|strong|class|"
                    r"member|man|seat|mile|foot|feet)", after, re.I):
            return None
        if re.match(r"\s*[-‐]\s*\d(?!\d)", after):
            return None  # "2020-5" is an identifier; "2020-21" (a span of years) is kept
        before = text[max(0, s - 24):s]
        if not m["fy"]:
            if re.search(r"[A-Za-z]\s*[-‐–]\s*$", before) or re.search(r"[A-Za-z]/?$", before):
                # Year inside a name: "Vostok-2018", "ZAPAD/INTERACTION-2021".
                if re.search(r"\b(?:mid|pre|post|early|late|end|fiscal|fy|year|circa)[-‐–]$",
                             before, re.I):
                    pass
                elif re.search(r"[A-Za-z][-‐–]$", before) and y >= 1900:
                    r = _year(y)
                    if r is None:
                        return None
                    return [_Cand(s, m.end(), "DATE", r.value, d=r, anchor="name")]
                else:
                    return None
            if self._YEAR_BEFORE_BAD.search(before):
                return None
            if re.search(r"\$\s*$|[£€]\s*$", before):
                return None
            if y < 1800 and not re.search(r"\b(?:in|since|of|by|until|year|from|and|to)\s+$",
                                          before, re.I):
                return None
            if y > 2060 and not re.search(r"\b(?:in|by|until|year|to)\s+$", before, re.I):
                return None
        r = _year(y)
        if r is None:
            return None
        start = m.start()
        fy = (m["fy"] or "").lower()
        if fy.startswith("the year"):
            start = m.start()
        return [_Cand(start, m.end(), "DATE", r.value, d=r)]

    def _r_short_year(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        yy = int(m["yy"])
        base = ctx.dct.year if ctx.dct else None
        if base is None:
            y = 1900 + yy if yy > 30 else 2000 + yy
        else:
            c = base // 100 * 100
            y = c + yy if c + yy <= base + 10 else c - 100 + yy
        before = m.string[max(0, m.start() - 12):m.start()]
        if not re.search(r"\b(?:in|since|of|by|until|from|and|to|class|summer|spring|fall|"
                         r"winter)\s+$", before, re.I):
            return None
        r = _year(y)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r)]

    def _r_decade(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if m["y3"]:
            d3 = int(m["y3"])
        else:
            yy = int(m["y2"])
            cent = (ctx.dct.year // 100) if ctx.dct else (19 if yy >= 3 else 20)
            d3 = cent * 10 + yy
            if ctx.dct and d3 * 10 > ctx.dct.year:
                d3 -= 100 // 10 * 10
        r = _decade(d3)
        if r is None:
            return None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["md"] or "").lower())
        start = m.start() if (m["the"] and m["md"]) else m.start("md") if m["md"] else (
            m.end("the") + 1 if m["the"] else m.start())
        if m["the"] and not m["md"]:
            start = m.start("y3") if m["y3"] else m.start() + 4
            start = m.group(0).lower().find("the") + m.start() + 4
        return [_Cand(start, m.end(), "DATE", r.value, mod=mod, d=_apply_mod(r, mod))]

    def _r_century(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        n = self.ordinals.get(m["ord"].lower())
        if n is None:
            return None
        r = _century(n - 1)
        if r is None:
            return None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["md"] or "").lower())
        return [_Cand(m.start(), m.end(), "DATE", r.value, mod=mod, d=_apply_mod(r, mod))]

    def _r_quarter(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        o = m["ord"].lower()
        is_half = m["q"].lower() == "half"
        n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4 if not is_half else 2, "last": 4 if not is_half else 2}[o]
        if is_half and n > 2:
            return None
        if is_half and not (m["the"] or m["y"] or m["rel"] or m["pre"] or m["y2"]):
            return None
        if m["pl"]:
            v = f"XXXX-Q{n}" if not is_half else f"XXXX-H{n}"
            return [_Cand(m.start(), m.end(), "SET", v)]
        pre = (m["pre"] or "").lower()
        yexp = m["y"] or m["y2"] or m["y0"]
        if o == "last" and not yexp and not m["rel"]:
            return None
        if yexp:
            y = int(yexp)
            anchor = "absolute"
        else:
            if ctx.dct is None:
                return [ctx.unresolved(m.start(), m.end(), "DATE")]
            anchor = ctx.dct_anchor
            rel = (m["rel"] or m["rel2"] or "").lower()
            if "year-" in pre or pre.startswith("last year") or rel in ("last", "previous"):
                y = ctx.dct.year - 1
            elif pre.startswith("next year") or rel in ("next", "following"):
                y = ctx.dct.year + 1
            elif pre.startswith("this year") or rel in ("this", "same"):
                y = ctx.dct.year
            else:
                cur = (ctx.dct.month - 1) // (3 if not is_half else 6) + 1
                t = ctx.tense(m.start(), m.end())
                y = ctx.dct.year if n <= cur or t == FUTURE else ctx.dct.year - 1
                if n > cur and t == NONE:
                    y = ctx.dct.year - 1 if n - cur >= 2 and not is_half else ctx.dct.year
        r = _half(y, n) if is_half else _quarter(y, n)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=anchor)]

    def _r_q_abbrev(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        n = int(m["q"])
        if m["y"]:
            y = int(m["y"])
            if y < 100:
                base = ctx.dct.year // 100 * 100 if ctx.dct else 2000
                y += base
            r = _quarter(y, n)
            return [_Cand(m.start(), m.end(), "DATE", r.value, d=r)] if r else None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        # As for "the third quarter": a quarter not yet reached is last year's in past-tense
        # reporting, this year's otherwise.
        cur = (ctx.dct.month - 1) // 3 + 1
        t = ctx.tense(m.start(), m.end())
        y = ctx.dct.year if n <= cur or t != PAST else ctx.dct.year - 1
        r = _quarter(y, n)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_the_quarter(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        pre = (m["pre"] or "").lower()
        if not m["the"] and not pre:
            return None
        if (m["the"] or "").lower() == "this" and not pre:
            pre = "current"
        if not pre and re.match(r"\s+a\s+year\s+(?:ago|earlier)", m.string[m.end():]):
            pre = "year-ago"  # "the quarter a year ago"
        if pre in ("past", "last", "next", "coming") and m["the"]:
            return [_Cand(m.start(), m.end(), "DURATION", "P3M")]
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        c = _Cand(m.start(), m.end(), "DATE", None, anchor=ctx.dct_anchor)
        q = ctx.prev_quarter()
        if pre in ("year-ago", "year-earlier", "comparable"):
            c.rel = "yearagoq"
            r = _quarter(q[0] - 1, q[1])
        elif pre in ("current",):
            r = _quarter(ctx.dct.year, (ctx.dct.month - 1) // 3 + 1)
        elif pre in ("next", "coming"):
            cur = (ctx.dct.year, (ctx.dct.month - 1) // 3 + 1)
            y, mo = _add_months(cur[0], cur[1] * 3 - 2, 3)
            r = _quarter(y, (mo - 1) // 3 + 1)
        elif pre in ("previous", "prior", "past", "last"):
            y, mo = _add_months(q[0], q[1] * 3 - 2, -3)
            r = _quarter(y, (mo - 1) // 3 + 1)
        else:
            c.rel = "thequarter"
            r = _quarter(*q)
        if r is None:
            return None
        c.d, c.value = r, r.value
        return [c]

    def _r_fin_period(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """Earnings-report periods: "the 1988 quarter", "the same period last year"."""
        ly = (m["ly"] or "").lower()
        if ly in ("corresponding", "comparable", "same") and not m["ly2"]:
            return None
        if ly == "latest":
            if m["ly2"] or not m.group(0).lower().endswith("period"):
                return None  # "the latest quarter" is the quarter rule's
            if ctx.dct is None:
                return [ctx.unresolved(m.start(), m.end(), "DATE")]
            r = _quarter(*ctx.prev_quarter())
            if r is None:
                return None
            return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor,
                          rel="thequarter")]
        if ctx.dct is None and not m["y"]:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        if m["y"]:
            y = int(m["y"])
            q = ctx.prev_quarter() if ctx.dct else None
            if q is None:
                r = _year(y)
                return [_Cand(m.start(), m.end(), "DATE", r.value if r else None, d=r)]
            r = _quarter(y, q[1])
            if r is None:
                return None
            return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor="context",
                          rel="yearq")]
        q = ctx.prev_quarter()
        r = _quarter(q[0] - 1, q[1])
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor,
                      rel="yearagoq")]

    def _r_year_ago_adj(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        q = ctx.prev_quarter()
        r = _quarter(q[0] - 1, q[1])
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor,
                      rel="yearagoq")]

    def _r_season(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        s_word = m["s"].lower()
        s = self.seasons[s_word]
        rel = (m["rel"] or "").lower()
        rel2 = (m["rel2"] or "").lower()
        if s_word in ("fall", "spring") and not (m["the"] or rel or m["y"] or rel2 or m["md"]):
            return None
        if s_word == "spring" and m["the"] and not (rel or m["y"] or rel2 or m["md"]):
            before = m.string[max(0, m.start() - 12):m.start()].lower()
            if not re.search(r"\b(?:in|during|this|by|until|since|over|through)\s+$", before):
                return None
        if m.group(0).strip().lower() in ("the fall",):
            before = m.string[max(0, m.start() - 12):m.start()].lower()
            if not re.search(r"\b(?:in|during|by|until|since|over|through)\s+$", before):
                return None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["md"] or "").lower())
        if m["y"]:
            r = _season(int(m["y"]), s)
            anchor = "absolute"
        else:
            if ctx.dct is None:
                return [ctx.unresolved(m.start(), m.end(), "DATE")]
            anchor = ctx.dct_anchor
            cy, cs = _season_of(ctx.dct)
            order = ["SP", "SU", "FA", "WI"]
            idx_now = order.index(cs)
            idx = order.index(s)
            if rel2:
                y = ctx.dct.year + {"last": -1, "next": 1, "this": 0}[rel2]
            elif rel in ("last", "past", "previous"):
                y = cy if idx < idx_now else cy - 1
            elif rel in ("next", "coming", "following"):
                y = cy if idx > idx_now else cy + 1
            elif rel in ("this", "current"):
                y = cy if s != "WI" or ctx.dct.month == 12 or cs == "WI" else ctx.dct.year
            else:
                t = ctx.tense(m.start(), m.end())
                if t == PAST:
                    y = cy if idx <= idx_now else cy - 1
                elif t == FUTURE:
                    y = cy if idx >= idx_now else cy + 1
                else:
                    y = cy
            r = _season(y, s)
        if r is None:
            return None
        start = m.start()
        if m["the"] and not rel:
            start = m.start()
        return [_Cand(start, m.end(), "DATE", r.value, mod=mod, d=_apply_mod(r, mod),
                      anchor=anchor)]

    def _r_rel_unit(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        rel = m["rel"].lower()
        u = m["u"].lower()
        if m["u"][0].isupper() and not m.string.isupper():
            return None  # a title: ABC's "This Week", "Next Year in Jerusalem"
        if m["the"] and rel == "next" and u == "day":
            # "the next day" counts from the day just narrated, like "the following day".
            return [_Cand(m.start(), m.end(), "DATE", None, anchor="unresolved",
                          rel="anaphor+1:day")]
        if m["the"] and rel in ("past", "last", "next", "coming") and u not in ("weekend",):
            code = self.units.get(u, "Y")
            return [_Cand(m.start(), m.end(), "DURATION", _duration_value(1, code))]
        if rel == "same" or (rel == "latest" and u != "year"):
            return None
        if m["the"] and rel in ("following", "previous") and u in ("year", "month", "week",
                                                                     "day"):
            k0 = 1 if rel == "following" else -1
            return [_Cand(m.start(), m.end(), "DATE", None, anchor="unresolved",
                          rel=f"anaphor{k0:+d}:{u}")]
        if u == "day" and rel not in ("next", "previous", "following"):
            return None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        k = {"last": -1, "past": -1, "previous": -1, "latest": -1, "next": 1, "coming": 1,
             "following": 1, "this": 0, "current": 0}[rel]
        dct = ctx.dct
        r: _D | None
        if u == "year":
            r = _year(dct.year + k)
        elif u == "month":
            y, mo = _add_months(dct.year, dct.month, k)
            r = _month(y, mo)
        elif u in ("week", "fortnight"):
            dd = _shift_day(dct, 7 * k)
            r = _week(dd) if dd else None
        elif u == "weekend":
            dd = _shift_day(dct, 7 * k if rel != "this" else 0)
            r = _weekend(dd) if dd else None
        elif u == "day":
            dd = _shift_day(dct, k)
            r = _day(dd.year, dd.month, dd.day) if dd else None
        elif u == "decade":
            r = _decade(dct.year // 10 + k)
        else:
            r = _century(dct.year // 100 + k)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_earlier_this(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        u = m["u"].lower()
        dct = ctx.dct
        r: _D | None
        if u == "year":
            r = _year(dct.year)
        elif u == "month":
            r = _month(dct.year, dct.month)
        elif u == "week":
            r = _week(dct)
        else:
            r = _day(dct.year, dct.month, dct.day)
        if r is None:
            return None
        mod = "START" if m["rel"].lower() == "earlier" else "END"
        if u == "year":
            # Earlier this year: between Jan 1 and the DCT, not a fixed third of the year.
            r2 = replace(r, end=dct) if mod == "START" else replace(r, start=dct)
        else:
            r2 = r
        return [_Cand(m.start(), m.end(), "DATE", r.value, mod=mod, d=r2,
                      anchor=ctx.dct_anchor)]

    def _r_the_unit(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        u = m["u"].lower()
        before = m.string[max(0, m.start() - 16):m.start()].lower()
        if u == "year" and re.match(r"\s+(?:ended|ending|to\s+date)\b", m.string[m.end():]):
            return [_Cand(m.start(), m.end(), "DURATION", "P1Y")]
        rel_m = re.match(r"\s+(before|earlier|after|later)\b(?!\s+(?:the|a|an|his|her|its|their|"
                         r"this|that|he|she|it|they|we|I)\b)", m.string[m.end():m.end() + 16])
        if rel_m and u in ("year", "month", "week"):
            # "down from $450 million the year before": the year before the one just named.
            k = -1 if rel_m.group(1) in ("before", "earlier") else 1
            return [_Cand(m.start(), m.end(), "DATE", None, anchor="unresolved",
                          rel=f"anaphor{k:+d}:{u}")]
        if u == "weekend" and re.search(r"\bfor\s+$", before):
            return [_Cand(m.start(), m.end(), "DURATION", "P2D")]
        # "over the weekend" names a particular weekend (DATE YYYY-Www-WE) in TimeBank news.
        if u in ("month", "week") and not re.search(r"\b(?:in|during|this|of|for|earlier|later)"
                                                     r"\s+$", before):
            return None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        dct = ctx.dct
        if u == "year":
            r = _year(dct.year)
        elif u == "month":
            r = _month(dct.year, dct.month)
        elif u == "week":
            r = _week(dct)
        else:
            t = ctx.tense(m.start(), m.end())
            if re.search(r"\b(?:ahead\s+of|until|till|by)\s+$", before):
                t = FUTURE  # "square positions ahead of the weekend": the coming one
            dd = _shift_day(dct, -7 if t == PAST and dct.isoweekday() < 6 else 0)
            r = _weekend(dd) if dd else None
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _number(self, s: str | None) -> float | None:
        """Numeric value of a count word/number; None for vague amounts ("several")."""
        if s is None:
            return 1
        w = re.sub(r"\s+", " ", s.lower().strip())
        if w in self.vague or w.startswith("the next few"):
            return None
        if w in self.numbers:
            return float(self.numbers[w])
        m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                         r"(one|two|three|four|five|six|seven|eight|nine)", w)
        if m:
            return float(self.numbers[m.group(1)] + self.numbers[m.group(2)])
        try:
            return float(w.replace(",", ""))
        except ValueError:
            return None

    def _unit_code(self, u: str) -> str | None:
        w = u.lower()
        if w.endswith("ies"):
            w = w[:-3] + "y"
        elif w.endswith("a") and w.startswith("millenni"):
            w = "millennium"
        elif w.endswith("s"):
            w = w[:-1]
        return self.units.get(w)

    def _r_ago(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        code = self._unit_code(m["u"])
        if code is None:
            return None
        direction = re.sub(r"\s+", " ", m["dir"].lower())
        n = self._number(m["n"])
        narrative = direction == "later" or (direction == "earlier" and code in (
            "TS", "TM", "TH", "D"))
        if direction in ("before", "after", "since") or narrative:
            # "two days before the vote": TimeML tags the duration, the signal stays out.
            # "Three days later", "a day earlier" count from the event just narrated, not from
            # the DCT: a DCT-anchored date would be wrong, the duration is what the text says.
            end = m.start("dir")
            while end > m.start() and m.string[end - 1].isspace():
                end -= 1
            return [_Cand(m.start(), end, "DURATION", _duration_value(n, code))]
        sign = -1 if direction in ("ago", "earlier", "previously") else 1
        if n is None:
            v = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return [_Cand(m.start(), m.end(), "DATE", v)]
        if ctx.dct is None:
            c = ctx.unresolved(m.start(), m.end(), "DATE")
            c.rel = "ago"
            return [c]
        if not float(n).is_integer() or n > 5000:
            return None
        k = int(n) * sign
        dct = ctx.dct
        r: _D | None
        t, letter, mult = _UNIT_CODES[code]
        if t == "T":
            return [_Cand(m.start(), m.end(), "DATE", dct.isoformat(), d=_day(dct.year, dct.month,
                          dct.day), anchor=ctx.dct_anchor, rel="ago")]
        if letter == "Y":
            r = _year(dct.year + k * mult)
        elif letter == "M":
            y, mo = _add_months(dct.year, dct.month, k)
            r = _month(y, mo)
        elif letter == "Q":
            y, mo = _add_months(dct.year, dct.month, 3 * k)
            r = _quarter(y, (mo - 1) // 3 + 1)
        elif letter == "W" and (direction == "from today" or re.search(
                r"\b(?:exactly|precisely)\s+$", m.string[max(0, m.start() - 12):m.start()], re.I)
                or re.match(r"\s+to\s+the\s+day\b", m.string[m.end():], re.I)):
            # "to end a week from today", "opened exactly a week ago", "two weeks ago to the
            # day": that day, not that week.
            dd = _shift_day(dct, 7 * k * mult)
            r = _day(dd.year, dd.month, dd.day) if dd else None
        elif letter == "W":
            dd = _shift_day(dct, 7 * k * mult)
            r = _week(dd) if dd else None
        else:
            dd = _shift_day(dct, k * mult)
            r = _day(dd.year, dd.month, dd.day) if dd else None
        if r is None:
            return None
        rel = "yearago" if code == "Y" and abs(k) == 1 else "ago"
        approx = "APPROX" if re.search(r"\bor\s+so\b", m.group(0), re.I) else None
        return [_Cand(m.start(), m.end(), "DATE", r.value, mod=approx, d=r,
                      anchor=ctx.dct_anchor, rel=rel)]

    def _r_duration(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        code = self._unit_code(m["u"])
        if code is None:
            return None
        u = m["u"].lower()
        plural = (u.endswith("s") and u not in ("hours",)) or u.endswith("ies") or u == "hours"
        rel = (m["rel"] or "").lower()
        nraw = m["n"]
        if nraw is None:
            if not (m["the"] and rel) and not (rel and plural):
                return None
            if not plural and rel in ("past", "last", "next", "coming", "previous", "following",
                                      "same", "latest", "recent", "prior"):
                return None  # "the last year": left to the relative-unit rule
            if not plural and rel in ("first", "final", "initial"):
                n: float | None = 1
            else:
                n = None if plural else 1
            if rel == "recent" and not m["the"]:
                return None
        else:
            nw = nraw.lower()
            if nw in ("a", "an") and plural:
                return None
            if nw in ("some", "more", "many", "various") and not plural:
                return None
            if nw == "some" and not m["the"]:
                pass
            n = self._number(nraw)
            if n is not None and m["fr"]:
                n += {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "3/4": 0.75}[m["fr"]]
            if nraw[0].isdigit() and n is not None and plural is False and n != 1 \
                    and not m.group(0).find("-") >= 0:
                return None
        if code == "WE":
            return None
        after = m.string[m.end():m.end() + 12]
        if (m["suf"] or "").lower() == "-old" or re.match(r"\s+old\b", after):
            return None  # ages are not temporal expressions in TimeML
        if code == "Q" and (nraw is None or self._number(nraw) is not None) and (
                re.match(r"\s+of\b", after) or (nraw and "-" in m.group(0))):
            return None  # "three-quarters of", "a quarter of": fractions ("several" is not)
        before = m.string[max(0, m.start() - 16):m.start()]
        if nraw and nraw.lower() in ("a", "an", "one") and (
            re.search(r"(?:\d|%|million|billion|cents?|dollars?|times|twice|once)\s*$", before)
        ):
            return None  # "$500 million a year": a rate, not a duration
        if code == "TS" and nraw and nraw.lower() in ("a", "an", "one") and re.match(
            r"\s+[a-z]", after) and not re.match(r"\s+(?:later|ago|earlier|or|and|to)\b", after):
            return None  # "a second group"
        if u in ("night", "nights") and nraw is None:
            return None
        v = f"P{_num_str(n)}Q" if code == "Q" and n is not None else _duration_value(n, code)
        if m["or"]:
            v = _duration_value(None, code)
        start = m.start()
        if rel == "last" and not m["the"] and ctx.last_is_verb(m.start("rel")):
            start = m.start("n") if nraw else m.start("u")  # "would last [four days]"
        return [_Cand(start, m.end(), "DURATION", v)]

    def _r_half_duration(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        u = (m["hu"] or m["hu2"]).lower()
        n = 0.5 if m["hu"] else 1.5
        code = self.units[u]
        return [_Cand(m.start(), m.end(), "DURATION", _duration_value(n, code))]

    def _r_today(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        w = re.sub(r"\s+", " ", m["w"].lower())
        typ = "DATE"  # "tonight" is annotated as the plain day in TimeBank-style news
        end = m.end() - 2 if m.group(0).endswith("'s") else m.end()
        start = m.start("w") if w in ("today", "yesterday", "tomorrow", "tonight") else m.start()
        if w == "today" and m["w"][0] == "T":
            prev = re.search(r"([A-Za-z][\w&]*)\s+$", m.string[max(0, start - 24):start])
            if prev and prev.group(1)[0].isupper():
                return None  # a name: "USA Today", "This is VOA Today"
            if m.group(0).endswith("'s") and re.match(r"\s+[A-Z]", m.string[m.end():m.end() + 2]) \
                    and re.search(r"[›»>|]\s*$", m.string[max(0, start - 4):start]):
                return None  # a section's name: "Forum index › Today's Army: exercises"
        if ctx.dct is None:
            return [ctx.unresolved(start, end, typ)]
        k = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
             "day before yesterday": -2, "day after tomorrow": 2}[w]
        dd = _shift_day(ctx.dct, k)
        if dd is None:
            return None
        r = _day(dd.year, dd.month, dd.day)
        if r is None:
            return None
        return [_Cand(start, end, typ, r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_pod(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        w = re.sub(r"\s+", " ", (m["w"] or "").lower())
        pod = self.pod[m["pod"].lower()]
        if not w and m["pod"].lower() != "overnight":
            return None
        if w in ("early", "late", "mid") and not re.search(
            r"\b(?:in|on|by|until|since|from|during)\s+(?:the\s+)?$",
            m.string[max(0, m.start() - 12):m.start()], re.I
        ):
            return None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "TIME")]
        k = -1 if w in ("yesterday", "last") else 1 if w == "tomorrow" else 0
        overnight = not w and m["pod"].lower() == "overnight"
        if overnight:
            k = -1  # "depressed by overnight losses in New York": the night before
        dd = _shift_day(ctx.dct, k)
        if dd is None:
            return None
        r = _day(dd.year, dd.month, dd.day)
        if r is None:
            return None
        if overnight:
            # ... the day being narrated ("London shares closed lower Friday"), else the DCT.
            return [_Cand(m.start(), m.end(), "TIME", f"{r.value}T{pod}", d=r,
                          anchor=ctx.dct_anchor, rel="anaphor-1:night")]
        mod = {"early": "START", "late": "END", "mid": "MID", "early this": "START",
               "late this": "END", "later this": "END", "earlier this": "START"}.get(w)
        return [_Cand(m.start(), m.end(), "TIME", f"{r.value}T{pod}", mod=mod, d=r,
                      anchor=ctx.dct_anchor)]

    def _r_clock(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        h = int(m["h"])
        mi = int(m["mi"]) if m["mi"] else None
        ap = m["ap"].lower().replace(".", "")
        if ap.startswith("o"):
            if m["mi"]:
                return None
        elif h > 12 or h == 0:
            return None
        if ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
        qm = (m["qm"] or "").lower()
        start = m.start("h") if qm not in ("about", "around", "approximately") else m.start()
        mod = "APPROX" if qm in ("about", "around", "approximately") else None
        end = m.end()
        hhmm = f"{h:02d}:{mi:02d}" if mi is not None else f"{h:02d}:00"
        if ctx.dct is None:
            if m["mon"] and m["d"]:
                pass
            c = _Cand(start, end, "TIME", None, mod=mod, anchor="unresolved")
            return [c]
        dd: date | None = ctx.dct
        if m["wd"]:
            wd = self.weekdays[m["wd"].lower()]
            back = (ctx.dct.isoweekday() - wd) % 7
            fwd = (wd - ctx.dct.isoweekday()) % 7
            t = ctx.tense(start, end)
            if qm == "until" or self._FORWARD_WD.search(m.string[max(0, m.start() - 20):
                                                                 m.start()]):
                t = FUTURE
            dd = _shift_day(ctx.dct, fwd if t == FUTURE else -back)
        elif m["rel"]:
            k = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["rel"].lower()]
            dd = _shift_day(ctx.dct, k)
        elif m["mon"] and m["d"]:
            mo = self._mon_num(m["mon"])
            d = int(re.sub(r"\D", "", m["d"]))
            if mo is None:
                return None
            y = ctx.resolve_year_for(mo, d, ctx.tense(start, end))
            r0 = _day(y, mo, d)
            dd = r0.start if r0 else None
        if dd is None:
            return None
        r = _day(dd.year, dd.month, dd.day)
        if r is None:
            return None
        bare = not (m["wd"] or m["rel"] or (m["mon"] and m["d"]))
        return [_Cand(start, end, "TIME", f"{r.value}T{hhmm}", mod=mod, d=r,
                      anchor=ctx.dct_anchor, rel=f"clock:{hhmm}" if bare else None)]

    def _r_noon(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        w = m["w"].lower()
        if re.search(r"\bhigh\s+$", m.string[max(0, m.start() - 6):m.start()], re.I):
            return None  # "high noon": an idiom (and a film), not a clock time
        hh = "24" if w == "midnight" else "12:00"
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "TIME")]
        dd: date | None = ctx.dct
        if m["wd"]:
            wd = self.weekdays[m["wd"].lower()]
            back = (ctx.dct.isoweekday() - wd) % 7
            fwd = (wd - ctx.dct.isoweekday()) % 7
            t = ctx.tense(m.start(), m.end())
            dd = _shift_day(ctx.dct, fwd if t == FUTURE else -back)
        if dd is None:
            return None
        r = _day(dd.year, dd.month, dd.day)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "TIME", f"{r.value}T{hh}", d=r, anchor=ctx.dct_anchor,
                      rel=None if m["wd"] else f"clock:{hh}")]

    def _r_holiday(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not m.group(0)[0].isupper():
            return None
        md = self.holidays.get(re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'"))
        if not md or md[0] is None:
            return None
        if m["h"].lower() == "new year" and not re.match(r"'s", m.string[m.end():m.end() + 2]):
            return None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        y = ctx.resolve_year_for(md[0], md[1], ctx.tense(m.start(), m.end()))
        r = _day(y, md[0], md[1])
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_thanksgiving(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not m.group(0)[0].isupper():
            return None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        y = ctx.resolve_year_for(11, 25, ctx.tense(m.start(), m.end()))
        if not _ok_year(y):
            return None
        first = date(y, 11, 1)
        d = 1 + (3 - first.weekday()) % 7 + 21
        r = _day(y, 11, d)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_ref(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        w = re.sub(r"\s+", " ", m["w"].lower())
        if " " not in w and w not in self.ref_alone:
            return None
        if w in ("current", "recent", "future"):
            # Adjectives count only before a noun that is not itself a time unit.
            nxt = m.string[m.end():m.end() + 20]
            if not re.match(r"\s+[a-z]", nxt):
                return None
            if w == "future":
                # "future earnings", "the company's future": TimeBank leaves the adjective
                # and the noun untagged far more often than it tags them.
                return None
        if w == "now" and re.match(r"\s*(?:-defunct|defunct)", m.string[m.end():]):
            return None
        if w == "soon" and (re.search(r"\bas\s+$", m.string[max(0, m.start() - 4):m.start()],
                                      re.I) or re.match(r"\s+(?:after|before|afterwards?)\b",
                                                        m.string[m.end():m.end() + 12], re.I)):
            return None  # "as soon as", "soon after the vote": part of a signal, not a date
        v = self.refs[w]
        start = m.start()
        if w.startswith("in the "):
            start = m.start() + 3
        return [_Cand(start, m.end(), "DATE", v)]

    _FUNCTION_WORDS = frozenset((
        "and", "or", "but", "to", "in", "of", "at", "on", "for", "by", "from", "with", "as",
        "than", "the", "a", "an", "is", "are", "was", "were", "be", "been", "basis", "through",
        "since", "until", "while", "if", "so", "that", "which", "who",
    ))

    def _r_set_season(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        return [_Cand(m.start(), m.end(), "SET", "P3M" if m["seas"] else "P1Y")]

    def _r_set_word(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        w = m["w"].lower()
        if w not in ("annual", "annually") and not w.endswith("ly"):
            pass
        if w in ("quarterly", "monthly"):
            # Used as an adjective ("quarterly dividend", "the party daily") TimeML leaves it.
            nxt = re.match(r"\s+([A-Za-z]+)", m.string[m.end():m.end() + 20])
            if nxt and (nxt.group(1)[0].isupper() or nxt.group(1).lower() not in
                        self._FUNCTION_WORDS):
                return None
            if re.search(r"\b(?:the|a|an|its|their|party)\s+$",
                         m.string[max(0, m.start() - 8):m.start()], re.I):
                return None
        v = self.sets[w][0]
        return [_Cand(m.start(), m.end(), "SET", v)]

    def _r_set_every(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        head = m.group(0).split()[0].lower()
        if m["u"]:
            u = m["u"].lower()
            code = self._unit_code(u)
            if code is None or code == "WE":
                return None
            if head in ("a", "an"):
                before = m.string[max(0, m.start() - 20):m.start()].lower()
                if not re.search(r"\b(?:once|twice|thrice|times|\d+)\s+$", before):
                    return None
            if u.endswith("s") and not m["n"]:
                return None
            n = self._number(m["n"]) if m["n"] else 1
            if m["other"] and m["other"].lower() == "other":
                n = (n or 1) * 2
            return [_Cand(m.start(), m.end(), "SET", _duration_value(n, code))]
        if head in ("a", "an", "per"):
            return None
        if m["wd"]:
            if not m["wd"][0].isupper():
                return None
            return [_Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{self.weekdays[m['wd'].lower()]}")]
        if m["mon"]:
            if not m["mon"][0].isupper():
                return None
            mo = self._mon_num(m["mon"])
            return [_Cand(m.start(), m.end(), "SET", f"XXXX-{mo:02d}")]
        s = self.seasons[m["s"].lower()]
        return [_Cand(m.start(), m.end(), "SET", f"XXXX-{s}")]

    def _r_recent_units(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        w = m["w"].lower().split()
        code = self._unit_code(w[-1])
        if code is None:
            return None
        before = m.string[max(0, m.start() - 5):m.start()].lower()
        if w[0] != "recent" and not re.search(r"the\s+$", before):
            return None
        start = m.start()
        if re.search(r"the\s+$", before):
            start = m.start() - len(re.search(r"the\s+$", before).group(0))  # type: ignore[union-attr]
        elif w[0] in ("recent", "past") and w[-1] == "years":
            # "in recent years", "in past years": TimeBank's majority value is PAST_REF.
            return [_Cand(start, m.end(), "DATE", "PAST_REF")]
        return [_Cand(start, m.end(), "DURATION", _duration_value(None, code))]

    def _r_next_pod(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "the next morning": the day after the one just narrated (TimeBank values the
        day, as for "Friday morning")."""
        k = -1 if m["rel"].lower() == "previous" else 1
        return [_Cand(m.start(), m.end(), "DATE", None, anchor="unresolved",
                      rel=f"anaphor{k:+d}:day")]

    def _r_anaphor(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        u = m["u"].lower()
        pre = (m["pre"] or "").lower()
        nxt = m.string[m.end():m.end() + 12]
        if u == "time" and not pre and re.match(r"\s*,?\s*(?:when|of|to|for)\b", nxt):
            return None
        if u == "time" and "same" in m.group(0).lower():
            return None  # "at the same time" means simultaneously, not a date
        if "same" in m.group(0).lower() and re.match(r"\s+(?:that|when)\b", nxt, re.I):
            # "the patrol came on the same day that a senior US official was in Seoul": the
            # day of what follows, not of the day told before.
            return [_Cand(m.start(), m.end(), "DATE", None, anchor="unresolved")]
        mod = "START" if pre in ("earlier", "early") else "END" if pre in ("later", "late") \
            else None
        c = _Cand(m.start(), m.end(), "TIME" if u in ("morning", "evening", "night",
                                                        "afternoon") else "DATE",
                  None, mod=mod, anchor="unresolved", rel=f"anaphor:{u}")
        return [c]

    def _r_year_end(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        start = m.start("w") if (m["pre"] or "").lower() in ("by", "before", "until", "at") \
            else m.start()
        if ctx.dct is None:
            c = ctx.unresolved(start, m.end(), "DATE")
            c.mod = "END"
            return [c]
        y = ctx.dct.year
        if re.search(r"\bsince\s+$", m.string[max(0, start - 8):start], re.I):
            y -= 1  # "the percentage change is since year-end": the last one already passed
        r = _year(y)
        if r is None:
            return None
        return [_Cand(start, m.end(), "DATE", r.value, mod="END", d=_apply_mod(r, "END"),
                      anchor=ctx.dct_anchor)]

    def _r_pod_day(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "mid-afternoon yesterday", "late morning today": a part of a named day."""
        pod = self.pod[m["pod"].lower()]
        mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["md"] or "").lower())
        if ctx.dct is None:
            return [_Cand(m.start(), m.end(), "TIME", None, mod=mod, anchor="unresolved")]
        dd = _shift_day(ctx.dct, {"yesterday": -1, "tomorrow": 1}.get(m["rel"].lower(), 0))
        r = _day(dd.year, dd.month, dd.day) if dd else None
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "TIME", f"{r.value}T{pod}", mod=mod, d=r,
                      anchor=ctx.dct_anchor)]

    def _r_y2k(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        r = _year(2000)
        return [_Cand(m.start(), m.end(), "DATE", "2000", d=r)]

    def _r_spelled_year(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        t = self.decade_tens.get(m["t"].lower())
        if t is None:
            return None
        o = self.numbers.get((m["o"] or "").lower(), 0) if m["o"] else 0
        y = 1900 + round(t * 10) + int(o) if t < 2 else 1900 + int(t) * 10 + int(o)
        if t < 2 and m["o"]:
            return None
        r = _year(y)
        if r is None:
            return None
        start = m.start() + (3 if m.group(0).lower().startswith("in ") else 0)
        return [_Cand(start, m.end(), "DATE", r.value, d=r, rel="spelled")]

    def _r_decade_word(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        if not re.match(r"(?:the\s+)", m.group(0), re.I):
            return None
        k = self.decade_words[m["w"].lower()]
        cent = 19
        if ctx.dct is not None and ctx.dct.year >= 2000 + k * 10 + 10:
            cent = 20
        r = _decade(cent * 10 + k)
        if r is None:
            return None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["md"] or "").lower())
        return [_Cand(m.start(), m.end(), "DATE", r.value, mod=mod, d=_apply_mod(r, mod))]

    # Words that may follow a bare "the 14th" used as a date ("on the 14th, the ships ...",
    # "from the 14th to the 17th"); any other word makes it an ordinal adjective ("the 5th
    # Fleet", "the 25th anniversary", "the 11th Circuit").
    _DAY_ORD_NEXT = frozenset((
        "to", "and", "or", "through", "thru", "until", "till", "at", "in", "when", "with", "as",
        "after", "before", "but", "the", "a", "an", "he", "she", "it", "they", "we", "i", "there",
        "while", "for", "was", "were", "is", "are", "will", "would", "had", "has", "have", "this",
        "that", "from", "on", "by", "since", "so", "then", "also", "its", "their", "his", "her",
    ))
    _DAY_ORD_PREV = re.compile(
        r"(?:\b(?:on|from|to|until|till|through|thru|by|since|before|after|and|or|between|of|"
        r"starting|beginning|ending|effective|as\s+of)\s+|\d(?:st|nd|rd|th),\s*)$", re.I)

    def _r_day_ord_second(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "7th" in "on the 6th and 7th": a date only when a bare day opens the pair."""
        head = m.string[max(0, m.start() - 14):m.start()]
        if not re.search(r"\bthe\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s*(?:and|or|to|-|–)\s*$",
                         head, re.I):
            return None
        return self._r_day_ord(m, ctx)

    # "The exercise opened on the ninth in Urumqi": a spelled day alone only after these
    # words and before a clause goes on ("on the second day" is no date).
    _SPELLED_PREV = re.compile(r"\b(?:on|from|since|until|till|by|through)\s+$", re.I)
    _SPELLED_NEXT = re.compile(
        r"\s*(?:[,.;)]|(?:in|at|and|to|until|till|through|with|when|after|before|but)\b)", re.I)

    _AFTER_WEEKDAY_DAY = re.compile(
        r"\s*(?:[,.;:)]|$|(?:the|a|an|there|we|they|it|and|to|through|until|till|in|at|"
        r"when|with)\b)",
        re.I,
    )

    def _r_day_spelled(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        d = SPELLED_DAYS[re.sub(r"\s+", "-", m["dw"].lower())]
        # ("From Monday the eighth the ships go to sea": a weekday makes it a day, unless a
        # noun follows: "On Monday the second battalion arrived")
        weekday_day = bool(m["wd"]) and d > 1 and self._AFTER_WEEKDAY_DAY.match(m.string, m.end())
        if not (m["mon"] or m["rel"] or m["tm"] or weekday_day):
            if d == 1:
                return None  # "from the first, it was hard": from the start
            text = m.string
            if not (self._SPELLED_PREV.search(text[max(0, m.start() - 10):m.start()])
                    and self._SPELLED_NEXT.match(text, m.end())):
                return None
        if m["mon"]:
            mo = self._mon_num(m["mon"])
            if mo is None or not m["mon"][0].isupper():
                return None
            # ("on the twenty-third of July last year, 2019")
            return ctx.month_day(m.start(), m.end(), mo, d, self._rel_year(m, ctx))
        return self._r_day_ord(m, ctx, day=d)

    def _r_day_ord(self, m: re.Match[str], ctx: _Ctx, day: int | None = None
                   ) -> list[_Cand] | None:
        """ "on the 29th", "from the 11th to the 16th of this month", "Friday the 14th"."""
        text = m.string
        d = day if day is not None else int(re.sub(r"\D", "", m["d"]))
        if m["wd"] and not self._weekday_ok(m):
            return None
        month_rel = (m["rel"] or "").lower()
        if not month_rel and not m["tm"] and re.match(
            r"\s+(?:and\s+(?:final|last)\b|(?:full\s+)?days?\b)", text[m.end():m.end() + 24], re.I
        ):
            return None  # "ended on Sunday, the fourth and final day": a count of days
        if not month_rel and not m["tm"]:
            after = text[m.end():m.end() + 24]
            if re.match(r"\s+of\b", after, re.I):
                return None  # "the 14th of October" is the day-month rule's; "the 5th of 20"
            nxt = re.match(r"\s*([A-Za-z]+)", after)
            # "Friday the 14th near Urumqi": with its weekday the day is a date whatever follows.
            # ("and on the 22nd passed through the Osumi Strait": a verb in the past after
            # "on the 22nd", not a noun the ordinal counts)
            verb_after = (
                nxt is not None
                and re.fullmatch(r"[a-z]+ed", nxt.group(1)) is not None
                and re.search(r"\bon\s+$", text[max(0, m.start() - 4):m.start()]) is not None
            )
            if nxt and nxt.group(1).lower() not in self._DAY_ORD_NEXT and not m["wd"] \
                    and not verb_after:
                return None
            pair = re.match(r"\s*(?:and|or|to|through|-|–)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+"
                            r"([A-Za-z]+)", after, re.I)
            if pair and pair.group(1).lower() not in self._DAY_ORD_NEXT and \
                    pair.group(1).lower() != "of" and self._mon_num(pair.group(1)) is None:
                return None  # "the 2nd and 3rd battalions"
            if not m["wd"] and not self._DAY_ORD_PREV.search(text[max(0, m.start() - 16):
                                                                     m.start()]):
                return None
        start = m.start()
        if ctx.dct is None:
            c = ctx.unresolved(start, m.end(), "DATE")
            c.day, c.explicit_year = d, False
            c.rel = "dayonly" if not month_rel and not m["wd"] else None
            return [c]
        dct = ctx.dct
        rel: str | None = None
        if month_rel:
            k = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(
                re.sub(r"\s+", " ", month_rel), 0)
            y, mo = _add_months(dct.year, dct.month, k)
            r = _day(y, mo, d)
        else:
            t = ctx.date_tense(m.start(), m.end())
            # "runs until Friday the 14th" looks ahead; "ran until Wednesday the 17th" back.
            # "took place from the 17th until the 21st": the end of a range, no deadline.
            ranged = re.search(r"\bfrom\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?:until|till)\s+$",
                               text[max(0, m.start() - 30):m.start()], re.I)
            if self._FORWARD_WD.search(text[max(0, m.start() - 20):m.start()]) and not ranged:
                lasted = self._LASTED_UNTIL.search(text[max(0, m.start() - 40):m.start()])
                t = NONE if lasted and ctx.tense(m.start(), m.end()) == PAST else FUTURE
            wd = self.weekdays[m["wd"].lower()] if m["wd"] else None
            r = ctx.day_of_month(d, t, wd)
            if wd is None:
                rel = "dayonly"  # may still take its month from the end of a range
        if r is None:
            return None
        return [_Cand(start, m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor, day=d,
                      explicit_year=False, rel=rel)]

    def _r_ago_this(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "a year ago this week": this week's counterpart one year back (ISO week of the DCT
        shifted by a year), "two years ago today" the same day two years back."""
        n = self._number(m["n"])
        if n is None or not float(n).is_integer() or n > 500:
            return None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        k, u, dct = int(n), m["u"].lower().rstrip("s"), ctx.dct
        if u == "year":
            y = dct.year - k
            back: date | None = (date(y, dct.month, min(dct.day, _last_day(y, dct.month)))
                                 if _ok_year(y) else None)
        elif u == "month":
            y, mo = _add_months(dct.year, dct.month, -k)
            back = date(y, mo, min(dct.day, _last_day(y, mo))) if _ok_year(y) else None
        else:
            back = _shift_day(dct, -7 * k)
        if back is None:
            return None
        tu = (m["tu"] or "day").lower()
        r: _D | None
        if tu == "week":
            r = _week(back)
        elif tu == "weekend":
            r = _weekend(back)
        elif tu == "month":
            r = _month(back.year, back.month)
        elif tu == "year":
            r = _year(back.year)
        else:
            r = _day(back.year, back.month, back.day)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_weeks_ago_weekday(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "a week ago Thursday" (US usage): the Thursday on or before the day one week
        before the DCT."""
        n = self._number(m["n"])
        if n is None or not float(n).is_integer() or n > 52:
            return None
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        back = _shift_day(ctx.dct, -7 * int(n))
        if back is None:
            return None
        wd = self.weekdays[m["wd"].lower()]
        day = _shift_day(back, -((back.isoweekday() - wd) % 7))
        r = _day(day.year, day.month, day.day) if day else None
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_before_last(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "the week before last" (two ISO weeks back), "the month after next"."""
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        k = -2 if m["ba"].lower().startswith("before") else 2
        u, dct = m["u"].lower(), ctx.dct
        r: _D | None
        if u == "year":
            r = _year(dct.year + k)
        elif u == "month":
            y, mo = _add_months(dct.year, dct.month, k)
            r = _month(y, mo)
        else:
            dd = _shift_day(dct, 7 * k)
            r = None if dd is None else _week(dd) if u == "week" else _weekend(dd)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    _HOUR_WORDS: ClassVar[dict[str, int]] = {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

    def _r_clock_pod(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "4 in the morning" (T04:00), "10 at night" (T22:00): a clock hour without a.m./p.m."""
        hw = m["h"].lower()
        qm = (m["qm"] or "").lower()
        if hw in self._HOUR_WORDS and not (m["oc"] or qm):
            return None  # "one in the morning and one at night" counts things, not hours
        h = self._HOUR_WORDS.get(hw) or int(hw)
        pod = (m["pod"] or "night").lower()
        if pod == "morning":
            h = 0 if h == 12 else h
        elif pod == "night":
            h = 0 if h == 12 else h + 12 if h >= 6 else h  # "2 at night" is 02:00
        else:
            h = h if h == 12 else h + 12
        start = m.start("h") if qm not in ("about", "around") else m.start()
        hhmm = f"{h % 24:02d}:00"
        mod = "APPROX" if qm in ("about", "around") else None
        if ctx.dct is None:
            return [_Cand(start, m.end(), "TIME", None, mod=mod, anchor="unresolved")]
        r = _day(ctx.dct.year, ctx.dct.month, ctx.dct.day)
        if r is None:
            return None
        return [_Cand(start, m.end(), "TIME", f"{r.value}T{hhmm}", mod=mod, d=r,
                      anchor=ctx.dct_anchor, rel=f"clock:{hhmm}")]

    def _r_movable(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """Movable feasts and fixed-rule days: Easter (and its week), Good Friday, U.S. Election
        Day (the Tuesday after the first Monday in November)."""
        if ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        x = (m["x"] or "").lower()
        if m["el"]:
            def day_of(y: int) -> date | None:
                if not _ok_year(y):
                    return None
                first = date(y, 11, 1)
                return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
        else:
            # A week or weekend is chosen by its first day: "as Easter week began" on its Monday.
            shift = (-2 if m["gf"] else 1 if x == "monday" else -6 if x == "week"
                     else -1 if x == "weekend" else 0)

            def day_of(y: int) -> date | None:
                e_ = _easter(y)
                return None if e_ is None else _shift_day(e_, shift)
        t = ctx.tense(m.start(), m.end())
        if self._FORWARD_WD.search(m.string[max(0, m.start() - 20):m.start()]):
            t = FUTURE
        got = ctx.pick_occurrence(day_of, t)
        if got is None:
            return None
        r = (_week(got) if x == "week" else _weekend(got) if x == "weekend"
             else _day(got.year, got.month, got.day))
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r, anchor=ctx.dct_anchor)]

    def _r_half_of_year(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "the first two quarters of 1990" is that year's first half (1990-H1)."""
        if m["y"]:
            y = int(m["y"])
        elif ctx.dct is None:
            return [ctx.unresolved(m.start(), m.end(), "DATE")]
        else:
            y = ctx.dct.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        r = _half(y, 1 if m["fl"].lower() == "first" else 2)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "DATE", r.value, d=r,
                      anchor="absolute" if m["y"] else ctx.dct_anchor)]

    def _r_the_units(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "over the years": a span of unknown length (PXY)."""
        code = self._unit_code(m["u"])
        if code is None:
            return None
        return [_Cand(m.start(), m.end(), "DURATION", _duration_value(None, code))]

    def _r_units_of(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "after months of talks": uncounted units that measure what follows (PXM)."""
        before = m.string[max(0, m.start() - 12):m.start()]
        if re.search(r"(?:\d|\b(?:the|these|those|of|what|which|many|few|several))\s*$", before,
                     re.I):
            return None  # counted units are the duration rule's; "the days of the week"
        code = self._unit_code(m["u"])
        if code is None:
            return None
        return [_Cand(m.start(), m.end(), "DURATION", _duration_value(None, code))]

    def _r_in_the_pod(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "placed orders in the morning": that part of the day last narrated (or the DCT's)."""
        u = m["u"].lower()
        pod = self.pod[u]
        if ctx.dct is None:
            return [_Cand(m.start(), m.end(), "TIME", None, anchor="unresolved",
                          rel=f"anaphor:{u}")]
        r = _day(ctx.dct.year, ctx.dct.month, ctx.dct.day)
        if r is None:
            return None
        return [_Cand(m.start(), m.end(), "TIME", f"{r.value}T{pod}", d=r, anchor=ctx.dct_anchor,
                      rel=f"anaphor:{u}")]

    def _r_vague_span(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "for a while", "for some time", "after a lengthy period": a duration of unknown
        length and unit (TimeBank's PXX)."""
        return [_Cand(m.start(), m.end(), "DURATION", "PXX")]

    def _r_unit_long(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        """ "a day-long meeting" (P1D), "a decades-long battle" (PXY): numberless compounds."""
        u = m["u"].lower()
        code = self._unit_code(u)
        if code is None or code == "WE":
            return None
        plural = u.endswith("s")
        return [_Cand(m.start(), m.end(), "DURATION", _duration_value(None if plural else 1,
                                                                       code))]

    def _r_bare_units(self, m: re.Match[str], ctx: _Ctx) -> list[_Cand] | None:
        code = self._unit_code(m["u"])
        if code is None:
            return None
        nxt = m.string[m.end():m.end() + 12]
        if re.match(r"\s+(?:of|ago|earlier|later)\b", nxt):
            return None
        return [_Cand(m.start("u"), m.end(), "DURATION", _duration_value(None, code))]


@dataclass(slots=True)
class _Group:
    start: int
    end: int
    prio: int
    items: list[_Cand]


_INDEFINITE_WD = re.compile(r"\b(?:[Aa]n?|[Aa]ny)\s+$")
_NOT_ATTRIBUTIVE = re.compile(
    r"\s*(?:$|[^\w\s]|(?:to|and|or|in|at|on|of|when|that|through|until|till)\b)"
)


class _Ctx:
    """Per-call state: the text, its DCT, and a lazily built tense index."""

    def __init__(self, tagger: TemporalTagger, text: str, dct: date | None, dct_anchor: str,
                 doc: Doc | None) -> None:
        self.tagger = tagger
        self.text = text
        self.dct = dct if isinstance(dct, date) else None
        self.dct_anchor = dct_anchor or "publication_date"
        self.doc = doc
        self._tense: _TenseIndex | None = None
        self._sent_bounds: list[int] | None = None

    def tense(self, start: int, end: int) -> str:
        if self._tense is None:
            self._tense = _TenseIndex(self.text, self.doc)
        line = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        # (the parser may cut "PHOTO CAPTION:" off as a sentence of its own)
        if _CAPTION_START.match(self.sentence(start)) or _CAPTION_START.match(line):
            # "Photo caption: Chinese marines wade ashore ... on Tuesday": a caption's
            # present tells what the picture shows, which has happened.
            return PAST
        return self._tense.tense(start, end)

    _SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")

    @functools.cached_property
    def slash_order(self) -> str | None:
        """"dm" or "md" when a slash date of the text can only be read one way
        ("19/04/2025 – 04/05/2025": the second is 4 May like the first)."""
        orders = {
            "dm" if int(a) > 12 else "md"
            for a, b in self._SLASH_DATE.findall(self.text)
            if (int(a) > 12) != (int(b) > 12)
        }
        return orders.pop() if len(orders) == 1 else None

    _FORWARD_PREP = re.compile(r"\b(?:by|until|till|through|effective|starting|beginning)"
                               r"\s+(?:early\s+|mid-?|late\s+)?$", re.I)

    def date_tense(self, start: int, end: int) -> str:
        """Tense for a month/day without a year. A deadline preposition ("repay by February",
        "effective Feb. 1", "through January") looks ahead whatever the reporting verb's tense,
        so only a future marker is kept; otherwise the nearest occurrence wins."""
        t = self.tense(start, end)
        if t == PAST and self._FORWARD_PREP.search(self.text[max(0, start - 20):start]):
            return NONE
        return t

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        if self._tense is None:
            self._tense = _TenseIndex(self.text, self.doc)
        b = self._tense.bounds
        k = bisect.bisect_right(b, pos)
        return (b[k - 1] if k > 0 else 0, b[k] if k < len(b) else len(self.text))

    def sentence_index(self, pos: int) -> int:
        if self._tense is None:
            self._tense = _TenseIndex(self.text, self.doc)
        return bisect.bisect_right(self._tense.bounds, pos)

    def sentence(self, pos: int) -> str:
        if self._tense is None:
            self._tense = _TenseIndex(self.text, self.doc)
        b = self._tense.bounds
        k = bisect.bisect_right(b, pos)
        lo = b[k - 1] if k > 0 else 0
        hi = b[k] if k < len(b) else len(self.text)
        return self.text[lo:hi]

    def prev_quarter(self) -> tuple[int, int]:
        """The last complete quarter before the DCT: what "the quarter" reports on."""
        assert self.dct is not None
        q = (self.dct.month - 1) // 3 + 1
        return (self.dct.year, q - 1) if q > 1 else (self.dct.year - 1, 4)

    def _choose(self, days: list[date], tense: str) -> date | None:
        """Past → the latest on or before the DCT, future → the earliest on or after it, else
        (or when the tense has no candidate) the nearest."""
        assert self.dct is not None
        dct = self.dct
        if not days:
            return None
        past = [x for x in days if x <= dct]
        fut = [x for x in days if x >= dct]
        if tense == PAST and past:
            return max(past)
        if tense == FUTURE and fut:
            return min(fut)
        return min(days, key=lambda x: (abs((x - dct).days), x > dct))

    def day_of_month(self, d: int, tense: str, weekday: int | None = None) -> _D | None:
        """ "the 29th": that day of a month near the DCT, chosen by tense; with a weekday
        ("Friday the 14th") only months where the day falls on that weekday count."""
        assert self.dct is not None
        span = 28 if weekday else 13
        days: list[date] = []
        for k in range(-span, span + 1):
            y, mo = _add_months(self.dct.year, self.dct.month, k)
            if _ok_year(y) and d <= _last_day(y, mo):
                x = date(y, mo, d)
                if weekday is None or x.isoweekday() == weekday:
                    days.append(x)
        got = self._choose(days, tense)
        return None if got is None else _day(got.year, got.month, got.day)

    def pick_occurrence(self, day_of: Callable[[int], date | None], tense: str) -> date | None:
        """A yearly date with a rule of its own (Easter), chosen among adjacent years by tense."""
        assert self.dct is not None
        days = [x for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1)
                if (x := day_of(y)) is not None]
        return self._choose(days, tense)

    _AUX_BEFORE = re.compile(r"\b(?:would|will|could|should|may|might|must|can|shall|did|does|"
                             r"do|to|'ll|'d|not|n't|never|also|still|only)\s+$", re.I)
    _DET_BEFORE = re.compile(r"\b(?:the|these|those|its|his|her|their|our|my|your|this|that|"
                             r"in|for|over|during|of)\s+$", re.I)

    def last_is_verb(self, pos: int) -> bool:
        """ "the drills would last four days": "last" is the verb, not "the last four days"."""
        before = self.text[max(0, pos - 24):pos]
        if self._DET_BEFORE.search(before):
            return False
        if self._AUX_BEFORE.search(before):
            return True
        doc = self.doc
        if doc is not None and _doc_matches(doc, self.text):
            sp = doc.char_span(pos, pos + 4)
            if sp is not None and len(sp) == 1:
                return bool(sp[0].pos_ in ("VERB", "AUX"))
        return False

    def unresolved(self, start: int, end: int, typ: str) -> _Cand:
        return _Cand(start, end, typ, None, anchor="unresolved")

    def resolve_year_for(self, mo: int, d: int | None, tense: str) -> int:
        assert self.dct is not None
        dct = self.dct
        key = (mo, d or 0)
        now = (dct.month, dct.day if d else 0)
        if tense in (PAST, FUTURE):
            if tense == PAST:
                y = dct.year if key <= now else dct.year - 1
                alt = y + 1
            else:
                y = dct.year if key >= now else dct.year + 1
                alt = y - 1
            # A tense marker elsewhere in the sentence ("decided ... by Jan. 14") is weak
            # evidence next to calendar proximity: prefer an occurrence within two months
            # over one eight months or more away.
            if _ok_year(alt) and _ok_year(y):
                far = abs((date(y, mo, min(d or 15, _last_day(y, mo))) - dct).days)
                near = abs((date(alt, mo, min(d or 15, _last_day(alt, mo))) - dct).days)
                if far >= 240 and near <= (62 if d else 45):
                    return alt
            return y
        # No tense: the nearest occurrence (news rarely reaches more than half a year away).
        best = dct.year
        best_dist: int | None = None
        for y in (dct.year - 1, dct.year, dct.year + 1):
            if not _ok_year(y):
                continue
            dd = min(d or 15, _last_day(y, mo))
            dist = abs((date(y, mo, dd) - dct).days)
            if best_dist is None or dist < best_dist - (10 if y == dct.year else 0):
                best, best_dist = y, dist
        return best

    def month_day(self, start: int, end: int, mo: int, d: int, ys: str | None,
                  context_year: bool = False) -> list[_Cand] | None:
        if ys:
            r = _day(int(ys), mo, d)
            if r is None:
                return None
            return [_Cand(start, end, "DATE", r.value, d=r, month=mo, day=d,
                          anchor="context" if context_year else "absolute")]
        if not 1 <= d <= 31:
            return None
        if self.dct is None:
            c = self.unresolved(start, end, "DATE")
            c.month, c.day, c.explicit_year = mo, d, False
            return [c]
        y = self.resolve_year_for(mo, d, self.date_tense(start, end))
        r = _day(y, mo, d)
        if r is None:
            return None
        return [_Cand(start, end, "DATE", r.value, d=r, anchor=self.dct_anchor, month=mo, day=d,
                      explicit_year=False)]

    def finish(self, c: _Cand) -> Timex:
        text = self.text[c.start:c.end]
        if c.anchor == "unresolved" or (c.value is None and c.type in ("DATE", "TIME")):
            return Timex(c.start, c.end, text, c.type, None, c.mod, None, None,
                         None if c.type in ("DURATION", "SET") else _gran_guess(c),
                         "unresolved")
        if c.type in ("DURATION", "SET") or c.d is None:
            return Timex(c.start, c.end, text, c.type, c.value, c.mod, None, None, None,
                         c.anchor)
        return Timex(c.start, c.end, text, c.type, c.value, c.mod, c.d.start, c.d.end, c.d.gran,
                     c.anchor)


def _gran_guess(c: _Cand) -> str | None:
    if c.day is not None:
        return "day"
    if c.month is not None:
        return "month"
    return None


# ---------------------------------------------------------------------------------------------
# Module-level tagger and spaCy component

_default: TemporalTagger | None = None


def get_tagger() -> TemporalTagger:
    """The shared tagger; building it compiles the regexes once per process."""
    global _default
    if _default is None:
        _default = TemporalTagger()
    return _default


if not Span.has_extension("timex"):
    Span.set_extension("timex", default=None)


class TimexComponent:
    """spaCy component: ``doc.spans["timex"]`` with ``span._.timex`` holding each Timex.

    Reads ``doc.user_data["dct"]`` (a ``date`` or None) and ``doc.user_data["dct_anchor"]``.
    Place it after the tagger/parser: the POS tags decide the tense of bare months/weekdays.
    ``doc.user_data["timexes"]`` receives the range-merged list.
    """

    def __init__(self, nlp: Language, name: str = "extractor_timex_v1") -> None:
        self.name = name
        self.tagger = get_tagger()

    # "- 2012: Joint Sea in the Yellow Sea, off Qingdao, in April": a timeline's line.
    YEAR_LABEL = re.compile(r"\s*(?:[-*•–—·]\s*)?((?:19|20)\d{2})\s*(?::|[-–—]\s)")

    def __call__(self, doc: Doc) -> Doc:
        dct = doc.user_data.get("dct")
        anchor = doc.user_data.get("dct_anchor", "publication_date")
        label = self.YEAR_LABEL.match(doc.text)
        if label is not None:
            # Its months and days are of the year it opens with, not of the report's year.
            dct, anchor = date(int(label.group(1)), 7, 1), "context"
        timexes = self.tagger.tag(doc.text, dct=dct if isinstance(dct, date) else None,
                                  dct_anchor=anchor, doc=doc)
        spans: list[Span] = []
        for t in timexes:
            sp = doc.char_span(t.start, t.end, label=t.type, alignment_mode="expand")
            if sp is None:
                continue
            sp._.timex = t
            spans.append(sp)
        doc.spans["timex"] = spans
        doc.user_data["timexes"] = self.tagger.ranges(doc.text, timexes)
        return doc


@Language.factory("extractor_timex_v1")
def make_timex_component(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent(nlp, name)
