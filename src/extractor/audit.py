"""Citation verification: does every claim in a feed still rest on the text it cites?

The audit re-reads the corpus exactly as the run did (``ingest.iter_documents``), compares
each document with the sha256 the run recorded in its manifest, and checks every record:
its shape (the pydantic ``Event`` model), that each quote is ``raw[start:end]``, that each
claim field with a value has evidence, and that each evidence id names a citation of the
same record. Problems are collected, never raised, so that one run lists all of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import ExtractorError, InputError
from .ingest import Document, iter_documents
from .schema import CLAIM_FIELDS, Event

__all__ = [
    "PROBLEM_KINDS",
    "AuditResult",
    "FeedError",
    "Problem",
    "audit_feed",
    "has_value",
    "iter_feed",
    "load_corpus",
    "load_feed",
    "load_manifest",
]

# Every kind of problem the audit can report, with the sentence a reader sees first.
PROBLEM_KINDS: dict[str, str] = {
    "not_json": "feed line is not a JSON object",
    "schema": "record does not validate against the Event model",
    "duplicate_id": "record id used by an earlier record",
    "duplicate_citation": "citation id used twice in the record",
    "missing_document": "cited document is not in the corpus",
    "not_in_manifest": "cited document is not listed in the run manifest",
    "document_changed": "document text changed since the run (sha256 differs)",
    "offset_out_of_range": "citation offsets fall outside the document",
    "quote_mismatch": "quote != raw[start:end]",
    "missing_evidence": "field has a value but no evidence",
    "dangling_evidence": "evidence id names no citation of this record",
}


class FeedError(ExtractorError):
    """A feed, corpus or manifest that cannot be read at all (a usage error, exit 2)."""


@dataclass(frozen=True)
class Problem:
    record_id: str | None
    field: str
    kind: str
    detail: str = ""
    line: int | None = None

    @property
    def message(self) -> str:
        base = PROBLEM_KINDS.get(self.kind, self.kind)
        return f"{base}: {self.detail}" if self.detail else base

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["message"] = self.message
        return out


@dataclass
class AuditResult:
    feed: Path
    corpus: Path
    manifest: Path
    records: int = 0
    citations: int = 0
    documents: int = 0
    problems: list[Problem] = field(default_factory=list)
    # Corpus files the re-read could not load: they explain missing_document problems but
    # are not feed problems themselves (the run reported them in errors.jsonl too).
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def kinds(self) -> set[str]:
        return {p.kind for p in self.problems}

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "feed": str(self.feed),
            "corpus": str(self.corpus),
            "manifest": str(self.manifest),
            "records": self.records,
            "citations": self.citations,
            "documents": self.documents,
            "problems": [p.to_json() for p in self.problems],
            "notes": self.notes,
        }


# ---------------------------------------------------------------------------------------
# Reading feeds, manifests and corpora


def _check_file(path: Path, what: str) -> None:
    if not path.exists():
        raise FeedError(f"{what} {str(path)!r} does not exist")
    if path.is_dir():
        raise FeedError(f"{what} {str(path)!r} is a folder, not a file")


def iter_feed(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """Yield (line number, record or None, error or None) for each non-blank feed line.

    Lenient on purpose: the audit reports a bad line and goes on with the rest.
    """
    _check_file(path, "feed")
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise FeedError(f"cannot read feed {str(path)!r}: {exc.strerror or exc}") from None
    with fh:
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield lineno, None, f"not JSON: {exc.msg} (column {exc.colno})"
                    continue
                if not isinstance(obj, dict):
                    yield lineno, None, f"expected a JSON object, got {type(obj).__name__}"
                    continue
                yield lineno, obj, None
        except UnicodeDecodeError as exc:
            raise FeedError(f"feed {str(path)!r} is not UTF-8: {exc.reason}") from None


def load_feed(path: Path) -> list[dict[str, Any]]:
    """All records of a feed; the first unreadable line is an error naming it."""
    records = []
    for lineno, obj, error in iter_feed(path):
        if obj is None:
            raise FeedError(f"{path}:{lineno}: {error}")
        records.append(obj)
    return records


def load_manifest(path: Path) -> dict[str, str]:
    """doc_id -> sha256 of the raw text as the run read it."""
    _check_file(path, "manifest")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedError(f"manifest {str(path)!r} is not readable JSON: {exc}") from None
    inputs = data.get("inputs") if isinstance(data, dict) else None
    if not isinstance(inputs, list):
        raise FeedError(f"manifest {str(path)!r} has no 'inputs' list (is it a run manifest?)")
    shas: dict[str, str] = {}
    for item in inputs:
        if isinstance(item, dict) and isinstance(item.get("doc_id"), str):
            shas[item["doc_id"]] = str(item.get("sha256"))
    return shas


def load_corpus(corpus: Path) -> tuple[dict[str, Document], list[InputError]]:
    """Documents of the corpus by doc_id, read the way ``extractor run`` read them."""
    if not corpus.exists():
        raise FeedError(f"corpus {str(corpus)!r} does not exist")
    errors: list[InputError] = []
    docs = {d.doc_id: d for d in iter_documents([str(corpus)], errors=errors)}
    return docs, errors


# ---------------------------------------------------------------------------------------
# Checks


def has_value(value: object) -> bool:
    """A claim needs evidence when it says something: not null, not an empty list/map/str."""
    return value is not None and value != [] and value != {} and value != ""


def _clip(text: str, n: int = 60) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= n else text[: n - 1] + "…"


def _schema_problems(rid: str | None, obj: dict[str, Any], line: int) -> list[Problem]:
    try:
        Event.model_validate(obj)
    except ValidationError as exc:
        return [
            Problem(rid, ".".join(str(x) for x in err["loc"]) or "-", "schema", err["msg"], line)
            for err in exc.errors()
        ]
    return []


def _citation_problems(
    rid: str | None,
    cit: dict[str, Any],
    line: int,
    docs: dict[str, Document],
    shas: dict[str, str],
    seen_docs: set[str],
) -> list[Problem]:
    out: list[Problem] = []
    cid = str(cit.get("id"))
    where = f"citations[{cid}]"
    doc_id = cit.get("doc_id")
    doc = docs.get(doc_id) if isinstance(doc_id, str) else None
    if doc is None:
        out.append(Problem(rid, where, "missing_document", f"doc_id {doc_id!r}", line))
        return out
    # Changed or unlisted documents are reported once per record, not once per citation.
    if doc_id not in seen_docs:
        seen_docs.add(doc_id)
        if doc_id not in shas:
            out.append(Problem(rid, where, "not_in_manifest", f"doc_id {doc_id!r}", line))
        elif shas[doc_id] != doc.sha256:
            out.append(
                Problem(
                    rid, where, "document_changed",
                    f"{doc_id}: manifest {shas[doc_id][:12]}…, now {doc.sha256[:12]}…", line,
                )
            )
    start, end, quote = cit.get("start"), cit.get("end"), cit.get("quote")
    if not (isinstance(start, int) and isinstance(end, int)) or not (
        0 <= start <= end <= len(doc.raw)
    ):
        out.append(
            Problem(
                rid, where, "offset_out_of_range",
                f"[{start}:{end}] in {doc_id} of {len(doc.raw)} characters", line,
            )
        )
        return out
    actual = doc.raw[start:end]
    if quote != actual:
        out.append(
            Problem(
                rid, where, "quote_mismatch",
                f"quote {_clip(str(quote))!r} but {doc_id}[{start}:{end}] is {_clip(actual)!r}",
                line,
            )
        )
    return out


def _evidence_problems(
    rid: str | None, obj: dict[str, Any], ids: set[str], line: int
) -> list[Problem]:
    out: list[Problem] = []
    evidence = obj.get("evidence")
    evidence = evidence if isinstance(evidence, dict) else {}
    for name in CLAIM_FIELDS:
        if has_value(obj.get(name)) and not evidence.get(name):
            out.append(Problem(rid, name, "missing_evidence", "", line))
    for name, cids in evidence.items():
        for cid in cids if isinstance(cids, list) else [cids]:
            if cid not in ids:
                out.append(Problem(rid, f"evidence.{name}", "dangling_evidence", repr(cid), line))
    # The other places a record names citations must resolve too, or the report links to
    # nothing: each source's version of a disputed field, status history, attributions.
    disagreements = obj.get("disagreements")
    if isinstance(disagreements, dict):
        for name, variants in disagreements.items():
            for variant in variants if isinstance(variants, list) else []:
                cited = variant.get("citations", []) if isinstance(variant, dict) else []
                for cid in cited if isinstance(cited, list) else []:
                    if cid not in ids:
                        where = f"disagreements.{name}"
                        out.append(Problem(rid, where, "dangling_evidence", repr(cid), line))
    history = obj.get("status_history")
    for entry in history if isinstance(history, list) else []:
        cid = entry.get("citation") if isinstance(entry, dict) else None
        if cid is not None and cid not in ids:
            out.append(Problem(rid, "status_history", "dangling_evidence", repr(cid), line))
    attributions = obj.get("attributions")
    if isinstance(attributions, dict):
        for cid in attributions:
            if cid not in ids:
                out.append(Problem(rid, "attributions", "dangling_evidence", repr(cid), line))
    return out


def audit_feed(*, feed: Path, corpus: Path, manifest: Path | None) -> AuditResult:
    """Check every record of ``feed`` against the documents in ``corpus``.

    ``manifest`` defaults to ``manifest.json`` beside the feed (where ``extractor run``
    writes it). Raises FeedError when an argument cannot be used at all; everything wrong
    inside the feed is a Problem in the result.
    """
    feed, corpus = Path(feed), Path(corpus)
    manifest_path = Path(manifest) if manifest is not None else feed.parent / "manifest.json"
    _check_file(feed, "feed")
    if not manifest_path.exists() and manifest is None:
        raise FeedError(
            f"no run manifest at {str(manifest_path)!r} (needed for the sha256 of each "
            "document); pass --manifest PATH"
        )
    shas = load_manifest(manifest_path)
    docs, errors = load_corpus(corpus)
    result = AuditResult(feed=feed, corpus=corpus, manifest=manifest_path, documents=len(docs))
    result.notes = [f"corpus: {e}" for e in errors]
    seen_ids: dict[str, int] = {}
    for line, obj, error in iter_feed(feed):
        if obj is None:
            result.problems.append(Problem(None, "-", "not_json", error or "", line))
            continue
        result.records += 1
        rid = obj.get("id") if isinstance(obj.get("id"), str) else None
        result.problems.extend(_schema_problems(rid, obj, line))
        if rid is not None:
            if rid in seen_ids:
                result.problems.append(
                    Problem(rid, "id", "duplicate_id", f"first on line {seen_ids[rid]}", line)
                )
            else:
                seen_ids[rid] = line
        listed = obj.get("citations")
        citations = [c for c in listed if isinstance(c, dict)] if isinstance(listed, list) else []
        ids: set[str] = set()
        seen_docs: set[str] = set()
        for cit in citations:
            result.citations += 1
            cid = cit.get("id")
            if cid in ids:
                result.problems.append(
                    Problem(rid, f"citations[{cid}]", "duplicate_citation", "", line)
                )
            if isinstance(cid, str):
                ids.add(cid)
            result.problems.extend(_citation_problems(rid, cit, line, docs, shas, seen_docs))
        result.problems.extend(_evidence_problems(rid, obj, ids, line))
    return result


def format_table(result: AuditResult) -> str:
    """The problems as aligned plain-text columns (readable in a pipe, greppable)."""
    header = ("RECORD", "LINE", "FIELD", "PROBLEM")
    rows = [
        (p.record_id or "-", str(p.line or "-"), p.field, f"{p.kind}: {p.message}")
        for p in result.problems
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    lines = []
    for row in [header, *rows]:
        cells = [row[i].ljust(widths[i]) for i in range(3)]
        lines.append("  ".join([*cells, row[3]]).rstrip())
    return "\n".join(lines)
