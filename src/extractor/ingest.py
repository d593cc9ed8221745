"""Corpus files and metadata -> Document (raw text exactly as stored, plus what is known).

Every problem with one input becomes an InputError naming the file and a stable code; the
caller reports it and goes on with the rest of the batch. Nothing here trusts a size, an
encoding, a doc_id or a path that an input claims: reads are bounded by ``max_bytes``,
encodings are detected and recorded, and doc_ids cannot name a path.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from .errors import Errors, InputError

# Far above any news article (the seed corpus tops out at 8 KB; a 50-page report is about
# 150 KB of text) and low enough that one input cannot stall a batch: the pipeline runs
# at roughly 5 KB/s on dense text and spaCy refuses texts over nlp.max_length (1,000,000
# characters), which cleaning's paragraph breaks could exceed from a 700 KB input.
DEFAULT_MAX_BYTES = 500_000
META_FIELDS = {"file", "doc_id", "source", "url", "published", "note", "title"}
RECORD_FIELDS = {"doc_id", "text", "source", "url", "published", "note", "title"}
STRING_FIELDS = ("source", "url", "note", "title")
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
DOC_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
_DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,199}$")
# A metadata line that is not JSON may still say which file it meant to describe.
_FILE_IN_BROKEN_LINE = re.compile(r'"file"\s*:\s*"([^"\\/]{1,255})"')
_BOMS = (
    # UTF-32 first: its little-endian BOM begins with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


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
    title: str | None = None
    # For a document extracted from an HTML page: the page's path and the sha256 of its
    # bytes. ``raw`` is then the extracted text, which the run stores beside its outputs.
    extracted_from: str | None = None
    source_sha256: str | None = None


def _is_file(path: Path) -> bool:
    """Path.is_file, but False for names the system refuses (too long, bad bytes)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _count_controls(text: str) -> int:
    return sum(1 for ch in text if (ord(ch) < 32 or ch == "\x7f") and ch not in _ALLOWED_CONTROLS)


def _checked_text(text: str, encoding: str, path: str) -> tuple[str, str]:
    if not text.strip():
        raise InputError(path, Errors.E001, "E001")
    # NULs or a run of control characters mean a decoder accepted bytes that are not text.
    if "\x00" in text or _count_controls(text) > len(text) // 100:
        raise InputError(path, Errors.E002, "E002")
    return text, encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit in every other byte, as in mostly-ASCII UTF-16."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    zero_even, zero_odd = data[0::2].count(0), data[1::2].count(0)
    if zero_odd >= 0.3 * half and zero_even <= 0.02 * half:
        return "utf-16-le"
    if zero_even >= 0.3 * half and zero_odd <= 0.02 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode article bytes; say which encoding was used. Raise InputError if none fits."""
    if not data.strip():
        raise InputError(path, Errors.E001, "E001")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    path, f"{Errors.E003} ({codec}: {exc.reason} at byte {exc.start})", "E003"
                ) from None
            return _checked_text(text, codec, path)
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise InputError(path, Errors.E002, "E002")
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            raise InputError(path, Errors.E002, "E002") from None
        return _checked_text(text, codec, path)
    try:
        return _checked_text(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # cp1252 maps almost every byte, so only accept it when the result looks like text.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and _count_controls(text) <= len(text) // 1000:
        return _checked_text(text, "cp1252", path)
    raise InputError(
        path,
        f"{Errors.E003} (invalid UTF-8: {utf8_error.reason} at byte {utf8_error.start})",
        "E003",
    )


def parse_date(value: object, where: str) -> date | None:
    """An ISO date, or the date of an ISO timestamp; ValueError for anything else."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: 'published' must be an ISO date string, not {value!r:.80}")
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        # Timestamps are accepted whole or not at all: "2023-06-10garbage" is not a date.
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(
            f"{where}: 'published' is not an ISO date (YYYY-MM-DD): {value!r:.80}"
        ) from None


