"""Cleaning raw article text while keeping an exact map back to the raw characters.

The cleaned text only ever deletes raw characters or replaces a line break by a space, so
every cleaned character has one raw position. Paragraph breaks that cleaning inserts map
to the raw line break they stand for. A span of cleaned text therefore maps back to a raw
span whose slice is what an auditor reads in the stored article.
"""

from __future__ import annotations

import itertools
import re
import statistics
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

TERMINAL = tuple(".!?:;\"”’)»]'…")
_WORD_CHARS = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class Removal:
    start: int
    end: int
    reason: str


@dataclass
class Cleaned:
    text: str
    offsets: array  # offsets[i] is the raw index of text[i]
    removed: list[Removal] = field(default_factory=list)
    wrapped: bool = False

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) covering cleaned [start, end) (end > start)."""
        if end <= start:
            raise ValueError("empty span")
        # A negative index would silently wrap to the end of the text and cite the wrong
        # sentence; a citation must fail loudly instead.
        if start < 0 or end > len(self.offsets):
            raise ValueError(f"span {start}:{end} outside cleaned text of {len(self.offsets)}")
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class _Line:
    start: int  # raw offset of first char
    end: int  # raw offset after last char (before the line break)
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass(frozen=True)
class BoilerplateRule:
    kind: str  # "line" | "block_start" | "list_start" | "caption"
    regex: re.Pattern[str]
    id: str


def _lines(raw: str) -> list[_Line]:
    lines = []
    pos = 0
    for m in re.finditer(r"\r\n|\n|\r|\u2028|\u2029", raw):
        lines.append(_Line(pos, m.start(), raw[pos : m.start()]))
        pos = m.end()
    lines.append(_Line(pos, len(raw), raw[pos:]))
    return lines


def _is_wrapped(lines: list[_Line]) -> bool:
    """Hard-wrapped text (PDF extraction, e-mail): short lines that end mid-sentence."""
    content = [ln.stripped for ln in lines if ln.stripped]
    if len(content) < 5:
        return False
    median = statistics.median(len(c) for c in content)
    open_ended = sum(1 for c in content if not c.endswith(TERMINAL)) / len(content)
    # A wrapped sentence goes on on the next line in lower case; a fact box's short lines
    # ("Dates: 19/04/2025 – 04/05/2025") under one-line paragraphs each start anew.
    carried = sum(
        1
        for a, b in itertools.pairwise(ln.stripped for ln in lines)
        if a and b and not a.endswith(TERMINAL) and b[0].islower()
    )
    return median < 100 and open_ended >= 0.4 and carried >= 0.1 * len(content)


def _truncated(paragraph: str) -> bool:
    """A teaser cut off mid-sentence by the page ("... This is especially")."""
    # The last line only: a fact box's short lines ("Dates: 19/04/2025 – 04/05/2025") are
    # no cut-off sentence.
    text = paragraph.rstrip().rsplit("\n", 1)[-1]
    # (nor is a signal in capitals, whose lines end without stops)
    return len(text.split()) >= 25 and not text.endswith(TERMINAL) and not text.isupper()


class _Builder:
    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets = array("l")

    def add(self, raw: str, start: int, end: int) -> None:
        self.chars.append(raw[start:end])
        self.offsets.extend(range(start, end))

    def add_char(self, ch: str, raw_index: int) -> None:
        self.chars.append(ch)
        self.offsets.append(raw_index)

    def __len__(self) -> int:
        return len(self.offsets)


LIST_ITEM = re.compile(r"^(?:[-•*–·]\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\d{4}-\d{2}-\d{2}\b)")


def clean(raw: str, rules: Iterable[BoilerplateRule] = ()) -> Cleaned:
    """Strip site furniture, unwrap hard line breaks and join words hyphenated across lines."""
    rules = list(rules)
    lines = _lines(raw)
    removed: list[Removal] = []
    keep: list[_Line | None] = []
    blocked = False
    listing = False
    for ln in lines:
        s = ln.stripped
        if blocked:
            if s:
                removed.append(Removal(ln.start, ln.end, "after-block-start"))
            keep.append(None)
            continue
        if listing and s:
            if LIST_ITEM.match(s):
                # "Related news:" then "- 06.09.2010 Kyrgyz contingent crosses into
                # Kazakhstan": other stories' headlines, with their days.
                removed.append(Removal(ln.start, ln.end, "after-list-start"))
                keep.append(None)
                continue
            listing = False
        rule = next((r for r in rules if s and r.regex.search(s)), None)
        if rule is not None:
            removed.append(Removal(ln.start, ln.end, f"{rule.kind}:{rule.id}"))
            if rule.kind == "block_start":
                blocked = True
            listing = rule.kind == "list_start"
            keep.append(None)
            continue
        keep.append(ln)

    wrapped = _is_wrapped([ln for ln in keep if ln is not None])
    paragraphs = _paragraphs(raw, keep, wrapped)

    out = _Builder()
    for para in paragraphs:
        text = "".join(para.chars)
        # Teasers trail an article; a text that is nothing but one unpunctuated run (a
        # scrape that lost its full stops) is the article itself.
        if len(out) and _truncated(text):
            removed.append(Removal(para.offsets[0], para.offsets[-1] + 1, "truncated-teaser"))
            continue
        if len(out):
            # The separator maps to the raw character just before the paragraph.
            anchor = max(para.offsets[0] - 1, 0)
            out.add_char("\n", anchor)
            out.add_char("\n", anchor)
        out.chars.extend(para.chars)
        out.offsets.extend(para.offsets)
    return Cleaned("".join(out.chars), out.offsets, removed, wrapped)


# The next numbered or lettered item, or a header's next field ("REF: (A) ...").
SIGNAL_ITEM = re.compile(r"(?:\d{1,2}|[A-Z])\.\s|\(?[A-Z][A-Z/&. -]{0,30}\)?:\s")


def _signal_goes_on(before: str, line: str) -> bool:
    """A signal in capitals wraps its sentences over lines ("1. JOINT EXERCISE OF RUSSIAN
    FEDERATION NAVY AND PEOPLE'S LIBERATION ARMY NAVY" / ""MORSKOYE VZAIMODEYSTVIYE-2025"
    INCLUDING ROCKET AND ARTILLERY FIRINGS" / "010000 UTC AUG 25 TO 051400 UTC AUG 25"): the
    next line goes on with the sentence unless a stop or its next numbered item comes."""
    if not before or before.rstrip().endswith(TERMINAL) or before.rstrip().endswith(":"):
        return False
    if SIGNAL_ITEM.match(line):
        return False
    a, b = re.sub(r"[^A-Za-z]", "", before), re.sub(r"[^A-Za-z]", "", line)
    return len(a) >= 10 and len(b) >= 2 and (a + b).isupper()


def _paragraphs(raw: str, keep: list[_Line | None], wrapped: bool) -> list[_Builder]:
    paragraphs: list[_Builder] = []
    current: _Builder | None = None
    gap = False  # a blank or removed line since the last content line
    prev = ""  # the last content line

    for ln in keep:
        if ln is None or not ln.stripped:
            gap = True
            continue
        lead = len(ln.text) - len(ln.text.lstrip())
        start, end = ln.start + lead, ln.start + len(ln.text.rstrip())
        tail = "".join(current.chars[-3:]) if current is not None else ""
        # Unwrapped text: a line is a paragraph. Wrapped text: a blank line ends a
        # paragraph only where a sentence ends; elsewhere it is a page break mid-sentence.
        new_para = (
            current is None
            or (not wrapped and (gap or not _signal_goes_on(prev, raw[start:end])))
            or (gap and (tail.rstrip().endswith(TERMINAL) or not raw[start].islower()))
        )
        gap = False
        prev = raw[start:end]
        if new_para:
            if current is not None:
                paragraphs.append(current)
            current = _Builder()
            current.add(raw, start, end)
            continue
        assert current is not None
        if len(tail) >= 2 and tail[-1] == "-" and tail[-2].isalpha() and raw[start].islower():
            # "de-\nfense" -> "defense": drop the hyphen; both halves keep their offsets.
            current.chars[-1] = current.chars[-1][:-1]
            del current.offsets[-1]
        elif len(tail) >= 2 and tail[-1] == "-" and tail[-2].isalpha() and raw[start].isdigit():
            # "Zapad/Interaction-\n2021" -> "Zapad/Interaction-2021": a name's year (or a
            # type's number, "Su-\n35") keeps its hyphen and loses the break.
            pass
        else:
            current.add_char(" ", start - 1)
        current.add(raw, start, end)
    if current is not None:
        paragraphs.append(current)
    return paragraphs
