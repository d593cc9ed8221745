"""Tests for the TimeML reader and the TempEval-3 Task A scorer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.timeml import GoldTimex, Score, parse_tml, read_tml, score_document

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">
1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">\
Friday</TIMEX3>
 &amp; <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later in
<TIMEX3 tid="t3" type="DATE" value="1998-Q3">the third quarter</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_offsets_and_dct() -> None:
    doc = parse_tml(TML)
    assert doc.dct == date(1998, 8, 7)
    assert [g.text for g in doc.timexes] == ["Friday", "two days", "the third quarter"]
    for g in doc.timexes:
        assert doc.text[g.start:g.end] == g.text
    assert "&" in doc.text and "<" not in doc.text
    assert doc.timexes[1].type == "DURATION" and doc.timexes[1].value == "P2D"


def test_missing_text_raises() -> None:
    with pytest.raises(ValueError):
        parse_tml("<TimeML></TimeML>")


def test_read_tml(tmp_path: Path) -> None:
    p = tmp_path / "a.tml"
    p.write_text(TML, encoding="utf-8")
    assert len(read_tml(p).timexes) == 3


def _g(s: int, e: int, v: str, t: str = "DATE") -> GoldTimex:
    return GoldTimex(s, e, "x" * (e - s), t, v)


def test_score_strict_relaxed_value() -> None:
    doc = parse_tml(TML)
    gold = doc.timexes
    system = [
        _g(gold[0].start, gold[0].end, "1998-08-07"),  # exact, right value
        _g(gold[1].start, gold[1].end - 2, "P3D", "DURATION"),  # overlap, wrong value
        _g(gold[2].start + 4, gold[2].end, "1998-Q3"),  # overlap, right value
        _g(0, 5, "2000"),  # spurious
    ]
    sc = Score()
    score_document(doc, system, sc)
    m = sc.metrics()
    assert sc.strict_match == 1
    assert m["strict_precision"] == pytest.approx(1 / 4)
    assert m["strict_recall"] == pytest.approx(1 / 3)
    assert m["relaxed_precision"] == pytest.approx(3 / 4)
    assert m["relaxed_recall"] == pytest.approx(1.0)
    rf = 2 * 0.75 * 1.0 / 1.75
    assert m["relaxed_f1"] == pytest.approx(rf)
    assert m["value_accuracy"] == pytest.approx(2 / 3)
    assert m["value_f1"] == pytest.approx(rf * 2 / 3)
    assert m["type_accuracy"] == pytest.approx(1.0)
    kinds = sorted(e["kind"] for e in sc.errors)
    assert kinds == ["spurious", "wrong_value"]


def test_empty_score_is_zero() -> None:
    assert Score().metrics()["value_f1"] == 0.0
