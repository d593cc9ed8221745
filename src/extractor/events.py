"""Event mentions: triggers, event types, status (modality) and argument attachment.

Works sentence by sentence on a processed spaCy Doc of the cleaned text. A mention needs a
trigger (an exercise word or a series name) and an anchor that makes it one occurrence
(a date, place, name, asset, troop count or duration); a bare definite reference ("the
patrol") is tied to the event the article mentioned before it. Generic talk about
exercises ("joint drills serve political purposes") yields nothing.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from .clean import Cleaned
from .gazetteer import Gazetteer
from .ingest import Document
from .temporal import ITEM_START, WEEKDAY_NAMED, WEEKDAY_NUMBER, Timex, get_tagger

GENERIC_TYPES = {"exercise", "patrol"}
SORTIE_NOUNS = frozenset(
    {"bombers", "aircraft", "warplanes", "planes", "jets", "warships", "ships"}
)
PATROL_TYPES = {"air_patrol", "naval_patrol", "patrol"}
# "maritime patrol aircraft", "patrol boats", "exercise area": the trigger word names a thing.
NOT_AN_EVENT_HEAD = {
    "aircraft",
    "plane",
    "vessel",
    "boat",
    "ship",
    "craft",
    "vehicle",
    "car",
    "helicopter",
    "area",
    "zone",
    "route",
    "ground",
    "range",
    "book",
    "program",
    "programme",
    "video",
}
# "arrived on Wednesday ahead of a joint exercise": the exercise is a landmark in time.
LANDMARK_PREPS = {"ahead", "before", "after", "following", "prior", "until", "since"}
EVENT_PREDICATES = {
    "begin",
    "start",
    "end",
    "last",
    "conclude",
    "run",
    "take",
    "finish",
    "kick",
    "wrap",
    "continue",
    "involve",
    "include",
    "cover",
    "open",
    "close",
}
# "MOSCOW, July 23 (Reuters) -", "VLADIVOSTOK, May 4. /TASS/.", "BEIJING (AP) —": the date
# in a dateline is when the story was filed, not when the drill happened.
DATELINE = re.compile(
    # not a lead that opens on its day ("On Thursday of last week, July 25, four bombers —")
    r"^\s*(?!(?:On|In|At|During|Since|Last|This|Early|Late)\s)"
    r"[A-Z][A-Za-z.'’ /-]{1,40}(?:,\s*[A-Z][A-Za-z0-9.'’ ]{1,30})?"  # "WASHINGTON/MOSCOW,"
    r"(?:,\s*[A-Za-z0-9., ]{3,30}?)?\.?\s*"
    # "(Xinhua)", "(RIA-Vesti news agency, translated from Russian)", "/TASS/"
    # "KARACHI, March 12 (INA): The navies ..."
    # ("/Turon-Press Agency, English service/.")
    r"(?:(?:\([A-Za-z][A-Za-z0-9 .,&'’-]{1,60}\)|/[A-Za-z][A-Za-z0-9 .,&'’-]{1,60}/\.?)[^\S\n]*"
    r"(?:--|[-—–:])?|--|[—–])[^\S\n]",  # the story goes on on the same line
    re.MULTILINE,
)
# "NOVOROSSIYSK, May 12 - The ...", "NEW DELHI, Dec. 20: Soldiers ...": a place in
# capitals and a day, then a spaced hyphen or a colon.
# "Dec 2, 2024 (Orbis Wire) - Chinese and Russian bombers ...": no place, the day and
# the wire.
# "June 7 — Chinese and Russian bombers ...": a briefs column's day and a dash.
DAY_DATELINE = re.compile(
    r"^\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*"
    r"\([A-Z][\w .&'’-]{1,40}\)\s*(?:--|[-—–:])"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{1,2}\s*(?:--|[—–]))"
    r"[^\S\n]",
    re.MULTILINE,
)
SPACED_DATELINE = re.compile(
    # ("JIAODONG PENINSULA, Shandong, Aug. 26 - ": a province after the place)
    # ("DUSHANBE, 25 September 2006 - ": the day before its month)
    r"^\s*[A-Z][A-Z.'’ /-]{2,40},\s*(?:[A-Z][A-Za-z.'’ -]{2,30},\s*)?"
    # ("YINCHUAN, Saturday 14 August 2021 - ": its weekday first)
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
    r"(?:\s+-|:)"
    r"[^\S\n]",
    re.MULTILINE,
)
# "Rawalpindi, 29 September 2020: A Pakistan Army contingent ...": a press release's place
# in title case, then its full day and a colon or a spaced hyphen.
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
TITLE_DATELINE = re.compile(
    r"^\s*(?!(?:On|In|At|During|Since|Last|This|By|From|Until|Before|After)\b)"
    r"[A-Z][a-z][A-Za-z.'’ -]{1,30},\s*(?:[A-Z][A-Za-z.'’ -]{2,30},\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+" + _MONTH_NAME + r"\s+\d{4}|" + _MONTH_NAME + r"\s+\d{1,2},\s*\d{4})"
    r"(?:\s+-|:)[^\S\n]",
    re.MULTILINE,
)
# Editors' notes open with the day they were added.
# "Posted 4 December 2019 by Quartermaster | Tags: South African Navy, Mosi": a blog's
# index words name what the post is about; they report nothing.
TAG_LABEL = re.compile(r"\b(?:Tags|Tagged|Filed\s+under|Topics|Categories|Keywords)\s*:", re.I)
NOTE_PREFIX = re.compile(
    r"\s*\(?(?:Correction|CORRECTION|Clarification|CLARIFICATION|Update|UPDATE|"
    r"Editor'?s\s+note|EDITOR'?S\s+NOTE)\b[^:\n]{0,40}:",
)
SPECIFIC_ORDER = (
    "strategic_exercise",
    "counter_terrorism_exercise",
    "missile_defense_exercise",
    "command_post_exercise",
    "naval_patrol",
    "air_patrol",
    "naval_exercise",
    "patrol",
    "exercise",
)
STATUS_PRIORITY = {"negated": 5, "speculative": 4, "planned": 3, "ongoing": 2, "occurred": 1}
# Subordinate clauses whose dates and places describe something else ("since Moscow
# invaded Ukraine on Feb. 24", "when the leaders met in Tokyo").
FOREIGN_MARKS = {
    "when",
    "while",
    "after",
    "before",
    "since",
    "as",
    "because",
    "although",
    "though",
    "whereas",
    "until",
    "once",
    "if",
    "unless",
    "whether",
}
NON_PARTICIPANT_PREPS = {
    "near",
    "over",
    "to",
    "toward",
    "towards",
    "against",
    "around",
    "off",
    "from",
    "at",
    "into",
    "across",
    "past",
    "through",
    "on",
    "beyond",
    "about",
    "like",
    "than",
    "despite",
}
LOCATION_PREPS = {"in", "over", "across", "inside", "within", "into", "throughout", "at"}
NON_PARTICIPANT_VERBS = {
    "say",
    "report",
    "confirm",
    "tell",
    "announce",
    "shadow",
    "monitor",
    "track",
    "intercept",
    "scramble",
    "follow",
    "warn",
    "condemn",
    "accuse",
    "invade",
    "protest",
    "criticize",
    "criticise",
    "note",
    "add",
    "believe",
    "observe",
    "watch",
    "escort",
    "chase",
    "cite",
    "quote",
    "claim",
    "deny",
    "urge",
    "express",
    "voice",
    "respond",
    "summon",
    "visit",
    "meet",
    "fight",
}
# Verbs of a stand taken on a drill ("The Kremlin on Thursday defended China's drills"):
# their subject takes no part, and their day is the stand's.
STANCE_LEMMAS = frozenset(
    {"defend", "denounce", "slam", "decry", "praise", "welcome", "dismiss", "hail",
     "applaud", "blast", "condemn", "criticize", "criticise", "justify", "downplay"}
)
NON_PARTICIPANT_VERBS |= STANCE_LEMMAS
# Reading or seeing what someone says of a drill: "seen one paper today saying ..."
PERCEIVE_LEMMAS = frozenset({"see", "read", "hear", "notice", "spot"})
# Nouns naming something other than an exercise: dates and places inside their phrases
# ("talks on Tuesday", "tensions in the Taiwan Strait") describe them, not the drill.
OTHER_EVENT_NOUNS = {
    "talk",
    "talks",
    "meeting",
    "summit",
    "visit",
    "trip",
    "tension",
    "tensions",
    "protest",
    "protests",
    "unrest",
    "war",
    "invasion",
    "conflict",
    "dispute",
    "disputes",
    "sale",
    "sales",
    "deal",
    "agreement",
    "treaty",
    "statement",
    "speech",
    "forum",
    "conference",
    "election",
    "crisis",
    "attack",
    "strike",
    "sanction",
    "sanctions",
    "negotiation",
    "negotiations",
    "standoff",
    "confrontation",
    "clash",
    "clashes",
    "insurgency",
    "independence",
    "dialogue",
    "call",
    "phone",
    "video",
    "interview",
    "report",
    "briefing",
    "announcement",
}
NP_LINKS = {"compound", "amod", "nmod", "conj", "poss", "appos", "case", "cc", "det", "nummod"}
PARTICIPANT_PREPS = {
    "with",
    "between",
    "by",
    "among",
    "including",
    "alongside",
    "involving",
    "featuring",
}
FORCE_NOUNS = {
    "force",
    "troop",
    "unit",
    "ship",
    "warship",
    "aircraft",
    "navy",
    "serviceman",
    "servicemen",  # tagged NN, so its lemma is itself
    "contingent",
    "military",
    "soldier",
    "personnel",
    "vessel",
    "plane",
    "jet",
    "bomber",
    "detachment",
}
# Who leads a country's forces stands for them where the forces would ("Chief of the
# Russian General Staff ... attend").
LEADER_NOUNS = {"chief", "commander", "head", "minister"}
WORD_NUMBERS = {
    w: i
    for i, w in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    )
}
NAMING_WORDS = re.compile(
    # '(also reported as "Maritime Security Belt 2019")': another spelling of the name
    r"\b(?:called|dubbed|named|code-?named|titled|known\s+as|(?:reported|rendered|spelled|spelt|"
    r"written|transliterated|styled)\s+as"
    # 'rendered in some Russian reports as "Sever/Vzaimodeistviye-2026"'
    r"|(?:reports|sources|media|press)\s+as)\s*[\"'“‘]?\s*$",
    re.IGNORECASE,
)
# "Joint Sea-2015, which we call Joint Sea-2015 (II)", "Joint Sea-2015, known as Joint Sea-2015
# (I)": the words between an edition's name and the stage that names it.
STAGE_NAMED_AS = re.compile(
    r"[\s\"”’')]*(?:,|\(|-{1,2}|—)\s*(?:(?:which|what|that)\s+(?:\w+\s+){0,3}calls?|"
    r"(?:also\s+|officially\s+)?(?:called|dubbed|named|code-?named|designated|known\s+as))"
    r"\s*[\"'“‘]?\s*",
    re.IGNORECASE,
)
# ", the joint Russian–Chinese anti-terrorism": what comes between a name and a noun that
# glosses it.
APPOSITIVE_GLOSS = re.compile(
    r"[\s\"”’')]*,\s*(?:the|an?|its|their)\s+[^,;:()\[\]\"“”]*", re.IGNORECASE
)
# "receptions rather than drills", "instead of any exercise": a drill denied by a contrast.
# "the parade ... - a ceremonial occasion, not an exercise": an apposition's denial too.
RATHER_THAN = re.compile(
    r"(?:\b(?:rather\s+than|instead\s+of|in\s+place\s+of)|[,–—]\s*not)"
    r"(?:\s+(?:any|the|a|an|actual|real|live))?\s*$",
    re.IGNORECASE,
)
# A part of a day with no day named: "in the early morning", "during the night".
BARE_PART_OF_DAY = re.compile(
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?(?:morning|afternoon|evening|night)", re.IGNORECASE
)
MISSILE_DEFENCE = re.compile(r"\b(?:anti-?missile|missile[\s-]+defen[cs]e)\b", re.IGNORECASE)
# What a length can measure besides the drill: "a one-day weather delay".
SHIFT_NOUNS = frozenset(
    {"delay", "postponement", "extension", "slip", "pause", "break", "halt", "suspension", "gap"}
)
# Who takes part, named as the object of something else: "for visiting naval ships ...
# taking part in the exercise".
TAKING_PART = re.compile(
    r"\b(?:ships|vessels|warships|troops|units|aircraft|crews|sailors|servicemen|personnel|"
    r"contingents?|delegations?|officers|soldiers|marines)\b[^.;:]{0,80}?\b(?:taking|"
    r"(?:that|which|who)\s+(?:will\s+|are\s+to\s+)?take|participating|involved)"
    r"\s+(?:part\s+)?in\b[^.;:,()]{0,60}$",
    re.IGNORECASE,
)
# A drill given as the cause of what the sentence dates: "On 25.07.2025 the issuer received
# notification of ... areas closed to navigation in connection with the naval exercise".
CAUSE_BEFORE = re.compile(
    r"\b(?:in\s+connection\s+with|because\s+of|due\s+to|owing\s+to|on\s+account\s+of)\s+"
    r"[^.;:,()]{0,60}$",
    re.IGNORECASE,
)
SIGNATURE_WORDS = re.compile(
    r"\b(?:Signature|Signed|Signatory|Seal|General\s+Director|Chief\s+Executive)\b"
)
CORRECTION_LABEL_DAY = re.compile(
    r"\s*(?:ERRATUM|CORRECTION|CLARIFICATION|UPDATE|Erratum|Correction|Clarification|Update)"
    r"\s*\([^()]{1,40}\)\s*[:.—–-]"
)
# Verbs of getting or giving notice, whose day is not what the notice is about.
NOTICE_LEMMAS = frozenset(
    {"receive", "issue", "publish", "announce", "notify", "inform", "get", "send", "post"}
)
# Verbs whose negation says a drill did not happen: "did not take place", "was not held".
OCCURRENCE_LEMMAS = frozenset({
    "take", "happen", "occur", "begin", "start", "go", "run", "proceed", "hold", "conduct",
    "stage", "last", "end", "finish", "conclude", "open", "launch", "kick", "commence",
    "resume", "continue", "materialise", "materialize", "come", "get", "fly", "sail",
    "carry", "organize", "organise", "plan", "schedule", "expect", "see",
})
TITLE_EVENT_NOUN = re.compile(
    r"[\"”’']?\s+(?:war\s*games|wargames|drills|exercises?|manoeuvres|maneuvers)\b", re.I
)
FROM_BEFORE = re.compile(r"\b(?:from|starting|beginning)\s*$", re.IGNORECASE)
OWN_DRILL = re.compile(
    r"\b(?:its|their)\s+own\s+(?:\w+\s+)?(?:exercises?|drills?|manoeuvres|maneuvers)\b|"
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers)\s+of\s+(?:its|their)\s+own\b",
    re.IGNORECASE,
)
# "Hand-in-Hand, as it's called": the name just given is the reported drill's.
AS_CALLED = re.compile(
    r"[\"”’']?\s*,?\s*as\s+(?:it|they|the\s+\w+)\s*(?:'s|’s|'re|’re|is|are|was|were)\s+"
    r"(?:called|known|named|dubbed|billed)\b",
    re.IGNORECASE,
)
BARE_CLOCK = re.compile(
    r"(?:(?:about|around|approximately|at)\s+)?\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:a\.?m\.?|p\.?m\.?|o'clock|hours?|h)?\s*(?:\(?[A-Z]{2,4}\)?)?\.?",
    re.IGNORECASE,
)
# Nouns whose "with X" is a neighbour, not a partner.
BOUNDARY_NOUNS = {"border", "frontier", "boundary", "borderline", "line", "coast", "shore"}
# "which the Chinese side calls Joint Sea-2025", "which Moscow refers to as ..."
NAMING_VERBS = {"call", "name", "dub", "title", "know", "refer", "term", "designate"}
# "The exercise has started": a start reported in the present perfect happened on the
# day of the report (a simple past "began" may have been days before, so it is not used).
START_VERBS = {"start", "begin", "commence", "open", "kick", "launch"}
UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s*$", re.IGNORECASE)
END_VERBS = {"end", "conclude", "finish", "close", "complete", "wrap"}


def _near_in_time(m: RawMention, day: str | None, days: int = 60) -> bool:
    """Could the mention's event have started or ended on that day?"""
    d = m.date or {}
    if day is None or not d.get("start"):
        return True
    lo = (date.fromisoformat(d["start"]) - timedelta(days=days)).isoformat()
    hi = (date.fromisoformat(d.get("end") or d["start"]) + timedelta(days=days)).isoformat()
    return lo <= day <= hi


NAME_LINKS = frozenset({"for", "of", "the", "and", "-", "de"})
MONTH_OR_DAY = re.compile(
    r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
)


def _titled_name(trig: Span) -> Span | None:
    """The name a capitalised "Exercise" gives in the military style ("Exercise Will for
    Peace 2026 will run until next Friday", "Exercise Mosi II"): its title-case words,
    small linking words and a year or numeral."""
    if len(trig) != 1 or trig[0].text not in ("Exercise", "EXERCISE"):
        return None
    doc = trig.doc
    end = trig.end
    j = trig.end
    while j < len(doc) and j - trig.end < 8:
        tok = doc[j]
        if tok.is_space or (j > trig.end and not trig.doc[j - 1].whitespace_ and tok.is_punct
                            and tok.text != "-"):
            break
        if (tok.is_alpha and tok.text[0].isupper()) or (tok.like_num and j > trig.end):
            j += 1
            end = j
        elif tok.lower_ in NAME_LINKS and j > trig.end:
            j += 1
        else:
            break
    if end == trig.end:
        return None
    name = doc[trig.end : end]
    if MONTH_OR_DAY.match(name[0].text) and len(name) == 1:
        return None  # "Exercise Monday": no name
    if name[0].lower_ in NAME_LINKS:
        return None  # "JOINT EXERCISE OF RUSSIAN FEDERATION NAVY" in a capitals-only message
    return name


GIVEN_NAME = re.compile(
    r"(?P<word>\b(?:called|dubbed|named|code-?named|titled|styled|christened|known\s+as)"
    r"\s*[,:]?\s*)?(?P<q>[\"“‘'])?"
    r"(?P<name>[A-Z][A-Za-z]+(?:(?:-|\s)(?:[A-Z][A-Za-z]+|for|of|the|and|in))*"
    r"(?:(?:-\d{1,2}(?=-))?(?:-|\s)?(?:19|20)\d{2}|(?:-\d{1,2})?\s\((?:19|20)\d{2}\)))"
    r"(?(q)[\"”’'])(?!\w)"
)


def _given_name(trig: Span) -> Span | None:
    """The name a sentence gives an exercise the gazetteer lacks: 'The manoeuvres, styled
    "Coalition-2003" in English', 'The exercise, code-named Friendship-2011', 'the
    "Hand-in-Hand 2007" drill'. A name with its year, named just after the trigger or
    quoted next to it."""
    doc = trig.doc
    sent = trig.sent
    text = sent.text
    base = sent.start_char
    for m in GIVEN_NAME.finditer(text):
        start = base + m.start("name")
        end = base + m.end("name")
        after = (m["word"] and 0 <= base + m.start() - trig.end_char <= 40) or (
            # 'the joint anti-terrorist exercise "Tianshan-1-2006"'
            m["q"] and 0 <= base + m.start() - trig.end_char <= 1
        )
        before = m["q"] and 0 <= trig.start_char - (base + m.end()) <= 2
        if not (after or before):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        # "said on Monday 2019": a weekday or month with a year is a date, not a name.
        if span is not None and not re.fullmatch(
            r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day",
            span[0].text,
        ):
            return span
    return None


def _list_item(span: Span) -> bool:
    """Is the bare word one item of a list ("planning, patrolling, cordon-and-search")?"""
    doc = span.doc
    prev = doc[span.start - 1].text.lower() if span.start > 0 else ""
    nxt = doc[span.end].text.lower() if span.end < len(doc) else ""
    links = {",", "and", "or"}
    return len(span) == 1 and prev in links and nxt in links and "," in (prev, nxt)


def _is_label(span: Span) -> bool:
    """A fact-box label such as "When:" or "Dates per Tehran:" (a trigger whose last token
    is a colon)."""
    return 2 <= len(span) <= 5 and span[-1].orth_ == ":"


SUPERSEDED_MARKS = frozenset({"originally", "initially"})
# What is closed or opened for a drill, not by it: "sea areas closed to navigation".
CLOSED_THINGS = frozenset({
    "area", "zone", "sector", "airspace", "road", "route", "lane", "channel", "port",
    "harbour", "harbor", "berth", "anchorage", "beach", "waters", "space", "range",
})
FIRST_PLAN_WORDS = frozenset({"original", "initial", "earlier", "previous", "old", "first"})
# "..., to Tuesday, Dec. 27, not until Monday, Dec. 26": the day set aside.
NOT_THAT_DAY = re.compile(
    # ("will end on Monday, 26 May, and not on 27 May as stated above")
    r",\s*(?:and\s+|but\s+)?not\s+(?:until\s+|till\s+|on\s+|from\s+|to\s+|in\s+)?(?:the\s+)?$",
    re.I,
)
STEPPED_UP = frozenset(
    {"step", "increase", "intensify", "boost", "beef", "ramp", "expand", "reinforce", "double"}
)
PLAN_LEMMAS = frozenset({"schedule", "plan", "set", "slate", "announce", "due", "expect"})
POSTPONE_LEMMAS = frozenset({"postpone", "delay", "reschedule", "defer", "cancel", "shift"})


def _shift_years(tx: Timex, k: int) -> Timex:
    """The same month or day k years away."""
    def move(d: date | None) -> date | None:
        if d is None:
            return None
        try:
            return d.replace(year=d.year + k)
        except ValueError:  # 29 February
            return d.replace(year=d.year + k, day=28)
    start, end = move(tx.start_date), move(tx.end_date)
    value = tx.value
    if value and start is not None:
        value = start.isoformat()[: len(value)] if len(value) in (7, 10) else value
    return replace(tx, start_date=start, end_date=end, value=value)


def _superseded(tok: Token) -> bool:
    """Is the date that of a plan since given up? ("was originally scheduled to begin last
    Tuesday", "had initially been announced for 15 to 26 September")."""
    gov = _governor(tok)
    if any(c.dep_ == "neg" for c in gov.children) and any(
        c.dep_ == "conj"
        and c.i > tok.i
        and any(k.dep_ == "cc" and k.lower_ == "but" for k in [*gov.children, *c.children])
        for c in gov.children
    ):
        # "will not take place in the window it had announced last month, 24 to 28
        # February, but will be held in March"
        return True
    first = min(tok.left_edge.i, tok.i)
    if re.search(
        r"\b(?:rather\s+than|instead\s+of)\s+(?:(?:from|on|in|for|between)\s+)?(?:the\s+)?"
        r"(?:[\w.]+,?\s+){0,3}?(?:(?:to|and|until|through|[-–])\s*)?$",
        tok.doc.text[max(0, tok.doc[first].idx - 40) : tok.doc[first].idx],
        re.I,
    ):
        # "will be held from Thursday, Sept. 1, to Sept. 7, rather than from Aug. 30 to
        # Sept. 5 as announced earlier"
        return True
    if NOT_THAT_DAY.search(tok.doc.text[max(0, tok.doc[first].idx - 20) : tok.doc[first].idx]):
        # "it ran from Wednesday, Dec. 21, to Tuesday, Dec. 27, not until Monday, Dec. 26"
        return True
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "from" and (
        prep.head.pos_ == "VERB" or prep.head.lower_ in ("back", "forward")
    ):
        verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
        if prep.head.lower_ in ("back", "forward") or verb.lemma_.lower() in POSTPONE_LEMMAS or (
            verb.lemma_.lower() in ("push", "put", "move", "shift", "bring")
            and any(
                p.dep_ in ("prt", "advmod") and p.lower_ in ("back", "forward")
                for p in verb.children
            )
        ):
            return True  # "after being pushed back from Saturday": the day first planned
    for anc in [tok, *tok.ancestors]:
        if any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.lemma_.lower() in PLAN_NOUNS | {"timetable"}
            and any(a.dep_ == "amod" and a.lower_ in FIRST_PLAN_WORDS for a in c.children)
            for c in anc.children
        ):
            return True  # "The original schedule had the exercise ending on Friday."
        if anc.lemma_.lower() == "suppose" and any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in anc.children
        ):
            return True  # "the drills were supposed to go to sea on Tuesday, but ..."
        if any(
            c.lower_ in SUPERSEDED_MARKS
            # "were first scheduled to run from March 10 to 14"
            # (not "are scheduled to run until 26 September, first in Peter the Great Bay
            # and then ...", the order of its places)
            or (c.lower_ == "first" and anc.lemma_.lower() in PLAN_LEMMAS and c.i < anc.i)
            # "The exercise, previously notified for 18–23 August, will now be held from
            # 20 August" (not "previously held from ...", a past edition's days)
            or (
                c.lower_ in ("previously", "earlier")
                and anc.lemma_.lower() in PLAN_LEMMAS | {"notify", "advertise", "publish"}
            )
            for c in anc.children
            if c.dep_ == "advmod"
        ):
            return True
        # "had been scheduled to begin on 30 August but was postponed by two days"
        # "had been due to begin on Tuesday, but was put back": "due" hangs from "been",
        # which holds the second conjunct.
        holders = [anc, anc.head] if anc.dep_ == "acomp" else [anc]
        if anc.lemma_.lower() in PLAN_LEMMAS and any(
            c.dep_ == "conj"
            and (
                c.lemma_.lower() in POSTPONE_LEMMAS
                or any(
                    p.dep_ in ("prt", "advmod") and p.lower_ in ("back", "forward")
                    for p in c.children
                )
            )
            for h in holders
            for c in h.children
        ):
            return True
        if anc.dep_ == "ccomp" and any(
            c.lower_ in SUPERSEDED_MARKS for c in anc.head.children if c.dep_ == "advmod"
        ):
            # "the Russian side had initially indicated that the active phase would begin
            # on 9th September": what was first said, since revised.
            return True
        if anc.dep_ in ("ROOT", "ccomp", "conj", "relcl", "advcl"):
            return False  # the mark must belong to the date's own clause
    return False


def _asked(trigger: Span, sent: Span) -> bool:
    """Is the drill only asked about ("Will China hold any joint exercises with Russia this
    summer?")? A yes/no question puts its auxiliary before the subject; a wh-question ("Why
    did the bombers fly on Tuesday?") takes the drill as given and is not counted."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != "?":
        return False
    verb = _governor(trigger.root)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Q: Will China hold ...": the label "Q" may be parsed as a subject before the verb.
    if not (aux and any(s.i > aux[0].i for s in subj)):
        return False
    return not any(t.tag_ in ("WDT", "WP", "WRB") for t in sent if t.i < aux[0].i)


def _starts_line(span: Span) -> bool:
    """Does the span open its sentence or a line of it? ("The question is when: ..." is
    no fact box.)"""
    doc = span.doc
    i = span.start
    if (
        i > 0
        and span[0].lower_ in ("period", "dates")
        and doc[i - 1].is_alpha
        and doc[i - 1].is_title
    ):
        i -= 1  # "Closure period: 05/07/2013 to 12/07/2013 inclusive", "Exercise dates:"
    # "- Dates: 11-17 September 2018", "- Exercise period: ...": a bulleted line of a fact
    # box.
    # ("3.2 Period: from 06:00 ... on Monday 1 December 2008": a numbered paragraph's label)
    if i > 0 and (
        doc[i - 1].text in BULLETS
        or re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?|\(?[a-z]\)", doc[i - 1].text)
    ):
        i -= 1
    if i == 0:
        return True
    return "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space


BULLETS = frozenset({"-", "*", "•", "–", "—", "·", "▪"})


def _opens_or_closes(tok: Token) -> bool:
    """Is the name the subject of an opening or closing verb ('"Joint Sea" week ends',
    "Vostok opens"), not a word beside some other noun ("a scripted 'Joint Sea' scenario")?"""
    while tok.dep_ in ("compound", "nmod") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and _phase_of(tok.head) is not None


def _enters_part(verb: Token) -> bool:
    """ "moved to its active stage", "entered its sea phase": the drill's later part began."""
    if verb.lemma_.lower() not in ("move", "enter", "pass", "proceed", "shift", "switch", "go"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "enter"]
    objects += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "into", "onto")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        o.lemma_.lower() in PART_WORDS and not any(c.lower_ in EARLY_PART for c in o.children)
        for o in objects
    )


def _subject_enters_part(trigger: Span) -> bool:
    """ 'The naval exercise "Morskoe Vzaimodeistvie-2026" (Joint Sea-2026) moved to its
    active stage yesterday': the days are its later part's."""
    t = trigger.root
    while t.dep_ in ("appos", "compound", "nmod") and t.head.i != t.i:
        t = t.head
    if (
        t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and t.head.head.lemma_.lower() in PART_WORDS
        and t.head.head.dep_ in ("pobj", "dobj")
    ):
        # "Ships ... moved to the at-sea phase of their joint exercise yesterday"
        part = t.head.head
        verb = part.head.head if part.dep_ == "pobj" else part.head
        return _enters_part(verb)
    return t.dep_ == "nsubj" and _enters_part(t.head)


def _lend_closing_length(cands: list[Candidate]) -> None:
    """ "China and Russia wrapped up their exercise on Thursday ..., closing an eight-day
    drill": the drill the clause closes or opens is the one told before it, and its length
    is that one's."""
    for i, b in enumerate(cands):
        verb = b.trigger.root.head
        if (
            b.series is not None
            or b.strength != "weak"
            or b.trigger.root.dep_ != "dobj"
            or verb.dep_ not in ("advcl", "conj")
            or verb.tag_ != "VBG"
            or _phase_of(verb) is None
            or any(a.kind == "date" for a in b.args)
        ):
            continue
        lengths = [a for a in b.args if a.kind == "duration"]
        if not lengths:
            continue
        for a in cands[:i]:
            gov = _governor(a.trigger.root)
            if gov.i == verb.head.i and not any(x.kind == "duration" for x in a.args):
                a.args.extend(lengths)
                b.args = [x for x in b.args if x.kind != "duration"]
                break


def _phase_of(verb: Token) -> str | None:
    """ "start" or "end" when the verb opens or closes something ("set out", "got under
    way", "wrapped up"), else None."""
    lemma = verb.lemma_.lower()
    if _enters_part(verb):
        return "start"
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    if lemma in START_VERBS or (
        lemma == "set"
        and parts & {"out", "off", "sail"}
        # ("The plans for the exercise were set out yesterday at a press briefing": laid
        # out, not sailed)
        and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)
    ):
        return "start"
    if lemma in ("leave", "depart") and any(
        p.dep_ == "prep" and p.lower_ == "on" and any(x.lower_ in EVENT_SUBJECTS for x in p.subtree)
        for p in verb.children
    ):
        return "start"  # "left Peter the Great Gulf on ... the sixth joint naval patrol"
    if lemma == "get" and any(c.lower_ in ("underway", "under", "going") for c in verb.children):
        return "start"  # "got under way", "got going on Monday"
    if lemma == "go" and any(c.dep_ == "aux" and c.lemma_.lower() == "get" for c in verb.children):
        return "start"  # "got going", parsed with "got" as its auxiliary
    if lemma in END_VERBS or (lemma == "wind" and parts & {"up", "down"}):
        return "end"  # ("wound up yesterday after seven days")
    # "Artillery yesterday marked the end of Peace Mission 2018", "brought the drill to a
    # close": the verb's object says which end.
    objects = {c.lower_ for c in verb.children if c.dep_ == "dobj"} | {
        g.lower_
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    } | {
        # ("brought their first joint military exercise to a close yesterday", parsed with
        # "close" as a word of "yesterday")
        a.lower_
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
        for a in g.children
        if a.dep_ in ("amod", "compound") and a.i < g.i
    }
    # "Moscow announced the end of the patrol on 23 October".
    if lemma in ("mark", "signal", "herald", "bring", "see", "announce", "declare") and (
        objects & ENDING_NOUNS
    ):
        return "end"
    if lemma in ("come", "draw") and objects & ENDING_NOUNS:
        return "end"  # "came to an end this afternoon", "drew to a close"
    if lemma in ("bring", "ring") and "curtain" in objects and parts & {"down"}:
        return "end"  # "brought down the curtain on the largest naval exercise"
    if lemma in ("mark", "signal", "herald", "see", "announce", "declare") and (
        objects & OPENING_NOUNS
    ):
        return "start"
    return None


def _edge_named_day(day_noun: Token) -> tuple[bool, date | None]:
    """Is "the final day of the drill" said of a day named beside it ("on Sunday, the final
    day of the drill"; "on Friday, 28 July, which the ministry lists as the last day of the
    exercise"), and which day is that, when the tagger dated it?"""
    doc = day_noun.doc
    anchor: Token | None = None
    clause: Token | None = None
    if day_noun.dep_ == "appos":
        anchor = day_noun.head
    else:
        t = day_noun
        while t.head.i != t.i:
            if t.dep_ == "relcl":
                anchor, clause = t.head, t
                break
            t = t.head
    left = day_noun.left_edge
    comma = re.search(
        r"(?:day|\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\s*,\s*$",
        doc.text[max(left.idx - 30, 0) : left.idx],
        re.IGNORECASE,
    )
    if anchor is None and comma and left.i >= 2:
        anchor = doc[left.i - 2]
    if anchor is None:
        return False, None
    # The day is the antecedent, or (the clause parsed on "a closing ceremony on Friday,
    # 28 July") the last day written in the antecedent's phrase before the clause.
    lo = anchor.i if clause is None else anchor.left_edge.i
    hi = anchor.i + 1 if clause is None else clause.left_edge.i
    found = None
    for sp in doc.spans.get("timex", []):
        tx = sp._.timex
        if (
            sp.start <= anchor.i < sp.end
            or (clause is not None and lo <= sp.start and sp.end <= hi)
        ) and (
            tx is not None
            and tx.granularity == "day"
            and tx.start_date
            and tx.anchor != "unresolved"
        ):
            found = tx.start_date
    if found is not None:
        return True, found
    return bool(comma) or day_noun.dep_ == "appos", None


def _day_of_edge(tok: Token) -> str | None:
    """ "end" for "the final day of <exercise>", "start" for "the first day of" it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of":
        return None
    num = prep.head
    if num.dep_ == "nummod" and num.head.lemma_.lower() == "day":
        # "day three of Vostok-2018", parsed with "of" on the number
        n = WORD_NUMBERS.get(num.lower_) or (int(num.text) if num.text.isdigit() else None)
        return f"day{n}" if n and 1 < n <= 30 else None
    if prep.head.lemma_.lower() != "day":
        return None
    mods = {c.lower_ for c in prep.head.children if c.dep_ in ("amod", "advmod")}
    if mods & {"final", "last", "closing", "concluding"}:
        return "end"
    if mods & {"first", "opening"}:
        return "start"
    # "coverage of day three of Vostok-2018", "the fourth day of the drills": its Nth day.
    for c in prep.head.children:
        n = ORDINAL_DAYS.get(c.lower_) if c.dep_ == "amod" else None
        if c.dep_ == "nummod":
            n = WORD_NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
        if n and 1 < n <= 30:
            return f"day{n}"
    return None


ORDINAL_DAYS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
}


ENDING_NOUNS = {"end", "close", "conclusion", "finale", "completion"}
OPENING_NOUNS = {"start", "beginning", "opening", "launch", "kick-off", "kickoff"}


EVENT_SUBJECTS = {
    "drill", "drills", "exercise", "exercises", "manoeuvre", "maneuver", "manoeuvres",
    "maneuvers", "patrol", "patrols",
}
# Other things that last some days: "June's two-day flight", "a week-long visit".
SPAN_NOUNS = {
    "flight", "flights", "sortie", "sorties", "mission", "voyage", "cruise", "deployment",
    "visit", "tour", "trip", "summit", "forum", "talks",
}
# A part of an exercise reported on its own: it belongs to the exercise reported before.
PART_WORDS = {"phase", "leg", "stage"}
# What makes a "part" a phase: "the live part of the exercise", "the sea part".
PHASE_PART_ADJECTIVES = frozenset({
    "live", "active", "practical", "field", "main", "sea", "maritime", "naval", "land", "air",
    "live-fire", "firing", "tactical",
})
MOTION_VERBS = {"leave", "depart", "arrive", "return", "board", "slip"}
REPORT_VERBS = {"say", "report", "confirm", "tell", "announce", "state", "add", "note", "claim"}
PAIR_WORDS = re.compile(
    r"\b(?:the two (?:countries|nations|sides|militaries|navies|air forces|armies|states|"
    r"powers|neighbou?rs|partners|allies)|both (?:countries|nations|sides|militaries)|"
    r"they|their|bilateral|jointly|joint)\b",
    re.IGNORECASE,
)
COMPOUND_PAIR = re.compile(
    r"\b(Sino|Chinese|China|Russian|Russia|Russo)\s*[-–/]\s*(Russian|Russia|Chinese|China|Sino)\b"
)
COMPOUND_CODES = {
    "sino": "CHN",
    "chinese": "CHN",
    "china": "CHN",
    "russian": "RUS",
    "russia": "RUS",
    "russo": "RUS",
}
TROOPS = re.compile(
    r"(?P<q>more than|over|about|around|some|nearly|almost|up to|at least|roughly|"
    r"approximately|close to|as many as|fewer than|less than)?\s*"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<mult>\s*(?:thousand|million))?\s+"
    r"(?:\w+\s+){0,2}?(?:troops|soldiers|servicemen|service members|servicemembers|"
    r"personnel|military personnel|officers and soldiers|men)\b",
    re.IGNORECASE,
)
QUALIFIERS = {
    "more than": "more_than",
    "over": "more_than",
    "at least": "more_than",
    "about": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "close to": "about",
    "nearly": "less_than",
    "almost": "less_than",
    "fewer than": "less_than",
    "less than": "less_than",
    "up to": "up_to",
    "as many as": "up_to",
}
SERIES_WORDS = re.compile(
    r"\b(?:annual(?:ly)?|every (?:other )?year|each year|yearly|biennial|regular(?:ly)?|"
    r"series|routine(?:ly)?|recurring|periodic(?:ally)?|many|several|numerous|a number of)\b",
    re.IGNORECASE,
)
# "at seven training grounds in Russia's Eastern Military District, ... and in the waters
# of the Sea of Japan": a drill on land and at sea is no naval exercise.
LAND_WORDS = re.compile(
    r"\b(?:training grounds?|(?:firing|training) ranges?|proving grounds?|Military District)\b",
    re.I,
)
AIR_WORDS = re.compile(
    r"\b(?:air|aerial|bombers?|aircraft|jets?|planes?|aviation|warplanes?|air force|"
    r"flights?|airspace|Tu-\d+|H-6)",
    re.IGNORECASE,
)
# Lower-case "sea" only: "over the Sea of Japan" says where, not by what means.
NAVAL_WORDS = re.compile(
    r"\b(?:(?-i:sea)|naval|navy|navies|ships?|warships?|vessels?|fleets?|flotilla|destroyers?|"
    r"frigates?|corvettes?|maritime|submarines?|waters)\b",
    re.IGNORECASE,
)
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a": 1,
    "an": 1,
    "dozen": 12,
}
ROMAN = {"2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI", "7": "VII", "8": "VIII", "9": "IX"}
# An ordinal that counts within a period, not in the series: "the second joint flight of
# Chinese and Russian aircraft this year", "the third such drill in 2024."
PERIOD_COUNT = re.compile(
    r"[^.;]{0,45}?\b(?:(?:this|that|last|the same)\s+(?:year|month|season|spring|summer"
    r"|autumn|fall|winter)|of\s+the\s+year|(?:in|of)\s+(?:19|20)\d\d(?![\w-]))",
    re.IGNORECASE,
)
MONTH_OF_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?"
    r",?\s+)?(?:this|last|that)\s+year",
    re.IGNORECASE,
)
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
}
DEFINITE = {"the", "this", "that", "these", "those", "such", "its", "their"}
AIR_CATEGORIES = {
    "strategic_bomber",
    "bomber",
    "fighter",
    "fighter_bomber",
    "attack_aircraft",
    "aew_c",
    "maritime_patrol_aircraft",
    "tanker",
    "transport",
    "uav",
}
NAVAL_CATEGORIES = {
    "destroyer",
    "frigate",
    "corvette",
    "cruiser",
    "submarine",
    "amphibious_ship",
    "supply_ship",
    "aircraft_carrier",
    "patrol_ship",
}


@dataclass
class Arg:
    kind: str  # actor | place | platform | date | duration | set
    start: int  # token indices in the doc
    end: int
    text: str
    entry: object = None
    timex: Timex | None = None
    label: str = ""


@dataclass
class SentenceView:
    """A sentence to analyse: its index in the article and the Doc that holds it."""

    index: int
    doc: Doc  # the whole article, or the sentence parsed alone
    span: Span  # the sentence within doc
    offset: int  # where doc.text starts in the cleaned article text


@dataclass
class Candidate:
    sent_index: int
    trigger: Span
    event_type: str
    strength: str
    series: object = None  # gazetteer Series entry
    name_year: int | None = None
    kind: str = "event"
    status: str = "occurred"
    args: list[Arg] = field(default_factory=list)
    reference: bool = False
    numeral: str | None = None  # "Mosi II"
    stage: str | None = None  # "Joint Sea-2015 (II)": one of an edition's stages
    title: str | None = None  # "Exercise Will for Peace 2026": a name the gazetteer lacks
    # Tokens of a trigger folded into a series name ("Russia's Vostok 2022 *exercise*").
    extra: set[int] = field(default_factory=set)
    # The end of the name's other spelling folded into it ('Okean-2024 (*Ocean-2024*)').
    spelled_end: int | None = None


@dataclass
class RawMention:
    """A mention with values and the sentence indices that support each field."""

    doc_id: str
    sent_index: int
    trigger: str
    trigger_char: int
    kind: str
    name: str | None
    event_type: str
    status: str
    participants: list[dict]
    date: dict | None
    locations: list[dict]
    assets: list[dict]
    troops: dict | None
    duration: str | None
    evidence: dict[str, set[int]]
    reference: bool = False
    series_id: str | None = None
    number: int | None = None  # "the eighth joint strategic air patrol" -> 8
    until: str | None = None  # ISO day an exercise is said to run until
    began: str | None = None  # ISO day it is said to start ("has started": the report's)
    ended: str | None = None  # ISO day it is said to end ("concluded on Tuesday")
    # "called Marine Security Belt": the edition's name takes the year its dates give.
    series_format: str | None = None
    naming: bool = False  # "The drills, code-named Peace Mission 2005": names the drill before
    part: bool = False  # "the active phase of Vostok-2018 began": its days are the phase's
    attribution: str | None = None
    # "a Russian drill near the Kuril Islands that it says is unrelated to Vostok": the
    # series this drill is said not to belong to.
    apart_from: str | None = None
    ceremony: bool = False  # "it was held yesterday", said of the opening ceremony
    # 'Russia's own "Zapad-2021" strategic exercise with Belarus is a separate event': an
    # aside, which "the exercise" later in the article does not point back at.
    aside: bool = False
    # The article says the drill's days moved ("postponed", "after a two-day delay").
    rescheduled: bool = False
    # Participants filled in from the pair the article names most, not from the sentence.
    implied: tuple[str, ...] = ()


# ---------------------------------------------------------------------------- helpers


def _governor(token: Token) -> Token:
    """The verb (or root) a token hangs from."""
    t = token
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "dobj"):
            # "South Korea scrambled fighter jets on Wednesday after ..., the JCS said":
            # the past-tense verb parsed as an adjective of its object, which the parse
            # made the subject of "said".
            verb = next(
                (c for c in t.children if c.dep_ == "amod" and c.tag_ == "VBD" and c.i < t.i),
                None,
            )
            if verb is not None:
                return verb
        t = t.head
    if t.head.i == t.i and t.pos_ == "NOUN":
        # "Japan and South Korea scrambled fighter jets on Tuesday": the small parser can
        # make the past-tense verb an adjective of its object, the object the root.
        verb = next((c for c in t.children if c.dep_ == "amod" and c.tag_ == "VBD"), None)
        if verb is not None:
            return verb
    return t




# A drill's days and the days a later sentence gives it ("It began July 28 ... and it
# concluded Aug. 10") lie within weeks of each other; last year's patrol does not.
REF_SLACK_DAYS = 60



def _effective_dates(previous: list[RawMention]) -> dict[int, dict]:
    """Each earlier mention's days: its own, or for an undated reference ("after the
    patrol") those of the last mention of its kind before it."""
    out: dict[int, dict] = {}
    last: dict[str, dict] = {}
    for m in previous:
        d = m.date if (m.date or {}).get("start") else None
        if d is None and m.reference:
            d = last.get(m.event_type)
        if d is not None:
            out[id(m)] = d
            last[m.event_type] = d
    return out


def _shift_iso(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()



EARLY_PART = {"first", "initial", "opening", "preparatory", "second", "third"}


def _early_part_of(trigger: Span) -> bool:
    """The trigger names the whole of which an early part is the subject: "The first stage
    of the manoeuvres ... will continue until Saturday" (the stage's days, not theirs)."""
    of = trigger.root.head
    if trigger.root.dep_ != "pobj" or of.lower_ != "of":
        return False
    part = of.head
    return (
        part.lemma_.lower() in PART_WORDS | {"part"}
        and part.dep_ in ("nsubj", "nsubjpass")
        and any(c.lower_ in EARLY_PART for c in part.children)
    )


RESULT_NOUNS = frozenset({
    "result", "results", "outcome", "outcomes", "lesson", "lessons", "conclusion",
    "conclusions", "achievement", "achievements", "debriefing", "assessment", "analysis",
})


def _results_of(trigger: Span) -> Token | None:
    """The noun of what a drill yielded when the drill is only its complement: "the results
    of Northern/Interaction-2023 would be reviewed"."""
    root = trigger.root
    while root.dep_ in ("compound", "nmod", "amod", "nummod", "appos") and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    noun = root.head.head
    return noun if noun.lower_ in RESULT_NOUNS else None


def _day_edge_of(trigger: Span) -> tuple[Token, str] | None:
    """ "the final day of the exercise" -> (day, "end"); "the first day of ..." -> "start"."""
    root = trigger.root
    while root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.i != root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    day = root.head.head
    if day.lemma_.lower() != "day":
        return None
    kinds = {c.lower_ for c in day.children if c.dep_ in ("amod", "compound")}
    if kinds & {"final", "last", "closing", "concluding"}:
        return day, "end"
    if kinds & {"first", "opening"}:
        return day, "start"
    return None


def _edge_of(trigger: Span) -> str | None:
    """ "start" or "end" when the trigger is what an act happens at the start or end of
    ("leaves Chabahar on Tuesday, March 11, at the start of Maritime Security Belt 2025")."""
    of = trigger.root.head
    if trigger.root.dep_ != "pobj" or of.lower_ != "of":
        return None
    edge = of.head
    if edge.dep_ != "pobj" or edge.head.lower_ not in ("at", "on", "with"):
        return None
    if edge.lemma_.lower() in OPENING_NOUNS:
        return "start"
    if edge.lemma_.lower() in ENDING_NOUNS:
        return "end"
    return None


def _subject_edge_of(trigger: Span, verb: Token) -> str | None:
    """ "The opening ceremony and the start of the exercise were on September 9": the
    trigger is what the verb's subject is the start or end of."""
    of = trigger.root.head
    if trigger.root.dep_ != "pobj" or of.lower_ != "of":
        return None
    edge = of.head
    word = edge.lemma_.lower()
    role = "start" if word in OPENING_NOUNS else "end" if word in ENDING_NOUNS else None
    subj = edge
    while subj.dep_ == "conj":
        subj = subj.head
    if role is None or subj.dep_ not in ("nsubj", "nsubjpass") or subj.head != verb:
        return None
    return role


EXERCISE_WORDS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "wargame"})


def _part_of_word(trigger: Span) -> str | None:
    """The noun a part is of: "the sea phase of the joint exercise" -> "exercise"."""
    for p in trigger.root.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj":
                    return o.lemma_.lower()
    return None


def _part_above(trigger: Span) -> Token | None:
    """The later part of which the trigger names the whole: "the active phase of the joint
    exercise ..., "Mirnaya Missiya-2007", began" (the phase's first day, not the drill's)."""
    t = trigger.root
    if t.dep_ in ("nsubj", "nsubjpass"):
        # The name in apposition parsed as a second subject of the verb.
        part = next(
            (
                c
                for c in t.head.children
                if c.dep_ == t.dep_
                and c.i < t.i
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
            ),
            None,
        )
        if part is None:
            return None
    else:
        if t.dep_ == "appos":
            t = t.head
        if t.dep_ != "pobj" or t.head.lower_ != "of":
            return None
        part = t.head.head
    if any(c.lower_ in EARLY_PART for c in part.children):
        return None
    if part.lemma_.lower() in PART_WORDS or (
        # "The live part of the exercise began on Friday": a phase in other words.
        part.lemma_.lower() == "part"
        and any(c.dep_ == "amod" and c.lower_ in PHASE_PART_ADJECTIVES for c in part.children)
    ):
        return part
    return None


def _other_conjunct(token: Token, trigger: Span) -> bool:
    """True when the trigger's clause is a conjunct with its own subject and the token is in
    another conjunct with another subject: "The sea phase is to follow from Thursday, and the
    drill will run until 27 February" (Thursday is the phase's)."""
    gov = _governor(trigger.root)
    while gov.dep_ == "ccomp" and gov.head.lemma_ in REPORT_VERBS and gov.head.i != gov.i:
        # "The opening ceremony ... went ahead as planned on Wednesday, but the fleet said
        # the exercise itself had been "moved back by one day"": the saying is the conjunct.
        gov = gov.head
    if gov.dep_ == "acl" and gov.lemma_.lower() in ("name", "call", "dub", "codename"):
        gov = _governor(gov.head)  # "a joint naval exercise, named VENRUS-2008, ..."
    while gov.dep_ == "xcomp" and gov.head.i != gov.i:
        # "... and that the navies intend to conduct a joint naval exercise": the clause
        # that has the subject
        gov = gov.head
    if gov.dep_ != "conj" or token.i in {x.i for x in gov.subtree}:
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "then" for c in gov.children):
        return False  # "the final serials will take place on Saturday, and the exercise ends then"
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
        return False
    other = _as_planned_head(_governor(token))
    chain = [other]
    while other.dep_ in ("xcomp", "ccomp", "acomp") and other.head.i != other.i:
        # "is to follow from Thursday", "were little changed on Thursday": the clause
        # "is" or "were" heads
        other = other.head
        chain.append(other)
    trig = set(range(trigger.start, trigger.end))
    return any(
        o.i == gov.head.i
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in trig for c in o.children)
        for o in chain
    )


AS_PLANNED = frozenset({"schedule", "plan", "expect", "announce", "intend", "foresee"})


def _as_planned_head(verb: Token) -> Token:
    """"It ended, as scheduled, on Monday the 17th": the parse hangs the day from the aside
    "as scheduled"; it is the ending's."""
    if (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in AS_PLANNED
        and {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")} == {"as"}
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return verb.head
    return verb


PUBLISHING_LEMMAS = frozenset(
    {"release", "publish", "post", "issue", "distribute", "circulate", "share", "upload"}
)


def _foreign_clause(token: Token, trigger: Span, extra: set[int] | None = None) -> bool:
    """True when token sits in a subordinate clause the trigger is not part of."""
    trig_tokens = set(range(trigger.start, trigger.end)) | (extra or set())
    t = token
    while t.head.i != t.i:
        if t.dep_ == "conj" and _misjoined_conjunct(t) is not None:
            # "the same day the two navies concluded Joint Sea-2021, ..., and ended on
            # Saturday": the verb belongs above the clause it was parsed into.
            u = t.head
            while u.dep_ not in ("relcl", "acl", "advcl") and u.head.i != u.i:
                u = u.head
            t = u.head
            continue
        if t.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and token.i < c.i and c.lower_ in ("as", "while", "when")
            for c in t.children
        ) and token.i < t.left_edge.i + 4 and token.i <= t.sent.start + 3:
            # "On 24 May, as the leaders ... met in Tokyo, two Chinese H-6K bombers ... flew a
            # joint patrol": a day put before the clause's "as" opens the sentence.
            t = t.head
            continue
        if (
            t.dep_ == "advcl"
            and t.i < t.head.i
            and t.left_edge.i <= t.sent.start + 1
            and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in t.children)
            and t.head.i in {x.i for x in trigger.root.ancestors} | {trigger.root.i}
            # (two things told as done at once, not "As Russian troops march through
            # Tiananmen Square today ..., it is worth looking back at ...")
            and t.tag_ == "VBD"
            and (
                t.head.tag_ == "VBD"
                or (
                    t.head.tag_ == "VBG"
                    and any(c.lower_ in ("was", "were") for c in t.head.children)
                )
            )
        ):
            # "As the leaders of the United States, Japan, India and Australia met in Tokyo
            # on Tuesday, Chinese and Russian strategic bombers were flying a joint route":
            # the clause that opens the sentence gives the day of the main one.
            t = t.head
            continue
        if t.dep_ in ("advcl", "relcl", "acl", "ccomp", "pcomp", "conj", "parataxis", "csubj"):
            subtree = {x.i for x in t.subtree}
            if not (subtree & trig_tokens):
                marks = {c.lower_ for c in t.children if c.dep_ in ("mark", "advmod")}
                if _as_planned_head(t) is not t:
                    t = t.head  # "It ended, as scheduled, on Monday the 17th"
                    continue
                # "the drills, which began on April 29" still count, and so does "the
                # patrol by the two countries, which began on July 28" (attached low).
                # "... today, the fifth day of manoeuvres that began on Friday": a plain
                # event noun is the exercise the clause goes on about.
                # '"Maritime Interaction-2021" ("Morskoye Vzaimodeistviye-2021"), which
                # the two fleets had held from 14 to 17 October': the name's other spelling.
                near = t.head.i in trig_tokens or (
                    t.head.dep_ == "appos" and t.head.head.i in trig_tokens
                ) or (
                    # "The nine days of drills, which began on Aug. 20, culminated ...": the
                    # days of the drill
                    t.head.lemma_.lower() in ("day", "week", "fortnight")
                    and any(
                        p.dep_ == "prep"
                        and p.lower_ == "of"
                        and any(g.i in trig_tokens for g in p.children)
                        for p in t.head.children
                    )
                ) or (
                    t.lemma_.lower() in EVENT_PREDICATES
                    and (
                        t.head.i in {x.i for x in trigger.root.subtree}
                        or (t.dep_ == "relcl" and t.head.lower_ in EVENT_SUBJECTS)
                        # 'the "Marine Security Belt-2024" joint naval exercise of Iran,
                        # Russia and China, which ended today' (the clause hung on "Iran")
                        or (
                            t.dep_ == "relcl"
                            and any(
                                t.head.i in {x.i for x in trigger.doc[e].subtree}
                                for e in (extra or ())
                                if trigger.doc[e].lower_ in EVENT_SUBJECTS
                            )
                        )
                    )
                ) or (
                    # 'for the "Joint Sea-2013" exercise with the Russian Pacific Fleet, which
                    # will be held from July 5 to 12': a fleet is not held; the drill is
                    t.dep_ == "relcl"
                    and t.lemma_.lower() in ("hold", "conduct", "stage")
                    and any(
                        k.dep_ == "nsubjpass" and k.lower_ in ("which", "that") for k in t.children
                    )
                    and t.head.i in {x.i for x in _np_head(trigger).subtree}
                ) or (
                    # 'the exercise Tsentr-2019 (also rendered "Centre-2019"), which will be
                    # held from Monday to Saturday': the parse lost the clause's antecedent
                    _which_antecedent(t) in trig_tokens
                ) or (
                    # "The first joint naval patrol ... ended on Saturday, 23 October, after
                    # a seven-day voyage that began on 17 October": the voyage is the patrol.
                    t.dep_ == "relcl"
                    and t.head.lemma_.lower() in SPAN_NOUNS | EVENT_SUBJECTS
                    and t.head.dep_ == "pobj"
                    and t.head.head.lower_ == "after"
                    and trigger.root.dep_ in ("nsubj", "nsubjpass")
                    and t.head.head.head == trigger.root.head
                    and trigger.root.head.lemma_.lower() in ("end", "conclude", "finish", "close")
                ) or (
                    # "the exercise moved into its active phase at the Chebarkul training
                    # ground, where it continued until Friday": "it" is the subject drill.
                    t.dep_ == "relcl"
                    and t.lemma_.lower() in EVENT_PREDICATES | {"continue"}
                    and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in t.children)
                    and trigger.root.dep_ in ("nsubj", "nsubjpass")
                    and trigger.root.head in t.ancestors
                )
                if t.dep_ == "relcl" and not near:
                    return True
                if (
                    t.dep_ == "acl"
                    and not near
                    and t.lemma_.lower() in PUBLISHING_LEMMAS
                ):
                    return True  # "in a handout image released by the ministry on 07/25/2024"
                if marks & FOREIGN_MARKS:
                    return True
                # "... and said it took place over the Bering Sea": "it" is the event.
                # "..., with drills to be held in the Sea of Japan": the drills are the event.
                own_subject = any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl")
                    and c.lower_ not in ("it", "they", "which", "that")
                    and c.lemma_.lower() not in EVENT_SUBJECTS
                    for c in t.children
                )
                # "..., involving two bombers" shares the event; "..., and Biden met X" not.
                if t.dep_ in ("conj", "parataxis", "advcl", "ccomp") and own_subject:
                    return True
        t = t.head
    return False


def _which_antecedent(verb: Token) -> int | None:
    """The index of the word a "which" clause follows, past a bracketed aside: the noun
    the clause is about however the parser hung it."""
    which = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ == "which"
        ),
        None,
    )
    if which is None:
        return None
    doc = verb.doc
    k = which.i - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].text == ")":
        depth = 0
        while k >= 0:
            if doc[k].text == ")":
                depth += 1
            elif doc[k].text == "(":
                depth -= 1
                if depth == 0:
                    break
            k -= 1
        k -= 1
    while k >= 0 and (doc[k].is_quote or doc[k].text == ","):
        k -= 1  # ('"Sever/Vzaimodeistvie-2023" ("North/Interaction-2023"), which')
    return k if k >= 0 else None


SIGHTING_LEMMAS = frozenset(
    {"confirm", "detect", "spot", "observe", "track", "scramble", "intercept", "shadow",
     "fire"}
)


FLYERS_OWN = re.compile(r"\b(?:China|Chinese|Beijing|PLA|Russia|Russian|Moscow|Kremlin)\b")


def _says_it_sighted(verb: Token) -> bool:
    """ "On Wednesday, July 24, NORAD said it had detected, tracked and intercepted two
    Russian and two Chinese bombers": the watchers' own report of what they saw."""
    if verb.lemma_.lower() != "say":
        return False
    if any(
        c.dep_ == "nsubj" and FLYERS_OWN.search(" ".join(t.text for t in c.subtree))
        for c in verb.children
    ):
        return False
    # (only what it says next: in "Japan scrambled fighters as the bombers flew ...,
    # Japan's defence ministry said at a briefing on Wednesday" the day is the briefing's)
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and (
            c.lemma_.lower() in SIGHTING_LEMMAS
            or any(k.dep_ == "conj" and k.lemma_.lower() in SIGHTING_LEMMAS for k in c.children)
        )
        for c in verb.children
    )


def _sighting_day(date_tok: Token, verb: Token, cand: Candidate, args: list[Arg]) -> bool:
    """Is the date that of a sighting or a scramble which dates the flight seen ("Today,
    December 9, the Joint Staff Office confirmed that two Russian bombers ... flew
    together", "fighters were scrambled on Friday after Chinese and Russian bombers flew
    together")? Only when the flight's own clause has no date: "confirmed on Wednesday that
    the bombers flew on Tuesday" is Tuesday's."""
    if cand.event_type not in PATROL_TYPES:
        return False
    if verb.lemma_.lower() not in SIGHTING_LEMMAS and not _says_it_sighted(verb):
        return False
    if verb.lemma_.lower() == "confirm" and any(
        c.dep_ == "nsubj"
        and (
            FLYERS_OWN.search(" ".join(t.text for t in c.subtree))
            # "Beijing waited: its defense ministry confirmed the next day that ...": the
            # flyers' own ministry, named by a pronoun
            or (
                any(t.lower_ in ("its", "their") and t.dep_ == "poss" for t in c.subtree)
                and FLYERS_OWN.search(verb.doc[verb.sent.start : c.left_edge.i].text)
            )
        )
        for c in verb.children
    ):
        # "Beijing's Ministry of National Defense confirmed today that this was the eighth
        # joint strategic air patrol": the flyers' own statement, a day later, not a sighting.
        return False
    trig_gov = _governor(cand.trigger.root)
    if _governor(date_tok) != verb:
        return False
    while trig_gov.dep_ == "conj" and trig_gov.head.i != trig_gov.i:
        trig_gov = trig_gov.head  # "said it had detected, tracked and intercepted ..."
    # "fired warning shots Tuesday after a Russian aircraft violated the airspace ..., while
    # Chinese and Russian bombers flew through the zone": one clause of the incident can
    # sit under another.
    for _ in range(2):
        if trig_gov.dep_ == "advcl":
            marks = {c.lower_ for c in trig_gov.children if c.dep_ in ("mark", "advmod")}
            if not marks & {"after", "when", "as", "while"}:
                return False
        elif trig_gov.dep_ != "ccomp":
            return False
        if _governor(trig_gov.head) == verb:
            break
        trig_gov = _governor(trig_gov.head)
    else:
        return False
    clause = {t.i for t in trig_gov.subtree}
    return not any(a.kind == "date" and a.start in clause for a in args)


DAY_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night"})


# Verbs that give a drill its name or kind: "described the flight as a joint patrol".
NAMING_LEMMAS = frozenset({
    "describe", "call", "label", "characterize", "characterise", "term", "dub", "brand",
})


STAGE_ORDINALS = {"first": "I", "initial": "I", "second": "II", "third": "III"}


NOT_JUST = re.compile(r"\bnot\s+(?:just|merely|simply)\b(?:\s+\S+){0,6}\s*$", re.IGNORECASE)
CALLED_WRONG = re.compile(
    r"[\"”’']\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:inaccurate|wrong|false|incorrect|"
    r"misleading|untrue|mistaken)\b",
    re.IGNORECASE,
)
STAGED_NAME = re.compile(r"^(.*\S) \((I{1,3}|IV)\)$")


TWO_STAGES = re.compile(
    r"\b(?:in|into)\s+two\s+(?:separate\s+|distinct\s+)?(?:stages|parts|legs)\b", re.IGNORECASE
)


def _bare_stage(trigger: Span) -> str | None:
    """ "The first stage, held in the Baltic": a stage named by its ordinal alone."""
    root = trigger.root
    # (not "The first phase, in Peter the Great Bay, ...", a part of the stage just told)
    if root.lower_ != "stage" or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in root.children
    ):
        return None
    for c in root.children:
        if c.dep_ in ("amod", "nummod") and c.lower_ in STAGE_ORDINALS:
            return STAGE_ORDINALS[c.lower_]
    return None


STAGE_OF_BEFORE = re.compile(
    r"\b(first|initial|second|third)\s+(?:stage|phase)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}(?:exercises?|drills?|manoeuvres|maneuvers)\s*[\"“]?$",
    re.IGNORECASE,
)


def _numbered_stage(name: Span) -> str | None:
    """The stage a staged edition's name is said to be part of: "the second phase of the
    annual Joint Sea-2017 exercise" -> "II"."""
    t = name.root
    while t.dep_ in ("compound", "nmod", "amod", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        # "The second stage of the Russian-Chinese naval exercise Joint Sea-2017 opened",
        # parsed with the name as a second subject: the words before it still say so.
        told = STAGE_OF_BEFORE.search(name.doc[name.sent.start : name.start].text)
        return STAGE_ORDINALS[told.group(1).lower()] if told else None
    part = t.head.head
    if part.lemma_.lower() not in PART_WORDS | {"part"}:
        return None
    for c in part.children:
        if c.dep_ in ("amod", "nummod") and c.lower_ in STAGE_ORDINALS:
            return STAGE_ORDINALS[c.lower_]
    return None


# "..., four days before the exercise opened": a day some days off the drill's first or last.
OFFSET_TO_EDGE = re.compile(
    r"^\s*[,(—–-]?\s*(?:just\s+|only\s+|some\s+|about\s+)?"
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|the)\s+days?\s+"
    r"(?P<dir>before|after)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
EDGE_VERB_AFTER = re.compile(
    r"\s*(?:had\s+|was\s+|were\s+)?(?:officially\s+|formally\s+)?(?P<verb>opened|began|started|got\s+under\s*way|kicked\s+off|"
    r"ended|closed|concluded|finished|wrapped\s+up)\b",
    re.IGNORECASE,
)


def _edge_by_offset(doc: Doc, cand: Candidate, article: str) -> tuple[str, str] | None:
    """("start" or "end", day) when a day is said to lie some days before the drill opened
    or after it ended: "on 5 September, four days before the exercise opened"."""
    trig = cand.trigger
    verb = EDGE_VERB_AFTER.match(doc.text, trig.end_char)
    if verb is None:
        return None
    sent = trig.sent
    for t in doc.user_data.get("timexes", []):
        if not (
            sent.start_char <= t.start
            and t.end <= trig.start_char
            and t.granularity == "day"
            and t.start_date
            and t.start_date == t.end_date
        ):
            continue
        m = OFFSET_TO_EDGE.match(doc.text[t.end : trig.start_char])
        if m is None:
            continue
        at = max(article.find(sent.text), 0)
        around = article[max(at - 400, 0) : at + len(sent.text)]
        if any(int(y) != t.start_date.year for y in re.findall(r"\b(?:19|20)\d{2}\b", around)):
            # ("Joint Sea-2012 was held from 22 to 27 April 2012 ... arrived in Qingdao on 21
            # April, the day before the exercise opened" in a report of 2014: a day whose
            # year the text may not have meant)
            continue
        word = m["n"].lower()
        n = 1 if word in ("a", "an", "the") else WORD_NUMBERS.get(word) or (
            int(word) if word.isdigit() else None
        )
        if not n:
            continue
        opening = verb["verb"].lower().split()[0] in ("opened", "began", "started", "got", "kicked")
        if m["dir"].lower() == "before" and opening:
            return "start", (t.start_date + timedelta(days=n)).isoformat()
        if m["dir"].lower() == "after" and not opening:
            return "end", (t.start_date - timedelta(days=n)).isoformat()
    return None


def _described_as(trigger: Span) -> bool:
    """Is the trigger what something named as the verb's object is described as ("described
    the event as a joint command-staff exercise", not "what Moscow described as ...")?"""
    root = trigger.root
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        verb = root.head.head
    elif root.dep_ == "oprd":
        verb = root.head
    else:
        return False
    return verb.lemma_.lower() in NAMING_LEMMAS and any(
        k.dep_ in ("dobj", "nsubjpass") and k.lower_ != "what"
        and (k.pos_ == "PRON" or any(d.dep_ == "det" and d.lower_ in DEFINITE for d in k.children))
        for k in verb.children
    )


LANGUAGE_GLOSS = re.compile(
    r"\b(?:Russian|Chinese|Mandarin|Persian|Farsi|Arabic|Kazakh|Kyrgyz|Tajik|Uzbek|Hindi|"
    r"Korean|Japanese|Belarusian|Mongolian|Setswana|Sesotho|Zulu|Urdu|Vietnamese|Thai|"
    r"Indonesian|Malay|Spanish|Portuguese|French|Turkish)\b"
)


def _bracketed_cause(doc: Doc, trigger: Span, arg: Arg) -> bool:
    """Is the drill named in brackets after other words, outside which the day is
    ("3-10 Sept (military rail traffic, Vostok-2018)")? Not an alias in brackets ("the
    exercise (Vostok-2018) runs from 11 to 17 September")."""
    line_start = doc.text.rfind("\n", 0, trigger.start_char) + 1
    before = doc.text[line_start : trigger.start_char]
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    inside = before[opened + 1 :]
    if (
        not re.search(r"[A-Za-z]{3,}", inside)
        or re.match(
            r"\s*(?:i\.e\.|aka|also|known|code-?named|called|dubbed|named|or|the|officially)\b",
            inside,
            re.I,
        )
        # '(in Russian, "Mirnaya Missiya-2021")': the name in another language
        or LANGUAGE_GLOSS.search(inside)
    ):
        return False
    close = doc.text.find(")", trigger.end_char)
    if close < 0 or "\n" in doc.text[trigger.end_char : close]:
        return False
    a = doc[arg.start : arg.end]
    return not (line_start + opened <= a.start_char < close)


def _on_the_day_when(date_tok: Token, verb: Token, cand: Candidate, args: list[Arg]) -> bool:
    """Is the drill told in a clause on the day of what the sentence dates ("fired warning
    shots yesterday after a Russian aircraft violated the airspace, on a day when Chinese
    and Russian bombers carried out ... the first joint long-range air patrol")? Only when
    that clause has no date of its own."""
    if _governor(date_tok) != verb:
        return False
    clause = _governor(cand.trigger.root)
    for _ in range(3):
        if clause.dep_ == "relcl" or clause.head is clause:
            break
        clause = clause.head
    noun = clause.head
    if not (
        clause.dep_ == "relcl"
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)
        and noun.lemma_.lower() in DAY_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "on"
        and verb in noun.ancestors
    ):
        return False
    inside = {t.i for t in clause.subtree}
    return not any(a.kind == "date" and a.start in inside for a in args)


def _clause_root(trigger: Span) -> Token | None:
    """The word of the trigger that is the subject or object of a clause opened by "before",
    "after", "until" or "since" (the parse may hang a name's year elsewhere: "after the two
    countries wrapped up Joint Sea-2021")."""
    return next(
        (
            t
            for t in trigger
            if not (trigger.start <= t.head.i < trigger.end) and _clause_landmark(t)
        ),
        None,
    )


def _np_head(trigger: Span) -> Token:
    """The noun a name modifies ("ahead of the "Peace Mission-2009" Sino-Russian anti-terror
    exercise": the name parsed as the exercise's modifier)."""
    root = trigger.root
    while (
        root.dep_ in ("nmod", "compound")
        and root.head.i > root.i
        and root.head.pos_ in ("NOUN", "PROPN")
    ) or (
        # "immediately after the bilateral exercise Joint Sea-2021": the name in apposition
        root.dep_ == "appos"
        and root.head.i < root.i
        and root.head.lemma_.lower() in EVENT_SUBJECTS | {"exercise"}
    ):
        root = root.head
    return root


def _landmark(trigger: Span) -> bool:
    """Is the exercise only the time landmark of another act ("ahead of the drills")?"""
    root = _np_head(trigger)
    if _clause_root(trigger) is not None:
        return True  # "..., Aug. 5, days before the exercise began"
    prep = root.head if root.dep_ == "pobj" else None
    # "sailed into Vladivostok on Tuesday ahead of what both militaries describe as the
    # largest naval exercise": a free relative naming the drill stands for it
    verb = (
        prep.head
        if prep is not None and prep.lower_ == "as"
        else (root.head if root.dep_ in ("oprd", "dobj", "attr") else None)
    )
    if (
        verb is not None
        and verb.dep_ == "pcomp"
        and any(c.lower_ == "what" for c in verb.children)
        and (
            (verb.head.lower_ == "of" and verb.head.head.lower_ in ("ahead", "prior"))
            or verb.head.lower_ in LANDMARK_PREPS - {"ahead", "prior"}
        )
    ):
        return True
    if prep is None:
        return False
    word = prep.lower_
    if word == "of" and prep.head.lower_ in ("ahead", "prior"):
        return True
    if (
        word == "of"
        and prep.head.lemma_.lower() in ENDING_NOUNS
        and prep.head.dep_ == "pobj"
        and prep.head.head.lower_ in LANDMARK_PREPS | {"upon", "on"}
        and prep.head.head.lower_ not in ("ahead", "prior", "since")
    ):
        # "Upon conclusion of the exercise, on the same day, ... the patrol", "closed from
        # the 15th until the end of the exercise"
        return True
    if word == "to" and prep.head.lower_ == "prior":
        return True
    if word == "of" and prep.head.lower_ == "eve":
        return True  # "at a press briefing on Wednesday, the eve of the drill"
    if word in ("to", "for") and prep.head.lower_ in ("way", "route", "passage"):
        return True  # "sailed through the Tsushima Strait on Friday on their way to a drill"
    if (
        word == "of"
        and prep.head.lemma_.lower() in ("day", "week", "month", "fortnight")
        and prep.head.dep_ == "pobj"
        and prep.head.head.lower_ in ("after", "following")
    ):
        # "was steaming north on Tuesday after seven days of joint manoeuvres"
        return True
    return word in LANDMARK_PREPS and word not in ("ahead", "prior")


def _landmark_scope(trigger: Span) -> set[int]:
    """What a landmark drill's own dates may sit in: its phrase ("ahead of the drills"), or
    its clause ("since the drill kicked off on Sunday")."""
    root = _np_head(trigger)
    clause_root = _clause_root(trigger)
    if clause_root is not None:
        mark = next(c for c in clause_root.head.children if c.dep_ == "mark")
        before = root.doc[mark.i - 1].lower_ if mark.i > 0 else ""
        if before not in OFFSET_WORDS:
            return {x.i for x in clause_root.head.subtree}
        # "Aug. 5, days before the exercise began": that day is not in the exercise; the
        # clause's own day after its verb is ("two days before the exercise formally opened
        # ... on 5 July").
        return {x.i for x in clause_root.head.subtree if x.i > clause_root.head.i}
    # "Cadets return to the academy after the exercise, 28 April": a day set off by a comma
    # after the landmark is the act's.
    comma = next(
        (t.i for t in root.doc[root.i + 1 : root.right_edge.i + 1] if t.lower_ == ","), None
    )
    # ("right after the "Joint Sea-2021" exercise, which the two navies held from the 14th
    # to the 17th": a clause on the landmark keeps its days)
    own = {
        x.i
        for c in root.children
        if c.dep_ in ("relcl", "acl", "appos") and any(t.pos_ == "VERB" for t in c.subtree)
        for x in c.subtree
    } | {
        # ("on its way ... for the "Joint Sea-2013" exercise with the Russian Pacific Fleet,
        # which will be held from July 5 to 12": a fleet is not held; the drill is)
        x.i
        for c in root.subtree
        if c.dep_ == "relcl"
        and c.lemma_.lower() in ("hold", "conduct", "stage")
        and any(k.dep_ == "nsubjpass" and k.lower_ in ("which", "that") for k in c.children)
        for x in c.subtree
    }
    return {x.i for x in root.subtree if comma is None or x.i < comma or x.i in own}


OFFSET_WORDS = frozenset(
    {"days", "weeks", "hours", "months", "minutes", "shortly", "just", "soon", "long", "day",
     "week", "moments"}
)


def _clause_landmark(root: Token) -> bool:
    # "set off on Oct 17 ... immediately after the two countries wrapped up Joint Sea-2021"
    return root.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        c.dep_ == "mark" and c.lower_ in ("before", "after", "until", "till", "since")
        for c in root.head.children
    )


# Two names set against each other, not one the other's alias.
CONTRASTED = re.compile(
    r"\b(?:not\s+to\s+be\s+confused|unlike|different\s+from|distinct\s+from|as\s+opposed\s+to)\b",
    re.IGNORECASE,
)
NAMED_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w/]*[\s-]){1,3}(?:19|20)\d{2}\b"
)
RELATIVE_BEFORE = re.compile(r"\b(?:in\s+which|which|where)\s+$", re.IGNORECASE)
# "unrelated to Vostok", "not part of Joint Sea", "separate from the Tsentr manoeuvres"
APART_FROM = re.compile(
    r"\b(?:unrelated|not\s+(?:related|linked|connected|tied)|separate|distinct|independent"
    r"|not\s+(?:a\s+)?part|no\s+part|nothing\s+to\s+do)\b[^.;]{0,25}$",
    re.IGNORECASE,
)


CONTRASTED_BEFORE = re.compile(
    r"\b(?:not\s+to\s+be\s+confused\s+with|unlike|different\s+from|distinct\s+from|"
    r"as\s+opposed\s+to)\s+(?:the\s+|Russia[’']s\s+|China[’']s\s+)?[\"“‘']?$",
    re.IGNORECASE,
)


def _apart_from(doc: Doc, sent: Span, cand: Candidate) -> str | None:
    """The series a drill's own clause says it does not belong to."""
    if cand.series is not None:
        return None
    for span in doc.spans.get("gaz", []):
        if span.label_ != "SERIES" or not (cand.trigger.end <= span.start < sent.end):
            continue
        between = doc.text[cand.trigger.end_char : span.start_char]
        if len(between) <= 80 and APART_FROM.search(between):
            return span._.entry.id
    return None


SAID_SEPARATE = re.compile(
    r"^[^.;]{0,80}?\b(?:is|was|are|were)\s+(?:an?\s+)?(?:entirely\s+|completely\s+|quite\s+|"
    r"wholly\s+)?(?:separate|different|distinct|unrelated)\b",
    re.IGNORECASE,
)


def _said_separate(doc: Doc, sent: Span, cand: Candidate) -> bool:
    """Is a named drill said to be another event than the one reported ('Russia's own
    "Zapad-2021" strategic exercise with Belarus is a separate event')?"""
    if cand.series is None:
        return False
    # "Unlike the bilateral Russian-Chinese Peace Mission held in August 2005 ..., this
    # edition was the first to involve ...": the drill it is set against.
    lead = doc.text[sent.start_char : cand.trigger.start_char]
    if re.match(r"\s*(?:Unlike|In\s+contrast\s+to|Compared\s+(?:with|to))\b[^,;:]*$", lead):
        return True
    return SAID_SEPARATE.search(doc.text[_name_end_char(cand) : sent.end_char]) is not None


def _name_end_char(c: Candidate) -> int:
    return c.trigger.doc[_name_end(c) - 1].idx + len(c.trigger.doc[_name_end(c) - 1])


def _name_end(c: Candidate) -> int:
    """Where a name ends with its other spelling folded in ('Okean-2024 (Ocean-2024)')."""
    return max(c.trigger.end, c.spelled_end or 0)


def _dangling_and(clause: Token, token: Token) -> bool:
    """Does a clause end in an "and" the parse left without its second verb, which it made
    the sentence's own ("A quick recap: the drills opened on Tuesday and, according to the
    ministry, will go on until Monday", "go" parsed as the recap's), and token hang there?"""
    cc = [c for c in clause.children if c.dep_ == "cc" and c.i > clause.i]
    if not cc or any(c.dep_ == "conj" for c in clause.children):
        return False
    verb = _governor(token)
    return (
        verb.i > cc[-1].i
        and verb.i not in {x.i for x in clause.subtree}
        and clause.i in {x.i for x in verb.subtree}
        and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > cc[-1].i for c in verb.children
        )
    )


# Forms, not lemmas: the small model lemmatises "staged" as "stag".
HOLDING_FORMS = frozenset(
    {"stage", "stages", "staged", "staging", "hold", "holds", "held", "holding", "conduct",
     "conducts", "conducted", "conducting", "fly", "flies", "flew", "flying", "mount",
     "mounts", "mounted", "mounting"}
)


def _in_gloss_clause(token: Token, extra: set[int]) -> bool:
    """Is the token in a clause on a word folded into a named drill ("finished Joint
    Sea-2021, the annual bilateral exercise, held this year from 14 to 17 October"),
    however the parse hangs the gloss?"""
    clause = next((a for a in [token, *token.ancestors] if a.dep_ in ("acl", "relcl")), None)
    if clause is None:
        return False
    if clause.head.i in extra:
        return True
    # "Hand-in-Hand 2008, the second joint army exercise between the two neighbours, which
    # began on Saturday": "which" hung on the noun of the gloss's own phrase
    held = clause.head
    return (
        clause.dep_ == "relcl"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in clause.children)
        and held.dep_ == "pobj"
        and held.head.dep_ == "prep"
        and held.head.head.i in extra
    )


def _closed_prep_phrase(prep: Token, noun: Token, sent: Span) -> bool:
    """Is prep a short phrase on noun ("between the two neighbours") that a comma or the
    sentence's end closes?"""
    if prep.dep_ != "prep" or prep.head.i != noun.i or prep.lower_ not in ("between", "of"):
        return False
    doc = prep.doc
    # (the right edge would run on through a clause hung on the phrase's noun)
    inside = {t.i for t in prep.subtree}
    for i in range(prep.i + 1, min(prep.i + 7, sent.end + 1)):
        if i >= sent.end or doc[i].text == ",":
            return i > prep.i + 1
        if i not in inside or doc[i].pos_ in ("VERB", "AUX"):
            return False
    return False


DAY_GLOSS_AFTER = re.compile(
    r"\s*,\s+the\s+(?:very\s+|same\s+)?day\s+(?!before\b|after\b)[^,;.]{1,60},\s"
)


def _trigger_enclosed_apart(token: Token, trigger: Span, extra: set[int] | None = None) -> bool:
    """True when the trigger sits in a clause of its own ("..., where he will raise the
    joint flights") that does not contain token; not when that clause names the noun the
    trigger was folded into ("The exercise, which Beijing calls Joint Sea-2025, began")."""
    t = trigger.root
    gloss = DAY_GLOSS_AFTER.match(trigger.doc.text, token.idx + len(token))
    if gloss is not None and trigger.start_char >= gloss.end():
        # "On 17 October, the day Joint Sea-2021 ended, ten ships ... set out on ... their
        # first joint naval patrol": the parse hangs the main clause on "day".
        return False
    if extra and any(
        token.i in {x.i for x in _governor(trigger.doc[e]).subtree}
        for e in extra
        if trigger.doc[e].dep_ in ("nsubj", "nsubjpass")
    ):
        return False  # "... after the drills concluded on Saturday": the word folded in
    if extra and _in_gloss_clause(token, extra):
        return False  # "finished Joint Sea-2021, the annual exercise, held from 14 to 17 ..."
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "advcl") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children
        ):
            if t.dep_ == "relcl" and t.head.i in (extra or set()):
                return False
            if (
                t.dep_ == "advcl"
                and (
                    t.lemma_.lower() in START_VERBS | END_VERBS
                    # "fired warning shots at a Russian plane on Tuesday ..., as Russia and
                    # China staged what Moscow called their first joint air patrol"
                    or t.lower_ in HOLDING_FORMS
                    # "fell silent yesterday afternoon, when the active phase ... came to
                    # an end"
                    or (t.lemma_.lower() == "come" and t.doc[t.i + 1 : t.i + 4].text.lower()
                        == "to an end")
                )
                and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when")
                    for c in t.children
                )
                and t.head.i < t.i
            ):
                # "warships put to sea from Qingdao on Monday as the two navies began their
                # annual exercise": the day the clause's start or end happened too.
                return False
            if _dangling_and(t, token):
                return False
            if t.lemma_.lower() in ("coincide", "overlap") and any(
                p.dep_ == "prep" and p.lower_ == "with" and trigger.root in p.subtree
                for p in t.children
            ):
                # "fired hundreds of warning shots at a Russian military aircraft Tuesday
                # ..., in an incident that coincided with the first joint long-range flight
                # by Chinese and Russian bombers": the same day
                return False
            if (
                t.dep_ == "advcl"
                and trigger.root.lemma_.lower() in ("patrol", "flight", "sortie")
                and any(
                    a.lower_ == "during" and a.i > t.i
                    for a in trigger.root.ancestors
                    if a.i in {x.i for x in t.subtree}
                )
            ):
                # "fired warning shots Tuesday after a Russian aircraft violated the
                # airspace ... during what Moscow described as the first joint air patrol":
                # what happened during a sortie happened on its day, and so did the
                # clauses it hangs from, up to one with a day of its own ("woke up to the
                # news on Wednesday after jets fired ... yesterday morning, when ...").
                c = t
                while c.dep_ == "advcl" and not any(
                    x.ent_type_ in ("DATE", "TIME") for x in c.subtree
                ):
                    c = _governor(c.head)
                return token.i not in {x.i for x in c.subtree}
            return token.i not in {x.i for x in t.subtree}
        t = t.head
    return False


# ("CORRECTION: Last week's issue said that the naval exercise would run until 28 April")
RETRACTED_SUBJECTS = {
    "version", "article", "story", "report", "edition", "dispatch", "issue", "bulletin",
}
# "An earlier version ... misstated the start date of the exercise as March 8"
RETRACTING_VERBS = frozenset({
    "say", "state", "report", "give", "describe", "misstate", "misreport", "list", "put",
    "write",
})
# "Our 11:10 update said": a live blog's own earlier entry.
UPDATE_SUBJECTS = {"update", "post", "entry"}
STATEMENT_NOUNS = frozenset({
    "statement", "release", "communique", "communiqué", "readout", "notice", "bulletin",
    "announcement",
})
CORRECTION_MARK = re.compile(r"\b(?:correction|clarification)\b", re.IGNORECASE)
# The line that opens a correction appended to a story.
CORRECTION_NOTE = re.compile(
    r"\s*(?:\W\s*)?(?:CORRECTION|Correction|CLARIFICATION|Clarification)S?s?\b"
)
DOCUMENT_NOUNS = STATEMENT_NOUNS | {
    "report", "article", "story", "dispatch", "piece", "item", "post", "entry", "letter",
    "cable", "transcript", "press",
}


# A talk held on a day: "held a video call on Tuesday and agreed to expand exercises".
GATHERING_NOUNS = frozenset({
    "call", "videoconference", "meeting", "talks", "talk", "conference", "summit",
    "consultation", "consultations", "briefing", "session", "reception", "banquet", "dinner",
    "gala",
})
# Bodies and gatherings of a drill: "the joint directorate of the exercise".
BODY_NOUNS = frozenset({
    "directorate", "headquarters", "staff", "meeting", "delegation", "commander", "director",
    "leadership", "organiser", "organizer", "umpire",
})


# What comes before a drill: "preparations for Vostok-2018", "the run-up to the exercise".
LEAD_UP_NOUNS = frozenset({
    "preparation", "run-up", "buildup", "build-up", "cycle", "rehearsal", "planning",
    "countdown", "announcement", "registration", "lead-up",
})


def _lead_up_to(trigger: Span, head: Token) -> bool:
    """Is the drill named only as what a run-up leads to ("the announcement cycle for
    Vostok-2018 began", "preparations for the exercise started on Monday"), with the day
    outside the drill's own words?"""
    t = trigger.root
    if t.dep_ != "pobj" or t.head.lower_ not in ("for", "to", "of"):
        return False
    noun = t.head.head
    if noun.lemma_.lower() not in LEAD_UP_NOUNS and noun.lower_ not in LEAD_UP_NOUNS:
        return False
    return not trigger.start <= head.i < trigger.end


def _of_a_body(trigger: Span, head: Token) -> bool:
    """Is the drill named only as whose body or gathering a noun is ("a meeting of the
    joint directorate of the exercise"), with the day outside that noun phrase?"""
    t = trigger.root
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i:
        noun = t.head.head
        if noun.lemma_.lower() in BODY_NOUNS:
            return head.i not in {x.i for x in noun.subtree}
        t = noun
    return False


COVERAGE_NOUNS = frozenset({
    "wrap-up", "wrapup", "coverage", "report", "analysis", "story", "round-up", "roundup",
    "review", "preview", "recap", "update", "blog", "briefing", "explainer",
})


def _our_coverage_of(trigger: Span) -> bool:
    """Is the drill only what an outlet's own piece is about ("Follow our wrap-up of the
    exercise on Monday")?"""
    t = trigger.root
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    noun = t.head.head
    # ("wrap-up" may be parsed as "wrap" "-" "up")
    words = {noun.lower_, noun.lemma_.lower(), noun.doc[noun.left_edge.i : noun.i + 1].text.lower()}
    if not (words & COVERAGE_NOUNS or any(w.endswith("wrap-up") for w in words)):
        return False
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in noun.children)


def _document_day(verb: Token) -> bool:
    """Is the day the one a text bears ("Several press reports of the first patrol were
    dated 24 July 2019"), not the drill's?"""
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in DIGEST_NOUNS:
        return True  # "Five items today: the end of the Russia-China-South Africa drill, ..."
    return (
        verb.lemma_.lower() in ("date", "dateline")
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DOCUMENT_NOUNS
            for c in verb.children
        )
        # ("the ministries' statements date the patrol to Wednesday": the object's day)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


# What a digest lists: the day of its items is the digest's.
DIGEST_NOUNS = frozenset({"item", "headline", "story", "topic"})


CAPTION_START = re.compile(
    r"\s*\(?(?:(?:Photo|Picture|Image)\s+caption|Caption|Photo)\s*[:—–-]", re.I
)


# The labels beside a gathering's date in an invitation or agenda.
# (Not "Location:" or "Time:", which a drill's fact box has too.)
GATHERING_LABELS = re.compile(r"\n\s*(?:Venue|RSVP|Registration|Dress\s+code)\s*:", re.I)


# What a year can be the span of: "the cooperation plan for 2020".
PLAN_NOUNS = frozenset({
    "plan", "programme", "program", "schedule", "calendar", "budget", "agreement", "roadmap",
})


# What is published about a drill: "details of the patrol", "footage of the exercise".
INFO_NOUNS = frozenset({
    "detail", "information", "account", "footage", "image", "video", "photo", "photograph",
    "picture", "map", "chart", "summary", "description", "figure", "data", "breakdown",
})
TELLING_LEMMAS = REPORT_VERBS | {
    "publish", "release", "issue", "give", "provide", "disclose", "reveal", "post", "share",
    "circulate", "offer",
}


# What a day can label in front of it: "a Sept. 19 brief", "the July 24 statement".
DATED_TEXT_NOUNS = DOCUMENT_NOUNS | {
    "brief", "column", "editorial", "edition", "issue", "note", "advisory", "circular",
}


# "Circular No. 27/15 of", "the ministry's statement of": a text named by the day it bears.
TEXT_OF_DAY = re.compile(
    r"\b(?:circular|notice|letter|statement|communiqu[eé]|bulletin|decree|directive|order"
    r"|resolution|memorandum|note|cable|release|warning|notam|navarea)s?"
    r"(?:\s+(?:No\.?|Nr\.?|#)\s*[\w/.-]+)?\s+(?:dated\s+|of\s+)$",
    re.IGNORECASE,
)


def _dates_a_text(date_span: Span, trigger: Span) -> bool:
    """Is the date a modifier of a piece of writing that the drill lies outside of ("a
    Sept. 19 brief ... described the delegation as attending the Vostok-2018 exercise")?"""
    head = date_span.root
    noun = head.head
    before = date_span.doc[max(date_span.start - 6, date_span.sent.start) : date_span.start]
    if TEXT_OF_DAY.search(before.text) and not (
        trigger.start >= before.start and trigger.end <= date_span.start
    ):
        # "Members will recall Circular No. 27/15 of 17 August 2015, which advised of
        # navigational restrictions ...": the day the circular bears.
        return True
    return (
        head.dep_ in ("nmod", "compound", "npadvmod", "amod", "poss")
        and noun.i > head.i
        and noun.lemma_.lower() in DATED_TEXT_NOUNS
        and not trigger.start <= noun.i < trigger.end
    )


def _told_about(trigger: Span, verb: Token) -> bool:
    """Is the drill what a telling verb's object is about ("published further details of
    the first joint air patrol", "released footage of the drills")?"""
    root = trigger.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "about", "on"):
        return False
    noun = prep.head
    return (
        noun.lemma_.lower() in INFO_NOUNS
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.i == verb.i
        and verb.lemma_.lower() in TELLING_LEMMAS
    )


# A party's share of a drill: "the district's part in Peace Mission 2009".
SHARE_NOUNS = frozenset({"part", "role", "share", "contribution", "participation", "involvement"})
OWN_EDGE_DAYS = re.compile(
    r"(?:in\s+|during\s+)?the\s+(?:last|first|final|opening|closing)\s+(?:\w+\s+)?"
    r"(?:days?|weeks?)",
    re.IGNORECASE,
)
WHO_TOOK_PART = re.compile(
    r"\bwho\s+(?:had\s+|have\s+)?(?:took|take|taken|are\s+taking|were\s+taking)\s+part\s+"
    r"in\s+[^.;,()]{0,80}$|\bwho\s+(?:had\s+|have\s+)?(?:participated|joined)\s+(?:in\s+)?"
    r"[^.;,()]{0,80}$",
    re.IGNORECASE,
)
SHARE_BEFORE = re.compile(
    r"['’]s\s+(?:part|role|share|contribution|participation|involvement)\s+in\s+"
    r"(?:the\s+)?[^.;,()]{0,80}$",
    re.IGNORECASE,
)


# Writings that can be the subject of a day's telling: "A short briefing paper ... will be
# circulated on Monday" (not "edition" or "issue", which an exercise has too).
PAPER_NOUNS = frozenset({
    "paper", "report", "brief", "summary", "note", "article", "statement", "bulletin",
    "release", "study", "analysis", "memo", "memorandum", "document", "newsletter", "digest",
    "readout", "communique", "transcript",
})


def _plan_noun(noun: Token) -> Token | None:
    """The plan a "for 2020" hangs from: "a cooperation plan for 2020", "the plan of
    military cooperation for 2020"."""
    for _ in range(2):
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in PLAN_NOUNS:
            return noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        else:
            return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in PLAN_NOUNS else None


NOTICE_NOUNS = frozenset({
    "warning", "notice", "closure", "restriction", "notam", "navarea", "advisory", "plan",
})


# Sayers "they" may stand for and still be a drill's sides: "the two navies said they
# would wrap up on Friday".
SIDES_NOUNS = frozenset({
    "navy", "navies", "force", "forces", "troops", "militaries", "military", "sides",
    "ministries", "countries", "nations", "armies", "fleets", "officials", "organisers",
    "organizers",
})


def _they_are_the_sayers(pronoun: Token, doc: Doc) -> bool:
    """Is "they" the subject of what others, named just before, say ("Ski areas in the
    Daisetsu range say they plan to open next weekend")? Then it is those others."""
    if pronoun.lower_ != "they":
        return False
    clause = pronoun.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORT_VERBS:
        return False
    return any(
        c.dep_ == "nsubj"
        and c.tag_ == "NNS"
        and c.lemma_.lower() not in EVENT_SUBJECTS
        and c.lower_ not in SIDES_NOUNS
        and not any(sp.start <= c.i < sp.end for sp in doc.spans.get("gaz", []))
        for c in clause.head.children
    )


def _years_of(tx: Timex) -> set[int]:
    assert tx.start_date is not None
    return {tx.start_date.year, (tx.end_date or tx.start_date).year}


def _date_head(doc: Doc, start: int, end: int) -> Token:
    """The token that says what a date dates: its root, or the first word when that is the
    object of a preposition outside it ("at a press briefing on Tuesday, Aug. 22, two days
    before the first phase opened", parsed with "Aug. 22" hung on "opened")."""
    root = doc[start:end].root
    first = doc[start]
    if (
        first.i != root.i
        and first.dep_ == "pobj"
        and first.head.dep_ == "prep"
        and not start <= first.head.i < end
    ):
        return first
    return root


def _notice_window(date_tok: Token, trigger: Span) -> bool:
    """ "Subject: Military Exercise and Road Restrictions in Khatlon Province, September
    20-24": the days hang on the restrictions, which the drill only names; a notice's period
    holds the drill's days but is not them."""
    noun = date_tok.head
    root = trigger.root
    return (
        date_tok.dep_ in ("npadvmod", "appos")
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.lower_.rstrip("s") in NOTICE_NOUNS
        and not trigger.start <= noun.i < trigger.end
        and root.dep_ in ("nmod", "compound", "conj")
        and noun.i in {t.i for t in root.ancestors}
    )


def _notice_for(trigger: Span, verb: Token, arg: Arg) -> bool:
    """Is the drill what a notice told of on the day is for ("has today confirmed
    navigational warnings for several sea areas ... for Joint Sea-2016")? Only a day told
    before the notice: "issued warnings for the exercise from 20 to 28 August" are its
    days."""
    if verb.lemma_.lower() not in TELLING_LEMMAS | {"confirm", "announce"}:
        return False
    for noun in verb.children:
        if (
            noun.dep_ in ("dobj", "nsubjpass")
            and noun.lemma_.lower() in NOTICE_NOUNS
            and arg.start < noun.i
            and not trigger.start <= noun.i < trigger.end
            and (
                trigger.root.i in {x.i for x in noun.subtree}
                # (the parse may hang "for the exercise" on the verb)
                or any(
                    p.dep_ == "prep" and p.lower_ == "for" and p.i > noun.i
                    and trigger.root.i in {x.i for x in p.subtree}
                    for p in verb.children
                )
            )
        ):
            return True
    return False


def _digest_heading(date_tok: Token, verb: Token) -> bool:
    """Does the day qualify a heading before a colon ("Our top story this morning: Chinese
    and Russian military aircraft flew ... yesterday"): the bulletin's day, not the news'?"""
    t = date_tok
    while t.i != verb.i and t.head.i != t.i:
        t = t.head
        if (
            t.pos_ == "NOUN"
            and t.lemma_.lower() in DIGEST_NOUNS
            and t.right_edge.i + 1 < len(t.doc)
            and t.doc[t.right_edge.i + 1].text == ":"
        ):
            return True
    return False
OWN_EARLIER = {"our", "earlier", "previous", "original", "initial"}
EARLIER_EDITIONS = {"update", "post", "edition", "issue"}
IN_OUR_EARLIER = re.compile(
    r"\bin\s+(?:our|an?\s+(?:earlier|previous))\s+[^.\n]{0,40}?\b(?:update|post|edition|issue)\b",
    re.IGNORECASE,
)


def _in_our_earlier(verb: Token) -> bool:
    """"In our July-December 2019 update, entry CRMAT-2019-07 gave the date ... as
    2019-07-22": what the outlet's own earlier edition said (a tracker's correction box)."""
    return IN_OUR_EARLIER.search(verb.sent.text) is not None and any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(o.lemma_.lower() in EARLIER_EDITIONS for o in p.children)
        for p in verb.children
    )


WRONGLY = frozenset({"incorrectly", "wrongly", "erroneously", "mistakenly", "inaccurately"})


def _retracted(token: Token) -> bool:
    """Does the token hang from what an earlier version of the article "said"?"""
    t = token
    for _ in range(10):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in RETRACTING_VERBS and _in_our_earlier(t):
            return True
        if (
            t.lemma_.lower() in RETRACTING_VERBS
            and t.dep_ == "acl"
            and t.head.lemma_.lower() in STATEMENT_NOUNS | RETRACTED_SUBJECTS
            and any(c.lower_ in OWN_EARLIER for c in t.head.children)
        ):
            return True  # "its earlier statement giving Thursday as the final day referred"
        if t.lemma_.lower() in RETRACTING_VERBS and any(
            c.dep_ == "advmod" and c.lower_ in WRONGLY for c in t.children
        ):
            return True  # "A story ... incorrectly stated that the exercise would run until"
        if t.lemma_.lower() in RETRACTING_VERBS and t.tag_ not in ("VBP", "VBZ") and any(
            # ("Reports say the patrol began on 17 October": what is said now stands)
            c.dep_ == "nsubj"
            and (
                c.lemma_.lower() in RETRACTED_SUBJECTS
                or (
                    c.lemma_.lower() in UPDATE_SUBJECTS
                    and any(
                        g.lower_ in OWN_EARLIER
                        # "Our 11:10 update said", not the note's own "UPDATE, 26 February:"
                        # (nor "UPDATE, Aug 5, 19:30 (Vladivostok time): Russia's Pacific
                        # Fleet said ...", the heading parsed as the subject)
                        or (":" in g.text and g.text != ":" and c.i != c.sent.start)
                        for g in c.children
                    )
                )
                # "Quick correction from last week: we said Joint Sea-2025 would start on
                # the 3rd."
                # "A small correction to my 12/09 post: I wrote that ..." (a blogger)
                or (c.lower_ in ("we", "i") and CORRECTION_MARK.search(t.sent.text) is not None)
                # "CORRECTION (Sept 17): An earlier version of this story said ..."
                # ("CORRECTION (8 Nov, 14:30): An earlier version ...", the version hung
                # deeper under the heading)
                or any(
                    g.dep_ == "appos" and g.lemma_.lower() in RETRACTED_SUBJECTS
                    for g in c.subtree
                )
            )
            for c in _with_shared_subject(t)
        ):
            return True
    return False


def _with_shared_subject(verb: Token) -> list[Token]:
    """The verb's children, and its head's when it is a second verb with no subject of its
    own ("An earlier version of this article, and the paragraph above that cites the
    schedule, gave the final day ... as 26 April", parsed with "gave" joined to "cites")."""
    own = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in own):
        return own + [c for c in verb.head.children if c.dep_ == "nsubj"]
    return own



# "Q: When?" / "A: From August 9 to August 17.": an explainer's question about the drill
# it is about, answered on the next line with no word for the drill.
WHEN_QUESTION = re.compile(
    r"(?:^|\n)[ \t]*(?:Q\s*[:.]\s*)?When(?:\s+(?:is|was|will|does|did|are|were|do)\s+"
    r"(?:it|they|this|that)\b[^?\n]{0,40})?\?\s*$",
    re.IGNORECASE,
)
ANSWER_MARK = re.compile(r"\s*A\s*[:.]\s*")


def answers_when(text: str, pos: int) -> bool:
    """Does the sentence at pos answer a "When?" asked on the line before it?"""
    return WHEN_QUESTION.search(text, max(pos - 120, 0), pos) is not None


def _faq_answer(doc: Doc, sent: Span, sent_index: int) -> list[Candidate]:
    """The answer to "When?" as a reference to the drill the explainer is about; its
    first word after the answer mark stands in for the trigger."""
    mark = ANSWER_MARK.match(sent.text)
    start = sent.start_char + (mark.end() if mark else 0)
    first = next((t for t in sent if t.idx >= start and not t.is_punct and not t.is_space), None)
    if first is None:
        return []
    trigger = Span(doc, first.i, first.i + 1, label="TRIGGER", kb_id="exercise", span_id="faq-when")
    return [Candidate(sent_index, trigger, "exercise", "weak", reference=True)]


DATED_NOTE = re.compile(
    # ("EDITOR'S UPDATE - Wednesday 6 August 2025" on a line of its own)
    r"(?m)^[ \t]*\(?(?:(?:EDITOR|Editor)['’]?S\s+)?"
    r"(?:Update|UPDATE|Updated|UPDATED|Correction|CORRECTION)\b"
    r"(?P<when>[^:\n]{0,40})(?::|[ \t]*$)"
)


LIVE_STAMP = re.compile(
    # ("--- Wed 30 Nov, 13:12 — hokkaido_spotter": a forum post's rule and stamp)
    r"(?m)^[ \t]*(?:(?:-{2,}|[*•])[ \t]*)?(?P<when>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+"
    r"(?:(?P<d1>\d{1,2})[ \t]+(?P<m1>[A-Z][a-z]{2,8})\.?|(?P<m2>[A-Z][a-z]{2,8})\.?[ \t]+"
    r"(?P<d2>\d{1,2})))"
    r",?[ \t]+\d{1,2}[:.]\d{2}\b[^\n]{0,12}?[ \t]+(?:--|[—–-])[ \t]"
)


# "@PLAAF_nerd (Thu 25 Jul, 04:05 AKDT): Chinese MND says ...": when a post was written.
PAREN_STAMP = re.compile(
    r"\((?P<when>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+"
    r"(?:(?P<d1>\d{1,2})[ \t]+(?P<m1>[A-Z][a-z]{2,8})\.?|(?P<m2>[A-Z][a-z]{2,8})\.?[ \t]+"
    r"(?P<d2>\d{1,2})))"
    r",?[ \t]+\d{1,2}[:.]\d{2}\b[^()\n]{0,12}\)"
)


# "* Thu 27/07 - Russian Pacific Fleet press release: ... "started today"": a digest's
# dated item; the weekday tells whether the day or the month comes first.
NUMERIC_STAMP = re.compile(
    r"(?m)^[ \t]*(?:[-*•·▪][ \t]+)?(?P<when>(?P<wd>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+"
    r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})(?:[./](?:19|20)?\d{2})?)[ \t]+(?:--|[—–:-])[ \t]"
)


# "#4  OldSalt_Norfolk  |  Tue 2 Dec 2008, 08:25", "#5  Posted by Bucc_Observer on 08 Jun
# 2023, 21:40": a forum post's number, its poster and its stamp, with the year.
FORUM_STAMP = re.compile(
    r"(?m)^[ \t]*#\d{1,4}[ \t]+"
    # ("#1  Sapper_Oleg » Fri 10 Sep 2010, 08:47")
    r"(?:[^\n|»]{1,40}[|»][ \t]*|Posted[ \t]+by[ \t]+\S{1,40}[ \t]+on[ \t]+"
    # ("#4  Kapitan_Lev" over "Posted: Sat 13 Jul 2013, 10:02")
    r"|[^\n]{1,80}\n(?:[ \t]*\n)*[ \t]*Posted:?[ \t]+"
    # ("#1  Chalky_Kilo (ex-Royal Signals, 22 yrs)   Tue 14 Aug 2007, 09:12")
    r"|[^\n|]{1,60}?[ \t]{2,}(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+\d)"
    # ("#1  CPO_Dunmore (retired, 22 yrs, surface fleet)   Posted 23 Oct 2021, 09:12")
    r"|[^\n|]{1,60}?[ \t]{2,}Posted:?[ \t]+"
    # ("#1  Posted by Sapper_Dave (ex-RE, 22 yrs) - Tue 26 Aug 2014, 08:12")
    r"|Posted[ \t]+by[ \t]+[^\n]{1,60}?[ \t]+[-–—|][ \t]+)"
    r"(?P<when>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
    r"\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+(?:19|20)\d{2}"
    # ("Posted: Tue Sep 13, 2016 9:42 am")
    r"|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+(?:19|20)\d{2}"
    # ("Posted: 20.09.2011, 08:42")
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}"
    # ("Posted: 27-08-2006, 09:14")
    r"|\d{1,2}-\d{1,2}-(?:19|20)\d{2}),?[ \t]+\d{1,2}:\d{2}"
)


# "Saturday 30 November" alone on its line: a live blog's next day, whose entries count
# their days from it.
DAY_HEADING = re.compile(
    # ("THURSDAY, AUG. 18" over a planner's entries for that day)
    r"(?m)^[ \t]*(?P<when>(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?[ \t]+"
    r"(?:(?P<d1>\d{1,2})[ \t]+(?P<m1>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)|"
    r"(?P<m2>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)[ \t]+"
    r"(?P<d2>\d{1,2}))(?:,?[ \t]+(?:19|20)\d{2})?)[ \t]*$"
)


MONTH_ABBR = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
)}


def _stamp_day(m: re.Match[str], dct: date) -> list[date]:
    """The day of a live blog's entry stamp ("Fri 1 Aug"), in the year of the page's date
    or the one before."""
    month = MONTH_ABBR.get((m["m1"] or m["m2"])[:3].lower())
    if month is None:
        return []
    try:
        day = date(dct.year, month, int(m["d1"] or m["d2"]))
        if day > dct:
            day = date(dct.year - 1, month, day.day)
    except ValueError:
        return []
    return [day]


def _numeric_stamp_day(m: re.Match[str], dct: date) -> list[date]:
    """The day of "Thu 27/07" or "Thu 07/27" in the month before the page's date: the
    reading whose weekday is the one written."""
    wd = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(m["wd"][:3].lower())
    out = set()
    for month, day in ((int(m["b"]), int(m["a"])), (int(m["a"]), int(m["b"]))):
        for year in (dct.year, dct.year - 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if d.weekday() == wd and dct - timedelta(days=30) <= d <= dct:
                out.add(d)
    return sorted(out)


ON_THIS_DAY = re.compile(r"\b(?:on this day|this day in history|today in history)\b", re.IGNORECASE)
YEAR_ENTRY = re.compile(r"(?m)^[ \t]*(?P<y>(?:1[89]|20)\d{2})[ \t]*(?:--|[—–:-])[ \t]")


def _this_day_entries(text: str, dct: date) -> list[tuple[int, int, date]]:
    """An "On this day" column's entries ("2007 — ... "Peace Mission 2007" ends at the
    Chebarkul range"): each tells what happened on the column's day in the year it opens
    with."""
    out: list[tuple[int, int, date]] = []
    if not ON_THIS_DAY.search(text[:600]):
        return out
    for m in YEAR_ENTRY.finditer(text):
        try:
            day = date(int(m["y"]), dct.month, dct.day)
        except ValueError:
            continue  # 29 February in another year
        if day >= dct:
            continue
        end = re.search(r"\n[ \t]*\n", text[m.end() :])
        out.append((m.start(), m.end() + end.start() if end else len(text), day))
    return out


def _dated_notes(text: str, dct: date | None) -> list[tuple[int, int, date]]:
    """Paragraphs appended after the article's date, with the day each was added
    ("UPDATE (Oct. 24): ..."), when that is later than the article's."""
    out: list[tuple[int, int, date]] = []
    if dct is None:
        return out
    notes = [(m, False) for m in DATED_NOTE.finditer(text)]
    notes += [(m, True) for m in LIVE_STAMP.finditer(text)]
    notes += [(m, True) for m in NUMERIC_STAMP.finditer(text)]
    notes += [(m, True) for m in PAREN_STAMP.finditer(text)]
    # (not a masthead's day above the story: "Wednesday, 8 November 2023" over "YANGON, 7
    # Nov —")
    # (a planner's run of day headings counts from its first)
    every = list(DAY_HEADING.finditer(text))
    headings = [m for m in every if m.start() > 400 or len(every) >= 2]
    for m in headings:
        days = _stamp_day(m, dct + timedelta(days=7))
        if len(days) != 1 or days[0] == dct or not dct - timedelta(days=30) <= days[0]:
            continue
        end_at = min(
            [n.start() for n in headings if n.start() > m.start()]
            + [n.start() for n, _ in notes if n.start() > m.start()],
            default=len(text),
        )
        out.append((m.start(), end_at, days[0]))
    posts = list(FORUM_STAMP.finditer(text))
    for k, m in enumerate(posts):
        # A thread's post runs to the next post, and counts its days from its own stamp.
        days = [
            t.start_date
            for t in get_tagger().tag(m["when"], dct=None)
            if t.granularity == "day" and t.start_date
        ]
        # (a thread may be bumped long after: the stamp gives its year)
        if len(days) == 1 and days[0] != dct and -60 <= (days[0] - dct).days <= 3660:
            end_at = posts[k + 1].start() if k + 1 < len(posts) else len(text)
            out.append((m.start(), end_at, days[0]))
    for m, entry in notes:
        days = (
            (_numeric_stamp_day(m, dct) if m.re is NUMERIC_STAMP else _stamp_day(m, dct))
            if entry
            else [
                t.start_date
                for t in get_tagger().tag(m["when"], dct=dct, dct_anchor="publication_date")
                if t.granularity == "day" and t.start_date
            ]
        )
        if len(days) != 1:
            continue
        if entry:
            # "Fri 1 Aug, 08:15 -- DRILLS BEGIN ... begin ... today": a live blog's entry
            # counts its days from its own stamp, before the page's last update.
            if not dct - timedelta(days=30) <= days[0] < dct:
                continue
        elif not dct < days[0] <= dct + timedelta(days=60):
            continue
        if entry:
            # An entry runs until the next stamp (its heading may stand as a paragraph).
            end_at = min((n.start() for n, e in notes if e and n.start() > m.start()),
                         default=len(text))
        elif m.start() > len(text) // 2:
            # "UPDATE, Nov 26: The joint patrol continued ... \n\n China's defence ministry
            # said ... on Thursday": a note appended at the foot runs on to the next note.
            end_at = min(
                (n.start() for n, _ in notes if n.start() > m.start()), default=len(text)
            )
        else:
            end = re.search(r"\n[ \t]*\n", text[m.end() :])
            end_at = m.end() + end.start() if end else len(text)
        out.append((m.start(), end_at, days[0]))
    return out + _this_day_entries(text, dct)


# "It did not.", "That is wrong.": a flat denial of what the sentence before reported.
# "...; it was not an exercise day", "that day was not part of the drill": a day the
# sentence names is none of the drill's.
NOT_A_DRILL_DAY = re.compile(
    r"\b(?:it|that|this|which)\s+(?:day\s+)?(?:was|is)\s+not\s+(?:an?\s+)?"
    r"(?:(?:exercise|drill|patrol)\s+day|day\s+of\s+the\s+(?:exercise|drill|patrol))\b"
    # "The arrival on 3 July may be mentioned in the body as a port call, not as part of
    # the exercise."
    r"|,\s+not\s+as\s+(?:a\s+)?part\s+of\s+the\s+(?:exercise|drills?|patrol)\b"

    # "the items dated 30-31 August describe foreign contingents arriving ..., not the
    # exercise itself"
    r"|,\s+not\s+the\s+(?:exercise|drills?|patrol)\s+itself\b",
    re.IGNORECASE,
)
FLAT_DENIAL = re.compile(
    r"\s*(?:(?:it|they|this|that|he|she)\s+(?:did|does|was|were|is|has|had)(?:\s+not|n[’']t)|"
    r"(?:that|this)\s+is\s+(?:wrong|incorrect|not\s+(?:true|so|right))|not\s+so|wrong"
    # "Notice No. 118/2008 ... gave the exercise dates as 29 and 30 November 2008. Those
    # dates are no longer valid."
    r"|(?:those|these|that|this)\s+(?:dates?|days?)\s+(?:(?:is|are)\s+no\s+longer\s+"
    r"(?:valid|correct|current|in\s+force)|no\s+longer\s+appl(?:y|ies))"
    # "Some are saying it started on the 11th. That was just the Russians arriving."
    r"|(?:that|this|it)\s+(?:was|were)\s+(?:just|only|merely|simply)\s+the\s+[^.!?\n]{1,80})"
    r"\s*[.!](?=\s|$)",
    re.IGNORECASE,
)


def _dropped_subject(trigger: Span) -> bool:
    """Is the trigger a clipped sentence's verb ("Wrapped up yesterday as advertised.",
    "Started Thursday in Almaty oblast -- ...")?"""
    return trigger.id_.split(":", 1)[-1].startswith("dropped-subject-phase")


def _clause_after_semicolon(doc: Doc, arg: Arg, trigger: Span) -> bool:
    """ "Joint Sea-2013 ends with gunnery in Peter the Great Bay; Chinese flotilla sails
    home today": after the semicolon another subject comes before the day (a headline the
    parser reads as one noun phrase)."""
    if arg.start < trigger.end:
        return False
    cut = max(
        (t.i for t in doc[trigger.end : arg.start] if t.text == ";"), default=None
    )
    if cut is None:
        return False
    words = doc[cut + 1 : arg.start]
    return any(t.pos_ in ("NOUN", "PROPN") for t in words) and not any(
        t.lower_ in ("it", "they", "its", "their") or t.lower_ in EVENT_SUBJECTS
        for t in words
    )


def _quoted_at(text: str, sent: Span, at: int) -> bool:
    """Is the position inside quotation marks opened in its sentence?"""
    before = text[sent.start_char : at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _reported(token: Token) -> bool:
    """Does the token hang from a verb of saying ("Your column reported that the exercise
    "began on Thursday")?"""
    return any(a.lemma_.lower() in RETRACTING_VERBS for a in token.ancestors)


def _corrected_days(
    views: list[SentenceView], text: str, dct: date | None
) -> dict[str, Timex]:
    """The day a correction puts in place of the one it takes back ("CORRECTION: Our
    08:20 entry said the intercept took place on Tuesday. NORAD's statement refers to
    Wednesday, July 24."): the first other day of the correction or of its next sentence."""
    out: dict[str, Timex] = {}
    for view in views:
        sent = view.span
        if not CORRECTION_WORDS.search(sent.text):
            continue
        days = [
            t
            for t in view.doc.user_data.get("timexes", [])
            if t.granularity == "day" and t.value and t.start_date
            and sent.start_char <= t.start < sent.end_char
        ]
        taken = []
        for t in days:
            span = view.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and _retracted(span.root):
                taken.append(t)
        if len(taken) != 1:
            continue
        after = [t for t in days if t.start > taken[0].end]
        if not after and dct is not None:
            # the next sentence, which may hold no drill word and so was not parsed
            end = view.offset + sent.end_char
            nxt = re.match(r"\s*[^\n]*?[.!?](?=\s|$)", text[end : end + 300])
            if nxt:
                after = [
                    t
                    for t in get_tagger().tag(nxt.group(0), dct=dct)
                    if t.granularity == "day" and t.value and t.start_date
                ]
        if after and after[0].value != taken[0].value:
            out[taken[0].value] = after[0]
    return out


def _correction_days(views: list[SentenceView], text: str) -> set[str]:
    """Days told in a correction or update appended to the story: the righted ones, with
    any it takes back."""
    out: set[str] = set()
    for view in views:
        sent = view.span
        if not (
            _in_correction(text, view.offset + sent.start_char)
            or CORRECTION_WORDS.search(sent.text)
            or UPDATE_NOTE.match(text, text.rfind("\n", 0, view.offset + sent.start_char) + 1)
        ):
            continue
        for t in view.doc.user_data.get("timexes", []):
            if t.granularity == "day" and t.value and sent.start_char <= t.start < sent.end_char:
                out.add(t.value)
    return out


TWO_KINDS_DRILL = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games?)\b", re.I)
TWO_KINDS_PATROL = re.compile(r"\bpatrols?\b", re.I)
# "UPDATE, 17:30:", "Update (Aug. 7):": a note appended to the story.
UPDATE_NOTE = re.compile(r"\s*(?:UPDATE|Update|UPDATED|Updated)\b[^:\n]{0,40}:")


# 'UPDATE, 4:10 p.m.: ... earlier paragraphs that refer to "early Thursday" reflect
# NORAD's original statement': an update naming in quotes what the story said first.
UPDATE_QUOTES_FIRST = re.compile(
    r"^\s*(?:UPDATE|Update|UPDATED|Updated)\b[^:\n]{0,40}:[^\n]*?"
    r"\b(?:refer\s+to|say|said|says|gave|give)\s+[\"“][^\"”\n]{1,40}[\"”][^\n.;]*?"
    r"\b(?:original|earlier|initial|first)\b",
    re.MULTILINE,
)


def _update_quoted_days(tagged: dict[tuple[int, int], Timex], text: str) -> set[str]:
    """The days an update quotes as the story's first account (UPDATE_QUOTES_FIRST)."""
    out: set[str] = set()
    for m in UPDATE_QUOTES_FIRST.finditer(text):
        for (a, b), t in tagged.items():
            if (
                m.start() <= a < m.end()
                and t.granularity == "day"
                and t.value
                and re.search(r"[\"“](?:\w+\s+){0,2}$", text[max(a - 12, 0) : a])
                and re.match(r"[.,]?[\"”]", text[b : b + 2])
            ):
                out.add(t.value[:10])
    return out


DAY_OUTSIDE_GLOSS = re.compile(
    r",\s+(?:the|a|one|two|three)\s+(?:days?|mornings?|evenings?)\s+(?:after|before)\s+"
    r"(?:it|they|the\s+(?:\w+\s+)?(?:exercises?|drills?|patrols?|manoeuvres?|maneuvers?|"
    r"war\s*games?))\s+(?:had\s+)?(?:ended|began|started|opened|closed|finished|concluded|"
    r"wrapped\s+up|got\s+under\s*way)\b",
    re.IGNORECASE,
)


def _time_of_the_drill(trigger: Token) -> Token | None:
    """The time word when the drill is named only to time something else ("in the week of
    the exercise", "during the days of the drills")."""
    t = trigger
    while t.dep_ in ("compound", "nmod", "amod", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return None
    unit = t.head.head
    if (
        # (not "on the last day of the largest joint exercise": that day is the drill's)
        unit.lemma_.lower() in ("week", "month", "period", "time", "eve", "run-up")
        and unit.dep_ == "pobj"
        and unit.head.lower_ in ("in", "during", "over", "throughout", "on")
    ):
        return unit
    return None


def _series_began(verb: Token) -> bool:
    """Is the verb a clause on a series ("a series of such flights that began in July
    2019", "the series, which started in 2012")?"""
    if verb.dep_ != "relcl":
        return False
    held = verb.head
    if held.lemma_.lower() == "series":
        return True
    return (
        held.dep_ == "pobj"
        and held.head.lower_ == "of"
        and held.head.head.lemma_.lower() == "series"
    )


def _plan_handled(trigger: Token) -> bool:
    """Is the drill named only as the one whose plan a verb deals with ("to approve the
    final plan of the exercise", "signed the programme of the drills")?"""
    t = trigger
    while t.dep_ in ("compound", "nmod", "amod", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "of":
        return False
    plan = t.head.head
    return (
        plan.lemma_.lower() in PLAN_NOUNS | {"concept", "scenario", "document"}
        and plan.dep_ == "dobj"
        and plan.head.pos_ == "VERB"
        and _phase_of(plan.head) is None
    )


def _for_the_drill(verb: Token, trigger: Token) -> bool:
    """Is the drill named in a "for" phrase of the subject of the verb that opens or closes
    ("The airlift of troops ... for Zapad/Interaction-2021 begins", "Preparations for
    Vostok-2018 ended on Monday")?"""
    if _phase_of(verb) is None:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() in EVENT_SUBJECTS | PART_WORDS:
        return False
    t = trigger
    while t.dep_ in ("compound", "nmod", "amod", "appos") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.i == subj.i


# (not "Japan complained on Wednesday about a Russian drill near the Kuril Islands": that
# drill has no other day, and the day stands with it)
PROTEST_LEMMAS = frozenset({"summon", "lodge"})


def _protested_over(gov: Token, trigger: Token) -> bool:
    """Is the drill what a protest under gov is about ("summoned the attaches to protest
    the entry of ... aircraft during a joint patrol", "lodged a protest over the patrol")?"""
    if gov.lemma_.lower() not in PROTEST_LEMMAS or trigger.dep_ != "pobj":
        return False
    if trigger.head.lower_ not in ("during", "over", "against", "about"):
        return False
    path = []
    for a in trigger.ancestors:
        path.append(a)
        if a.i == gov.i:
            break
    else:
        return False
    return any(a.lemma_.lower() in ("protest", "complain", "complaint") for a in path)


# "The 16th was the summit in Bishkek": a day named as another occasion's.
DAY_WAS_OTHER = re.compile(
    r"\s+was\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(OTHER_EVENT_NOUNS - {"call", "phone", "video", "report", "statement"}))
    + r")\b",
    re.IGNORECASE,
)


SENTENCE_OPENS_DAY = re.compile(
    r"(?:^|[.!?:]\s+|\n\s*)(?:the\s+|on\s+)?(?P<day>[\w ,.]{3,24}?)$", re.IGNORECASE
)


def _days_of_other_occasions(text: str, tagged: dict[tuple[int, int], Timex]) -> set[str]:
    """'Finished on the 16th with the big show.' then, in a later post, 'Small correction,
    comrade. The 16th was the summit in Bishkek': the day a sentence opens on and names as
    some other occasion is none of the drill's (the day as the article dates it elsewhere,
    since a sentence that opens on "The 16th" may not be tagged alone)."""
    days = {
        re.sub(r"^(?:the|on)\s+", "", t.text.lower()): t.value
        for t in tagged.values()
        if t.granularity == "day" and t.value
    }
    out: set[str] = set()
    for m in DAY_WAS_OTHER.finditer(text):
        opening = SENTENCE_OPENS_DAY.search(text, max(m.start() - 40, 0), m.start())
        if opening is not None and (value := days.get(opening["day"].lower())) is not None:
            out.add(value)
    return out


def _days_said_outside(
    views: list[SentenceView], tagged: dict[tuple[int, int], Timex]
) -> set[str]:
    """'had added that the exercise "began on 3 July". Sources show that 3 July is the date
    on which the Chinese task group arrived ...; it was not an exercise day': the one day a
    sentence names before saying it was none of the drill's (read in the article, where the
    day has its year)."""
    out: set[str] = set()
    for view in views:
        outside = NOT_A_DRILL_DAY.search(view.span.text)
        if outside is None:
            continue
        lo = view.offset + view.span.start_char
        days = [
            t
            for (a, _b), t in tagged.items()
            if lo <= a < lo + outside.start() and t.granularity == "day" and t.value
        ]
        if len(days) == 1:
            out.add(days[0].value[:10])
            out.add(days[0].value)  # ("30-31 August" told elsewhere too)
    return out


# Things other than drills that a day "of" dates: "the award of 12 July 2016".
DATED_THINGS = frozenset({
    "award", "ruling", "verdict", "judgment", "judgement", "agreement", "treaty", "accord",
    "decision", "resolution", "decree", "declaration", "memorandum", "communique",
    "communiqué", "election", "elections", "attack", "attacks", "incident", "collision",
    "crash", "earthquake", "meeting", "talks",
    # ("as it did for Union Shield-2011 at its hearing of 11 October 2011")
    "hearing", "session", "sitting", "briefing", "conference", "summit", "visit",
})


def _told_phase_done(verb: Token, trigger: Span) -> Token | None:
    """"The Russian Pacific Fleet said on Tuesday that the patrol had concluded": the clause
    that says the drill, its subject, had just begun or ended, with no day of its own (the
    telling's day is the one the report gives it)."""
    if verb.lemma_.lower() not in ("say", "announce", "report", "confirm"):
        return None
    for k in verb.children:
        if (
            k.dep_ == "ccomp"
            and k.i > verb.i
            and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in k.children)
            and any(
                c.dep_ == "nsubj" and c.i == trigger.root.i for c in k.children
            )
            # (the drill already told of: "that a joint Russian-Chinese naval patrol had
            # begun" may be one whose day the article gives otherwise)
            and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their")
                for c in trigger.root.children
            )
            and _phase_of(k) is not None
            and not any(t.ent_type_ in ("DATE", "TIME") for t in k.subtree)
        ):
            return k
    return None


PAGE_NOUNS = frozenset({"article", "page", "entry", "book", "film", "documentary", "thread"})
ISSUED_PAPERS = STATEMENT_NOUNS | PAPER_NOUNS | frozenset({"warning", "notam", "navtex"})


def _issued_paper_about(day: Token, cand: Candidate) -> bool:
    verb = _governor(day)
    if verb.lemma_.lower() not in PUBLISHING_LEMMAS:
        return False
    return any(
        k.dep_ in ("dobj", "nsubjpass")
        and k.lemma_.lower() in ISSUED_PAPERS
        and cand.trigger.root.i in {x.i for x in k.subtree}
        and day.i not in {x.i for x in k.subtree}
        for k in verb.children
    )


FAVOUR_LEMMAS = frozenset({"favour", "favor", "prefer", "back"})


def _favoured_day(arg: Arg, args: list[Arg], doc: Doc) -> bool:
    """Is the day the one a side of a dispute favours ("Editors favouring 11 September
    pointed to ... reports which ... treated that day as the start"), written there or
    told again in the sentence?"""
    favoured = {
        b.timex.value[:10]
        for b in args
        if b.kind == "date"
        and b.timex is not None
        and b.timex.value
        and (r := doc[b.start : b.end].root).dep_ in ("dobj", "npadvmod", "pobj")
        and (r.head.lemma_.lower() in FAVOUR_LEMMAS or r.head.lower_ in ("favouring", "favoring"))
    }
    return bool(
        favoured and arg.timex is not None and (arg.timex.value or "")[:10] in favoured
    )


def _in_question(day: Token) -> bool:
    """ "The question was whether the infobox ... should give the dates ... as 11-19
    September 2016 or 12-19 September 2016": a day put as one answer of a question."""
    for t in [day, *day.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
    return False


def _argued_for(day: Token) -> bool:
    """One side of a dispute: "User Kestrel_Ayr argued for 11 September", "User Bramblewood
    argued that the "real" drills at sea only began on 23 April"."""
    if (
        day.dep_ == "pobj"
        and day.head.lower_ == "for"
        and day.head.head.lemma_.lower() in ("argue", "push", "lobby", "campaign", "plead")
    ):
        return True
    verb = _governor(day)
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in ("argue", "contend")
        and verb.head.i < verb.i
    )


# What a day written before it dates, when that is no drill: "the 3 September parade".
DATED_BEFORE = frozenset({
    "parade", "summit", "meeting", "talks", "visit", "ceremony", "briefing", "announcement",
    "statement", "item", "report", "article", "caption", "post", "election", "anniversary",
})


def _within_dated_thing(verb: Token, trigger: Span) -> bool:
    t = trigger.root
    for _ in range(6):
        if t.head.i == t.i or t.dep_ not in ("pobj", "prep", "pcomp", "dobj", "compound"):
            return False
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in DATED_THINGS:
            return t.head.i == verb.i and t.dep_ in ("nsubj", "nsubjpass", "dobj")
    return False


def _of_a_dated_thing(day: Token) -> bool:
    if (
        # (the day's span may begin with the noun's article: "the 3 September parade")
        day.dep_ in ("compound", "nmod", "nummod", "det")
        and day.head.i > day.i
        and day.head.pos_ == "NOUN"
        and day.head.lemma_.lower() in DATED_BEFORE
    ):
        return True  # "Will Russian troops taking part in the 3 September parade also join"
    return (
        day.dep_ == "pobj"
        and day.head.lower_ == "of"
        and day.head.head.pos_ == "NOUN"
        and day.head.head.lemma_.lower() in DATED_THINGS
    )


WORD_CAME = re.compile(
    r"\b(?:word|statement|release|announcement|notice|update|news|readout)\b", re.IGNORECASE
)


def _in_correction(text: str, pos: int) -> bool:
    """Is the position in a correction appended to the story: on a line that opens with
    "CORRECTION", or under a line that is only that heading?"""
    start = text.rfind("\n", 0, pos) + 1
    if CORRECTION_NOTE.match(text[start:pos + 1]):
        return True
    before = [ln.strip() for ln in text[:start].split("\n")[-4:] if ln.strip()]
    return bool(before) and re.fullmatch(
        r"(?i)\W*(?:corrections?|clarifications?)(?:\s*\([^)]{0,40}\))?\s*:?\W*", before[-1]
    ) is not None


DRILL_WORD = re.compile(
    r"\b(?:patrols?|exercises?|drills?|flights?|manoeuvres|maneuvers|sorties?)\b", re.I
)


def _retracted_days(views: list[SentenceView], text: str) -> set[str]:
    """Days a correction says an earlier version of the article gave, and days a report
    gave that the next sentence flatly denies ("... reported that Vostok-2018 "began on
    Thursday". It did not.")."""
    out: set[str] = set()
    prev: SentenceView | None = None
    for view in views:
        sent = view.span
        # 'the ministry said the patrol "was carried out on December 3 and 4". Earlier
        # versions of this story described the patrol as a single-day flight on Thursday':
        # a day the sentence just before gives as right is not the one taken back.
        affirmed = (
            {
                t.value
                for t in prev.doc.user_data.get("timexes", [])
                if t.granularity == "day"
                and t.value
                and prev.span.start_char <= t.start < prev.span.end_char
            }
            if prev is not None
            and view.index == prev.index + 1
            and "\n" not in text[prev.offset + prev.span.end_char : view.offset + sent.start_char]
            # ("the briefing ... was on the 8th in Otar, i.e. the day before anything
            # started. Press lads keep writing that the exercise "began on 8 September". It
            # didn't.": a day of something else)
            and DRILL_WORD.search(prev.span.text) is not None
            else set()
        )
        prev = view
        if _in_correction(text, view.offset + sent.start_char):
            # 'CORRECTION / ... one of our hosts says the patrol took place "on Monday". It
            # took place on Tuesday': a day quoted in a correction is the one said wrongly.
            for t in view.doc.user_data.get("timexes", []):
                if (
                    t.granularity == "day"
                    and t.value
                    and sent.start_char <= t.start < sent.end_char
                    and re.search(
                        r"[\"“](?:\w+\s+){0,2}$", view.doc.text[max(t.start - 12, 0) : t.start]
                    )
                    and re.match(r"[.,]?[\"”]", view.doc.text[t.end : t.end + 2])
                ):
                    out.add(t.value)
        denied = FLAT_DENIAL.match(text, view.offset + sent.end_char) is not None
        fixed = CORRECTS.search(sent.text)
        if fixed:
            # "... corrects the date ... to Aug. 9 from Aug. 8": the day after "from"
            for t in view.doc.user_data.get("timexes", []):
                before = view.doc.text[max(t.start - 6, 0) : t.start]
                if t.granularity == "day" and t.value and re.search(r"\bfrom\s*$", before):
                    out.add(t.value)
            continue
        if not CORRECTION_WORDS.search(sent.text) and not denied:
            continue
        for t in view.doc.user_data.get("timexes", []):
            if t.granularity != "day" or not t.value:
                continue
            span = view.doc.char_span(t.start, t.end, alignment_mode="expand")
            if (
                span is not None
                and sent.start <= span.start < sent.end
                and (_retracted(span.root) or (denied and _reported(span.root)))
                # "An earlier version, published on Friday, said ...": the version's own
                # day is not what it said.
                and not any(a.dep_ == "nsubj" for a in [span.root, *span.root.ancestors])
                # "incorrectly described Thursday's flight as the sixth ... patrol": the day
                # of what was described, not what was said of it
                and not re.match(r"['’]s\b", view.doc.text[t.end : t.end + 2])
                and t.value not in affirmed
            ):
                out.add(t.value)
    return out


# "about a week later than first announced", "postponed", "brought forward": the article
# says the days changed since they were first given.
RESCHEDULED = re.compile(
    r"\b(?:later|earlier|sooner)\s+than\s+(?:first\s+|originally\s+|initially\s+)?"
    r"(?:announced|planned|scheduled|expected|stated)\b|\b(?:postponed|delayed|rescheduled|"
    r"pushed\s+back|put\s+back|brought\s+forward|moved\s+(?:up|forward|back))\b"
    # "The exercise, originally planned to open on March 2, will now begin on March 9"
    r"|\b(?:originally|initially)\s+(?:planned|scheduled|set|due|announced)\b"
    # "was moved by one week"
    r"|\b(?:moved|pushed|put)\s+(?:back\s+)?by\s+(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\b"
    r"|\bwill\s+now\s+(?:begin|start|open|run|take\s+place|be\s+(?:held|conducted|staged))\b"
    # "After a two-day delay caused by Typhoon Kujira, ... finally moves out to sea today"
    r"|\b(?:a|the)\s+(?:[\w-]+\s+){0,2}delay\b"
    # "from Thursday, Sept. 1, to Sept. 7, rather than from Aug. 30 to Sept. 5 as announced
    # earlier"
    r"|\b(?:rather\s+than|instead\s+of)\b[^\n]{0,60}?\bas\s+(?:\w+\s+)?"
    r"(?:announced|planned|scheduled)\b",
    re.IGNORECASE,
)
SAID_PLAN_LEMMAS = REPORT_VERBS | {"plan", "schedule", "expect", "set"}


def _superseded_days(views: list[SentenceView], text: str) -> set[str]:
    """Days of a first plan the article says was changed: "Iranian officials had said last
    month that the exercise would open on March 4" beside "about a week later than first
    announced"."""
    out: set[str] = set()
    for view in views:
        # "The exercise began on Sept. 10, not Sept. 9.": the day set aside is wrong
        # wherever the article gave it.
        said = [
            t
            for t in view.doc.user_data.get("timexes", [])
            if t.granularity == "day"
            and t.value
            and view.span.start_char <= t.start < view.span.end_char
        ]
        for k, t in enumerate(said[1:], 1):
            if NOT_THAT_DAY.search(view.doc.text[max(0, t.start - 20) : t.start]) and (
                said[k - 1].value != t.value
            ):
                out.add(t.value)
    if not RESCHEDULED.search(text):
        return out
    for view in views:
        sent = view.span
        for t in view.doc.user_data.get("timexes", []):
            if t.granularity != "day" or not t.value:
                continue
            span = view.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or not (sent.start <= span.start < sent.end):
                continue
            if _superseded(span.root):
                # "The drill had been due to begin on Tuesday, but was put back"
                out.add(t.value)
                continue
            tok = span.root
            for _ in range(6):
                if tok.head.i == tok.i or tok.dep_ == "conj":
                    # ("had been scheduled to begin on Tuesday ..., but will now open on
                    # Wednesday": the conjunct is the new plan)
                    break
                tok = tok.head
                if any(
                    k.lower_.startswith(("cancel", "withdr", "rescind", "scrap"))
                    for k in [tok, *(c for c in tok.children if c.dep_ in ("acomp", "oprd"))]
                ):
                    # "earlier NOTAMs for 24–27 FEB have been CANCELLED"
                    out.add(t.value)
                    break
                if tok.lemma_.lower() in SAID_PLAN_LEMMAS and any(
                    (c.dep_ == "aux" and c.lower_ == "had")
                    # "Iranian media earlier said the exercise would open on March 2"
                    or (c.dep_ == "advmod" and c.lower_ in ("earlier", "previously"))
                    # "In July, Moscow announced that Vostok-2026 would run from 7 to 13
                    # September" beside "pushed the schedule back by a week"
                    or (
                        c.dep_ == "prep"
                        and c.lower_ in ("in", "on")
                        and c.i < tok.i
                        and any(g.ent_type_ == "DATE" for g in c.subtree)
                        and any(
                            k.dep_ == "ccomp"
                            and any(a.dep_ == "aux" and a.lower_ == "would" for a in k.children)
                            for k in tok.children
                        )
                    )
                    for c in tok.children
                ):
                    out.add(t.value)
                    break
    out |= _replaced_spans(views)
    return out


# "That brought the exercise to an end.", "The exercise ends with that stage.": the end is
# the day the sentence before told.
# "... the infobox gave the dates as "8-10 July 2013". Several editors pointed out that this
# was only the at-sea (active) phase.": the days just told are a phase's.
ONLY_A_PHASE = re.compile(
    r"\b(?:this|that|these|those|it|they)\s+(?:was|were|is|are)\s+only\s+the\s+"
    r"(?:[\w()-]+\s+){0,3}(?:phase|stage|part)\b",
    re.IGNORECASE,
)
ENDED_BY_PREVIOUS = re.compile(
    r"^\W*(?:(?:That|This|It)\s+(?:brought|brings|will\s+bring)\s+(?:the\s+)?(?:whole\s+)?"
    r"(?:exercise|drills?|manoeuvres|maneuvers|war\s+games)\s+to\s+(?:an?\s+)?(?:end|close)"
    r"|(?:The|This)\s+(?:whole\s+)?(?:exercise|drills?|manoeuvres|maneuvers|war\s+games)\s+"
    r"(?:ends|ended|will\s+end|concludes|concluded|will\s+conclude|closes|closed|will\s+close)"
    r"\s+with\s+(?:that|this)\s+(?:stage|phase|episode|assault|event|demonstration))\b",
    re.IGNORECASE,
)
NOW_HELD = re.compile(
    r"\bwill\s+now\s+(?:be\s+(?:held|conducted|staged)|take\s+place|run|begin|start|open)\b",
    re.IGNORECASE,
)


NEW_DATES = re.compile(
    r"\b(?:new|revised|updated|amended)\s+(?:dates?|schedule|timetable|timings?)\b",
    re.IGNORECASE,
)


def _replaced_spans(views: list[SentenceView]) -> set[str]:
    """Spans of days an article gave before it says the drill "will now be held from 9 to
    14 September": the first plan ("from 07.09 to 12.09"), when it lies close to the new
    one and differs from it."""
    def spans(view: SentenceView) -> list[Timex]:
        return [
            t
            for t in view.doc.user_data.get("timexes", [])
            if t.granularity == "day"
            and t.start_date
            and t.end_date
            and t.end_date > t.start_date
            and view.span.start_char <= t.start < view.span.end_char
        ]

    out: set[str] = set()
    for k, view in enumerate(views):
        after = views[k + 1].span.text if k + 1 < len(views) else ""
        if not (
            NOW_HELD.search(view.span.text)
            # "The ships will now reach Shanghai on Wednesday, and the active phase will run
            # from Thursday, December 10, to Monday, December 14 ... confirmed the new dates."
            or (re.search(r"\bwill\s+now\b", view.span.text, re.I) and NEW_DATES.search(
                view.span.text + " " + after))
        ):
            continue
        here = spans(view)
        # "will now run from Tuesday 15 September to Saturday 19 September instead of 14 to
        # 18 September as announced": the span after "instead of" is the first plan, and
        # so are its first and last days ("due to begin today", said before the delay).
        old = [
            t
            for t in here
            if re.search(
                r"\b(?:instead\s+of|rather\s+than|not)\s+(?:from\s+|on\s+)?(?:the\s+)?$",
                view.doc.text[max(t.start - 16, 0) : t.start],
                re.IGNORECASE,
            )
        ]
        new = [t for t in here if t not in old]
        if not here:
            # "will now be conducted on 1 and 2 December 2008 only": the new days, told one
            # by one
            days = sorted(
                (
                    t
                    for t in view.doc.user_data.get("timexes", [])
                    if t.granularity == "day"
                    and t.start_date
                    and t.start_date == t.end_date
                    and view.span.start_char <= t.start < view.span.end_char
                ),
                key=lambda t: t.start_date,
            )
            if len(days) >= 2 and (days[-1].start_date - days[0].start_date).days <= 14:
                first, last = days[0].start_date, days[-1].start_date
                new = [replace(days[0], end_date=last, value=f"{first}/{last}")]
        if len(new) != 1:
            continue
        for t in old:
            out.add(t.value)
            if t.start_date != new[0].start_date:
                out.add(t.start_date.isoformat())
        for before in views[:k]:
            for t in spans(before):
                if t.value != new[0].value and abs((t.start_date - new[0].start_date).days) <= 30:
                    out.add(t.value)
            # "is due to begin on Tuesday and run until Thursday", then "will now take place
            # from Wednesday, 12 March to Friday, 14 March": the first plan's edges, told
            # as single days.
            for t in before.doc.user_data.get("timexes", []):
                if not (
                    t.granularity == "day"
                    and t.start_date
                    and t.start_date == t.end_date
                    and before.span.start_char <= t.start < before.span.end_char
                    and t.start_date not in (new[0].start_date, new[0].end_date)
                    and abs((t.start_date - new[0].start_date).days) <= 30
                ):
                    continue
                day = before.doc.char_span(t.start, t.end, alignment_mode="expand")
                if day is not None and _governor(day.root).lemma_.lower() in EDGE_LEMMAS:
                    out.add(t.value)
    return out


# Verbs whose day is a drill's first or last: "due to begin on Tuesday and run until Thursday".
EDGE_LEMMAS = frozenset({
    "begin", "start", "open", "run", "end", "conclude", "close", "finish", "last",
})


CORRECTS = re.compile(r"\bcorrect(?:s|ed)\b[^\n]*?\bto\b[^\n]*?\bfrom\b", re.IGNORECASE)
CORRECTION_WORDS = re.compile(
    r"\b(?:correction|clarification)\b.*\b(?:we|I)\s+(?:said|reported|wrote)\b|"
    r"\b(?:earlier|previous|original|initial)\s+(?:version|update|report|story|edition)|"
    r"\b(?:our|an?|the)\s+(?:\d{1,2}[:.]\d{2}\s+)?(?:update|post|entry)\s+(?:said|stated|reported)"
    r"|\bin\s+our\s+[^.\n]{0,40}?\b(?:update|post|edition|issue)\b"
    # "... and that its earlier statement giving Thursday as the final day referred only to"
    r"|\b(?:its|their|the|an?)\s+(?:earlier|previous|original|initial)\s+(?:statement|"
    r"announcement)\s+(?:giving|that\s+gave|which\s+gave|putting)\b"
    # "The article above, as published, stated that ..."
    r"|\b(?:this|the)\s+(?:article|story|report)(?:\s+above)?"
    r"(?:\s*,\s*as\s+(?:first\s+|originally\s+)?published(?:\s+[^,.]{1,40}?)?\s*,)?"
    r"\s+(?:said|stated|reported|gave|misstated)\b"
    # "CORRECTION: Last week's issue said that the naval exercise would run until 28 April."
    r"|\b(?:last\s+(?:week|month)['’]s|yesterday['’]s|our\s+(?:last|previous))\s+"
    r"(?:issue|edition|bulletin|report|story|article)\s+(?:said|stated|reported|gave)\b",
    re.IGNORECASE,
)


def _names_in_clause(noun: Span, name: Span) -> bool:
    """Is the name inside a relative clause on the noun ("the exercise, which the Chinese
    side calls Joint Sea-2025")?"""
    t = name.root
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("relcl", "acl") and t.head.i == noun.root.i:
            return t.lemma_.lower() in NAMING_VERBS
        t = t.head
    return False


SIDE_ACTS = frozenset(
    {"debriefing", "debrief", "briefing", "review", "conference", "reception", "preparation",
     "preparations", "rehearsal", "analysis", "send-off", "farewell"}
)


def _side_act_of(verb: Token, trigger: Span) -> bool:
    """Is the verb's subject an act about the drill, not the drill ("The debriefing of the
    exercise took place on 11 July", "The planning conference for the exercise was held in
    May")?"""
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.lemma_.lower() not in SIDE_ACTS:
            continue
        if subj.i not in {t.i for t in trigger} and trigger.root.i in {x.i for x in subj.subtree}:
            return True
    return False


def _inside_other_event(token: Token, trigger: Span) -> bool:
    """True when token hangs from a noun like "talks" or "tensions" before the trigger."""
    trig = {t.i for t in trigger}
    t = token
    for _ in range(8):
        if t.i in trig or t.head.i == t.i:
            return False
        if t.lower_ in OTHER_EVENT_NOUNS and t.i not in trig and t.pos_ in ("NOUN", "PROPN"):
            return not any(x.i in trig for x in t.subtree)
        t = t.head
    return False




ANNOUNCE_LEMMAS = frozenset({
    "announce", "unveil", "disclose", "reveal", "publicize", "publicise",
    # "The exercise had been outlined to journalists at a press briefing ... on Tuesday"
    "outline",
})


TOLD_PLAN_NOUNS = frozenset({
    "plan", "plans", "details", "scenario", "concept", "schedule", "programme", "program",
    "timetable", "outline",
})


def _told_thing(trigger_root: Token) -> Token:
    """What an announcing verb tells of: the drill itself, or the plan it hangs from ("The
    plan for the exercise was outlined to the press ... on 13 September 2011")."""
    t = trigger_root
    if (
        t.dep_ == "pobj"
        and t.head.lower_ in ("for", "of")
        and t.head.head.lower_ in TOLD_PLAN_NOUNS
    ):
        return t.head.head
    return t


def _sortie_made_known(cand: Candidate, verb: Token) -> bool:
    """"On Tuesday the Russian MoD and the Chinese MND both announced a "joint air patrol"":
    a sortie is made known on its day, never ahead, so the telling's day is the flying's."""
    return (
        cand.event_type == "air_patrol"
        and verb.tag_ == "VBD"
        and any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in cand.trigger.root.children)
    )

EDITION_OF_KIND = re.compile(
    r"\bthe\s+(second|third|fourth|fifth)\s+(?:of\s+its\s+kind|edition|iteration)\b",
    re.IGNORECASE,
)
# "The harbour phase is due to start on 17 February ... set to end ten days after the start"
END_AFTER_START = re.compile(
    r"\b(?:end|ends|ending|conclude|concludes|finish|finishes|close|closes)\s+"
    r"(?P<n>\d{1,2}|[a-z]+)\s+days?\s+after\s+(?:the|its)\s+start\b",
    re.IGNORECASE,
)
STARTED_EARLIER = re.compile(
    r"\b(?:opened|began|started|kicked\s+off|got\s+under\s*way)\s+(?P<n>\d{1,2}|[a-z]+)\s+days?"
    r"\s+(?:earlier|before)\b",
    re.IGNORECASE,
)
# "closed the drill on Saturday, two days after opening it": the start counted back.
STARTED_DAYS_BEFORE = re.compile(
    r"\b(?P<n>\d{1,2}|[a-z]+)\s+days?\s+after\s+(?:opening|starting|launching|beginning)\s+"
    r"(?:it|them)\b|\b(?P<m>\d{1,2}|[a-z]+)\s+days?\s+after\s+(?:its|their)\s+"
    r"(?:start|opening|launch)\b",
    re.IGNORECASE,
)
ENDED_LATER = re.compile(
    r"\band\s+(?:ended|concluded|finished|closed|wrapped\s+up)\s+(?P<n>\d{1,2}|[a-z]+)\s+days?"
    r"\s+later\b",
    re.IGNORECASE,
)

FIRST_OR_LAST_DAY = re.compile(
    # "Thursday, 20 July, the first day of the exercise proper"; "counts yesterday as the
    # first day of the exercise"
    r"\s*(?:,|\bas)\s*(?:the\s+)?(?P<which>first|opening|last|final|closing)\s+day\s+of\b",
    re.I,
)


def _not_part_of(trigger: Span) -> Token | None:
    """The copula of "X was (not) part of the exercise", when the trigger is the whole that
    X is said to belong to or not ("Tuesday's arrival and the welcoming ceremony were not
    part of the exercise itself")."""
    root = trigger.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "part":
        return None
    part = of.head
    be = part.head
    if part.dep_ != "attr" or be.lemma_ != "be":
        return None
    subj = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() in EVENT_SUBJECTS or subj.lower_ in ("it", "they"):
        return None
    return be


NO_ONE = frozenset({"nothing", "none", "nobody", "no-one"})


def _denied_aside(trigger: Span) -> bool:
    """Is the trigger the whole of what something is said not to be part of ("a ceremonial
    event, not part of Joint Sea itself"; "nothing was flying yesterday or today as part of
    that patrol")?"""
    root = trigger.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "part":
        return False
    part = of.head
    if part.dep_ == "appos" and any(c.dep_ == "neg" for c in part.children):
        return True
    if part.dep_ == "pobj" and part.head.lower_ == "as":
        verb = part.head.head
        return any(
            c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NO_ONE)
            for c in verb.children
        )
    return False


def _of_named_other(doc: Doc, token: Token) -> bool:
    """Is the actor's denied part told of a drill named in its own clause ("Zapad-2021, a
    separate Russian-Belarusian strategic exercise ..., in which China did not take part"),
    so it says nothing of the other drills of the article?"""
    series = [sp for sp in doc.spans.get("gaz", []) if sp.label_ == "SERIES"]
    verb = token.head
    # "China did not participate in Zapad-2017": the drill it stayed out of is named.
    named_in = [
        o
        for p in verb.subtree
        if p.dep_ == "prep" and p.lower_ in ("in", "of") and p.i > token.i
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if any(sp.start <= o.i < sp.end for o in named_in for sp in series):
        return True
    while verb.dep_ not in ("relcl", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return False
    antecedent = verb.head
    while antecedent.dep_ == "appos" and antecedent.head.i != antecedent.i:
        antecedent = antecedent.head
    return any(sp.start <= antecedent.i < sp.end for sp in series)


def _takes_no_part(token: Token) -> bool:
    """The actor is the subject of a denied part in a drill: "China is not involved",
    "Russia did not take part", "Neither China nor Russia is participating"."""
    root = token
    while root.dep_ in ("compound", "amod", "poss", "conj") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    neither = any(
        c.lower_ == "neither" for c in root.children if c.dep_ in ("det", "preconj", "cc")
    ) and any(c.lower_ == "nor" for c in root.children)
    if not neither and not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    kids = {c.lemma_.lower() for c in verb.children}
    return (
        lemma in ("participate", "join", "involve", "attend")
        or (lemma == "take" and "part" in kids)
        or (lemma == "be" and bool(kids & {"party", "involved", "participant", "part"}))
    )

def _scope(token: Token) -> set[int]:
    """Ancestors of token up to the clause that contains it (relative clauses stop it)."""
    out: set[int] = set()
    t = token
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "advcl", "parataxis"):
            out.add(t.head.i)
            break
        t = t.head
        out.add(t.i)
    return out


def _prep_of(token: Token) -> str | None:
    """The preposition governing a noun phrase that contains token (through conjuncts)."""
    t = token
    for _ in range(6):
        if t.dep_ == "pobj":
            return t.head.lower_
        if t.dep_ in ("conj", "compound", "amod", "poss", "nmod", "appos", "case") or (
            t.dep_ == "det"
        ):
            t = t.head
            continue
        return None
    return None


def _number_before(doc: Doc, start: int) -> int | None:
    for tok in reversed(list(doc[max(start - 3, 0) : start])):
        if tok.like_num:
            try:
                return int(tok.text.replace(",", ""))
            except ValueError:
                value = NUMBER_WORDS.get(tok.lower_)
                return value
        if tok.lower_ in NUMBER_WORDS and tok.lower_ not in ("a", "an"):
            return NUMBER_WORDS[tok.lower_]
        if tok.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT"):
            break
    return None


def _hung_on_later_report(
    token: Token, verb: Token, trigger: Span, name_end: int | None = None
) -> bool:
    """Does a day that follows the drill's name straight after ('"Peace Mission-2016" the day
    after tomorrow') hang, in the parse, from a reporting verb further on ("..., the press
    service reported today") rather than from the verb of the drill before it?"""
    if verb.lemma_.lower() not in REPORT_VERBS or verb.i < token.i:
        return False
    drill_verb = _governor(trigger.root)
    if drill_verb == verb or drill_verb.i > trigger.start:
        return False
    end = max((x.i for x in trigger.root.subtree if x.i < token.i), default=None)
    if end is None:
        return False  # the day comes before the drill
    if name_end is not None and end < name_end - 1 < token.i:
        end = name_end - 1  # 'Zapad-2025 ("West-2025") today': after its other spelling
    between = trigger.doc[end + 1 : token.left_edge.i]
    return len(between) <= 2 and all(t.is_punct or t.is_quote for t in between)


def _beside_trigger(token: Token, verb: Token, trigger: Span) -> bool:
    """Does the token reach the reporting verb through the phrase that holds the drill? ("A
    Chinese naval fleet and a Russian naval fleet on Monday set off on a joint maritime
    patrol, the command said", parsed with the fleets as the subject of "said".)"""
    t = token
    while t.head != verb and t.head.i != t.i:
        t = t.head
    return t.head == verb and t.dep_ in ("nsubj", "nsubjpass") and trigger.root.i in {
        x.i for x in t.subtree
    }


OFFSET_LANDMARK = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+"
    # ("berthed in Qingdao on Saturday 21 April, a day ahead of the start of the exercise")
    r"(?:days?|weeks?|hours?|months?)\s+(?:after|before|since|ahead\s+of|prior\s+to)\b",
    re.IGNORECASE,
)


def _followed_by_other(verb: Token, trigger: Span) -> bool:
    """ "Joint Sea-2013 was immediately followed, on Saturday, by a snap inspection": the day
    of what came after (or before) the drill, not the drill's."""
    if verb.lemma_.lower() not in ("follow", "precede"):
        return False
    root = trigger.root
    # (only the passive: in "The drill follows a joint flight ... on June 6 and 7" the day
    # is the flight's)
    if root.head == verb and root.dep_ == "nsubj":
        # "The drill follows a joint bomber patrol by the two air forces on Dec. 1": the
        # day hung on the verb is the patrol's
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in EVENT_SUBJECTS | SPAN_NOUNS
            for c in verb.children
        )
    return (
        root.head == verb
        and root.dep_ == "nsubjpass"
        and any(c.dep_ == "agent" for c in verb.children)
    )


def _in_what_it_follows(day: Token, trigger: Span) -> bool:
    """Is the day inside the phrase naming what the drill follows or precedes ("The patrol
    followed directly on from ... Joint Sea-2021 (14-17 October 2021)")?"""
    root = trigger.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in ("follow", "precede"):
        return False
    return any(
        c.dep_ in ("dobj", "prep", "prt", "advmod")
        and day.i in {t.i for t in c.subtree}
        and any(
            t.lemma_.lower() in EVENT_SUBJECTS | SPAN_NOUNS or t.ent_type_ == "EVENT"
            or (t.i != day.i and t.pos_ == "PROPN")
            for t in c.subtree
        )
        and day.i not in {t.i for t in trigger}
        for c in verb.children
    )


def _comes_beside_other(date_tok: Token, verb: Token, trigger: Span) -> bool:
    """ "The drill comes ahead of China's military parade in Beijing on Sept 3": the day
    told after what the drill comes before (or after) is that event's."""
    if verb.lemma_.lower() != "come" or not (
        trigger.root.head == verb and trigger.root.dep_ in ("nsubj", "nsubjpass")
    ):
        return False
    for a in verb.children:
        preps = [a] if a.dep_ == "prep" and a.lower_ in ("after", "before") else [
            p for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
        ] if a.lower_ == "ahead" else []
        for p in preps:
            if any(o.dep_ == "pobj" and o.i < date_tok.i for o in p.children):
                return True
    return False


ASKING_LEMMAS = frozenset({"ask", "question", "quiz", "comment", "brief"})


def _said_about(date_tok: Token, verb: Token, trigger: Span) -> bool:
    """ "The Russian and Chinese defence ministry statements on the patrol followed on
    Thursday": the day of what was said about the drill."""
    root = trigger.root
    while root.dep_ in ("compound", "amod", "appos") and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "about", "over", "of", "regarding"):
        return False
    noun = prep.head
    if (
        prep.lower_ == "of"
        and noun.lemma_.lower() in ("end", "completion", "conclusion")
        and noun.dep_ == "dobj"
        and noun.head == verb
        and verb.lemma_.lower() in ("announce", "declare")
        and date_tok.i not in {x.i for x in noun.subtree}
        # (a weekday, as a report gives the day it heard the news: "Moscow announced the
        # end of the patrol on 23 October" still ends the patrol that day)
        and WEEKDAY_ONLY.fullmatch(date_tok.text) is not None
    ):
        # "The Russian defence ministry announced the end of the patrol on Sunday" after
        # "ended on Saturday, 23 October": the day of the announcement.
        return True
    if (
        prep.lower_ in ("on", "about", "over", "regarding")
        and noun == verb
        and verb.lemma_.lower() in ASKING_LEMMAS
        and date_tok.i not in {x.i for x in root.subtree}
    ):
        # "Asked about the drill at a regular press briefing on Tuesday, a ... spokesperson
        # said": the day of the question.
        return True
    return (
        noun.lemma_.lower() in STATEMENT_NOUNS | PAPER_NOUNS | {"protest", "comment", "remark"}
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head == verb
        and date_tok.i not in {x.i for x in noun.subtree}
    )


def _possessive_day(cand: Candidate, args: list[Arg], doc: Doc) -> Arg | None:
    """ "rejected ... accounts of Tuesday's joint flight": the day the drill's own name
    carries, which the other days of the sentence do not replace."""
    trig = {t.i for t in cand.trigger} | cand.extra
    for a in args:
        if a.kind != "date" or a.timex is None or a.timex.granularity != "day":
            continue
        root = doc[a.start : a.end].root
        if root.dep_ == "poss" and root.head.i in trig:
            return a
    return None


def _ceremony_and_start(trigger: Span, cands: list[Candidate]) -> bool:
    """ "The opening ceremony and the start of the exercise were on September 9": the day is
    told of the exercise's start too, which the other trigger carries."""
    if trigger[0].lower_ not in ("opening", "closing") and trigger.root.lower_ != "ceremony":
        return False
    for conj in trigger.root.children:
        if conj.dep_ != "conj" or conj.lemma_.lower() not in EDGE_WORDS:
            continue
        inside = {x.i for x in conj.subtree}
        if any(c.trigger is not trigger and c.trigger.root.i in inside for c in cands):
            return True
    return False


EDGE_WORDS = {"start", "beginning", "opening", "end", "close", "conclusion", "finish"}


def _or_the_days_of(date_tok: Token, trigger: Span) -> bool:
    """ "shall not approach naval vessels on that day or on the days of the exercise": a day
    set beside the drill's days is another day."""
    prep = date_tok if date_tok.dep_ == "prep" else date_tok.head  # ("on that day" whole)
    if prep.dep_ not in ("prep", "conj") or prep.pos_ != "ADP":
        return False
    others = [k for k in prep.children if k.dep_ == "conj"]
    if prep.dep_ == "conj":
        others.append(prep.head)
    for other in others:
        for noun in other.children:
            if (
                noun.dep_ == "pobj"
                and noun.lemma_.lower() in ("day", "date", "period", "time")
                and trigger.root.i in {x.i for x in noun.subtree}
                and trigger.root.i != noun.i
            ):
                return True
    return False


def _misjoined_conjunct(verb: Token) -> Token | None:
    """The people-subject of the verb an intransitive "ended"/"began" was joined to, when
    that join cannot be right: "the two navies concluded Joint Sea-2021 ... and ended on
    Saturday" (the patrol ended; navies do not)."""
    if verb.dep_ != "conj" or _phase_of(verb) is None:
        return None
    if any(k.dep_ in ("nsubj", "nsubjpass", "dobj") for k in verb.children):
        return None
    subj = next((k for k in verb.head.children if k.dep_ == "nsubj"), None)
    if (
        subj is None
        or subj.pos_ not in ("NOUN", "PROPN")
        or subj.lemma_.lower() in EVENT_SUBJECTS
        or subj.ent_type_ in ("EVENT",)
    ):
        return None
    return subj


def _agent_conjunct_object(verb: Token, trigger: Span) -> bool:
    """ "the navies concluded Joint Sea-2021 ... and ended on Saturday": an intransitive
    "ended" joined to a verb whose subject is people, not a drill, so its day cannot be that
    of the drill named as the first verb's object."""
    subj = _misjoined_conjunct(verb)
    if subj is None:
        return False
    first = verb.head
    root = trigger.root
    inside = {x.i for x in first.subtree} - {x.i for x in subj.subtree} - {
        x.i for x in verb.subtree
    }
    return root.i in inside


def _hyphen_partner(token: Token) -> Token:
    """"U.S." in "the U.S.-Philippine Balikatan exercise" stands where "Philippine" does:
    both countries' drill."""
    if token.dep_ == "npadvmod" and token.head.i == token.i + 2 and token.nbor(1).text in "-–":
        return token.head
    return token


SEQUENCE_PREPS = frozenset({"after", "before", "following"})


def _inside_sequence_landmark(date_span: Span, trigger: Span) -> bool:
    """Does the date sit in a "following the first one in July last year" that the
    trigger is outside of? Then it dates the landmark, not the drill ("before the end of
    the year" is the date's own word)."""
    trig = {t.i for t in trigger}
    t = date_span.root
    for _ in range(6):
        if t.head.i == t.i or t.i in trig:
            return False
        t = t.head
        if t.lower_ in SEQUENCE_PREPS and t.dep_ in ("prep", "acl", "advcl", "pcomp"):
            landmark = next((c for c in t.children if c.dep_ in ("pobj", "dobj")), None)
            if landmark is None or date_span.start <= landmark.i < date_span.end:
                return False
            if t.lower_ != "before" and _at_once(t):
                # "Immediately after the closing stage on Sunday, ... ships ... began the
                # joint patrol": what follows at once shares the day.
                return False
            return not trig & {x.i for x in t.subtree}
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in SEQUENCE_PREPS:
            return False
    return False


AT_ONCE_WORDS = frozenset({"immediately", "right", "directly", "straight", "just"})


def _at_once(prep: Token) -> bool:
    """Is the "after" said to be at once ("immediately after", "right after")?"""
    return any(c.dep_ == "advmod" and c.lower_ in AT_ONCE_WORDS for c in prep.children) or (
        prep.i > 0 and prep.doc[prep.i - 1].lower_ in AT_ONCE_WORDS
    )


def _at_once_after(token: Token) -> Token | None:
    """The "immediately after" (or "right after") the token sits in, if any."""
    t = token
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.lower_ in ("after", "following") and t.dep_ in ("prep", "advcl", "pcomp"):
            return t if _at_once(t) else None
        if t.pos_ in ("VERB", "AUX"):
            return None
    return None


def _landmark_after(token: Token, trigger: Span) -> bool:
    """Is the drill only the landmark of a "right after the exercise" that the token's
    clause hangs from, with the token outside it?"""
    t = trigger.root
    for _ in range(4):
        if t.dep_ not in ("compound", "amod", "nummod", "nmod", "punct") or t.head.i == t.i:
            break
        t = t.head
    if (
        t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and t.head.head.lemma_.lower() in EDGE_WORDS
        and t.head.head.dep_ == "pobj"
        and t.head.head.head.lower_ == "before"
    ):
        # "Arrival of the foreign contingents ... began on 3 September and will be completed
        # before the opening of the exercise": what comes before it.
        t = t.head.head
    if t.dep_ != "pobj" or t.head.lower_ not in SEQUENCE_PREPS:
        return False
    return token.i not in {x.i for x in t.head.subtree}


def _offset_between(doc: Doc, arg: Arg, trigger: Span) -> bool:
    """Does "a day after" (or "two weeks before") stand between a date and the drill that
    follows it? Then the date is another day's."""
    if arg.end > trigger.start:
        return False
    return bool(OFFSET_LANDMARK.search(doc[arg.end : trigger.start].text))


def _said_of_it(token: Token, verb: Token, trigger: Span) -> bool:
    """Is the date the time of a statement whose "that" clause holds the drill ("The
    Kremlin's line today is that the patrol was pre-planned")?"""
    if verb.lemma_.lower() != "be":
        return False
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "attr", "advcl") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        ):
            inside = {x.i for x in clause.subtree}
            if trigger.root.i in inside and token.i not in inside:
                return True
    return False


HABITUAL_WORDS = frozenset({"usually", "typically", "normally", "generally", "often", "tend"})
REPEATED_MODS = frozenset({"repeated", "recurring", "frequent", "periodic", "regular"})


def _habitual(noun: Token) -> bool:
    """Is the noun the subject of what usually happens ("Patrols have tended to cluster
    ...", "the drills are usually held in September")?"""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    chain = [verb, *([verb.head] if verb.dep_ == "xcomp" else [])]
    words = {v.lemma_.lower() for v in chain} | {
        c.lower_ for v in chain for c in v.children if c.dep_ == "advmod"
    }
    words |= {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
    return bool(words & HABITUAL_WORDS)


# "sailed in for the exercise", "docked at Qingdao for Joint Sea-2012": the coming's verbs
ARRIVAL_VERBS = MOTION_VERBS | {"sail", "dock", "steam", "head", "travel", "set", "land", "reach"}


def _come_for(trigger: Span) -> Token | None:
    """The object of "for" when a drill is only what ships or troops came or left for ("a
    flotilla ... sailed in for the "Maritime Joint-2012" exercise")."""
    t = _np_head(trigger)
    while t.dep_ in ("appos", "compound", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dep", "npadvmod") and t.head.lemma_.lower() in ARRIVAL_VERBS:
        # "landed ... on Thursday afternoon for the second edition of the joint exercise,
        # 'Hand-in-Hand 2008'": the name parsed loose on the verb, its noun after "for"
        goal = next(
            (
                g
                for p in t.head.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children
                if g.dep_ == "pobj"
                and any(x.lemma_.lower() in EXERCISE_WORDS for x in g.subtree)
            ),
            None,
        )
        if goal is not None:
            return goal
    if t.dep_ != "pobj" or t.head.lower_ != "for":
        return None
    verb = t.head.head
    return t if verb.pos_ == "VERB" and verb.lemma_.lower() in ARRIVAL_VERBS else None


def _purpose_of(noun: Token, verb: Token) -> bool:
    """Is the noun what the motion is for ("arrived on Monday *for the harbour phase*")?"""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head == verb


def _timeline_weekday(tx: Timex, text: str) -> bool:
    """A bare weekday that opens a list item ("- Friday: landing ...; exercise ends")."""
    return bool(BARE_WEEKDAY.fullmatch(tx.text)) and bool(
        ITEM_START.search(text, max(0, tx.start - 40), tx.start)
    )


BARE_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
TIMELINE_NEIGHBOUR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday", re.IGNORECASE
)


def _in_timeline_order(found: Timex, at: int, article: dict[tuple[int, int], Timex]) -> Timex:
    """ "- Saturday: ships arrived ... - Monday: exercise begins. - Wednesday: main live-fire
    serial. - Today (Friday): final day": counted back from the item the report's own day
    anchors, each weekday item is the last such day before the item after it, whatever its
    tense says."""
    if found.start_date is None or not BARE_WEEKDAY.fullmatch(found.text):
        return found
    after = sorted(
        (
            t
            for (a, _), t in article.items()
            if at < a <= at + 250
            and t.granularity == "day"
            and t.start_date
            and TIMELINE_NEIGHBOUR.fullmatch(t.text)
        ),
        key=lambda t: t.start,
    )
    anchor = next(
        (k for k, t in enumerate(after) if t.text.lower() in ("today", "yesterday")), None
    )
    if anchor is None:
        return found
    day = after[anchor].start_date
    for t in [*reversed(after[:anchor]), found]:
        want = t.start_date.weekday() if t is not found else found.start_date.weekday()
        back = (day.weekday() - want) % 7 or 7
        day = day - timedelta(days=back)
    if day == found.start_date:
        return found
    return replace(found, value=day.isoformat(), start_date=day, end_date=day)


def _in_context(
    tx: Timex, offset: int, article: dict[tuple[int, int], Timex], text: str = ""
) -> Timex:
    """The sentence's unresolved timex as the whole article resolves it ("the following
    day" after "commencing on 29 November"), at the sentence's own offsets."""
    found = article.get((tx.start + offset, tx.end + offset))
    if found is not None and found.granularity == "day" and _timeline_weekday(tx, text):
        # A timeline's "- Friday: ... exercise ends" between "- Aug 22 onwards" and
        # "- Yesterday": the article's order places the day, not the item's tense.
        placed = _in_timeline_order(found, tx.start + offset, article)
        if placed.value != tx.value:
            return replace(placed, start=tx.start, end=tx.end)
    if (
        tx.anchor != "unresolved"
        and not PERIOD_ANAPHOR.fullmatch(tx.text)
        # "ended ... on Friday. Joint Sea-2013 began the previous Friday": the Friday before
        # the day told last, which a sentence parsed alone counts from the report's day.
        and not WEEKDAY_ANAPHOR.fullmatch(tx.text)
        and not _the_weekday(tx, text[:tx.start])
    ):
        return tx
    if found is None or found.anchor != "context" or found.value is None:
        return tx
    return replace(found, start=tx.start, end=tx.end)


# "during that period": a span the article told before the sentence, which a sentence parsed
# alone would take for its own last day.
PERIOD_ANAPHOR = re.compile(r"(?:that|the\s+same|this)\s+period", re.IGNORECASE)
WEEKDAY_ANAPHOR = re.compile(
    r"the\s+(?:(?:previous|following)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:before|after)\s+(?:that|it|then))",
    re.IGNORECASE,
)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
WEEKDAY_ONLY = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def _the_weekday(tx: Timex, before: str) -> bool:
    """ "concluded only on the Thursday evening": a weekday of the days just narrated, which
    a sentence parsed alone would count from the report's day."""
    return (
        WEEKDAY_ONLY.fullmatch(tx.text) is not None and THE_BEFORE.search(before[-8:]) is not None
    )


MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


def _months_in_framed_year(timexes: list[Timex], text: str) -> list[Timex]:
    """ "Last year the two navies held two Joint Sea exercises -- one in the Mediterranean in
    May and another ... in August": months told after a year that frames the sentence are
    that year's."""
    moved: dict[int, Timex] = {}
    frame: int | None = None
    for t in sorted(timexes, key=lambda t: t.start):
        if (
            t.granularity == "year"
            and t.start_date is not None
            and re.fullmatch(r"\d{4}", t.value or "")
            and not re.search(r"\bsince\s*$", text[max(t.start - 8, 0) : t.start], re.I)
        ):
            frame = t.start_date.year
        elif frame is not None and t.granularity in ("day", "month"):
            moved[id(t)] = _in_year(t, frame)
    return [moved.get(id(t), t) for t in timexes]


RULE_LINE = re.compile(r"\n[ \t]*(?:-{8,}|={8,}|_{8,}|\*{8,})[ \t]*\n")
FACT_LINE_NEXT = re.compile(r"\s*(?:Period|Dates?|When|Duration)[ \t]*:")
DUE_TO_PHASE = re.compile(
    r"\b(?:due|scheduled|set|expected|slated)\s+to\s+(?:(?P<end>end|finish|conclude|close|"
    r"wrap\s+up)|begin|start|open|get\s+under\s+way)(?:\s+on)?\s*$",
    re.IGNORECASE,
)
def _one_drill_since(since: Timex, cand: Candidate) -> bool:
    """ "have been exercising ... since Friday, in the first naval drills the PLA has ever
    held in the Baltic Sea": drills running since a day are one exercise (not "several
    drills since Monday", nor "joint drills since 2012")."""
    root = cand.trigger.root
    return (
        since.granularity == "day"
        and since.start_date is not None
        and root.lemma_.lower() in ("drill", "exercise", "manoeuvre", "maneuver")
        and not any(
            c.dep_ in ("nummod", "quantmod") or c.lower_ in SERIES_COUNT_WORDS
            for c in root.children
        )
    )


DAY_NEXT_TO = re.compile(
    # ("On 17 October, the day Joint Sea-2021 ended, ten ships ... set out")
    r",?\s+the\s+(?:very\s+|same\s+)?day\s+(?:(?P<rel>before|after)\s+|(?:that\s+|when\s+)?)"
    r"(?:the\s+|its\s+|their\s+)?"
    # ("on Thursday, the day before the start of Joint Sea-2025")
    r"(?:(?:(?P<start>start|opening|beginning|launch)|(?P<end>end|close|closing|conclusion))"
    r"\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
PHASE_AFTER = re.compile(
    r"\s+(?:officially\s+|formally\s+)?"
    r"(?:(?P<start>begins|began|starts|started|opens|opened|gets\s+under\s+way|kicks\s+off)"
    r"|(?P<end>ends|ended|closes|closed|finishes|finished|concludes|concluded|wraps\s+up))\b",
    re.IGNORECASE,
)


def _day_next_to(
    doc: Doc, cand: Candidate, dct: date | None
) -> tuple[str, str, Timex] | None:
    """ "on Sunday, the day before the exercise begins": the first (or last) day of the drill,
    one from the day named."""
    before = doc.text[max(cand.trigger.start_char - 40, 0) : cand.trigger.start_char]
    link = DAY_NEXT_TO.search(before)
    if link is None:
        return None
    phase = PHASE_AFTER.match(doc.text, cand.trigger.end_char)
    if link["start"] or link["end"]:
        phase = link
    if phase is None:
        return None
    at = cand.trigger.start_char - len(before) + link.start()
    day = next(
        (
            t
            for t in doc.user_data.get("timexes", [])
            if t.granularity == "day" and t.start_date and 0 <= at - t.end <= 1
        ),
        None,
    )
    if day is None or (
        MONTH_WORD.search(day.text)
        and not re.search(r"\d{4}", day.text)
        # ("On 17 October, the day Joint Sea-2021 ended": the name gives the year)
        and cand.name_year != day.start_date.year
    ):
        # ("arrived in Qingdao on 21 April, the day before the exercise opened", in a
        # history of several editions: the sentence alone does not know the year)
        return None
    step = 0 if not link["rel"] else 1 if link["rel"].lower() == "before" else -1
    edge = day.start_date + timedelta(days=step)
    ahead = re.search(r"(?:s|gets\s+under\s+way|kicks\s+off|wraps\s+up)$", phase.group(0))
    if dct is not None and phase is not link and (edge < dct if ahead else edge > dct):
        # ("invited to a press day at the range on Wednesday, the day before the exercise
        # opens", which the sentence alone puts last week: the tense says otherwise)
        return None
    return ("start" if phase["start"] else "end"), edge.isoformat(), day


_UNITS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]
SPELLED_YEAR = re.compile(
    r"\s+(?:two\s+thousand(?:\s+and)?\s+(?P<a>" + "|".join(_UNITS) + r")"
    r"|twenty[\s-](?:(?P<b>" + "|".join(_UNITS[9:]) + r")|twenty(?:[\s-](?P<c>"
    + "|".join(_UNITS[:9]) + r"))?))\b",
    re.IGNORECASE,
)


def _spelled_year(after: str) -> int | None:
    """The year in words after a name ("Peace Mission Two Thousand and Seven", "Joint Sea
    Twenty Twenty-One")."""
    m = SPELLED_YEAR.match(after)
    if m is None:
        return None
    if m["a"]:
        return 2000 + _UNITS.index(m["a"].lower()) + 1
    if m["b"]:
        return 2000 + _UNITS.index(m["b"].lower()) + 1
    return 2020 + (_UNITS.index(m["c"].lower()) + 1 if m["c"] else 0)


SERIES_COUNT_WORDS = frozenset({"several", "many", "numerous", "multiple", "various", "some"})
EDITION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d$")


def _in_year(tx: Timex, year: int) -> Timex:
    """A month's days written with no year or weekday ("from 11 to 17 September"), put in
    the year given."""
    if (
        tx.anchor == "absolute"
        or tx.start_date is None
        or tx.start_date.year == year
        or tx.granularity not in ("day", "month")
        or MONTH_WORD.search(tx.text) is None
        or re.search(r"\d{4}|day\b|\b(?:last|next|this|ago|past|coming)\b", tx.text, re.I)
    ):
        return tx
    shift = year - tx.start_date.year
    try:
        start = tx.start_date.replace(year=year)
        end = tx.end_date.replace(year=tx.end_date.year + shift) if tx.end_date else None
    except ValueError:
        return tx  # 29 February
    value = tx.value
    if value:
        value = re.sub(r"\b\d{4}(?=-)", lambda m: str(int(m.group(0)) + shift), value)
    return replace(tx, value=value, start_date=start, end_date=end, anchor="name")


def _yearless_month_day(tx: Timex) -> bool:
    """ "the 9th of August", "until the 25th": a day of a month written without its year."""
    return (
        MONTH_WORD.search(tx.text) is not None
        or re.fullmatch(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", tx.text, re.I) is not None
    ) and re.search(r"\d{4}", tx.text) is None


def _weekday_off(tx: Timex) -> bool:
    """A day written with its weekday ("Monday 17 September") that falls on another."""
    named = WEEKDAY_NAMED.search(tx.text)
    return (
        named is not None
        and tx.granularity == "day"
        and tx.start_date is not None
        and tx.start_date.isoweekday() != WEEKDAY_NUMBER[named.group(1).lower()]
        and MONTH_WORD.search(tx.text) is not None
    )


def _years_from_before(
    timexes: list[Timex], text: str, view: SentenceView, dct: date | None, dct_anchor: str
) -> list[Timex]:
    """A sentence parsed alone dates "the 9th of August" in the article's year; the
    sentence before it may have dated the season in another ("In the summer of 2007 Zhao
    was attached to ... . The exercise opened on the 9th of August ..., and it ended on
    the 17th"). Tag the sentence again with what comes just before it."""
    begin = view.offset + view.span.start_char
    # ("formally ended on Monday 17 September", its weekday not the article year's: the
    # year may have been written paragraphs before)
    far = any(_weekday_off(t) for t in timexes)
    start = max(0, begin - (3000 if far else 400))
    if not YEAR_WRITTEN.search(text, start, begin):
        return timexes  # no year written before it to take (most sentences: no tagging)
    tagger = get_tagger()
    window = tagger.ranges(
        text[start : view.offset + view.span.end_char],
        tagger.tag(text[start : view.offset + view.span.end_char], dct=dct,
                   dct_anchor=dct_anchor),
    )
    again = {(t.start + start - view.offset, t.end + start - view.offset): t for t in window}
    out = []
    for t in timexes:
        found = again.get((t.start, t.end))
        if found is not None and found.anchor == "context" and found.value != t.value:
            t = replace(found, start=t.start, end=t.end)
        out.append(t)
    return out


def _date_info(tx: Timex, text: str | None = None) -> dict:
    return {
        "text": text or tx.text,
        "value": tx.value,
        "start": tx.start_date.isoformat() if tx.start_date else None,
        "end": tx.end_date.isoformat() if tx.end_date else None,
        "granularity": tx.granularity,
        "anchor": tx.anchor,
        "mod": tx.mod,
    }


def _span_info(first: Timex, last: Timex, text: str) -> dict:
    """One interval from the day an exercise starts to the day it ends."""
    assert first.start_date and last.end_date
    info = _date_info(first)
    info.update(
        {
            "text": text[first.start : last.end] if last.start > first.start else first.text,
            "value": f"{first.start_date.isoformat()}/{last.end_date.isoformat()}",
            "end": last.end_date.isoformat(),
            "anchor": first.anchor if first.anchor != "absolute" else last.anchor,
        }
    )
    return info


def _status_by_date(status: str, info: dict | None, dct: date | None) -> str | None:
    """A drill said to run over the publication day is ongoing; one dated after it is
    not yet an occurrence, whatever the verb tense."""
    if status != "occurred" or not info or dct is None:
        return None
    start, end = info.get("start"), info.get("end")
    if not start or not end:
        return None
    today = dct.isoformat()
    if today < start:
        return "planned"  # "Vostok-2026" in a 2025 article has not happened yet
    if info.get("granularity") != "day":
        return None
    if start < end and start <= today <= end and today != end:
        return "ongoing"
    return None


# "the past decade", "the last few years": a stretch of time, not a point in it.
PAST_SPAN = re.compile(
    r"\b(?:past|last|previous)\s+(?:few\s+|several\s+|\w+\s+)?"
    r"(?:decades?|years|months|weeks|days|centuries)\b",
    re.IGNORECASE,
)

COORDINATED_PLACES = re.compile(
    r"(?P<names>(?:the\s+)?(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
    r",?\s+and\s+(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<noun>seas|oceans|straits|gulfs)\b"
)
# "the Japanese and East China seas"
DEMONYM_SEAS = {"japanese": "sea of japan", "okhotsk": "sea of okhotsk"}

GRAN_RANK = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "quarter": 3,
    "year": 4,
    "decade": 5,
    "century": 6,
    None: 7,
}
_DURATION_UNITS = {"Y": 365, "M": 30, "W": 7, "D": 1, "DE": 3650, "CE": 36500}


def _past_window(tx: Timex, dct: date | None, dct_anchor: str) -> dict | None:
    """'during the past decade' as an interval ending at the document date."""
    m = re.match(r"^P(\d+|X)(DE|CE|Y|M|W|D)$", tx.value or "")
    if not m:
        return None
    unit = m.group(2)
    gran = {"DE": "decade", "CE": "century", "Y": "year", "M": "month", "W": "week", "D": "day"}[
        unit
    ]
    if dct is None:
        return {
            "text": tx.text,
            "value": None,
            "start": None,
            "end": None,
            "granularity": gran,
            "anchor": "unresolved",
            "mod": None,
        }
    if m.group(1) == "X":
        return None
    days = int(m.group(1)) * _DURATION_UNITS[unit]
    return {
        "text": tx.text,
        "value": tx.value,
        "start": (dct - timedelta(days=days)).isoformat(),
        "end": dct.isoformat(),
        "granularity": gran,
        "anchor": dct_anchor,
        "mod": "BEFORE",
    }


# ---------------------------------------------------------------------------- extraction


class EventExtractor:
    def __init__(self, gazetteer: Gazetteer):
        # Series the article being read names itself (see editions_with in _build).
        self._named_series: set[str] = set()
        self.gaz = gazetteer
        self.places_by_alias = {
            alias.lower(): place
            for place in gazetteer.places.values()
            for alias, _ in place.all_aliases()
        }
        # "Russia is not participating": said in a sentence with no drill word, which the
        # parser never sees, so it is read off the text.
        names: dict[str, set[str]] = {}
        for actor in gazetteer.actors.values():
            if actor.kind in ("country", "capital", "military") and actor.code:
                names.setdefault(actor.code, set()).update(a for a, _ in actor.all_aliases())
        verbs = (
            r"(?:is|was|are|were|has|have|had|did|does|do|will)\s+(?:not|never)\s+"
            r"(?:been\s+|be\s+)?(?:participating|participate|participated|taking\s+part|"
            r"take\s+part|taken\s+part|involved|a\s+party|part\s+of)\b"
        )
        self.abstain_rx = {
            code: re.compile(
                r"\b(?:" + "|".join(sorted(map(re.escape, aliases), key=len, reverse=True))
                + r")\s+" + verbs
            )
            for code, aliases in names.items()
            if aliases
        }

    # -- candidates ---------------------------------------------------------------------

    def _candidates(self, doc: Doc, sent: Span, sent_index: int) -> list[Candidate]:
        rules = [s for s in doc.spans.get("rules", []) if sent.start <= s.start < sent.end]
        triggers = [s for s in rules if s.label_ == "TRIGGER"]
        series_spans = [
            s
            for s in doc.spans.get("gaz", [])
            if s.label_ == "SERIES" and sent.start <= s.start < sent.end
        ]
        cands: list[Candidate] = []
        for span in series_spans:
            after = span.end
            while after < len(doc) and doc[after].is_quote:
                after += 1  # "— "Mosi" means "smoke" in Setswana —"
            if after < len(doc) and doc[after].lower_ in ("means", "meant", "meaning"):
                continue  # "(Mosi means “smoke” in Setswana)": the word, not the drill
            if re.search(r"\w/$", doc.text[max(span.start_char - 2, 0) : span.start_char]):
                continue  # "Sibu/Cooperation-2021": the second half of another name
            if re.match(r"/\w", doc.text[span.end_char : span.end_char + 2]):
                continue  # "Zapad/Vzaimo...-2021" the gazetteer lacks: the first half
            entry = span._.entry
            if (
                span.start > sent.start
                and doc[span.start - 1].is_alpha
                and doc[span.start - 1].is_title
                and any(span.text.lower().startswith(a.lower()) for a in entry.ambiguous_aliases)
                and not doc[span.start - 1].is_sent_start
                # ("Pakistan-China Friendship-2011": a country names the edition's sides)
                and not any(
                    g.label_ in ("ACTOR", "DEMONYM") and g.start <= span.start - 1 < g.end
                    for g in doc.spans.get("gaz", [])
                )
            ):
                continue  # "(Zhumulangma Friendship-2018)": the end of a longer name
            m = re.search(r"(?:19|20)\d{2}\b", span.text)
            spelled = None if m else _spelled_year(doc.text[span.end_char : span.end_char + 40])
            if spelled is not None:
                # "Peace Mission Two Thousand and Seven, which began ...": a radio script's
                # year in words is part of the name
                m = re.search(r"\d{4}", str(spelled))
                words = SPELLED_YEAR.match(doc.text, span.end_char)
                longer = (
                    doc.char_span(span.start_char, words.end(), alignment_mode="expand")
                    if words
                    else None
                )
                if longer is not None:
                    span = Span(doc, longer.start, longer.end, label=span.label_,
                                kb_id=span.kb_id_, span_id=span.id_)
            if m is None and span.start > sent.start and doc[span.start - 1].lower_ == "next":
                continue  # "the next Peace Mission will again be hosted in Russia"
            numeral = re.search(r"[\s-](I{1,3}|IV|VI{0,3}|IX|X|[2-9])$", span.text)
            stage = re.search(r"\((I{1,3}|IV)\)$", span.text)
            roman = ROMAN.get(numeral.group(1), numeral.group(1)) if numeral else None
            if roman is None and m is None and entry.name_format == "{name}":
                # "the second edition of an exercise called Mosi", "code-named Mosi, would be
                # the second of its kind": a series named by its editions' numbers.
                before = doc[max(span.start - 8, sent.start) : span.start].text.lower()
                nth = re.search(r"\b(\w+)\s+(?:edition|iteration|round)\s+of\b", before)
                nth = nth or EDITION_OF_KIND.search(doc[span.end : sent.end].text)
                n = ORDINALS.get(nth.group(1).lower()) if nth else None
                roman = ROMAN.get(str(n)) if n else None
            stage_name = stage.group(1) if stage else None
            if stage_name is None and m is not None and int(m.group(0)) in entry.staged:
                stage_name = _numbered_stage(span)
            cands.append(
                Candidate(
                    sent_index,
                    span,
                    entry.event_type,
                    "strong",
                    series=entry,
                    name_year=int(m.group(0)) if m else None,
                    numeral=roman,
                    stage=stage_name,
                )
            )
        # 'Zapad-2021 ("West-2021")', 'Joint Sea-2021 ("Maritime Interaction-2021")': a
        # name given again in brackets or quotes right after the first is its other spelling.
        folded: list[Candidate] = []
        for c in cands:
            prev = folded[-1] if folded else None
            if (
                prev is not None
                and re.fullmatch(
                    r"[\s\"”’')]*[(\[][\s\"“‘']*",
                    doc.text[prev.trigger.end_char : c.trigger.start_char],
                )
                and (c.name_year is None or prev.name_year in (None, c.name_year))
            ):
                prev.extra.update(range(c.trigger.start, c.trigger.end))
                prev.spelled_end = c.trigger.end
                continue
            if (
                prev is not None
                and c.stage is not None
                and prev.stage is None
                and prev.series is c.series
                and prev.name_year is not None
                and c.name_year == prev.name_year
                and STAGE_NAMED_AS.fullmatch(doc.text[prev.trigger.end_char : c.trigger.start_char])
            ):
                # "the second phase of the joint exercise Joint Sea-2015, which we call Joint
                # Sea-2015 (II), from 20 to 28 August": the stage is the drill of the sentence.
                prev.stage = c.stage
                prev.extra.update(range(c.trigger.start, c.trigger.end))
                prev.spelled_end = c.trigger.end
                continue
            folded.append(c)
        cands = folded
        # Overlapping triggers: keep the most specific reading.
        triggers.sort(key=lambda s: (s.start, -(s.end - s.start)))
        chosen: list[Span] = []
        for trig in triggers:
            clash = [c for c in chosen if c.start < trig.end and trig.start < c.end]
            if not clash:
                chosen.append(trig)
                continue
            best = clash[0]
            if self._better(trig, best):
                chosen[chosen.index(best)] = trig
        named_years = [c for c in cands if c.name_year]
        titles: dict[int, Span] = {}
        for k, trig in enumerate(chosen):
            title = _titled_name(trig)
            if title is None:
                given = _given_name(trig)
                if given is not None and not any(
                    given.start <= c.trigger.start < given.end for c in cands
                ):
                    titles[trig.start] = given
                continue
            if any(title.start <= c.trigger.start < title.end for c in cands):
                continue  # "Exercise Mosi II": the gazetteer's series says it
            chosen[k] = Span(
                doc, trig.start, title.end, label=trig.label_, kb_id=trig.kb_id_, span_id=trig.id_
            )
            titles[trig.start] = title
        # "patrol vehicles", "exercise area": the word modifies another noun.
        chosen = [
            t
            for t in chosen
            if not (
                t.root.dep_ == "compound"
                and t.root.head.i >= t.end
                # ("The exercise period commences on Saturday 10 January 2026": the
                # drill's own days)
                and t.root.head.lemma_.lower() not in ("period", "window")
                # "the drill proper ran from Tuesday 11 March": the parse takes the
                # postposed adjective for a noun
                and not (t.root.head.lower_ == "proper" and t.root.head.i == t.end)
            )
            and not (t.end < len(doc) and doc[t.end].lemma_.lower() in NOT_AN_EVENT_HEAD)
            # "not just two countries' bombers happening to fly on the same day": what it
            # was not
            and not NOT_JUST.search(doc[max(t.start - 6, sent.start) : t.start].text)
            # "a pre-exercise briefing on 6 September": something before the drill
            and not (
                t.start >= 2
                and doc[t.start - 1].text in ("-", "‐")
                and doc[t.start - 2].lower_ in ("pre", "post")
            )
            # 'Headlines today about "continuing joint flights" are inaccurate'
            and not CALLED_WRONG.match(doc.text[t.end_char : t.end_char + 60])
            and not (_is_label(t) and not _starts_line(t))
            # "the navy said it had concluded a joint exercise with Russian and Chinese
            # warships on Monday": "it" did the concluding; its object is the drill.
            # ("said on Wednesday it would continue to monitor the Russian ships": the
            # ministry goes on doing something else)
            and not (
                t[0].lower_ in ("it", "they")
                and any(
                    o.dep_ == "xcomp"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in o.children)
                    for o in t[-1].children
                )
            )
            and not (
                t[0].lower_ in ("it", "they")
                and any(
                    o.dep_ == "dobj"
                    and (
                        any(u.start <= o.i < u.end for u in chosen if u is not t)
                        or any(c.trigger.start <= o.i < c.trigger.end for c in cands)
                    )
                    for o in t[-1].children
                )
            )
        ]
        if any(t.kb_id_ not in PATROL_TYPES | {"patrol"} for t in chosen):
            # "The exercise will feature joint planning, patrolling, cordon-and-search
            # operations and ...": one of a drill's activities, not a patrol of its own.
            chosen = [t for t in chosen if not (t.kb_id_ == "patrol" and _list_item(t))]
        for trig in chosen:
            # A trigger next to a series name describes it ("exercises known as
            # “cooperation”"); with dated series names in the sentence, a generic trigger
            # is their umbrella ("annual exercises, including Vostok-2018").
            near = [
                c
                for c in cands
                if c.series is not None
                and (
                    (
                        (
                            abs(c.trigger.start - trig.end) <= 4
                            or abs(trig.start - _name_end(c)) <= 4
                        )
                        # "this year's Golden Dragon exercise went home after the drill
                        # wrapped up": a verb between them starts another clause
                        and not any(
                            t.pos_ == "VERB" and t.lemma_.lower() not in NAMING_VERBS
                            for t in doc[
                                min(_name_end(c), trig.end) : max(c.trigger.start, trig.start)
                            ]
                        )
                    )
                    # "The exercise, which the Chinese side calls Joint Sea-2025, began"
                    or _names_in_clause(trig, c.trigger)
                    # 'the command-staff exercise on missile defence, "Aerospace
                    # Security-2017", was completed today': the name in apposition
                    or (c.trigger.root.dep_ == "appos" and c.trigger.root.head.i == trig.root.i)
                    # "a combined naval exercise of the Venezuelan and Russian navies,
                    # VENRUS-2008, will be conducted ...": hung on the noun after "of"
                    or (
                        c.trigger.root.dep_ == "appos"
                        and c.trigger.root.head.dep_ == "pobj"
                        and c.trigger.root.head.head.lower_ == "of"
                        and c.trigger.root.head.head.head.i == trig.root.i
                        and c.trigger.start > 0
                        and doc[c.trigger.start - 1].text == ","
                    )
                    # "with Zapad, the joint Russian-Belarusian war games, wrapping up today"
                    or (
                        trig.root.dep_ == "appos"
                        and c.trigger.start <= trig.root.head.i < c.trigger.end
                    )
                    # "the district's part in Peace Mission 2009, the joint Russian–Chinese
                    # anti-terrorism exercise.": a gloss the parser hangs elsewhere
                    or (
                        _name_end(c) <= trig.start
                        and APPOSITIVE_GLOSS.fullmatch(doc[_name_end(c) : trig.start].text)
                        is not None
                        and not any(
                            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")
                            for t in doc[_name_end(c) : trig.start]
                        )
                        and (
                            trig.end >= sent.end
                            or doc[trig.end].is_punct
                            # "..., the second joint army exercise between the two
                            # neighbours, which began on Saturday": with its own sides
                            or _closed_prep_phrase(doc[trig.end], trig.root, sent)
                        )
                    )
                    # '"Aerospace Security-2017" was a computer-simulated command-staff
                    # exercise on missile defence, held ... from 11 to 16 December 2017'
                    or (
                        trig.root.dep_ == "attr"
                        and trig.root.head.lemma_ == "be"
                        and any(
                            k.dep_ == "nsubj" and c.trigger.start <= k.i < c.trigger.end
                            for k in trig.root.head.children
                        )
                    )
                    # "The active phase of the naval exercise, which in Chinese is called
                    # Joint Sea, came to an end today": the phase of the named drill
                    or any(
                        _names_in_clause(doc[w.i : w.i + 1], c.trigger)
                        for p in trig.root.children
                        if p.dep_ == "prep" and p.lower_ == "of"
                        for w in p.children
                        if w.dep_ == "pobj"
                    )
                )
            ]
            if near:
                c = near[0]
                if c.event_type in GENERIC_TYPES or c.event_type == "exercise":
                    c.event_type = trig.kb_id_
                c.extra.update(range(trig.start, trig.end))
                continue
            if (
                named_years
                and trig.kb_id_ in GENERIC_TYPES | {"strategic_exercise"}
                # "It began July 28, shortly after ... North/Interaction-2023": a pronoun
                # or a fact-box label stands for an exercise, it is no umbrella word.
                and trig[0].lower_ not in ("it", "they")
                and not _is_label(trig)
                # "The patrol began on 17 October, after ... Maritime Interaction-2021": a
                # patrol is no umbrella word for a drill's name.
                and not (
                    trig.kb_id_ in PATROL_TYPES | {"patrol"}
                    and all(c.event_type not in PATROL_TYPES for c in named_years)
                )
            ):
                before = [c for c in named_years if c.trigger.end <= trig.start]
                if (
                    before
                    and trig.start > sent.start
                    and doc[trig.start - 1].lower_ == "the"
                    and trig.root.dep_ in ("nsubj", "nsubjpass")
                    and _phase_of(trig.root.head) is not None
                ):
                    # "took part in Tsentr-2019 ... is due home after the drills concluded
                    # on Saturday": the drills named just before, with their own verb.
                    before[-1].extra.update(range(trig.start, trig.end))
                continue
            if any(c.trigger.start <= trig.start < c.trigger.end for c in cands):
                continue
            strength = trig.id_.split(":", 1)[-1]
            full, offset = getattr(self, "_where", (doc.text, 0))
            if strength.startswith("label-when") and GATHERING_LABELS.search(
                full, offset + trig.end_char, offset + trig.end_char + 160
            ):
                # "Date: Thursday, 13 October 2011 / Time: 14:00-16:30 / Venue: Seminar
                # Room 2": the heading of a gathering's invitation, not a drill's fact box.
                continue
            if strength.startswith("label-when"):
                here = offset + trig.start_char
                lines_before = [
                    ln for ln in full[max(here - 200, 0) : here].split("\n") if ln.strip()
                ]
                if SIGNATURE_WORDS.search("\n".join(lines_before[-3:])):
                    # "3. Signature / 3.1. General Director: V. A. Sorokin / 3.2. Date:
                    # 28.07.2025": the day a filing was signed.
                    continue
            if (
                strength == "exercise-stage-ordinal"
                and trig.end + 1 < len(doc)
                and doc[trig.end].lower_ == "of"
                and doc[trig.end + 1].lower_ not in DEFINITE
            ):
                # "the second stage of exercises with non-strategic nuclear weapons": a
                # stage of other drills, not of the one reported.
                continue
            meta_strength = "weak" if trig.kb_id_ in GENERIC_TYPES else "strong"
            trig_entry = self.gaz.triggers.get(strength)
            if trig_entry is not None:
                meta_strength = trig_entry.strength
            if strength in ("dropped-subject-phase-day", "label-when-from"):
                # ("Started Thursday in Almaty oblast", "FROM  010600 LOCAL DEC 08": the
                # pattern holds the day that makes the words a drill's; the day is an
                # argument, not the trigger)
                trig = Span(
                    doc, trig.start, trig.end - 1 if strength[0] == "d" else trig.start + 1,
                    label=trig.label, kb_id=trig.kb_id, span_id=trig.id,
                )
            title = titles.get(trig.start)
            year = re.search(r"\b(?:19|20)\d{2}\b", title.text) if title is not None else None
            cands.append(
                Candidate(
                    sent_index,
                    trig,
                    trig.kb_id_,
                    "strong" if title is not None else meta_strength,
                    title=title.text if title is not None else None,
                    name_year=int(year.group(0)) if year else None,
                )
            )
        cands.sort(key=lambda c: c.trigger.start)
        if any(
            c.event_type not in PATROL_TYPES | {"patrol"}
            and (c.series is not None or c.trigger.root.lower_ in EVENT_SUBJECTS)
            for c in cands
        ):
            # "opened their first joint air force exercise, with fighter jets and transports
            # flying alongside": the flying is the exercise's; bombers flying is a patrol.
            # "concluded after fifteen days of joint training": the training is the exercise.
            cands = [
                c
                for c in cands
                if not (
                    c.series is None
                    and c.trigger.id_.split(":", 1)[-1]
                    in ("bombers-flew", "bombers-aside-flew", "bombers-comma-aside-flew")
                    and not any(t.lower_.startswith(("bomber", "tu-", "h-6")) for t in c.trigger)
                )
                and c.trigger.id_.split(":", 1)[-1] != "joint-training"
            ]
        return self._fold_linked(cands)

    def _fold_linked(self, cands: list[Candidate]) -> list[Candidate]:
        """One event named twice in a clause ("aircraft flew a joint patrol") is one."""
        out: list[Candidate] = []
        for c in cands:
            prev = out[-1] if out else None
            if prev is not None and prev.series is None and c.series is None:
                p_tokens = {t.i for t in prev.trigger} | prev.extra
                c_tokens = {t.i for t in c.trigger}
                linked = (
                    c.trigger.root.head.i in p_tokens
                    or prev.trigger.root.head.i in c_tokens
                    or 0 <= c.trigger.start - prev.trigger.end <= 1
                ) and not any(
                    # "the exercise ran from 14 to 17 October; the patrol from 17 to 23
                    # October": a clause cut short after a semicolon names another event.
                    t.text == ";" for t in c.trigger.doc[prev.trigger.end : c.trigger.start]
                )
                if linked and (
                    prev.event_type == c.event_type
                    or prev.event_type in GENERIC_TYPES
                    or c.event_type in GENERIC_TYPES
                ):
                    keep, drop = (c, prev) if self._rank(c) < self._rank(prev) else (prev, c)
                    keep.extra |= {t.i for t in drop.trigger} | drop.extra
                    if keep.strength == "weak" and drop.strength == "strong":
                        keep.strength = "strong"
                    out[-1] = keep
                    continue
            out.append(c)
        return out

    @staticmethod
    def _rank(c: Candidate) -> tuple[int, int]:
        return (SPECIFIC_ORDER.index(c.event_type), 0 if c.strength == "strong" else 1)

    @staticmethod
    def _better(a: Span, b: Span) -> bool:
        ra, rb = SPECIFIC_ORDER.index(a.kb_id_), SPECIFIC_ORDER.index(b.kb_id_)
        if ra != rb:
            return ra < rb
        return (a.end - a.start) > (b.end - b.start)

    # -- arguments ----------------------------------------------------------------------

    def _args(
        self, doc: Doc, sent: Span, timexes: list[Timex], skip: list[tuple[int, int]] | None = None
    ) -> list[Arg]:
        """Actors, places, platforms and times of a sentence; none from the ``skip`` ranges
        of characters (a dateline: "SEOUL, July 23 (Reuters) -" names where and when it was
        filed)."""
        args: list[Arg] = []
        for span in doc.spans.get("gaz", []):
            if not (sent.start <= span.start < sent.end) or span.label_ == "SERIES":
                continue
            if any(a <= span.start_char < b for a, b in skip or ()):
                continue
            kind = {
                "ACTOR": "actor",
                "DEMONYM": "demonym",
                "PLACE": "place",
                "PLATFORM": "platform",
            }[span.label_]
            args.append(Arg(kind, span.start, span.end, span.text, span._.entry, label=span.label_))
        platforms = [
            (a.start, a.end) for a in args if a.kind == "platform"
        ]
        for tx in timexes:
            if not (sent.start_char <= tx.start < sent.end_char):
                continue
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None:
                continue
            if any(s <= span.start and span.end <= e for s, e in platforms):
                continue  # the "2000" of a KJ-2000 aircraft
            if tx.type == "TIME" and BARE_PART_OF_DAY.fullmatch(tx.text):
                # "fired warning rounds yesterday ... bombers entered the zone in the early
                # morning": the morning of the day told, not of the day of writing.
                continue
            kind = {"DATE": "date", "TIME": "date", "DURATION": "duration", "SET": "set"}.get(
                tx.type, "date"
            )
            args.append(Arg(kind, span.start, span.end, tx.text, timex=tx))
        # Places the gazetteer does not know yet still count when the NER sees them.
        known = [(a.start, a.end) for a in args]
        for ent in sent.ents:
            if ent.label_ in ("LOC", "FAC") and not any(
                s < ent.end and ent.start < e for s, e in known
            ):
                args.append(Arg("place", ent.start, ent.end, ent.text, None, label="NER"))
        return args

    def _assign(self, cands: list[Candidate], args: list[Arg], doc: Doc) -> None:
        for arg in args:
            if arg.kind == "date" and _of_a_dated_thing(doc[arg.start : arg.end].root):
                # "the arbitral tribunal award of 12 July 2016": the award's day
                continue
            if arg.kind == "date" and (
                _argued_for(doc[arg.start : arg.end].root)
                or _in_question(doc[arg.start : arg.end].root)
                or _favoured_day(arg, args, doc)
            ):
                # "User Kestrel_Ayr argued for 11 September, citing ... a photo caption
                # describing "the opening of the exercise"": one side of a dispute (and
                # "whether ... should give the dates ... as 11-19 September 2016 or 12-19
                # September 2016", "Editors favouring 11 September ... treated that day as
                # the start")
                continue
            if (
                arg.kind == "date"
                and arg.end < len(doc)
                and doc[arg.end].text == ":"
                and WORD_CAME.search(doc[max(arg.start - 12, 0) : arg.start].text)
            ):
                # 'Official word from the fleet press service this morning: "Joint
                # Sea-2013", 5 to 12 July': when the word came
                continue
            if arg.kind == "date" and DAY_OUTSIDE_GLOSS.match(
                doc.text, doc[arg.end - 1].idx + len(doc[arg.end - 1])
            ):
                # "sailed again on Tuesday, the day after it ended": a day the gloss puts
                # outside the drill
                continue
            # "will conclude on Tuesday, Aug 5": the parser hangs "Aug 5" on the verb of
            # saying; the preposition before the day says what it dates.
            head_tok = (
                _date_head(doc, arg.start, arg.end)
                if arg.kind == "date"
                else doc[arg.start : arg.end].root
            )
            head = _hyphen_partner(head_tok)
            best: tuple[float, Candidate] | None = None
            for c in cands:
                if arg.start < c.trigger.end and c.trigger.start < arg.end:
                    # The year inside "Vostok-2018" belongs to that name only; the H-6K in
                    # "sending H-6K bombers" to that sortie.
                    # "intercepted two Russian Tu-95MS and two Chinese H-6K bombers": the
                    # crews' countries inside a sortie's words are its own.
                    # The answer to "When?" is all its own days.
                    if (
                        (arg.kind == "date" and c.series is not None)
                        or c.reference
                        or arg.kind == "platform"
                        or (arg.kind == "demonym" and c.event_type in PATROL_TYPES)
                    ):
                        best = (-1, c)
                        break
                    continue
                in_year = (
                    arg.timex
                    if arg.kind == "date"
                    and c.name_year
                    and arg.timex is not None
                    and arg.timex.start_date
                    and arg.timex.granularity in ("day", "week", "month")
                    else None
                )
                if (
                    in_year is not None
                    # (a year written out: "29 July - 7 August" in a review of 2019 printed
                    # in January 2020 is put in the edition's year later)
                    and in_year.anchor == "absolute"
                    and c.name_year not in _years_of(in_year)
                ):
                    # '... will open a new exhibition, "Five Days in July: Peace Mission 2009
                    # in Photographs", on Friday 22 May 2026': an edition named by its year
                    # is held in that year.
                    continue
                if (
                    in_year is not None
                    and in_year.start_date.year != c.name_year
                    and any(o is not c and o.name_year == in_year.start_date.year for o in cands)
                ):
                    # "Joint Sea-2013 follows Joint Sea-2012, the first naval exercise ...,
                    # which took place ... from April 22 to 27 last year": the days of the
                    # edition named for their year.
                    continue
                gov = _governor(head)
                sighted = arg.kind == "date" and (
                    _sighting_day(head, gov, c, args) or _on_the_day_when(head, gov, c, args)
                )
                if (
                    _landmark(c.trigger)
                    and head_tok.i not in _landmark_scope(c.trigger)
                    and not sighted
                ):
                    continue
                # 'will begin the exercise "Peace Mission-2016" the day after tomorrow at the
                # range, the press service reported today', the day parsed under "reported"
                hung_late = arg.kind == "date" and _hung_on_later_report(
                    head, gov, c.trigger, _name_end(c)
                )
                if (
                    arg.kind in ("date", "duration")
                    and (be := _not_part_of(c.trigger)) is not None
                    and any(
                        k.dep_ in ("nsubj", "nsubjpass") and head.i in {x.i for x in k.subtree}
                        for k in be.children
                    )
                ):
                    # "Tuesday's arrival ... were not part of the exercise": the arrival's day
                    continue
                if arg.kind in ("date", "duration") and _notice_window(head, c.trigger):
                    continue
                if (
                    arg.kind == "date"
                    and head.dep_ == "ROOT"
                    and head.pos_ in ("NOUN", "PROPN")
                    and any(
                        b is not arg
                        and b.kind == "date"
                        # (a day, not the year in the drill's name: "29 July - 7 August:
                        # Cooperation-2019 (Vzaimodeistviye-2019), ..." is its line's day)
                        and b.timex is not None
                        and b.timex.granularity == "day"
                        and not c.trigger.start <= b.start < c.trigger.end
                        and b.start in {t.i for t in _governor(c.trigger.root).subtree}
                        for b in args
                    )
                ):
                    # "Christmas Eve, and ... your messages have been about the bombers that
                    # flew around our zone the day before yesterday": a day the sentence
                    # opens on, with no verb, against the one the drill's own clause gives.
                    continue
                if arg.kind in ("date", "duration") and _denied_aside(c.trigger):
                    # "... the Russian Navy Day parade on 30 July - a ceremonial event, not
                    # part of Joint Sea itself": the day is the parade's.
                    continue
                if (
                    (_foreign_clause(head, c.trigger, c.extra) and not hung_late)
                    or (arg.kind in ("date", "duration") and _other_conjunct(head, c.trigger))
                    or (
                        arg.kind == "date"
                        and _early_part_of(c.trigger)
                        and UNTIL_BEFORE.search(doc[max(arg.start - 2, 0) : arg.start].text)
                    )
                    or _inside_other_event(head, c.trigger)
                    or (arg.kind == "date" and _or_the_days_of(head, c.trigger))
                    or (arg.kind == "date" and _ceremony_and_start(c.trigger, cands))
                    or (arg.kind == "date" and _said_about(head, gov, c.trigger))
                    # "The maritime safety administration issued a navigational warning on
                    # Tuesday covering the "Joint Sea-2016" exercise, which will run from 12
                    # to 19 September": the warning's day
                    or (arg.kind == "date" and _issued_paper_about(head, c))
                    # "The agreement on holding Peace Mission 2007 was signed by SCO defence
                    # ministers at a meeting in Bishkek on 27 June 2007": the signing's day
                    or (arg.kind == "date" and _within_dated_thing(gov, c.trigger))
                    # "in what Beijing on Thursday called the eighth joint strategic air
                    # patrol": the day of the calling, written before the verb
                    or (
                        arg.kind == "date"
                        and gov.lemma_.lower() in NAMING_VERBS
                        and head.i < gov.i
                        and any(k.dep_ == "nsubj" and k.i < head.i for k in gov.children)
                        and any(k.lower_ == "what" for k in gov.children)
                    )
                    # 'archives the discussions on the talk page of the article "Vostok 2018"
                    # between 28 August and 30 September 2018': a page's title, and the
                    # page's days
                    or (
                        arg.kind == "date"
                        and c.trigger.root.dep_ in ("appos", "compound")
                        and c.trigger.root.head.lemma_.lower() in PAGE_NOUNS
                        and head.i not in {x.i for x in c.trigger.root.head.subtree}
                    )
                    or (arg.kind == "date" and _followed_by_other(gov, c.trigger))
                    or (arg.kind == "date" and _comes_beside_other(head, gov, c.trigger))
                    or (
                        # "The active part of the exercise was concentrated in the last three
                        # days": the drill's own last days, not the report's
                        arg.kind in ("date", "duration")
                        and OWN_EDGE_DAYS.fullmatch(doc[arg.start : arg.end].text)
                        and c.trigger.root.dep_ == "pobj"
                        and c.trigger.root.head.lower_ == "of"
                        and c.trigger.root.head.head.lemma_.lower() in PART_WORDS | {"part"}
                    )
                    or (
                        arg.kind == "date"
                        and (own := _possessive_day(c, args, doc)) is not None
                        and own is not arg
                    )
                    or (_trigger_enclosed_apart(head, c.trigger, c.extra) and not sighted)
                    or (arg.kind == "date" and _side_act_of(gov, c.trigger))
                    # '"Joint Sea-2014" concluded on Monday; the Russian group weighed anchor
                    # the following morning': a clause after a semicolon is another's
                    or (
                        arg.kind == "date"
                        and (
                            gov != _governor(c.trigger.root)
                            # "Date: 24 July 2024 (a single-day sortie; China's defence
                            # ministry issued its statement the following day)": the parse
                            # hung the label on the verb after the semicolon, whose own
                            # subject is no drill.
                            or any(
                                k.dep_ == "nsubj"
                                and k.pos_ in ("NOUN", "PROPN")
                                and k.lemma_.lower() not in EVENT_SUBJECTS
                                and c.trigger.end <= k.i < gov.i
                                and any(t.text == ";" for t in doc[c.trigger.end : k.left_edge.i])
                                for k in gov.children
                            )
                            or _clause_after_semicolon(doc, arg, c.trigger)
                        )
                        # ("...said the patrol ended that day; it continued on Nov. 30": the
                        # drill again, as a pronoun)
                        and not any(
                            k.dep_ in ("nsubj", "nsubjpass")
                            and (k.lower_ in ("it", "they") or k.lemma_.lower() in EVENT_SUBJECTS)
                            for k in gov.children
                        )
                        and any(
                            t.text == ";"
                            for t in doc[
                                min(head_tok.i, c.trigger.start) : max(head_tok.i, c.trigger.end)
                            ]
                        )
                    )
                ):
                    continue
                if (
                    (
                        # ("asked about the flight at a news conference on Wednesday, said")
                        gov.lemma_ in REPORT_VERBS | {"tell", "suggest", "ask", "deny"}
                        # "... on Wednesday, the defence ministries said in statements issued
                        # the following day": the statements' day
                        or (gov.lemma_ in PUBLISHING_LEMMAS and gov.dep_ in ("ccomp", "acl"))
                        # '"This is an exercise between two sovereign nations ...," the
                        # spokesman said, reading from a prepared statement ... on Sunday'
                        or (
                            gov.lemma_ == "read"
                            and any(
                                p.dep_ == "prep"
                                and any(
                                    g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS
                                    for g in p.children
                                )
                                for p in gov.children
                            )
                        )
                        # "Last week the fleet let it be known that ... will take place in July"
                        or (
                            gov.lemma_ in ("let", "make")
                            and any(k.lower_ == "known" for k in gov.children)
                        )
                        # "put out its own statement this morning, saying the patrol went"
                        or any(
                            c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS
                            for c in gov.children
                        )
                        # "said in a statement released early Thursday that the bombers had"
                        # (not "said in a statement that the drill ... will take place from
                        # February 17 to 27", the statement's content parsed as its clause)
                        or (
                            gov.dep_ in ("acl", "relcl")
                            and gov.head.lemma_.lower() in STATEMENT_NOUNS
                            and not any(
                                k.dep_ in ("nsubj", "nsubjpass", "mark") for k in gov.children
                            )
                        )
                    )
                    and arg.kind != "actor"
                    and gov != _governor(c.trigger.root)
                    and not sighted
                    and not _beside_trigger(head, gov, c.trigger)
                    and not hung_late
                    and _told_phase_done(gov, c.trigger) is None
                ):
                    # "..., Zhang told the Global Times on Tuesday": the telling's date.
                    continue
                if (arg.kind in ("date", "duration") and _landmark_after(head, c.trigger)) or (
                    # "wrapped up on July 23 after four days" is a length, not a landmark
                    arg.kind == "date"
                    and _inside_sequence_landmark(doc[arg.start : arg.end], c.trigger)
                ):
                    # "The third set off on 28 July 2023, right after the
                    # Northern/Interaction-2023 exercise, and lasted 18 days": the days of
                    # what came after the drill, not its own.
                    continue
                if arg.kind == "date" and _lead_up_to(c.trigger, head):
                    # "the announcement cycle for Vostok-2018 began unusually early: the
                    # Ministry briefed foreign attachés on 28 August": the run-up's day.
                    continue
                if arg.kind == "date" and _our_coverage_of(c.trigger):
                    # "Follow our wrap-up of the exercise on Monday": the coverage's day.
                    continue
                if arg.kind == "date" and _of_a_body(c.trigger, head):
                    # "On 21 April a welcoming ceremony will be held, followed by a meeting of
                    # the joint directorate of the exercise": the meeting's day.
                    continue
                if arg.kind == "date" and (_document_day(gov) or _digest_heading(head, gov)):
                    continue
                # ("... the district's part in Peace Mission 2009, the joint anti-terrorism
                # exercise": its gloss is in the share too)
                held = c.trigger.root
                while held.dep_ == "appos" and held.head.i != held.i:
                    held = held.head
                share = held.head.head if held.dep_ == "pobj" else None
                shared = (
                    share is not None
                    and held.head.lower_ == "in"
                    and share.lemma_.lower() in SHARE_NOUNS
                    and any(k.dep_ == "poss" for k in share.children)
                    and head.i not in {x.i for x in share.subtree}
                )
                if not shared and arg.kind in ("date", "duration"):
                    # (the parse may lose the name's tie to "part in": "... the district's
                    # part in the Russian-Chinese counter-terrorism exercise Peace Mission
                    # 2009", the name hung on "bringing")
                    sent_at = c.trigger.sent.start_char
                    cut = SHARE_BEFORE.search(doc.text[sent_at : c.trigger.start_char])
                    shared = cut is not None and doc[arg.start].idx < sent_at + cut.start()
                if not shared and arg.kind in ("date", "duration") and arg.start >= c.trigger.end:
                    # "Soldiers ... who took part in the joint exercise "Peace Mission 2009"
                    # began loading their vehicles ... today": what those who took part did
                    # next (however the parse hangs the name).
                    sent_at = c.trigger.sent.start_char
                    shared = (
                        WHO_TOOK_PART.search(doc.text[sent_at : c.trigger.start_char])
                        is not None
                    )
                if arg.kind in ("date", "duration") and shared:
                    # "trains ... crossed the border yesterday, bringing to an end the
                    # district's part in Peace Mission 2009": the end of its share.
                    continue
                if arg.kind == "date" and re.search(
                    r"\bas\s+of\s*$", doc[max(arg.start - 2, 0) : arg.start].text, re.I
                ):
                    # "As of Thursday the patrol was continuing": a day it was still under
                    # way, not one of its edges.
                    continue
                if arg.kind in ("date", "duration") and _bracketed_cause(doc, c.trigger, arg):
                    # "Expect delays at Zabaikalsk/Manzhouli, 3-10 Sept (military rail
                    # traffic, Vostok-2018)": the delays' days, the drill their cause.
                    continue
                if (
                    arg.kind in ("date", "duration")
                    and c.trigger.root.dep_ == "pobj"
                    and c.trigger.root.head.lower_ in ("alongside", "beside")
                    and head.i not in {x.i for x in c.trigger.root.head.subtree}
                ):
                    # "The forum ran from Tuesday to today, alongside the exercise": the
                    # forum's days.
                    continue
                if (
                    arg.kind == "date"
                    and head.dep_ == "pobj"
                    and head.head.lower_ == "for"
                    and (plan := _plan_noun(head.head.head)) is not None
                    and not c.trigger.start <= plan.i < c.trigger.end
                ):
                    # "in line with a bilateral military cooperation plan for 2020": the
                    # plan's year, not the patrol's.
                    continue
                if arg.kind == "date" and _dates_a_text(doc[arg.start : arg.end], c.trigger):
                    # "a Sept. 19 brief on the visit ... described the delegation as attending
                    # the Vostok-2018 exercise": the day of the piece, not the drill's.
                    continue
                if arg.kind == "date" and gov.lemma_.lower() in TELLING_LEMMAS | {
                    "circulate", "distribute", "send", "present", "submit", "table",
                } and any(
                    k.dep_ in ("nsubj", "nsubjpass")
                    and k.lemma_.lower() in PAPER_NOUNS
                    and c.trigger.root.i in {x.i for x in k.subtree}
                    and not c.trigger.start <= k.i < c.trigger.end
                    for k in gov.children
                ):
                    # "A short briefing paper summarising open-source reporting on the
                    # exercise ... will be circulated ... on Monday 10 October": the
                    # paper's day.
                    continue
                if arg.kind == "date" and _notice_for(c.trigger, gov, arg):
                    # "The Zhanjiang Maritime Safety Administration has today confirmed
                    # navigational warnings for ... Joint Sea-2016": the notice's day.
                    continue
                if arg.kind == "date" and _told_about(c.trigger, gov):
                    # "The Russian Ministry of Defence on Wednesday published further details
                    # of the first joint air patrol": the day of the telling.
                    continue
                if (
                    arg.kind == "date"
                    and gov != _governor(c.trigger.root)
                    and any(
                        k.dep_ == "dobj" and k.lemma_.lower() in GATHERING_NOUNS
                        for k in gov.children
                    )
                ):
                    # "officials held a video call on Tuesday and agreed to expand joint
                    # exercises and patrols next year": the call's day.
                    continue
                if (
                    arg.kind == "date"
                    and gov.lemma_ in REPORT_VERBS
                    and _governor(c.trigger.root) == gov
                    # ("said at the opening ceremony on Monday": the ceremony's day)
                    and c.trigger.root.dep_ != "pobj"
                    # ("begin ... Zapad-2025 ("West-2025") today, the ministry has confirmed":
                    # a day before the verb is the clause's own, unless the drill is what
                    # was reported: "In Beijing today, the ministry also confirmed the joint
                    # patrol")
                    and (
                        arg.start > gov.i
                        or (
                            c.trigger.root.dep_ == "dobj"
                            and c.trigger.root.head == gov
                            and not _sortie_made_known(c, gov)
                        )
                    )
                    and not sighted
                    # ("confirmed that Exercise Mosi II runs until 27 February", parsed with
                    # "confirmed" over both: a span's words are the drill's; "has announced
                    # the exercise for 20-28 AUG": the days it is set for)
                    and not re.search(
                        r"\b(?:until|till|through|from|to|between|for)\s*$",
                        doc[max(arg.start - 2, 0) : arg.start].text,
                        re.I,
                    )
                ):
                    # '... the exercise of the SCO states, "Peace Mission – 2007", the press
                    # service reported today': a drill reports nothing; the parse hung the
                    # name, not the press service, on the verb.
                    continue
                trig_gov = _governor(c.trigger.root)
                if (
                    arg.kind in ("date", "duration")
                    and trig_gov.lemma_.lower() == "cite"
                    and head.i not in {x.i for x in trig_gov.subtree}
                ):
                    # "crossings were closed from midnight Thursday, citing security
                    # concerns during the drill": the drill is a reason given, the day the
                    # closing's.
                    continue
                if arg.kind == "date" and _offset_between(doc, arg, c.trigger):
                    # "trading accusations tonight, a day after Russian and Chinese bombers
                    # flew together": the flight was the day before.
                    continue
                if (
                    arg.kind == "date"
                    and gov.lemma_.lower() in NAMING_LEMMAS
                    and _governor(c.trigger.root) == gov
                    # (not "conducted what it called the ninth joint patrol on November 29
                    # and 30": a day after the name is the patrol's, however parsed)
                    and arg.start < gov.i
                    and not any(k.lower_ == "what" for k in gov.children)
                    and (
                        c.trigger.root.dep_ == "oprd"
                        or (c.trigger.root.dep_ == "pobj" and c.trigger.root.head.lower_ == "as")
                    )
                ):
                    # "On Thursday, the defense ministries ... described the flight as their
                    # eighth joint strategic air patrol": the day of the describing.
                    continue
                if arg.kind == "date" and _said_of_it(head, gov, c.trigger):
                    # "The Kremlin's line today is that the patrol was pre-planned"
                    continue
                pred = c.trigger.root.head
                if (
                    arg.kind == "date"
                    and c.trigger.root.dep_ in ("nsubj", "nsubjpass")
                    and pred.dep_ == "ccomp"
                    and pred.head.lemma_.lower() in REPORT_VERBS
                    and pred.head.dep_ in ("advcl", "acl")
                    and pred.head.head.lemma_.lower() in PERCEIVE_LEMMAS
                ):
                    # "I've already seen one paper today saying the drills "continued into
                    # Tuesday"": what a paper one has seen says, not what the writer tells
                    continue
                if (
                    arg.kind == "date"
                    and gov.lemma_.lower() in STANCE_LEMMAS
                    and (
                        (c.trigger.root.dep_ in ("dobj", "nsubjpass") and pred == gov)
                        # "On Wednesday, a ... spokesperson dismissed Japan's protest, saying
                        # the patrol was not directed at any third party"
                        or (
                            c.trigger.root.dep_ in ("nsubj", "nsubjpass")
                            and pred.dep_ == "ccomp"
                            and pred.lemma_.lower() not in OCCURRENCE_LEMMAS
                            and pred.head.lemma_.lower() in REPORT_VERBS
                            and pred.head.dep_ == "advcl"
                            and pred.head.head == gov
                        )
                    )
                    and arg.timex is not None
                    and arg.timex.granularity in ("day", "week")
                ):
                    # "The Kremlin on Thursday defended China's drills": the day of the
                    # stand, not of the drills ("dismissed Joint Sea in 2012" is the year
                    # of both).
                    continue
                if (
                    arg.kind == "date"
                    and (unit := _time_of_the_drill(c.trigger.root)) is not None
                    and (gov.i != _governor(c.trigger.root).i or head.i == unit.i)
                ):
                    # "Prices rose 14% in the week of the exercise, traders said, before
                    # easing on Monday": the drill only times something else
                    continue
                if (
                    arg.kind == "date"
                    and gov.lemma_.lower() in ("follow", "precede")
                    and any(k.dep_ == "auxpass" for k in gov.children)
                    and any(k.dep_ == "agent" for k in gov.children)
                    and c.trigger.root.i in {t.i for k in gov.children
                                            if k.dep_ == "nsubjpass" for t in k.subtree}
                ):
                    # "The end of the drills was followed on Sunday by a farewell
                    # reception": the day of what followed
                    continue
                if arg.kind == "date" and _in_what_it_follows(head, c.trigger):
                    # "The patrol followed directly on from the bilateral naval exercise
                    # Joint Sea-2021 (14-17 October 2021)": the days of what came before
                    continue
                if arg.kind == "date" and _series_began(gov):
                    # "..., in the latest in a series of such flights that began in July
                    # 2019": when the series began
                    continue
                if arg.kind == "date" and _plan_handled(c.trigger.root):
                    # "The heads of the two delegations met in Almaty on Wednesday to approve
                    # the final plan of the exercise": the day the plan was dealt with
                    continue
                if arg.kind == "date" and _for_the_drill(gov, c.trigger.root):
                    # "31 July - The Russian airlift of troops ... for "Zapad/Interaction-2021"
                    # begins": what is done for the drill starts, not the drill
                    continue
                if (
                    arg.kind == "date"
                    and arg.timex is not None
                    and arg.timex.granularity == "day"
                    and _protested_over(gov, c.trigger.root)
                ):
                    # "The government on Thursday summoned the defense attaches ... to
                    # protest the entry of ... aircraft ... during a joint patrol earlier
                    # this week": the day of the protest.
                    continue
                if arg.kind in ("date", "duration") and _retracted(head):
                    # "An earlier version of this article said the exercise began on 16
                    # September": what a correction takes back.
                    continue
                if arg.kind in ("date", "duration") and (held := _results_of(c.trigger)) and (
                    head.i not in {x.i for x in held.subtree}
                ):
                    # "the results of "Northern/Interaction-2023" would be reviewed at a
                    # debriefing on Tuesday": the reviewing's day.
                    continue
                line_at = doc.text.rfind("\n", 0, c.trigger.start_char) + 1
                label = CORRECTION_LABEL_DAY.match(doc.text, line_at)
                if (
                    arg.kind == "date"
                    and label is not None
                    and line_at <= doc[arg.start].idx < label.end()
                ):
                    # "ERRATUM (5 September 2014): ... should read 29 August": the note's day
                    continue
                taking = TAKING_PART.search(
                    doc.text, c.trigger.sent.start_char, c.trigger.start_char
                ) or (
                    # (not "declared dangerous to navigation from 18 to 26 Sep for naval
                    # firings in connection with the exercise": the closure's days are its)
                    CAUSE_BEFORE.search(doc.text, c.trigger.sent.start_char, c.trigger.start_char)
                    if gov.lemma_.lower() in NOTICE_LEMMAS
                    else None
                )
                if (
                    arg.kind in ("date", "duration")
                    and taking is not None
                    and doc[arg.end - 1].idx < taking.start()
                ):
                    # "Reserved from 19.08.2015 to 31.08.2015 for visiting naval ships ...
                    # taking part in the naval exercise "Joint Sea-2015 (II)"": the days of
                    # what is done for the drill's ships, not the drill's.
                    continue
                purpose = _come_for(c.trigger) if c.event_type not in PATROL_TYPES else None
                if (
                    arg.kind in ("date", "duration")
                    and purpose is not None
                    and head.i not in {x.i for x in purpose.subtree}
                ):
                    # "Crowds gathered yesterday afternoon as a flotilla ... sailed in for the
                    # "Maritime Joint-2012" exercise": the day of the coming, not the drill's.
                    continue
                moved = gov
                if (
                    gov.dep_ in ("advcl", "xcomp")
                    and gov.head.lemma_ in MOTION_VERBS
                    and gov.head.i < head.i < gov.i
                    and any(k.dep_ == "aux" and k.lower_ == "to" for k in gov.children)
                ):
                    # "left for Chengdu, China, on Saturday to take part in the exercise",
                    # the day parsed under "take": the leaving's.
                    moved = gov.head
                if (
                    arg.kind in ("date", "duration")
                    and moved.lemma_ in MOTION_VERBS
                    # "leaves Chabahar on Tuesday ... at the start of Maritime Security Belt"
                    and not (_edge_of(c.trigger) and c.trigger.root.head.head.head.head == gov)
                    # "On Monday, a group of warships left Peter the Great Gulf on what both
                    # ministries call the sixth joint naval patrol": they set out on it.
                    and not (
                        c.event_type in PATROL_TYPES
                        and moved.lemma_ in ("leave", "depart")
                        and any(
                            p.dep_ == "prep" and p.lower_ == "on"
                            and c.trigger.root.i in {x.i for x in p.subtree}
                            for p in moved.children
                        )
                    )
                    and (
                        moved != _governor(c.trigger.root)
                        or _purpose_of(c.trigger.root, gov)
                        # Troops come and go, exercises do not: "'Peace Mission - 2010'
                        # returned to Bishkek on Monday" is a parse of the contingent's return.
                        or c.event_type not in PATROL_TYPES
                    )
                ):
                    # "A contingent left for Russia on Saturday to take part in Tsentr-2019",
                    # "arrived in Vladivostok on Monday for the harbour phase": the day they
                    # left or arrived, not the day the exercise or its phase began.
                    continue
                dist = abs(head.i - c.trigger.root.i)
                same = _governor(head) == _governor(c.trigger.root)
                cost = dist + (0 if same else 20)
                if (
                    arg.kind == "date"
                    and (soon := _at_once_after(head)) is not None
                    and c.trigger.root.i not in {x.i for x in soon.subtree}
                ):
                    # "Immediately after the closing stage on Sunday, ... ships ... began a
                    # joint patrol": the day is also the start of what followed at once.
                    cost -= 15
                shared = (
                    gov.dep_ == "conj"
                    and c.trigger.root.head == gov.head
                    and not any(k.dep_ in ("nsubj", "nsubjpass") for k in gov.children)
                )
                root = c.trigger.root
                if (
                    root.lower_ in PART_WORDS
                    and root.dep_ == "pobj"
                    and root.head.lower_ == "with"
                    and root.head.head == gov
                    and any(
                        k.dep_ in ("nsubj", "nsubjpass") and k.lemma_.lower() in EVENT_SUBJECTS
                        for k in gov.children
                    )
                ):
                    # "The exercise, named Mosi II (...), began last Friday with a harbour
                    # phase": the day is the subject's, however far the name hangs.
                    cost += 30
                in_object = any(
                    k.dep_ == "dobj" and head.i in {x.i for x in k.subtree} for k in gov.children
                )
                if c.trigger.root.dep_ in ("nsubj", "nsubjpass") and not in_object and (
                    (same and c.trigger.root.head == gov)
                    # "the exercise begins on Monday and will last five days, ..., with the
                    # opening ceremony at Chabahar": the second verb's subject is the first's
                    or shared
                ):
                    # "Exercise Mosi ... began on Monday with a harbour phase": the day
                    # is the subject's, not the nearer phase's. (Not one inside the
                    # object: "The drill follows a joint flight ... on June 6 and 7".)
                    cost -= 10 if same else 30
                if arg.kind == "date" and _agent_conjunct_object(gov, c.trigger):
                    # "the same day the two navies concluded Joint Sea-2021, ..., and ended on
                    # Saturday": navies do not end; the parse joined "ended" to the wrong
                    # verb, and the day is not that of the object named there.
                    cost += 30
                if arg.kind in ("date", "duration") and c.extra and _in_gloss_clause(head, c.extra):
                    cost -= 40  # the days of the gloss's drill
                if arg.kind in ("actor", "demonym"):
                    np = head
                    while np.dep_ in NP_LINKS - {"appos", "conj"} and np.head.i != np.i:
                        np = np.head
                    if np.pos_ == "NOUN" and any(
                        k.dep_ in ("appos", "npadvmod") and c.trigger.start <= k.i < c.trigger.end
                        for k in np.children
                    ):
                        # "The naval drill followed ... the Russian-Belarusian strategic
                        # exercise Zapad-2017": the sides of the noun the name stands beside.
                        cost -= 40
                # Dates next to a named edition belong to the other triggers if any.
                if best is None or cost < best[0]:
                    best = (cost, c)
            if best is not None:
                best[1].args.append(arg)

    # -- status -------------------------------------------------------------------------

    @staticmethod
    def _civilian(doc: Doc, sent: Span) -> bool:
        """Sport or civil-defence words in the sentence ("the KHL side", "a fire drill")."""
        return any(
            cue.label_ == "CUE" and cue.kb_id_ == "civilian" and sent.start <= cue.start < sent.end
            for cue in doc.spans.get("rules", [])
        )

    def _status(self, doc: Doc, sent: Span, cand: Candidate) -> str:
        status = "occurred"
        trig_root = cand.trigger.root
        trig_gov = _governor(trig_root)
        ancestors = _scope(trig_root)
        for cue in doc.spans.get("rules", []):
            if cue.label_ != "CUE" or not (sent.start <= cue.start < sent.end):
                continue
            root = cue.root
            if root.dep_ in ("aux", "auxpass", "neg", "advmod") and root.head.i != root.i:
                root_anchor = root.head  # "will" hangs from the verb it marks
            else:
                root_anchor = root
            cue_gov = _governor(root_anchor)
            in_scope = (
                root.i in ancestors
                or root_anchor.i in ancestors
                or root_anchor.i == trig_root.i
                or cue_gov == trig_gov
                or any(t.i in ancestors for t in cue)
                or (cue_gov.i in ancestors and root.dep_ in ("aux", "neg", "advmod"))
                or (root.head == trig_root and root.dep_ in ("amod", "det", "neg"))
                # "patrol to follow", "drills that will be held in July"
                or (cue_gov.head == trig_root and cue_gov.dep_ in ("relcl", "acl"))
            )
            if (
                in_scope
                and cue.kb_id_ in ("planned", "speculative")
                and trig_gov.dep_ == "advcl"
                and (
                    trig_gov.tag_ == "VBD"
                    or (
                        trig_gov.tag_ == "VBN"
                        and not any(k.dep_ in ("aux", "auxpass") for k in trig_gov.children)
                    )
                )
                and any(k.dep_ in ("advmod", "mark") and k.lower_ in ("when", "as")
                        for k in trig_gov.children)
                and not trig_gov.left_edge.i <= root.i <= trig_gov.right_edge.i
            ):
                # "When two Chinese and two Russian bombers formed up ... on Tuesday
                # morning, the leaders ... were preparing to sit down in Tokyo": the plan is
                # the main clause's; the flight was flown
                in_scope = False
            if cue.kb_id_ == "negated" and any(
                o.kb_id_ == "speculative" and o.start <= cue.start < o.end
                for o in doc.spans.get("rules", [])
                if o.label_ == "CUE"
            ):
                continue  # the "not" of "cannot be ruled out"
            if cue.kb_id_ == "negated" and _not_part_of(cand.trigger) is not None:
                continue  # what is not part of the drill is denied, not the drill
            if cue.kb_id_ == "negated" and cue_gov.lemma_.lower() in ("confuse", "conflate"):
                continue  # "It should not be confused with Zapad-2021": told apart, not denied
            if (
                cue.kb_id_ == "negated"
                and cue.start > 0
                and doc[cue.start - 1].text == ","
                and cue.end < len(doc)
                and NOT_THAT_DAY.search(doc[max(cue.start - 2, 0) : cue.end + 1].text + " ")
            ):
                # "The exercise will now end on 25 September, not on 24 September as stated
                # above": the day is set aside, not the drill.
                continue
            if cue.kb_id_ == "negated":
                in_scope = (
                    root.head == trig_root
                    or (root.dep_ == "neg" and root.head == trig_gov)
                    # "the exercise ... has been called off / was cancelled"
                    or (root.dep_ != "neg" and root.i == trig_gov.i)
                )
                if root.lower_ == "no" and root.head != trig_root:
                    in_scope = False
                if (
                    in_scope
                    and root.head == trig_gov
                    and trig_root.dep_ in ("nsubj", "nsubjpass")
                    and trig_root.head == trig_gov
                    and trig_gov.lemma_.lower() not in OCCURRENCE_LEMMAS
                ):
                    # "Vostok-2018 does not make an alliance", "the patrol is not directed
                    # at any third party": said of the drill, not a drill that did not happen.
                    in_scope = False
            if cue.kb_id_ == "planned" and cue[0].lower_ in ("announced",):
                in_scope = in_scope and root.head == trig_root
            if (
                root.dep_ == "amod"
                and root.head.i not in ancestors
                and not cand.trigger.start <= root.head.i < cand.trigger.end
            ):
                # "patrolled along a pre-planned route": the route was planned, while "the
                # planned start of the drills" still plans the drills.
                in_scope = False
            if not in_scope:
                continue
            if cue.start < cand.trigger.start and _foreign_clause(root, cand.trigger):
                continue
            kind = cue.kb_id_
            if (
                kind == "speculative"
                and root.lower_ == "would"
                and cue_gov.dep_ == "ccomp"
                and cue_gov.head.lemma_ in REPORT_VERBS
                and cue_gov.head.tag_ == "VBD"
            ):
                # "the ministry said the navies would conduct a patrol": the "will" of
                # what was said, reported in the past.
                kind = "planned"
            if STATUS_PRIORITY.get(kind, 0) > STATUS_PRIORITY[status]:
                status = kind
        if status == "occurred":
            tags = {t.tag_ for t in trig_gov.children if t.dep_ in ("aux", "auxpass")}
            if trig_gov.tag_ == "VBG" and tags & {"VBZ", "VBP"}:
                status = "ongoing"
        return status

    # -- main ---------------------------------------------------------------------------

    def extract(
        self,
        doc: Doc,
        document: Document,
        cleaned: Cleaned | None = None,
        *,
        dct: date | None,
        dct_anchor: str,
    ) -> list[RawMention]:
        """Mentions in an article parsed as one Doc."""
        views = [SentenceView(i, doc, sent, 0) for i, sent in enumerate(doc.sents)]
        return self.extract_sentences(
            views, text=doc.text, document=document, dct=dct, dct_anchor=dct_anchor
        )

    @staticmethod
    def _article_timexes(
        text: str, dct: date | None, dct_anchor: str
    ) -> dict[tuple[int, int], Timex]:
        tagger = get_tagger()
        tagged = tagger.ranges(text, tagger.tag(text, dct=dct, dct_anchor=dct_anchor))
        return {(t.start, t.end): t for t in tagged}

    def extract_sentences(
        self,
        views: list[SentenceView],
        *,
        text: str,
        document: Document,
        dct: date | None,
        dct_anchor: str,
    ) -> list[RawMention]:
        """Mentions from the sentences of one article, each parsed alone or in context."""
        self._article_text = text
        air_bias = len(AIR_WORDS.findall(text)) >= len(NAVAL_WORDS.findall(text))
        dateline_start = dateline_end = 0
        # The dateline opens the article or its first paragraph after a headline (and a
        # desk's header lines: "GRAPHICS DESK", "FACTBOX / IN NUMBERS", "Moved: ...").
        datelines = [
            match
            for start in [0, *(m.end() for m in re.finditer(r"\n\s*\n", text[:600]))][:6]
            if (
                match := DATELINE.match(text, start)
                or SPACED_DATELINE.match(text, start)
                or DAY_DATELINE.match(text, start)
                or TITLE_DATELINE.match(text, start)
            )
        ]
        # "Nile Valley News Agency (NVNA) — Arabic service" above "Cairo, 16 October
        # (NVNA) — ...": the dateline is the one with the day.
        match = next((m for m in datelines if re.search(r"\d", m.group())), None) or next(
            iter(datelines), None
        )
        if match:
            dateline_start, dateline_end = match.start(), match.end()
        found: list[tuple[SentenceView, list[Candidate]]] = []
        explicit: Counter[str] = Counter()
        superseded = _superseded_days(views, text)
        retracted = _retracted_days(views, text) | superseded
        if UPDATE_QUOTES_FIRST.search(text):
            retracted |= _update_quoted_days(self._article_timexes(text, dct, dct_anchor), text)
        if NOT_A_DRILL_DAY.search(text):
            retracted |= _days_said_outside(views, self._article_timexes(text, dct, dct_anchor))
        if DAY_WAS_OTHER.search(text):
            retracted |= _days_of_other_occasions(
                text, self._article_timexes(text, dct, dct_anchor)
            )
        righted = _correction_days(views, text) - retracted if retracted else set()
        corrected = _corrected_days(views, text, dct)
        notes = _dated_notes(text, dct)
        noted_views: dict[int, date] = {}
        # Sentences of an entry dated on its own (a live blog's stamp, a planner's day)
        self._entry_views: set[int] = set()
        in_context: dict[tuple[int, int], Timex] | None = None
        self._ends_told_before: dict[int, str] = {}
        self._phase_told_after = {
            views[k - 1].index
            for k, view in enumerate(views[1:], 1)
            if ONLY_A_PHASE.search(view.span.text)
        }
        for k, view in enumerate(views[1:], 1):
            if not ENDED_BY_PREVIOUS.search(view.span.text):
                continue
            if in_context is None:
                in_context = self._article_timexes(text, dct, dct_anchor)
            prev = views[k - 1]
            lo, hi = prev.offset + prev.span.start_char, prev.offset + prev.span.end_char
            days = {
                t.start_date
                for (a, _b), t in in_context.items()
                if lo <= a < hi
                and t.granularity == "day"
                and t.start_date is not None
                and t.start_date == t.end_date
                and t.anchor != "unresolved"
            }
            if len(days) == 1:
                # "The second stage is scheduled for tomorrow ... The exercise ends with
                # that stage": the day of the stage told just before.
                self._ends_told_before[view.index] = days.pop().isoformat()
        for view in views:
            doc, sent = view.doc, view.span
            self._where = (text, view.offset)
            cands = self._candidates(doc, sent, view.index)
            if not cands and answers_when(text, view.offset + sent.start_char):
                cands = _faq_answer(doc, sent, view.index)
            if not cands:
                continue
            # Only the dateline itself: a note or headline above it can date the exercise.
            skip = [(dateline_start - view.offset, dateline_end - view.offset)]
            skip += [
                (sent.start_char + st.start(), sent.start_char + st.end())
                for st in PAREN_STAMP.finditer(sent.text)
            ]
            note = NOTE_PREFIX.match(sent.text)
            if note:
                # "Correction, 14 August 2021: ..." is when the note was added.
                skip.append((sent.start_char, sent.start_char + note.end()))
            tagged = doc.user_data.get("timexes", [])
            noted = next(
                (day for a, b, day in notes if a <= view.offset + sent.start_char < b), None
            )
            if noted is not None:
                noted_views[view.index] = noted
                self._entry_views.add(view.index)
                # "UPDATE (Oct. 24): ... the joint patrol ... was completed on Saturday": a
                # note appended later counts its days from its own date.
                tagged = [
                    t
                    for t in get_tagger().tag(doc.text, dct=noted, dct_anchor="publication_date")
                    if sent.start_char <= t.start < sent.end_char
                ]
                # "2007 — ... ends at the Chebarkul range": the entry's year is its day.
                tagged = [
                    replace(
                        t, value=noted.isoformat(), start_date=noted, end_date=noted,
                        granularity="day", anchor="publication_date",
                    )
                    if t.granularity == "year"
                    and t.text == str(noted.year)
                    and t.start - sent.start_char <= 2
                    else t
                    for t in tagged
                ]
                note_at = next(a for a, b, day in notes if a <= view.offset + sent.start_char < b)
                if CORRECTION_MARK.search(text, note_at, note_at + 30):
                    # 'CORRECTION (28 August 2015): ... the spokesperson said the exercise
                    # "will conclude tomorrow"': words quoted from the story keep its day.
                    own = {(t.start, t.end): t for t in doc.user_data.get("timexes", [])}
                    tagged = [
                        own.get((t.start, t.end), t) if _quoted_at(doc.text, sent, t.start) else t
                        for t in tagged
                    ]
            timexes = [t for t in tagged if not any(a <= t.start < b for a, b in skip)]
            if note and CORRECTS.search(sent.text):
                # "CORRECTION: This story corrects the date on which the exercise began ...
                # to Aug. 9 from Aug. 8": the days of the fix, told again in the story.
                timexes = []
            if any(
                t.anchor == "unresolved"
                or PERIOD_ANAPHOR.fullmatch(t.text)
                or WEEKDAY_ANAPHOR.fullmatch(t.text)
                or _the_weekday(t, doc.text[: t.start])
                or _timeline_weekday(t, doc.text)
                for t in timexes
            ):
                # "The patrol concluded the following day": the sentence was parsed alone,
                # so the day it counts from is in the article around it.
                if in_context is None:
                    in_context = self._article_timexes(text, dct, dct_anchor)
                timexes = [_in_context(t, view.offset, in_context, doc.text) for t in timexes]
            if len(doc.text) < len(text) and any(
                t.anchor == dct_anchor and t.granularity == "day" and _yearless_month_day(t)
                for t in timexes
            ):
                timexes = _years_from_before(timexes, text, view, dct, dct_anchor)
            timexes = _months_in_framed_year(timexes, doc.text)
            # "CORRECTION: Our 11:10 update said the exercise would last until Saturday":
            # the day taken back is wrong wherever the article said it.
            timexes = [
                replace(
                    t,
                    value=corrected[t.value].value,
                    start_date=corrected[t.value].start_date,
                    end_date=corrected[t.value].end_date,
                )
                if t.value in corrected
                and not CORRECTION_WORDS.search(sent.text)
                # (unless the sentence tells the righted day too, of another kind of event:
                # "concluded their Joint Sea exercise on Tuesday ... and set out on
                # Wednesday on ... patrol", the patrol's start righted from Tuesday)
                and not (
                    corrected[t.value].value in {x.value for x in timexes}
                    and TWO_KINDS_DRILL.search(sent.text)
                    and TWO_KINDS_PATROL.search(sent.text)
                )
                else t
                for t in timexes
            ]
            # ("concluded their annual Joint Sea exercise on Tuesday ... and set out together
            # on Wednesday on ... patrol", with "UPDATE: An earlier version of this brief
            # said the joint patrol began on Tuesday. The patrol group sailed ... on
            # Wednesday": a sentence already telling the righted day uses the other for
            # something else)
            # (Not a plan's day set aside beside the new one: "had been scheduled to begin on
            # January 9 but started a day late, on Saturday January 10".)
            keep = any(t.value in righted for t in timexes) and bool(
                TWO_KINDS_DRILL.search(sent.text) and TWO_KINDS_PATROL.search(sent.text)
            )
            timexes = [
                t
                for t in timexes
                if t.value not in retracted or (keep and t.value not in superseded)
            ]
            self._assign(cands, self._args(doc, sent, timexes, skip), doc)
            _lend_closing_length(cands)
            for cand in cands:
                cand.status = self._status(doc, sent, cand)
                explicit.update(p["code"] for p in self._participants(doc, sent, cand))
            found.append((view, cands))
        # "The two countries" means the pair the article names as taking part, else the
        # pair it names most often.
        docs = list({id(v.doc): v.doc for v in views}.values())
        doc_pair = self._doc_participants(docs, text, explicit)
        abstain = self._abstainers(docs) | {
            p["code"]
            for p in doc_pair
            if p["code"] in self.abstain_rx
            and any(
                # a relative clause ("..., in which China did not take part") is told of
                # the drill before it, which the parse reads (_abstainers)
                not RELATIVE_BEFORE.search(text, max(m.start() - 12, 0), m.start())
                # "China did not participate in Zapad-2017": that edition only
                and not NAMED_AFTER.match(text, m.end())
                for m in self.abstain_rx[p["code"]].finditer(text)
            )
        }
        if {p["code"] for p in doc_pair} & abstain:
            # "Russia is not participating and has not been invited to observe": the pair
            # the article names is not who drilled.
            doc_pair = []
        mentions: list[RawMention] = []
        scope_start = self.gaz.scope.not_before
        not_before = scope_start.isoformat() if scope_start else None
        # "Russian and Chinese rescuers held a joint exercise on the Amur": when the lead
        # is a civil drill, "this year's exercise" further down is that drill too.
        civil_lead = bool(found) and self._civilian(found[0][0].doc, found[0][0].span)
        # A series named beside the one that stands for it is an alias ("'Friendship-2011'
        # ('Youyi-2011')"), not an edition named apart.
        self._named_series = set()
        for view, cs in found:
            ids = {c.series.id for c in cs if c.series is not None}
            aliased = {
                t for c in cs if c.series is not None for t in c.series.editions_with.values()
            }
            if CONTRASTED.search(view.span.text):
                aliased = set()  # 'Not to be confused with Zapad-2021 is "Zapad/Interaction"'
            self._named_series |= ids - aliased
        for view, cands in found:
            for cand in cands:
                if (
                    civil_lead
                    and cand.series is None
                    and cand.event_type in GENERIC_TYPES | {"exercise"}
                ):
                    continue
                for m in self._build(
                    view.doc,
                    view.span,
                    cand,
                    document,
                    noted_views.get(view.index, dct),
                    dct_anchor,
                    doc_pair,
                    air_bias,
                    mentions,
                ):
                    if cand.series is not None and CONTRASTED_BEFORE.search(
                        view.doc.text[
                            max(view.span.start_char, cand.trigger.start_char - 40) :
                            cand.trigger.start_char
                        ]
                    ):
                        # 'Not to be confused with Zapad-2021 is "Zapad/Interaction-2021",
                        # the Chinese-Russian exercise': that name is neither denied nor
                        # given the other drill's sides.
                        if m.status == "negated":
                            m.status = "occurred"
                        lineup = set(cand.series.line_up(cand.name_year))
                        m.participants = [
                            p for p in m.participants if p["code"] in lineup
                        ] or m.participants
                    end = (m.date or {}).get("end")
                    if not_before and end and end < not_before:
                        continue  # history before the actors followed existed
                    m.trigger_char += view.offset
                    mentions.append(m)
        if RESCHEDULED.search(text):
            # "After a two-day delay ... finally moves out to sea today": the article says
            # the days moved, so its start replaces one planned before.
            for m in mentions:
                m.rescheduled = True
        return mentions

    @staticmethod
    def _abstainers(docs: list[Doc]) -> set[str]:
        """Countries the article says take no part ("China is not involved in the exercise",
        "Russia did not take part in the drills", "China is not a party to this exercise")."""
        out: set[str] = set()
        for d in docs:
            for sp in d.spans.get("gaz", []):
                if sp.label_ not in ("ACTOR", "DEMONYM"):
                    continue
                entry = sp._.entry
                if getattr(entry, "kind", "") not in ("country", "capital", "military"):
                    continue
                if _takes_no_part(sp.root) and not _of_named_other(d, sp.root):
                    out.add(entry.code)
        return out

    def _doc_participants(self, docs: list[Doc], text: str, explicit: Counter[str]) -> list[dict]:
        names: dict[str, str] = {}
        # "Chinese and Russian ships", "China and Russia": the pair written together is
        # who "the two countries" are.
        pairs: Counter[tuple[str, str]] = Counter()
        for d in docs:
            spans = [
                sp
                for sp in d.spans.get("gaz", [])
                if sp.label_ in ("ACTOR", "DEMONYM")
                and getattr(sp._.entry, "kind", "") in ("country", "military", "capital")
            ]
            for a, b in itertools.pairwise(spans):
                between = d.text[a.end_char : b.start_char].strip().lower()
                if between in ("and", "&", "-", "–", "/") and a._.entry.code != b._.entry.code:
                    pair = tuple(sorted((a._.entry.code, b._.entry.code)))
                    if not self.gaz.scope.require_any or set(pair) & self.gaz.scope.require_any:
                        pairs[pair] += 1
        if pairs:
            (first, second), n = pairs.most_common(1)[0]
            if n >= 2 or len(pairs) == 1:
                for code in (first, second):
                    entry = self.gaz.actors.get(code)
                    names[code] = entry.name if entry else code
                return [{"name": names[c], "code": c} for c in (first, second)]
        for code in explicit:
            entry = self.gaz.actors.get(code)
            names[code] = entry.name if entry else code
        countries = [
            (c, n)
            for c, n in explicit.most_common()
            if c in self.gaz.actors and self.gaz.actors[c].kind == "country"
        ]
        if len(countries) >= 2 and (len(countries) == 2 or countries[1][1] > countries[2][1]):
            return [{"name": names[c], "code": c} for c, _ in sorted(countries[:2])]
        counts: Counter[str] = Counter()
        for span in (sp for d in docs for sp in d.spans.get("gaz", [])):
            entry = span._.entry
            if span.label_ in ("ACTOR", "DEMONYM") and getattr(entry, "kind", "") in (
                "country",
                "capital",
                "military",
                "government",
            ):
                counts[entry.code] += 1
                country = self.gaz.actors.get(entry.code)
                names[entry.code] = country.name if country else entry.name
        for m in COMPOUND_PAIR.finditer(text):
            for g in m.groups():
                code = COMPOUND_CODES[g.lower()]
                counts[code] += 1
                names.setdefault(code, "China" if code == "CHN" else "Russia")
        top = [code for code, n in counts.most_common(2) if n >= 2]
        return [{"name": names[c], "code": c} for c in sorted(top)] if len(top) == 2 else []

    @staticmethod
    def _participant_position(token: Token, cand: Candidate) -> bool:
        """Is this actor where participants stand: the drill's subject, its modifier
        ("Chinese and Russian bombers", "Russia's Vostok"), or after with/between/by?"""
        trig = {t.i for t in cand.trigger} | cand.extra
        last = token
        while last.head.i > last.i and last.dep_ in ("compound", "amod", "nmod", "flat"):
            last = last.head
        nxt = token.doc[last.i + 1] if last.i + 1 < len(token.doc) else None
        if (
            nxt is not None
            and nxt.lemma_.lower() in REPORT_VERBS
            and nxt.tag_ in ("VBD", "VBZ", "VBP")
            and last.i not in trig
        ):
            # "..., the North American Aerospace Defense Command said Thursday": who tells
            # of the flight, however the parse hangs the name.
            return False
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if (
            after is not None
            and after.lemma_.lower() in NON_PARTICIPANT_VERBS - {"follow", "visit", "meet", "fight"}
            and after.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and token.i not in trig
            and token.i < cand.trigger.start
        ):
            # "South Korea scrambled fighter jets on Thursday after two Chinese and four
            # Russian military aircraft entered its zone" (the verb parsed as an adjective)
            return False
        np = token
        np = _hyphen_partner(np)
        while np.dep_ in NP_LINKS and np.head.i != np.i and np.i not in trig:
            np = np.head
        if np.i in trig:
            return True
        root = cand.trigger.root
        if any(c.dep_ == "conj" and c.i in trig for c in np.children) or (
            np.head.i == root.head.i
            and np.i != root.i
            and np.dep_ == root.dep_
            and np.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")
        ):
            # "two Russian Tu-95MS and two Chinese H-6 bombers operating ...", coordinated
            # or (as the parser sometimes has it) two objects of one verb.
            return True
        outer = np  # "planes from the Japanese air force shadowed ..."
        while outer.dep_ == "pobj" and outer.head.lower_ in ("from", "of"):
            outer = outer.head.head
            while outer.dep_ in NP_LINKS and outer.head.i != outer.i:
                outer = outer.head
        if outer.dep_ == "nsubj" and outer.head.lemma_.lower() in NON_PARTICIPANT_VERBS:
            return False  # shadowing, intercepting, reporting: not taking part
        gov = _governor(cand.trigger.root)
        verbs = {gov.i}
        v = gov
        while (
            v.dep_ in ("xcomp", "conj")
            and v.head.i != v.i
            and v.head.pos_
            in (
                "VERB",
                "AUX",
            )
            # "Chinese vessels have been locked in a standoff, and the United States and the
            # Philippines are holding their exercises": a clause with its own subject does
            # not share the first one's.
            and not (v.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))
        ):
            v = v.head
            verbs.add(v.i)
        if np.dep_ in ("nsubj", "nsubjpass") and np.head.i in verbs:
            if np.head.lemma_.lower() == "be" and any(
                c.dep_ == "poss" and c.lower_ == "their" for c in cand.trigger.root.children
            ):
                # "The United States and South Korea are in the second week of Freedom
                # Shield 23, their largest combined exercise": "their" is the subject.
                return True
            # "Japan's ministry is on alert for a possible joint flight": a copula's
            # subject is not a party to the flight.
            return np.head.lemma_.lower() not in NON_PARTICIPANT_VERBS | {"be"}
        if np.dep_ == "pobj":
            prep = np.head
            attached = prep.head
            while attached.dep_ in NP_LINKS and attached.head.i != attached.i:
                attached = attached.head
            # "exercises with Iran" / "held by China and Russia", not "counted by Japan".
            if (
                prep.head.lemma_.lower() in BOUNDARY_NOUNS
                or (prep.i > 0 and token.doc[prep.i - 1].lemma_.lower() in BOUNDARY_NOUNS)
            ):
                return False  # "along the border with NATO", however it is attached
            if prep.lower_ in PARTICIPANT_PREPS and (
                attached.i in trig or attached.i in verbs or prep.head.i in trig
            ):
                return True
            if prep.lower_ in ("from", "of") and (
                prep.head.lemma_.lower() in FORCE_NOUNS
                or np.lemma_.lower() in FORCE_NOUNS
                # "Chief of the Russian General Staff Nikolai Makarov and his Chinese
                # counterpart attend consultations on July 22, the first day of the exercise"
                or (prep.lower_ == "of" and prep.head.lemma_.lower() in LEADER_NOUNS)
            ):
                outer = prep.head
                while outer.dep_ in NP_LINKS and outer.head.i != outer.i:
                    outer = outer.head
                return (
                    outer.i in trig
                    or (outer.dep_ in ("nsubj", "nsubjpass") and outer.head.i in verbs)
                    or (outer.dep_ == "pobj" and outer.head.lower_ in PARTICIPANT_PREPS)
                )
        if np.dep_ == "dobj" and np.head.lemma_.lower() in ("involve", "include", "bring"):
            return True
        # "two Chinese H-6K bombers ... flew": whoever's forces do the flying take part,
        # unless those forces are the ones shadowing or intercepting.
        if np.lemma_.lower() not in FORCE_NOUNS or token.dep_ not in (
            "amod",
            "compound",
            "poss",
            "conj",
        ):
            return False
        return (np.dep_ in ("nsubj", "nsubjpass", "dobj") and np.head.i in verbs) or (
            np.dep_ == "pobj" and np.head.lower_ in PARTICIPANT_PREPS | {"by"}
        )

    @staticmethod
    def _announcer(doc: Doc, cand: Candidate) -> bool:
        """Is a single military the one telling of an unqualified drill ("The PLA announced
        the end of the exercises on Wednesday evening")? Then the drill is its own, not the
        pair's the article names elsewhere."""
        gov = _governor(cand.trigger.root)
        if gov.lemma_.lower() not in REPORT_VERBS:
            return False
        return any(
            a.kind == "actor"
            and getattr(a.entry, "kind", "") == "military"
            and doc[a.start : a.end].root.dep_ == "nsubj"
            and doc[a.start : a.end].root.head == gov
            for a in cand.args
        )

    def _participants(self, doc: Doc, sent: Span, cand: Candidate) -> list[dict]:
        found: dict[str, dict] = {}
        for arg in cand.args:
            if arg.kind not in ("actor", "demonym"):
                continue
            entry = arg.entry
            if entry is None or entry.kind not in (
                "country",
                "capital",
                "military",
                "government",
                "organization",
            ):
                continue
            head = doc[arg.start : arg.end].root
            # A table row ("Vostok-2018 | 2018 | Russia, China, Mongolia") has no syntax to
            # read: the countries in the exercise's row are its participants.
            table_row = sent.text.count("|") >= 2 and entry.kind == "country"
            # "two Russian Tu-95 and two Chinese H-6 bombers operating ...": a demonym on a
            # platform of the sortie names who flew it, whatever the parse makes of it.
            crews = arg.kind == "demonym" and any(
                a.kind == "platform"
                and 0 <= a.start - arg.end <= 1
                # the sortie's own aircraft, in the trigger's phrase
                and cand.trigger.start - 12 <= a.start
                and a.end <= cand.trigger.end
                for a in cand.args
            )
            if _takes_no_part(head):
                continue  # "Neither China nor Russia is participating in the exercise"
            if (
                not (table_row or crews)
                and not self._participant_position(head, cand)
                # "A Chinese naval fleet and a Russian naval fleet on Monday set off on a
                # joint patrol, the command said": the fleets are the patrol's subject.
                and not _beside_trigger(head, _governor(head), cand.trigger)
            ):
                continue
            gov = _governor(head)
            code = entry.code
            country = self.gaz.actors.get(code)
            name = country.name if country and country.kind == "country" else entry.name
            role = "participant"
            if gov.lemma_ == "host" and head.dep_ == "nsubj":
                role = "host"
            found.setdefault(code, {"name": name, "code": code, "role": role})
        if cand.event_type == "air_patrol":
            # "two H-6Ks flew with two Russian Tu-95MS bombers": a bomber only one air
            # force flies names its crews where it stands as the flight's subject.
            for arg in cand.args:
                entry = arg.entry
                code = getattr(entry, "country", None)
                if (
                    arg.kind == "platform"
                    and code
                    and getattr(entry, "category", "") == "strategic_bomber"
                    and code not in found
                    and code in self.gaz.actors
                    and doc[arg.start : arg.end].root.dep_ in ("nsubj", "nsubjpass")
                    and self._participant_position(doc[arg.start : arg.end].root, cand)
                ):
                    found[code] = {
                        "name": self.gaz.actors[code].name, "code": code, "role": "participant"
                    }
        for m in COMPOUND_PAIR.finditer(sent.text):
            for g in m.groups():
                code = COMPOUND_CODES[g.lower()]
                found.setdefault(
                    code,
                    {
                        "name": "China" if code == "CHN" else "Russia",
                        "code": code,
                        "role": "participant",
                    },
                )
        return sorted(found.values(), key=lambda p: p["code"])

    def _build(
        self,
        doc: Doc,
        sent: Span,
        cand: Candidate,
        document: Document,
        dct: date | None,
        dct_anchor: str,
        doc_pair: list[dict],
        air_bias: bool,
        previous: list[RawMention],
    ) -> list[RawMention]:
        si = cand.sent_index
        if cand.trigger.id_.split(":", 1)[-1] == "pronoun-phase" and any(
            c.dep_ == "xcomp" and c.tag_ in ("VBG", "VB") for c in cand.trigger[-1].children
        ):
            return []  # "they start loading the trains home tomorrow": the loading's start
        if _dropped_subject(cand.trigger) and (
            any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in cand.trigger.root.children)
            or re.match(r"\s+by\b", doc.text[cand.trigger.end_char : cand.trigger.end_char + 4])
        ):
            return []  # "Closed by Tsushima_Current (talk) 10:42": a page's closing, by someone
        if (
            not (cand.series or cand.title)
            and (
                kind_of := re.match(
                    r"\s+of\s+(?:this|that|such\s+a|its|the\s+same)\s+"
                    r"(?:type|kind|sort|scale|size)\b",
                    doc.text[cand.trigger.end_char : cand.trigger.end_char + 30],
                    re.I,
                )
            )
            # ("began two days of joint naval manoeuvres ... on Monday, the first exercise of
            # its kind between the two countries": the drill reported, first of its kind)
            and not (
                " its " in kind_of.group(0).lower()
                and any(
                    c.tag_ == "JJS" or c.lower_ in ("first", "only")
                    for c in cand.trigger.root.children
                )
            )
        ):
            return []  # "for the first time in a drill of this type": a kind of drill
        if cand.trigger.id_.split(":", 1)[-1] == "pronoun-phase" and any(
            c.dep_ == "dobj"
            and c.i > cand.trigger[-1].i  # (not "A: It will conclude ...", a label)
            and c.lemma_.lower() not in EVENT_SUBJECTS | PART_WORDS
            # ("It will conclude tomorrow": the day parsed as an object)
            and c.lower_ not in ("today", "tomorrow", "yesterday", "tonight")
            and c.ent_type_ not in ("DATE", "TIME")
            for c in cand.trigger[-1].children
        ):
            # "It began its return journey on Sept 20, three days after the final events of
            # the exercise": what began is the object
            return []
        if cand.trigger.id_.split(":", 1)[-1] == "pronoun-phase" and _they_are_the_sayers(
            cand.trigger[0], doc
        ):
            return []  # "Ski areas ... say they plan to open next weekend"
        if cand.trigger[-1].lower_ in ("ceremony", "ceremonies"):
            after = doc[cand.trigger.end : min(cand.trigger.end + 4, sent.end)]
            if len(after) and after[0].lower_ == "of" and not any(
                t.lemma_.lower() in EVENT_SUBJECTS for t in after
            ):
                return []  # "the opening ceremony of the Games"
        if self._civilian(doc, sent):
            return []  # "the KHL side Admiral held three days of joint drills"
        if not (cand.series or cand.title) and any(
            c.dep_ == "amod" and c.lower_ == "allied" for c in cand.trigger.root.children
        ):
            # "American and South Korean forces were finishing their own annual Foal Eagle
            # field training. That allied exercise ended on Monday.": Beijing and Moscow
            # are no allies; the drill is the other camp's.
            return []
        line = doc.text[: cand.trigger.start_char].rsplit("\n", 1)[-1]
        if TAG_LABEL.search(line):
            return []
        if not (cand.series or cand.title) and _asked(cand.trigger, sent):
            return []  # "Will China hold any joint exercises with Russia this summer?"
        if cand.event_type in PATROL_TYPES and re.search(
            r"\b(?:close\s+to|near|towards?)\b", cand.trigger.text, re.I
        ):
            return []  # "fighters flew close to Japanese aircraft": an encounter, no sortie
        evidence: dict[str, set[int]] = {}
        sent_text = sent.text

        # Dates: "since 2012" starts a series; a list of years is one event per year.
        dates: list[Timex] = []
        since: Timex | None = None
        until: Timex | None = None
        window: dict | None = None
        trig_tokens = {t.i for t in cand.trigger} | cand.extra
        trig_gov = _governor(cand.trigger.root)
        sets = [
            a
            for a in cand.args
            if a.kind == "set"
            and (
                doc[a.start : a.end].root.head.i in trig_tokens
                or a.start in trig_tokens
                or (
                    _governor(doc[a.start : a.end].root) == trig_gov
                    and doc[a.start : a.end].root.dep_ in ("advmod", "npadvmod", "pobj", "prep")
                )
            )
        ]
        duration = None
        superlative = any(
            c.tag_ == "JJS" or c.lower_ == "first" for c in cand.trigger.root.children
        )
        upcoming = any(
            c.lower_ in ("upcoming", "forthcoming") for c in cand.trigger.root.children
        )
        for arg in cand.args:
            tx = arg.timex
            if tx is None:
                continue
            before = doc[max(arg.start - 2, 0) : arg.start].text.lower()
            if arg.kind == "duration":
                first = doc[arg.start]
                if re.search(r"\bby\s*$", before) and _governor(
                    doc[arg.start : arg.end].root
                ).lemma_.lower() in POSTPONE_LEMMAS | {
                    "push", "move", "bring", "extend", "prolong", "lengthen", "shorten", "cut",
                }:
                    # "postponed by two days", "had been extended by one day": the shift,
                    # not the exercise's length
                    continue
                nxt = doc[arg.end].lower_ if arg.end < len(doc) else ""
                if (
                    nxt == "of"
                    and re.search(r"\bafter\s*$", before)
                    # (not "closed on Wednesday after seven days of activity")
                    and _phase_of(_governor(doc[arg.start : arg.end].root)) != "end"
                ):
                    # "entered its field phase over the weekend after two days of
                    # command-post work": what came before, not its length
                    continue
                if nxt in ("after", "before", "later", "earlier", "ago"):
                    continue  # "a day after wrapping up a five-day exercise": an offset
                if re.search(
                    r"\b(?:more|further|additional|remaining|another|extra)\b",
                    doc[max(arg.start - 1, 0) : arg.end].text,
                    re.IGNORECASE,
                ):
                    continue  # "went on without us for three more days": what was left
                if re.match(
                    r"\s*(?:in|during)\s+which\b|\s*that\s+(?:saw|brought)\b",
                    doc.text[doc[arg.end - 1].idx + len(doc[arg.end - 1]) :][:20],
                    re.IGNORECASE,
                ):
                    continue  # "closing a year in which the two fleets exercised": no length
                if nxt == "on" and (
                    arg.end + 1 >= len(doc) or doc[arg.end + 1].is_punct
                ):
                    continue  # "Vostok-2018, three weeks on:": the time since, an offset
                if superlative and re.search(r"\bin(?:\s+(?:over|almost))?$", before.strip()):
                    continue  # "its largest naval exercise in three decades": no length
                if re.search(
                    r"\b(?:first|\w{3,}est)\s+(?:\w+\s+)?in(?:\s+(?:over|almost|nearly|more\s+than))?$",
                    doc[max(arg.start - 4, 0) : arg.start].text.lower(),
                ):
                    continue  # "the third such drill ... and the first in nine years"
                prev = doc[arg.start - 1].lower_ if arg.start else ""
                held_by = doc[arg.start : arg.end].root.head
                if (
                    doc[arg.start : arg.end].root.dep_ in ("compound", "amod", "nummod")
                    and held_by.lemma_.lower() in SHIFT_NOUNS
                ):
                    continue  # "ran from Tuesday to today after a one-day weather delay"
                if (
                    doc[arg.start : arg.end].root.dep_ in ("compound", "amod", "nummod")
                    and held_by.lower_ in EVENT_SUBJECTS | PART_WORDS | SPAN_NOUNS
                    and held_by.i not in trig_tokens
                    and not arg.start <= held_by.i < arg.end
                    # ("..., closing an eight-day drill": the drill told again as an object)
                    and (
                        held_by.dep_ == "pobj"
                        or any(k.dep_ == "poss" for k in held_by.children)
                    )
                ):
                    # "The patrol follows directly on a four-day exercise, ...", "the
                    # second this year, following June's two-day flight": the length of
                    # what it names, not of this one.
                    continue
                if first.lower_ == "last" and (
                    first.pos_ in ("VERB", "AUX")
                    # "will open on May 11 and last 15 days": tagged an adjective there
                    or prev in ("will", "would", "to", "and", "shall", "should", "could", "may",
                                "might", "'ll")
                ):
                    # "the drills would last four days": how long, not the past four days.
                    m_ = re.search(
                        r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\b",
                        tx.text.lower(),
                    )
                    if m_:
                        n_ = WORD_NUMBERS.get(m_.group(1)) or int(m_.group(1))
                        duration = f"P{n_}D"
                    continue
                if nxt == "of" and re.search(r"\b(?:past|last|previous)\b", tx.text.lower()):
                    continue  # "the last day of the active phase": a day, not a span
                if re.match(r"the (?:first|final|initial|opening|closing) (?:day|week)$",
                            tx.text.lower()):
                    continue  # "held on the first day": which day, not how many
                if re.search(r"\b(?:past|last|previous)\b", tx.text.lower()) or (
                    re.search(r"\b(?:during|over|in|for) the\s*$", before + " ")
                    and "past" in tx.text.lower()
                ):
                    window = _past_window(tx, dct, dct_anchor)
                elif tx.value and tx.value.startswith("P") and "X" not in tx.value:
                    duration = tx.value
                continue
            if arg.kind != "date":
                continue
            if tx.value and tx.value.endswith("_REF"):
                continue
            if (
                upcoming
                and dct is not None
                and tx.granularity == "day"
                and tx.start_date is not None
                and tx.start_date <= dct
            ):
                # "issued a statement on Saturday on the upcoming joint exercise": a drill
                # still to come was not held on or before the day of the report.
                continue
            if re.fullmatch(
                r"(?:(?:later|earlier)\s+in\s+the\s+day|(?:(?:in|during)\s+)?the\s+"
                r"(?:morning|afternoon|evening|night))",
                tx.text,
                re.I,
            ):
                # "Later in the day, the four aircraft flew on", "The four bombers flew south
                # ... in the afternoon": the day told before, which the tagger, reading the
                # sentence alone, takes for the report's.
                continue
            told_on = _governor(_date_head(doc, arg.start, arg.end))
            if (
                told_on.lemma_.lower() in ANNOUNCE_LEMMAS
                and _governor(cand.trigger.root).i == told_on.i
                and _told_thing(cand.trigger.root).dep_ in ("dobj", "nsubjpass")
                and not _sortie_made_known(cand, told_on)
            ):
                continue  # "had announced the exercise on July 15": the announcement's day
            if tx.type == "TIME" and BARE_CLOCK.fullmatch(tx.text):
                # "at around 11:52 a.m. (KST)": the hour, on a day the sentence leaves to
                # the one before it; taken alone it would say "today".
                continue
            if tx.anchor == "unresolved" and PAST_SPAN.search(tx.text):
                window = {
                    "text": tx.text,
                    "value": None,
                    "start": None,
                    "end": None,
                    "granularity": tx.granularity,
                    "anchor": "unresolved",
                    "mod": None,
                }
                continue
            if _superseded(doc[arg.start : arg.end].root):
                continue  # "had originally been announced for 15 to 26 September"
            if re.search(r"\bsince\s*$", before) or tx.text.lower().startswith("since"):
                # ("have been exercising ... since Friday, in the first naval drills ...": the
                # day comes before the superlative noun, so it compares nothing)
                if not superlative or arg.end <= cand.trigger.start:
                    since = tx
                # "the largest manoeuvres since the Soviet era" compares; it dates nothing.
                continue
            if (
                re.search(r"\b(?:until|till|through|to)\s*$", before)
                and not re.search(
                    r"\b(?:moved|postponed|shifted|rescheduled|changed|back|forward)\s+to\s*$",
                    doc[max(arg.start - 3, 0) : arg.start].text,
                )
                # ("statements also date the patrol to Wednesday": its day)
                and _governor(doc[arg.start : arg.end].root).lemma_.lower() != "date"
            ):
                until = tx  # "will last until September 7": the end of the exercise
                continue
            if re.search(r"\b(?:before|after|by)\s*$", before):
                continue
            wider = doc[max(arg.start - 3, 0) : arg.start].text.lower()
            if re.search(r"\bnot\s+(?:from|on|in|between|until)?\s*$", wider + " "):
                continue  # "held from 9 to 13 August, not from 10 to 14 August"
            if (
                tx.anchor == dct_anchor
                and tx.granularity in ("month", "day")
                and tx.start_date is not None
                and dct is not None
                and tx.start_date.year == dct.year
                and re.match(
                    r"last\s+year['’]s\b", doc[cand.trigger.start : cand.trigger.end].text, re.I
                )
            ):
                # "Last year's edition took place in March": last year's March
                tx = _shift_years(tx, -1)
            dates.append(tx)

        plural = (
            cand.trigger.root.tag_ in ("NNS", "NNPS") or cand.trigger.root.lower_.endswith("s")
            # ("Wraps up today per the Venezuelan navy.": a verb, parsed as a plural noun)
        ) and not _dropped_subject(cand.trigger)
        if plural and cand.series is None and (
            _habitual(cand.trigger.root)
            # "the repeated joint flights are clearly intended as a show of force": the
            # flights in general, not one of them.
            or any(
                c.dep_ == "amod" and c.lower_ in REPEATED_MODS for c in cand.trigger.root.children
            )
        ):
            # "Patrols have tended to cluster in two windows, around May-July and
            # November-December": what they usually do, not one that was held.
            return []
        if (
            plural
            and cand.series is None
            and cand.strength == "weak"
            and cand.trigger.root.dep_ == "dobj"
            and cand.trigger.root.head.lemma_.lower() in STEPPED_UP
            and not any(c.dep_ in ("det", "poss", "nummod") for c in cand.trigger.root.children)
        ):
            # "The JCS said it had stepped up patrols around the islets on Wednesday": more
            # of them, not one drill.
            return []
        named_edition = bool(
            cand.series is not None
            and not (cand.name_year or cand.numeral or dates)
            and dct is not None
            and (
                (
                    cand.status in ("occurred", "ongoing")
                    and not cand.extra
                    and (
                        (si <= 3 and _opens_or_closes(cand.trigger.root))
                        or AS_CALLED.match(doc.text, cand.trigger.end_char)
                    )
                )
                # 'Segment 3 of 6: "Vostok" war games', a title over the day's report.
                or (
                    cand.status in ("occurred", "ongoing")
                    and si <= 3
                    and not re.search(r"[.!?][\"'”’)]*\s*$", sent_text)
                    and TITLE_EVENT_NOUN.match(doc.text, cand.trigger.end_char) is not None
                )
                # "sail into Cape Town this weekend ahead of Exercise Mosi": the military
                # style names the edition at hand.
                or (
                    cand.status in ("occurred", "ongoing", "planned")
                    and cand.trigger.start > sent.start
                    and doc[cand.trigger.start - 1].text == "Exercise"
                    and not re.search(r"\bseries\b", sent_text, re.I)
                )
            )
        )
        if named_edition and "{year}" in cand.series.name_format:
            # A headline's '"Joint Sea" week ends with gunfire in the bay': the edition of
            # the report's year is opening or closing. "This was strictly bilateral -
            # Hand-in-Hand, as it's called": the name of the drill reported.
            cand.name_year = dct.year
        is_series = bool(
            (cand.series is not None and cand.name_year is None)
            or (sets and (plural or not dates))
            or (since is not None and plural and not _one_drill_since(since, cand))
            or (plural and SERIES_WORDS.search(self._np_and_adverbs(doc, cand)) and not dates)
            or (window is not None and plural)
        )
        if cand.series is not None and (cand.name_year or cand.numeral or dates):
            # "Vostok-2018" or "“cooperation” in 2007, 2013..." are editions, not the series.
            is_series = False
        naming = bool(
            cand.series is not None
            and NAMING_WORDS.search(
                doc[max(cand.trigger.start - 3, sent.start) : cand.trigger.start].text
            )
        )
        if naming or named_edition:
            # "The drills, called Marine Security Belt, started ...": a name given to the
            # drills the article reports, not talk of the series.
            is_series = False

        # Type: generic words take their meaning from the words around them.
        event_type = cand.event_type
        assets = self._assets(doc, cand)
        cats = {a["category"] for a in assets}
        if event_type == "patrol":
            air = bool(cats & AIR_CATEGORIES) or bool(AIR_WORDS.search(cand.trigger.text))
            naval = bool(cats & NAVAL_CATEGORIES) or bool(NAVAL_WORDS.search(cand.trigger.text))
            if not air and not naval:
                air = bool(AIR_WORDS.search(sent_text))
                naval = bool(NAVAL_WORDS.search(sent_text)) and not air
            event_type = (
                "naval_patrol"
                if naval and not air
                else ("air_patrol" if air or air_bias else "naval_patrol")
            )
        troops = self._troops(sent_text)
        terror = re.search(
            r"\b(?:counter|anti)[- ]?terror\w*\s+(?:exercises?|drills?|training)\b|"
            r"\b(?:exercises?|drills?|training)\s+against\s+terror",
            sent_text,
            re.I,
        )
        if (
            event_type == "exercise"
            and cand.series is not None
            and terror
            # ("with live-fire drills, counter-terrorism training and a rescue component":
            # one item of a list of what it includes)
            and not (
                sent_text[: terror.start()].rstrip().endswith(",")
                and re.match(r"\s*(?:,|and\b)", sent_text[terror.end() :])
            )
        ):
            # A series of plain exercises (INDRA, Defenders of Friendship) whose edition is
            # called a counter-terrorism exercise; "will focus on counter-terrorism
            # operations" is its theme and leaves it a plain one.
            event_type = "counter_terrorism_exercise"
        if (
            event_type in ("exercise", "command_post_exercise")
            and cand.series is None
            and MISSILE_DEFENCE.search(
                doc[
                    max(cand.trigger.start - 4, sent.start) : min(cand.trigger.end + 4, sent.end)
                ].text
            )
        ):
            # "a joint missile-defence command exercise", "a command-staff exercise on missile
            # defence": what it rehearses, not its format, is its type.
            event_type = "missile_defense_exercise"
        # A series the knowledge base calls a plain exercise (Golden Dragon, Selenga) stays
        # one: its army drills with a naval component are not naval exercises.
        if event_type == "exercise" and cand.series is None:
            window_text = doc[max(cand.trigger.start - 4, sent.start) : cand.trigger.end].text
            sea_places = any(
                getattr(a.entry, "kind", "")
                in ("sea", "ocean", "strait", "gulf", "bay", "waters", "channel")
                for a in cand.args
                if a.kind == "place"
            )
            if (
                re.search(r"\b(?:naval|navy|maritime|sea)\b", window_text, re.I)
                or (cats and cats <= NAVAL_CATEGORIES)
                or (
                    (sea_places or NAVAL_WORDS.search(sent_text))
                    and not AIR_WORDS.search(sent_text)
                    and not LAND_WORDS.search(sent_text)
                )
            ):
                event_type = "naval_exercise"
            elif (troops and troops["value"] >= 10000) or re.search(
                r"\bstrategic\b", window_text, re.I
            ):
                event_type = "strategic_exercise"
            elif re.search(r"\b(?:counter|anti)[- ]?terror", sent_text, re.I):
                # "The drills will last until July 19 and will focus on counter-terrorism"
                event_type = "counter_terrorism_exercise"

        participants = self._participants(doc, sent, cand)
        implied: set[str] = set()  # codes the article's usual pair supplies, not the sentence
        named_here = len(participants)
        scope = self.gaz.scope.require_any
        named = {
            p["code"]
            for p in participants
            if p["code"] in self.gaz.actors and self.gaz.actors[p["code"]].kind == "country"
        }
        if scope and len(named) >= 2 and not scope & named:
            return []  # the article names who drilled, and they are not followed here
        # "Indian and Pakistani soldiers took part in a Peace Mission drill" can make IND-PAK
        # the article's pair; a series' own line-up excludes a pair of outsiders.
        edition_year = cand.name_year
        if edition_year is None:
            # "The previous Vostok exercise, held in 2010": the year its dates give.
            years = {t.start_date.year for t in dates if t.start_date}
            edition_year = years.pop() if len(years) == 1 else None
        lineup = cand.series.line_up(edition_year) if cand.series is not None else []
        if cand.series is not None and len(lineup) == 1 and len(participants) < 2:
            # "Vostok-2014", before China first took part: a national drill.
            return []
        outsiders = (
            cand.series is not None
            and bool(lineup)
            and not {p["code"] for p in doc_pair} & set(lineup)
        )
        named_codes = {p["code"] for p in participants}
        # A note on Zapad-2021 with Belarus that names the Chinese-Russian
        # "Zapad/Interaction-2021" apart: the article's China-Russia pair is that edition's.
        others_pair = cand.series is not None and any(
            code in {p["code"] for p in doc_pair} and target in self._named_series
            for code, target in cand.series.editions_with.items()
        )
        if (
            len(participants) < 2
            and doc_pair
            and not outsiders
            and not others_pair
            and (
                PAIR_WORDS.search(sent_text)
                or cand.series is not None
                or (not participants and not self._announcer(doc, cand))
                # "The eighth patrol ... brought Chinese bombers": a numbered joint patrol
                or (
                    self._ordinal(doc, sent, cand)
                    and participants[0]["code"] in {p["code"] for p in doc_pair}
                )
            )
        ):
            codes = {p["code"] for p in participants}
            implied = {p["code"] for p in doc_pair if p["code"] not in codes}
            participants += [
                dict(p, role="participant") for p in doc_pair if p["code"] not in codes
            ]
            participants.sort(key=lambda p: p["code"])
        from_lineup: set[str] = set()
        if cand.series is not None and len(participants) < 2 and lineup:
            # The text names none: the series' usual line-up ("Mosi": CHN, RUS, ZAF).
            codes = {p["code"] for p in participants}
            from_lineup = {c for c in lineup if c not in codes and c in self.gaz.actors}
            participants += [
                {"name": self.gaz.actors[c].name, "code": c, "role": "participant"}
                for c in lineup
                if c not in codes and c in self.gaz.actors
            ]
            participants.sort(key=lambda p: p["code"])
        if cand.series is not None and cand.series.editions_with and cand.status != "negated":
            # "China hosted the Zapad-2021 in Ningxia": the edition another series names.
            # The article's pair counts only when the article does not name that edition
            # apart: a note on Zapad-2021 with Belarus may compare it with the drill that
            # Beijing titled "ZAPAD/INTERACTION-2021".
            places = {
                a.entry.country
                for a in cand.args
                if a.kind == "place" and getattr(a.entry, "country", None)
            }
            # '"Western·Joint-2021"; Russian sources use "Zapad/..."': named side by side.
            beside = {
                sp.id_.partition(":")[2]
                for sp in doc.spans.get("gaz", [])
                if sp.label_ == "SERIES" and sent.start <= sp.start < sent.end
            }
            # "A joint counter-terrorism exercise between the armies of Pakistan and China,
            # codenamed Friendship-2011": the sides of the drill the name is given to.
            given = (
                {
                    getattr(sp._.entry, "code", None)
                    for sp in doc.spans.get("gaz", [])
                    if sp.label_ in ("ACTOR", "DEMONYM") and sent.start <= sp.start < sent.end
                }
                if naming
                else set()
            )
            target = next(
                (
                    s
                    for code, s in cand.series.editions_with.items()
                    if code in named_codes | places | given
                    or (
                        code in {p["code"] for p in participants}
                        and (s not in self._named_series or s in beside)
                    )
                ),
                None,
            )
            if target is not None:
                cand.series = self.gaz.series[target]
                if from_lineup:
                    # The line-up lent was the other series': "Friendship-2011" with China
                    # is Youyi (CHN, PAK), not Druzhba (RUS, PAK).
                    participants = [p for p in participants if p["code"] not in from_lineup]
                    codes = {p["code"] for p in participants}
                    participants += [
                        {"name": self.gaz.actors[c].name, "code": c, "role": "participant"}
                        for c in cand.series.participants
                        if c not in codes and c in self.gaz.actors
                    ]
                    participants.sort(key=lambda p: p["code"])
        if cand.series is not None and cand.series.host and cand.name_year:
            # An edition of a national series ("Vostok-2022") always has its host in it.
            host = cand.series.host
            if host not in {p["code"] for p in participants} and host in self.gaz.actors:
                participants.append(
                    {"name": self.gaz.actors[host].name, "code": host, "role": "host"}
                )
                participants.sort(key=lambda p: p["code"])

        locations = self._locations(doc, cand)

        name = None
        if cand.series is not None and cand.numeral:
            name = f"{cand.series.name} {cand.numeral}"
        elif cand.series is not None and cand.name_year:
            name = cand.series.name_format.format(name=cand.series.name, year=cand.name_year)
            if cand.stage:
                name += f" ({cand.stage})"
        elif cand.series is not None:
            name = cand.series.name
        elif cand.title is not None:
            name = cand.title

        anchored = bool(
            cand.series is not None
            or cand.title is not None
            or dates
            or since
            or window
            or locations
            or assets
            or troops
            or duration
            or until
            or sets
        )
        if (
            not anchored
            and cand.strength == "strong"
            and len(participants) >= 2
            and cand.trigger.root.dep_ == "ROOT"
            and FACT_LINE_NEXT.match(
                getattr(self, "_article_text", ""),
                max(getattr(self, "_article_text", "").find(sent.text), 0) + len(sent.text),
            )
            and sent.text in getattr(self, "_article_text", "")
        ):
            # "Sino-Russian naval joint exercise." over "Period: from 0000 hrs 22 April 2012
            # to 2400 hrs 27 April 2012.": a notice's heading, its days on the next line.
            anchored = True
        if (
            not anchored
            and cand.strength == "strong"
            and cand.status in ("speculative", "planned", "ongoing")
            and len(participants) >= 2
            and not plural
        ):
            # Plans, speculation and "the ships are conducting a joint naval patrol" rarely
            # carry dates; a named pair and a specific kind do.
            anchored = True
        begun_pair = (
            not anchored
            and (
                cand.strength == "strong"
                or any(c.lower_ == "joint" for c in cand.trigger.root.children)
            )
            and len(participants) >= 2
            and not plural
            and cand.trigger.root.dep_ == "dobj"
            and _phase_of(cand.trigger.root.head) == "start"
        )
        if begun_pair:
            # "the Russian defence ministry said the ships had begun a joint patrol with the
            # Chinese vessels": one patrol, begun.
            anchored = True
        part = (
            cand.trigger.root.lower_ in PART_WORDS
            or cand.trigger[0].lower_ in ("they", "it")
            or _is_label(cand.trigger)
            or cand.trigger.id_.split(":", 1)[-1] == "dates-as"
            or cand.trigger[-1].lower_ in ("ceremony", "ceremonies")
        )
        # "a second leg had been flown that day": the leg is numbered, not the patrol.
        number = None if is_series or part else self._ordinal(doc, sent, cand)
        if number and not plural:
            anchored = True  # "the third joint naval patrol" is one particular patrol
        trig_words = {
            t.lower_ for t in doc[max(cand.trigger.start - 3, sent.start) : cand.trigger.start]
        }
        # "The eight-day drill": the article can sit more than three words before the noun.
        definite = (
            bool(trig_words & DEFINITE)
            or cand.trigger[0].lower_ in DEFINITE
            # "Wrapped up yesterday as advertised.": the drill just spoken of
            or _dropped_subject(cand.trigger)
            or any(
                c.dep_ in ("det", "poss") and c.lower_ in DEFINITE and c.i < cand.trigger.start
                for c in cand.trigger.root.children
            )
            # "The ministry described the event as a joint command-staff exercise": what
            # the thing spoken of is called
            or _described_as(cand.trigger)
            # "The Shanghai Cooperation Organisation's largest exercise so far ended"
            or any(
                c.dep_ == "poss"
                and c.i < cand.trigger.start
                and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.subtree)
                for c in cand.trigger.root.children
            )
        )
        if (
            definite
            and plural
            and not (dates or since or window or locations or assets or troops or duration or until)
            and cand.series is None
            # ("The ceremony marks the start of the drills": these drills, begun now)
            and _phase_of(_governor(cand.trigger.root)) is None
        ):
            # "these exercises", "the joint drills": talk about exercises in general.
            return []
        if (
            plural
            and not (dates or since or window or sets or until or cand.series is not None)
            and cand.status == "occurred"
            # "intercepted four foreign bombers ... flying in the ADIZ": counted aircraft
            # are one sortie.
            and not any(
                c.dep_ == "nummod" and c.like_num
                for t in cand.trigger
                if t.lower_ in SORTIE_NOUNS
                for c in t.children
            )
            and not (definite and _phase_of(_governor(cand.trigger.root)) is not None)
        ):
            # "their previous joint bomber flights stayed in the region": no one occasion.
            return []
        reference = False
        # "A reader asks whether the opening ceremony was today. No — it was held yesterday
        # afternoon": a pronoun standing for a ceremony tells the ceremony's day.
        ceremony_pronoun = False
        counted_back: dict | None = None
        began, ended = self._phases(
            doc,
            cand,
            dct,
            dct_anchor,
            entry=cand.sent_index in self._entry_views,
            article=getattr(self, "_article_text", doc.text),
        )
        if began and cand.trigger.root.dep_ == "pobj" and _subject_enters_part(cand.trigger):
            # "Ships ... moved to the at-sea phase of their joint exercise yesterday": the
            # sea phase began then, not the exercise.
            began = None
        # "The patrol, which set out on July 1, ...": the start or end of the patrol the
        # article has just reported, not another one.
        # "The exercise is scheduled to be held from September 16 to 21": the definite
        # article points back at the exercise just reported, and dates it.
        phase_ref = part or bool(
            definite
            and (
                not plural
                # "took part in the drills, which began on 24 August": those just named
                or all(
                    (g := _governor(doc[a.start : a.end].root)).dep_ == "relcl"
                    and g.head.i == cand.trigger.root.i
                    and a.timex is not None
                    and a.timex.granularity == "day"
                    for a in cand.args
                    if a.kind == "date"
                )
            )
            and dates
            and cand.series is None
            and not number
            and not is_series
            and self._dates_its_own(doc, cand)
        )
        first_day = (
            began or ended or next((t.start_date.isoformat() for t in dates if t.start_date), None)
        )
        # "have been holding a joint exercise since the 20th": it began that day.
        running_since = bool(
            since is not None
            and since.granularity == "day"
            and since.start_date
            and (not plural or _one_drill_since(since, cand))
        )
        if began is None and ended is None and (edge := _day_next_to(doc, cand, dct)) is not None:
            # "They are due to arrive in Vladivostok on Sunday, the day before the exercise
            # begins": the drill's first day is the next one.
            if edge[0] == "start":
                began = edge[1]
            else:
                ended = edge[1]
            # ("moored in Vladivostok on Thursday, the day before the start of Joint
            # Sea-2025": Thursday is not one of its days)
            dates = [t for t in dates if (t.start, t.end) != (edge[2].start, edge[2].end)]
        if running_since and began is None:
            began = since.start_date.isoformat()
        if (
            since is not None
            and not is_series
            and not running_since
            and not (dates or locations or assets)
        ):
            # "their sixth joint air patrol since 2019" counts patrols; it dates none.
            anchored = bool(cand.series is not None or window or troops or duration or sets)
        own_dates = [
            t
            for t in dates
            if not (cand.trigger.start_char <= t.start < cand.trigger.end_char)
            # "called ZAPAD/INTERACTION-2021 by Moscow and Western·Interaction-2021 by
            # Beijing": the year of another spelling of the name dates nothing new.
            and not re.search(r"[^\W\d_]-$", doc.text[max(t.start - 2, 0) : t.start])
        ]
        if (
            naming
            and (
                not own_dates  # "known as “cooperation” in 2007, 2013 ..." lists editions
                # 'named "Marine Security Belt" (also reported as "Maritime Security Belt
                # 2019")': a second spelling of the name just given
                or any(m.sent_index == si and m.naming and m.reference for m in previous)
            )
            and any(m.kind == "event" and m.event_type not in PATROL_TYPES for m in previous)
            and cand.series.event_type not in PATROL_TYPES
        ):
            reference = True  # its name, type and year go to the exercise just reported
        if (
            not anchored
            or phase_ref
            or cand.reference
            or (definite and not dates and cand.series is None and (since is None or not is_series))
        ):
            prior = [
                m
                for m in previous
                if m.kind == "event"
                and (
                    m.event_type == event_type
                    or "exercise" in (m.event_type, event_type)
                    or cand.event_type in GENERIC_TYPES
                    # ("described the event as a joint command-staff exercise": a format
                    # that any drill may take)
                    or (
                        cand.event_type == "command_post_exercise"
                        and m.event_type not in PATROL_TYPES
                    )
                )
                # "the exercise" does not point back at a patrol, nor "the patrol" at a drill
                # (nor "the sea phase of the joint exercise")
                and not (
                    cand.event_type == "exercise"
                    and m.event_type in PATROL_TYPES
                    and (not part or _part_of_word(cand.trigger) in EXERCISE_WORDS)
                )
                and not (cand.event_type == "patrol" and m.event_type not in PATROL_TYPES)
                and not (phase_ref and not _near_in_time(m, first_day))
            ]
            # "Separately, the Baltic Fleet held a snap drill — a national exercise unrelated
            # to Tsentr." then "the exercise runs until Saturday": the drill set apart is an
            # aside, not what "the exercise" points back at.
            prior = [m for m in prior if not m.apart_from and not m.aside] or prior
            last = max(
                (m for m in previous if m.kind in ("event", "series")),
                key=lambda m: (m.sent_index, m.trigger_char),
                default=None,
            )
            if (
                last is not None
                and prior
                and last not in prior
                and last.series_id
                and not EDITION_YEAR.search(last.name or "")
                and any(m.series_id == last.series_id for m in prior)
            ):
                # "... Read together with Russia's Zapad-2017 manoeuvres ... For the first
                # time, the Joint Sea series was split across two theatres far apart. The
                # first stage ran from 21 to 28 July": the series just named has the stage.
                prior = [m for m in prior if m.series_id != last.series_id] + [
                    m for m in prior if m.series_id == last.series_id
                ]
            if _is_label(cand.trigger) and prior:
                # "3. NAVIGATIONAL WARNING ... GUNNERY PRACTICE" under a rule, then "Date:
                # 30 April 2012": a notice's label dates its own item, not a drill of an
                # item above the rule.
                article = getattr(self, "_article_text", "")
                here = article.find(sent.text)
                if here >= 0:
                    prior = [
                        m for m in prior if not RULE_LINE.search(article, m.trigger_char, here)
                    ]
            own_days = [t for t in dates if t.granularity == "day" and t.start_date]
            apart_in_time = False
            if (
                prior
                and cand.trigger[0].lower_ in ("it", "they")
                and cand.trigger.id_.split(":", 1)[-1] == "pronoun-phase"
                and all(m.sent_index < cand.sent_index - 3 for m in prior)
                and _in_correction(document.raw, max(document.raw.find(sent.text), 0))
            ):
                # "Corrections: Last week's issue gave the wrong date for the opening of a
                # new radar site. It opened on 6 December": in a correction, a pronoun
                # points back a sentence or two, not at a drill told paragraphs before.
                return []
            if own_days and prior and cand.trigger[0].lower_ in ("it", "they"):
                # "it began on Monday" after "the patrol began on Sunday": the pronoun is
                # the kind of drill last spoken of.
                kind = prior[-1].event_type
                prior = [m for m in prior if m.event_type == kind]
                if cand.event_type in GENERIC_TYPES | {"exercise"}:
                    event_type = kind
            if own_days and prior and cand.trigger.root.lower_ not in PART_WORDS:
                # "Last year's patrol went further east." above "it began on Monday" (a
                # live blog, newest first): a day of its own points past a drill it cannot be.
                lo = min(t.start_date for t in own_days).isoformat()
                hi = max(t.end_date or t.start_date for t in own_days).isoformat()
                # An undated "the patrol" stands for the one it points back at, and has
                # its days.
                eff = _effective_dates(previous)
                fitting = [
                    m
                    for m in prior
                    if not (d := eff.get(id(m)))
                    or (
                        d["start"] <= _shift_iso(hi, REF_SLACK_DAYS)
                        and _shift_iso(lo, -REF_SLACK_DAYS) <= (d.get("end") or "9999-12-31")
                    )
                ]
                edition = next(
                    (
                        m
                        for m in reversed(previous)
                        if m.kind == "event"
                        and m.name
                        and EDITION_YEAR.search(m.name)
                        and (m.event_type == event_type or "exercise" in (m.event_type, event_type))
                    ),
                    None,
                )
                if not fitting and edition is not None and not is_series:
                    # "The article originally gave the dates as "23-27 April 2012". ... the
                    # official announcements give the exercise period as 22 to 27 April", on
                    # a page about Joint Sea 2012 updated in March 2013: a month's days with
                    # no year are the named edition's, not the next April.
                    year = int(EDITION_YEAR.search(edition.name).group(0))
                    moved = [_in_year(t, year) for t in dates]
                    delta = next(
                        (
                            year - t.start_date.year
                            for a, t in zip(moved, dates, strict=True)
                            if a is not t and t.start_date
                        ),
                        0,
                    )
                    # ("... on the morning of 22 April and ships sailing the same afternoon":
                    # the days counted from them move with them)
                    moved = [
                        _shift_years(t, delta)
                        if a is t
                        and delta
                        and t.anchor != "absolute"
                        and t.start_date
                        and t.start_date.year == year - delta
                        else a
                        for a, t in zip(moved, dates, strict=True)
                    ]
                    if delta and abs(delta) == 1 and all(
                        t.start_date is None or t.start_date.year == year
                        for t in moved
                        if t.granularity == "day"
                    ):
                        shift = {
                            t.start_date.isoformat(): m.start_date.isoformat()
                            for t, m in zip(dates, moved, strict=True)
                            if t.start_date and m.start_date
                        } | {
                            t.end_date.isoformat(): m.end_date.isoformat()
                            for t, m in zip(dates, moved, strict=True)
                            if t.end_date and m.end_date
                        }
                        dates = moved
                        own_days = [t for t in dates if t.granularity == "day" and t.start_date]
                        began = shift.get(began or "", began)
                        ended = shift.get(ended or "", ended)
                        fitting = prior = [edition]
                apart_in_time = not fitting
                # A drill whose days fit beats one with none known.
                prior = [m for m in fitting if id(m) in eff] or fitting
                if apart_in_time:
                    reference = False
            other_stage = _bare_stage(cand.trigger)
            staged_base = None
            named_stage = next(
                (STAGED_NAME.match(m.name) for m in reversed(prior) if m.name), None
            )
            if (
                other_stage
                and named_stage is None
                and prior
                and prior[-1].name
                and EDITION_YEAR.search(prior[-1].name)
                and TWO_STAGES.search(document.raw)
            ):
                # "this year's Joint Sea exercise in two separate stages, one in the Baltic
                # in July and one in the Far East in September ... The first stage ran from
                # 21 to 28 July": each stage is an edition of its own, (I) and (II).
                staged_base = prior[-1].name
            if named_stage and named_stage.group(2) != other_stage:
                staged_base = named_stage.group(1)
            if other_stage and staged_base and (definite or cand.reference):
                # "the second stage of Joint Sea-2017 ... The first stage, held in the Baltic
                # from 21 to 28 July": the staged edition's other stage, by its own name.
                name = f"{staged_base} ({other_stage})"
                stage_of = next(m for m in reversed(prior) if m.name)
                event_type = stage_of.event_type
                if len(participants) < 2:
                    participants = [dict(p) for p in stage_of.participants]
                prior = []
            if (definite or part or cand.reference) and prior:
                reference = True
                ref = prior[-1]
                # (the sentence's own doc may begin at it: its line is read in the article)
                at = document.raw.find(sent.text)
                line = document.raw[: max(at, 0)].rsplit("\n", 1)[-1]
                if (
                    CORRECTION_NOTE.match(line or sent.text)
                    and cand.trigger[0].lower_ not in ("it", "they")
                    and (lead := [m for m in prior if not m.reference])
                ):
                    # "CORRECTION: The article above stated that the drills are scheduled
                    # to run until Saturday, April 28. The navy has since clarified that the
                    # exercise concludes on Friday": the story's drill, not the last named.
                    ref = min(lead, key=lambda m: m.sent_index)
                earlier = STARTED_EARLIER.search(sent_text)
                told_day = ref.ended or (
                    ref.date["start"]
                    if ref.date
                    and ref.date.get("granularity") == "day"
                    and ref.date.get("start") == ref.date.get("end")
                    else None
                )
                if began is None and not dates and told_day and earlier:
                    # "... ends at the Chebarkul range ... The drill had opened eight days
                    # earlier in Urumqi": counted back from the day just told.
                    n = WORD_NUMBERS.get(earlier["n"].lower()) or (
                        int(earlier["n"]) if earlier["n"].isdigit() else None
                    )
                    if n:
                        began = _shift_iso(told_day, -n)
                        counted_back = {
                            "text": earlier.group(0), "value": began, "start": began,
                            "end": began, "granularity": "day", "anchor": "publication_date",
                            "mod": None,
                        }
                if cand.trigger[0].lower_ in ("it", "they"):
                    ceremony_pronoun = any(
                        w in ("ceremony", "ceremonies") for w in ref.trigger.lower().split()
                    ) and ref.sent_index >= si - 1
                    # "It began July 28, shortly after ... North/Interaction-2023, and it
                    # concluded Aug. 10": the second "it" is the first one's.
                    ref = next(
                        (
                            m
                            for m in reversed(previous)
                            if m.sent_index == si
                            and m.reference
                            and m.trigger.split()[0].lower() in ("it", "they")
                        ),
                        ref,
                    )
                if named_here < 2:
                    # "The drills will last until September 7": those of the drill before,
                    # not the pair the article names most.
                    participants = [dict(p) for p in ref.participants]
                event_type = (
                    ref.event_type
                    if cand.event_type in GENERIC_TYPES | {"exercise"}
                    # "The drills ... will focus on counter-terrorism": what they are for
                    and not (
                        event_type == "counter_terrorism_exercise"
                        and ref.event_type == "exercise"
                    )
                    else event_type
                )
            elif (not anchored or part) and not apart_in_time and name is None:
                return []  # a phase or leg of nothing reported
            if cand.reference and not reference and name is None:
                return []  # the answer to "When?" with no drill asked about
        if cand.strength == "weak" and not (
            dates or cand.series or reference or locations or since or window or troops
            or begun_pair
        ):
            return []
        if (
            cand.series is not None
            and not (cand.name_year or cand.numeral or cand.extra or dates or named_edition)
            and not re.search(r"\bseries\b", sent_text, re.I)
        ):
            return []  # a bare name ("a scripted 'Joint Sea' scenario") is no report of one
        if cand.series is not None and 0 < len(cand.series.participants) < 2:
            return []  # a national drill series ("Strait Thunder"), not a joint one
        if len(participants) < 2 and cand.series is None and not reference:
            return []  # one country's own drill is not a joint exercise
        if (
            cand.series is None
            and not reference
            and not (dates or since or window or until)
            and cand.status == "negated"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in cand.trigger.root.children)
        ):
            # "the Edelweiss range cannot accommodate a Zhurihe-scale exercise": a kind of
            # drill talked about, not one that was or was not held.
            return []
        if (
            cand.series is None
            and not reference
            and cand.status == "negated"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in cand.trigger.root.children)
        ):
            # "arrived in Almaty on Wednesday ... No drills were held that day": a day the
            # drill of the article left out, not a drill of its own.
            return []
        if (
            cand.series is None
            and not reference
            and RATHER_THAN.search(
                doc[max(cand.trigger.start - 4, sent.start) : cand.trigger.start].text
            )
        ):
            # "Saturday was given over to receptions and coordination meetings rather than
            # drills": what the day did not hold; "a ceremonial occasion, not an exercise".
            return []
        if cand.series is None and OWN_DRILL.search(
            doc[max(cand.trigger.start - 2, sent.start) : min(cand.trigger.end + 3, sent.end)].text
        ):
            # "Russia's Pacific Fleet said it had begun an exercise of its own": not joint.
            return []
        scope = self.gaz.scope.require_any
        if scope and not scope & {p["code"] for p in participants} and lineup:
            # "Kyrgyz servicemen who took part in ... "Peace Mission - 2010"": an edition
            # whose series always has China and Russia has them, whoever the text names.
            core = [c for c in cand.series.participants if c in scope and c in set(lineup)]
            if cand.series.host in core or len(core) == len(scope & set(cand.series.participants)):
                participants += [
                    {"name": self.gaz.actors[c].name, "code": c, "role": "participant"}
                    for c in core
                    if c in self.gaz.actors
                ]
                participants.sort(key=lambda p: p["code"])
        if scope and not scope & {p["code"] for p in participants}:
            return []  # a joint exercise, but not among the actors this feed follows

        status = cand.status
        for f in ("event_type", "status", "participants"):
            evidence[f] = {si}
        if locations:
            evidence["locations"] = {si}
        if assets:
            evidence["assets"] = {si}
        if troops:
            evidence["troops"] = {si}
        if duration:
            evidence["duration"] = {si}
        if name:
            evidence["name"] = {si}

        base = {
            "doc_id": document.doc_id,
            "sent_index": si,
            "trigger": cand.trigger.text,
            "trigger_char": cand.trigger.start_char,
            "name": name,
            "event_type": event_type,
            "status": status,
            "participants": participants,
            "locations": locations,
            "assets": assets,
            "troops": troops,
            "duration": duration,
            "reference": reference,
            "series_id": cand.series.id if cand.series is not None else None,
            "number": number,
            "until": until.end_date.isoformat()
            if until is not None and until.end_date and until.granularity == "day"
            else None,
            "series_format": cand.series.name_format
            if naming and not (cand.name_year or cand.numeral)
            else None,
            "naming": naming or named_edition,
            "part": _part_above(cand.trigger) is not None
            or _subject_enters_part(cand.trigger)
            or cand.sent_index in getattr(self, "_phase_told_after", ()),
            "began": began,
            "ended": ended,
            "attribution": self._attribution(doc, sent),
            "apart_from": _apart_from(doc, sent, cand),
            "ceremony": ceremony_pronoun,
            "aside": _said_separate(doc, sent, cand),
            "implied": tuple(sorted(implied & {p["code"] for p in participants})),
        }
        if (
            base["until"] is None
            and cand.sent_index in self._ends_told_before
            and cand.trigger.root.lemma_.lower() in EVENT_SUBJECTS
        ):
            # "... was staged on 25 August. That brought the exercise to an end."
            base["until"] = self._ends_told_before[cand.sent_index]

        def mk(kind: str, date_info: dict | None, name_: str | None) -> RawMention:
            if (
                kind == "event"
                and reference
                and status == "negated"
                and date_info
                and (gov := _governor(cand.trigger.root)) is not None
                and _phase_of(gov) is not None
                and any(c.dep_ == "neg" for c in gov.children)
            ):
                # "the exercise itself has not yet begun on that day": a day before it.
                date_info = None
            ev = {k: set(v) for k, v in evidence.items()}
            if date_info or base["until"] or base["began"] or base["ended"]:
                ev["date"] = {si}
            if name_:
                ev["name"] = {si}
            st = _status_by_date(base["status"], date_info, dct) if kind == "event" else None
            fields = {**base, "name": name_, "status": st or base["status"]}
            return RawMention(**fields, kind=kind, date=date_info, evidence=ev)

        if is_series:
            date_info = None
            if since is not None:
                date_info = _date_info(since, text=f"since {since.text}")
                date_info.update({"end": None, "mod": "START", "value": since.value})
            elif window is not None:
                date_info = window
            return [mk("series", date_info, name)]
        if cand.name_year and not dates:
            y = cand.name_year
            info = {
                "text": str(y),
                "value": str(y),
                "start": f"{y}-01-01",
                "end": f"{y}-12-31",
                "granularity": "year",
                "anchor": "name",
                "mod": None,
            }
            return [mk("event", info, name)]
        if (
            len(dates) > 1
            and self._is_list(doc, dates)
            and all(t.granularity == "day" and t.start_date for t in dates)
            and (max(t.start_date for t in dates) - min(t.start_date for t in dates)).days
            < len(dates)
        ):
            # "on Friday and Saturday": one two-day occurrence, not two.
            ordered = sorted(dates, key=lambda t: t.start_date)
            n = name
            if cand.series is not None and n and not (cand.name_year or cand.numeral):
                year = ordered[0].start_date.year
                n = cand.series.name_format.format(name=cand.series.name, year=year)
            return [mk("event", _span_info(ordered[0], ordered[-1], doc.text), n)]
        if len(dates) > 1 and self._is_list(doc, dates):
            out = []
            for tx in dates:
                n = name
                if cand.series is not None and tx.value and re.fullmatch(r"\d{4}", tx.value):
                    n = cand.series.name_format.format(name=cand.series.name, year=tx.value)
                out.append(mk("event", _date_info(tx), n))
            return out
        if dates and cand.name_year:
            # "Vostok-2018 would run from 11 to 17 September", read in 2026: a month's days
            # written without a year are the named edition's.
            dates = [_in_year(t, cand.name_year) for t in dates]
            # "Maritime Security Belt 2022 was held ... in January of that year": a date
            # counted from the report's day that lands in another year than the name's
            # was counted from the wrong day.
            dates = [
                t
                for t in dates
                if t.anchor == "absolute"
                or not t.start_date
                or t.start_date.year == cand.name_year
                or (t.end_date and t.end_date.year == cand.name_year)
            ] or [t for t in dates if t.granularity == "year"]
        if dates:
            tx = min(dates, key=lambda t: (GRAN_RANK.get(t.granularity, 7), t.start))
            days = [t for t in dates if t.granularity == "day" and t.start_date]
            spans = [t for t in days if t.end_date and t.end_date > t.start_date]
            if tx in days and tx not in spans and spans:
                # "Today ... completed the first joint naval patrol, which took place from 17
                # to 23 October": the interval that holds the single days is the drill's (the
                # closest such, not "last week through Tuesday").
                singles = [t for t in days if t not in spans]
                holding = [
                    w
                    for w in spans
                    if all(w.start_date <= t.start_date <= w.end_date for t in singles)
                ]
                if holding:
                    tx = min(holding, key=lambda t: t.end_date - t.start_date)
            # "originally scheduled from August 30 to September 5, will now begin on
            # Thursday and conclude on September 7": the start and end verbs' days count.
            said_start = next(
                (t for t in dates if t.start_date and t.start_date.isoformat() == began), None
            )
            tx = said_start or tx
            n = name
            if (
                cand.series is not None
                and n
                and tx.start_date
                and not (cand.name_year or cand.numeral)
            ):
                n = cand.series.name_format.format(name=cand.series.name, year=tx.start_date.year)
            info = _date_info(tx)
            ends = [
                t
                for t in [*dates, until]
                if t is not None and t.end_date and t.granularity == "day"
            ]
            said_end = [t for t in ends if t.end_date.isoformat() in (ended, base["until"])]
            if said_start is not None and said_end:
                ends = [tx, *said_end]
            if tx in spans and tx.end_date:
                # "concluded their Joint Sea-2021 exercise there (Oct. 14-17), and sailed
                # through the Tsugaru Strait last Monday": the range written out is the
                # drill's; a loose day after it does not stretch it (a day it is said to
                # end or run until does).
                ends = [tx, *said_end]
            if tx.granularity == "day" and tx.start_date and len(ends) > 1:
                # "started on Thursday and will last until September 7" is one interval.
                last = max(ends, key=lambda t: t.end_date)
                if last.end_date > tx.start_date and (last.end_date - tx.start_date).days <= 120:
                    info = _span_info(tx, last, doc.text)
            return [mk("event", info, n)]
        if window is not None:
            return [mk("series" if plural else "event", window, name)]
        if running_since:
            info = _date_info(since, text=f"since {since.text}")
            info.update({"end": None, "mod": "START", "value": since.value})
            return [mk("event", info, name)]
        return [mk("event", counted_back, name)]

    @staticmethod
    def _dates_its_own(doc: Doc, cand: Candidate) -> bool:
        """Is the trigger the subject of the clause its dates hang from ("The exercise is
        scheduled to be held from ...", "The patrol, which set out on July 1, ...") rather
        than a bystander ("held a protest against the exercise on Thursday")?"""
        root = cand.trigger.root
        date_args = [a for a in cand.args if a.kind == "date"]
        if date_args and all(
            (g := _governor(doc[a.start : a.end].root)).dep_ in ("acl", "relcl")
            and g.head.i == root.i
            for a in date_args
        ):
            return True  # "The exercise, held from September 16 to 21, involved ..."
        if _dropped_subject(cand.trigger):
            gov = root  # "Wraps up today per the Venezuelan navy.": the verb is the drill's
        elif root.dep_ not in ("nsubj", "nsubjpass"):
            return False
        else:
            gov = root.head
        for a in cand.args:
            if a.kind != "date":
                continue
            t = _governor(doc[a.start : a.end].root)
            chain = {t.i}
            while t.head.i != t.i and len(chain) < 12:
                t = t.head
                chain.add(t.i)
            if gov.i not in chain:
                return False
        return True

    @staticmethod
    def _phases(
        doc: Doc,
        cand: Candidate,
        dct: date | None,
        dct_anchor: str,
        *,
        entry: bool = False,
        article: str = "",
    ) -> tuple[str | None, str | None]:
        """The days an exercise is said to start and to end, read off the verb each date
        hangs from ("set out on July 1", "concluded on Tuesday"); with no day given, the
        report's own day when the exercise "has started" (or "have begun the active phase
        of ..."), the wire-copy way of announcing that it opened today."""
        began = ended = None
        days = [
            a
            for a in cand.args
            if a.kind == "date"
            and a.timex is not None
            and a.timex.granularity == "day"
            and a.timex.start_date
            and not _superseded(doc[a.start : a.end].root)
        ]
        plain = False
        root = cand.trigger.root
        ceremony = {"opening": "start", "closing": "end"}.get(cand.trigger[0].lower_)
        for a in days:
            verb = _as_planned_head(_governor(_date_head(doc, a.start, a.end)))
            if (
                verb.lemma_.lower() in NAMING_VERBS
                and verb.dep_ == "ccomp"
                and any(k.dep_ == "dobj" and k.lower_ == "what" for k in verb.children)
            ):
                # "completed what the two countries called their first joint naval patrol
                # on Saturday": the day hangs on the naming, but is the completing's
                verb = verb.head
            if (
                any(c.dep_ == "neg" for c in verb.children)
                and _phase_of(verb) is not None
                and not UNTIL_BEFORE.search(doc[max(a.start - 2, 0) : a.start].text)
            ):
                # "the exercise itself has not yet begun on that day" (not "did not end
                # until Friday"): a day it did not start or end.
                continue
            role = ceremony or _phase_of(verb)
            if (
                role is not None
                and not ceremony
                and verb.lemma_.lower() in ("close", "open")
                and any(
                    k.dep_ in ("nsubj", "nsubjpass")
                    and k.pos_ in ("NOUN", "PROPN")
                    and k.lemma_.lower() in CLOSED_THINGS
                    # (not the "Sea" of "Joint Sea-2014 would close on Monday")
                    and not cand.trigger.start <= k.i < cand.trigger.end
                    and k.i not in cand.extra
                    for k in verb.children
                )
            ):
                # "the MSA has declared the following sea areas closed to navigation from
                # ... 21 April": the areas close, not the drill.
                role = None
            if role is None and verb.lemma_.lower() in ("read", "be"):
                # "the closing date of Peace Mission 2014 should read 29 August"
                subj = next(
                    (k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None
                )
                if subj is not None and subj.lemma_.lower() in ("date", "day"):
                    kind = {k.lower_ for k in subj.children if k.dep_ in ("amod", "compound")}
                    if kind & {"closing", "end", "final", "last", "concluding"}:
                        role = "end"
                    elif kind & {"opening", "start", "starting", "first"}:
                        role = "start"
            if role is None and (edge_role := _edge_of(cand.trigger)) is not None and (
                cand.trigger.root.head.head.head.head == verb
            ):
                role = edge_role  # "leaves port on Tuesday, at the start of the exercise"
            if role is None and (subject_edge := _subject_edge_of(cand.trigger, verb)):
                role = subject_edge  # "the start of the exercise [was] on September 9"
            day_edge = _day_edge_of(cand.trigger)
            if (
                role is None
                and day_edge is not None
                and _governor(doc[a.start : a.end].root) == _governor(day_edge[0])
            ):
                # "marines practised seizing an island on the final day of the Joint Sea-2016
                # naval exercise yesterday"
                role = day_edge[1]
            edge = FIRST_OR_LAST_DAY.match(doc.text, doc[a.end - 1].idx + len(doc[a.end - 1]))
            if role is None and edge and cand.trigger.start >= a.end:
                # "put to sea on Thursday, 20 July, the first day of the exercise proper"
                role = "start" if edge["which"].lower() in ("first", "opening") else "end"
            if (
                role is None
                and (due := DUE_TO_PHASE.search(doc[max(a.start - 6, 0) : a.start].text))
                # ("which began last Thursday and are due to finish on Friday", told on a
                # Tuesday: a plan still ahead, not a day the tagger put behind)
                and not (
                    dct is not None
                    and a.timex.start_date < dct
                    and re.search(r"\b(?:is|are)\s+$", doc.text[: doc[max(a.start - 6, 0)].idx
                                  + due.start()][-8:])
                )
            ):
                # "The exercise, called Joint Sea-2017, is due to end tomorrow" (the small
                # parser makes "end" a noun)
                role = "end" if due["end"] else "start"
            if role is None and (done := _told_phase_done(verb, cand.trigger)) is not None:
                role = _phase_of(done)  # "said on Tuesday that the patrol had concluded"
            if role is None and FROM_BEFORE.search(doc[max(a.start - 2, 0) : a.start].text):
                role = "start"  # "conducted over seven days from 11 September"
            if role is None:
                # "On the 17th, ten ships formed up and set off on the first joint
                # patrol": the day is that of the verb the patrol hangs from.
                for conj in verb.children:
                    if conj.dep_ == "conj" and conj.i <= root.i <= conj.right_edge.i:
                        role = _phase_of(conj)
                    # "fell silent yesterday afternoon, when the active phase of ... came to
                    # an end": the clause that says what began or ended then.
                    if (
                        conj.dep_ == "advcl"
                        and conj.left_edge.i <= root.i <= conj.right_edge.i
                        and any(
                            c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when")
                            for c in conj.children
                        )
                    ):
                        role = _phase_of(conj)
                    # "officers sat down together in Vladivostok twenty years ago today to
                    # open an exercise": the purpose says what the day began.
                    if (
                        conj.dep_ in ("advcl", "xcomp")
                        and conj.left_edge.i <= root.i <= conj.right_edge.i
                        and conj.i > doc[a.start : a.end].root.i
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in conj.children)
                        # ("sailed on the evening of 30 November to begin the drills the
                        # following morning": the purpose has a day of its own)
                        and not any(
                            b is not a and conj.left_edge.i <= b.start <= conj.right_edge.i
                            for b in days
                        )
                    ):
                        role = _phase_of(conj) or role
            if role is None and _beside_trigger(doc[a.start : a.end].root, verb, cand.trigger):
                role = _phase_of(_governor(root))  # "... fleet on Monday set off on a patrol"
            day = a.timex.start_date.isoformat()
            if role == "start" and began is None:
                began = day
            elif role == "end" and ended is None:
                # "closed the four-day Joint Sea-2021 exercise (14–17 October)": a range
                # closes on its last day
                ended = (a.timex.end_date or a.timex.start_date).isoformat()
            elif role is None and not UNTIL_BEFORE.search(doc[max(a.start - 2, 0) : a.start].text):
                plain = True  # a day that dates the whole exercise
        if (
            began is None
            and plain
            and root.lower_ in PART_WORDS
            and any(c.lower_ in ("first", "initial", "opening") for c in root.children)
            and not _part_of_word(cand.trigger)
        ):
            # "The exercise was held in two phases. The first phase took place on Thursday in
            # Kazakhstan's Almaty region": the first part's day is the whole's first.
            began = min(a.timex.start_date for a in days).isoformat()
        later = ENDED_LATER.search(
            cand.trigger.sent.text, cand.trigger.end_char - cand.trigger.sent.start_char
        ) or END_AFTER_START.search(
            cand.trigger.sent.text, cand.trigger.end_char - cand.trigger.sent.start_char
        )
        if began and ended is None and later:
            # "began on August 9 with a command-staff phase ... and ended eight days later"
            n = WORD_NUMBERS.get(later["n"].lower()) or (
                int(later["n"]) if later["n"].isdigit() else None
            )
            if n:
                ended = (date.fromisoformat(began) + timedelta(days=n)).isoformat()
        offset = _edge_by_offset(doc, cand, article or doc.text)
        if offset is not None:
            # "crossed ... on 5 September, four days before the exercise opened"
            which, day = offset
            if which == "start" and began is None:
                began = day
            elif which == "end" and ended is None:
                ended = day
        after_start = STARTED_DAYS_BEFORE.search(
            cand.trigger.sent.text, cand.trigger.end_char - cand.trigger.sent.start_char
        )
        if ended and began is None and after_start:
            # "finished their first joint counter-terrorism exercise on Saturday ..., two days
            # after opening it"
            count = after_start["n"] or after_start["m"]
            n = WORD_NUMBERS.get(count.lower()) or (int(count) if count.isdigit() else None)
            if n:
                began = (date.fromisoformat(ended) - timedelta(days=n)).isoformat()
        if began or plain or dct is None or dct_anchor not in ("publication_date", "dateline"):
            return began, ended
        day_of = _day_of_edge(cand.trigger.root)
        if day_of is not None:
            named, day = _edge_named_day(cand.trigger.root.head.head)
            if day is not None:
                # "... on Friday, 28 July, which the Russian Ministry of Defence lists as the
                # last day of the exercise": the day named beside it.
                if day_of == "end" and ended is None:
                    ended = day.isoformat()
                elif day_of == "start" and began is None:
                    began = day.isoformat()
                day_of = None
            elif named:
                # "line up for the closing ceremony on Sunday, the final day of the drill":
                # a day named before, not the day of writing.
                day_of = None
        if (
            day_of is not None
            and not any(
                t.tag_ in ("VBD", "VBN") or t.lower_ in ("will", "would", "'ll")
                for t in cand.trigger.sent
                if t.pos_ in ("VERB", "AUX")
            )
            # ("CAPTION: ... warships sail in formation during the final day of the joint
            # exercise": a picture's present, taken before the day of writing)
            and not CAPTION_START.match(
                doc.text[: cand.trigger.sent.start_char].rsplit("\n", 1)[-1]
                + cand.trigger.sent.text
            )
        ):
            # "welcome to our live coverage of the final day of Peace Mission 2014", "Today
            # is the first day of Vostok-2022": told on that day.
            if day_of == "end" and ended is None:
                ended = dct.isoformat()
            elif day_of == "start":
                began = dct.isoformat()
            elif day_of.startswith("day"):
                began = (dct - timedelta(days=int(day_of[3:]) - 1)).isoformat()
        verb = _governor(cand.trigger.root)
        perfect = ("has", "have", "'s", "'ve")
        if (
            _phase_of(verb) == "start"
            and verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ in perfect for c in verb.children)
            # ("the exercise itself has not yet begun on that day")
            and not any(c.dep_ == "neg" for c in verb.children)
        ):
            began = dct.isoformat()
        if (
            began is None
            and verb.lemma_.lower() in ("mark", "signal", "herald")
            and verb.tag_ in ("VBZ", "VBP")
            and _phase_of(verb) == "start"
            and not any(
                c.dep_ == "aux" or (c.dep_ == "advmod" and c.lower_ in HABITUAL_WORDS)
                for c in verb.children
            )
        ):
            # "The ceremony marks the start of the drills" in a live blog: today's news.
            began = dct.isoformat()
        # A headline's present tells the day's news: "Russia starts Vostok-2022 drills with
        # China". (Its "ends" is left alone: a paper's headline is often on the day after,
        # and the body's "ended yesterday" should not lose to it.)
        if (
            began is None
            # (or an entry's: 'THURSDAY, SEPT 10 / - Russia's strategic exercise Vostok-2026
            # begins' in a planner)
            and (
                entry
                or (
                    cand.sent_index <= 1
                    and not re.search(r"[.!?][\"'”’)]*\s*$", cand.trigger.sent.text)
                )
            )
            and verb.tag_ in ("VBZ", "VBP")
            and not any(c.dep_ == "aux" for c in verb.children)
            and _phase_of(verb) == "start"
        ):
            began = dct.isoformat()
        return began, ended

    @staticmethod
    def _np_and_adverbs(doc: Doc, cand: Candidate) -> str:
        """The trigger's noun phrase and its verb's adverbs: where "annual" or "regularly"
        make an exercise a series."""
        root = cand.trigger.root
        parts = [doc[min(root.left_edge.i, cand.trigger.start) : cand.trigger.end].text]
        gov = _governor(root)
        parts += [c.text for c in gov.children if c.dep_ in ("advmod", "npadvmod")]
        return " ".join(parts)

    @staticmethod
    def _ordinal(doc: Doc, sent: Span, cand: Candidate) -> int | None:
        """The number of a patrol or drill in its sequence ("their third joint patrol")."""
        after = doc[cand.trigger.end : sent.end].text[:80]
        since = re.search(r"\bsince\b", after)
        # "the eighth joint air patrol ... since 2019" counts the series from its start;
        # "the first exercise since the invasion" counts something else.
        series_count = re.search(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b", after)
        period = PERIOD_COUNT.match(after)
        if period and not MONTH_OF_YEAR.search(period.group()):
            # "the second joint flight ... this year" counts within the year; "The first
            # such patrol, in July last year" dates the first of the series.
            return None
        trig = {t.i for t in cand.trigger} | cand.extra
        for tok in doc[max(cand.trigger.start - 7, sent.start) : cand.trigger.end]:
            value = ORDINALS.get(tok.lower_)
            if value is None:
                m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", tok.lower_)
                value = int(m.group(1)) if m else None
            if value is None:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("time", "times"):
                continue  # "and, for the first time, two Chinese H-6K": not the patrol's
            # "the second day of the sixth joint patrol": only the trigger's own ordinal.
            own = tok.dep_ == "amod" and (tok.head.i in trig or tok.i in trig)
            # "the 9th China–Russia joint patrol": the parser may hang the ordinal on the
            # country names that stand between it and the trigger.
            between = doc[tok.i + 1 : cand.trigger.start]
            if not own and len(between) and tok.i < cand.trigger.start:
                own = all(t.pos_ in ("PROPN", "ADJ", "PUNCT") for t in between)
            if own:
                if since and not (series_count and value >= 2):
                    return None
                return value
        return None

    @staticmethod
    def _is_list(doc: Doc, dates: list[Timex]) -> bool:
        ordered = sorted(dates, key=lambda t: t.start)
        for a, b in itertools.pairwise(ordered):
            between = doc.text[a.end : b.start]
            if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or|;)\s*", between):
                return False
        return True

    def _assets(self, doc: Doc, cand: Candidate) -> list[dict]:
        out: dict[str, dict] = {}
        for arg in cand.args:
            if arg.kind != "platform" or arg.entry is None:
                continue
            entry = arg.entry
            count = _number_before(doc, arg.start)
            country = entry.country
            out.setdefault(
                entry.name,
                {
                    "name": entry.name,
                    "category": entry.category,
                    "country": country,
                    "count": count,
                },
            )
        return sorted(out.values(), key=lambda a: a["name"])

    def _coordinated_places(self, doc: Doc, cand: Candidate) -> list[dict]:
        """ "the Mediterranean, Caspian and Baltic seas": one plural noun, several places."""
        sent = cand.trigger.sent
        out = []
        for m in COORDINATED_PLACES.finditer(sent.text):
            noun = m.group("noun").lower().rstrip("s")
            for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("names")):
                name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
                place = self.places_by_alias.get(f"{name} {noun}".lower())
                if place is None and name.lower() in DEMONYM_SEAS:
                    place = self.places_by_alias.get(DEMONYM_SEAS[name.lower()])
                if place is not None:
                    out.append({"name": place.name, "kind": place.kind, "country": place.country})
        return out

    def _locations(self, doc: Doc, cand: Candidate) -> list[dict]:
        out: dict[str, dict] = {p["name"]: p for p in self._coordinated_places(doc, cand)}
        for arg in cand.args:
            head = doc[arg.start : arg.end].root
            if arg.kind == "place":
                entry = arg.entry
                if entry is None:
                    name = re.sub(r"^the\s+", "", arg.text, flags=re.I)
                    out.setdefault(name, {"name": name, "kind": "unknown", "country": None})
                else:
                    out.setdefault(
                        entry.name,
                        {"name": entry.name, "kind": entry.kind, "country": entry.country},
                    )
            elif (
                arg.kind == "actor"
                and getattr(arg.entry, "kind", "") == "country"
                and head.dep_ != "poss"
                and _prep_of(head) in LOCATION_PREPS
            ):
                out.setdefault(
                    arg.entry.name,
                    {"name": arg.entry.name, "kind": "country", "country": arg.entry.code},
                )
        return list(out.values())

    @staticmethod
    def _troops(text: str) -> dict | None:
        m = TROOPS.search(text)
        if not m:
            return None
        n = float(m.group("n").replace(",", ""))
        if m.group("mult"):
            n *= 1000 if "thousand" in m.group("mult").lower() else 1_000_000
        if n < 10:
            return None
        q = QUALIFIERS.get((m.group("q") or "").lower(), "exact")
        return {"value": int(n), "qualifier": q}

    @staticmethod
    def _attribution(doc: Doc, sent: Span) -> str | None:
        m = re.search(
            r"\baccording to ((?:the )?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5}|"
            r"the [\w’' -]{3,60}?)(?=[,.;]|$)",
            sent.text,
        )
        if m:
            return m.group(1).strip()
        for tok in sent:
            if tok.lemma_ in REPORT_VERBS and tok.pos_ == "VERB":
                subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and subj[0].lower_ not in ("it", "they", "he", "she", "we", "i", "which"):
                    span = doc[subj[0].left_edge.i : subj[0].right_edge.i + 1]
                    return span.text
        return None
