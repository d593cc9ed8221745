"""The main job: documents in, cited mentions and merged event records out.

Keyword-only functions that the CLI wraps and tests call directly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from . import __version__
from .clean import BoilerplateRule, Cleaned, clean
from .errors import Errors, InputError
from .events import EventExtractor, RawMention, SentenceView, answers_when
from .feed import dumps
from .gazetteer import Gazetteer
from .ingest import DEFAULT_MAX_BYTES, Document, iter_documents
from .nlp import (
    get_gazetteer,
    load_pipeline,
    load_segmenter,
    model_info,
    resolve_model_name,
    trigger_keywords,
)
from .resolve import CitedMention, build_records, cluster_mentions
from .schema import Event, Mention
from .temporal import Timex, get_tagger

if TYPE_CHECKING:
    from .spill import RunStore


@dataclass
class Processed:
    """One article after analysis: its mentions with citations."""

    document: Document
    mentions: list[CitedMention]
    dct: date | None
    dct_anchor: str
    seconds: float = 0.0


@dataclass
class DocInfo:
    """What the manifest needs of a processed document, without its text (memory stays
    flat over a long run). ``raw`` is kept only for text extracted from HTML, which the run
    stores beside its outputs."""

    doc_id: str
    path: str
    sha256: str
    encoding: str
    published: date | None
    extracted_from: str | None = None
    source_sha256: str | None = None
    raw: str | None = None

    @classmethod
    def of(cls, d: Document) -> DocInfo:
        return cls(
            d.doc_id,
            d.path,
            d.sha256,
            d.encoding,
            d.published,
            d.extracted_from,
            d.source_sha256,
            d.raw if d.extracted_from else None,
        )


@dataclass
class RunResult:
    records: list[dict]
    mentions: list[dict]
    errors: list[InputError]
    documents: list[DocInfo] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    model: str = ""
    ruleset: str = ""
    cache: dict[str, int] = field(default_factory=dict)


def boilerplate_rules(gaz: Gazetteer) -> list[BoilerplateRule]:
    return [BoilerplateRule(b.kind, re.compile(b.regex), b.id) for b in gaz.boilerplate.values()]


# "ORENBURG, 11 September 2021 -": a place in capitals, then the date it was filed.
DATELINE_START = re.compile(r"^[A-Z][A-Z.'’ /-]{2,}(?:,|\s[-–—(])")
POSTED_LINE = re.compile(r"(?:Posted|Published)\b:?\s")
DATED_LINE = re.compile(
    # "Issue 6/2026 | Friday, 6 February 2026": a newsletter's issue line.
    # ("Transcript. Released Friday, 16 October 2026. Recorded the previous afternoon.")
    r"(?:[A-Z][\w.'’ ()/-]{1,40}?\s*[,:–—|-]|(?:[A-Z][a-z]{2,20}\.\s+)?"
    r"(?:Published|Updated|Posted|Dated?|Transmitted|"
    r"Filed|Issued|Released|Broadcast|Aired)\b:?"
    # "Source: Defence Ministry | 2007-08-14 16:20": a labelled field, then a bar
    r"|[A-Z][\w.'’ ()/-]{1,20}:\s[\w.'’ ()/-]{1,40}?\s*\|"
    # "Written by A. Author on 14.08.2007": a byline's day
    r"|(?:Written|Posted|Published|Filed|Submitted)\s+by\s+[^|\n]{1,40}?\s+on"
    # "(Xinhua) 14:05, August 14, 2007": an agency's tag and the hour before the day
    r"|\([A-Z][\w .-]{1,30}\)\s*\d{1,2}:\d{2},?"
    # "No. 21-064    Issued Friday, 22 October 2021": a bulletin's number, then its day
    r"|[A-Z][\w.'’ ()/-]{1,30}?\s{2,}(?:Published|Updated|Dated?|Issued|Released)\b:?)"
    # ("Posted: Mon 27 Jul 2009, 09:14": the weekday before the day)
    r"\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$"
)


CLOCK_TAIL = re.compile(
    # "(09:40)", ", 10:32–10:49" (a press conference's hours), "14:05 (Vladivostok time)"
    r"^\s*[,(]?\s*\d{1,2}[:.]\d{2}(?:\s*[–-]\s*\d{1,2}[:.]\d{2})?\s*"
    # ("10:32 IST", "09.12 BST": a zone's abbreviation)
    r"(?:[ap]\.?m\.?(?:\s+[A-Z]{2,4})?|MSK|UTC|GMT|hrs|local\s+time|\(?[A-Z][a-z]+\s+time\)?"
    r"|[A-Z]{1,4}[SD]?T)?\s*\)?\s*$",
    re.IGNORECASE,
)
SECTION_TAIL = re.compile(
    r"\s*,?\s*(?:\d{1,2}[:.]\d{2}\s*)?(?:[|·•]|[-–—]\s|\)$)"
    # "Thursday, 15 February 2018, Canberra": a hearing's day and place
    r"|\s*,\s*[A-Z][A-Za-z.'’ -]{1,30}$"
    # "Thursday, 26 April 2012, 15:00, Ministry of National Defense press room, Beijing":
    # its hour, room and city
    r"|\s*,\s*\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?(?:\s*,\s*[A-Z][A-Za-z.'’ -]{1,60}){1,3}$"
)
TITLE_PLACE = re.compile(r"[A-Z][\w.'’ -]{1,30},\s")
# "Beijing, ", "New Delhi, ": a place's words, each capitalised.
TITLE_CASE_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3},\s")
# The dash that ends a dateline, or an agency's name between slashes ("Tashkent,
# 08.08.2007 /Turon-Info/"); a wire's name in brackets may come first.
DATELINE_DASH = re.compile(
    r"\)?\s*(?:\([A-Z][\w .-]{1,30}\)\s*)?(?:--|[—–-])\s|\s*/[A-Z][\w .-]{1,30}/\s*$"
)


# Japan's Joint Staff dates its releases by era, the Western date beside it: "23 July,
# Reiwa 1 (2019)", "R7.12.9 (December 9, 2025)".
JAPANESE_ERA = re.compile(
    r"\b(?:(?:Reiwa|Heisei|Showa)\s+\d{1,2}|[RHS]\d{1,2}\.\d{1,2}\.\d{1,2})\s*"
    r"\(((?:\d{4})|[^()]{0,20}\d{4})\)"
)


SOURCE_NOTE = re.compile(r"\b(?:Source|Translated|Original(?:ly)?\s+published)\b|\bNo\.\s*\d", re.I)


WEEKDAY_TAIL = re.compile(r"^\.?\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)", re.IGNORECASE)


# "P143  NORDVISION TEXT  143 Tue 10.08.21 19:42:31": a teletext page's header, its day in
# figures with a two-digit year, read only when the weekday beside it agrees.
WEEKDAY_FIGURES = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b"
)
WEEKDAY_ABBR = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_figures(line: str) -> date | None:
    m = WEEKDAY_FIGURES.search(line)
    if m is None:
        return None
    a, b, y = int(m.group(2)), int(m.group(3)), int(m.group(4))
    year = y + 2000 if y < 100 else y
    want = WEEKDAY_ABBR.index(m.group(1).lower())
    fits = set()
    for day, month in ((a, b), (b, a)):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == want:
            fits.add(d)
    # (both orders may fit only when day and month are the same number)
    return fits.pop() if len(fits) == 1 else None


def find_dateline(raw: str) -> date | None:
    """A date that opens the article ("10 November 2019", "MOSCOW, Nov. 10, 2019 -"), on
    its first line or on a dateline under the headline."""
    # A press release can put its dated line under a letterhead, a note and the headline.
    lines = [
        JAPANESE_ERA.sub(r"\1", line.strip())
        for line in raw.lstrip()[:800].split("\n")
        if line.strip()
    ][:8]
    # (a forum's first post may sit under its board's lines: "#1  sapper_vet_73 (Member
    # since 2004)" then "Posted: Mon 27 Jul 2009, 09:14"; only such a line counts that low)
    lines = lines[:6] + [line for line in lines[6:] if POSTED_LINE.match(line)]
    if lines and (teletext := _weekday_figures(lines[0])) is not None:
        return teletext
    tagger = get_tagger()
    for line in lines[:3]:
        # "[Translated from Russian. Source: "Pacific Watch", newspaper of the Pacific Fleet,
        # No. 42, 25 October 2021, p. 1.]": a translator's note giving the issue's day.
        if line.startswith(("[", "(")) and SOURCE_NOTE.search(line):
            days = [
                tx.start_date
                for tx in tagger.tag(line[:400], dct=None)
                if tx.anchor == "absolute" and tx.granularity == "day" and tx.start_date
            ]
            if len(set(days)) == 1:
                return days[0]
    for n, line in enumerate(lines):
        # "MONDAY, SEPTEMBER 19, 2011 | No. 178": the tagger knows months in capitals
        # only at the start of a line; a masthead in capitals is read title-cased.
        # (Only a masthead's, with its weekday: "JULY 23, 2019 - In their first ..." is a
        # timeline's entry.)
        cased = (
            CAPITAL_DAY_WORDS.sub(lambda m: m.group(0).title(), line)
            if n <= 3 and CAPITAL_WEEKDAY.search(line)
            else line
        )
        line_txs = tagger.tag(cased[:160], dct=None)
        for tx in line_txs:
            # "Regular Press Conference of the Ministry of National Defense on December 26,
            # 2024": a heading may end with its day, however long it is.
            # ("..., July 25, 2024 (excerpts)": a bracketed note may follow it.)
            if (
                tx.start > 60
                and not FORUM_POST_HEAD.fullmatch(line[: tx.start])
                and len(line) - tx.end > 2
                and not re.fullmatch(r"\s*\([^()]{1,30}\)\s*", line[tx.end :])
            ):
                break
            if not (tx.anchor == "absolute" and tx.granularity == "day" and tx.start_date):
                continue
            if CAPITAL_DAY_WORDS.search(cased[tx.start : tx.end]):
                # "AUGUST 3, 2021 - First patrol, ...": a month in capitals with no weekday
                # is a timeline's entry, not a masthead (those were title-cased above).
                continue
            # Below the headline only a dateline dates the article: "MOSCOW, Aug 3 -", or a
            # line that is nothing but a place or "Published" and the day (and its hour).
            if (
                n == 0
                or DATELINE_START.match(line)
                or (
                    (
                        # ("Date of dispatch: 2023.12.14. (Thu)": its weekday after it)
                        not re.search(
                            r"\w", CLOCK_TAIL.sub("", WEEKDAY_TAIL.sub("", line[tx.end :]))
                        )
                        # "Issued: 19 JUL 2023 | Valid until: 25 JUL 2023 | ...": the first
                        # field of a bulletin's header
                        or re.match(r"\s*\|", line[tx.end :])
                        # "Issued Friday, 22 October 2021    (English version for ...)"
                        or re.fullmatch(r"\s*\([^()\n]{1,60}\)\s*", line[tx.end :])
                        # "Released Friday, 16 October 2026. Recorded the previous
                        # afternoon.": a note on the recording after it
                        or re.match(r"\.\s+[A-Z]", line[tx.end :])
                        # "First posted: Monday 14 September 2026, 08:05 (Beijing time) |
                        # Last updated: ...": its hour and zone, then the bar
                        or re.match(
                            r"\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*\([^()|]{1,30}\))?\s*\|", line[tx.end :]
                        )
                    )
                    and DATED_LINE.match(line[: tx.start])
                )
                # "Regional weekly of Zhambyl oblast | English edition | Friday, 10
                # September 2010": a masthead's last field.
                or (len(line) - tx.end <= 2 and re.search(r"\s\|\s*$", line[: tx.start]))
                # "Chelyabinsk, No. 147, 14.08.2007": an issue's number, then its day.
                or (
                    len(line) - tx.end <= 2
                    and ISSUE_NUMBER_TAIL.search(line[: tx.start])
                )
                # "Press Release                    2023/02/28": a letterhead's date set
                # right, after a run of spaces
                or (
                    n <= 3
                    and len(line) - tx.end <= 2
                    and re.search(r"(?:\s{3,}|\t)$", line[: tx.start]) is not None
                )
                # "10.09.2010, 11:42 | Politics / Defence", "(July 29, 2021 - English
                # version, unofficial)": a short line under the headline that opens on its
                # day, then a separator.
                # ("Monday 09/08/2021 - all times Beijing (UTC+8)": its weekday before it)
                or (
                    # ("MONDAY, SEPTEMBER 19, 2011 | No. 178": a masthead in capitals)
                    re.fullmatch(
                        r"\(?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+",
                        line[: tx.start],
                        re.IGNORECASE,
                    )
                    is not None
                    and len(line) <= 120
                    and SECTION_TAIL.match(line, tx.end) is not None
                )
                # "17.04.2012" alone on its line under a letterhead, or with its hour
                # ("25.07.2024 (09:40)")
                or not re.search(r"\w", line[: tx.start] + CLOCK_TAIL.sub("", line[tx.end :]))
                # "Transcript, broadcast of 26 September 2013, 21:00 Minsk time"
                or (
                    n <= 3
                    and FOOTER_MARK.search(line[: tx.start])
                    # ("Programme transcript, aired Wednesday 7 June 2023, 19:00 JST")
                    and re.search(
                        r"\b(?:of|on)\s*$|:\s*$|" + FOOTER_MARK.pattern + r"\s*$",
                        line[: tx.start],
                        re.IGNORECASE,
                    )
                    and len(line) - tx.end <= 30
                )
                # "Bulletin script, 0600 UTC, Thursday 13 September 2018", "December 29,
                # 2022 (translated excerpts)": a short line of the masthead's own words.
                or (1 <= n <= 3 and _masthead_line(line, tx, line_txs))
                # "#1  OldSalt_Norfolk  |  Wed 26 Nov 2008, 07:12": a thread's first post
                or FORUM_POST_HEAD.fullmatch(line[: tx.start]) is not None
                # "Tehran, Dey 6, 1398 (December 27, 2019) -- News Service": a place in
                # title case, the day, then the dash that ends a dateline.
                or (
                    (place := TITLE_PLACE.match(line)) is not None
                    and tx.start - place.end() <= 16
                    and DATELINE_DASH.match(line, tx.end) is not None
                )
            ):
                return tx.start_date
    return _yearless_dateline(lines) or _footer_date(raw)


# "#1  OldSalt_Norfolk  |  Wed ", "#1  CPO_Dunmore (retired, 22 yrs)   Posted ": a forum
# post's number and poster before its stamp.
FORUM_POST_HEAD = re.compile(
    r"#\d{1,4}\s+(?:[^|»]{1,40}[|»]\s*|[^|»\n]{1,70}?\s{2,}Posted:?\s+"
    r"|Posted\s+by\s+[^\n]{1,60}?\s+[-–—|]\s+)"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
)


# Months and weekdays spelt out in capitals (not "JAN", which a date-time group keeps).
CAPITAL_DAY_WORDS = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b"
)
CAPITAL_WEEKDAY = re.compile(r"\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b")
# "Chelyabinsk, No. 147, ": a masthead's issue number just before the issue's day.
ISSUE_NUMBER_TAIL = re.compile(r"\bNo\.?\s*\d+(?:\s*\(\d+\))?\s*[,;|/·•–—-]\s*$")
# The words a masthead, a byline or a transcript's header line is made of, besides names,
# numbers and the day itself.
MASTHEAD_WORDS = frozenset({
    "a", "abridged", "afternoon", "all", "and", "at", "blog", "broadcast", "bulletin", "by",
    "center", "centre",
    "chinese", "circulated", "clarity", "contain", "correspondent", "coverage", "daily", "dated",
    # ("Ministry of National Defense (PRC) - regular press conference, Thursday 31 July 2025
    # (afternoon)")
    "conference", "regular", "briefing",
    "desk", "digest", "distributed", "edited", "edition", "english", "errors", "evening",
    "excerpts", "for", "from", "hrs", "in", "information", "issue", "item", "length", "lightly",
    "live", "local", "magazine", "may", "morning", "news", "newsletter", "newspaper", "newsroom",
    "night", "no", "note", "of", "office", "on", "online", "page", "posted", "prepared", "press",
    "print", "program", "programme", "published", "release", "released", "report", "reporter",
    "rush", "russian", "script", "segment", "service", "staff", "text", "the", "time", "times",
    "transcript", "translated", "translation", "unofficial", "update", "updated", "updates",
    "version", "vol", "web", "weekly",
})


def _masthead_line(line: str, tx: Timex, line_txs: list[Timex]) -> bool:
    """Is the line, but for its one day, made only of names, numbers and a masthead's words
    (no sentence: "The drills began on 20 July 2023" is not)? A second date, a span ("Week
    ahead: Sept 7-13, 2026") or a day written 12/03/2025, either way round, is no such line."""
    if (
        len(line) > 120
        or tx.start_date != tx.end_date
        or re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", tx.text)
        or any(t is not tx and t.type in ("DATE", "DURATION") for t in line_txs)
    ):
        return False
    rest = line[: tx.start] + " " + line[tx.end :]
    words = re.findall(r"[^\W\d_]+", rest)
    return all(w[0].isupper() or w.lower() in MASTHEAD_WORDS for w in words)


# "Issue 311 - ", "Vol. 12, No. 4, ": a newsletter's issue, then the day it bears.
ISSUE_HEAD = re.compile(
    # ("Continental Defence Weekly | Issue 39 | 28 September 2010 | page 14")
    r"^(?:[\w&'| ]{0,60}\s)?(?:Issue|No\.?|Vol\.?|Volume|Edition)\s*\d+[\w/()]*"
    r"(?:\s*,\s*(?:Issue|No\.?)\s*\d+)?\s*[-–—,:|/]?\s*$",
    re.IGNORECASE,
)
FOOTER_MARK = re.compile(
    r"\b(?:aired|broadcast|published|posted|filed|transmitted|dated|updated|released|issued"
    # ("Closed by Bosun_Bird. Timestamp: 16:42, 2 September 2023 (UTC).": a talk page's
    # closing line)
    r"|timestamp)\b",
    re.IGNORECASE,
)


SIGN_OFF = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of|the|and|for|[A-Z][\w'’.-]*))*"
                      r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)+,\s*")


def _footer_date(raw: str) -> date | None:
    """"[TRANSCRIPT ENDS - segment aired Monday, 11 December 2017]", "Published 20 October
    2026": a day under the article, on one of its last lines, that says it is the date of
    publication or stands alone."""
    lines = [line.strip() for line in raw.rstrip()[-600:].split("\n") if line.strip()][-3:]
    tagger = get_tagger()
    for line in reversed(lines):
        if len(line) > 140:
            continue
        for tx in tagger.tag(line, dct=None):
            if not (tx.anchor == "absolute" and tx.granularity == "day" and tx.start_date):
                continue
            # ("30.11.2022 (17:42)": with its hour)
            bare = not re.search(r"\w", line[: tx.start] + CLOCK_TAIL.sub("", line[tx.end :]))
            # "Ministry of National Defense, Beijing, 11 December 2017": a release's sign-off
            signed = SIGN_OFF.fullmatch(line[: tx.start]) and not re.search(r"\w", line[tx.end :])
            # ("Issue 311 - 13 March 2026. Not for redistribution.": the issue's number)
            issue = ISSUE_HEAD.search(line[: tx.start])
            if bare or signed or issue or FOOTER_MARK.search(line[: tx.start]):
                return tx.start_date
    return None


MONTH_DAY = re.compile(
    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})\b"
    r"|\b(?P<day2>\d{1,2})\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
)
MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
)}


