"""Merging mentions into events within and across articles; stable ids.

Mentions are clustered greedily from the most specific (named, day-level dates) to the
least, and a mention joins a cluster only when it agrees with the cluster's summary: same
or compatible type, overlapping dates, overlapping participants, no clash of names. So a
year-level "two patrols last year" cannot chain May and November into one record.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from .events import (
    GENERIC_TYPES,
    GRAN_RANK,
    PART_WORDS,
    PATROL_TYPES,
    SPECIFIC_ORDER,
    RawMention,
    _status_by_date,
)

GENERIC = GENERIC_TYPES | {"exercise"}


@dataclass(eq=False)
class CitedMention:
    """A RawMention with its citations resolved (ids per field) and its source's date."""

    raw: RawMention
    citations: dict[int, dict]  # sentence index -> citation
    evidence: dict[str, list[str]]
    published: date | None
    doc_order: int
    id: str


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _memo(method):
    """Cache a cluster summary until the next member is added: clustering compares every
    mention with every cluster, so recomputing summaries made it quadratic in mentions."""
    name = method.__name__

    @functools.wraps(method)
    def wrapper(self):
        cache = self._cache
        if name not in cache:
            cache[name] = method(self)
        return cache[name]

    return wrapper


@dataclass(eq=False)
class Cluster:
    members: list[CitedMention] = field(default_factory=list)
    _cache: dict = field(default_factory=dict, repr=False, compare=False)
    # Kept up to date on each addition: recomputing them from all members made placing
    # a mention cost as much as the cluster was large.
    _by_doc: dict[str, list[CitedMention]] = field(default_factory=dict, repr=False)
    _name: str | None = field(default=None, repr=False)
    _name_known: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        given, self.members = self.members, []
        for cm in given:
            self.add(cm)

    def add(self, cm: CitedMention) -> None:
        self.members.append(cm)
        self._by_doc.setdefault(cm.raw.doc_id, []).append(cm)
        n = cm.raw.name
        # An edition ("Joint Sea-2013") says more than its series ("Joint Sea"); a name
        # the gazetteer knows beats one a sentence gave ('"Orudaa-2024"' in one wire's
        # spelling of Orruda 2024).
        if n and (
            self._name is None
            or (_bare_series_name(self._name) and not _bare_series_name(n))
            or (not self._name_known and cm.raw.series_id and not _bare_series_name(n))
        ):
            self._name = n
            self._name_known = bool(cm.raw.series_id)
        self._cache.clear()

    @property
    def kind(self) -> str:
        return self.members[0].raw.kind

    def name(self) -> str | None:
        return self._name

    @_memo
    def edition_name(self) -> str | None:
        """The name with its year when a bare series name was given to a dated drill ("The
        drill, called Marine Security Belt, began on Friday")."""
        name = self._name
        fmt = next((m.raw.series_format for m in self.members if m.raw.series_format), None)
        if name and _has_digit(name):
            return name
        return _with_year(fmt, name, self.date())

    @_memo
    def number(self) -> int | None:
        return next((m.raw.number for m in self.members if m.raw.number), None)

    @_memo
    def series_id(self) -> str | None:
        return next((m.raw.series_id for m in self.members if m.raw.series_id), None)

    @_memo
    def event_type(self) -> str:
        named = [m.raw.event_type for m in self.members if m.raw.series_id and m.raw.name]
        if named:
            # "Peace Mission 2005" is what its series is, whatever the size; an edition of
            # plain exercises said to be a counter-terrorism one is that.
            kind = min(named, key=SPECIFIC_ORDER.index)
            if kind == "exercise" and any(
                m.raw.event_type == "counter_terrorism_exercise"
                and re.search(r"terror", m.raw.trigger, re.I)
                for m in self.members
            ):
                # "began their first joint counter-terrorism exercise", then its name
                kind = "counter_terrorism_exercise"
            return kind
        types = [m.raw.event_type for m in self.members]
        return min(types, key=SPECIFIC_ORDER.index)

    @_memo
    def date(self) -> dict | None:
        # "expect the commander to watch the main phase on Thursday": a phase's days lie
        # inside the exercise ("began on Monday ... the active phase from May 17 to 21"),
        # but with no day of its own for the exercise they would make up its first day.
        # A phase said to begin or to run until a day tells the exercise's days too ("The
        # active phase began on Tuesday and runs until Monday").
        whole = [
            m
            for m in self.members
            if not _is_part(m.raw) or m.raw.began or m.raw.until or m.raw.ended
        ]
        day_of_its_own = any(
            m.raw.began or (m.raw.date or {}).get("granularity") == "day" for m in whole
        )
        # ("The active phase of Tsentr-2019 ran from Monday to Saturday last week" with only
        # the name's year for the whole, and no day it ran until or ended: the phase's days
        # say more than the year.)
        pool = (
            whole
            if not day_of_its_own
            and any(
                m.raw.date
                and m.raw.date.get("start")
                and (
                    m.raw.date.get("granularity") not in ("year", "decade", "century")
                    or any(x.raw.until or x.raw.ended for x in whole)
                )
                for m in whole
            )
            else self.members
        )
        dated = [m.raw.date for m in pool if m.raw.date and m.raw.date.get("start")]
        if not dated:
            return next((m.raw.date for m in self.members if m.raw.date), None)
        # ("since that day the ships have been conducting a joint patrol" beside "Between 17
        # and 23 October 2021 ...": a closed interval says more than an open one)
        best = min(
            dated, key=lambda d: (GRAN_RANK.get(d.get("granularity"), 7), not d.get("end"))
        )
        if best.get("granularity") != "day" or not best.get("end"):
            return self._reported_span(best) or best
        if best["start"] == best["end"]:
            # "began on Friday" and "would last four days": the days it ran over.
            span = self._reported_span(best)
            if (
                span
                and span["start"] <= best["start"] <= span["end"]
                and span["start"] < span["end"]
            ):
                return span
        # Reports of one exercise give its first day, its last, or "until Friday":
        # together they are the interval it ran over.
        # A later report corrects an earlier one ("from August 2 to 6" announced, "from
        # August 1 to 5" reported): the days come from the newest article that gives any.
        dated_members = [
            m
            for m in pool
            if (m.raw.date or {}).get("granularity") == "day" and m.raw.date.get("end")
        ]
        newest = max(dated_members, key=lambda m: (m.published or date.min, -m.doc_order))
        members = self._by_doc[newest.raw.doc_id]
        dated_ids = {id(m) for m in dated_members}
        told = self._told_span(newest.raw.doc_id)
        # The day the article says the exercise itself began.
        own_start = min(
            (m.raw.began for m in members if m.raw.began and not _ceremony(m.raw)), default=None
        )
        days = [
            m.raw.date
            for m in members
            if id(m) in dated_ids
            # "Wednesday saw only the opening ceremony; the exercise began on Thursday"
            and not (
                _ceremony(m.raw)
                and (
                    (told and not told[0] <= m.raw.date["start"] <= told[1])
                    or (own_start and m.raw.date["start"] < own_start)
                    # "held from 20 to 23 July ... The closing ceremony took place today, 24
                    # July": a ceremony outside the days the article gives the drill
                    or any(
                        not _ceremony(x.raw)
                        and (d := x.raw.date)
                        and d.get("granularity") == "day"
                        and d.get("end")
                        and d["start"] < d["end"]
                        and not d["start"] <= m.raw.date["start"] <= d["end"]
                        for x in members
                    )
                )
            )
        ] or [m.raw.date for m in members if id(m) in dated_ids]
        days = _without_wider_window(days, members)
        # "Putin is expected to watch the main combined phase on Thursday ... It runs until
        # Monday": a phase's day lies inside the exercise, so it is not the first day of a
        # whole the article dates only later.
        part_days = {
            id(m.raw.date)
            for m in members
            if _is_part(m.raw) and not (m.raw.began or m.raw.until or m.raw.ended)
        }
        first_whole = min((d["start"] for d in days if id(d) not in part_days), default=None)
        # ("The second stage ... was completed today. ... From 18 to 21 September, the crews
        # conducted the harbour phase": a whole dated only by its end holds the phases before,
        # when no other report dates it)
        ends_only = {
            id(m.raw.date)
            for m in members
            if m.raw.ended
            and not m.raw.began
            and m.raw.date
            and m.raw.date.get("start") == m.raw.ended
        }
        first_begun = min(
            (d["start"] for d in days if id(d) not in part_days | ends_only), default=None
        )
        # (another report "dates it" with a day, not a year: "Peace Mission exercises ...
        # in 2009" in a note of 2007 leaves the phases their days)
        dated_elsewhere = any(
            m.raw.doc_id != newest.raw.doc_id
            and (m.raw.date or {}).get("granularity") in ("day", "week")
            for m in self.members
        )
        if first_whole is not None and (
            first_begun is not None or not ends_only or dated_elsewhere
        ):
            days = [d for d in days if id(d) not in part_days or d["start"] >= first_whole]
        # Only a phase's day: the other reports say when the whole began.
        only_parts = first_whole is None and len(self._by_doc) > 1
        # "coverage of day three of Vostok-2018": a start the article gives without a day
        # written out (its date is the name's year).
        days += [
            {**m.raw.date, "start": m.raw.began, "end": m.raw.began, "value": m.raw.began,
             "granularity": "day"}
            for m in members
            if m.raw.began
            and m.raw.date
            and m.raw.date.get("granularity") != "day"
            and not _is_part(m.raw)
            and not _ceremony(m.raw)
            and m.raw.began < min(d["start"] for d in days)
        ]
        cut = _cut_short(members)
        cut_days = {id(m.raw.date) for m in members if id(m) in cut}
        ends = [d["end"] for d in days if id(d) not in cut_days] + [
            m.raw.until for m in members if m.raw.until and id(m) not in cut
        ] or [d["end"] for d in days]
        if (
            told
            and told[0] < told[1]
            and told[0] <= min(d["start"] for d in days)
            and max(ends) <= told[1]
        ):
            # "ended on Wednesday after seven days"; "watched the final phase on Tuesday"
            # is a day inside them.
            first = min((m.raw.date for m in dated_members), key=lambda d: d["start"])
            return {**first, "value": f"{told[0]}/{told[1]}", "start": told[0],
                    "end": told[1], "text": " ... ".join(dict.fromkeys(d["text"] for d in days))}
        slipped: set[int] = set()
        if not any(m.raw.until for m in members):
            kept = _prefer_calendar(days)
            slipped = {id(d) for d in days} - {id(d) for d in kept}
            days = kept
            ends = [d["end"] for d in days]
        elif cut:
            # (the plan's start still stands: "began on Friday")
            days = [
                {**d, "end": d["start"]} if id(d) in cut_days else d for d in days
            ]
        loose_days = all(d["start"] == d["end"] for d in days)
        lo, hi = min(d["start"] for d in days), max(ends)
        if lo == hi or only_parts or (loose_days and self._told_span(newest.raw.doc_id) is None):
            # The newest article gives one day ("wrapped up on Friday") or single days inside
            # the exercise ("the final phase on Saturday ... ended on Monday"). The newest
            # account of several days that holds them gives the interval ("ended on
            # Wednesday after seven days"; "got under way this morning" and "the four-day
            # drill"), not a first plan announced before.
            by_age = sorted(
                self._by_doc,
                key=lambda d: max(
                    (m.published or date.min, -m.doc_order) for m in self._by_doc[d]
                ),
                reverse=True,
            )
            for doc_id in by_age:
                told = self._told_span(doc_id)
                if (
                    told
                    and own_start
                    and doc_id != newest.raw.doc_id
                    and any(m.raw.rescheduled for m in members)
                    and told[0] < own_start <= told[1]
                ):
                    # "Beijing had announced that the drills would start on 10 September"
                    # and the newest report's "finally moves out to sea today": an older
                    # plan that starts before the newest article says it began.
                    continue
                if told and told[0] < told[1] and told[0] <= lo and hi <= told[1]:
                    first = min((m.raw.date for m in dated_members), key=lambda d: d["start"])
                    return {**first, "value": f"{told[0]}/{told[1]}", "start": told[0],
                            "end": told[1], "text": best.get("text")}
            if (
                loose_days
                and lo < hi
                and best["start"] <= lo
                and hi <= best["end"]
                and best["start"] < best["end"]
                and not any(m.raw.ended or m.raw.until for m in members)
                and any(
                    _is_part(m.raw) and m.raw.date is not None and m.raw.date["start"] == hi
                    for m in members
                )
            ):
                # "The exercise formally opened last Thursday" and "Yesterday the active
                # phase ... began": a start and a phase's day inside the days announced
                # ("from Aug. 9 to 17"), not its end.
                return best
            # ("formally opened ... on August 9 ... the field phase at Chebarkul began on
            # Monday": a start and a phase's day, no end; the others' reports give it)
            part_last = (
                loose_days
                and lo < hi
                and not any(m.raw.ended or m.raw.until for m in members)
                and all(
                    _is_part(m.raw)
                    for m in members
                    if m.raw.date and m.raw.date.get("start") == hi
                    and m.raw.date.get("granularity") == "day"
                )
            )
            if lo == hi or only_parts or part_last:
                # Else the others' days complete the interval.
                own_days = days
                members = pool
                # (less the days the newest article's own calendar day corrected, and a
                # ceremony's before the day the newest article says the drill began)
                days = [
                    m.raw.date
                    for m in dated_members
                    if id(m.raw.date) not in slipped
                    and not (
                        (
                            _ceremony(m.raw)
                            or (m.raw.doc_id != newest.raw.doc_id and newest.raw.rescheduled)
                        )
                        and own_start
                        and m.raw.date["start"] < own_start
                    )
                ] or [
                    m.raw.date for m in dated_members if id(m.raw.date) not in slipped
                ] or own_days  # (the day its start was told by, when the calendar corrected
                # the only dated mention: "Maritime Security Belt 2026 began today")
                # A phase's day is no earlier than the whole's first ("Accreditation for
                # the sea phase is open until ... 4 July" of a drill from 5 to 12 July).
                whole_days = [
                    m.raw.date["start"]
                    for m in dated_members
                    if not (_is_part(m.raw) and not (m.raw.began or m.raw.until or m.raw.ended))
                ]
                if whole_days:
                    days = [
                        d
                        for d in days
                        if d["start"] >= min(whole_days)
                        or not any(
                            m.raw.date is d
                            and _is_part(m.raw)
                            and not (m.raw.began or m.raw.until or m.raw.ended)
                            for m in dated_members
                        )
                    ] or days
                ends = [d["end"] for d in days] + [m.raw.until for m in members if m.raw.until]
        start, end = min(d["start"] for d in days), max(ends)
        # (one article's own first and last day: "began the patrol on 17 October ... was
        # completed on 23 October" in a summary that another report's start joined)
        one_account = (
            len({m.raw.doc_id for m in self.members if any(m.raw.date is d for d in days)}) == 1
        )
        if (start, end) == (best["start"], best["end"]) or not self._span_ok(
            start, end, one_account=one_account
        ):
            return best
        first = min(days, key=lambda d: d["start"])
        return {
            **first,
            "value": start if start == end else f"{start}/{end}",
            "start": start,
            "end": end,
            "text": " ... ".join(dict.fromkeys(d["text"] for d in days)),
        }

    def _told_span(self, doc_id: str) -> tuple[str, str] | None:
        """The first and last day one article says the exercise ran: its start ("began on
        Friday", or "has started" on the day of the report) with its end ("will last until
        July 23", or "would last four days"), or its end with its length in days."""
        # "the sea phase began on Tuesday and runs until Thursday": a part's days are not
        # the exercise's first and last.
        members = [
            m
            for m in self._by_doc[doc_id]
            if (m.raw.trigger.split() or [""])[-1].lower() not in PART_WORDS
        ]
        starts = [m.raw.began for m in members if m.raw.began]
        ends = [m.raw.until or m.raw.ended for m in members if m.raw.until or m.raw.ended]
        # "concluded on Friday ... at a closing ceremony on Saturday morning": the
        # exercise's own end beats the ceremony's day.
        ends = [
            m.raw.until or m.raw.ended
            for m in members
            if (m.raw.until or m.raw.ended) and not _ceremony(m.raw)
        ] or ends
        cut = _cut_short(members)
        ends = [
            m.raw.until or m.raw.ended
            for m in members
            if (m.raw.until or m.raw.ended) and not _ceremony(m.raw) and id(m) not in cut
        ] or ends
        # A ceremony's length is not the exercise's.
        days = [
            n
            for m in members
            if (n := _length_in_days(m.raw.duration)) is not None
            and not _ceremony(m.raw)
        ]
        if any((m.raw.duration or "").endswith("W") for m in members) and (
            any(m.raw.until or m.raw.ended for m in members)
            or any(
                (d := m.raw.date) and d.get("granularity") == "day" and d["start"] != d.get("end")
                for m in members
            )
        ):
            # "a two-week exercise", "Dates: 19 April - 4 May", "ended on June 1 after two
            # weeks" (of 15 days): weeks are a round figure. They only end a drill whose
            # article gives its start and no end.
            days = [
                n
                for m in members
                if (n := _length_in_days(m.raw.duration)) is not None
                and not _ceremony(m.raw)
                and not m.raw.duration.endswith("W")
            ]
        if (
            not days
            and not ends
            and any(m.raw.part for m in members if m.raw.began)
            and all(m.raw.part or _ceremony(m.raw) for m in members if m.raw.began)
        ):
            # "Joint Sea-2026 moved to its active stage yesterday ... The sea phase will last
            # five days": told only by its later part, whose length runs to its end.
            days = [
                n
                for m in self._by_doc[doc_id]
                if m not in members and (n := _length_in_days(m.raw.duration)) is not None
            ]
        ceremonies = [m.raw.began for m in members if m.raw.began and _ceremony(m.raw)]
        if len(ceremonies) < len(starts):
            # "The exercise began on Thursday; Wednesday saw only the opening ceremony":
            # a start said of the exercise itself beats a ceremony's day.
            starts = [m.raw.began for m in members if m.raw.began and not _ceremony(m.raw)]
            ceremonies = []
        if ends and days and ceremonies and len(ceremonies) == len(starts):
            # "wrapped up a four-day exercise on Saturday" after "The opening ceremony was
            # held on Tuesday": a ceremony is often the eve; the stated length decides.
            starts = []
        elif ceremonies and len(ceremonies) == len(starts) and ends:
            # "On Wednesday the two sides held the official opening ceremony" and "put to
            # sea this morning for the active phase ... It will last until Sunday": the
            # drill itself began on the first day after the ceremony the article dates.
            later = [
                d
                for m in self._by_doc[doc_id]
                if not _ceremony(m.raw)
                and (d := m.raw.began or _day_of(m.raw.date))
                and max(ceremonies) < d <= max(ends)
            ]
            if later:
                starts = [min(later)]
        plain = {
            d
            for m in members
            if not m.raw.began and not m.raw.until and not m.raw.ended and not _ceremony(m.raw)
            and (d := _day_of(m.raw.date))
        }
        closing_only = bool(ends) and not any(
            (m.raw.until or m.raw.ended) and not _ceremony(m.raw) for m in members
        )
        if starts and (ends or days):
            start = min(starts)
            end = max(ends) if ends else _shift(start, days[0] - 1)
            if (
                ends
                and days
                and _shift(end, 1 - days[0]) < start
                and all(_is_part(m.raw) for m in members if m.raw.began)
            ):
                # "The five-day Peace Mission 2009 drill that ended on Sunday" and "The live
                # part of the exercise began on Friday": a later part's start is not the
                # drill's, which the length counts back to.
                start = _shift(end, 1 - days[0])
            if closing_only and days and _shift(start, days[0] - 1) < end:
                # "an eight-day show of force" begun "last Thursday", and "a formal closing
                # ceremony ... will be held on Friday": the ceremony is the day after.
                end = _shift(start, days[0] - 1)
        elif ends and days:
            # "The five-day exercise ... concluded on Saturday": counted back.
            end = max(ends)
            start = _shift(end, 1 - days[0])
        elif (
            days
            and not starts
            and not ends
            and len(plain) == 1
            and days[0] > 1
            and self.event_type() in PATROL_TYPES
        ):
            # "On Tuesday, two Chinese H-6K bombers and two Russian Tu-95MS bombers flew
            # together ..." and "the two-day patrol": the one day a patrol is told by is its
            # first (a drill "wound up yesterday after seven days" may be told by its last).
            start = plain.pop()
            end = _shift(start, days[0] - 1)
        else:
            return None
        if start > end or not self._span_ok(start, end):
            return None
        return start, end

    def _reported_span(self, best: dict) -> dict | None:
        """One article's account of the days an exercise ran (``_told_span``): the newest
        article's, as a later report corrects an earlier one ("began on Thursday" ... "wrapped
        up on July 23 after four days")."""
        by_age = sorted(
            self._by_doc,
            key=lambda d: max((m.published or date.min, -m.doc_order) for m in self._by_doc[d]),
            reverse=True,
        )
        newer_starts: list[str] = []
        for doc_id in by_age:
            told = self._told_span(doc_id)
            if told is not None and any(told[0] < d <= told[1] for d in newer_starts):
                # a plan ("would start on 10 September") a newer report's start replaced
                # ("After a two-day delay, ... finally moves out to sea today")
                told = None
            newer_starts += [
                m.raw.began
                for m in self._by_doc[doc_id]
                if m.raw.began and m.raw.rescheduled and not _ceremony(m.raw)
            ]
            if told is None:
                continue
            start, end = told
            if (
                best.get("granularity") != "day"
                and best.get("start")
                and not (best["start"] <= start and end <= (best.get("end") or "9999-12-31"))
                # "taking part this week in Tsentr-2011 ..., which opened on Monday ... is
                # due to run until next Tuesday": the week is the report's, not the drill's
                # bounds; a drill that starts in it may end after it.
                and not (
                    best.get("granularity") == "week"
                    and best["start"] <= start <= (best.get("end") or "")
                )
            ):
                continue  # "until July 23" of another year than the name says
            members = self._by_doc[doc_id]
            return {
                "text": " ... ".join(
                    dict.fromkeys(m.raw.date["text"] for m in members if m.raw.date)
                )
                or best.get("text"),
                "value": f"{start}/{end}",
                "start": start,
                "end": end,
                "granularity": "day",
                "anchor": "publication_date",
                "mod": None,
            }
        return None

    def _span_ok(self, start: str, end: str, *, one_account: bool = False) -> bool:
        if (date.fromisoformat(end) - date.fromisoformat(start)).days > 60:
            return False
        # Only a named or numbered edition, or one article's account, is stretched this way.
        return (
            self.name() is not None
            or self.number() is not None
            or len(self.docs()) == 1
            or one_account
        )

    @_memo
    def codes(self) -> set[str]:
        return {p["code"] for m in self.members for p in m.raw.participants}

    @_memo
    def docs(self) -> set[str]:
        return set(self._by_doc)

    @_memo
    def statuses(self) -> set[str]:
        return {m.raw.status for m in self.members}


