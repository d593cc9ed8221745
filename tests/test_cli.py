"""The command line as a user meets it: outputs, summaries and every error path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

GOOD = (
    "China and Russia held a joint naval exercise in the Sea of Japan on July 5, 2023, "
    "the two defence ministries said.\n"
)


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "feed" / "events.jsonl"
    result = runner.invoke(app, ["run", str(ROOT / "corpus"), "-o", str(out), "--no-progress"])
    return result, out


def test_run_writes_feed_mentions_manifest(corpus_run):
    result, out = corpus_run
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) >= 20
    mentions = (out.parent / "mentions.jsonl").read_text().splitlines()
    assert len(mentions) >= len(records)
    manifest = json.loads((out.parent / "manifest.json").read_text())
    assert manifest["counts"]["documents"] == 5
    assert manifest["counts"]["events"] == len(records)
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    assert manifest["ruleset"] == records[0]["extractor"]["ruleset"]
    assert (out.parent / "errors.jsonl").read_text() == ""
    assert "5 article(s)" in result.output
    assert not list(out.parent.glob(".*.tmp"))


def test_run_to_stdout(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    side = tmp_path / "side"
    side.mkdir()
    result = runner.invoke(
        app, ["run", str(tmp_path / "a.txt"), "-o", "-", "--no-progress"], catch_exceptions=False
    )
    assert result.exit_code == 0
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert len(lines) == 1 and json.loads(lines[0])["event_type"] == "naval_exercise"


def test_run_reads_jsonl_from_stdin(tmp_path):
    record = {"doc_id": "x-1", "text": GOOD, "published": "2023-07-06", "source": "test"}
    out = tmp_path / "events.jsonl"
    result = runner.invoke(
        app, ["run", "-", "-o", str(out), "--no-progress"], input=json.dumps(record) + "\n"
    )
    assert result.exit_code == 0, result.output
    rec = json.loads(out.read_text().splitlines()[0])
    assert rec["citations"][0]["doc_id"] == "x-1"
    assert rec["citations"][0]["source"] == "test"


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (corpus / "latin.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 40)
    (corpus / "metadata.jsonl").write_text(
        '{"file": "good.txt", "doc_id": "good", "published": "2023-07-06"}\n{not json\n'
    )
    out = tmp_path / "out" / "events.jsonl"
    result = runner.invoke(app, ["run", str(corpus), "-o", str(out), "--no-progress"])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "file is empty" in result.output
    assert "binary.txt" in result.output and "binary" in result.output
    assert "latin.txt" in result.output
    assert "metadata.jsonl" in result.output and "not JSON" in result.output
    assert "Traceback" not in result.output
    errors = [json.loads(x) for x in (out.parent / "errors.jsonl").read_text().splitlines()]
    assert {Path(e["path"]).name for e in errors} >= {
        "empty.txt",
        "binary.txt",
        "latin.txt",
        "metadata.jsonl",
    }
    records = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(records) == 1 and records[0]["citations"][0]["doc_id"] == "good"


def test_missing_path_is_an_input_error(tmp_path):
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "-o", str(out), "--no-progress"])
    assert result.exit_code == 1
    assert "nope" in result.output and "does not exist" in result.output


def test_unknown_option_is_a_usage_error():
    result = runner.invoke(app, ["run", "corpus", "--frobnicate"])
    assert result.exit_code == 2


def test_invalid_rule_data_is_a_usage_error(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    (models / "actors.jsonl").write_text("{oops\n")
    result = runner.invoke(app, ["rules", "--models", str(models)])
    assert result.exit_code == 2
    assert "Error:" in result.output and "actors.jsonl:1" in result.output
    assert "places.jsonl: missing" in result.output


def test_missing_model_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    result = runner.invoke(
        app,
        [
            "run",
            str(tmp_path / "a.txt"),
            "--model",
            "no_such_model",
            "-o",
            str(tmp_path / "e.jsonl"),
            "--no-progress",
        ],
    )
    assert result.exit_code == 2
    assert "no_such_model" in result.output


def test_schema_command_prints_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "citations" in schema["properties"] and "evidence" in schema["required"]


def test_rules_command_reports_counts():
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["counts"]["platforms"] > 50 and len(info["ruleset"]) == 16


def test_help_has_examples():
    result = runner.invoke(app, ["run", "--help"])
    assert result.exit_code == 0
    assert "Examples" in result.output and "extractor run corpus/" in result.output