def _yearless_dateline(lines: list[str]) -> date | None:
    """"MOSCOW, Sept 1 (Wire) -" under "Russia starts Vostok-2022 drills": the day of the
    dateline in the one year the headline and dateline paragraph name, if they name one."""
    for n, line in enumerate(lines):
        if not DATELINE_START.match(line):
            continue
        m = MONTH_DAY.match(line, DATELINE_START.match(line).end())
        m = m or MONTH_DAY.search(line[:40])
        if m is None:
            return None
        head = " ".join(lines[: n + 1])
        years = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", head)}
        if len(years) != 1:
            return None
        month = MONTHS[(m["mon"] or m["mon2"])[:3].lower()]
        try:
            return date(years.pop(), month, int(m["day"] or m["day2"]))
        except ValueError:
            return None
    return None


FILED_SLACK_DAYS = 3


def filed_day(raw: str, published: date) -> date | None:
    """The day a dateline gives ("Beijing, Aug 18 (PTA) China and Russia today launched
    ..."), when it is a few days before the publication date the metadata gives."""
    lines = [line.strip() for line in raw.lstrip()[:800].split("\n") if line.strip()][:6]
    for line in lines:
        # ("The exercise began on Friday, Sept. 22, ..." is a sentence, not a place)
        head = DATELINE_START.match(line) or TITLE_CASE_PLACE.match(line)
        if head is None:
            continue
        after = line[head.end() :].lstrip(" ,")
        # "KULYAB, Tajikistan, Sept. 23 (...)": the country after the place
        country = TITLE_CASE_PLACE.match(after)
        m = MONTH_DAY.match(after) or (
            MONTH_DAY.match(after[country.end() :].lstrip(" ,")) if country else None
        )
        if m is None:
            continue
        if country and not MONTH_DAY.match(after):
            after = after[country.end() :].lstrip(" ,")
        month = MONTHS[(m["mon"] or m["mon2"])[:3].lower()]
        year = published.year - (1 if month > published.month else 0)
        try:
            day = date(year, month, int(m["day"] or m["day2"]))
        except ValueError:
            continue
        rest = after[m.end() :]
        # "Beijing, Aug 18 (PTA)", "MOSCOW, Aug. 18, 2005 -": the dateline's own year, if
        # it gives one, must be the day's.
        year_given = re.match(r",?\s*((?:19|20)\d{2})\b", rest)
        if year_given and int(year_given.group(1)) != day.year:
            return None
        if published - timedelta(days=FILED_SLACK_DAYS) <= day < published:
            return day
        # "Wednesday, 8 November 2023" above "YANGON, 7 Nov —": a masthead's day is no
        # dateline; the next line may be.
    return None