def _cut_short(members: list[CitedMention]) -> set[int]:
    """Mentions whose planned end a later sentence of their article cuts short ("is due to
    run until Wednesday" ... "UPDATE: ... had been completed that day, one day earlier than
    the schedule"): the end reported after the plan stands."""
    out: set[int] = set()
    for m in members:
        if not m.raw.until or m.raw.ended or _ceremony(m.raw):
            continue
        if any(
            n.raw.doc_id == m.raw.doc_id
            and n.raw.ended
            and not n.raw.until
            and not _ceremony(n.raw)
            # ("the active phase ... would end on Tuesday, 5 August, a day earlier than
            # stated in the notice": a part's end, in an article that says the days moved)
            and (not _is_part(n.raw) or n.raw.rescheduled)
            and n.raw.sent_index > m.raw.sent_index
            and (m.raw.began or "") <= n.raw.ended < m.raw.until
            for n in members
        ):
            out.add(id(m))
    return out


def _starts_and_ends(m: RawMention, c: Cluster) -> bool:
    """An article tells the day a drill or patrol set off and, later, the day it ended
    ("set off on the first joint maritime patrol on the 17th" ... "announced the end of the
    patrol on 23 October"): the two days bound one event."""
    # Across articles only the same numbered patrol: "the first joint naval patrol began on
    # the 17th" in one, "ended on Saturday, 23 October" in a later one.
    numbered = (
        m.number is not None
        and c.number() == m.number
        and m.event_type in PATROL_TYPES
        and c.name() is None
    )
    own = [
        x.raw
        for x in c.members
        if (
            x.raw.event_type == m.event_type
            # "the start of the exercise was on September 9" and "Peace Mission 2010 ...
            # concluded on Saturday" in one article
            or (x.raw.doc_id == m.doc_id and "exercise" in (x.raw.event_type, m.event_type)
                and not {x.raw.event_type, m.event_type} & PATROL_TYPES)
        )
        and (
            x.raw.doc_id == m.doc_id
            or (m.number is not None and x.raw.number == m.number)
            # "the first joint naval patrol" named once in the article that gives its end
            or numbered
        )
    ]
    if not own:
        return False
    m_end = m.ended or m.until
    for x in own:
        x_end = x.ended or x.until
        first, last = (m.began, x_end) if m.began and not m_end else (x.began, m_end)
        if first and last and first < last <= _shift(first, 60):
            return True
    return False


