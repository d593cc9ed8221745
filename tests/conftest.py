"""Shared fixtures: the pipeline is loaded once per test session (about a second)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def app():
    """The real command-line app, with every command registered."""
    from extractor.cli import app as cli_app

    return cli_app


@pytest.fixture(scope="session")
def analyzer():
    from extractor.pipeline import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def seed_result(analyzer):
    from extractor.pipeline import extract

    return extract(inputs=[str(CORPUS)], analyzer=analyzer)


@pytest.fixture(scope="session")
def seed_raw() -> dict[str, str]:
    meta = [json.loads(line) for line in (CORPUS / "metadata.jsonl").read_text().splitlines()]
    return {m["doc_id"]: (CORPUS / m["file"]).read_text(encoding="utf-8") for m in meta}


@pytest.fixture
def run_text(analyzer):
    """Run the whole pipeline on one made-up article and return (records, mentions)."""
    from extractor.pipeline import extract

    def _run(text: str, published: str | None = "2023-06-10", doc_id: str = "t-1"):
        import io

        record = {"doc_id": doc_id, "text": text, "published": published}
        res = extract(inputs=["-"], analyzer=analyzer, stdin=io.StringIO(json.dumps(record)))
        assert not res.errors, res.errors
        return res.records, res.mentions

    return _run


@pytest.fixture
def run_texts(analyzer):
    """Run the whole pipeline on several made-up articles at once: (text, published) pairs
    in, the feed's records out. (Older form-test modules keep their own copy.)"""
    import io

    from extractor.pipeline import extract

    def _run(*articles: tuple[str, str | None]) -> list[dict]:
        lines = "\n".join(
            json.dumps({"doc_id": f"t-{k}", "text": text, "published": published})
            for k, (text, published) in enumerate(articles, 1)
        )
        res = extract(inputs=["-"], analyzer=analyzer, stdin=io.StringIO(lines))
        assert not res.errors, res.errors
        return res.records

    return _run