MAX_SENTENCE_CHARS = 2000
MAX_EVENT_SENTENCES = 400


class Analyzer:
    """Holds the loaded pipelines and the rules; analyses documents in batches.

    Every article is segmented with the cheap sentence recognizer; only the sentences that
    contain a trigger word or a series name go through the full pipeline, each parsed on
    its own. Citations use the segmenter's sentences, so they never depend on the parse.
    """

    def __init__(self, *, model: str | None = None, models_dir: str | Path | None = None):
        self.nlp: Language = load_pipeline(model=model, models_dir=models_dir)
        self.segmenter: Language = load_segmenter(model=model)
        self.gazetteer = get_gazetteer(models_dir)
        self.keywords = trigger_keywords(self.gazetteer)
        self.rules = boilerplate_rules(self.gazetteer)
        self.extractor = EventExtractor(self.gazetteer)
        self.model = model_info(self.nlp)
        self.ruleset = self.gazetteer.ruleset

    def extractor_info(self) -> dict:
        return {"version": __version__, "ruleset": self.ruleset, "model": self.model}

    def _prepare(self, document: Document) -> tuple[Cleaned, date | None, str]:
        cleaned = clean(document.raw, self.rules)
        if not cleaned.text.strip():
            raise InputError(document.path, Errors.E012, "E012")
        dct, anchor = document.published, "publication_date"
        filed = filed_day(document.raw, dct) if dct is not None else None
        if filed is not None:
            # Wire copy filed the day before the paper printed it: its "today" is the
            # dateline's day.
            dct, anchor = filed, "dateline"
        if dct is None:
            dct = find_dateline(document.raw)
            anchor = "dateline" if dct else "unresolved"
        return cleaned, dct, anchor

    def analyse(
        self, documents: Iterable[Document], *, errors: list[InputError], batch_size: int = 32
    ) -> Iterator[Processed]:
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= batch_size:
                yield from self._analyse_batch(batch, errors)
                batch = []
        if batch:
            yield from self._analyse_batch(batch, errors)

    def _analyse_batch(
        self, documents: list[Document], errors: list[InputError]
    ) -> Iterator[Processed]:
        t0 = time.perf_counter()
        prepared = []
        for document in documents:
            try:
                prepared.append((document, *self._prepare(document)))
            except InputError as exc:
                errors.append(exc)
            except Exception as exc:  # a cleaning bug on one article must not end the run
                errors.append(InputError(document.path, Errors.E015.format(msg=exc), "E015"))
        self.segmenter.max_length = max(
            [self.segmenter.max_length, *(len(p[1].text) + 1 for p in prepared)]
        )
        # The vocabulary's strings for these articles are freed after the batch, so memory
        # stays flat however many articles a run streams through.
        with self.nlp.memory_zone(), self.segmenter.memory_zone():
            jobs = []  # (article number, sentence index, char offset, text)
            too_many: set[int] = set()
            spans_of: list[list[tuple[int, int]]] = []
            texts = [p[1].text for p in prepared]
            for n, seg_doc in enumerate(self.segmenter.pipe(texts, batch_size=64)):
                sents = _sentences(seg_doc)
                spans_of.append(sents)
                # Doc.text joins every token on each access: read it once per article, not
                # once per sentence (that was half the run time on long articles).
                seg_text = seg_doc.text
                mine = [
                    (n, si, start, text)
                    for si, (a, b) in enumerate(sents)
                    if self.keywords.search(seg_text, a, b) or answers_when(seg_text, a)
                    for start, text in _chunks(seg_text, a, b)
                ]
                if len(mine) > MAX_EVENT_SENTENCES:
                    # No article reports thousands of drills; such a text would cost
                    # unbounded time and memory to merge. Say so and go on.
                    too_many.add(n)
                    errors.append(
                        InputError(
                            prepared[n][0].path,
                            Errors.E024.format(n=len(mine), limit=MAX_EVENT_SENTENCES),
                            "E024",
                        )
                    )
                    continue
                jobs.extend(mine)
            docs = []
            for n, _si, _start, text in jobs:
                d = self.nlp.make_doc(blank_asides(text))
                d.user_data["dct"] = prepared[n][2]
                d.user_data["dct_anchor"] = prepared[n][3]
                docs.append(d)
            views: list[list[SentenceView]] = [[] for _ in prepared]
            parsed = self.nlp.pipe(docs, batch_size=256)
            for (n, si, start, _), sdoc in zip(jobs, parsed, strict=True):
                views[n].append(SentenceView(si, sdoc, sdoc[:], start))
            elapsed = (time.perf_counter() - t0) / max(len(prepared), 1)
            for n, (document, cleaned, dct, anchor) in enumerate(prepared):
                if n in too_many:
                    continue
                try:
                    raw_mentions = self.extractor.extract_sentences(
                        views[n],
                        text=cleaned.text,
                        document=document,
                        dct=dct,
                        dct_anchor=anchor,
                    )
                    raw_spans = [cleaned.raw_span(a, b) for a, b in spans_of[n]]
                    # An article dated only by its dateline is ordered by that day.
                    reported = document.published or (dct if anchor == "dateline" else None)
                    cited = cite_mentions(raw_mentions, document, raw_spans, reported=reported)
                except Exception as exc:  # one bad article must not stop the batch
                    errors.append(InputError(document.path, Errors.E015.format(msg=exc), "E015"))
                    continue
                yield Processed(document, cited, dct, anchor, elapsed)


