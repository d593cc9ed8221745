"""The hostile corpus (tests/hostile/, documented in its README.md) end to end.

Files that are awkward to commit (binary, UTF-16, cp1252, a FIFO, an oversized line) are
made here at test time. Ingestion is checked directly (fast, no model), then the CLI runs
once over everything and the outputs are checked: exit code 1, every bad input named in
errors.jsonl with its code, every good article cited in the feed, every citation exact
in the text the manifest points to, no temporary files, nothing written elsewhere.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.ingest import iter_documents

HOSTILE = Path(__file__).resolve().parent / "hostile"
MAX_BYTES = 20_000

UTF16_TEXT = (
    "China and Russia held the joint strategic exercise Vostok-2022 in the Russian Far East "
    "on September 1, 2022, the defence ministry said.\n"
)
UTF16LE_TEXT = (
    "Chinese and Russian warships held a joint naval exercise in the Baltic Sea on "
    "July 25, 2017, officials said.\n"
)
UTF8_BOM_TEXT = (
    "China and Russia conducted a joint air patrol over the Sea of Japan on May 24, 2022, "
    "the ministry said.\n"
)
CP1252_TEXT = (
    "“China and Russia began the joint naval exercise Joint Sea-2021 in the Sea of Japan on "
    "October 14, 2021,” the ministry’s spokesman said at a café in Moscow.\n"
)

# (file name, code, what metadata.jsonl line skipped it) for every bad input.
EXPECTED_ERRORS = [
    ("empty.txt", "E001", None),
    ("blank.txt", "E001", None),
    ("binary.txt", "E002", None),
    ("controls.txt", "E002", None),
    ("undecodable.txt", "E003", None),
    ("huge-line.txt", "E009", None),
    ("bad name.txt", "E008", None),
    ("nav-only.html", "E020", None),
    ("folder.txt", "E019", None),
    ("metadata.jsonl", "E018", "baddate.txt"),
    ("metadata.jsonl", "E016", "unknown.txt"),
    ("metadata.jsonl", "E007", "dup-b.txt"),
    ("metadata.jsonl", "E008", "sep.txt"),
    ("metadata.jsonl", "E008", "escape.txt"),
    ("metadata.jsonl", "E004", "broken.txt"),
    ("metadata.jsonl", "E006", None),  # missing.txt
    ("metadata.jsonl", "E006", None),  # ../corpus/good-utf8.txt: a path, not a name
    ("metadata.jsonl", "E021", "twice.txt"),
    ("metadata.jsonl", "E023", "wrongtype.txt"),
    ("metadata.jsonl", "E005", None),  # [1, 2, 3]
    ("records.jsonl", "E004", None),  # line 2
    ("records.jsonl", "E005", None),
    ("records.jsonl", "E017", None),
    ("records.jsonl", "E008", None),
    ("records.jsonl", "E007", None),
    ("records.jsonl", "E018", None),
    ("records.jsonl", "E016", None),
    ("records.jsonl", "E002", None),
    ("records.jsonl", "E003", None),  # generated: invalid UTF-8
    ("records.jsonl", "E009", None),  # generated: one line over --max-bytes
    ("records.jsonl", "E004", None),  # generated: nested too deeply
    ("records.jsonl", "E004", None),  # generated: an integer of 5000 digits
    ("notes.pdf", "E011", None),
    ("does-not-exist", "E010", None),
    ("h-dup.txt", "E007", None),  # same doc_id as dup-a.txt in the folder
]
if hasattr(os, "mkfifo"):
    EXPECTED_ERRORS.append(("fifo.txt", "E019", None))

GOOD = {
    "h-good-utf8": "utf-8",
    "h-good-crlf": "utf-8",
    "h-dup": "utf-8",
    "h-page": "utf-8",
    "utf16-bom": "utf-16",
    "utf16le": "utf-16-le",
    "utf8-bom": "utf-8-sig",
    "cp1252": "cp1252",
    "h-rec-good": "utf-8",
}


def build_hostile(root: Path) -> list[str]:
    """Lay out the hostile corpus under root; return the CLI inputs in order."""
    corpus = root / "corpus"
    shutil.copytree(HOSTILE / "corpus", corpus)
    (corpus / "binary.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    )
    (corpus / "controls.txt").write_bytes(("Drill " + "\x01\x02\x03\x04" * 50).encode())
    (corpus / "undecodable.txt").write_bytes(b"Joint drill \x81\x8d\x8f\x90\x9d " * 20)
    (corpus / "huge-line.txt").write_bytes(b"word " * (MAX_BYTES // 5 + 1000))
    (corpus / "utf16-bom.txt").write_bytes(UTF16_TEXT.encode("utf-16"))
    (corpus / "utf16le.txt").write_bytes(UTF16LE_TEXT.encode("utf-16-le"))
    (corpus / "utf8-bom.txt").write_bytes(codecs.BOM_UTF8 + UTF8_BOM_TEXT.encode())
    (corpus / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (corpus / "folder.txt").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(corpus / "fifo.txt")
    records = root / "records.jsonl"
    shutil.copy(HOSTILE / "records.jsonl", records)
    with records.open("ab") as fh:
        fh.write(b'{"doc_id": "h-rec-latin", "text": "caf\xe9 drill"}\n')
        fh.write(b'{"doc_id": "h-rec-big", "text": "' + b"x" * (MAX_BYTES + 5000) + b'"}\n')
        fh.write(b"[" * 10_000 + b"]" * 10_000 + b"\n")
        fh.write(b'{"doc_id": "h-rec-int", "n": ' + b"9" * 5000 + b"}\n")
    shutil.copy(HOSTILE / "notes.pdf", root / "notes.pdf")
    (root / "collide").mkdir()
    (root / "collide" / "h-dup.txt").write_text(
        "China and Russia held a joint naval exercise on June 9, 2023.\n"
    )
    return [
        str(corpus),
        str(records),
        str(root / "notes.pdf"),
        str(root / "does-not-exist"),
        str(root / "collide" / "h-dup.txt"),
    ]


def _name(path: str) -> str:
    # A document read from a record is "<file>:<line>"; the file is what the table names.
    return Path(re.sub(r":\d+$", "", path)).name


def check_errors(errors: list[dict]) -> None:
    def key(t: tuple) -> tuple:
        return (t[0], t[1], t[2] or "")

    got = [
        (_name(e["path"]), e["code"], Path(e["skipped"]).name if e.get("skipped") else None)
        for e in errors
    ]
    assert sorted(got, key=key) == sorted(EXPECTED_ERRORS, key=key)


def _snapshot(root: Path, skip: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root)): (p.stat().st_size if p.is_file() else -1)
        for p in root.rglob("*")
        if skip not in p.parents and p != skip and not p.is_fifo()
    }


def test_ingest_reports_every_hostile_input(tmp_path: Path) -> None:
    inputs = build_hostile(tmp_path)
    errors: list = []
    docs = list(iter_documents(inputs, errors=errors, max_bytes=MAX_BYTES))
    assert {d.doc_id: d.encoding for d in docs} == GOOD
    check_errors([e.to_json() for e in errors])
    assert all(e.code for e in errors)
    page = next(d for d in docs if d.doc_id == "h-page")
    assert page.extracted_from and page.extracted_from.endswith("page.html")
    assert "Ten warships" in page.raw and "Subscribe" not in page.raw
    assert page.url == "https://example.org/drill" and str(page.published) == "2023-09-12"
    assert next(d for d in docs if d.doc_id == "cp1252").raw == CP1252_TEXT
    assert next(d for d in docs if d.doc_id == "h-good-crlf").published.isoformat() == "2022-12-01"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    inputs = build_hostile(root)
    out = root / "out"
    before = _snapshot(root, out)
    result = CliRunner().invoke(
        app,
        [
            "run",
            *inputs,
            "-o",
            str(out / "events.jsonl"),
            "--no-progress",
            "--max-bytes",
            str(MAX_BYTES),
        ],
    )
    return result, root, out, before


def test_cli_exit_code_and_stderr(hostile_run) -> None:
    result, *_ = hostile_run
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "[E020]" in result.output and "nav-only.html" in result.output
    assert f"{len(GOOD)} article(s)" in result.output


def test_cli_errors_jsonl_names_every_bad_input(hostile_run) -> None:
    _, _, out, _ = hostile_run
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    check_errors(errors)


def test_cli_feed_cites_every_good_article_exactly(hostile_run) -> None:
    _, _, out, _ = hostile_run
    manifest = json.loads((out / "manifest.json").read_text())
    inputs = {i["doc_id"]: i for i in manifest["inputs"]}
    assert {k: v["encoding"] for k, v in inputs.items()} == GOOD
    page = inputs["h-page"]
    assert page["extracted_from"].endswith("page.html")
    assert Path(page["text_path"]) == out / "extracted" / "h-page.txt"

    def raw_text(entry: dict) -> str:
        if entry.get("text_path"):
            with open(entry["text_path"], encoding="utf-8", newline="") as fh:
                return fh.read()
        file, _, line = entry["path"].rpartition(":")
        if line.isdigit():
            record = Path(file).read_bytes().splitlines()[int(line) - 1]
            return json.loads(record)["text"]
        data = Path(entry["path"]).read_bytes()
        return data.decode(entry["encoding"])

    records = [json.loads(x) for x in (out / "events.jsonl").read_text().splitlines()]
    cited = set()
    for rec in records:
        for c in rec["citations"]:
            cited.add(c["doc_id"])
            assert raw_text(inputs[c["doc_id"]])[c["start"] : c["end"]] == c["quote"]
    assert cited == set(GOOD)


def test_cli_leaves_no_temp_files_and_writes_nowhere_else(hostile_run) -> None:
    _, root, out, before = hostile_run
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert _snapshot(root, out) == before
    assert sorted(p.name for p in out.iterdir()) == [
        "cache",  # per-article results for the next run (extractor run --no-cache: none)
        "errors.jsonl",
        "events.jsonl",
        "extracted",
        "manifest.json",
        "mentions.jsonl",
    ]
    assert [p.name for p in (out / "extracted").iterdir()] == ["h-page.txt"]
    assert not list(root.parent.glob("outside*"))


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(tmp_path), "--max-bytes", "0"]).exit_code == 2
    assert runner.invoke(app, ["run", str(tmp_path), "--max-bytes", "lots"]).exit_code == 2
    # An existing folder as the feed file is a usage error, found before the model loads.
    result = runner.invoke(app, ["run", str(tmp_path), "-o", str(tmp_path), "--no-progress"])
    assert result.exit_code == 2 and "is a folder" in result.output


def test_help_documents_exit_codes_and_inputs() -> None:
    result = CliRunner().invoke(app, ["run", "--help"])
    text = " ".join(result.output.split())
    assert "Exit codes: 0" in text and "1 some inputs failed" in text and "2 usage error" in text
    assert ".html" in text and "cp1252" in text and "--max-bytes" in text