def check_doc_id(doc_id: object, path: str) -> str:
    if not isinstance(doc_id, str) or not doc_id:
        raise InputError(
            path, Errors.E008.format(doc_id=doc_id, why="must be a non-empty string"), "E008"
        )
    shown = doc_id if len(doc_id) <= 80 else doc_id[:80] + "…"
    if "/" in doc_id or "\\" in doc_id or doc_id in {".", ".."}:
        raise InputError(
            path, Errors.E008.format(doc_id=shown, why="contains a path separator"), "E008"
        )
    if not _DOC_ID.match(doc_id):
        raise InputError(
            path,
            Errors.E008.format(
                doc_id=shown,
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


def _json_problem(exc: ValueError | RecursionError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    # e.g. an integer of more digits than Python converts (sys.get_int_max_str_digits)
    return f"{exc}"[:120]


def _check_fields(
    obj: dict, lineno: int, allowed: set[str]
) -> tuple[list[tuple[str, str]], date | None]:
    """(code, message) for each problem of a metadata line or record, and its date."""
    problems: list[tuple[str, str]] = []
    unknown = sorted(str(k) for k in set(obj) - allowed)
    if unknown:
        shown = ", ".join(repr(k[:40]) for k in unknown[:10])
        problems.append(("E016", Errors.E016.format(line=lineno, fields=shown)))
    for name in STRING_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            problems.append(
                ("E023", Errors.E023.format(line=lineno, name=name, value=type(value).__name__))
            )
    published = None
    try:
        published = parse_date(obj.get("published"), f"line {lineno}")
    except ValueError:
        value = obj.get("published")
        problems.append(("E018", Errors.E018.format(line=lineno, value=f"{value!r:.80}")))
    return problems, published


@dataclass
class _Metadata:
    """What a folder's metadata.jsonl says, line by line, and what it got wrong."""

    folder: Path
    errors: list[InputError]
    # By file name; {"_rejected": True} for a file not to process.
    by_file: dict[str, dict] = field(default_factory=dict)
    # doc_id -> file name, so that another file's stem cannot take an id given here.
    claimed: dict[str, str] = field(default_factory=dict)
    first_line: dict[str, int] = field(default_factory=dict)
    ids_seen: dict[str, int] = field(default_factory=dict)
    unreadable: bool = False

    @property
    def where(self) -> str:
        return str(self.folder / "metadata.jsonl")

    def reject(self, file: str | None, lineno: int, code: str, message: str) -> None:
        path = self.folder / file if file else None
        skipped = str(path) if path is not None and path.is_file() else None
        self.errors.append(InputError(self.where, message, code, line=lineno, skipped=skipped))
        if file:
            # The file this line describes is not processed: guessing its date would be worse.
            self.by_file[file] = {"_rejected": True}
            for doc_id in [k for k, v in self.claimed.items() if v == file]:
                del self.claimed[doc_id]

    def read(self, max_bytes: int) -> None:
        path = self.folder / "metadata.jsonl"
        if not path.exists() and not path.is_symlink():
            return
        try:
            if not path.is_file():
                raise OSError(0, "not a regular file")
            fh = path.open("rb")
        except OSError as exc:
            # Without its metadata no article of the folder is dated as its owner meant.
            msg = f"{exc.strerror or exc}; no article of this folder is processed"
            self.errors.append(InputError(self.where, Errors.E019.format(msg=msg), "E019"))
            self.unreadable = True
            return
        with fh:
            # One line at a time, split on "\n" only: a JSON string may hold U+2028, which
            # str.splitlines() would break, and the file may be larger than any article.
            for lineno, chunk, size in _iter_lines(fh, max_bytes, self.where, self.errors):
                if chunk is None:
                    limit = Errors.E009.format(size=size, limit=max_bytes)
                    self.reject(None, lineno, "E009", f"line {lineno}: {limit}")
                    continue
                assert isinstance(chunk, bytes)
                if lineno == 1:
                    chunk = chunk.removeprefix(codecs.BOM_UTF8)
                try:
                    line = chunk.decode("utf-8")
                except UnicodeDecodeError as exc:
                    m = _FILE_IN_BROKEN_LINE.search(chunk.decode("utf-8", "replace"))
                    why = f"not valid UTF-8 ({exc.reason} at byte {exc.start})"
                    self.reject(m.group(1) if m else None, lineno, "E003", f"line {lineno}: {why}")
                    continue
                if line.strip():
                    self.line(line, lineno)

    def line(self, line: str, lineno: int) -> None:
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            # A line that is not JSON may still say which file it meant to describe.
            m = _FILE_IN_BROKEN_LINE.search(line)
            message = Errors.E004.format(line=lineno, msg=_json_problem(exc))
            self.reject(m.group(1) if m else None, lineno, "E004", message)
            return
        if not isinstance(obj, dict) or not isinstance(obj.get("file"), str) or not obj["file"]:
            message = Errors.E005.format(line=lineno, msg="expected an object with a 'file' string")
            self.reject(None, lineno, "E005", message)
            return
        file: str = obj["file"]
        if file in self.first_line:
            message = Errors.E021.format(line=lineno, file=file, first=self.first_line[file])
            self.reject(file, lineno, "E021", message)
            return
        self.first_line[file] = lineno
        problems, published = _check_fields(obj, lineno, META_FIELDS)
        file_ok = False
        if "/" in file or "\\" in file or file in {".", ".."}:
            why = "must be a file name in the same folder, not a path"
            problems.append(("E006", Errors.E006.format(line=lineno, file=file, why=why)))
        elif not _is_file(self.folder / file):
            why = "does not exist"
            problems.append(("E006", Errors.E006.format(line=lineno, file=file, why=why)))
        elif Path(file).suffix.lower() not in DOC_SUFFIXES:
            what = Errors.E011.format(what=f"file {file!r}")
            problems.append(("E011", f"line {lineno}: {what}"))
        else:
            file_ok = True
        doc_id = obj.get("doc_id") if obj.get("doc_id") is not None else Path(file).stem
        try:
            check_doc_id(doc_id, self.where)
        except InputError as exc:
            problems.append(("E008", f"line {lineno}: {exc.message}"))
        else:
            if doc_id in self.ids_seen:
                first = f"line {self.ids_seen[doc_id]}"
                dup = Errors.E007.format(doc_id=doc_id, first=first)
                problems.append(("E007", f"line {lineno}: {dup}"))
        if problems:
            for code, message in problems:
                self.reject(file if file_ok else None, lineno, code, message)
            return
        self.ids_seen[doc_id] = lineno
        obj["doc_id"] = doc_id
        obj["published"] = published
        self.by_file[file] = obj
        self.claimed[doc_id] = file


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, never more than max_bytes of them in memory."""
    where = str(path)
    try:
        st = path.stat()
        # A FIFO or device would block or never end; only regular files are articles.
        if not stat.S_ISREG(st.st_mode):
            raise InputError(where, Errors.E019.format(msg="not a regular file"), "E019")
        if st.st_size > max_bytes:
            raise InputError(where, Errors.E009.format(size=st.st_size, limit=max_bytes), "E009")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(where, Errors.E019.format(msg=exc.strerror or exc), "E019") from None
    if len(data) > max_bytes:  # grew since stat
        raise InputError(where, Errors.E009.format(size=f">{max_bytes}", limit=max_bytes), "E009")
    return data


def _read_file(path: Path, max_bytes: int) -> tuple[str, str]:
    return decode_bytes(_read_bytes(path, max_bytes), str(path))


def _load_document(path: Path, doc_id: str, info: dict, max_bytes: int) -> Document:
    """A .txt or .html file -> Document, with what metadata says about it."""
    where = str(path)
    data = _read_bytes(path, max_bytes)
    extra: dict[str, Any] = {}
    if path.suffix.lower() in HTML_SUFFIXES:
        from .html_extract import extract_html

        page = extract_html(data, where)
        raw, encoding = page.text, page.encoding
        extra = {"extracted_from": where, "source_sha256": hashlib.sha256(data).hexdigest()}
        meta = {k: v for k, v in (("html_title", page.title), ("html_date", page.date)) if v}
        title = info.get("title") or page.title
    else:
        raw, encoding = decode_bytes(data, where)
        meta, title = {}, info.get("title")
    return Document(
        doc_id=doc_id,
        raw=raw,
        path=where,
        sha256=sha256_text(raw),
        source=info.get("source"),
        url=info.get("url"),
        published=info.get("published"),
        encoding=encoding,
        note=info.get("note"),
        meta=meta,
        title=title,
        **extra,
    )


def _iter_folder(folder: Path, max_bytes: int, errors: list[InputError]) -> Iterator[Document]:
    metadata = _Metadata(folder, errors)
    metadata.read(max_bytes)
    if metadata.unreadable:
        return
    meta, claimed = metadata.by_file, metadata.claimed
    try:
        entries = sorted(
            p
            for p in folder.iterdir()
            if p.suffix.lower() in DOC_SUFFIXES and not p.name.startswith(".")
        )
    except OSError as exc:
        errors.append(InputError(str(folder), Errors.E019.format(msg=exc.strerror or exc), "E019"))
        return
    ids_seen: dict[str, str] = {}
    for path in entries:
        info = meta.get(path.name, {})
        if info.get("_rejected"):
            continue
        try:
            doc_id = check_doc_id(info.get("doc_id") or path.stem, str(path))
            first = ids_seen.get(doc_id)
            if first is None and claimed.get(doc_id, path.name) != path.name:
                first = f"metadata for {claimed[doc_id]!r}"
            if first is not None:
                raise InputError(str(path), Errors.E007.format(doc_id=doc_id, first=first), "E007")
            document = _load_document(path, doc_id, info, max_bytes)
        except InputError as exc:
            errors.append(exc)
            continue
        ids_seen[doc_id] = str(path)
        yield document


def _iter_lines(
    stream: IO[Any], limit: int, name: str, errors: list[InputError]
) -> Iterator[tuple[int, str | bytes | None, int]]:
    """(line number, line, size) with line None when it is longer than limit.

    readline(limit) keeps memory bounded whatever one line holds; the rest of an
    oversized line is read in chunks and dropped.
    """
    lineno = 0
    try:
        while True:
            chunk = stream.readline(limit + 1)
            if not chunk:
                return
            lineno += 1
            newline = "\n" if isinstance(chunk, str) else b"\n"
            if len(chunk) > limit and not chunk.endswith(newline):
                size = len(chunk)
                while chunk and not chunk.endswith(newline):
                    chunk = stream.readline(1 << 20)
                    size += len(chunk)
                yield lineno, None, size
                continue
            yield lineno, chunk, len(chunk)
    except UnicodeDecodeError as exc:
        # A text stream cannot resume after a decoding error; report and stop it.
        errors.append(
            InputError(
                name, f"{Errors.E003} (after line {lineno}: {exc.reason})", "E003", line=lineno + 1
            )
        )
    except OSError as exc:
        errors.append(InputError(name, Errors.E019.format(msg=exc.strerror or exc), "E019"))


def _iter_records(
    stream: IO[Any], name: str, errors: list[InputError], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """JSONL records from a text or binary stream; each bad line is one error."""
    ids_seen: dict[str, int] = {}
    for lineno, chunk, size in _iter_lines(stream, max_bytes, name, errors):

        def fail(code: str, message: str, lineno: int = lineno) -> None:
            errors.append(InputError(name, message, code, line=lineno))

        if chunk is None:
            fail("E009", f"line {lineno}: " + Errors.E009.format(size=size, limit=max_bytes))
            continue
        if isinstance(chunk, bytes):
            if lineno == 1 and chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8) :]
            try:
                line = chunk.decode("utf-8")
            except UnicodeDecodeError as exc:
                reason = f"{exc.reason} at byte {exc.start}"
                fail("E003", f"line {lineno}: not valid UTF-8 ({reason}); JSONL must be UTF-8")
                continue
        else:
            line = chunk.removeprefix("\ufeff") if lineno == 1 else chunk
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            msg = _json_problem(exc)
            fail("E004", Errors.E004.format(line=lineno, msg=msg))
            continue
        if not isinstance(obj, dict):
            fail("E005", Errors.E005.format(line=lineno, msg="expected a JSON object"))
            continue
        problems, published = _check_fields(obj, lineno, RECORD_FIELDS)
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(("E017", Errors.E005.format(line=lineno, msg=Errors.E017)))
        elif "\x00" in text or _count_controls(text) > len(text) // 100:
            problems.append(("E002", Errors.E005.format(line=lineno, msg=Errors.E002)))
        doc_id = obj.get("doc_id")
        try:
            check_doc_id(doc_id, name)
        except InputError as exc:
            problems.append(("E008", f"line {lineno}: {exc.message}"))
        else:
            if doc_id in ids_seen:
                first = f"line {ids_seen[doc_id]}"
                problems.append(
                    ("E007", f"line {lineno}: " + Errors.E007.format(doc_id=doc_id, first=first))
                )
        if problems:
            for code, message in problems:
                fail(code, message)
            continue
        assert isinstance(doc_id, str) and isinstance(text, str)
        ids_seen[doc_id] = lineno
        yield Document(
            doc_id=doc_id,
            raw=text,
            path=f"{name}:{lineno}",
            sha256=sha256_text(text),
            source=obj.get("source"),
            url=obj.get("url"),
            published=published,
            note=obj.get("note"),
            title=obj.get("title"),
        )


def _iter_jsonl_file(path: Path, max_bytes: int, errors: list[InputError]) -> Iterator[Document]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        errors.append(InputError(str(path), Errors.E019.format(msg=exc.strerror or exc), "E019"))
        return
    with fh:
        yield from _iter_records(fh, str(path), errors, max_bytes)


def _iter_stdin(
    stdin: IO[Any] | None, max_bytes: int, errors: list[InputError]
) -> Iterator[Document]:
    stream: IO[Any] | None = stdin
    if stream is None:
        # Bytes, so that one undecodable line is one error rather than the end of input.
        stream = getattr(sys.stdin, "buffer", None) or sys.stdin
    if stream is None:
        errors.append(InputError("<stdin>", Errors.E019.format(msg="no standard input"), "E019"))
        return
    yield from _iter_records(stream, "<stdin>", errors, max_bytes)


def iter_documents(
    inputs: list[str],
    *,
    errors: list[InputError],
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[str] | None = None,
) -> Iterator[Document]:
    """Yield Documents from folders, .txt/.html/.jsonl files or '-' (JSONL records on stdin).

    ``stdin`` may be a text or a binary stream; without it the process's stdin is read as
    bytes. ``max_bytes`` bounds each file, and each line of a JSONL input.
    """
    seen: dict[str, str] = {}
    for item in inputs:
        docs: Iterator[Document]
        if item == "-":
            docs = _iter_stdin(stdin, max_bytes, errors)
        else:
            path = Path(item)
            # Path("") is the working directory; an empty argument is a mistake, not a folder.
            if not item.strip() or not path.exists():
                errors.append(InputError(item, Errors.E010, "E010"))
                continue
            suffix = path.suffix.lower()
            if path.is_dir():
                docs = _iter_folder(path, max_bytes, errors)
            elif suffix == ".jsonl":
                docs = _iter_jsonl_file(path, max_bytes, errors)
            elif suffix in DOC_SUFFIXES:
                try:
                    doc_id = check_doc_id(path.stem, item)
                    docs = iter([_load_document(path, doc_id, {}, max_bytes)])
                except InputError as exc:
                    errors.append(exc)
                    continue
            else:
                errors.append(
                    InputError(item, Errors.E011.format(what=f"file {path.name!r}"), "E011")
                )
                continue
        for doc in docs:
            if doc.doc_id in seen:
                errors.append(
                    InputError(
                        doc.path,
                        Errors.E007.format(doc_id=doc.doc_id, first=seen[doc.doc_id]),
                        "E007",
                    )
                )
                continue
            seen[doc.doc_id] = doc.path
            yield doc
