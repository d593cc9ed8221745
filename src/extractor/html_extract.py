"""HTML pages -> the main text of the article, which then stands as the document's raw text.

Citations point into the extracted text, not into the HTML, so a run stores that text
beside its outputs (``extracted_text_path``) for an auditor to open. trafilatura is pinned
in pyproject.toml: its output for a given page is what the stored sha256 vouches for, and
the audit re-extracts with the same version to compare.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import Errors, InputError

EXTRACTED_DIR = "extracted"

# Only the head of a page may declare its charset; looking further invites false hits
# from article text that happens to contain the phrase.
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_SNIFF_BYTES = 4096
_SENTENCE_END = tuple(".!?…\"”’'»)")

# trafilatura and its helpers log warnings for every odd page; the run reports its own
# specific error instead, so their records must not reach the user's terminal.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


@dataclass(frozen=True)
class HtmlText:
    text: str
    encoding: str
    title: str | None = None
    date: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, if Python knows that codec."""
    m = _CHARSET.search(data[:_SNIFF_BYTES])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(data: bytes, path: str) -> tuple[str, str]:
    """Decode page bytes: a BOM wins, then a declared charset, then the text heuristics."""
    from .ingest import decode_bytes

    bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    charset = None if bom else declared_charset(data)
    # A page that declares UTF-8 but is not is common; decode_bytes then reports or
    # falls back exactly as for a .txt file.
    if charset and charset not in {"utf-8", "ascii"}:
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            pass
        else:
            if text.strip() and "\x00" not in text:
                return text, charset
    return decode_bytes(data, path)


def extract_html(data: bytes, path: str) -> HtmlText:
    """Main article text of a page; InputError when the page has none or is not text."""
    html, encoding = decode_html(data, path)
    try:
        import trafilatura
    except ImportError:
        raise InputError(path, Errors.E022, "E022") from None
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Only dates the page states about itself; guessing from its text is the
            # job of the temporal tagger, and the date is informative only anyway.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a parser failure on one page must not stop the batch
        raise InputError(path, Errors.E015.format(msg=f"HTML extraction: {exc}"), "E015") from None
    text = getattr(result, "text", None) if result is not None else None
    # trafilatura's fallbacks return a menu ("Home World") rather than nothing; an
    # article has at least one line that ends like a sentence.
    if not text or not any(ln.rstrip().endswith(_SENTENCE_END) for ln in text.splitlines()):
        raise InputError(path, Errors.E020, "E020")
    return HtmlText(
        text=text,
        encoding=encoding,
        title=getattr(result, "title", None) or None,
        date=getattr(result, "date", None) or None,
    )


def extracted_text_path(out_dir: Path, doc_id: str) -> Path:
    """Where a run stores a document's extracted text; never outside out_dir/extracted."""
    from .ingest import check_doc_id

    check_doc_id(doc_id, doc_id)
    base = (out_dir / EXTRACTED_DIR).resolve()
    target = (base / f"{doc_id}.txt").resolve()
    # check_doc_id already forbids separators; this guards against a future change to it.
    if target.parent != base:
        raise InputError(
            doc_id, Errors.E008.format(doc_id=doc_id, why="escapes the output folder"), "E008"
        )
    return out_dir / EXTRACTED_DIR / target.name
