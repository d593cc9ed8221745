"""Cleaning the seed articles: furniture and teasers out, offsets still exact."""

from __future__ import annotations

from extractor.clean import clean
from extractor.nlp import get_gazetteer
from extractor.pipeline import boilerplate_rules

RULES = boilerplate_rules(get_gazetteer())


def _check_offsets(raw: str, cleaned) -> None:
    assert len(cleaned.offsets) == len(cleaned.text)
    for i, ch in enumerate(cleaned.text):
        if not ch.isspace():
            assert raw[cleaned.offsets[i]] == ch


def test_seed_offsets_are_exact(seed_raw):
    for raw in seed_raw.values():
        _check_offsets(raw, clean(raw, RULES))


def test_teasers_removed_from_seed_000(seed_raw):
    c = clean(seed_raw["seed-000"], RULES)
    assert "TSMC" not in c.text and "reciprocal tariffs" not in c.text
    assert "Narantsatsral Enkhbat" in c.text
    assert sum(r.reason == "truncated-teaser" for r in c.removed) == 4


def test_site_furniture_removed_from_seed_001(seed_raw):
    c = clean(seed_raw["seed-001"], RULES)
    for junk in (
        "DefenceGeneral",
        "Description of image",
        "Back to top button",
        "Adblock",
        "Sincerely",
        "(credit:",
    ):
        assert junk not in c.text
    assert "Chinese and Russian military forces conducted a joint aerial patrol" in c.text


def test_pdf_line_breaks_and_hyphenation_in_seed_004(seed_raw):
    raw = seed_raw["seed-004"]
    c = clean(raw, RULES)
    assert c.wrapped
    assert "defense partnership" in c.text and "de- fense" not in c.text
    assert "several large, joint exercises" in c.text
    # The page break inside a sentence does not split it.
    assert "but now typically occur annually" in c.text
    start = c.text.index("defense partnership")
    a, b = c.raw_span(start, start + len("defense partnership"))
    assert raw[a:b] == "de-\nfense partnership"


def test_caption_with_credit_removed(seed_raw):
    c = clean(seed_raw["seed-003"], RULES)
    assert "File Photo" not in c.text
    assert c.text.startswith("Chinese State Councilor")


def test_single_unpunctuated_text_is_kept():
    # A scrape that lost its full stops is still the article, not a trailing teaser.
    raw = " ".join(["China and Russia held a joint naval exercise in the Sea of Japan"] * 5)
    c = clean(raw, RULES)
    assert c.text == raw and not c.removed