def _sentences(doc) -> list[tuple[int, int]]:
    """[start, end) of each sentence, trimmed of whitespace; empty ones dropped."""
    out = []
    text = doc.text
    for sent in doc.sents:
        a, b = sent.start_char, sent.end_char
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out



# 'Exercise Mosi - the name means "smoke" in Sesotho - kicked off yesterday': a gloss between
# dashes that the parser takes for the clause, so the day loses its verb.
ASIDE = re.compile(
    r"(?<=\w)[ \t]+(?P<dash>--|[-–—])[ \t]+(?:the|its|a|an|which|this|that|meaning|literally)\b"
    r"[^-–—\n]{3,80}?[ \t]+(?P=dash)[ \t]+(?=\w)",
    re.IGNORECASE,
)


# "between 5:50 a.m. and 6:15 a.m. (2050-2115 GMT Tuesday)": the same moment in another
# zone, whose day would date the flight a day early.
ZONE_ASIDE = re.compile(r"\((?=[^()\n]{0,40}\b(?:GMT|UTC)\b)[^()\n]{1,40}\)")


# "briefs foreign media on the joint exercise with China (see Thursday)": a pointer to
# another item, whose day is that item's.
SEE_ASIDE = re.compile(r"\((?:see|cf\.)\s[^()\n]{1,40}\)", re.IGNORECASE)


