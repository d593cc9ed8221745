"""The feed as other tools read it (DuckDB, pandas) and ``extractor show``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import typer
from test_audit import edit_records, real_feed, write_synthetic
from typer.testing import CliRunner

from extractor.cli_audit import print_event_rich, render_event_text
from extractor.schema import Event

runner = CliRunner()
REQUIRED = ["id", "kind", "name", "event_type", "status", "participants", "date", "locations",
            "assets", "troops", "duration", "citations", "evidence", "extractor"]




@pytest.fixture(scope="module")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return real_feed(tmp_path_factory)


@pytest.fixture(scope="module")
def records(feed: Path) -> list[dict]:
    return [json.loads(x) for x in feed.read_text(encoding="utf-8").splitlines()]


# --- DuckDB and pandas read the feed as written ------------------------------------------


def test_duckdb_reads_feed(feed: Path, records: list[dict]) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    rel = con.read_json(str(feed))
    assert set(REQUIRED) <= set(rel.columns)
    assert rel.count("*").fetchall()[0][0] == len(records)
    rows = con.execute(
        "SELECT id, event_type, date.start, len(citations) FROM read_json_auto(?) ORDER BY id",
        [str(feed)],
    ).fetchall()
    assert [r[0] for r in rows] == sorted(r["id"] for r in records)
    # Nested citations unnest to one row each, with their offsets intact.
    cites = con.execute(
        "SELECT c.id, c.start, c.\"end\", c.quote FROM "
        "(SELECT unnest(citations) AS c FROM read_json_auto(?))",
        [str(feed)],
    ).fetchall()
    assert len(cites) == sum(len(r["citations"]) for r in records)
    assert all(end - start == len(quote) for _, start, end, quote in cites)


def test_duckdb_sampling_drops_values_first_seen_late(tmp_path: Path, records: list[dict]) -> None:
    """DuckDB infers column types from a sample (20,480 rows by default): a field that is
    null in every sampled row becomes type NULL and later values are dropped silently.
    Reading with sample_size=-1 (or explicit columns) keeps them."""
    duckdb = pytest.importorskip("duckdb")
    # Null everywhere but the last row, whatever the current feed holds.
    late = [dict(r, duration=None) for r in records]
    late[-1]["duration"] = "PT13H"
    path = tmp_path / "late.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in late), encoding="utf-8")
    con = duckdb.connect()
    sql = "SELECT count(duration) FROM read_json_auto(?, sample_size={})"
    assert con.execute(sql.format(len(late) - 1), [str(path)]).fetchone()[0] == 0
    assert con.execute(sql.format(-1), [str(path)]).fetchone()[0] == 1


def test_pandas_reads_feed(feed: Path, records: list[dict]) -> None:
    pd = pytest.importorskip("pandas")
    df = pd.read_json(feed, lines=True)
    assert len(df) == len(records) and set(REQUIRED) <= set(df.columns)
    assert df["id"].tolist() == [r["id"] for r in records]
    # Nested fields stay Python objects; "date" is not mangled by pandas' date guessing.
    assert df["date"].tolist() == [r["date"] for r in records]
    assert df["citations"].map(len).sum() == sum(len(r["citations"]) for r in records)


def test_feed_records_validate(records: list[dict]) -> None:
    for r in records:
        Event.model_validate(r)


# --- extractor show ----------------------------------------------------------------------


def test_show_plain_text(app: typer.Typer, feed: Path, records: list[dict]) -> None:
    rec = next((r for r in records if r.get("disagreements")), records[0])
    r = runner.invoke(app, ["show", rec["id"], str(feed)])
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert out.startswith(rec["id"])
    assert "\x1b[" not in out  # not a terminal: no colour codes
    for field in rec["evidence"]:
        assert f"\n{field}: " in out
    first = rec["citations"][0]
    assert f"[{first['id']}]" in out and " ".join(first["quote"].split()) in out
    assert ("sources disagree on" in out) == bool(rec.get("disagreements"))


def test_show_unique_prefix(app: typer.Typer, feed: Path, records: list[dict]) -> None:
    rid = records[0]["id"]
    prefix = next(
        rid[:n] for n in range(4, len(rid) + 1)
        if sum(1 for x in records if x["id"].startswith(rid[:n])) == 1
    )
    r = runner.invoke(app, ["show", prefix, str(feed)])
    assert r.exit_code == 0 and r.stdout.startswith(rid)


def test_show_ambiguous_prefix(app: typer.Typer, feed: Path) -> None:
    r = runner.invoke(app, ["show", "ev-", str(feed)])
    assert r.exit_code == 2 and "matches several events" in r.stderr


def test_show_unknown_event_id(app: typer.Typer, feed: Path) -> None:
    r = runner.invoke(app, ["show", "ev-doesnotexist", str(feed)])
    assert r.exit_code == 2
    assert r.stderr.startswith("Error: no event with id 'ev-doesnotexist'")


def test_show_missing_feed_file(app: typer.Typer, tmp_path: Path) -> None:
    r = runner.invoke(app, ["show", "ev-1", str(tmp_path / "missing.jsonl")])
    assert r.exit_code == 2 and r.stderr.startswith("Error: feed") and "does not exist" in r.stderr


def test_show_default_feed_path(app: typer.Typer, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["show", "ev-1"])
    assert r.exit_code == 2 and "outputs/events.jsonl" in r.stderr


def test_show_feed_line_not_json(app: typer.Typer, tmp_path: Path) -> None:
    feed, _ = write_synthetic(tmp_path)
    with feed.open("a", encoding="utf-8") as fh:
        fh.write("not json\n")
    r = runner.invoke(app, ["show", "ev-1", str(feed)])
    assert r.exit_code == 2 and r.stderr.startswith(f"Error: {feed}:2: not JSON")


def test_show_escapes_terminal_controls(tmp_path: Path) -> None:
    feed, _ = write_synthetic(tmp_path)
    evil = "China \x1b[2J\x1b]0;pwned\x07 [bold red]and[/bold red] Russia"
    edit_records(feed, lambda rs: rs[0]["citations"][0].update(quote=evil))
    rec = json.loads(feed.read_text(encoding="utf-8"))
    text = render_event_text(rec)
    assert "\x1b" not in text and "\\x1b[2J" in text
    from rich.console import Console

    buf = io.StringIO()
    print_event_rich(rec, Console(file=buf, force_terminal=True, width=120, highlight=False))
    shown = buf.getvalue()
    # Rich's own colour codes are there, the article's escapes and markup are inert text.
    assert "\x1b[2J" not in shown and "\x1b]0;" not in shown
    assert "[bold red]and[/bold red]" in shown
