"""One catalogue of the errors the extractor reports, in the manner of spaCy's Errors.

Messages are templates so that tests and users see the same wording everywhere; each code
is stable and appears in outputs/errors.jsonl.
"""

from __future__ import annotations


class Errors:
    E001 = "file is empty (or holds only whitespace)"
    E002 = "looks binary (NUL bytes or control characters), not text"
    E003 = "not valid text in any supported encoding (UTF-8, UTF-8 with BOM, UTF-16, cp1252)"
    E004 = "line {line}: not JSON: {msg}"
    E005 = "line {line}: {msg}"
    E006 = "line {line}: file {file!r} named in metadata {why}"
    E007 = "duplicate doc_id {doc_id!r} (first seen in {first})"
    E008 = "doc_id {doc_id!r} is not allowed: {why}"
    E009 = "input is larger than the limit ({size} bytes > {limit} bytes; see --max-bytes)"
    E010 = "path does not exist"
    E011 = "unsupported input {what}: expected a folder, a .txt, .html or .jsonl file, or '-'"
    E012 = "text is empty after cleaning"
    E013 = "no spaCy pipeline found: tried {tried}. Install the pinned model with: {hint}"
    E014 = "cannot load spaCy pipeline {name!r}: {msg}"
    E015 = "internal error while processing: {msg}"
    E016 = "line {line}: unknown field(s) {fields}"
    E017 = "record is missing 'text' or it is empty"
    E018 = "line {line}: 'published' is not an ISO date (YYYY-MM-DD): {value}"
    E019 = "cannot read: {msg}"
    E020 = "no article text found in the HTML page (no line of its main text ends a sentence)"
    E021 = "line {line}: file {file!r} is described again (first at line {first})"
    E022 = "HTML input needs trafilatura, which is not installed: pip install trafilatura"
    E023 = "line {line}: field {name!r} must be a string or null, not {value}"
    E024 = (
        "{n} sentences name an exercise (limit {limit}): this does not read like an "
        "article; split it into articles"
    )
    E025 = (
        "internal error while merging the event reported in sentence(s) {sentences}: {msg}; "
        "that event's record is left out, the article's others are written"
    )
    E026 = (
        "internal error while clustering this article's events: {msg}; its records are "
        "left out, the other articles' are written"
    )
    E027 = (
        "internal error while merging events across articles: {msg}; this article's "
        "records are written unmerged with other articles' (the same exercise may appear "
        "once per article)"
    )


class ExtractorError(Exception):
    """Base class: a problem the user can act on, reported without a traceback."""


class GazetteerError(ExtractorError):
    pass


class ModelLoadError(ExtractorError):
    pass


class InputError(ExtractorError):
    """A problem with one input; the rest of the batch goes on."""

    def __init__(
        self,
        path: str,
        message: str,
        code: str = "",
        *,
        line: int | None = None,
        skipped: str | None = None,
    ) -> None:
        self.path = path
        self.message = message
        self.code = code
        # A metadata line names the article it describes; that article is then not
        # processed, and a reader of errors.jsonl should see which one it was.
        self.line = line
        self.skipped = skipped
        super().__init__(f"{path}: {message}")

    def __str__(self) -> str:
        code = f"[{self.code}] " if self.code else ""
        skipped = f" (skipped {self.skipped})" if self.skipped else ""
        return f"{self.path}: {code}{self.message}{skipped}"

    def to_json(self) -> dict:
        out: dict = {"path": self.path, "code": self.code, "error": self.message}
        if self.line is not None:
            out["line"] = self.line
        if self.skipped is not None:
            out["skipped"] = self.skipped
        return out
