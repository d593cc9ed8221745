"""The per-article cache: re-runs analyse only what changed; killed runs resume."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from extractor.cache import document_key, pipeline_key
from extractor.ingest import Document

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"
CORPUS = ROOT / "corpus"
OUTPUTS = ("events.jsonl", "mentions.jsonl", "errors.jsonl")
CLI = [sys.executable, "-c", "from extractor.cli import app; app()"]


def _folder_with(tmp_path: Path, n: int) -> Path:
    """The first n articles of tests/articles with their metadata."""
    folder = tmp_path / f"articles-{n}"
    folder.mkdir()
    lines = (ARTICLES / "metadata.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [json.loads(x) for x in lines if x.strip()][:n]
    for m in kept:
        shutil.copy(ARTICLES / m["file"], folder / m["file"])
    (folder / "metadata.jsonl").write_text(
        "".join(json.dumps(m) + "\n" for m in kept), encoding="utf-8"
    )
    return folder


def test_rerun_uses_the_cache_without_loading_the_model(tmp_path, analyzer, monkeypatch) -> None:
    from extractor import pipeline

    folder = _folder_with(tmp_path, 8)
    cache = tmp_path / "cache"
    first = pipeline.extract(inputs=[str(folder)], analyzer=analyzer, cache_dir=cache)
    assert first.cache == {"hits": 0, "misses": 8}

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded although every article is cached")

    monkeypatch.setattr(pipeline.Analyzer, "__init__", no_model)
    again = pipeline.extract(inputs=[str(folder)], cache_dir=cache)
    assert again.cache == {"hits": 8, "misses": 0}
    assert (again.records, again.mentions) == (first.records, first.mentions)
    assert [d.doc_id for d in again.documents] == [d.doc_id for d in first.documents]
    assert (again.model, again.ruleset) == (first.model, first.ruleset)


def test_new_articles_alone_are_analysed(tmp_path, analyzer) -> None:
    from extractor.pipeline import extract

    cache = tmp_path / "cache"
    extract(inputs=[str(_folder_with(tmp_path, 6))], analyzer=analyzer, cache_dir=cache)
    folder = _folder_with(tmp_path, 9)
    updated = extract(inputs=[str(folder)], analyzer=analyzer, cache_dir=cache)
    assert updated.cache == {"hits": 6, "misses": 3}
    clean = extract(inputs=[str(folder)], analyzer=analyzer)
    assert (updated.records, updated.mentions) == (clean.records, clean.mentions)


def test_a_damaged_cache_file_is_only_a_cache_miss(tmp_path, analyzer) -> None:
    from extractor.pipeline import extract

    folder = _folder_with(tmp_path, 3)
    cache = tmp_path / "cache"
    first = extract(inputs=[str(folder)], analyzer=analyzer, cache_dir=cache)
    (db,) = cache.glob("*.sqlite")  # one file for every entry of this pipeline
    for path in cache.iterdir():
        if path.name.startswith(db.name):
            path.write_bytes(b"not a database" * 100)
    again = extract(inputs=[str(folder)], analyzer=analyzer, cache_dir=cache)
    assert again.cache == {"hits": 0, "misses": 3}
    assert (again.records, again.mentions) == (first.records, first.mentions)
    third = extract(inputs=[str(folder)], analyzer=analyzer, cache_dir=cache)
    assert third.cache == {"hits": 3, "misses": 0}


def test_keys_change_with_what_affects_results() -> None:
    base = dict(doc_id="d", raw="x", path="p", sha256="a" * 64, published=date(2020, 1, 1))
    key = document_key(Document(**base))
    assert key == document_key(Document(**{**base, "path": "elsewhere"}))
    assert key != document_key(Document(**{**base, "sha256": "b" * 64}))
    assert key != document_key(Document(**{**base, "published": date(2020, 1, 2)}))
    assert key != document_key(Document(**{**base, "source": "wire"}))
    assert key != document_key(Document(**{**base, "url": "https://example.org"}))
    assert key != document_key(Document(**{**base, "doc_id": "e"}))
    p = pipeline_key(model="en_core_web_sm-3.8.0", ruleset="r1")
    assert p != pipeline_key(model="en_core_web_sm-3.8.0", ruleset="r2")
    assert p != pipeline_key(model="en_core_web_sm-3.7.0", ruleset="r1")


def test_changed_ruleset_reanalyses(tmp_path, analyzer) -> None:
    from extractor.pipeline import extract

    folder = _folder_with(tmp_path, 3)
    cache = tmp_path / "cache"
    extract(inputs=[str(folder)], analyzer=analyzer, cache_dir=cache)
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    with (models / "places.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("\n")  # same rules, different bytes: a different ruleset hash
    changed = extract(inputs=[str(folder)], models_dir=models, cache_dir=cache)
    assert changed.ruleset != analyzer.ruleset
    assert changed.cache == {"hits": 0, "misses": 3}


def _cached(cache: Path) -> int:
    """Entries committed to the cache so far (by another process, maybe mid-run)."""
    total = 0
    for db in cache.glob("*.sqlite"):
        try:
            with contextlib.closing(sqlite3.connect(db, timeout=5)) as con:
                total += con.execute("SELECT count(*) FROM entries").fetchone()[0]
        except sqlite3.Error:
            pass  # not created yet
    return total


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_killed_run_leaves_the_feed_and_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    cmd = [*CLI, "run", "-o", str(out / "events.jsonl"), "--no-progress", "--batch-size", "2"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    subprocess.run([*cmd, str(CORPUS)], check=True, env=env, capture_output=True)
    before = _listing(out)
    assert set(OUTPUTS) <= set(before)

    proc = subprocess.Popen([*cmd, str(ARTICLES)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        # Kill it once some articles are cached and before it can finish.
        while time.monotonic() < deadline and proc.poll() is None:
            if _cached(out / "cache") >= 5 + 4:  # the 5 seed articles' entries are there
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert _listing(out) == before  # the previous feed is intact
    assert not [p for p in out.rglob("*.tmp") if p.parent == out]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]

    resumed = subprocess.run([*cmd, str(ARTICLES)], env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["cached"] >= 4
    clean_out = tmp_path / "clean"
    subprocess.run(
        [*CLI, "run", str(ARTICLES), "--no-progress",
         "-o", str(clean_out / "events.jsonl"), "--no-cache"],
        check=True, env=env, capture_output=True,
    )
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (clean_out / name).read_bytes(), name


@pytest.mark.parametrize("flag", ["--no-cache"])
def test_no_cache_writes_no_cache(tmp_path: Path, flag: str) -> None:
    from typer.testing import CliRunner

    from extractor.cli import app

    out = tmp_path / "o" / "events.jsonl"
    result = CliRunner().invoke(app, ["run", str(CORPUS), "-o", str(out), "--no-progress", flag])
    assert result.exit_code == 0, result.output
    assert not (out.parent / "cache").exists()
