"""Records across articles and inside one: numbered patrols told undated by one outlet,
announcements followed by reports, legs of a patrol, names given after the facts, and
what is not an exercise at all (sport, history before the actors existed)."""

from __future__ import annotations

import io
import json

import pytest

from extractor.pipeline import extract


@pytest.fixture
def run_many(analyzer):
    def _run(*articles: tuple[str, str, str | None]):
        lines = "\n".join(
            json.dumps({"doc_id": d, "text": t, "published": p}) for d, t, p in articles
        )
        res = extract(inputs=["-"], analyzer=analyzer, stdin=io.StringIO(lines))
        assert not res.errors, res.errors
        return res.records

    return _run


def _docs(record: dict) -> list[str]:
    return sorted({c["doc_id"] for c in record["citations"]})


def _events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def test_undated_numbered_patrol_joins_the_dated_report(run_many):
    records = run_many(
        (
            "a",
            "U.S. and Canadian jets intercepted two Russian and two Chinese bombers flying "
            "near Alaska on Wednesday. Beijing said the flights were part of a joint "
            "strategic air patrol with Russia.",
            "2024-07-25",
        ),
        (
            "b",
            "Russian Tu-95MS bombers and Chinese H-6K bombers carried out a joint air patrol "
            "over the Bering Sea, the defence ministry said. According to the ministry, "
            "this is the eighth joint air patrol of the two countries since 2019.",
            "2024-07-25",
        ),
        (
            "c",
            "Last Wednesday, Chinese and Russian bombers flew off Alaska in what Moscow "
            "described as the eighth joint air patrol.",
            "2024-07-29",
        ),
    )
    patrols = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert len(patrols) == 1, [(_docs(r), r["date"]) for r in patrols]
    assert _docs(patrols[0]) == ["a", "b", "c"]
    assert patrols[0]["date"]["start"] == "2024-07-24"


def test_background_first_patrol_does_not_absorb_the_undated_lead(run_many):
    records = run_many(
        (
            "b",
            "Russian Tu-95MS bombers and Chinese H-6K bombers carried out a joint air patrol "
            "over the Bering Sea, the defence ministry said. The first such patrol was "
            "carried out in July 2019 over the Sea of Japan.",
            "2024-07-25",
        ),
    )
    dated = {(r["date"] or {}).get("value") for r in _events(records)}
    assert "2019-07" in dated and None in dated  # two patrols, the lead one undated


def test_announcement_joins_the_later_report(run_many):
    records = run_many(
        (
            "announce",
            "China's defense ministry said on Monday that the Chinese and Russian navies "
            "would conduct a joint maritime patrol in the western Pacific after the exercise.",
            "2023-07-24",
        ),
        (
            "report",
            "China and Russia have completed their third joint maritime patrol, which "
            "began on July 26 in the Sea of Japan and ended on August 14.",
            "2023-08-16",
        ),
    )
    patrols = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert len(patrols) == 1
    assert _docs(patrols[0]) == ["announce", "report"]
    assert patrols[0]["status"] == "occurred"  # the latest report decides
    assert [h["status"] for h in patrols[0]["status_history"]] == ["planned", "occurred"]


def test_announcement_with_two_candidate_reports_stays_apart(run_many):
    records = run_many(
        (
            "announce",
            "The Chinese and Russian navies would conduct a joint naval patrol in the "
            "Pacific, China said.",
            "2023-07-24",
        ),
        ("r1", "China and Russia held a joint naval patrol on July 28.", "2023-07-30"),
        ("r2", "China and Russia held a joint naval patrol on August 10.", "2023-08-12"),
    )
    announced = [r for r in _events(records) if "announce" in _docs(r)]
    assert len(announced) == 1 and _docs(announced[0]) == ["announce"]


def test_second_leg_extends_the_patrol_and_is_no_patrol_of_its_own(run_text):
    records, _ = run_text(
        "Two Chinese H-6K bombers and two Russian Tu-95MS bombers flew together over the Sea "
        "of Japan on Friday. The Joint Staff said on Saturday that a second leg had been "
        "flown that day.",
        published="2024-11-30",
    )
    events = _events(records)
    assert len(events) == 1
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2024-11-29", "2024-11-30")
    assert events[0].get("number") is None


