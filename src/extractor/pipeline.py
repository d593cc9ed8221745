"""The main job: documents in, cited mentions and merged event records out.

Keyword-only functions that the CLI wraps and tests call directly.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language

from . import __version__
from .clean import BoilerplateRule, Cleaned, clean
from .errors import Errors, InputError
from .events import EventExtractor, RawMention, SentenceView
from .gazetteer import Gazetteer
from .ingest import DEFAULT_MAX_BYTES, Document, iter_documents
from .nlp import get_gazetteer, load_pipeline, load_segmenter, model_info, trigger_keywords
from .resolve import CitedMention, build_records, cluster_mentions
from .schema import Event, Mention
from .temporal import get_tagger


@dataclass
class Processed:
    """One article after analysis: its mentions with citations."""

    document: Document
    mentions: list[CitedMention]
    dct: date | None
    dct_anchor: str
    seconds: float = 0.0


@dataclass
class RunResult:
    records: list[dict]
    mentions: list[dict]
    errors: list[InputError]
    documents: list[Document] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    model: str = ""
    ruleset: str = ""


def boilerplate_rules(gaz: Gazetteer) -> list[BoilerplateRule]:
    return [BoilerplateRule(b.kind, re.compile(b.regex), b.id) for b in gaz.boilerplate.values()]


def find_dateline(raw: str) -> date | None:
    """A date that opens the article ("10 November 2019", "MOSCOW, Nov. 10, 2019 -")."""
    head = raw.lstrip()[:160]
    first_line = head.split("\n", 1)[0]
    if not first_line.strip():
        return None
    tagger = get_tagger()
    for tx in tagger.tag(first_line, dct=None):
        if tx.start > 60:
            break
        if tx.anchor == "absolute" and tx.granularity == "day" and tx.start_date:
            return tx.start_date
    return None


def sentence_spans(doc, cleaned: Cleaned) -> list[tuple[int, int]]:
    """Raw [start, end) of every sentence, trimmed of surrounding whitespace."""
    spans = []
    text = doc.text
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append(cleaned.raw_span(s, e) if e > s else (cleaned.offsets[s], cleaned.offsets[s]))
    return spans


MAX_SENTENCE_CHARS = 2000


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
        self.segmenter.max_length = max(
            [self.segmenter.max_length, *(len(p[1].text) + 1 for p in prepared)]
        )
        # The vocabulary's strings for these articles are freed after the batch, so memory
        # stays flat however many articles a run streams through.
        with self.nlp.memory_zone(), self.segmenter.memory_zone():
            jobs = []  # (article number, sentence index, char offset, text)
            spans_of: list[list[tuple[int, int]]] = []
            texts = [p[1].text for p in prepared]
            for n, seg_doc in enumerate(self.segmenter.pipe(texts, batch_size=64)):
                sents = _sentences(seg_doc)
                spans_of.append(sents)
                for si, (a, b) in enumerate(sents):
                    if self.keywords.search(seg_doc.text, a, b):
                        jobs.extend(
                            (n, si, start, text) for start, text in _chunks(seg_doc.text, a, b)
                        )
            docs = []
            for n, _si, _start, text in jobs:
                d = self.nlp.make_doc(text)
                d.user_data["dct"] = prepared[n][2]
                d.user_data["dct_anchor"] = prepared[n][3]
                docs.append(d)
            views: list[list[SentenceView]] = [[] for _ in prepared]
            parsed = self.nlp.pipe(docs, batch_size=256)
            for (n, si, start, _), sdoc in zip(jobs, parsed, strict=True):
                views[n].append(SentenceView(si, sdoc, sdoc[:], start))
            elapsed = (time.perf_counter() - t0) / max(len(prepared), 1)
            for n, (document, cleaned, dct, anchor) in enumerate(prepared):
                try:
                    raw_mentions = self.extractor.extract_sentences(
                        views[n],
                        text=cleaned.text,
                        document=document,
                        dct=dct,
                        dct_anchor=anchor,
                    )
                    raw_spans = [cleaned.raw_span(a, b) for a, b in spans_of[n]]
                    cited = cite_mentions(raw_mentions, document, raw_spans)
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
    raw_mentions: list[RawMention], document: Document, spans: list[tuple[int, int]]
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
                published=document.published,
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


def merge(processed: list[Processed], extractor_info: dict) -> list[dict]:
    """Cluster every article's mentions into records; validate each against the schema."""
    ordered = sorted(processed, key=lambda p: p.document.doc_id)
    mentions: list[CitedMention] = []
    for order, p in enumerate(ordered):
        for cm in p.mentions:
            cm.doc_order = order
            mentions.append(cm)
    records = build_records(cluster_mentions(mentions), extractor_info)
    return [Event.model_validate(r).model_dump(mode="json") for r in records]


def extract(
    *,
    inputs: list[str],
    model: str | None = None,
    models_dir: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    analyzer: Analyzer | None = None,
    progress: Callable[[Document], None] | None = None,
    stdin=None,
) -> RunResult:
    """Run the whole job in memory and return records, mentions and errors."""
    t0 = time.perf_counter()
    analyzer = analyzer or Analyzer(model=model, models_dir=models_dir)
    t_load = time.perf_counter() - t0
    errors: list[InputError] = []
    documents: list[Document] = []

    def docs() -> Iterator[Document]:
        for d in iter_documents(inputs, errors=errors, max_bytes=max_bytes, stdin=stdin):
            documents.append(d)
            yield d

    processed = []
    for p in analyzer.analyse(docs(), errors=errors):
        processed.append(p)
        if progress:
            progress(p.document)
    t_analyse = time.perf_counter() - t0 - t_load
    records = merge(processed, analyzer.extractor_info())
    ordered = sorted(processed, key=lambda p: p.document.doc_id)
    mentions = [mention_record(cm) for p in ordered for cm in p.mentions]
    return RunResult(
        records=records,
        mentions=mentions,
        errors=errors,
        documents=[p.document for p in ordered],
        timings={
            "load_seconds": round(t_load, 3),
            "analyse_seconds": round(t_analyse, 3),
            "total_seconds": round(time.perf_counter() - t0, 3),
        },
        model=analyzer.model,
        ruleset=analyzer.ruleset,
    )