# '"Joint Sea-2013" (in Russian: "Морское взаимодействие-2013") will take place from Friday 5
# July': a gloss in another script, which the English parser takes for the clause's verb.
# (Chinese characters in brackets, common in state media, leave the parse alone.)
SCRIPT_ASIDE = re.compile(
    r"\((?=[^()\n]*[\u0400-\u04ff\u0600-\u06ff\uac00-\ud7af])"
    r"[^()\n]{1,80}\)"
)


def blank_asides(text: str) -> str:
    """The text with such glosses turned to spaces (offsets and length unchanged)."""
    text = SCRIPT_ASIDE.sub(lambda m: " " * len(m.group()), text)
    text = ZONE_ASIDE.sub(lambda m: " " * len(m.group()), text)
    text = SEE_ASIDE.sub(lambda m: " " * len(m.group()), text)
    return ASIDE.sub(lambda m: " " * len(m.group()), text)


def _chunks(text: str, a: int, b: int) -> Iterator[tuple[int, str]]:
    """A sentence, or pieces of a runaway one (no punctuation for pages) cut at spaces."""
    while b - a > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", a, a + MAX_SENTENCE_CHARS)
        cut = cut if cut > a else a + MAX_SENTENCE_CHARS
        yield a, text[a:cut]
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        yield a, text[a:b]


