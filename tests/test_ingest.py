"""Ingestion: every input either becomes a Document or one specific InputError.

Property tests feed decode_bytes, date parsing, doc_id checks, JSONL records and
metadata lines with arbitrary data: nothing may raise except InputError (and ValueError
from parse_date, its documented signal), and what is accepted is what was stored.
"""

from __future__ import annotations

import codecs
import io
import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.errors import Errors, InputError
from extractor.html_extract import declared_charset, extracted_text_path
from extractor.ingest import (
    DEFAULT_MAX_BYTES,
    check_doc_id,
    decode_bytes,
    iter_documents,
    parse_date,
)

PROPS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CODES = {name for name in vars(Errors) if name.startswith("E")}
# Text a person could have written: no control characters, no lone surrogates.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=200,
).filter(lambda t: t.strip())
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
RECORD = st.fixed_dictionaries(
    {},
    optional={
        "doc_id": st.one_of(st.text(max_size=20), st.sampled_from(["a", "a/b", "..", "x-1"])),
        "text": st.one_of(TEXT, JSON_VALUES),
        "published": st.one_of(st.dates().map(date.isoformat), st.text(max_size=12), JSON_VALUES),
        "source": JSON_VALUES,
        "file": st.one_of(
            st.sampled_from(["a.txt", "b.txt", "../a.txt", "missing.txt", "c.html", "."]),
            st.text(max_size=300),
        ),
        "extra": JSON_VALUES,
    },
)


def _docs(inputs: list[str], **kw) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    docs = list(iter_documents(inputs, errors=errors, **kw))
    return docs, errors


def _assert_all_coded(errors: list[InputError]) -> None:
    for e in errors:
        assert isinstance(e, InputError)
        assert e.code in CODES, e
        json.dumps(e.to_json())


# decode_bytes ---------------------------------------------------------------------------


@PROPS
@given(data=st.binary(max_size=400))
def test_decode_bytes_never_raises_anything_but_input_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "x.txt")
    except InputError as exc:
        assert exc.code in {"E001", "E002", "E003"}
        return
    assert text.strip() and "\x00" not in text
    # What was accepted is exactly what the stored bytes say in that encoding.
    assert data.decode(encoding) == text


@PROPS
@given(text=TEXT, codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_decode_bytes_round_trips_unicode_encodings(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec), "x.txt") == (text, codec)


@PROPS
@given(text=st.text(alphabet="abcdefghij ,.XYZ\n", min_size=2, max_size=200).filter(str.strip))
def test_decode_bytes_detects_utf16_without_bom(text: str) -> None:
    assert decode_bytes(text.encode("utf-16-le"), "x.txt") == (text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be"), "x.txt") == (text, "utf-16-be")


@pytest.mark.parametrize(
    "text",
    ["“Joint Sea-2021” began at the café — officials said.", "Zapad ’21: 10 000 troops…"],
)
def test_decode_bytes_falls_back_to_cp1252(text: str) -> None:
    assert decode_bytes(text.encode("cp1252"), "x.txt") == (text, "cp1252")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E001"),
        (b" \n\t\r\n", "E001"),
        (codecs.BOM_UTF8, "E001"),
        ("  \n".encode("utf-16"), "E001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "E002"),
        (b"text\x01\x02\x03\x04\x05\x06" * 3, "E002"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "E003"),
        (codecs.BOM_UTF8 + b"ok \xff\xfe", "E003"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "E003"),  # lone surrogate
    ],
)
def test_decode_bytes_errors(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "x.txt")
    assert info.value.code == code and info.value.path == "x.txt"


# dates and doc_ids ----------------------------------------------------------------------


@PROPS
@given(value=st.one_of(JSON_VALUES, st.dates().map(date.isoformat), st.datetimes().map(str)))
def test_parse_date_only_raises_value_error(value: object) -> None:
    try:
        result = parse_date(value, "line 1")
    except ValueError:
        return
    assert result is None or isinstance(result, date)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-06-10", date(2023, 6, 10)),
        ("2023-06-10T08:00:00Z", date(2023, 6, 10)),
        ("2023-06-10 08:00:00+03:00", date(2023, 6, 10)),
        (None, None),
        ("", None),
    ],
)
def test_parse_date_accepts_iso(value, expected) -> None:
    assert parse_date(value, "x") == expected


