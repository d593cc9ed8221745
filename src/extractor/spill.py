"""One run's per-article results kept on disk while it merges them, so that memory does
not grow with the corpus' text, citations or records.

Each finished article's mentions go, as JSON, into a private temporary SQLite database.
To merge, memory holds only what clustering reads: each mention without its citations,
with equal values (participants, dates, places, strings) shared between mentions. That
clustering state is what still grows with the corpus (about 2 KB a mention, clusters
included), since resolve.cluster_mentions clusters every mention at once; the run frees
the spaCy model before building it. Records are built one cluster at a time from the
stored mentions and sorted on disk, and the mentions, the records and the documents
stream back out in doc_id order.

The output is the same as clustering and building every record in memory
(``pipeline.merge``): the tests compare the two.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .errors import Errors
from .events import RawMention
from .feed import dumps
from .resolve import CitedMention, Cluster, build_records, cluster_or_isolate
from .schema import Event

if TYPE_CHECKING:
    from .pipeline import DocInfo

# Clustering never reads a mention's citations; a read-only empty map stands in for them,
# so that a slip that tried to build records from a slim mention fails loudly.
_NO_CITATIONS: Any = MappingProxyType({})


class _Shared:
    """One object for each distinct value: the same participants, dates, places and
    strings come back in thousands of mentions, and each parsed copy would cost its own
    memory. Clustering only reads these values; records are built from fresh copies."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.values: dict[str, Any] = {}
        self.days: dict[str, date] = {}

    def __call__(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.strings.setdefault(value, value)
        if isinstance(value, (list, dict)) and value:
            # repr is a faithful key for JSON data (1, 1.0 and True differ) and cheap.
            key = repr(value)
            found = self.values.get(key)
            if found is None:
                if isinstance(value, dict):
                    found = {self(k): self(v) for k, v in value.items()}
                else:
                    found = [self(v) for v in value]
                self.values[key] = found
            return found
        return value

    def sets(self, evidence: dict[str, list[int]]) -> dict[str, set[int]]:
        key = "evidence:" + repr(evidence)
        found = self.values.get(key)
        if found is None:
            found = self.values[key] = {self(k): set(v) for k, v in evidence.items()}
        return found

    def day(self, iso: str | None) -> date | None:
        if iso is None:
            return None
        found = self.days.get(iso)
        if found is None:
            found = self.days[iso] = date.fromisoformat(iso)
        return found


def _slim(obj: dict, shared: _Shared) -> CitedMention:
    """The mention as clustering sees it: every field of the raw mention, no citations."""
    raw = {shared(k): shared(v) for k, v in obj["raw"].items() if k != "evidence"}
    return CitedMention(
        raw=RawMention(**raw, evidence=shared.sets(obj["raw"]["evidence"])),
        citations=_NO_CITATIONS,
        evidence=_NO_CITATIONS,
        published=shared.day(obj["published"]),
        doc_order=0,
        id=obj["id"],
    )


_DOC_FIELDS = (
    "doc_id", "path", "sha256", "encoding", "published", "extracted_from", "source_sha256",
    "raw",
)


class RunStore:
    """Documents, mentions and records of one run in a temporary database."""

    def __init__(self) -> None:
        # "": a private database on disk that SQLite unlinks as soon as it opens it, so
        # not even a killed run leaves it behind. Its page cache is all it keeps in memory.
        self.db = sqlite3.connect("")
        # (path, message, code) of each article whose events could not be merged (E025-E027)
        self.merge_errors: list[tuple[str, str, str]] = []
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("PRAGMA cache_size=-1024")  # KiB
        self.db.executescript(
            """
            CREATE TABLE docs (
                doc_id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, encoding TEXT,
                published TEXT, extracted_from TEXT, source_sha256 TEXT, raw TEXT,
                lines TEXT NOT NULL
            );
            CREATE TABLE mentions (
                id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, n INTEGER NOT NULL,
                json TEXT NOT NULL
            );
            CREATE INDEX mentions_in_order ON mentions (doc_id, n);
            CREATE TABLE records (
                seq INTEGER PRIMARY KEY, cluster INTEGER NOT NULL, start TEXT NOT NULL,
                name TEXT NOT NULL, id TEXT NOT NULL, line TEXT NOT NULL
            );
            CREATE INDEX records_id ON records (id);
            """
        )
        self.documents = 0
        self.mentions = 0
        self.records = 0

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ filling

    def add(self, info: DocInfo, mentions: list[dict], lines: list[str]) -> None:
        """A finished document, its mentions (as ``pipeline.mention_to_json`` gives) and
        their lines of mentions.jsonl."""
        self.db.execute(
            "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                info.doc_id, info.path, info.sha256, info.encoding,
                info.published.isoformat() if info.published else None,
                info.extracted_from, info.source_sha256, info.raw,
                # JSON texts hold no raw newline: joined, they are mentions.jsonl's bytes.
                "".join(line + "\n" for line in lines),
            ),
        )
        self.db.executemany(
            "INSERT INTO mentions (id, doc_id, n, json) VALUES (?, ?, ?, ?)",
            [(m["id"], info.doc_id, n, json.dumps(m)) for n, m in enumerate(mentions)],
        )
        self.documents += 1
        self.mentions += len(mentions)

    # ------------------------------------------------------------------ merging

    def merge(self, extractor_info: dict) -> int:
        """Cluster every mention into records, stored in feed order; return their count.

        Memory holds the mentions as clustering sees them (``_slim``) and the clusters,
        and one cluster's mentions in full while its record is built.
        """
        shared = _Shared()
        mentions: list[CitedMention] = []
        order, last = -1, None
        rows = self.db.execute(
            "SELECT d.doc_id, m.json FROM docs AS d LEFT JOIN mentions AS m"
            " ON m.doc_id = d.doc_id ORDER BY d.doc_id, m.n"
        )
        for doc_id, text in rows:
            if doc_id != last:  # every document takes a place in the order, mentions or not
                order, last = order + 1, doc_id
            if text is not None:
                cm = _slim(json.loads(text), shared)
                cm.doc_order = order
                mentions.append(cm)
        del shared  # its lookup tables are not needed to cluster
        clusters, failed = cluster_or_isolate(mentions)
        del mentions  # the clusters hold every mention that made a record
        seq = 0
        self.merge_errors.clear()
        for doc_id, (code, msg) in sorted(failed.items()):
            (path,) = self.db.execute(
                "SELECT path FROM docs WHERE doc_id = ?", (doc_id,)
            ).fetchone()
            self.merge_errors.append((path, getattr(Errors, code).format(msg=msg), code))
        for n, cluster in enumerate(clusters):
            full = self._hydrate(cluster)
            try:
                rows = []
                for record in build_records([full], extractor_info):
                    record = self._unique_id(record, full, clusters, extractor_info)
                    line = dumps(Event.model_validate(record).model_dump(mode="json"))
                    # The order build_records gives its records: (start, name, id).
                    start = (record["date"] or {}).get("start") or "9999"
                    rows.append((start, record["name"] or "", record["id"], line))
            except Exception as exc:  # one event's bug must not lose every article's records
                self._merge_failed(full, exc)
                continue
            for start, name, id_, line in rows:
                self.db.execute(
                    "INSERT INTO records (seq, cluster, start, name, id, line)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (seq, n, start, name, id_, line),
                )
                seq += 1
        self.db.commit()
        self.records = seq
        return seq

    def _merge_failed(self, cluster: Cluster, exc: Exception) -> None:
        """Each article of the event gets an error naming the sentences it was told in."""
        by_doc: dict[str, list[int]] = {}
        for m in cluster.members:
            by_doc.setdefault(m.raw.doc_id, []).append(m.raw.sent_index)
        for doc_id, sentences in sorted(by_doc.items()):
            (path,) = self.db.execute(
                "SELECT path FROM docs WHERE doc_id = ?", (doc_id,)
            ).fetchone()
            msg = Errors.E025.format(
                sentences=", ".join(str(i) for i in sorted(set(sentences))),
                msg=f"{type(exc).__name__}: {exc}",
            )
            self.merge_errors.append((path, msg, "E025"))

    def _hydrate(self, cluster: Cluster) -> Cluster:
        """The cluster with its members read back whole, in the same order."""
        from .pipeline import mention_from_json

        members = []
        for slim in cluster.members:
            (text,) = self.db.execute(
                "SELECT json FROM mentions WHERE id = ?", (slim.id,)
            ).fetchone()
            full = mention_from_json(json.loads(text))
            full.doc_order = slim.doc_order
            members.append(full)
        return Cluster(members=members)

    def _unique_id(
        self, record: dict, full: Cluster, clusters: list[Cluster], extractor_info: dict
    ) -> dict:
        """build_records gives a cluster whose id an earlier cluster of the same run took
        another one. Built one at a time, a cluster cannot see the earlier ones; it is
        built again after the first that holds its id, which gives it the id it gets
        when every cluster is built together."""
        row = self.db.execute(
            "SELECT cluster FROM records WHERE id = ? ORDER BY seq LIMIT 1", (record["id"],)
        ).fetchone()
        if row is None:
            return record
        pair = build_records([self._hydrate(clusters[row[0]]), full], extractor_info)
        renamed = [r for r in pair if r["id"] != record["id"]]
        return renamed[0] if len(renamed) == 1 else record

    # ------------------------------------------------------------------ reading back

    def record_lines(self) -> Iterator[str]:
        """The feed's lines (JSON, no newline) in feed order."""
        cur = self.db.execute("SELECT line FROM records ORDER BY start, name, id, seq")
        for (line,) in cur:
            yield line

    def mention_text(self) -> Iterator[str]:
        """mentions.jsonl in doc_id order, each document's lines in its own order, in
        blocks of whole lines (newlines included): the payloads carried them ready-made
        (``pipeline.analyse_shard``)."""
        for (block,) in self.db.execute("SELECT lines FROM docs ORDER BY doc_id"):
            if block:
                yield block

    def doc_infos(self) -> Iterator[DocInfo]:
        from .pipeline import DocInfo

        fields = ", ".join(_DOC_FIELDS)
        for row in self.db.execute(f"SELECT {fields} FROM docs ORDER BY doc_id"):
            data = dict(zip(_DOC_FIELDS, row, strict=True))
            published = data["published"]
            data["published"] = date.fromisoformat(published) if published else None
            yield DocInfo(**data)