def cite_mentions(
    raw_mentions: list[RawMention],
    document: Document,
    spans: list[tuple[int, int]],
    *,
    reported: date | None = None,
) -> list[CitedMention]:
    out = []
    for n, m in enumerate(raw_mentions):
        citations: dict[int, dict] = {}
        evidence: dict[str, list[str]] = {}
        for field_, sents in m.evidence.items():
            for si in sorted(sents):
                if si not in citations:
                    start, end = spans[si]
                    citations[si] = {
                        "id": f"{document.doc_id}#s{si}",
                        "doc_id": document.doc_id,
                        "sentence_index": si,
                        "start": start,
                        "end": end,
                        "quote": document.raw[start:end],
                        "source": document.source,
                        "url": document.url,
                        "published": document.published.isoformat() if document.published else None,
                    }
                evidence.setdefault(field_, []).append(citations[si]["id"])
        out.append(
            CitedMention(
                raw=m,
                citations=citations,
                evidence=evidence,
                published=reported or document.published,
                doc_order=0,
                id=f"{document.doc_id}:m{n}",
            )
        )
    return out


def mention_record(cm: CitedMention) -> dict:
    m = cm.raw
    return Mention(
        id=cm.id,
        doc_id=m.doc_id,
        sentence_index=m.sent_index,
        kind=m.kind,
        name=m.name,
        event_type="exercise" if m.event_type == "patrol" else m.event_type,
        status=m.status,
        participants=m.participants,
        date=_date(m.date),
        locations=m.locations,
        assets=m.assets,
        troops=m.troops,
        duration=m.duration,
        number=m.number,
        citations=list(cm.citations.values()),
        evidence=cm.evidence,
        trigger=m.trigger,
        reference=m.reference,
    ).model_dump(mode="json")


def _date(d: dict | None) -> dict | None:
    if d is None:
        return None
    return {k: d.get(k) for k in ("text", "value", "start", "end", "granularity", "anchor", "mod")}


# ------------------------------------------------------------------ results as plain data
# A document's analysis travels between processes and lives in the cache as JSON, and a
# fresh result goes through the same round trip as a cached one, so both give the same feed.


def mention_to_json(cm: CitedMention) -> dict:
    raw = dataclasses.asdict(cm.raw)
    raw["evidence"] = {k: sorted(v) for k, v in cm.raw.evidence.items()}
    return {
        "id": cm.id,
        "published": cm.published.isoformat() if cm.published else None,
        "citations": list(cm.citations.values()),
        "evidence": cm.evidence,
        "raw": raw,
    }


def mention_from_json(obj: dict) -> CitedMention:
    raw = dict(obj["raw"])
    raw["evidence"] = {k: set(v) for k, v in raw["evidence"].items()}
    return CitedMention(
        raw=RawMention(**raw),
        citations={c["sentence_index"]: c for c in obj["citations"]},
        evidence=obj["evidence"],
        published=date.fromisoformat(obj["published"]) if obj["published"] else None,
        doc_order=0,
        id=obj["id"],
    )


def _strict(value: object) -> Any:
    raise TypeError(f"not JSON data: {type(value).__name__}")


def payload_json(payload: dict) -> str:
    """Refuses anything but JSON types, so a cached result cannot differ from a fresh one."""
    # Key order is kept: the outputs list fields in the order the analysis produced them.
    return json.dumps(payload, ensure_ascii=False, default=_strict)


# Errors that depend only on the document (and pipeline) are cached with it; an internal
# error may be a bug or a passing condition, so that document is analysed again next time.
CACHEABLE_ERRORS = frozenset({"E012"})


@dataclass(frozen=True)
class AnalyzerConfig:
    model: str | None = None
    models_dir: str | None = None
    batch_size: int = 32


_local = threading.local()


def worker_analyzer(config: AnalyzerConfig) -> Analyzer:
    """One Analyzer per worker process (per thread under Dask), built on its first shard."""
    cached = getattr(_local, "analyzers", None)
    if cached is None:
        cached = _local.analyzers = {}
    key = (config.model, config.models_dir)
    if key not in cached:
        cached[key] = Analyzer(model=config.model, models_dir=config.models_dir)
    return cached[key]


