"""CLI commands ``audit``, ``report`` and ``show``: thin typer wrappers over audit/report.

Exit codes follow the rest of the CLI: 0 fine, 1 the feed has problems, 2 the command could
not do its job (missing or unreadable feed/corpus/manifest, unknown event id).
"""

from __future__ import annotations

import json
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from .audit import FeedError, audit_feed, format_table, has_value, load_feed
from .schema import CLAIM_FIELDS

__all__ = ["print_event_rich", "register", "render_event_text"]

# Terminal control characters in article text could rewrite the screen (ANSI escapes);
# everything but newline and tab is shown as a visible escape instead.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)


def _safe(text: object) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


def _value_text(field: str, value: Any) -> str:
    if field == "date" and isinstance(value, dict):
        if value.get("anchor") == "unresolved":
            return f"“{value.get('text')}” (unresolved)"
        how = f"{value.get('granularity')}, {value.get('anchor')}"
        return f"“{value.get('text')}” → {value.get('value')} ({how})"
    if field == "troops" and isinstance(value, dict):
        return f"{value.get('qualifier')} {value.get('value')}"
    if isinstance(value, list):
        return ", ".join(
            f"{v.get('name')} ({v['code']})" if isinstance(v, dict) and v.get("code")
            else str(v.get("name")) if isinstance(v, dict) else str(v)
            for v in value
        )
    return str(value)


