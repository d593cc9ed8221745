"""Corpus files and metadata -> Document (raw text exactly as stored, plus what is known).

Every problem with one input becomes an InputError naming the file; the caller reports it
and goes on with the rest of the batch.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from .errors import Errors, InputError

DEFAULT_MAX_BYTES = 5_000_000
META_FIELDS = {"file", "doc_id", "source", "url", "published", "note", "title"}
RECORD_FIELDS = {"doc_id", "text", "source", "url", "published", "note", "title"}
_DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,199}$")


@dataclass
class Document:
    doc_id: str
    raw: str
    path: str
    sha256: str
    source: str | None = None
    url: str | None = None
    published: date | None = None
    encoding: str = "utf-8"
    note: str | None = None
    meta: dict = field(default_factory=dict)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode article bytes; say which encoding was used. Raise InputError if none fits."""
    if not data.strip():
        raise InputError(path, Errors.E001, "E001")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise InputError(path, f"{Errors.E003} ({exc.reason} at byte {exc.start})", "E003")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(path, f"{Errors.E003} ({exc.reason})", "E003") from None
    if b"\x00" in data:
        raise InputError(path, Errors.E002, "E002")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # cp1252 maps almost every byte, so only accept it when the result looks like text.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if text and controls <= len(text) // 1000:
        return text, "cp1252"
    raise InputError(
        path,
        f"{Errors.E003} (invalid UTF-8 {utf8_error.reason} at byte {utf8_error.start})",
        "E003",
    )


def parse_date(value: object, where: str) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: 'published' must be an ISO date string, not {value!r}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{where}: 'published' is not an ISO date (YYYY-MM-DD): {value!r}") from None


def check_doc_id(doc_id: object, path: str) -> str:
    if not isinstance(doc_id, str) or not doc_id:
        raise InputError(path, Errors.E008.format(doc_id=doc_id, why="must be a non-empty string"))
    if "/" in doc_id or "\\" in doc_id or doc_id in {".", ".."}:
        raise InputError(path, Errors.E008.format(doc_id=doc_id, why="contains a path separator"))
    if not _DOC_ID.match(doc_id):
        raise InputError(
            path,
            Errors.E008.format(
                doc_id=doc_id,
                why="use letters, digits and . _ : @ + - (at most 200, not starting with . or -)",
            ),
            "E008",
        )
    return doc_id


@dataclass
class Ingested:
    documents: list[Document]
    errors: list[InputError]
    inputs: list[str]


def _read_metadata(folder: Path, errors: list[InputError]) -> dict[str, dict]:
    path = folder / "metadata.jsonl"
    if not path.exists():
        return {}
    meta: dict[str, dict] = {}
    seen_ids: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(InputError(str(path), f"cannot read metadata: {exc}", "E003"))
        return {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(InputError(str(path), Errors.E004.format(line=lineno, msg=exc.msg), "E004"))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("file"), str):
            errors.append(
                InputError(
                    str(path),
                    Errors.E005.format(line=lineno, msg="expected an object with a 'file' string"),
                    "E005",
                )
            )
            continue
        unknown = sorted(set(obj) - META_FIELDS)
        problems = []
        if unknown:
            problems.append(Errors.E016.format(line=lineno, fields=", ".join(unknown)))
        try:
            obj["published"] = parse_date(obj.get("published"), f"line {lineno}")
        except ValueError as exc:
            problems.append(str(exc))
        file = obj["file"]
        if "/" in file or "\\" in file or not (folder / file).is_file():
            problems.append(Errors.E006.format(line=lineno, file=file))
        doc_id = obj.get("doc_id") or Path(file).stem
        try:
            check_doc_id(doc_id, str(path))
        except InputError as exc:
            problems.append(f"line {lineno}: {exc.message}")
        if doc_id in seen_ids:
            problems.append(Errors.E007.format(line=lineno, doc_id=doc_id, first=seen_ids[doc_id]))
        if problems:
            for p in problems:
                errors.append(InputError(str(path), p, "E005"))
            # The file this line describes is not processed: guessing its date would be worse.
            meta[file] = {"_rejected": True}
            continue
        seen_ids[doc_id] = f"line {lineno}"
        obj["doc_id"] = doc_id
        meta[file] = obj
    return meta


def _read_file(path: Path, max_bytes: int) -> tuple[str, str]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), Errors.E009.format(size=size, limit=max_bytes), "E009")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}", "E010") from None
    return decode_bytes(data, str(path))