def analyse_shard(
    documents: list[Document], config: AnalyzerConfig, analyzer: Analyzer | None = None
) -> list[str]:
    """The per-shard function of every engine: one JSON payload per document, in order.

    A payload is {"mentions": [...], "errors": [{code, error}], "lines": [...]}: the
    mentions as JSON data, the errors, and the mentions' lines of mentions.jsonl. A
    document that failed has "mentions": null and no lines.
    """
    analyzer = analyzer or worker_analyzer(config)
    out: list[str] = []
    for d in documents:
        # Each article is analysed on its own: a parse can differ with the other texts in
        # its nlp.pipe batch (float rounding in batched matrix products flips near-ties), so
        # a result that depends only on its article is what lets the cache and any number
        # of workers give the same feed. It costs about 5-10% of throughput.
        errors: list[InputError] = []
        # Exhausted, so that its memory zone is closed before the next article.
        done = list(analyzer._analyse_batch([d], errors))
        p = done[0] if done else None
        mentions = [mention_to_json(cm) for cm in p.mentions] if p else None
        payload: dict[str, Any] = {
            "mentions": mentions,
            "errors": [{"code": e.code, "error": e.message} for e in errors],
        }
        if mentions is not None:
            # Rendered here, in parallel, and cached with the rest: a re-run writes a
            # cached article's lines as they are. They are rendered from the mentions as
            # they will be read back, so a line never depends on where it was made.
            payload["lines"] = [
                dumps(mention_record(mention_from_json(json.loads(payload_json(m)))))
                for m in mentions
            ]
        out.append(payload_json(payload))
    return out


# ------------------------------------------------------------------------------- merging


def merge(results: Iterable[tuple[str, list[CitedMention]]], extractor_info: dict) -> list[dict]:
    """Cluster every article's (doc_id, mentions) into records; validate each.

    All in memory: the reference that a run's merge from its store on disk (spill.py)
    is tested against."""
    mentions: list[CitedMention] = []
    for order, (_doc_id, cms) in enumerate(sorted(results, key=lambda r: r[0])):
        for cm in cms:
            cm.doc_order = order
            mentions.append(cm)
    records = build_records(cluster_mentions(mentions), extractor_info)
    return [Event.model_validate(r).model_dump(mode="json") for r in records]


def pipeline_identity(model: str | None, models_dir: str | Path | None) -> tuple[str, str]:
    """(model, ruleset) as an Analyzer reports them, without loading the spaCy model."""
    ruleset = get_gazetteer(models_dir).ruleset
    name = resolve_model_name(model)
    meta_path: Path | None = None
    if Path(name).is_dir():
        meta_path = Path(name) / "meta.json"
    else:
        import importlib.util

        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    if meta_path is not None and meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        lang, name_, version = meta.get("lang", "xx"), meta.get("name", "?"), meta.get("version")
        return f"{lang}_{name_}-{version or '?'}", ruleset
    # No meta.json to read (an unusual package layout): ask the loaded model.
    return model_info(load_pipeline(model=model, models_dir=models_dir)), ruleset


@dataclass
class _Pending:
    pos: int
    info: DocInfo
    key: str | None


# Articles per shard when none is asked for: in one process a shard is only the unit the
# cache commits; across processes smaller shards keep every worker busy to the end.
BATCH_SIZE = 32
POOL_BATCH_SIZE = 4


@dataclass
class Run:
    """A finished run. Errors, counts and timings are in memory; the records, mentions
    and documents are read back from disk one at a time, so writing a feed of any size
    takes no more memory than writing a short one."""

    store: RunStore
    errors: list[InputError]
    model: str
    ruleset: str
    timings: dict[str, float]
    cache: dict[str, int]

    @property
    def counts(self) -> dict[str, int]:
        return {
            "documents": self.store.documents,
            "mentions": self.store.mentions,
            "events": self.store.records,
        }

    def record_lines(self) -> Iterator[str]:
        """events.jsonl, one JSON text per record (without its newline), in feed order."""
        return self.store.record_lines()

    def mention_text(self) -> Iterator[str]:
        """mentions.jsonl, in blocks of whole lines."""
        return self.store.mention_text()

    def mention_lines(self) -> Iterator[str]:
        for block in self.store.mention_text():
            # Not splitlines(): a JSON text may hold U+2028 and its kin unescaped.
            yield from block.split("\n")[:-1]

    def documents(self) -> Iterator[DocInfo]:
        """The documents analysed, in doc_id order."""
        return self.store.doc_infos()


def extract(
    *,
    inputs: list[str],
    model: str | None = None,
    models_dir: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    analyzer: Analyzer | None = None,
    progress: Callable[[DocInfo], None] | None = None,
    stdin=None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache_dir: str | Path | None = None,
    batch_size: int | None = None,
) -> RunResult:
    """Run the whole job and return records, mentions and errors as lists.

    The same run as ``open_run``, with its outputs read into memory: convenient for
    tests and small inputs; ``extractor run`` streams them to files instead.
    """
    with open_run(
        inputs=inputs, model=model, models_dir=models_dir, max_bytes=max_bytes,
        analyzer=analyzer, progress=progress, stdin=stdin, workers=workers, engine=engine,
        scheduler=scheduler, cache_dir=cache_dir, batch_size=batch_size,
    ) as run:
        return RunResult(
            records=[json.loads(line) for line in run.record_lines()],
            mentions=[json.loads(line) for line in run.mention_lines()],
            errors=run.errors,
            documents=list(run.documents()),
            timings=run.timings,
            model=run.model,
            ruleset=run.ruleset,
            cache=run.cache,
        )