def test_code_named_edition_names_the_drill_before(run_text):
    records, _ = run_text(
        "China and Russia will hold their first-ever joint military exercise Aug. 18-25, "
        'involving nearly 10,000 troops. The drills, code-named "Peace Mission 2005," '
        "will begin in Vladivostok.",
        published="2005-08-02",
    )
    events = _events(records)
    assert len(events) == 1
    assert events[0]["name"] == "Peace Mission-2005"
    assert events[0]["event_type"] == "counter_terrorism_exercise"
    assert events[0]["date"]["value"] == "2005-08-18/2005-08-25"


def test_departure_day_is_not_the_exercise_day(run_text):
    records, _ = run_text(
        "A contingent of the Chinese army left for Russia on Saturday to participate in the "
        "strategic command-staff exercise Tsentr-2019. The exercise is scheduled to be "
        "held from September 16 to 21 at the Donguz range.",
        published="2019-09-14",
    )
    (event,) = _events(records)
    assert event["date"]["value"] == "2019-09-16/2019-09-21"


def test_headline_infinitive_is_a_plan(run_text):
    records, _ = run_text(
        "Russia, China wrap up joint naval drills in East Sea; patrol to follow\n\n"
        "Russia and China ended a four-day joint naval exercise in the East Sea on Sunday.",
        published="2023-07-24",
    )
    patrols = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert [p["status"] for p in patrols] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese club Kunlun Red Star and the local KHL side Admiral held three days of "
        "joint drills in Vladivostok this week.",
        "Russian and Chinese staff at the embassy joined a joint fire drill on Tuesday.",
    ],
)
def test_sport_and_civil_drills_are_no_exercise(run_text, text):
    assert run_text(text, published="2024-08-10")[0] == []


def test_history_before_the_russian_federation_is_not_followed(run_text):
    records, _ = run_text(
        "China and Russia will hold Vostok-2018 in September. A spokesman compared it with "
        "the joint Soviet-era drills of 1981.",
        published="2018-08-28",
    )
    assert [r["name"] for r in _events(records)] == ["Vostok-2018"]


def test_zapad_with_china_is_zapad_interaction_and_without_it_is_zapad(run_text):
    records, _ = run_text(
        "China hosted the Zapad-2021 exercise with Russia in the Ningxia Hui Autonomous "
        "Region in August. Next month, from 10 to 16 September, Russia and Belarus will hold "
        "Zapad-2021 along the border with NATO.",
        published="2021-08-20",
    )
    names = sorted(r["name"] for r in records if r["kind"] == "event")
    assert names == ["Zapad-2021", "Zapad/Interaction-2021"]
    by_name = {r["name"]: r for r in records if r["kind"] == "event"}
    assert {p["code"] for p in by_name["Zapad-2021"]["participants"]} == {"BLR", "RUS"}
    assert by_name["Zapad-2021"]["date"]["start"] == "2021-09-10"


def test_china_staying_out_of_zapad_keeps_it_zapad(run_text):
    records, _ = run_text(
        "China did not take part in Zapad-2025, the Russian-Belarusian exercise held in "
        "September.",
        published="2025-10-01",
    )
    assert "Zapad/Interaction-2025" not in {r["name"] for r in records}


def test_one_numbered_patrol_told_on_its_two_days_is_one_record(analyzer):
    import io

    from extractor.pipeline import extract

    docs = [
        {
            "doc_id": "a",
            "published": "2023-06-07",
            "text": "The air forces of China and Russia organised the sixth joint aerial "
            "strategic cruise on June 6 over the Sea of Japan.",
        },
        {
            "doc_id": "b",
            "published": "2023-06-08",
            "text": "Chinese and Russian bombers flew their sixth joint air patrol over the "
            "East China Sea on Wednesday, Japan's defence ministry said.",
        },
    ]
    stdin = io.StringIO("\n".join(json.dumps(d) for d in docs))
    res = extract(inputs=["-"], analyzer=analyzer, stdin=stdin)
    sixth = [r for r in res.records if r["kind"] == "event" and r.get("number") == 6]
    assert len(sixth) == 1
    assert {c["doc_id"] for c in sixth[0]["citations"]} == {"a", "b"}


