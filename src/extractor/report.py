"""The HTML evidence report: one self-contained file an analyst opens in a browser.

Python prepares the data (each citation with the paragraph of raw text around it) and the
page's own script draws everything from it with createElement/textContent. Article text is
untrusted, so it only ever reaches the page as JSON inside a non-executable
``<script type="application/json">`` block, escaped so that it cannot close that block,
and a Content-Security-Policy allows no script but the report's own (by hash) and no
network at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .audit import load_corpus, load_feed
from .feed import atomic_writer
from .ingest import Document
from .schema import CLAIM_FIELDS, EVENT_TYPES, STATUSES

__all__ = [
    "ReportSummary",
    "build_report_data",
    "context_window",
    "embed_json",
    "render_report",
    "write_report",
]

# How much raw text to show on each side of a cited span when its paragraph is long
# (PDF extractions can have no blank lines at all).
CONTEXT_CHARS = 400
# A blank line, or a line break right after the end of a sentence: page captures often put
# each paragraph on one line without blank lines, while PDF text wraps lines mid-sentence.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|(?<=[.!?\"”’])[ \t]*\r?\n")


@dataclass
class ReportSummary:
    output: str
    events: int
    citations: int
    unverified: int
    missing_documents: list[str]


def context_window(
    raw: str, start: int, end: int, limit: int = CONTEXT_CHARS
) -> tuple[int, int, bool, bool]:
    """The paragraph around raw[start:end] as (lo, hi, clipped_before, clipped_after).

    A paragraph longer than ``limit`` characters on a side is cut there (at a space).
    """
    lo = 0
    for m in _PARAGRAPH_BREAK.finditer(raw, 0, start):
        lo = m.end()
    m = _PARAGRAPH_BREAK.search(raw, end)
    hi = m.start() if m else len(raw)
    clipped_lo = clipped_hi = False
    if start - lo > limit:
        cut = raw.find(" ", start - limit, start)
        lo, clipped_lo = (cut + 1 if cut != -1 else start - limit), True
    if hi - end > limit:
        cut = raw.rfind(" ", end, end + limit)
        hi, clipped_hi = (cut if cut != -1 else end + limit), True
    return lo, hi, clipped_lo, clipped_hi


def _citation_entry(cit: dict[str, Any], doc: Document | None) -> dict[str, Any]:
    start, end, quote = cit.get("start"), cit.get("end"), cit.get("quote")
    entry: dict[str, Any] = {
        "id": cit.get("id"),
        "doc_id": cit.get("doc_id"),
        "sentence_index": cit.get("sentence_index"),
        "start": start,
        "end": end,
        "quote": quote,
        "source": cit.get("source") or (doc.source if doc else None),
        "url": cit.get("url") or (doc.url if doc else None),
        "published": cit.get("published")
        or (doc.published.isoformat() if doc and doc.published else None),
        "doc_found": doc is not None,
        "verified": False,
        "before": "",
        "text": quote if isinstance(quote, str) else "",
        "after": "",
        "clipped_before": False,
        "clipped_after": False,
    }
    if (
        doc is not None
        and isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start <= end <= len(doc.raw)
    ):
        # Show what the source says now, even when it no longer matches the quote: the
        # mismatch is flagged, and the analyst sees both.
        lo, hi, clipped_before, clipped_after = context_window(doc.raw, start, end)
        entry.update(
            before=doc.raw[lo:start],
            text=doc.raw[start:end],
            after=doc.raw[end:hi],
            clipped_before=clipped_before,
            clipped_after=clipped_after,
            verified=doc.raw[start:end] == quote,
        )
    return entry


def _signature(cit: dict[str, Any]) -> tuple[Any, ...]:
    return (cit.get("doc_id"), cit.get("start"), cit.get("end"), cit.get("quote"))


def build_report_data(
    records: list[dict[str, Any]],
    docs: dict[str, Document],
    *,
    feed_name: str = "",
    corpus_name: str = "",
) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-able data."""
    citations: dict[str, dict[str, Any]] = {}
    signatures: dict[str, tuple[Any, ...]] = {}
    events = []
    for n, rec in enumerate(records):
        cite_keys: dict[str, str] = {}
        for cit in rec.get("citations") or []:
            if not isinstance(cit, dict):
                continue
            cid = str(cit.get("id"))
            key = cid
            # Citation ids are stable per sentence, so records share them; keep one entry
            # per id unless two records disagree about what the id points at.
            if key in signatures and signatures[key] != _signature(cit):
                key = f"{cid}~{n}"
            if key not in citations:
                doc_id = cit.get("doc_id")
                doc = docs.get(doc_id) if isinstance(doc_id, str) else None
                citations[key] = _citation_entry(cit, doc)
                signatures[key] = _signature(cit)
            cite_keys[cid] = key
        event = {k: v for k, v in rec.items() if k != "citations"}
        event["cites"] = cite_keys
        event["citation_ids"] = list(cite_keys)
        events.append(event)
    documents = {
        d.doc_id: {
            "source": d.source,
            "url": d.url,
            "published": d.published.isoformat() if d.published else None,
            "path": d.path,
        }
        for d in docs.values()
    }
    return {
        "title": f"Exercise events: {feed_name}" if feed_name else "Exercise events",
        "feed": feed_name,
        "corpus": corpus_name,
        "generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "extractor": __version__,
        "event_types": list(EVENT_TYPES),
        "statuses": list(STATUSES),
        "claim_fields": list(CLAIM_FIELDS),
        "events": events,
        "citations": citations,
        "documents": documents,
    }


def embed_json(data: object) -> str:
    """JSON that is safe inside <script type="application/json">.

    ``</`` could close the element and ``<!--`` switches the HTML tokenizer into a mode
    where a later ``<script`` changes how the end tag is found; both only occur inside JSON
    strings, where ``<\\/`` and ``\\u003c!--`` decode to the same text.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<!--", "\\u003c!--").replace("</", "<\\/")


def _asset(name: str) -> str:
    return resources.files("extractor").joinpath("report_assets", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_report(data: dict[str, Any]) -> str:
    css, js = _asset("report.css"), _asset("report.js")
    # Only the report's own script and style may run: an inline handler or <script> that
    # slipped into the DOM would be refused, and nothing is fetched from the network.
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = {
        "TITLE": html.escape(str(data.get("title", "Exercise events"))),
        "CSP": html.escape(csp, quote=False),  # the attribute is double-quoted
        "CSS": css,
        "JS": js,
        "DATA": embed_json(data),
    }
    template = _asset("report.html")
    # One pass, so text substituted for one marker is never scanned for another.
    return re.sub(r"@@([A-Z]+)@@", lambda m: parts[m.group(1)], template)


def write_report(*, feed: Path, corpus: Path, output: Path | str) -> ReportSummary:
    """Read feed and corpus, write the HTML report to ``output`` ('-' returns it on stdout)."""
    feed, corpus = Path(feed), Path(corpus)
    records = load_feed(feed)
    docs, _errors = load_corpus(corpus)
    data = build_report_data(records, docs, feed_name=feed.name, corpus_name=str(corpus))
    page = render_report(data)
    if str(output) == "-":
        import sys

        sys.stdout.write(page)
    else:
        with atomic_writer(Path(output)) as fh:
            fh.write(page)
    cits = data["citations"].values()
    return ReportSummary(
        output=str(output),
        events=len(records),
        citations=len(data["citations"]),
        unverified=sum(1 for c in cits if not c["verified"]),
        missing_documents=sorted({c["doc_id"] for c in cits if not c["doc_found"]}),
    )
