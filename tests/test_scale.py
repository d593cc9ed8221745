"""Worker processes: the feed does not depend on how many analyse it."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app

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