def test_an_ordinal_across_country_names_numbers_the_patrol(run_many):
    records = run_many(
        (
            "a",
            "The third China-Russia joint maritime patrol went farther than any before. The "
            "patrol, which ended on 19 August after 23 days at sea, passed the Aleutians. "
            "The first patrol circled Japan.",
            "2023-09-05",
        ),
        (
            "b",
            "China's defence ministry said on Saturday that the Chinese and Russian navies had "
            "begun their third joint maritime patrol on Friday in the western Pacific.",
            "2023-07-31",
        ),
    )
    patrols = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert len(patrols) == 1, [(_docs(r), r["number"], r["date"]) for r in patrols]
    assert patrols[0]["number"] == 3 and _docs(patrols[0]) == ["a", "b"]
    assert (patrols[0]["date"]["start"], patrols[0]["date"]["end"]) == (
        "2023-07-28",
        "2023-08-19",
    )
    # "The first patrol" is another patrol: it is no part of the third one.
    quotes = [c["quote"] for c in patrols[0]["citations"]]
    assert not any(q.startswith("The first patrol") for q in quotes)


def test_a_count_within_the_year_is_no_number_in_the_series(run_many):
    records = run_many(
        (
            "a",
            "China said the two air forces had carried out their ninth joint aerial strategic "
            "cruise on Friday and Saturday. It was the second joint flight of Chinese and "
            "Russian aircraft this year.",
            "2024-12-02",
        ),
    )
    patrols = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert len(patrols) == 1, [(r["number"], r["date"]) for r in patrols]
    assert patrols[0]["number"] == 9
    assert patrols[0]["date"]["start"] == "2024-11-29"


def test_the_newest_account_of_several_days_beats_an_announced_plan(run_many):
    records = run_many(
        (
            "a",
            'China, Iran and Russia will hold the "Security Bond-2026" joint maritime '
            "exercise near Chabahar from February 24 to 27, China's defence ministry said.",
            "2026-02-16",
        ),
        (
            "b",
            "The Maritime Security Belt 2026 naval drill of Iran, Russia and China got under "
            "way off Chabahar this morning. The four-day drill had been postponed because "
            "of high waves.",
            "2026-03-01",
        ),
        (
            "c",
            "The Maritime Security Belt 2026 drill of Iran, Russia and China that ended last "
            "Wednesday off Chabahar was routine. The active phase ran from a Sunday to a "
            "Wednesday.",
            "2026-03-09",
        ),
    )
    drills = [r for r in _events(records) if r["event_type"] == "naval_exercise"]
    assert len(drills) == 1 and _docs(drills[0]) == ["a", "b", "c"]
    assert (drills[0]["date"]["start"], drills[0]["date"]["end"]) == (
        "2026-03-01",
        "2026-03-04",
    )


def test_an_end_and_its_length_beat_a_phase_day_and_the_first_plan(run_many):
    records = run_many(
        (
            "a",
            "Russia's Vostok-2022 exercise with Chinese troops will be held from 30 August "
            "to 5 September 2022, the defence ministry said.",
            "2022-08-15",
        ),
        (
            "b",
            'Russia\'s "Vostok 2022" manoeuvres with Chinese troops ended on Wednesday after '
            "seven days. Putin watched the final phase on Tuesday. The exercise had been "
            "scheduled to begin on 30 August but was postponed by two days.",
            "2022-09-08",
        ),
    )
    drills = [r for r in _events(records) if r["name"] == "Vostok-2022"]
    assert len(drills) == 1
    assert (drills[0]["date"]["start"], drills[0]["date"]["end"]) == (
        "2022-09-01",
        "2022-09-07",
    )


