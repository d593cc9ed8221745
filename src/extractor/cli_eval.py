"""CLI command ``eval``: score a feed against hand-annotated gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from .evaluate import place_aliases, score_articles, score_feed, series_aliases

__all__ = ["evaluate_feed", "register"]


class GoldError(Exception):
    """A gold or feed file that cannot be read: reported as ``Error: <file>: <problem>``."""


def _read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from None
    rows, problems = [], []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict):
            problems.append(f"line {n}: expected an object")
            continue
        missing = [k for k in required if k not in row]
        if missing:
            problems.append(f"line {n}: missing {', '.join(missing)}")
            continue
        rows.append(row)
    if problems:  # every problem at once, so one edit fixes the file
        raise GoldError(f"{path}: " + "; ".join(problems))
    return rows


def evaluate_feed(*, feed: Path, gold: Path, main: Path | None = None) -> dict[str, Any]:
    """Event P/R/F1 and field accuracy, plus per-article figures when ``main`` is given."""
    records = _read_jsonl(feed, ("event_type", "citations", "kind"))
    gold_rows = _read_jsonl(gold, ("id", "docs", "kind", "event_type", "status"))
    names = series_aliases()
    out: dict[str, Any] = {
        "feed": str(feed),
        "gold": str(gold),
        **score_feed(records, gold_rows, place_aliases(), names).to_json(),
    }
    if main is not None:
        mains = _read_jsonl(main, ("doc", "main"))
        ids = {g["id"] for g in gold_rows}
        unknown = sorted({m["main"] for m in mains} - ids)
        if unknown:
            raise GoldError(f"{main}: main event(s) not in {gold}: {', '.join(unknown)}")
        out["articles"] = score_articles(records, gold_rows, mains, names).to_json()
    return out


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        feed: Annotated[Path, typer.Argument(help="The events.jsonl written by `extractor run`.")],
        gold: Annotated[
            Path, typer.Option("--gold", help="Gold events JSONL (format in evaluate.py).")
        ],
        main: Annotated[
            Path | None,
            typer.Option("--main", help="JSONL of {doc, main}: each article's main gold event."),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    ) -> None:
        """Score a feed against gold annotations: event precision/recall/F1, per-field
        accuracy and, with --main, the per-article acceptance figures (main exercise found
        with its type and dates; articles about one exercise in one record, others apart).

        Examples:

            extractor run tests/articles2 -o /tmp/feed.jsonl

            extractor eval /tmp/feed.jsonl --gold tests/gold/articles2.jsonl

            extractor eval /tmp/feed.jsonl --gold tests/gold/articles2.jsonl \\
                --main tests/gold/articles2_main.jsonl --json
        """
        try:
            result = evaluate_feed(feed=feed, gold=gold, main=main)
        except GoldError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(2) from None
        if as_json:
            typer.echo(json.dumps(result, indent=1))
            return
        ev = result["events"]
        typer.echo(
            f"events: P {ev['precision']:.3f}  R {ev['recall']:.3f}  F1 {ev['f1']:.3f}  "
            f"(tp {ev['tp']}, fp {ev['fp']}, fn {ev['fn']})"
        )
        typer.echo("fields: " + "  ".join(f"{k} {v:.2f}" for k, v in result["fields"].items()))
        if "articles" in result:
            a = result["articles"]
            typer.echo(
                f"articles: {a['articles']}  main found {a['main_found']:.2f}  "
                f"type {a['main_type']:.2f}  date {a['main_date']:.2f}  "
                f"same-exercise pairs merged {a['same_merged']:.2f} of {a['same_pairs']}  "
                f"different kept apart {a['diff_apart']:.2f} of {a['diff_pairs']}"
            )
        for line in result["missed"]:
            typer.echo(f"  missed: {line}")
        for line in result["spurious"]:
            typer.echo(f"  spurious: {line}")
        for line in result["field_errors"] + result.get("articles", {}).get("errors", []):
            typer.echo(f"  {line}")
