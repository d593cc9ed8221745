"""The report in a real headless browser (Debian's chromium driven by Playwright).

CI needs: ``apt-get install -y chromium`` and ``pip install -e '.[test]'`` (playwright).
Playwright's own browser download is not used: it cannot reach its CDN here.
Screenshots are kept in test-artifacts/ (gitignored).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_audit import real_feed
from typer.testing import CliRunner

from extractor.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
)
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")

# The hostile markup sits inside the cited sentence (the <img>) and right after it (the
# <script>), as an article scraped from a hostile page could carry it.
ARTICLES = {
    "a.txt": (
        "China and Russia held a joint naval exercise <img src=x onerror=\"window.__pwned=1\"> "
        "in the Sea of Japan on July 5, 2023. <script>window.__pwned=1</script>\n"
    ),
    "b.txt": (
        "Russian and Chinese strategic bombers conducted a joint air patrol over the Sea of "
        "Japan on Tuesday, the Russian defence ministry said.\n"
    ),
    "c.txt": (
        "Russia and China will hold a joint naval exercise in the East China Sea next month, "
        "officials said.\n"
    ),
}
METADATA = [
    {"file": "a.txt", "doc_id": "inj-a", "source": "Test <b>Wire</b>",
     "url": "javascript:window.__pwned=1", "published": "2023-07-06"},
    {"file": "b.txt", "doc_id": "inj-b", "source": "Example News",
     "url": "https://example.org/b?x=1&y=<2>", "published": "2022-05-25"},
    {"file": "c.txt", "doc_id": "inj-c"},
]


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    from extractor.cli import app

    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "metadata.jsonl").write_text(
        "".join(json.dumps(m) + "\n" for m in METADATA), encoding="utf-8"
    )
    feed = base / "out" / "events.jsonl"
    r = CliRunner().invoke(app, ["run", str(corpus), "-o", str(feed), "--no-progress"])
    assert r.exit_code == 0, r.output
    records = [json.loads(x) for x in feed.read_text(encoding="utf-8").splitlines()]
    out = base / "report.html"
    write_report(feed=feed, corpus=corpus, output=out)
    return out, records


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """A page that records console errors, uncaught exceptions and non-file requests."""

    def __init__(self, browser: object, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on(
            "console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text)
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: r.url.startswith("file:") or self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("#timeline svg")

    def rows(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "#events-body tr", "rows => rows.map(r => r.getAttribute('data-id'))"
        )


def test_hostile_article_renders_as_text(browser: object, hostile_report) -> None:
    path, records = hostile_report
    p = Page(browser, path)
    page = p.page
    assert len(p.rows()) == len(records) >= 3
    naval = next(r for r in records if r["citations"][0]["doc_id"] == "inj-a")
    dated = [r for r in records if r["date"] and r["date"]["start"]]
    assert page.locator("#timeline .mark").count() == len(dated) >= 2
    # "will hold ... next month" in an undated article: planned, date unresolved.
    undated = page.locator("#undated-list")
    assert "unresolved date" in undated.inner_text() and "planned" in undated.inner_text()

    page.click(f"#events-body tr[data-id='{naval['id']}']")
    page.click("button.field-btn[data-field='date']")
    evidence = page.locator("#evidence")
    mark = evidence.locator("mark").first
    assert mark.is_visible()
    assert '<img src=x onerror="window.__pwned=1">' in mark.inner_text()
    assert "<script>window.__pwned=1</script>" in evidence.inner_text()
    assert "Test <b>Wire</b>" in evidence.inner_text()
    # The javascript: URL is shown as text, never as a link.
    assert evidence.locator("a").count() == 0 and "javascript:" in evidence.inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#detail img, #detail script, #detail b").count() == 0

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-hostile.png"), full_page=True)
    assert p.errors == [] and p.requests == []
    page.close()


def test_filter_sort_and_timeline_click(browser: object, hostile_report) -> None:
    path, records = hostile_report
    p = Page(browser, path)
    page = p.page
    bombers = [r["id"] for r in records if any("bombers" in c["quote"] for c in r["citations"])]
    page.fill("#filter-text", "bombers")
    assert sorted(p.rows()) == sorted(bombers) and len(bombers) >= 1
    assert page.locator("#timeline .mark").count() == len(bombers)
    page.fill("#filter-text", "")
    naval = [r for r in records if r["event_type"] == "naval_exercise"]
    page.select_option("#filter-type", "naval_exercise")
    assert len(p.rows()) == len(naval) >= 2
    page.select_option("#filter-status", "planned")
    assert len(p.rows()) == sum(1 for r in naval if r["status"] == "planned") >= 1
    page.select_option("#filter-type", "")
    page.select_option("#filter-status", "")
    assert f"showing {len(records)} of {len(records)}" in page.inner_text("#count")

    by_date = sorted(
        (r for r in records if r["date"] and r["date"]["start"]), key=lambda r: r["date"]["start"]
    )
    page.click("th[data-key='date'] button")  # already sorted by date: this flips it
    assert page.get_attribute("th[data-key='date']", "aria-sort") == "descending"
    assert p.rows()[: len(by_date)] == [r["id"] for r in reversed(by_date)]
    page.click("th[data-key='date'] button")
    assert page.get_attribute("th[data-key='date']", "aria-sort") == "ascending"
    assert p.rows()[: len(by_date)] == [r["id"] for r in by_date]

    page.click(f"#timeline .mark[data-id='{by_date[0]['id']}']")
    assert by_date[0]["id"] in page.inner_text("#detail h2")
    page.click("button.field-btn[data-field='participants']")
    assert page.locator("#evidence mark").count() >= 1
    assert p.errors == [] and p.requests == []
    page.close()


def test_real_feed_report(browser: object, tmp_path: Path,
                          tmp_path_factory: pytest.TempPathFactory) -> None:
    src = real_feed(tmp_path_factory)
    records = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines()]
    disputed = next((r for r in records if r["disagreements"]), None)
    if disputed is None:
        # The side-by-side view must be exercised even when the corpus of the day yields
        # no disagreement: give the first record two sources' versions of its status.
        disputed = records[0]
        cid, doc = disputed["citations"][0]["id"], disputed["citations"][0]["doc_id"]
        disputed["disagreements"] = {"status": [
            {"value": disputed["status"], "citations": [cid], "doc_id": doc, "attribution": None},
            {"value": "planned", "citations": [cid], "doc_id": doc, "attribution": "analysts"},
        ]}
    feed = tmp_path / "events.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "report.html"
    write_report(feed=feed, corpus=src.parents[1] / "corpus", output=out)
    p = Page(browser, out)
    page = p.page
    assert len(p.rows()) == len(records)
    # Deep link: the hash selects the event.
    page.goto(out.as_uri() + "#" + disputed["id"])
    page.wait_for_selector("#detail .disagreement")
    variants = page.locator("#detail .disagreement .variant")
    assert variants.count() >= 2
    assert variants.first.locator("mark").count() >= 1
    assert "sources disagree" in page.inner_text("#detail .badges")
    open_ended = [r for r in records
                  if r["date"] and r["date"]["start"] and r["date"]["end"] is None]
    assert page.locator("#timeline .open-end").count() == len(open_ended)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-seed-corpus.png"), full_page=True)
    assert p.errors == [] and p.requests == []
    page.close()