def test_a_name_given_next_keeps_the_drill_from_another_edition(run_many):
    records = run_many(
        (
            "a",
            "The first large exercise in which Russian troops served under a Chinese command "
            "ended on Friday in Ningxia. The drill, called ZAPAD/INTERACTION-2021 by Moscow "
            "and Western·Interaction-2021 by Beijing, involved 10,000 personnel. INDRA 2021, a "
            "bilateral drill of Russia and India, ended on the same Friday at Prudboi. It had "
            "started on 1 August.",
            "2021-08-14",
        ),
    )
    by_name = {r["name"]: r for r in _events(records)}
    assert by_name["Zapad/Interaction-2021"]["date"]["end"] == "2021-08-13"
    assert by_name["Indra-2021"]["date"]["start"] == "2021-08-01"
    quotes = [c["quote"] for c in by_name["Indra-2021"]["citations"]]
    assert not any("Ningxia" in q for q in quotes)


def test_a_series_called_a_plain_exercise_keeps_its_type(run_many):
    records = run_many(
        (
            "a",
            "Cambodia and China will open their Golden Dragon 2026 joint exercise next "
            "Monday, with Chinese warships docking at Ream Naval Base for the drill.",
            "2026-05-12",
        ),
    )
    (drill,) = [r for r in _events(records) if r["name"]]
    assert drill["name"] == "Golden Dragon-2026" and drill["event_type"] == "exercise"


def test_a_tabletop_exercise_is_no_drill(run_many):
    records = run_many(
        (
            "a",
            "On 15-16 October, a Tokyo think tank convened a two-day tabletop exercise that "
            "simulated a Chinese-Russian naval exercise near Japan turning into a blockade.",
            "2026-10-20",
        ),
        (
            "b",
            'We invented a Chinese-Russian naval exercise, which we called "Northern '
            'Shield-2027", and set it in the Sea of Japan in August 2027.',
            "2022-11-15",
        ),
    )
    assert _events(records) == []


def test_a_capitalised_exercise_name_outside_the_gazetteer_names_and_merges(run_many):
    records = run_many(
        (
            "a",
            "Chinese, Russian and Iranian warships berthed at Simon's Town yesterday ahead of "
            "a naval exercise hosted by South Africa that begins tomorrow. Exercise Will for "
            "Peace 2026 will run until next Friday, the navy said.",
            "2026-01-09",
        ),
        (
            "b",
            "EDITOR'S NOTE: Exercise Will for Peace 2026 was hosted by the South African Navy "
            "with the navies of China, Russia and Iran. It began in Simon's Town on 10 "
            "January 2026 and ended on 16 January 2026.",
            "2026-01-17",
        ),
    )
    events = _events(records)
    assert [r["name"] for r in events] == ["Will for Peace 2026"]
    assert _docs(events[0]) == ["a", "b"]
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2026-01-10", "2026-01-16")


def test_a_series_line_up_is_not_replaced_by_an_outside_pair(run_text):
    records, _ = run_text(
        "Peace Mission 2018 ended yesterday at Chebarkul. For the first time, Indian and "
        "Pakistani soldiers took part in the drills; Indian and Pakistani officers shared a "
        "field kitchen.",
        published="2018-08-30",
    )
    events = _events(records)
    assert [r["name"] for r in events] == ["Peace Mission-2018"]
    assert {"CHN", "RUS"} <= {p["code"] for p in events[0]["participants"]}


@pytest.mark.parametrize(
    "text",
    [
        "According to the fictional communique, the Chinese and Russian navies will drill "
        "from 12 to 19 August.",
        "The teams debated whether the fictional Chinese-Russian exercise of 14 August was "
        "still an exercise.",
    ],
)
def test_a_story_s_drill_is_no_exercise(run_text, text):
    records, _ = run_text(text, published="2024-06-01")
    assert _events(records) == []


def test_a_fictional_crisis_in_a_real_drill_keeps_the_drill(run_text):
    records, _ = run_text(
        "The exercise, called Peace Mission 2005, opened in Vladivostok on 18 August 2005, "
        "where Chinese and Russian officers worked out how to respond to a fictional crisis "
        "in a third country.",
        published="2005-08-19",
    )
    assert [r["name"] for r in _events(records)] == ["Peace Mission-2005"]