def _iter_folder(folder: Path, max_bytes: int, errors: list[InputError]) -> Iterator[Document]:
    meta = _read_metadata(folder, errors)
    ids_seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        info = meta.get(path.name, {})
        if info.get("_rejected"):
            continue
        try:
            raw, encoding = _read_file(path, max_bytes)
            doc_id = check_doc_id(info.get("doc_id") or path.stem, str(path))
            if doc_id in ids_seen:
                raise InputError(
                    str(path),
                    Errors.E007.format(line="-", doc_id=doc_id, first=ids_seen[doc_id]),
                    "E007",
                )
        except InputError as exc:
            errors.append(exc)
            continue
        ids_seen[doc_id] = str(path)
        yield Document(
            doc_id=doc_id,
            raw=raw,
            path=str(path),
            sha256=sha256_text(raw),
            source=info.get("source"),
            url=info.get("url"),
            published=info.get("published"),
            encoding=encoding,
            note=info.get("note"),
        )


def _iter_records(stream: IO[str], name: str, errors: list[InputError]) -> Iterator[Document]:
    ids_seen: dict[str, int] = {}
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(InputError(name, Errors.E004.format(line=lineno, msg=exc.msg), "E004"))
            continue
        if not isinstance(obj, dict):
            errors.append(
                InputError(name, Errors.E005.format(line=lineno, msg="expected a JSON object"), "E005")
            )
            continue
        problems = []
        unknown = sorted(set(obj) - RECORD_FIELDS)
        if unknown:
            problems.append(Errors.E016.format(line=lineno, fields=", ".join(unknown)))
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(Errors.E005.format(line=lineno, msg=Errors.E017))
        try:
            published = parse_date(obj.get("published"), f"line {lineno}")
        except ValueError as exc:
            problems.append(str(exc))
            published = None
        doc_id = obj.get("doc_id")
        try:
            check_doc_id(doc_id, where)
        except InputError as exc:
            problems.append(f"line {lineno}: {exc.message}")
        if isinstance(doc_id, str) and doc_id in ids_seen:
            problems.append(
                Errors.E007.format(line=lineno, doc_id=doc_id, first=f"line {ids_seen[doc_id]}")
            )
        if problems:
            errors.extend(InputError(name, p, "E005") for p in problems)
            continue
        ids_seen[doc_id] = lineno
        yield Document(
            doc_id=doc_id,
            raw=text,
            path=where,
            sha256=sha256_text(text),
            source=obj.get("source"),
            url=obj.get("url"),
            published=published,
            note=obj.get("note"),
        )


def iter_documents(
    inputs: list[str],
    *,
    errors: list[InputError],
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[str] | None = None,
) -> Iterator[Document]:
    """Yield Documents from folders, .txt/.jsonl files or '-' (JSONL records on stdin)."""
    seen: set[str] = set()
    for item in inputs:
        docs: Iterator[Document]
        if item == "-":
            stream = stdin if stdin is not None else io.TextIOWrapper(sys.stdin.buffer, "utf-8")
            docs = _iter_records(stream, "<stdin>", errors)
        else:
            path = Path(item)
            if not path.exists():
                errors.append(InputError(item, Errors.E010, "E010"))
                continue
            if path.is_dir():
                docs = _iter_folder(path, max_bytes, errors)
            elif path.suffix == ".jsonl":
                try:
                    with path.open(encoding="utf-8-sig") as fh:
                        docs = iter(list(_iter_records(fh, str(path), errors)))
                except (OSError, UnicodeDecodeError) as exc:
                    errors.append(InputError(item, f"cannot read: {exc}", "E003"))
                    continue
            elif path.suffix == ".txt":
                try:
                    raw, encoding = _read_file(path, max_bytes)
                    doc_id = check_doc_id(path.stem, item)
                except InputError as exc:
                    errors.append(exc)
                    continue
                docs = iter([Document(doc_id, raw, item, sha256_text(raw), encoding=encoding)])
            else:
                errors.append(InputError(item, Errors.E011.format(what=f"file {path.name!r}"), "E011"))
                continue
        for doc in docs:
            if doc.doc_id in seen:
                errors.append(
                    InputError(doc.path, Errors.E007.format(line="-", doc_id=doc.doc_id, first="an earlier input"), "E007")
                )
                continue
            seen.add(doc.doc_id)
            yield doc
