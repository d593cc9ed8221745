"""Worker processes: the feed does not depend on how many analyse it."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from extractor import __version__
from extractor.cli import app
from extractor.events import RawMention
from extractor.resolve import CitedMention

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"
OUTPUTS = ("events.jsonl", "mentions.jsonl", "errors.jsonl")


def _inputs(tmp_path: Path) -> list[str]:
    # Good articles plus inputs that fail at ingest (bad JSON line) and after cleaning
    # (whitespace only), so the order of errors.jsonl is compared too.
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"doc_id": "b-1", "text": "   \\n  "}\nnot json\n'
        '{"doc_id": "b-2", "text": "Russia and China held joint naval drills on Monday."}\n',
        encoding="utf-8",
    )
    return [str(ARTICLES), str(bad)]


def _run(tmp_path: Path, name: str, *extra: str) -> Path:
    out = tmp_path / name / "events.jsonl"
    args = ["run", *_inputs(tmp_path), "-o", str(out), "--no-progress", *extra]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # the bad inputs are reported
    return out.parent


def test_two_workers_write_the_same_feed_as_one(tmp_path: Path) -> None:
    one = _run(tmp_path, "one", "--no-cache")
    two = _run(tmp_path, "two", "--no-cache", "--workers", "2", "--batch-size", "4")
    for name in OUTPUTS:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    assert (one / "events.jsonl").stat().st_size > 0
    assert not (one / "cache").exists()


def test_documents_keep_no_text(analyzer) -> None:
    from extractor.pipeline import extract

    result = extract(inputs=[str(ARTICLES)], analyzer=analyzer)
    assert result.documents and all(d.raw is None for d in result.documents)
    assert [d.doc_id for d in result.documents] == sorted(d.doc_id for d in result.documents)


def test_batch_size_does_not_change_the_feed(analyzer, tmp_path: Path) -> None:
    from extractor.pipeline import extract

    shutil.copytree(ARTICLES, tmp_path / "a")
    big = extract(inputs=[str(tmp_path / "a")], analyzer=analyzer, batch_size=64)
    small = extract(inputs=[str(tmp_path / "a")], analyzer=analyzer, batch_size=3)
    assert big.records == small.records and big.mentions == small.mentions


def _analysed(analyzer, folders: list[Path]) -> list[tuple[str, list]]:
    """(doc_id, mentions) of every article, analysed one shard per folder."""
    from extractor.ingest import iter_documents
    from extractor.pipeline import AnalyzerConfig, analyse_shard, mention_from_json

    out = []
    for folder in folders:
        docs = list(iter_documents([str(folder)], errors=[]))
        for d, text in zip(docs, analyse_shard(docs, AnalyzerConfig(), analyzer), strict=True):
            payload = json.loads(text)
            if payload["mentions"] is not None:
                out.append((d.doc_id, [mention_from_json(m) for m in payload["mentions"]]))
    return out


def test_records_built_on_disk_equal_records_built_in_memory(analyzer) -> None:
    """The run merges one cluster at a time from its store; pipeline.merge holds every
    mention and record in memory. Same records, same order; and the mentions' lines
    rendered beside the analysis are those of the mentions read back."""
    from extractor.pipeline import extract, mention_record, merge

    folders = [ARTICLES, ROOT / "tests" / "articles2", ROOT / "corpus"]
    result = extract(inputs=[str(f) for f in folders], analyzer=analyzer)
    info = {"version": __version__, "ruleset": result.ruleset, "model": result.model}
    analysed = _analysed(analyzer, folders)
    expected = merge(analysed, info)
    assert len(expected) > 50
    assert result.records == expected
    in_order = sorted(analysed, key=lambda r: r[0])
    assert result.mentions == [mention_record(cm) for _, cms in in_order for cm in cms]


def _mention(doc_id: str, status: str, published: date) -> CitedMention:
    """A dated China-Russia naval exercise reported in sentence 0 of doc_id."""
    raw = RawMention(
        doc_id=doc_id, sent_index=0, trigger="drills", trigger_char=30, kind="event",
        name=None, event_type="naval_exercise", status=status,
        participants=[{"name": "China", "code": "CHN"}, {"name": "Russia", "code": "RUS"}],
        date={"text": "1 May 2019", "value": "2019-05-01", "start": "2019-05-01",
              "end": "2019-05-01", "granularity": "day", "anchor": "absolute", "mod": None},
        locations=[], assets=[], troops=None, duration=None,
        evidence={"event_type": {0}, "status": {0}, "date": {0}, "participants": {0}},
    )
    cid = f"{doc_id}#s0"
    citation = {"id": cid, "doc_id": doc_id, "sentence_index": 0, "start": 0, "end": 40,
                "quote": "China and Russia held naval drills on 1 May 2019"[:40],
                "source": None, "url": None, "published": published.isoformat()}
    return CitedMention(raw=raw, citations={0: citation},
                        evidence={k: [cid] for k in raw.evidence}, published=published,
                        doc_order=0, id=f"{doc_id}:m0")


def test_clusters_with_the_same_id_key_get_the_ids_of_an_in_memory_merge() -> None:
    """Drills reported held and reported not held are two records with the same id key;
    built one cluster at a time they must still get the ids build_records gives them."""
    from extractor.pipeline import DocInfo, mention_to_json, merge
    from extractor.resolve import build_records, cluster_mentions
    from extractor.spill import RunStore

    info = {"version": "0", "ruleset": "r", "model": "m"}
    day = date(2019, 5, 2)
    docs = [("a-1", "occurred"), ("b-1", "negated"), ("c-1", "occurred"), ("d-1", "negated")]
    mentions = {doc_id: [_mention(doc_id, status, day)] for doc_id, status in docs}
    for order, cms in enumerate(mentions.values()):
        cms[0].doc_order = order
    clusters = cluster_mentions([cms[0] for cms in mentions.values()])
    alone = {build_records([c], info)[0]["id"] for c in clusters}
    assert len(clusters) >= 2 and len(alone) < len(clusters)  # ids do collide

    expected = merge(list(mentions.items()), info)
    assert len({r["id"] for r in expected}) == len(expected)
    store = RunStore()
    try:
        for doc_id, cms in reversed(mentions.items()):  # arrival order does not matter
            store.add(DocInfo(doc_id, f"{doc_id}.txt", "0" * 64, "utf-8", day),
                      [mention_to_json(cm) for cm in cms], [])
        assert store.merge(info) == len(expected)
        assert [json.loads(line) for line in store.record_lines()] == expected
        assert [d.doc_id for d in store.doc_infos()] == sorted(mentions)
    finally:
        store.close()


def test_streamed_manifest_is_the_same_json(tmp_path: Path) -> None:
    from extractor.feed import write_json

    for items in ([], [{"doc_id": "a", "n": [1, 2], "x": {"é": None}}, {"doc_id": "b"}]):
        manifest = {"extractor": "0", "inputs": items, "counts": {"documents": len(items)}}
        whole, streamed = tmp_path / "whole.json", tmp_path / "streamed.json"
        write_json(whole, manifest)
        write_json(streamed, {**manifest, "inputs": None}, streamed=("inputs", iter(items)))
        assert streamed.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