def _event_lines(record: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(field, value text, cited citations) for each claim field that has a value or evidence."""
    cites = {c.get("id"): c for c in record.get("citations") or [] if isinstance(c, dict)}
    evidence = record.get("evidence") or {}
    out = []
    for field in CLAIM_FIELDS:
        value = record.get(field)
        ids = evidence.get(field) or []
        if not has_value(value) and not ids:
            continue
        text = _value_text(field, value) if has_value(value) else "—"
        out.append((field, text, [cites.get(i, {"id": i, "missing": True}) for i in ids]))
    return out


def _cite_head(c: dict[str, Any]) -> str:
    if c.get("missing"):
        return f"[{c['id']}] (no such citation in this record)"
    bits = [str(c.get("doc_id"))]
    if c.get("source"):
        bits.append(str(c["source"]))
    if c.get("published"):
        bits.append(str(c["published"]))
    bits.append(f"chars {c.get('start')}–{c.get('end')}")
    return f"[{c.get('id')}] " + " · ".join(bits)


def _badges(record: dict[str, Any]) -> list[str]:
    out = []
    if record.get("kind") == "series":
        out.append("series")
    if record.get("status") not in (None, "occurred"):
        out.append(str(record.get("status")))
    date = record.get("date")
    if isinstance(date, dict) and date.get("anchor") == "unresolved":
        out.append("unresolved date")
    if record.get("disagreements"):
        out.append("sources disagree: " + ", ".join(record["disagreements"]))
    return out


def render_event_text(record: dict[str, Any]) -> str:
    """A record and its evidence as plain text (for pipes and files)."""
    title = record.get("name") or str(record.get("event_type", "")).replace("_", " ")
    lines = [f"{record.get('id')}  {title}"]
    if _badges(record):
        lines.append("  [" + "] [".join(_badges(record)) + "]")
    for field, text, cited in _event_lines(record):
        lines.append(f"{field}: {text}")
        for c in cited:
            lines.append(f"    {_cite_head(c)}")
            if not c.get("missing"):
                quote = " ".join(str(c.get("quote", "")).split())
                lines.append(f"      “{quote}”")
    for field, variants in (record.get("disagreements") or {}).items():
        lines.append(f"sources disagree on {field}:")
        for v in variants if isinstance(variants, list) else []:
            lines.append(
                f"    {v.get('doc_id')}: {_value_text(field, v.get('value'))} "
                f"(citations: {', '.join(v.get('citations') or [])})"
            )
    return _safe("\n".join(lines))


def print_event_rich(record: dict[str, Any], console: Any = None) -> None:
    """A record and its evidence for a terminal, with colour."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    # Text objects, never markup strings: a "[bold]" inside an article must stay literal.
    console = console or Console(highlight=False)
    title = Text(_safe(record.get("id")), style="bold")
    name = record.get("name") or str(record.get("event_type")).replace("_", " ")
    title.append("  " + _safe(name))
    for badge in _badges(record):
        title.append("  ")
        title.append(f" {_safe(badge)} ", style="black on yellow")
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    for field, text, cited in _event_lines(record):
        body = Text(_safe(text))
        for c in cited:
            body.append("\n  " + _safe(_cite_head(c)), style="dim")
            if not c.get("missing"):
                body.append("\n  “")
                body.append(_safe(" ".join(str(c.get("quote", "")).split())), style="italic")
                body.append("”")
        table.add_row(field, body)
    console.print(Panel(table, title=title, title_align="left"))
    for field, variants in (record.get("disagreements") or {}).items():
        side = Table(title=Text(f"sources disagree on {field}"), show_lines=True)
        for v in variants if isinstance(variants, list) else []:
            side.add_column(Text(_safe(v.get("doc_id"))))
        cells = [
            _value_text(field, v.get("value")) + "\n" + ", ".join(v.get("citations") or [])
            for v in (variants if isinstance(variants, list) else [])
        ]
        side.add_row(*[Text(_safe(c)) for c in cells])
        console.print(side)


def register(app: typer.Typer) -> None:
    """Add the audit, report and show commands to ``app``."""

    @app.command()
    def audit(
        feed: Annotated[Path, typer.Argument(help="Events feed (JSONL) written by extractor run.")],
        corpus: Annotated[
            Path, typer.Option("--corpus", help="The corpus the run read (folder or .jsonl).")
        ],
        manifest: Annotated[
            Path | None,
            typer.Option(
                help="Run manifest with each input's sha256 (default: FEED's folder/manifest.json)."
            ),
        ] = None,
        output_format: Annotated[
            OutputFormat, typer.Option("--format", help="table for people, json for machines.")
        ] = OutputFormat.table,
    ) -> None:
        """Verify every citation of a feed against the corpus it was extracted from.

        Checks that each cited document exists and is unchanged since the run (sha256 in
        the manifest), that each quote is exactly raw[start:end], that every claim field
        with a value has evidence, that every evidence id names a citation of the record,
        and that each record matches the feed schema. Exit 0 when clean, 1 when any
        problem is found, 2 when the feed, corpus or manifest cannot be read.

        Examples:

        \b
            extractor audit outputs/events.jsonl --corpus corpus/
            extractor audit feed/events.jsonl --corpus corpus/ --manifest feed/manifest.json
            extractor audit outputs/events.jsonl --corpus corpus/ --format json | jq '.problems[]'
        """
        try:
            result = audit_feed(feed=feed, corpus=corpus, manifest=manifest)
        except FeedError as exc:
            raise _fail(str(exc), 2) from None
        if output_format is OutputFormat.json:
            typer.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        elif result.problems:
            typer.echo(_safe(format_table(result)))
        for note in result.notes:
            typer.echo(f"Warning: {_safe(note)}", err=True)
        counts = (
            f"{result.records} record(s), {result.citations} citation(s), "
            f"{result.documents} document(s) checked"
        )
        if result.problems:
            typer.echo(f"Error: {len(result.problems)} problem(s) in the feed; {counts}", err=True)
            raise typer.Exit(1)
        typer.echo(f"OK: {counts}", err=True)

    @app.command()
    def report(
        feed: Annotated[Path, typer.Argument(help="Events feed (JSONL) written by extractor run.")],
        corpus: Annotated[
            Path, typer.Option("--corpus", help="The corpus the run read (folder or .jsonl).")
        ],
        output: Annotated[
            str, typer.Option("-o", "--output", help="HTML file to write; - writes to stdout.")
        ] = "report.html",
    ) -> None:
        """Write one self-contained HTML evidence report (no network needed to view it).

        The page has a timeline of the events by type and date, a filterable and sortable
        table, and for each event its fields linked to the sentences that support them,
        highlighted in their paragraph of the source text.

        Examples:

        \b
            extractor report outputs/events.jsonl --corpus corpus/ -o report.html
            extractor report feed/events.jsonl --corpus corpus/ -o - > /tmp/report.html
        """
        from .report import write_report

        try:
            summary = write_report(feed=feed, corpus=corpus, output=output)
        except FeedError as exc:
            raise _fail(str(exc), 2) from None
        except OSError as exc:
            raise _fail(f"cannot write {output!r}: {exc.strerror or exc}", 2) from None
        if summary.missing_documents:
            typer.echo(
                "Warning: cited documents not in the corpus: "
                + _safe(", ".join(summary.missing_documents)),
                err=True,
            )
        if summary.unverified:
            typer.echo(
                f"Warning: {summary.unverified} citation(s) do not match the source text "
                "(run extractor audit for details)",
                err=True,
            )
        if output != "-":
            typer.echo(
                f"{summary.events} event(s), {summary.citations} cited sentence(s) -> {output}",
                err=True,
            )

    @app.command()
    def show(
        event_id: Annotated[str, typer.Argument(help="Event id (or a unique prefix of one).")],
        feed: Annotated[
            Path, typer.Argument(help="Events feed (JSONL).")
        ] = Path("outputs/events.jsonl"),
    ) -> None:
        """Print one event with the sentences that support each of its fields.

        Uses colour on a terminal and plain text in a pipe.

        Examples:

        \b
            extractor show ev-06a42a439076
            extractor show ev-06a4 feed/events.jsonl
            extractor show ev-06a42a439076 | less
        """
        try:
            records = load_feed(feed)
        except FeedError as exc:
            raise _fail(str(exc), 2) from None
        found = [r for r in records if r.get("id") == event_id]
        if not found:
            found = [r for r in records if str(r.get("id", "")).startswith(event_id)]
        if not found:
            raise _fail(f"no event with id {event_id!r} in {str(feed)!r}", 2)
        if len({r.get("id") for r in found}) > 1:
            ids = ", ".join(sorted(str(r.get("id")) for r in found)[:5])
            raise _fail(f"{event_id!r} matches several events: {ids}", 2)
        if sys.stdout.isatty():
            print_event_rich(found[0])
        else:
            typer.echo(render_event_text(found[0]))