@contextlib.contextmanager
def open_run(
    *,
    inputs: list[str],
    model: str | None = None,
    models_dir: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    analyzer: Analyzer | None = None,
    progress: Callable[[DocInfo], None] | None = None,
    stdin=None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache_dir: str | Path | None = None,
    batch_size: int | None = None,
) -> Iterator[Run]:
    """Analyse and merge; yield the Run, whose outputs can be read until the block ends.

    Documents stream from the inputs through the cache (``cache_dir``; None disables it)
    to the engine: in this process (``workers=1``), a pool of ``workers`` processes, or
    Dask (``engine="dask"``, on ``scheduler`` or a local cluster). Each finished
    document's results go to a temporary store on disk (see spill.py), so memory does not
    grow with the articles' text or their citations. The output does not depend on the
    engine, the worker count or the batch size.
    """
    from .spill import RunStore

    store = RunStore()
    try:
        yield _run(
            store, inputs=inputs, model=model, models_dir=models_dir, max_bytes=max_bytes,
            analyzer=analyzer, progress=progress, stdin=stdin, workers=workers,
            engine=engine, scheduler=scheduler, cache_dir=cache_dir, batch_size=batch_size,
        )
    finally:
        store.close()


def _run(
    store: RunStore,
    *,
    inputs: list[str],
    model: str | None,
    models_dir: str | Path | None,
    max_bytes: int,
    analyzer: Analyzer | None,
    progress: Callable[[DocInfo], None] | None,
    stdin,
    workers: int,
    engine: str,
    scheduler: str | None,
    cache_dir: str | Path | None,
    batch_size: int | None,
) -> Run:
    t0 = time.perf_counter()
    owned = analyzer is None
    pooled = engine == "dask" or workers > 1
    size = batch_size or (POOL_BATCH_SIZE if pooled else BATCH_SIZE)
    md = str(Path(models_dir).resolve()) if models_dir is not None else None
    config = AnalyzerConfig(model=model, models_dir=md, batch_size=size)
    if analyzer is not None:
        model_name, ruleset = analyzer.model, analyzer.ruleset
    else:
        model_name, ruleset = pipeline_identity(model, models_dir)
    info = {"version": __version__, "ruleset": ruleset, "model": model_name}
    cache = None
    if cache_dir is not None:
        from .cache import Cache, pipeline_key

        cache = Cache(cache_dir, pipeline_key(model=model_name, ruleset=ruleset))

    ingest_errors: list[InputError] = []
    positioned: list[tuple[int, int, int, InputError]] = []  # (pos, 0 ingest/1 analysis, seq)
    timing = {"load": 0.0}
    seen_errors = 0

    def note_ingest_errors(pos: int) -> None:
        nonlocal seen_errors
        for e in ingest_errors[seen_errors:]:
            positioned.append((pos, 0, len(positioned), e))
        seen_errors = len(ingest_errors)

    def finish(p: _Pending, text: str, fresh: bool) -> None:
        payload = json.loads(text)
        for e in payload["errors"]:
            err = InputError(p.info.path, e["error"], e["code"])
            positioned.append((p.pos, 1, len(positioned), err))
        if payload["mentions"] is not None:
            store.add(p.info, payload["mentions"], payload["lines"])
            if progress:
                progress(p.info)
        cacheable = all(e["code"] in CACHEABLE_ERRORS for e in payload["errors"])
        if fresh and cache is not None and p.key is not None and cacheable:
            cache.put(p.key, text)

    def shards() -> Iterator[tuple[list[_Pending], list[Document]]]:
        """Uncached documents in shards; cached ones are finished on the way."""
        from .cache import document_key

        pending: list[_Pending] = []
        docs: list[Document] = []
        stream = iter_documents(inputs, errors=ingest_errors, max_bytes=max_bytes, stdin=stdin)
        for pos, d in enumerate(stream):
            note_ingest_errors(pos)
            p = _Pending(pos, DocInfo.of(d), None)
            if cache is not None:
                p.key = document_key(d)
                text = cache.get(p.key)
                if text is not None:
                    finish(p, text, fresh=False)
                    continue
            pending.append(p)
            docs.append(d)
            if len(docs) >= size:
                yield pending, docs
                pending, docs = [], []
        note_ingest_errors(1 << 62)
        if docs:
            yield pending, docs

    def local_analyzer() -> Analyzer:
        nonlocal analyzer
        if analyzer is None:
            t = time.perf_counter()
            analyzer = Analyzer(model=model, models_dir=models_dir)
            timing["load"] += time.perf_counter() - t
        return analyzer

    results: Iterable[tuple[list[_Pending], list[str]]]
    if engine == "dask":
        from .dask_engine import map_shards as dask_map

        results = dask_map(shards(), config, workers=workers, scheduler=scheduler)
    elif workers > 1:
        from .parallel import map_shards

        results = map_shards(
            shards(), config, workers=workers,
            local=lambda docs: analyse_shard(docs, config, local_analyzer()),
        )
    else:
        # The model is loaded only when some document is not in the cache.
        results = (
            (pending, analyse_shard(docs, config, local_analyzer())) for pending, docs in shards()
        )
    try:
        for pending, payloads in results:
            for p, text in zip(pending, payloads, strict=True):
                finish(p, text, fresh=True)
            if cache is not None:
                cache.commit()  # a killed run keeps every shard it finished
    finally:
        if cache is not None:
            cache.close()
    t_merge = time.perf_counter()
    if analyzer is not None and owned:
        # Merging needs no model: give its memory back before the clustering state is
        # built, so that the two never add up.
        analyzer = None
        gc.collect()
    store.merge(info)
    for path, msg, code in store.merge_errors:
        positioned.append((1 << 63, 2, len(positioned), InputError(path, msg, code)))
    t_end = time.perf_counter()
    positioned.sort(key=lambda x: x[:3])
    return Run(
        store=store,
        errors=[e for *_, e in positioned],
        model=model_name,
        ruleset=ruleset,
        timings={
            "load_seconds": round(timing["load"], 3),
            "analyse_seconds": round(t_merge - t0 - timing["load"], 3),
            "merge_seconds": round(t_end - t_merge, 3),
            "total_seconds": round(t_end - t0, 3),
        },
        cache={"hits": cache.hits, "misses": cache.misses} if cache is not None else {},
    )