@pytest.mark.parametrize("value", ["2023-06-10garbage", "June 1st", "2023-13-45", 2023, ["x"]])
def test_parse_date_rejects(value) -> None:
    with pytest.raises(ValueError):
        parse_date(value, "x")


@PROPS
@given(doc_id=st.one_of(st.text(max_size=40), JSON_VALUES))
def test_accepted_doc_ids_are_plain_file_names(doc_id: object) -> None:
    try:
        got = check_doc_id(doc_id, "where")
    except InputError as exc:
        assert exc.code == "E008"
        return
    assert got == doc_id and Path(got).name == got and got not in {".", ".."}
    assert not got.startswith((".", "-")) and "/" not in got and "\\" not in got


@PROPS
@given(doc_id=st.text(max_size=40))
def test_extracted_text_path_stays_in_the_output_folder(doc_id: str) -> None:
    out = Path("/tmp/out")
    try:
        path = extracted_text_path(out, doc_id)
    except InputError as exc:
        assert exc.code == "E008"
        return
    assert path.parent == out / "extracted" and path.name == f"{doc_id}.txt"


# JSONL records and metadata --------------------------------------------------------------


@PROPS
@given(
    lines=st.lists(
        st.one_of(
            RECORD.map(json.dumps).map(str.encode),
            st.binary(max_size=60),
            st.sampled_from([b"[[[[", b"{}", b"null", b'"x"', b"\xef\xbb\xbf{}", b"[" * 3000]),
        ),
        max_size=12,
    ),
    binary=st.booleans(),
)
def test_records_never_raise(lines: list[bytes], binary: bool) -> None:
    data = b"\n".join(line.replace(b"\n", b" ") for line in lines)
    stream = io.BytesIO(data) if binary else io.StringIO(data.decode("utf-8", "replace"))
    docs, errors = _docs(["-"], stdin=stream, max_bytes=2000)
    _assert_all_coded(errors)
    ids = [d.doc_id for d in docs]
    assert len(ids) == len(set(ids))
    for d in docs:
        assert check_doc_id(d.doc_id, "x") == d.doc_id and d.raw.strip()