def test_a_patrol_does_not_join_a_drill_through_a_timeline_line(run_text):
    records, _ = run_text(
        "The ten ships had taken part in the joint naval exercise Joint Sea-2021 in Peter the "
        "Great Bay, which began on Thursday and ended on Sunday. On the same day, Russia's "
        "Pacific Fleet announced that the ships of the two navies had begun a joint patrol "
        "in the Asia-Pacific region.\n\nTimeline\n"
        "- Oct. 14 (Thu): Joint Sea-2021 begins in Peter the Great Bay\n"
        "- Oct. 17 (Sun): Exercise ends; joint patrol announced\n",
        published="2021-10-19",
    )
    drill = [r for r in _events(records) if r["name"] == "Joint Sea-2021"]
    assert len(drill) == 1
    quotes = " ".join(c["quote"] for c in drill[0]["citations"])
    assert "had begun a joint patrol" not in quotes


def test_single_days_of_the_newest_report_sit_inside_the_span_told_before(run_many):
    records = run_many(
        (
            "p",
            "From 20 to 26 May, the northern East China Sea will host the Russian-Chinese naval "
            'exercise "Maritime Interaction-2014", which the Chinese side calls "Joint Sea-2014".'
            "\n\n19.05.2014\n",
            None,  # dated at the bottom
        ),
        (
            "a",
            'SHANGHAI, May 21 -- The "Joint Sea-2014" naval exercise of China and Russia opened '
            "on Tuesday. The joint exercise will last for seven days and is scheduled to end on "
            "Monday.",
            "2014-05-21",
        ),
        (
            "b",
            "The Chinese-Russian naval exercise Joint Sea-2014 in the East China Sea ended on "
            "Monday. On Saturday, the exercise practised the rescue of a hijacked ship.",
            "2014-05-27",
        ),
    )
    rec = [r for r in _events(records) if r["name"] == "Joint Sea-2014"]
    assert len(rec) == 1 and _docs(rec[0]) == ["a", "b", "p"]
    assert (rec[0]["date"]["start"], rec[0]["date"]["end"]) == ("2014-05-20", "2014-05-26")


def test_reports_that_give_the_same_days_are_one_exercise(run_many):
    records = run_many(
        (
            "a",
            "The first-ever joint military exercise between the armies of Pakistan and Russia "
            "began at Cherat on Saturday, the ISPR said. According to an ISPR statement, the "
            "exercise will continue till October 10.",
            "2016-09-25",
        ),
        (
            "b",
            "Russian and Pakistani servicemen completed their joint counter-terrorism exercise "
            "yesterday with a closing ceremony at Cherat. The two-week exercise began on 24 "
            "September.",
            "2016-10-11",
        ),
    )
    events = _events(records)
    assert [(_docs(r), r["date"]["value"]) for r in events] == [
        (["a", "b"], "2016-09-24/2016-10-10")
    ]


def test_a_headline_s_bare_series_ending_is_this_year_s_edition(run_many):
    records = run_many(
        (
            "a",
            "The Chinese and Russian navies began the Joint Sea-2013 exercise in Peter the "
            "Great Bay on Friday. It will last until July 12.",
            "2013-07-05",
        ),
        (
            "b",
            'PRIMORYE COURIER\n\nGuests depart as "Joint Sea" week ends with gunfire in the bay'
            "\n\nThe Chinese warships sailed for home this morning after a farewell ceremony.",
            "2013-07-13",
        ),
    )
    named = [r for r in _events(records) if r["name"] == "Joint Sea-2013"]
    assert len(named) == 1 and _docs(named[0]) == ["a", "b"]


def test_a_bare_series_name_in_a_scenario_stays_no_report(run_text):
    records, _ = run_text(
        'The war game opened with a scripted "Joint Sea" scenario.', published="2024-05-02"
    )
    assert _events(records) == []