STAGE_GAP_DAYS = 45
STAGE = re.compile(r"\s*\((?:I{1,3}|IV)\)$")


def _bare_series_name(name: str) -> bool:
    """A series' name without an edition's year or number ("Mosi", not "Mosi II")."""
    return not re.search(r"\d|[\s-](?:I{1,3}|IV|VI{0,3}|IX|X)\b", name)


def _stage_base(name: str) -> str:
    """ "Joint Sea-2015" for "Joint Sea-2015 (II)"."""
    return STAGE.sub("", name)


def _with_year(fmt: str | None, name: str | None, d: dict | None) -> str | None:
    """ "Maritime Security Belt" of a drill dated within 2019: "Maritime Security Belt
    2019" (in the series' own format)."""
    start, end = (d or {}).get("start"), (d or {}).get("end")
    if fmt and name and start and start[:4] == (end or start)[:4]:
        return fmt.format(name=name, year=start[:4])
    return name


def _edition_of(m: RawMention) -> str | None:
    return _with_year(m.series_format, m.name, m.date)


def _is_part(m: RawMention) -> bool:
    """A phase, leg or stage reported on its own ("the main phase on Thursday")."""
    return m.part or (m.trigger.split() or [""])[-1].lower() in PART_WORDS




def _prefer_calendar(days: list[dict]) -> list[dict]:
    """Single days that disagree, where those written as calendar dates agree: "intercepted
    ... near Alaska yesterday" in a transcript posted the day after the briefing, and "on July
    24 the air forces ... organized the patrol". The calendar day holds where a day counted
    from the report's slips."""
    if not days or any(d["start"] != d["end"] for d in days) or len({d["start"] for d in days}) < 2:
        return days
    calendar = [d for d in days if re.search(r"\d", d.get("text") or "")]
    if len({d["start"] for d in calendar}) != 1:
        return days
    day = date.fromisoformat(calendar[0]["start"])
    # Only a slip of one day; days further apart are more than one misread anchor.
    if any(abs((date.fromisoformat(d["start"]) - day).days) > 1 for d in days):
        return days
    return calendar