@PROPS
@given(
    lines=st.lists(
        st.one_of(
            RECORD.map(json.dumps),
            RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)),
            st.text(max_size=60),
            st.just('{"file": "a.txt"'),
        ),
        max_size=8,
    )
)
def test_metadata_never_raises(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.txt").write_text("China and Russia held a drill.\n")
        (folder / "b.txt").write_text("Second article.\n")
        (folder / "metadata.jsonl").write_text("\n".join(ln.replace("\n", " ") for ln in lines))
        docs, errors = _docs([tmp])
    _assert_all_coded(errors)
    ids = [d.doc_id for d in docs]
    assert len(ids) == len(set(ids)) and len(ids) <= 2


def test_records_from_text_and_binary_streams() -> None:
    record = {"doc_id": "r-1", "text": "Drill.", "published": "2023-01-02", "title": "T"}
    line = json.dumps(record) + "\n"
    for stream in (io.StringIO(line), io.BytesIO(line.encode())):
        (doc,), errors = _docs(["-"], stdin=stream)
        assert not errors
        assert (doc.doc_id, doc.raw, doc.published, doc.title) == (
            "r-1",
            "Drill.",
            date(2023, 1, 2),
            "T",
        )
        assert doc.path == "<stdin>:1"


def test_oversized_record_line_is_skipped_and_the_next_one_read() -> None:
    big = json.dumps({"doc_id": "big", "text": "x" * 5000})
    ok = json.dumps({"doc_id": "ok", "text": "Fine."})
    docs, errors = _docs(["-"], stdin=io.BytesIO(f"{big}\n{ok}\n".encode()), max_bytes=1000)
    assert [d.doc_id for d in docs] == ["ok"]
    assert [(e.code, e.line) for e in errors] == [("E009", 1)]


def test_undecodable_record_line_is_one_error() -> None:
    data = b'{"doc_id": "a", "text": "caf\xe9"}\n{"doc_id": "b", "text": "Fine."}\n'
    docs, errors = _docs(["-"], stdin=io.BytesIO(data))
    assert [d.doc_id for d in docs] == ["b"]
    assert [(e.code, e.line) for e in errors] == [("E003", 1)]


def test_empty_argument_is_not_the_working_directory() -> None:
    docs, errors = _docs([""])
    assert not docs and [e.code for e in errors] == ["E010"]


def test_single_files_by_suffix_case_insensitively(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_text("Drill one.\n")
    (tmp_path / "p.HTM").write_text(
        "<html><body><article><p>China and Russia held a joint drill.</p></article></body></html>"
    )
    docs, errors = _docs([str(tmp_path / "A.TXT"), str(tmp_path / "p.HTM")])
    assert not errors
    assert [d.doc_id for d in docs] == ["A", "p"]
    assert docs[1].extracted_from == str(tmp_path / "p.HTM")
    assert docs[1].raw == "China and Russia held a joint drill."
    assert len(docs[1].source_sha256) == 64


def test_metadata_doc_id_beats_another_files_stem(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First.\n")
    (tmp_path / "z.txt").write_text("Second.\n")
    (tmp_path / "metadata.jsonl").write_text('{"file": "z.txt", "doc_id": "a"}\n')
    docs, errors = _docs([str(tmp_path)])
    assert [(d.doc_id, Path(d.path).name) for d in docs] == [("a", "z.txt")]
    assert [(e.code, Path(e.path).name) for e in errors] == [("E007", "a.txt")]


def test_oversized_file_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    docs, errors = _docs([str(tmp_path / "big.txt")], max_bytes=1000)
    assert not docs and errors[0].code == "E009" and "2000 bytes > 1000" in errors[0].message


def test_default_limit_fits_spacy_max_length() -> None:
    # Cleaning can turn one raw line break into a two-character paragraph break, so the
    # default must stay well under spaCy's 1,000,000-character nlp.max_length.
    assert DEFAULT_MAX_BYTES * 1.5 < 1_000_000


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    body = "<p>Les marines chinoise et russe ont mené un exercice conjoint près de Brest.</p>"
    head = '<head><meta charset="iso-8859-15"></head>'
    page = f"<html>{head}<body><article>{body}</article></body></html>"
    (tmp_path / "fr.html").write_bytes(page.encode("iso-8859-15"))
    (doc,), errors = _docs([str(tmp_path / "fr.html")])
    assert not errors and doc.encoding == "iso8859-15" and "mené" in doc.raw
    assert (
        declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=bogus">')
        is None
    )


def test_error_json_names_the_skipped_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Drill.\n")
    (tmp_path / "metadata.jsonl").write_text('{"file": "a.txt", "published": "soon"}\n')
    docs, errors = _docs([str(tmp_path)])
    assert not docs
    assert errors[0].to_json() == {
        "path": str(tmp_path / "metadata.jsonl"),
        "code": "E018",
        "error": "line 1: 'published' is not an ISO date (YYYY-MM-DD): 'soon'",
        "line": 1,
        "skipped": str(tmp_path / "a.txt"),
    }


def test_metadata_line_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Drill.\n")
    line = json.dumps({"file": "a.txt", "note": "one\u2028two\x85three"}, ensure_ascii=False)
    (tmp_path / "metadata.jsonl").write_text(line + "\n", encoding="utf-8")
    (doc,), errors = _docs([str(tmp_path)])
    assert not errors and doc.note == "one\u2028two\x85three"


def test_large_metadata_is_read_line_by_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Drill.\n")
    lines = [json.dumps({"file": f"n{i}.txt", "doc_id": f"n{i}"}) for i in range(100)]
    lines.append(json.dumps({"file": "a.txt", "published": "2023-01-02"}))
    (tmp_path / "metadata.jsonl").write_text("\n".join(lines) + "\n")
    docs, errors = _docs([str(tmp_path)], max_bytes=500)
    assert [d.published for d in docs] == [date(2023, 1, 2)]
    assert {e.code for e in errors} == {"E006"}


def test_unreadable_metadata_stops_the_folder_not_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.txt").write_text("Drill.\n")
    (folder / "metadata.jsonl").mkdir()
    (tmp_path / "b.txt").write_text("Other drill.\n")
    docs, errors = _docs([str(folder), str(tmp_path / "b.txt")])
    assert [d.doc_id for d in docs] == ["b"]
    assert [e.code for e in errors] == ["E019"] and "no article" in errors[0].message
