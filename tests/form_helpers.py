"""Helpers shared by the form-test modules: a development article with its day, and the
records a run gives (older modules keep their own copies)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def dev_article(folder: str, prefix: str, lines: slice | None = None) -> tuple[str, str | None]:
    """One article of a development set (written for this project) with its day; ``lines``
    keeps only those lines."""
    path = next((HERE / folder).glob(f"{prefix}_*.txt"))
    meta = [json.loads(x) for x in (HERE / folder / "metadata.jsonl").read_text().splitlines()]
    published = next(m["published"] for m in meta if m["file"] == path.name)
    text = path.read_text(encoding="utf-8")
    if lines is not None:
        text = "\n".join(text.split("\n")[lines]) + "\n"
    return text, published


def events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def span(r: dict) -> tuple[str | None, str | None]:
    return r["date"]["start"], r["date"]["end"]


def only(recs: list[dict], **want: str) -> dict:
    """The one event record with the fields given (the test fails if there is not one)."""
    got = [r for r in events(recs) if all(r[k] == v for k, v in want.items())]
    assert len(got) == 1, [(r["name"], r["event_type"], r["date"]) for r in events(recs)]
    return got[0]