def _length_in_days(duration: str | None) -> int | None:
    """ "P4D" -> 4; "P2W" -> 14 ("the two-week exercise"). Months and years are too loose
    to end an exercise on a day."""
    m = re.fullmatch(r"P(\d+)([DW])", duration or "")
    if m is None:
        return None
    return int(m.group(1)) * (7 if m.group(2) == "W" else 1)


def _day_of(d: dict | None) -> str | None:
    """The day a date names, if it names a single day."""
    if d and d.get("granularity") == "day" and d.get("start") and d["start"] == d.get("end"):
        return d["start"]
    return None


def _without_wider_window(days: list[dict], members: list[CitedMention]) -> list[dict]:
    """ "Subject: ... port congestion and naval exercise area (VENRUS-2008), 25 November - 2
    December 2008" once, and "on 1 and 2 December 2008" again and again: a span told once
    that holds the one the article keeps giving is a wider window (a notice's period), not
    the drill's days."""
    whole = Counter(
        (d["start"], d["end"])
        for m in members
        if not _is_part(m.raw)
        and (d := m.raw.date)
        and d.get("granularity") == "day"
        and d.get("end")
        and d["start"] < d["end"]
    )
    def length(a: str, b: str) -> int:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days + 1

    # (Not "giving the dates as Aug. 1 to Aug. 5" after "from Aug. 1 to Aug. 4" twice: a day
    # more is a change of plan, not a window; a window is well wider than the drill.)
    wider = {
        (a, b)
        for (a, b), n in whole.items()
        if n == 1
        and any(
            k >= 2 and a <= x and y <= b and length(a, b) >= 2 * length(x, y) + 2
            for (x, y), k in whole.items()
        )
    }
    kept = [d for d in days if (d["start"], d.get("end")) not in wider]
    return kept or days


def _ceremony(m: RawMention) -> bool:
    """An opening or closing ceremony: often held on the eve or the day after."""
    words = m.trigger.lower().split()
    return m.ceremony or (
        bool(words) and (words[0] in ("opening", "closing") or "ceremony" in words)
    )


def _interval(d: dict | None) -> tuple[str, str] | None:
    if not d or not d.get("start"):
        return None
    return d["start"], d.get("end") or "9999-12-31"


NAMED_SLACK_DAYS = 14
# Days between two accounts of one numbered patrol or named edition that still meet.
IDENTIFIED_GAP_DAYS = 3


def _shift(day: str, days: int) -> str:
    if day.startswith("9999"):
        return day
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _types_compatible(a: str, b: str) -> bool:
    if {a, b} & PATROL_TYPES and "exercise" in (a, b):
        # "The exercise began on Thursday, 20 July", after "ships would next set out on the
        # third joint naval patrol": a drill, not the patrol.
        return False
    if "command_post_exercise" in (a, b) and not {a, b} & PATROL_TYPES:
        # "described the event as a joint command-staff exercise": a format any drill takes
        return True
    return a == b or a in GENERIC or b in GENERIC


def compatible(m: RawMention, c: Cluster) -> bool:
    if m.kind != c.kind:
        return False
    if (m.apart_from and m.apart_from == c.series_id()) or (
        m.series_id and any(x.raw.apart_from == m.series_id for x in c.members)
    ):
        return False  # "a Russian drill ... that it says is unrelated to Vostok"
    cname = c.name()
    if m.name and cname:
        same = m.name == cname or _edition_of(m) == c.edition_name()
        a, b = _interval(m.date), _interval(c.date())
        fine = {"day", "week", "month"}
        dated = (
            a is not None
            and b is not None
            and (m.date or {}).get("granularity") in fine
            and (c.date() or {}).get("granularity") in fine
        )
        if same and dated and not (
            a[0] <= _shift(b[1], STAGE_GAP_DAYS) and b[0] <= _shift(a[1], STAGE_GAP_DAYS)
        ):
            # "Joint Sea-2015" in May and again in August: the edition's two stages.
            return False
        if (
            not same
            and dated
            and m.series_id
            and m.series_id == c.series_id()
            and (_bare_series_name(m.name) or _bare_series_name(cname))
            and a[0] <= _shift(b[1], NAMED_SLACK_DAYS)
            and b[0] <= _shift(a[1], NAMED_SLACK_DAYS)
        ):
            # "The exercise, called "Mosi", will be held from Feb. 17 to 27" and "Exercise
            # Mosi II" of the same days: the bare name of the edition. ("began ... on
            # Monday, ... the drill, known as Maritime Security Belt" and "Maritime Security
            # Belt 2024 would now conclude on Friday": an edition runs for days.)
            same = True
        if not same and _stage_base(m.name) == _stage_base(cname):
            # "Joint Sea-2015 (II)" and a "Joint Sea-2015" of the same days.
            same = dated and a[0] <= _shift(b[1], NAMED_SLACK_DAYS) and (
                b[0] <= _shift(a[1], NAMED_SLACK_DAYS)
            )
        return same and _types_compatible(m.event_type, c.event_type())
    if not _types_compatible(m.event_type, c.event_type()):
        return False
    codes = {p["code"] for p in m.participants}
    theirs = c.codes()
    if m.doc_id in c.docs():
        # In one article the pair it names most stands in for a sentence that names no
        # one ("The drill, called Tianshan-2-2011, was held near Kashgar"); it says nothing
        # against the sides another sentence names.
        codes -= set(m.implied)
        theirs = set().union(
            *({p["code"] for p in x.raw.participants} - set(x.raw.implied) for x in c.members)
        )
    if codes and theirs and not codes & theirs:
        return False
    if len(codes) >= 2 and len(theirs) >= 2 and len(codes & theirs) < 2:
        return False  # China–Pakistan drills are not the China–Russia–Iran one
    number = c.number()
    if m.number and number:
        # "the eighth joint strategic air patrol" is one event wherever it is reported.
        # ("the first large-scale joint exercise" is Peace Mission 2005, the first
        # counter-terrorism one: a drill's generic word fits its kind, not a patrol's)
        if m.number != number or not (
            m.event_type == c.event_type()
            or (
                _types_compatible(m.event_type, c.event_type())
                and not {m.event_type, c.event_type()} & PATROL_TYPES
            )
        ):
            return False
        a, b = _interval(m.date), _interval(c.date())
        return (
            a is None or b is None or (a[0] <= b[1] and b[0] <= a[1]) or _starts_and_ends(m, c)
        )
    if m.kind == "series":
        sid = c.series_id()
        if m.series_id and sid:
            return m.series_id == sid
        if (m.series_id or sid) and m.event_type != c.event_type():
            return False
        if m.event_type != c.event_type():
            return False
        a, b = _interval(m.date), _interval(c.date())
        return a is not None and b is not None and a[0][:4] == b[0][:4]
    a, b = _interval(m.date), _interval(c.date())
    if STATUS_CLASS[m.status] == "negated" and "real" in {STATUS_CLASS[x] for x in c.statuses()}:
        return False  # "no Joint Sea exercise was held this year" is not a report of one
    if STATUS_CLASS[m.status] == "real" and "negated" in {STATUS_CLASS[x] for x in c.statuses()}:
        return False
    if (
        a is not None
        and b is not None
        and c.name()
        and (c.date() or {}).get("granularity") in ("day", "week")
        and (m.event_type == c.event_type() or m.doc_id in c.docs())
    ):
        # A named edition runs for days: "wrapped up on Tuesday" after "began on Sunday".
        b = (_shift(b[0], -NAMED_SLACK_DAYS), _shift(b[1], NAMED_SLACK_DAYS))
    if a is not None and b is not None:
        if (
            m.event_type == "air_patrol"
            and c.event_type() == "air_patrol"
            and (m.date or {}).get("granularity") == "day"
            and (c.date() or {}).get("granularity") == "day"
            and _shift(a[0], -1) <= b[1]
            and b[0] <= _shift(a[1], 1)
        ):
            # "flew over the Western Pacific for a second straight day on Wednesday": a
            # joint air patrol's next day is the same patrol; two never follow on.
            return True
        if _starts_and_ends(m, c):
            return True
        if not (a[0] <= b[1] and b[0] <= a[1]):
            return False
        coarse = {"year", "decade", "century"}
        if (
            (m.event_type in GENERIC or c.event_type() in GENERIC)
            and m.doc_id not in c.docs()
            and (
                (m.date or {}).get("granularity") in coarse
                or (c.date() or {}).get("granularity") in coarse
            )
        ):
            # "a similar drill in 2019" says too little to be Joint Sea-2019.
            return False
        # Outside a named edition, two different days are two events.
        cd = c.date() or {}
        if (
            m.date
            and m.date.get("granularity") == "day"
            and cd.get("granularity") == "day"
            and c.name() is None
        ):
            return a[0] <= b[1] and b[0] <= a[1] and (a == b or a[0] != a[1] or b[0] != b[1])
        return True
    # Without dates only the same article may tie mentions together, and only when they
    # say the same thing about whether it happened.
    same_doc = m.doc_id in c.docs()
    if same_doc and _types_compatible(m.event_type, c.event_type()) and (
        (m.naming and a is None and b is not None and c.name() is None)
        or (
            m.name is None
            and a is not None
            and b is None
            and any(x.raw.naming and x.raw.doc_id == m.doc_id for x in c.members)
        )
    ):
        # '"Exercise Mosi is about maritime security," the spokesperson said' of the drill
        # the article dated: the name it goes by.
        return True
    if not (same_doc and m.event_type == c.event_type() and m.status in c.statuses()):
        return False
    # An undated mention joins a dated event of its article only when that event is
    # named ("joint naval exercises" ... "The Northern/Interaction-2023 drills").
    # A name may also come after the dates: "The drills, called Marine Security Belt".
    return (
        (a is None and b is None)
        or (a is None and c.name() is not None)
        or (b is None and m.name is None and any(x.raw.series_format for x in c.members))
    )


