"""One catalogue of the errors the extractor reports, in the manner of spaCy's Errors.

Messages are templates so that tests and users see the same wording everywhere; each code
is stable and appears in outputs/errors.jsonl.
"""

from __future__ import annotations


class Errors:
    E001 = "file is empty"
    E002 = "file looks binary (NUL bytes), not text"
    E003 = "not valid text in any supported encoding (UTF-8, UTF-8 with BOM, UTF-16, cp1252)"
    E004 = "line {line}: not JSON: {msg}"
    E005 = "line {line}: {msg}"
    E006 = "line {line}: file {file!r} named in metadata does not exist"
    E007 = "line {line}: duplicate doc_id {doc_id!r} (first seen in {first})"
    E008 = "doc_id {doc_id!r} is not allowed: {why}"
    E009 = "file is larger than the limit ({size} bytes > {limit} bytes; see --max-bytes)"
    E010 = "path does not exist"
    E011 = "unsupported input {what}: expected a folder, a .txt, .html or .jsonl file, or '-'"
    E012 = "text is empty after cleaning"
    E013 = "no spaCy pipeline found: tried {tried}. Install the pinned model with: {hint}"
    E014 = "cannot load spaCy pipeline {name!r}: {msg}"
    E015 = "internal error while processing: {msg}"
    E016 = "line {line}: unknown field(s) {fields}"
    E017 = "record is missing 'text' or it is empty"


class ExtractorError(Exception):
    """Base class: a problem the user can act on, reported without a traceback."""


class GazetteerError(ExtractorError):
    pass


class ModelLoadError(ExtractorError):
    pass


class InputError(ExtractorError):
    """A problem with one input; the rest of the batch goes on."""

    def __init__(self, path: str, message: str, code: str = "") -> None:
        self.path = path
        self.message = message
        self.code = code
        super().__init__(f"{path}: {message}")

    def to_json(self) -> dict:
        return {"path": self.path, "code": self.code, "error": self.message}
