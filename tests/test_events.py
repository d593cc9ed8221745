"""Event classification, status and argument attachment on made-up sentences."""

from __future__ import annotations

import pytest


def _one(records):
    assert len(records) == 1, [(r["event_type"], r["date"], r["status"]) for r in records]
    return records[0]


def test_past_air_patrol_with_arguments(run_text):
    rec = _one(
        run_text(
            "China and Russia on Tuesday conducted a joint air patrol over the Sea of Japan, "
            "involving two Tu-95MS bombers and four H-6K bombers. The patrol lasted 8 hours."
        )[0]
    )
    assert rec["event_type"] == "air_patrol"
    assert rec["status"] == "occurred"
    assert rec["date"]["value"] == "2023-06-06"
    assert [p["code"] for p in rec["participants"]] == ["CHN", "RUS"]
    assert [loc["name"] for loc in rec["locations"]] == ["Sea of Japan"]
    assets = {a["name"]: a for a in rec["assets"]}
    assert assets["Tu-95MS"]["category"] == "strategic_bomber"
    assert assets["Tu-95MS"]["count"] == 2
    assert rec["duration"] == "PT8H"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "China and Russia will hold a joint naval exercise in the Sea of Japan in July.",
            "planned",
        ),
        (
            "China and Russia plan to hold a joint naval exercise in the Sea of Japan in July.",
            "planned",
        ),
        (
            "A joint naval exercise by China and Russia in the Sea of Japan in July cannot be "
            "ruled out.",
            "speculative",
        ),
        (
            "China and Russia did not hold a joint naval exercise in the Sea of Japan in May.",
            "negated",
        ),
        (
            "China and Russia are holding a joint naval exercise in the Sea of Japan this week.",
            "ongoing",
        ),
        ("China and Russia held a joint naval exercise in the Sea of Japan in May.", "occurred"),
    ],
)
def test_status_from_modality(run_text, sentence, status):
    rec = _one(run_text(sentence)[0])
    assert rec["status"] == status
    assert rec["event_type"] == "naval_exercise"


def test_observers_are_not_participants(run_text):
    rec = _one(
        run_text(
            "Chinese and Russian bombers conducted a joint air patrol over the East China Sea on "
            "Tuesday. Japanese and South Korean fighter jets shadowed the bombers, Tokyo said."
        )[0]
    )
    assert {p["code"] for p in rec["participants"]} == {"CHN", "RUS"}


def test_generic_talk_yields_nothing(run_text):
    records, mentions = run_text(
        "Military exercises can serve political purposes. Joint drills could provide an "
        "important mechanism for cooperation. Beijing and Moscow discussed arms sales on "
        "Monday. Protesters gathered in Tiananmen Square in 1989."
    )
    assert records == [] and mentions == []


def test_list_of_years_is_one_event_each(run_text):
    records, _ = run_text(
        "China and Russia held joint naval exercises in the Yellow Sea in 2005, 2012 and 2014."
    )
    assert sorted(r["date"]["value"] for r in records) == ["2005", "2012", "2014"]


def test_series_since_a_year(run_text):
    rec = _one(run_text("Since 2012, China and Russia have held annual joint naval exercises.")[0])
    assert rec["kind"] == "series"
    assert rec["date"]["start"] == "2012-01-01"


def test_relative_dates_unresolved_without_publication_date(run_text):
    rec = _one(
        run_text(
            "Last year, China and Russia held a joint naval exercise in the Sea of Japan.",
            published=None,
        )[0]
    )
    assert rec["date"]["anchor"] == "unresolved"
    assert rec["date"]["value"] is None


def test_named_edition_takes_year_from_name(run_text):
    rec = _one(run_text("Chinese troops took part in Russia's Vostok-2018 exercise.")[0])
    assert rec["name"] == "Vostok-2018"
    assert rec["event_type"] == "strategic_exercise"
    assert rec["date"]["anchor"] == "name" and rec["date"]["value"] == "2018"


def test_reference_joins_antecedent(run_text):
    records, mentions = run_text(
        "Chinese and Russian warships began a joint naval patrol in the western Pacific on "
        "Monday. The patrol, which involved ten ships, passed through the Tsugaru Strait."
    )
    rec = _one(records)
    assert rec["event_type"] == "naval_patrol"
    assert {loc["name"] for loc in rec["locations"]} >= {"Tsugaru Strait"}
    assert any(m["reference"] for m in mentions)


def test_troops_and_qualifier(run_text):
    rec = _one(
        run_text(
            "In August, China and Russia held a joint strategic exercise in Ningxia involving more "
            "than 10,000 troops."
        )[0]
    )
    assert rec["troops"] == {"value": 10000, "qualifier": "more_than"}
    assert rec["event_type"] == "strategic_exercise"