def _specificity(cm: CitedMention) -> tuple:
    m = cm.raw
    d = m.date or {}
    return (
        0 if m.name else 1,
        GRAN_RANK.get(d.get("granularity"), 7) if d.get("start") else 8,
        cm.doc_order,
        m.sent_index,
        m.trigger_char,
    )


STATUS_CLASS = {
    "occurred": "real",
    "ongoing": "real",
    "planned": "future",
    "speculative": "future",
    "negated": "negated",
}


def _floating(m: RawMention) -> bool:
    """An event mention with no name or date of its own: it belongs to the event its
    article reports nearby (a number alone, "the eighth patrol", is kept as evidence)."""
    return m.kind == "event" and not m.name and not (m.date or {}).get("start")


RECENT_DAYS = 45


NEAR_DAYS = 60


def _near_dates(a: dict | None, b: dict | None) -> bool:
    """Could a mention dated a belong to an event dated b (within two months)?"""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    return _shift(ia[0], -NEAR_DAYS) <= ib[1] and ib[0] <= _shift(ia[1], NEAR_DAYS)


def _recent(cm: CitedMention, published: date | None) -> bool:
    """Is the mention dated near the publication day (or undatable against it)?"""
    d = cm.raw.date or {}
    if d.get("anchor") == "unresolved":
        return False  # "Last year" with no date to count from: a time of its own
    if published is None or not d.get("end"):
        return True
    return d["end"] >= (published - timedelta(days=RECENT_DAYS)).isoformat()


def _nearest_in_article(
    cm: CitedMention, pool: list[CitedMention], placed: dict[str, Cluster]
) -> Cluster | None:
    """The cluster of the closest compatible mention in the same article, earlier first."""
    best: tuple[tuple[int, float], Cluster] | None = None
    for x in pool:
        if x.raw.doc_id != cm.raw.doc_id or x.id not in placed or x.raw.kind != "event":
            continue
        if ((x.raw.apart_from and not x.raw.series_id) or x.raw.aside) and cm.raw.reference:
            continue  # an aside's drill "unrelated to Tsentr" is not what "the exercise" is
        if not (
            _types_compatible(x.raw.event_type, cm.raw.event_type)
            # "Exercise ends; joint patrol announced": a generic word in a drill's record
            # does not make the drill a patrol's.
            and _types_compatible(placed[x.id].event_type(), cm.raw.event_type)
        ) and not (cm.raw.naming and x.raw.event_type not in PATROL_TYPES):
            continue
        if STATUS_CLASS[x.raw.status] != STATUS_CLASS[cm.raw.status] and not cm.raw.reference:
            continue
        gap = cm.raw.sent_index - x.raw.sent_index
        dist = gap if gap >= 0 else -gap + 0.5
        if cm.raw.reference and gap < 0:
            continue
        told = cm.raw.date
        if told is None and (cm.raw.until or cm.raw.began or cm.raw.ended):
            # "the exercise runs until Saturday" is not the Zapad-2017 of two years ago
            day = cm.raw.until or cm.raw.began or cm.raw.ended
            told = {"start": day, "end": day, "granularity": "day"}
        if not _near_dates(told, placed[x.id].date()):
            continue  # "2024-03-15 closing ceremony" is not last year's drill
        number = placed[x.id].number()
        if cm.raw.number and number and cm.raw.number != number:
            continue  # "The first patrol circled Japan" after the third one's report
        if gap < 0 and not _recent(x, cm.published):
            # An undated report comes before the background: "The first such patrol was
            # carried out in July 2019" is not the patrol the article opens with.
            continue
        # 'A second stage, "Joint Sea-2015 (II)", is planned for August ... the exercise
        # itself opened on May 11': a day inside the days of a drill told before points
        # at that drill sooner than at a nearer one dated only by its year.
        cd = placed[x.id].date() or {}
        inside = bool(
            told
            and told.get("granularity") == "day"
            and told.get("start")
            and cd.get("granularity") in ("day", "week", "month")
            and cd.get("start")
            and cd["start"] <= told["start"] <= (cd.get("end") or cd["start"])
        )
        key = (0 if inside else 1, dist)
        if best is None or key < best[0]:
            best = (key, placed[x.id])
    return best[1] if best else None


