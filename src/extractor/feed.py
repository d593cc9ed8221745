"""Writing the JSONL feed, the mentions, the error log and the run manifest.

Every output is written to a temporary file in the same folder and renamed into place, so
a reader never sees a half-written file and a killed run leaves the previous feed intact.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import jsonlines


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False, default=str)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """Open a temporary sibling of path for writing; rename it over path on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates 0600 files; outputs get the usual permissions for the umask.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_jsonl(path: Path | str, records: Iterable[dict]) -> int:
    """Write records as JSONL to path ('-' is stdout); return the count."""
    n = 0
    if str(path) == "-":
        writer = jsonlines.Writer(sys.stdout, dumps=dumps, flush=True)
        for r in records:
            writer.write(r)
            n += 1
        return n
    with atomic_writer(Path(path)) as fh:
        writer = jsonlines.Writer(fh, dumps=dumps)
        for r in records:
            writer.write(r)
            n += 1
    return n


def write_lines(path: Path | str, lines: Iterable[str]) -> int:
    """Write JSON texts, one a line, to path ('-' is stdout); return the count. The same
    bytes as write_jsonl of the records the texts were dumped from."""
    n = 0
    if str(path) == "-":
        for line in lines:
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
            n += 1
        return n
    with atomic_writer(Path(path)) as fh:
        for line in lines:
            fh.write(line + "\n")
            n += 1
    return n


def write_text(path: Path, chunks: Iterable[str]) -> None:
    """Write text that comes in pieces, atomically like every output."""
    with atomic_writer(path) as fh:
        for chunk in chunks:
            fh.write(chunk)


# Stands in for a streamed list while the rest of the object is dumped around it.
_STREAMED = "\ue000streamed-list\ue000"


def write_json(
    path: Path, obj: dict, *, streamed: tuple[str, Iterable[Any]] | None = None
) -> None:
    """Write obj as indented JSON. ``streamed=(key, items)`` writes obj[key] as the list
    of items, each dumped as it comes, so a manifest of many inputs is never a list in
    memory; the text is the same as dumping the whole object at once."""
    with atomic_writer(path) as fh:
        if streamed is None:
            json.dump(obj, fh, ensure_ascii=False, indent=2, default=str)
            fh.write("\n")
            return
        key, items = streamed
        text = json.dumps({**obj, key: _STREAMED}, ensure_ascii=False, indent=2, default=str)
        head, tail = text.split(json.dumps(_STREAMED, ensure_ascii=False), 1)
        # The list's own indentation is that of the line its key opens.
        outer = head[head.rindex("\n") + 1 :]
        outer = outer[: len(outer) - len(outer.lstrip(" "))]
        inner = outer + "  "
        fh.write(head)
        first = True
        for item in items:
            fh.write("[\n" if first else ",\n")
            first = False
            dumped = json.dumps(item, ensure_ascii=False, indent=2, default=str)
            fh.write("\n".join(inner + line for line in dumped.split("\n")))
        fh.write("[]" if first else "\n" + outer + "]")
        fh.write(tail)
        fh.write("\n")


def read_jsonl(path: Path | str) -> list[dict]:
    with jsonlines.open(path) as reader:
        return list(reader)
