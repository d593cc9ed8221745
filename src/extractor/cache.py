"""Per-document analysis results on disk, so a re-run only analyses what is new.

An entry is keyed by everything that can change a document's mentions: its text, the
metadata the analysis reads (doc_id, published, source, url) and the pipeline itself
(extractor version and source code, ruleset hash, spaCy model and spaCy version). Change
any of them and the key changes, so a stale result is never reused; old entries are just
never read again. Each entry is written to a temporary file and renamed into place as
soon as its document is analysed, so a killed run keeps every document it finished.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import spacy

from . import __version__
from .ingest import Document

FORMAT = 1


@lru_cache(maxsize=1)
def code_hash() -> str:
    """sha256 of the package's Python sources: a code change between releases that keep
    the version number still invalidates the cache."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def pipeline_key(*, model: str, ruleset: str) -> str:
    parts = {
        "format": FORMAT,
        "extractor": __version__,
        "code": code_hash(),
        "ruleset": ruleset,
        "model": model,
        "spacy": spacy.__version__,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def document_key(document: Document) -> str:
    """The document's text and the metadata that the analysis reads."""
    parts = [
        document.sha256,
        document.doc_id,
        document.published.isoformat() if document.published else None,
        document.source,
        document.url,
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


class Cache:
    """Folder of JSON entries: ROOT/PIPELINE_KEY/ab/abcdef....json."""

    def __init__(self, root: str | Path, pipeline: str):
        self.dir = Path(root) / pipeline
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            text = self._path(key).read_text(encoding="utf-8")
            entry = json.loads(text)
        except (OSError, ValueError):
            # Missing, unreadable or corrupt: analyse the document again.
            self.misses += 1
            return None
        if not isinstance(entry, dict) or entry.get("key") != key:
            self.misses += 1
            return None
        self.hits += 1
        return entry

    def put(self, key: str, payload: dict) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"key": key, **payload}, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(data)
            # No fsync: a killed process loses nothing the kernel already has, and an entry
            # lost to a power cut is only analysed again.
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        self.writes += 1