class _Index:
    """Which clusters a mention could be compatible with, so that placing a mention looks
    at a handful of clusters instead of all of them (a year of news makes tens of
    thousands). It over-approximates `compatible`: every cluster that could say yes is a
    candidate; `compatible` still decides."""

    def __init__(self) -> None:
        self.order: dict[int, int] = {}
        self.keys: dict[int, set[tuple]] = {}
        self.buckets: dict[tuple, dict[int, Cluster]] = {}

    @staticmethod
    def _months(lo: str, hi: str) -> list[tuple]:
        y0, m0, y1, m1 = int(lo[:4]), int(lo[5:7]), int(hi[:4]), int(hi[5:7])
        n = (y1 - y0) * 12 + m1 - m0
        if n > LONG_MONTHS:
            return [("long",)]
        return [
            ("month", (y0 * 12 + m0 - 1 + i) // 12, (m0 - 1 + i) % 12 + 1) for i in range(n + 1)
        ]

    @classmethod
    def _keys(cls, c: Cluster) -> set[tuple]:
        keys: set[tuple] = {("doc", d) for d in c.docs()}
        if c.name():
            keys.add(("name", c.name()))
        if c.number():
            keys.add(("number", c.number()))
        if c.series_id():
            keys.add(("series", c.series_id()))
        span = _interval(c.date())
        if span is None:
            return keys
        if c.kind == "series":
            keys.add(("syear", span[0][:4]))  # series compare the years they began
        elif span[1].startswith("9999"):
            keys.add(("open",))
        else:
            lo = _shift(span[0], -NAMED_SLACK_DAYS)
            keys.update(cls._months(lo, _shift(span[1], NAMED_SLACK_DAYS)))
        return keys

    def update(self, c: Cluster) -> None:
        cid = id(c)
        self.order.setdefault(cid, len(self.order))
        new = self._keys(c)
        old = self.keys.get(cid, set())
        for k in old - new:
            self.buckets[k].pop(cid, None)
        for k in new - old:
            self.buckets.setdefault(k, {})[cid] = c
        self.keys[cid] = new

    def candidates(self, m: RawMention) -> list[Cluster]:
        keys: list[tuple] = [("doc", m.doc_id), ("open",), ("long",)]
        if m.name:
            keys.append(("name", m.name))
        if m.number:
            keys.append(("number", m.number))
        if m.series_id:
            keys.append(("series", m.series_id))
        span = _interval(m.date)
        if span is not None:
            if m.kind == "series":
                keys.append(("syear", span[0][:4]))
            else:
                lo = _shift(span[0], -NAMED_SLACK_DAYS)
                if span[1].startswith("9999"):
                    # Open-ended ("since May"): it meets every cluster from then on.
                    first = ("month", int(lo[:4]), int(lo[5:7]))
                    keys += [k for k in self.buckets if k[0] == "month" and k >= first]
                else:
                    hi = _shift(span[1], NAMED_SLACK_DAYS)
                    y0, m0, y1, m1 = int(lo[:4]), int(lo[5:7]), int(hi[:4]), int(hi[5:7])
                    n = (y1 - y0) * 12 + m1 - m0
                    keys += [
                        ("month", (y0 * 12 + m0 - 1 + i) // 12, (m0 - 1 + i) % 12 + 1)
                        for i in range(n + 1)
                    ]
        found: dict[int, Cluster] = {}
        for k in keys:
            found.update(self.buckets.get(k, {}))
        return sorted(found.values(), key=lambda c: self.order[id(c)])


# An interval longer than this (a decade, "since the 1990s") sits in one shared bucket.
LONG_MONTHS = 36


def cluster_mentions(mentions: list[CitedMention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    placed: dict[str, Cluster] = {}
    index = _Index()

    in_order = sorted(mentions, key=lambda x: (x.doc_order, x.raw.sent_index, x.raw.trigger_char))
    # "The first large-scale exercise ... ended on Friday. The drill, called ZAPAD/INTERACTION-
    # 2021 by Moscow, ...": the name given next is that drill's, so it joins no other
    # edition that ended the same day.
    named_next: dict[str, str] = {}
    for prev, cm in itertools.pairwise(in_order):
        if (
            cm.raw.naming
            and cm.raw.reference
            and cm.raw.name
            and prev.raw.doc_id == cm.raw.doc_id
            and prev.raw.kind == "event"
            and not prev.raw.name
            and not prev.raw.reference
            and cm.raw.sent_index - prev.raw.sent_index <= 1
        ):
            named_next[prev.id] = cm.raw.name

    def place(cm: CitedMention) -> None:
        best = None
        given = named_next.get(cm.id)
        for c in index.candidates(cm.raw):
            if (
                given
                and c.name()
                and c.name() != given
                # ("..., the drill, known as Maritime Security Belt": the series' bare name
                # fits its edition "Maritime Security Belt 2024")
                and not (_bare_series_name(given) and (c.name() or "").startswith(given))
            ):
                continue
            if compatible(cm.raw, c):
                score = (cm.raw.doc_id in c.docs(), len(c.members))
                if best is None or score > best[0]:
                    best = (score, c)
        if best is None:
            target = Cluster()
            clusters.append(target)
        else:
            target = best[1]
        target.add(cm)
        index.update(target)
        placed[cm.id] = target

    anchored = [m for m in mentions if not m.raw.reference and not _floating(m.raw)]
    for cm in sorted(anchored, key=_specificity):
        place(cm)
    # Undated mentions ("the bombers flew through the Tsushima Strait") and references
    # ("the patrol", "the move") belong to the event their article is reporting nearby.
    by_doc: dict[str, list[CitedMention]] = {}
    for cm in in_order:
        by_doc.setdefault(cm.raw.doc_id, []).append(cm)
    for cm in in_order:
        if cm.id in placed:
            continue
        # Any mention placed so far may be pointed back at: "The manoeuvres, code-named
        # Joint Sea-2013" names the undated drills of the sentence before.
        target = _nearest_in_article(cm, by_doc[cm.raw.doc_id], placed)
        if target is None and cm.raw.reference:
            continue  # nothing it could refer to
        if target is None:
            place(cm)
            anchored.append(cm)
            continue
        target.add(cm)
        index.update(target)
        placed[cm.id] = target
    clusters = _merge_dated_late(clusters, index)
    return _merge_same_start(
        _merge_same_span(_merge_referenced(_merge_announced(_merge_identified(clusters))))
    )


def cluster_or_isolate(
    mentions: list[CitedMention],
) -> tuple[list[Cluster], dict[str, tuple[str, str]]]:
    """cluster_mentions, with a bug costing as little as can be told apart: the clusters,
    and for each article hit, (error code, the exception). An article whose mentions fail
    to cluster even on their own is left out (E026); if every article clusters alone but
    not together, each article's events are kept apart from the others' (E027)."""
    try:
        return cluster_mentions(mentions), {}
    except Exception:  # one bug must not lose every article's records
        pass
    by_doc: dict[str, list[CitedMention]] = {}
    for cm in mentions:
        by_doc.setdefault(cm.raw.doc_id, []).append(cm)
    failed: dict[str, tuple[str, str]] = {}
    alone: dict[str, list[Cluster]] = {}
    for doc_id, cms in by_doc.items():
        try:
            alone[doc_id] = cluster_mentions(cms)
        except Exception as exc:
            failed[doc_id] = ("E026", f"{type(exc).__name__}: {exc}")
    kept = [cm for cm in mentions if cm.raw.doc_id not in failed]
    try:
        return cluster_mentions(kept), failed
    except Exception as exc:
        msg = f"{type(exc).__name__}: {exc}"
        for doc_id in alone:
            failed[doc_id] = ("E027", msg)
        return [c for clusters in alone.values() for c in clusters], failed


def _merge_dated_late(clusters: list[Cluster], index: _Index) -> list[Cluster]:
    """A cluster that took its days only from references ("the eighth joint strategic air
    patrol" undated, then "the patrol began on Wednesday and continued into Thursday") was
    placed before those days were known: it joins the report of another article its days
    fit, as a dated mention would have."""
    gone: set[int] = set()
    for c in clusters:
        if c.kind != "event" or id(c) in gone:
            continue
        if not all(m.raw.reference or _floating(m.raw) for m in c.members):
            continue
        when = c.date()
        if not when or when.get("granularity") != "day":
            continue
        seed = next((m for m in c.members if not m.raw.reference), c.members[0])
        real = [m.raw.status for m in c.members if STATUS_CLASS[m.raw.status] == "real"]
        rep = replace(
            seed.raw,
            date=when,
            number=c.number(),
            status=real[0] if real else seed.raw.status,
            reference=False,
            participants=[dict(p) for p in seed.raw.participants]
            or [{"code": code} for code in sorted(c.codes())],
        )
        for o in index.candidates(rep):
            if o is c or id(o) in gone or o.kind != "event" or o.docs() & c.docs():
                continue
            if compatible(rep, o):
                for m in c.members:
                    o.add(m)
                index.update(o)
                gone.add(id(c))
                break
    return [c for c in clusters if id(c) not in gone]


ANNOUNCED_DAYS = 30
REPORTED_DAYS = 3


def _merge_announced(clusters: list[Cluster]) -> list[Cluster]:
    """An undated announcement ("the two navies would conduct a joint maritime patrol
    after the exercise") joins the one report of that kind of event, among the same
    countries, that began within a month after it was published; an undated report of
    one done joins the one that began in the few days before."""
    reports: dict[str, list[tuple[str, int, Cluster]]] = {}
    for n, o in enumerate(clusters):
        start = (o.date() or {}).get("start")
        if o.kind == "event" and start and "real" in {STATUS_CLASS[x] for x in o.statuses()}:
            reports.setdefault(o.event_type(), []).append((start, n, o))
    for lst in reports.values():
        lst.sort(key=lambda t: (t[0], t[1]))
    out = list(clusters)
    gone: set[int] = set()
    for c in clusters:
        if c.kind != "event" or c.date() or c.name() or c.number():
            continue
        classes = {STATUS_CLASS[m.raw.status] for m in c.members if not m.raw.reference}
        if classes not in ({"future"}, {"real"}):
            continue
        published = [m.published for m in c.members if m.published]
        if not published:
            continue
        if classes == {"future"}:
            lo = min(published).isoformat()
            hi = (max(published) + timedelta(days=ANNOUNCED_DAYS)).isoformat()
        else:
            # An undated report of something done ("the bombers flew ...") is news of the
            # few days before it was published.
            lo = (min(published) - timedelta(days=REPORTED_DAYS)).isoformat()
            hi = max(published).isoformat()
        lst = reports.get(c.event_type(), [])
        i = bisect.bisect_left(lst, (lo, -1))
        hits = []
        while i < len(lst) and lst[i][0] <= hi:
            o = lst[i][2]
            if (
                id(o) not in gone
                and (not c.codes() or c.codes() <= o.codes())
                and not (c.docs() & o.docs())
            ):
                hits.append(o)
            i += 1
        if len(hits) != 1:
            continue  # none, or too many to choose from
        for m in c.members:
            hits[0].add(m)
        gone.add(id(c))
    return [c for c in out if id(c) not in gone]


def _merge_referenced(clusters: list[Cluster]) -> list[Cluster]:
    """Join an event its article dated only by pointing back ("Beijing and Moscow are
    calling it a 'joint maritime patrol' ... It started on Sunday") to the one event of
    another article its dates fit: the undated first mention could not be matched when it
    was placed."""
    out = list(clusters)
    gone: set[int] = set()
    for c in clusters:
        if c.kind != "event" or c.name() or c.number() or not c.date():
            continue
        if any(m.raw.date for m in c.members if not m.raw.reference):
            continue
        dated = [m.raw for m in c.members if m.raw.date]
        hits = [
            o
            for o in clusters
            if o is not c
            and id(o) not in gone
            and o.kind == "event"
            and o.date()
            and not (c.docs() & o.docs())
            and all(compatible(m, o) for m in dated)
        ]
        if len(hits) != 1:
            continue
        for m in c.members:
            hits[0].add(m)
        gone.add(id(c))
    return [c for c in out if id(c) not in gone]


def _merge_same_span(clusters: list[Cluster]) -> list[Cluster]:
    """Join reports that give the same days of several: "began at Cherat on Saturday ...
    will continue till October 10" and "completed ... yesterday; the two-week exercise
    began on 24 September" are one exercise once each article's mentions have joined,
    though their first mentions (one day each) could not be matched. Compatible kinds,
    the same countries (two at least), no clashing name or number."""
    out: list[Cluster] = []
    seen: dict[tuple, list[Cluster]] = {}
    for c in clusters:
        d = c.date() or {}
        key = None
        if (
            c.kind == "event"
            and d.get("granularity") == "day"
            and d.get("start")
            and d.get("end")
            and d["start"] < d["end"]
            and len(c.codes()) >= 2
        ):
            key = (d["start"], d["end"], tuple(sorted(c.codes())))
        target = None
        for o in seen.get(key, []) if key else []:
            if not _types_compatible(c.event_type(), o.event_type()):
                continue
            if (
                c.name()
                and o.name()
                and c.name() != o.name()
                # ("Mosi" and "Mosi II" over the same days: the edition's bare name)
                and not (
                    c.series_id() is not None
                    and c.series_id() == o.series_id()
                    and (_bare_series_name(c.name()) or _bare_series_name(o.name()))
                )
            ):
                continue
            if c.number() and o.number() and c.number() != o.number():
                continue
            classes = {STATUS_CLASS[m.raw.status] for m in c.members + o.members}
            if "negated" in classes and "real" in classes:
                continue
            target = o
            break
        if target is None:
            out.append(c)
            if key:
                seen.setdefault(key, []).append(c)
            continue
        for m in c.members:
            target.add(m)
    return out


def _merge_same_start(clusters: list[Cluster]) -> list[Cluster]:
    """Join a report of the day a drill or patrol set off, no end known yet ("the Chinese
    and Russian navies began a joint maritime patrol on the 17th"), to another article's
    account that starts it that same day and gives its end: one event, the same countries
    (two at least), compatible kinds, no clashing name or number."""

    def began_on(c: Cluster, day: str) -> bool:
        return any(m.raw.began == day for m in c.members)

    spans: dict[tuple, list[Cluster]] = {}
    for c in clusters:
        d = c.date() or {}
        if (
            c.kind == "event"
            and d.get("granularity") == "day"
            and d.get("start")
            and d.get("end")
            and d["start"] < d["end"]
            and len(c.codes()) >= 2
            and began_on(c, d["start"])
        ):
            spans.setdefault((d["start"], tuple(sorted(c.codes()))), []).append(c)
    joined: set[int] = set()
    for c in clusters:
        d = c.date() or {}
        if not (
            c.kind == "event"
            and d.get("granularity") == "day"
            and d.get("start")
            and d.get("start") == d.get("end")
            and began_on(c, d["start"])
            and not any(m.raw.ended or m.raw.until for m in c.members)
        ):
            continue
        fits = [
            o
            for o in spans.get((d["start"], tuple(sorted(c.codes()))), [])
            if not set(o.docs()) & set(c.docs())
            and _types_compatible(c.event_type(), o.event_type())
            and not (c.name() and o.name() and c.name() != o.name())
            and not (c.number() and o.number() and c.number() != o.number())
        ]
        if len(fits) != 1:
            continue  # two accounts it could join: it is told apart from neither
        for m in c.members:
            fits[0].add(m)
        joined.add(id(c))
    return [c for c in clusters if id(c) not in joined]


def _merge_identified(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters that carry the same number or edition name and do not clash in time:
    "the eighth joint air patrol" told undated by one outlet and dated by another. The
    number often sits in a later sentence, known only once the article's mentions joined."""
    out: list[Cluster] = []
    seen: dict[tuple, list[Cluster]] = {}  # (number, type) or name -> clusters kept so far
    rank: dict[int, int] = {}

    def keys(c: Cluster) -> list[tuple]:
        k: list[tuple] = []
        if c.number() is not None:
            k.append(("number", c.number(), c.event_type()))
        if c.name() is not None:
            k.append(("name", c.name()))
            if c.edition_name() != c.name():
                # "The drill, called Marine Security Belt" of a drill dated December 2019
                k.append(("name", c.edition_name()))
            if _stage_base(c.name()) != c.name():
                # "Joint Sea-2015 (II)" and a "Joint Sea-2015" of its days
                k.append(("name", _stage_base(c.name())))
        return k

    for c in clusters:
        target = None
        if c.kind == "event" and (c.number() or c.name()):
            pool = {id(o): o for k in keys(c) for o in seen.get(k, [])}
            for o in sorted(pool.values(), key=lambda x: rank[id(x)]):
                classes = {
                    STATUS_CLASS[m.raw.status]
                    for m in c.members + o.members
                    if not m.raw.reference  # "is not directed against third countries"
                }
                if "negated" in classes and "real" in classes:
                    continue
                cn, on = c.name(), o.name()
                if cn and on and cn != on and _stage_base(cn) != cn and _stage_base(on) != on:
                    continue  # "Joint Sea-2015 (I)" is not "Joint Sea-2015 (II)"
                a, b = _interval(c.date()), _interval(o.date())
                # "the sixth joint patrol" on June 6 in one report and on June 7 in
                # another: the same numbered patrol over two days.
                gap = IDENTIFIED_GAP_DAYS
                if a is None or b is None or (
                    a[0] <= _shift(b[1], gap) and b[0] <= _shift(a[1], gap)
                ) or _start_and_end_apart(c, o):
                    target = o
                    break
        if target is None:
            rank[id(c)] = len(out)
            out.append(c)
            if c.kind == "event":
                for k in keys(c):
                    seen.setdefault(k, []).append(c)
            continue
        for m in c.members:
            target.add(m)
        for k in keys(target):  # the merged cluster may now carry a name or number too
            if target not in seen.setdefault(k, []):
                seen[k].append(target)
    return out


def _start_and_end_apart(c: Cluster, o: Cluster) -> bool:
    """One report gives the day "the first joint naval patrol" set out, another the day it
    ended: the two days bound one numbered event."""
    if c.number() is None or c.number() != o.number() or c.name() or o.name():
        return False
    if c.event_type() not in PATROL_TYPES or o.event_type() not in PATROL_TYPES:
        return False  # numbered patrols only: "the first" Mosi is no "first" Security Belt
    for x, y in ((c, o), (o, c)):
        starts = [m.raw.began for m in x.members if m.raw.began]
        ends = [m.raw.ended or m.raw.until for m in y.members if m.raw.ended or m.raw.until]
        if any(s < e <= _shift(s, 60) for s in starts for e in ends):
            return True
    return False


def _stable_id(key: str) -> str:
    return "ev-" + hashlib.sha256(key.encode()).hexdigest()[:12]



def _open_end(c: Cluster, info: dict | None) -> dict | None:
    """Only a first day is known ("warships set off on Wednesday on a joint patrol"): the
    record leaves the end open rather than make the start its last day. A joint air patrol
    is flown within a day or two, and its one day is the whole patrol."""
    if (
        c.kind != "event"
        or not info
        or info.get("granularity") != "day"
        or info.get("start") != info.get("end")
        or c.event_type() == "air_patrol"
    ):
        return info
    raws = [m.raw for m in c.members]
    if not any(r.began == info["start"] for r in raws) or any(
        r.ended or r.until or r.duration for r in raws
    ):
        return info
    return {**info, "value": info["start"], "end": None, "mod": "START"}

def build_records(clusters: list[Cluster], extractor_info: dict) -> list[dict]:
    records = []
    used: set[str] = set()
    for c in clusters:
        members = sorted(
            c.members, key=lambda m: (m.doc_order, m.raw.sent_index, m.raw.trigger_char)
        )
        latest = sorted(
            members, key=lambda m: (m.published or date.min, m.doc_order, m.raw.sent_index)
        )
        date_info = _open_end(c, c.date())
        non_ref = [m for m in latest if not m.raw.reference] or latest
        # The latest article decides; within it, the sentence that first reports the event.
        newest = [m for m in non_ref if m.raw.doc_id == non_ref[-1].raw.doc_id]
        lead = min(newest, key=lambda m: (m.raw.sent_index, m.raw.trigger_char))
        status = _status_by_date(lead.raw.status, date_info, lead.published) or lead.raw.status
        participants: dict[str, dict] = {}
        for m in members:
            for p in m.raw.participants:
                cur = participants.get(p["code"])
                if cur is None or p.get("role") == "host":
                    participants[p["code"]] = dict(p)
        locations: dict[str, dict] = {}
        assets: dict[str, dict] = {}
        troops = None
        duration = None
        evidence: dict[str, list[str]] = {}
        variants: dict[str, dict[str, dict]] = {}

        def cite(field_: str, m: CitedMention, evidence: dict = evidence) -> None:
            for cid in m.evidence.get(field_, []):
                lst = evidence.setdefault(field_, [])
                if cid not in lst:
                    lst.append(cid)

        def variant(field_: str, value: object, m: CitedMention, variants: dict = variants) -> None:
            key = json.dumps(value, sort_keys=True, default=str)
            slot = variants.setdefault(field_, {})
            v = slot.setdefault(
                key,
                {
                    "value": value,
                    "citations": [],
                    "doc_id": m.raw.doc_id,
                    "attribution": m.raw.attribution,
                },
            )
            for cid in m.evidence.get(field_, []):
                if cid not in v["citations"]:
                    v["citations"].append(cid)

        lead_of: dict[str, CitedMention] = {}
        for m in members:
            if not m.raw.reference:
                lead_of.setdefault(m.raw.doc_id, m)
        for m in members:
            r = m.raw
            if not r.reference or r.event_type == c.event_type():
                cite("event_type", m)
            cite("participants", m)
            if not r.reference:
                cite("status", m)
                if m is lead_of[r.doc_id]:
                    variant("status", r.status, m)  # one voice per article
            if (
                r.date
                and date_info
                and r.date.get("start")
                and _interval(r.date)
                and (_interval(date_info))
            ):
                a, b = _interval(r.date), _interval(date_info)
                if a and b and a[0] <= b[1] and b[0] <= a[1]:
                    cite("date", m)
                variant("date", r.date.get("value"), m)
            elif r.date and date_info and r.date == date_info:
                cite("date", m)
            elif (
                (r.until or r.began)
                and date_info
                and date_info.get("start")
                and date_info["start"] <= (r.began or r.until)
                and (r.until or r.began) <= (date_info.get("end") or "9999-12-31")
            ):
                cite("date", m)  # "will last until July 23" gives the interval's end
            if r.name:
                cite("name", m)
                variant("name", r.name, m)
            for loc in r.locations:
                locations.setdefault(loc["name"], loc)
            if r.locations:
                cite("locations", m)
            for a in r.assets:
                cur = assets.get(a["name"])
                if cur is None or (cur.get("count") is None and a.get("count") is not None):
                    assets[a["name"]] = dict(a)
            if r.assets:
                cite("assets", m)
            if r.troops:
                troops = troops or r.troops
                cite("troops", m)
                variant("troops", r.troops, m)
            if r.duration:
                duration = duration or r.duration
                cite("duration", m)
                variant("duration", r.duration, m)
        citations: list[dict] = []
        seen: set[str] = set()
        for m in members:
            for ct in m.citations.values():
                if ct["id"] not in seen and any(ct["id"] in ids for ids in evidence.values()):
                    seen.add(ct["id"])
                    citations.append(ct)
        disagreements = {
            f: list(vs.values())
            for f, vs in variants.items()
            if len(vs) > 1 and f in ("troops", "duration", "name", "status")
        }
        if "date" in variants and len(variants["date"]) > 1 and _dates_clash(members):
            disagreements["date"] = list(variants["date"].values())
        history = [
            {
                "doc_id": m.raw.doc_id,
                "published": m.published.isoformat() if m.published else None,
                "status": m.raw.status,
                "citation": next(iter(m.evidence.get("status", [])), None),
            }
            for m in latest
            if not m.raw.reference
        ]
        attributions: dict[str, list[str]] = {}
        for m in members:
            if m.raw.attribution:
                for ct in m.citations.values():
                    attributions.setdefault(ct["id"], [])
                    if m.raw.attribution not in attributions[ct["id"]]:
                        attributions[ct["id"]].append(m.raw.attribution)
        fmt = next((m.raw.series_format for m in members if m.raw.series_format), None)
        name = c.name()
        if not (name and _has_digit(name)):
            # "named 'Marine Security Belt' (also 'Maritime Security Belt 2019')" already
            # has its year.
            name = _with_year(fmt, name, date_info)
        codes = sorted(participants)
        key = name or "|".join(
            [c.kind, c.event_type(), (date_info or {}).get("value") or "", ",".join(codes)]
        )
        if c.kind == "series" and not name:
            key = "series|" + key
        rid = _stable_id(key)
        if rid in used:
            rid = _stable_id(key + "|" + citations[0]["id"])
        used.add(rid)
        record = {
            "id": rid,
            "kind": c.kind,
            "name": name,
            "event_type": c.event_type()
            if c.event_type() not in GENERIC_TYPES - {"exercise"}
            else "exercise",
            "status": status,
            "participants": sorted(participants.values(), key=lambda p: p["code"]),
            "date": _public_date(date_info),
            "locations": sorted(locations.values(), key=lambda x: x["name"]),
            "assets": sorted(assets.values(), key=lambda x: x["name"]),
            "troops": troops,
            "duration": duration,
            "number": c.number(),
            "citations": citations,
            "evidence": {k: evidence[k] for k in sorted(evidence)},
            "extractor": extractor_info,
            "disagreements": disagreements,
            "status_history": history,
            "attributions": {k: attributions[k] for k in sorted(attributions) if k in seen},
        }
        records.append(record)
    records.sort(key=lambda r: ((r["date"] or {}).get("start") or "9999", r["name"] or "", r["id"]))
    return records


def _dates_clash(members: list[CitedMention]) -> bool:
    """Two articles giving day-level dates that cannot both be true. Coarser dates, or one
    article's first and last day, refine each other instead."""
    by_doc: dict[str, list[tuple[str, str]]] = {}
    for m in members:
        d = m.raw.date or {}
        if d.get("granularity") == "day" and d.get("start") and d.get("end"):
            by_doc.setdefault(m.raw.doc_id, []).append((d["start"], d["end"]))
    spans = [(min(s for s, _ in v), max(e for _, e in v)) for v in by_doc.values()]
    return any(not (a[0] <= b[1] and b[0] <= a[1]) for a, b in itertools.combinations(spans, 2))


def _public_date(d: dict | None) -> dict | None:
    if d is None:
        return None
    return {k: d.get(k) for k in ("text", "value", "start", "end", "granularity", "anchor", "mod")}
