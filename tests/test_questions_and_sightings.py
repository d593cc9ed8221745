"""Report shapes from briefings and ministry notices: a drill a reporter only asks about, a
flight dated by the day a ministry saw it, and the other day forms session 7 met."""

from __future__ import annotations


def _events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def test_a_drill_only_asked_about_is_no_event(run_text):
    records, _ = run_text(
        "Foreign Ministry Spokesperson's Regular Press Conference\n\n"
        "Q: Will China hold any joint exercises with Russia this summer in response?\n\n"
        "A: China and Russia carry out normal military cooperation according to annual plans.",
        published="2025-07-14",
    )
    assert _events(records) == []


def test_a_question_that_takes_the_drill_as_given_still_reports_it(run_text):
    records, _ = run_text(
        "Q: Why did Chinese and Russian bombers hold a joint patrol over the Sea of Japan on "
        "Tuesday?",
        published="2025-07-17",
    )
    assert [(r["event_type"], r["date"]["start"]) for r in _events(records)] == [
        ("air_patrol", "2025-07-15")
    ]


def test_a_named_drill_asked_about_is_still_reported(run_text):
    records, _ = run_text(
        "Q: Will Vostok-2022 go ahead with Chinese troops as planned?", published="2022-08-20"
    )
    assert [r["name"] for r in records if r.get("name")] == ["Vostok-2022"]


def test_a_flight_is_dated_by_the_day_the_ministry_saw_it(run_text):
    records, _ = run_text(
        "Flight of Chinese and Russian aircraft in the airspace around Japan\n\n"
        "1. Today, December 9, 2025 (Tuesday), the Joint Staff Office confirmed that two "
        "Russian Tu-95 bombers, after flying from the Sea of Japan to the East China Sea, "
        "joined two Chinese H-6 bombers and flew together to the Pacific Ocean.",
        published="2025-12-09",
    )
    assert [(r["event_type"], r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("air_patrol", "2025-12-09", "2025-12-09")
    ]


def test_a_flight_with_its_own_day_keeps_it_over_the_sighting_day(run_text):
    records, _ = run_text(
        "The Joint Staff Office confirmed on Wednesday that two Russian Tu-95 bombers and two "
        "Chinese H-6 bombers flew together over the Sea of Japan on Tuesday.",
        published="2025-12-10",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2025-12-09", "2025-12-09")
    ]


def test_fighters_scrambled_on_two_days_after_a_joint_flight_date_it(run_text):
    records, _ = run_text(
        "Air Self-Defense Force fighters were scrambled on Friday and again on Saturday after "
        "Chinese and Russian bombers flew together over the Sea of Japan, the Joint Staff said.",
        published="2024-12-01",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2024-11-29", "2024-11-30")
    ]


def test_the_following_day_counts_from_the_day_in_an_earlier_sentence(run_text):
    records, _ = run_text(
        "China and Russia conduct ninth joint strategic air patrol\n\n"
        "The air forces of the two countries organised the ninth joint strategic air patrol "
        "over the Sea of Japan, commencing on 29 November.\n\n"
        "The patrol concluded the following day.",
        published="2024-12-03",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2024-11-29", "2024-11-30")
    ]


def test_the_day_ships_arrived_for_a_phase_is_not_the_exercise_start(run_text):
    records, _ = run_text(
        'Russia and China begin "North/Interaction-2023" naval drills\n\n'
        "Russia's defence ministry said the active part of the drills will take place in the "
        "Sea of Japan from today through Sunday. The Chinese task group arrived in Vladivostok "
        "on Monday for the harbour phase, which included planning meetings.",
        published="2023-07-20",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2023-07-20", "2023-07-23")
    ]


def test_a_patrol_with_only_its_first_day_leaves_the_end_open(run_text):
    records, _ = run_text(
        "MOSCOW/BEIJING, Aug 6 (PWS) - Russian and Chinese warships set off on Wednesday on a "
        "joint patrol in the Pacific, a day after wrapping up a five-day naval exercise near "
        "Vladivostok, the two countries' defence ministries said.",
        published="2025-08-06",
    )
    patrols = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in patrols] == [("2025-08-06", None)]
    # "a day after" is how long after the exercise, not how long the patrol lasts.
    assert patrols[0]["duration"] is None


def test_an_air_patrols_one_day_is_the_whole_patrol(run_text):
    records, _ = run_text(
        "Chinese and Russian bombers began a joint strategic air patrol over the Sea of Japan "
        "on Tuesday, the defence ministry said.",
        published="2025-12-10",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2025-12-09", "2025-12-09")
    ]
