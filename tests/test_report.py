"""extractor report: the HTML file itself (the browser test is test_report_browser.py)."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources
from pathlib import Path

import pytest
import typer
from test_audit import RAW, SENTENCE, edit_records, real_feed, write_synthetic
from typer.testing import CliRunner

from extractor.report import context_window, embed_json, write_report

runner = CliRunner()
EVIL = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"><!-- x -->'
DATA_BLOCK = re.compile(
    r'<script type="application/json" id="report-data">(.*?)</script>', re.S
)




def page_data(page: str) -> dict:
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def render(tmp_path: Path) -> tuple[str, dict]:
    feed, corpus = tmp_path / "feed" / "events.jsonl", tmp_path / "corpus"
    out = tmp_path / "report.html"
    write_report(feed=feed, corpus=corpus, output=out)
    page = out.read_text(encoding="utf-8")
    return page, page_data(page)


# --- pieces ------------------------------------------------------------------------------


def test_context_is_the_paragraph() -> None:
    raw = "Title\n\nFirst para. The cited bit is here,\nwrapped mid-sentence.\nNext para.\n"
    start = raw.index("The cited")
    lo, hi, clip_lo, clip_hi = context_window(raw, start, start + 9)
    assert raw[lo:hi] == "First para. The cited bit is here,\nwrapped mid-sentence."
    assert not clip_lo and not clip_hi


def test_context_of_a_long_paragraph_is_clipped_at_spaces() -> None:
    raw = "word " * 400 + "CITED" + " word" * 400
    start = raw.index("CITED")
    lo, hi, clip_lo, clip_hi = context_window(raw, start, start + 5, limit=100)
    assert clip_lo and clip_hi and start - lo <= 100 and hi - start - 5 <= 100
    assert raw[lo:hi].startswith("word") and raw[lo:hi].endswith("word")


def test_embed_json_cannot_close_the_block() -> None:
    data = {"quote": EVIL + "</SCRIPT >", "nested": ["<!--<script>", "a</b"]}
    text = embed_json(data)
    assert "</" not in text and "<!--" not in text
    assert json.loads(text) == data


def test_report_js_never_parses_html() -> None:
    js = resources.files("extractor").joinpath("report_assets", "report.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setTimeout('", "srcdoc"):
        assert sink not in js, sink


# --- the page ----------------------------------------------------------------------------


def test_report_page_is_self_contained(tmp_path: Path) -> None:
    write_synthetic(tmp_path)
    page, data = render(tmp_path)
    assert page.startswith("<!DOCTYPE html>")
    # Nothing to fetch: no external scripts, styles, images or fonts.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert len(re.findall(r"<script\b", page)) == 2  # the data block and the report's code
    (event,) = data["events"]
    assert event["id"] == "ev-1" and event["cites"] == {"doc-a#s1": "doc-a#s1"}
    cit = data["citations"]["doc-a#s1"]
    assert cit["verified"] and cit["text"] == SENTENCE
    assert cit["before"] == "" and cit["after"] == " Officials said more drills would follow."
    assert (cit["source"], cit["url"], cit["published"]) == (
        "Test Wire", "https://example.org/a", "2023-07-06"
    )


def test_csp_allows_only_the_reports_own_script(tmp_path: Path) -> None:
    write_synthetic(tmp_path)
    page, _ = render(tmp_path)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    csp = html.unescape(csp)
    code = re.search(r"<script>(.*)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_article_markup_is_data_not_html(tmp_path: Path) -> None:
    feed, corpus = write_synthetic(tmp_path)
    # The hostile text goes in the article (inside the cited sentence's paragraph) and in
    # the metadata that the page shows as source name and link.
    raw = RAW.replace("Officials said", EVIL + " Officials said")
    (corpus / "a.txt").write_text(raw, encoding="utf-8")
    meta = json.loads((corpus / "metadata.jsonl").read_text())
    meta.update(source="<b>Wire</b></script>", url="javascript:alert(1)")
    (corpus / "metadata.jsonl").write_text(json.dumps(meta) + "\n", encoding="utf-8")
    edit_records(feed, lambda rs: rs[0]["citations"][0].update(source=None, url=None))
    page, data = render(tmp_path)
    block = DATA_BLOCK.search(page)
    # Inside the data block the text cannot end the block or open a comment; "<script>"
    # alone is inert there. Outside it, the hostile text does not appear at all.
    assert "</" not in block.group(1) and "<!--" not in block.group(1)
    rest = page[: block.start(1)] + page[block.end(1) :]
    for needle in ("__pwned", "<img", "Wire", "javascript:"):
        assert needle not in rest, needle
    cit = data["citations"]["doc-a#s1"]
    assert EVIL in cit["after"] and cit["source"] == "<b>Wire</b></script>"
    assert cit["url"] == "javascript:alert(1)"  # kept as data; the page only links http(s)


def test_report_flags_changed_quote_and_missing_document(app: typer.Typer, tmp_path: Path) -> None:
    feed, corpus = write_synthetic(tmp_path)

    def change(records: list[dict]) -> None:
        other = dict(records[0]["citations"][0], id="doc-z#s0", doc_id="doc-z")
        records[0]["citations"][0]["quote"] = "Tampered."
        records[0]["citations"].append(other)

    edit_records(feed, change)
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["report", str(feed), "--corpus", str(corpus), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "not in the corpus: doc-z" in r.stderr and "2 citation(s) do not match" in r.stderr
    data = page_data(out.read_text(encoding="utf-8"))
    a, z = data["citations"]["doc-a#s1"], data["citations"]["doc-z#s0"]
    assert not a["verified"] and a["doc_found"] and a["text"] == SENTENCE
    assert not z["verified"] and not z["doc_found"] and z["text"] == SENTENCE


def test_report_real_feed(app: typer.Typer, tmp_path: Path,
                          tmp_path_factory: pytest.TempPathFactory) -> None:
    feed = real_feed(tmp_path_factory)
    out = tmp_path / "sub" / "report.html"
    r = runner.invoke(app, ["report", str(feed), "--corpus", str(feed.parents[1] / "corpus"),
                            "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "Warning" not in r.stderr
    data = page_data(out.read_text(encoding="utf-8"))
    records = [json.loads(x) for x in feed.read_text(encoding="utf-8").splitlines()]
    assert [e["id"] for e in data["events"]] == [x["id"] for x in records]
    assert all(c["verified"] for c in data["citations"].values())
    for event in data["events"]:
        for ids in event["evidence"].values():
            assert all(i in event["cites"] for i in ids)


def test_report_to_stdout(app: typer.Typer, tmp_path: Path) -> None:
    feed, corpus = write_synthetic(tmp_path)
    r = runner.invoke(app, ["report", str(feed), "--corpus", str(corpus), "-o", "-"])
    assert r.exit_code == 0 and r.stdout.startswith("<!DOCTYPE html>")
    assert page_data(r.stdout)["events"][0]["id"] == "ev-1"


# --- errors ------------------------------------------------------------------------------


def test_report_missing_feed_file(app: typer.Typer, tmp_path: Path) -> None:
    _, corpus = write_synthetic(tmp_path)
    r = runner.invoke(app, ["report", str(tmp_path / "nope.jsonl"), "--corpus", str(corpus)])
    assert r.exit_code == 2 and r.stderr.startswith("Error: feed") and "does not exist" in r.stderr


def test_report_feed_line_not_json(app: typer.Typer, tmp_path: Path) -> None:
    feed, corpus = write_synthetic(tmp_path)
    with feed.open("a", encoding="utf-8") as fh:
        fh.write("[1, 2]\n")
    r = runner.invoke(app, ["report", str(feed), "--corpus", str(corpus), "-o",
                            str(tmp_path / "r.html")])
    assert r.exit_code == 2 and r.stderr.startswith(f"Error: {feed}:2: expected a JSON object")
    assert not (tmp_path / "r.html").exists()


def test_report_corpus_folder_missing(app: typer.Typer, tmp_path: Path) -> None:
    feed, _ = write_synthetic(tmp_path)
    r = runner.invoke(app, ["report", str(feed), "--corpus", str(tmp_path / "gone")])
    assert r.exit_code == 2 and r.stderr.startswith("Error: corpus")


def test_report_output_not_writable(app: typer.Typer, tmp_path: Path) -> None:
    feed, corpus = write_synthetic(tmp_path)
    r = runner.invoke(app, ["report", str(feed), "--corpus", str(corpus), "-o", str(tmp_path)])
    assert r.exit_code == 2 and r.stderr.startswith("Error: cannot write")


def test_report_requires_corpus(app: typer.Typer, tmp_path: Path) -> None:
    feed, _ = write_synthetic(tmp_path)
    r = runner.invoke(app, ["report", str(feed)])
    assert r.exit_code == 2 and "--corpus" in r.output
