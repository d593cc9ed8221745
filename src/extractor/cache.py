"""Per-document analysis results on disk, so a re-run only analyses what is new.

An entry is keyed by everything that can change a document's mentions: its text, the
metadata the analysis reads (doc_id, published, source, url) and the pipeline itself
(extractor version and source code, ruleset hash, spaCy model and spaCy version). Change
any of them and the key changes, so a stale result is never reused; old entries are just
never read again.

The entries of one pipeline live in one SQLite file, ROOT/PIPELINE_KEY.sqlite: a re-run
over thousands of cached articles reads them in milliseconds, where a file per entry cost
an open and a read each. Entries are committed a shard at a time as the shards finish, so
a killed run keeps every shard it finished, and SQLite's journal rolls back the one it
was writing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from functools import lru_cache
from pathlib import Path

from . import __version__
from .ingest import Document

FORMAT = 2


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
    import spacy

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
    """Payloads (JSON text) by document key, in ROOT/PIPELINE_KEY.sqlite.

    The file is opened on first use, so a run that is given a cache but never reads or
    writes it creates nothing.
    """

    def __init__(self, root: str | Path, pipeline: str):
        self.root = Path(root)
        self.path = self.root / f"{pipeline}.sqlite"
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self._db: sqlite3.Connection | None = None
        self._pending = 0

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.root.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except sqlite3.DatabaseError:
                # Not a database (a torn copy, another tool's file): it only held results
                # that can be computed again.
                for suffix in ("", "-wal", "-shm", "-journal"):
                    with contextlib.suppress(FileNotFoundError):
                        Path(f"{self.path}{suffix}").unlink()
                self._db = self._open()
        return self._db

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60)
        # WAL: a reader (a second run, a test watching progress) never blocks the writer.
        # synchronous=NORMAL: a killed process loses nothing committed; only a power cut
        # can lose the last entries, which are then analysed again.
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(
            "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, payload TEXT NOT NULL)"
        )
        db.commit()
        return db

    def get(self, key: str) -> str | None:
        try:
            row = self._connect().execute(
                "SELECT payload FROM entries WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.DatabaseError:
            row = None  # a damaged page: analyse the document again
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return row[0]

    def put(self, key: str, payload: str) -> None:
        """Stage an entry; it is on disk once ``commit`` returns."""
        self._connect().execute(
            "INSERT OR REPLACE INTO entries (key, payload) VALUES (?, ?)", (key, payload)
        )
        self._pending += 1
        self.writes += 1

    def commit(self) -> None:
        if self._db is not None and self._pending:
            self._db.commit()
            self._pending = 0

    def close(self) -> None:
        if self._db is not None:
            self.commit()
            self._db.close()
            self._db = None
