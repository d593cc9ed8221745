"""extractor audit: a clean feed passes; each kind of tampering is reported and exits 1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from extractor.audit import AuditResult, FeedError, audit_feed
from extractor.ingest import sha256_text
from extractor.schema import Event

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

RAW = (
    "Drills at sea\n\n"
    "China and Russia held a joint naval exercise in the Sea of Japan on July 5, 2023. "
    "Officials said more drills would follow.\n"
)
SENTENCE = "China and Russia held a joint naval exercise in the Sea of Japan on July 5, 2023."


def real_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus run once per session through ``extractor run`` (feed + manifest).

    Kept in the session's base temp folder so every test module that asks reuses it.
    """
    from extractor.cli import app

    base = tmp_path_factory.getbasetemp() / "real-feed"
    feed = base / "out" / "events.jsonl"
    if not feed.exists():
        shutil.copytree(ROOT / "corpus", base / "corpus", dirs_exist_ok=True)
        r = runner.invoke(app, ["run", str(base / "corpus"), "-o", str(feed), "--no-progress"])
        assert r.exit_code == 0, r.output
    return feed


def write_synthetic(folder: Path) -> tuple[Path, Path]:
    """A one-document corpus and a one-record feed written by hand, with its manifest."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text(RAW, encoding="utf-8")
    meta = {"file": "a.txt", "doc_id": "doc-a", "source": "Test Wire",
            "url": "https://example.org/a", "published": "2023-07-06"}
    (corpus / "metadata.jsonl").write_text(json.dumps(meta) + "\n", encoding="utf-8")
    start = RAW.index(SENTENCE)
    cit = {"id": "doc-a#s1", "doc_id": "doc-a", "sentence_index": 1, "start": start,
           "end": start + len(SENTENCE), "quote": SENTENCE, "source": "Test Wire",
           "url": "https://example.org/a", "published": "2023-07-06"}
    record = {
        "id": "ev-1", "kind": "event", "name": None, "event_type": "naval_exercise",
        "status": "occurred",
        "participants": [{"name": "China", "code": "CHN"}, {"name": "Russia", "code": "RUS"}],
        "date": {"text": "July 5, 2023", "value": "2023-07-05", "start": "2023-07-05",
                 "end": "2023-07-05", "granularity": "day", "anchor": "absolute"},
        "locations": [{"name": "Sea of Japan", "kind": "sea", "country": None}],
        "assets": [], "troops": None, "duration": None, "citations": [cit],
        "evidence": {f: ["doc-a#s1"]
                     for f in ("event_type", "status", "date", "locations", "participants")},
        "extractor": {"version": "0.1.0", "ruleset": "test"},
    }
    Event.model_validate(record)  # the fixture itself must be a valid record
    out = folder / "feed"
    out.mkdir()
    feed = out / "events.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    manifest = {"inputs": [{"doc_id": "doc-a", "path": str(corpus / "a.txt"),
                            "sha256": sha256_text(RAW)}]}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return feed, corpus


def edit_records(feed: Path, change) -> None:
    records = [json.loads(x) for x in feed.read_text(encoding="utf-8").splitlines()]
    change(records)
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")




@pytest.fixture
def synthetic(tmp_path: Path) -> tuple[Path, Path]:
    return write_synthetic(tmp_path)


def audit(feed: Path, corpus: Path) -> AuditResult:
    return audit_feed(feed=feed, corpus=corpus, manifest=None)


# --- the real pipeline output ------------------------------------------------------------


def test_real_feed_is_clean(app: typer.Typer, tmp_path_factory: pytest.TempPathFactory) -> None:
    feed = real_feed(tmp_path_factory)
    corpus = feed.parents[1] / "corpus"
    result = audit(feed, corpus)
    assert result.ok, [p.to_json() for p in result.problems]
    assert result.records > 10 and result.citations > result.records
    assert result.documents == len(list(corpus.glob("*.txt")))
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus)])
    assert r.exit_code == 0, r.output
    assert r.stdout == "" and "OK:" in r.stderr


def test_real_feed_tampered_quote(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    src = real_feed(tmp_path_factory)
    feed = tmp_path / "events.jsonl"
    shutil.copy(src, feed)
    shutil.copy(src.parent / "manifest.json", tmp_path / "manifest.json")

    def change(records: list[dict]) -> None:
        records[3]["citations"][0]["quote"] = "China and Russia never held any exercise."

    edit_records(feed, change)
    result = audit(feed, src.parents[1] / "corpus")
    rid = json.loads(feed.read_text(encoding="utf-8").splitlines()[3])["id"]
    assert [(p.record_id, p.kind, p.line) for p in result.problems] == [
        (rid, "quote_mismatch", 4)
    ]


# --- one problem at a time on a hand-written feed ---------------------------------------


def test_synthetic_feed_is_clean(synthetic: tuple[Path, Path]) -> None:
    result = audit(*synthetic)
    assert result.ok and result.records == 1 and result.citations == 1


def test_tampered_quote(app: typer.Typer, synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    edit_records(feed, lambda rs: rs[0]["citations"][0].update(quote="Something else."))
    result = audit(feed, corpus)
    assert [(p.record_id, p.field, p.kind) for p in result.problems] == [
        ("ev-1", "citations[doc-a#s1]", "quote_mismatch")
    ]
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus)])
    assert r.exit_code == 1
    header, row = r.stdout.splitlines()
    assert header.split() == ["RECORD", "LINE", "FIELD", "PROBLEM"]
    assert row.split()[:4] == ["ev-1", "1", "citations[doc-a#s1]", "quote_mismatch:"]
    assert r.stderr.startswith("Error: 1 problem(s)")


def test_offsets_out_of_range(synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    edit_records(feed, lambda rs: rs[0]["citations"][0].update(end=10_000))
    assert audit(feed, corpus).kinds() == {"offset_out_of_range"}


def test_changed_source_file(app: typer.Typer, synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    # Appending keeps the cited offsets valid: only the sha256 tells that the text changed.
    with (corpus / "a.txt").open("a", encoding="utf-8") as fh:
        fh.write("A correction was added later.\n")
    result = audit(feed, corpus)
    assert [(p.record_id, p.kind) for p in result.problems] == [("ev-1", "document_changed")]
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus)])
    assert r.exit_code == 1 and "document_changed" in r.stdout


def test_missing_document(app: typer.Typer, synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    (corpus / "a.txt").unlink()
    result = audit(feed, corpus)
    assert [(p.record_id, p.kind) for p in result.problems] == [("ev-1", "missing_document")]
    # metadata.jsonl still names the file: that is reported as a note, not a feed problem.
    assert result.notes and "a.txt" in result.notes[0]
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus)])
    assert r.exit_code == 1 and "missing_document" in r.stdout and "Warning:" in r.stderr


def test_document_not_in_manifest(synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    (feed.parent / "manifest.json").write_text('{"inputs": []}', encoding="utf-8")
    assert audit(feed, corpus).kinds() == {"not_in_manifest"}


def test_dangling_evidence_id(app: typer.Typer, synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    edit_records(feed, lambda rs: rs[0]["evidence"].update(date=["doc-a#s99"]))
    result = audit(feed, corpus)
    assert [(p.field, p.kind, p.detail) for p in result.problems] == [
        ("evidence.date", "dangling_evidence", "'doc-a#s99'")
    ]
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus)])
    assert r.exit_code == 1 and "dangling_evidence" in r.stdout


def test_dangling_citation_in_disagreements(synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    variant = {"value": "planned", "citations": ["doc-b#s3"], "doc_id": "doc-b"}
    edit_records(feed, lambda rs: rs[0].update(disagreements={"status": [variant]}))
    assert [(p.field, p.kind) for p in audit(feed, corpus).problems] == [
        ("disagreements.status", "dangling_evidence")
    ]


@pytest.mark.parametrize("field", ["participants", "date", "status"])
def test_missing_evidence_for_a_field(
    app: typer.Typer, synthetic: tuple[Path, Path], field: str
) -> None:
    feed, corpus = synthetic
    edit_records(feed, lambda rs: rs[0]["evidence"].pop(field))
    result = audit(feed, corpus)
    assert [(p.record_id, p.field, p.kind) for p in result.problems] == [
        ("ev-1", field, "missing_evidence")
    ]
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus), "--format", "json"])
    assert r.exit_code == 1
    out = json.loads(r.stdout)
    assert out["ok"] is False
    assert out["problems"][0]["kind"] == "missing_evidence" and out["problems"][0]["field"] == field


def test_empty_values_need_no_evidence(synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    edit_records(feed, lambda rs: (rs[0].update(locations=[]), rs[0]["evidence"].pop("locations")))
    assert audit(feed, corpus).ok


def test_schema_violation_and_duplicate_id(synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic

    def change(records: list[dict]) -> None:
        records.append(dict(records[0], event_type="parade"))

    edit_records(feed, change)
    result = audit(feed, corpus)
    assert [(p.line, p.field, p.kind) for p in result.problems] == [
        (2, "event_type", "schema"),
        (2, "id", "duplicate_id"),
    ]


def test_feed_line_not_json_is_a_problem(app: typer.Typer, synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    with feed.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "ev-2", \n')
    result = audit(feed, corpus)
    assert [(p.line, p.kind) for p in result.problems] == [(2, "not_json")]
    assert result.records == 1  # the good line was still checked
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus)])
    assert r.exit_code == 1 and "not_json" in r.stdout and r.stderr.startswith("Error:")


# --- usage errors: exit 2, "Error: ..." on stderr ---------------------------------------


def test_missing_feed_file(app: typer.Typer, synthetic: tuple[Path, Path], tmp_path: Path) -> None:
    _, corpus = synthetic
    with pytest.raises(FeedError, match="does not exist"):
        audit(tmp_path / "nope.jsonl", corpus)
    r = runner.invoke(app, ["audit", str(tmp_path / "nope.jsonl"), "--corpus", str(corpus)])
    assert r.exit_code == 2
    assert r.stderr.startswith("Error: feed") and "does not exist" in r.stderr


def test_corpus_folder_missing(
    app: typer.Typer, synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    feed, _ = synthetic
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(tmp_path / "no-corpus")])
    assert r.exit_code == 2 and r.stderr.startswith("Error: corpus")


def test_manifest_missing_or_bad(
    app: typer.Typer, synthetic: tuple[Path, Path], tmp_path: Path
) -> None:
    feed, corpus = synthetic
    (feed.parent / "manifest.json").unlink()
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus)])
    assert r.exit_code == 2 and "--manifest" in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus), "--manifest", str(bad)])
    assert r.exit_code == 2 and r.stderr.startswith("Error: manifest")
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus), "--manifest",
                            str(tmp_path / "none.json")])
    assert r.exit_code == 2 and "does not exist" in r.stderr


def test_bad_format_is_usage_error(app: typer.Typer, synthetic: tuple[Path, Path]) -> None:
    feed, corpus = synthetic
    r = runner.invoke(app, ["audit", str(feed), "--corpus", str(corpus), "--format", "xml"])
    assert r.exit_code == 2


def test_help_has_examples(app: typer.Typer) -> None:
    for command in ("audit", "report", "show"):
        r = runner.invoke(app, [command, "--help"])
        assert r.exit_code == 0 and "Examples" in r.stdout, command
        assert f"extractor {command}" in r.stdout


def test_registered_in_main_cli() -> None:
    from extractor.cli import app as main_app

    r = runner.invoke(main_app, ["--help"])
    assert all(c in r.stdout for c in ("audit", "report", "show"))
