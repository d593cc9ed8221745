"""Cleaning never raises and its offset map always leads back to the raw text.

Property tests: whatever the raw text (line breaks of every kind, hyphens, blank lines,
boilerplate matches, astral characters), every cleaned character has a raw position, the
positions only go forward, and any cleaned span maps to a raw span that holds the same
non-whitespace characters in the same order; which is what makes a citation exact.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.clean import BoilerplateRule, Cleaned, clean

# Characters that drive cleaning's decisions, plus a few that break naive code.
ALPHABET = st.sampled_from(
    [
        *"abcXYZ .-,:;\"'”)!?\t",
        *("\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\u00a0", "\u3000"),
        *("é", "ß", "ﬁ", "İ", "\U0001f600", "\x00", "\ufeff"),
        *("-\n", ".\n\n", "word ", "de-\nfense "),
    ]
)
RAW = st.lists(ALPHABET, max_size=300).map("".join)
RULES = [
    BoilerplateRule("line", re.compile(r"^Advert"), "ad"),
    BoilerplateRule("caption", re.compile(r"\(credit:"), "credit"),
    BoilerplateRule("block_start", re.compile(r"^Related"), "related"),
]
LINES = st.lists(
    st.one_of(
        RAW,
        st.sampled_from(["Advert here", "Photo (credit: X)", "Related stories", "", "  "]),
        st.text(max_size=80),
    ),
    max_size=30,
).map(lambda parts: "\n".join(parts))

PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_offsets(raw: str, c: Cleaned) -> None:
    assert len(c.offsets) == len(c.text)
    previous = -1
    for i, ch in enumerate(c.text):
        pos = c.offsets[i]
        assert 0 <= pos < max(len(raw), 1)
        if not ch.isspace():
            assert raw[pos] == ch, (i, ch, pos)
            # Content characters move strictly forward; only the two characters of an
            # inserted paragraph break may share the one raw line break they stand for.
            assert pos > previous
        else:
            assert pos >= previous
        previous = pos


def check_round_trip(raw: str, c: Cleaned, start: int, end: int) -> None:
    a, b = c.raw_span(start, end)
    assert 0 <= a < b <= len(raw)
    wanted = [ch for ch in c.text[start:end] if not ch.isspace()]
    got = iter(raw[a:b])
    # Each wanted character appears in the raw slice, in order (deleted hyphens and
    # removed boilerplate may sit between them).
    assert all(any(r == w for r in got) for w in wanted)


@PROPS
@given(raw=RAW)
def test_offsets_valid_for_any_text(raw: str) -> None:
    check_offsets(raw, clean(raw))


@PROPS
@given(raw=LINES)
def test_offsets_valid_with_boilerplate_rules(raw: str) -> None:
    check_offsets(raw, clean(raw, RULES))


@PROPS
@given(raw=st.one_of(RAW, LINES), data=st.data())
def test_any_cleaned_span_round_trips(raw: str, data) -> None:
    c = clean(raw, RULES)
    if not c.text:
        return
    start = data.draw(st.integers(0, len(c.text) - 1))
    end = data.draw(st.integers(start + 1, len(c.text)))
    check_round_trip(raw, c, start, end)


@PROPS
@given(raw=st.text(max_size=400))
def test_arbitrary_unicode_never_raises(raw: str) -> None:
    c = clean(raw, RULES)
    check_offsets(raw, c)
    if c.text:
        check_round_trip(raw, c, 0, len(c.text))


def test_empty_and_blank_texts() -> None:
    for raw in ("", " ", "\n\n\n", "\r\n\r\n", "\u2028", "\t \x0c"):
        c = clean(raw)
        assert c.text.strip() == ""
        assert len(c.offsets) == len(c.text)


def test_raw_span_rejects_empty_span() -> None:
    c = clean("Some text.")
    try:
        c.raw_span(3, 3)
    except ValueError:
        pass
    else:  # pragma: no cover
        raise AssertionError("empty span accepted")


def test_dehyphenation_and_unwrapping_keep_offsets() -> None:
    raw = (
        "The two navies held a joint exer-\ncise in the Sea of Japan on\nMonday, "
        "and the de-\nfense ministry said the drill\nwould last five days and\n"
        "include live firing of\nanti-ship missiles at\ntargets at sea.\n"
    )
    c = clean(raw)
    assert c.wrapped
    assert "joint exercise in the Sea of Japan on Monday" in c.text
    assert "defense ministry" in c.text
    check_offsets(raw, c)
    i = c.text.index("exercise")
    a, b = c.raw_span(i, i + len("exercise"))
    assert raw[a:b] == "exer-\ncise"


def test_crlf_and_unicode_line_separators() -> None:
    raw = "First paragraph.\r\n\r\nSecond\u2028paragraph.\u2029Third."
    c = clean(raw)
    assert c.text == "First paragraph.\n\nSecond\n\nparagraph.\n\nThird."
    check_offsets(raw, c)


def test_four_megabyte_single_line_is_fast() -> None:
    import time

    unit = "China and Russia held a joint naval exercise in the Sea of Japan in July. "
    raw = unit * (4_000_000 // len(unit))
    t0 = time.perf_counter()
    c = clean(raw, RULES)
    assert time.perf_counter() - t0 < 10
    assert len(c.text) == len(raw.rstrip())
    assert c.raw_span(0, len(c.text)) == (0, len(raw.rstrip()))


def test_raw_span_rejects_out_of_range() -> None:
    c = clean("Some text.")
    for start, end in ((-1, 3), (0, 99), (5, 11)):
        try:
            c.raw_span(start, end)
        except ValueError:
            continue
        raise AssertionError(f"span {start}:{end} accepted")


def test_one_line_paragraphs_with_a_fact_box_are_not_hard_wrapped() -> None:
    para = (
        "Egypt and China opened their first-ever joint air force exercise at the weekend, "
        "with Chinese fighter jets flying alongside Egyptian combat aircraft over the desert."
    )
    box = "\n".join(
        [
            "FACT BOX",
            "Exercise: Eagles of Civilization 2025",
            "Participants: Egyptian Air Force; PLA Air Force (China)",
            "Dates: 19/04/2025 – 04/05/2025",
            "Location: Air base west of Cairo; training airspace over the Western Desert",
            "Chinese aircraft: J-10C, KJ-500, Y-20",
            "Egyptian aircraft: MiG-29M, Rafale, and Mirage 2000 fighters of the air force",
            "First edition: yes",
        ]
    )
    raw = f"Headline here\n\nCairo | By A Reporter\n\n{para}\n\n{para}\n\n{box}\n"
    cleaned = clean(raw)
    assert not cleaned.wrapped
    assert "Dates: 19/04/2025 – 04/05/2025" in cleaned.text
    assert cleaned.removed == []
