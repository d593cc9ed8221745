"""Names an article gives a drill the gazetteer lacks ('styled "Coalition-2003"'), bare
series names that name the drill at hand ("Hand-in-Hand, as it's called", "ahead of
Exercise Mosi"), and days told in ways the earlier sets did not show: "Wednesday of last
week", "the ninth of this month", "September of that year", "begin on Monday and run until
Saturday", a ceremony on the eve of the first day, and a joint air patrol flown over two
days."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from extractor.pipeline import extract, find_dateline
from extractor.temporal import get_tagger


def _day(text: str, dct: date, phrase: str) -> str:
    hits = [t for t in get_tagger().tag(text, dct=dct) if t.text == phrase]
    assert hits, [(t.text, t.value) for t in get_tagger().tag(text, dct=dct)]
    return hits[0].value


@pytest.mark.parametrize(
    ("text", "dct", "phrase", "value"),
    [
        # A Wednesday, then the week before's.
        ("The manoeuvres began on Wednesday of last week.", date(2003, 8, 13), "Wednesday",
         "2003-08-06"),
        # Written on a Friday: "last Thursday" is not yesterday.
        ("The exercise began last Thursday.", date(2007, 12, 28), "last Thursday",
         "2007-12-20"),
        # Two days back stays two days back.
        ("The exercise began last Thursday.", date(2007, 12, 29), "last Thursday",
         "2007-12-27"),
        ("The exercise opened on the ninth of this month.", date(2010, 9, 24),
         "the ninth of this month", "2010-09-09"),
        ("It ended on the twenty-fifth of September 2010.", None,
         "the twenty-fifth of September 2010", "2010-09-25"),
        ("The 2010 iteration, in Kazakhstan in September of that year, drew five states.",
         date(2014, 9, 2), "September", "2010-09"),
        # Told on a Friday: Monday is in three days, and the Saturday after it in eight.
        ("The drill will begin on Monday and run until Saturday.", date(2019, 11, 22),
         "Saturday", "2019-11-30"),
        ("The drill will begin on Monday and run until Saturday.", date(2019, 11, 22),
         "Monday", "2019-11-25"),
    ],
)
def test_days_told_relative_to_other_days(text, dct, phrase, value):
    assert _day(text, dct, phrase) == value


def test_a_spelled_ordinal_alone_is_no_date():
    tags = get_tagger().tag("The first of many drills began.", dct=date(2010, 9, 24))
    assert not [t for t in tags if "first" in t.text]


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        (
            'UNION CHANNEL - "Evening News"\nTranscript, broadcast of 26 September 2013, '
            "21:00 Minsk time\n\nANCHOR: Good evening.\n",
            date(2013, 9, 26),
        ),
        (
            "PRESS SERVICE OF THE EASTERN MILITARY DISTRICT\n17.04.2012\n\nSHIPS SET OFF\n",
            date(2012, 4, 17),
        ),
    ],
)
def test_broadcast_lines_and_bare_dated_lines_date_the_article(raw, day):
    assert find_dateline(raw) == day


@pytest.fixture
def run_many(analyzer):
    def _run(*articles: tuple[str, str, str | None]):
        lines = "\n".join(
            json.dumps({"doc_id": d, "text": t, "published": p}) for d, t, p in articles
        )
        res = extract(inputs=["-"], analyzer=analyzer, stdin=io.StringIO(lines))
        assert not res.errors, res.errors
        return [r for r in res.records if r["kind"] == "event"]

    return _run


def _docs(record: dict) -> list[str]:
    return sorted({c["doc_id"] for c in record["citations"]})


def test_a_name_styled_in_quotes_names_the_drill(run_text):
    records, _ = run_text(
        "Servicemen from five SCO states, including China and Russia, completed their first "
        "joint anti-terrorist exercise yesterday near Yining. The manoeuvres, styled "
        '"Coalition-2003" in English-language documents, began on Wednesday of last week '
        "at the Ucharal training area in Kazakhstan.",
        published="2003-08-13",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [r["name"] for r in events] == ["Coalition-2003"]
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2003-08-06", "2003-08-12")


def test_a_weekday_or_month_with_a_year_is_no_name(run_text):
    records, _ = run_text(
        "Chinese and Russian warships began a joint naval exercise, called on Monday 2019 "
        "a success by both navies, in the Sea of Japan on Monday.",
        published="2019-05-01",
    )
    assert all(r["name"] is None for r in records if r["kind"] == "event")


def test_a_bare_series_name_as_it_is_called_is_the_reported_edition(run_many):
    events = run_many(
        (
            "a",
            "NEW DELHI: Indian and Chinese army units will hold their first joint exercise in "
            "the southwestern Chinese city of Kunming from Thursday. The anti-terrorism "
            'exercise, christened "Hand-in-Hand 2007", will run until December 28. The '
            "exercise will feature joint planning, patrolling, cordon-and-search operations "
            "and the storming of a mock hideout.",
            "2007-12-18",
        ),
        (
            "b",
            "Indian and Chinese soldiers today wrapped up a historic joint exercise in "
            "southwestern China.\nHO: The exercise began last Thursday, so just over a week "
            "in all.\nHO: No, this was strictly bilateral - Hand-in-Hand, as it's called.",
            "2007-12-28",
        ),
    )
    # One drill: the city is no destroyer "Kunming", the patrolling no naval patrol.
    assert len(events) == 1, [(r["event_type"], r["date"]) for r in events]
    rec = events[0]
    assert _docs(rec) == ["a", "b"]
    assert rec["event_type"] == "counter_terrorism_exercise"
    assert rec["name"] == "Hand-in-Hand 2007"
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2007-12-20", "2007-12-28")


def test_exercise_mosi_names_the_drill_at_hand(run_many):
    events = run_many(
        (
            "a",
            "The drill, named after the Sesotho word for smoke, will begin on Monday and run "
            "until Saturday, a South African National Defence Force spokesperson said. "
            '"Exercise Mosi is about maritime security," the spokesperson said of the drill '
            "with the Russian and Chinese navies.",
            "2019-11-22",
        ),
    )
    assert [(r["name"], r["event_type"]) for r in events] == [("Mosi", "naval_exercise")]
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2019-11-25", "2019-11-30")


def test_the_city_is_no_destroyer(analyzer):
    doc = analyzer.nlp("The drill was held in the southwestern Chinese city of Kunming.")
    assert not [s for s in doc.spans["gaz"] if s.label_ == "PLATFORM"]
    doc = analyzer.nlp("The destroyer Kunming and the frigate Hefei sailed with the Russians.")
    assert {s.text for s in doc.spans["gaz"] if s.label_ == "PLATFORM"} == {
        "destroyer Kunming",
        "Hefei",
    }


def test_a_ceremony_on_the_eve_is_not_the_first_day(run_text):
    records, _ = run_text(
        "The Russian-Chinese naval exercise North/Interaction-2023 ends today in the Sea of "
        "Japan.\nOn Wednesday, the opening ceremony was held at the Pacific Fleet's berth.\n"
        "The ships put to sea on Thursday, 20 July, the first day of the exercise proper.\n"
        "The drills ran from 20 to 23 July.\nCORRECTION: The exercise began on Thursday, 20 "
        "July; Wednesday saw only the opening ceremony.",
        published="2023-07-23",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert len(events) == 1, [(r["name"], r["date"]) for r in events]
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2023-07-20", "2023-07-23")


def test_an_exercise_word_does_not_join_a_patrol(run_text):
    records, _ = run_text(
        "The Russian-Chinese naval exercise North/Interaction-2023 ran from 20 to 23 July "
        "in the Sea of Japan. Ships from both navies would next set out on the third joint "
        "naval patrol in the Pacific, which will begin on Monday, 24 July.\nThe exercise "
        "began on Thursday, 20 July.",
        published="2023-07-23",
    )
    by_type = {r["event_type"]: r for r in records if r["kind"] == "event"}
    assert by_type["naval_patrol"]["date"]["start"] == "2023-07-24"
    assert by_type["naval_exercise"]["date"]["start"] == "2023-07-20"


def test_a_joint_air_patrol_over_two_days_is_one_patrol(run_text):
    records, _ = run_text(
        "Chinese and Russian strategic bombers flew over the Western Pacific for a second "
        "straight day on Wednesday, prompting Japan to scramble fighter jets again.\nOn "
        "Tuesday, two Russian Tu-95MS bombers and two Chinese H-6K bombers flew over the Sea "
        "of Japan, the Russian ministry said.",
        published="2023-06-07",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert len(events) == 1, [(r["event_type"], r["date"]) for r in events]
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2023-06-06", "2023-06-07")


def test_announcing_the_end_of_a_patrol_ends_it(run_text):
    records, _ = run_text(
        "On the 17th, ten Chinese and Russian ships formed up and set off on the first joint "
        "maritime patrol. Moscow announced the end of the patrol on 23 October.",
        published="2021-11-03",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert len(events) == 1, [(r["event_type"], r["date"]) for r in events]
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2021-10-17", "2021-10-23")


def test_an_edition_before_a_country_joined_the_series_is_not_joint(run_text):
    records, _ = run_text(
        "Russia began its Vostok-2014 strategic exercise in the Far East on Friday. Only "
        "Russian forces are taking part. China said it had been notified in advance.\nThe "
        "previous Vostok exercise, held in 2010, involved around 20,000 troops.",
        published="2014-09-19",
    )
    assert [r for r in records if r["kind"] == "event"] == []


def test_an_edition_after_a_country_joined_keeps_the_series_line_up(run_text):
    records, _ = run_text(
        "The Vostok-2018 strategic exercise began on Tuesday in Russia's Far East.",
        published="2018-09-11",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [sorted(p["code"] for p in r["participants"]) for r in events] == [
        ["CHN", "MNG", "RUS"]
    ]


def test_a_civil_drill_s_later_mentions_are_that_drill(run_text):
    records, _ = run_text(
        "Russian and Chinese rescuers on Wednesday held a joint exercise on the Amur River, "
        "practising a flood response for Blagoveshchensk and Heihe.\nA special feature of "
        "this year's exercise was a new radio channel between the two cities.\nThe regional "
        "government said the exercise was rated good.",
        published="2017-08-17",
    )
    assert [r for r in records if r["kind"] == "event"] == []


def test_an_exercise_of_its_own_is_not_joint(run_text):
    records, _ = run_text(
        "Two Chinese H-6 bombers and two Russian Tu-95 bombers flew together over the Sea of "
        "Japan on Wednesday in a joint air patrol. Meanwhile, Russia's Pacific Fleet said it "
        "had begun an exercise of its own in the Sea of Okhotsk.",
        published="2022-11-30",
    )
    assert [r["event_type"] for r in records if r["kind"] == "event"] == ["air_patrol"]


def test_the_meaning_of_a_name_is_not_the_drill(run_text):
    records, _ = run_text(
        "RICHARDS BAY - The naval exercise between South Africa, Russia and China got under "
        "way yesterday. The exercise, named Mosi II (Mosi means \"smoke\" in Setswana), will "
        "run until 27 February.",
        published="2023-02-18",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["name"], r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("Mosi II", "2023-02-17", "2023-02-27")
    ]


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # The dateline's day is when the story was filed, whatever its punctuation.
        ("NOVOROSSIYSK, May 12 - The Russian-Chinese naval exercise Joint Sea-2015 began on "
         "Monday in the Black Sea port of Novorossiysk.", "2015-05-12", "2015-05-11"),
        ("NEW DELHI, Dec. 20: Soldiers of the Indian and Chinese armies will on Friday begin "
         "their first joint military exercise at Kunming, an Army spokesman said.",
         "2007-12-20", "2007-12-21"),
    ],
)
def test_dateline_days_with_a_hyphen_or_colon_date_no_exercise(run_text, text, published,
                                                                start):
    records, _ = run_text(text, published=published)
    events = [r for r in records if r["kind"] == "event"]
    assert [r["date"]["start"] for r in events] == [start]


def test_common_words_of_series_names_do_not_open_every_sentence(analyzer):
    # "Peace and Friendship" must not make "and" a keyword.
    assert analyzer.keywords.search("Officials met and talked about the economy.") is None
    assert analyzer.keywords.search("The Peace and Friendship-2023 drill began.") is not None


def test_a_headline_s_present_start_is_the_report_s_day(run_text):
    records, _ = run_text(
        "Russia starts Vostok-2022 drills with China amid Ukraine war\n\nThe Vostok-2022 "
        "exercises will run until Sept. 7 at seven training grounds in Russia's Eastern "
        "Military District.",
        published="2022-09-01",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2022-09-01", "2022-09-07")
    ]


def test_the_training_of_a_statement_is_the_joint_training(run_text):
    records, _ = run_text(
        'The activities of the joint training against terrorism "Defenders of Friendship '
        '2016" of Egyptian paratroopers and Russian airborne troops were concluded '
        "yesterday.\nThe training which was started since 15 October in the Western "
        "Military Zone included parachuting of personnel.",
        published="2016-10-27",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2016-10-15", "2016-10-26")
    ]


def test_a_numbered_patrol_s_start_and_end_in_two_articles(run_many):
    events = run_many(
        (
            "a",
            "Russia's Pacific Fleet said that the Russian and Chinese navies' first joint naval "
            "patrol in the Asia-Pacific region began on the 17th.",
            "2021-10-19",
        ),
        (
            "b",
            "The first joint naval patrol of Chinese and Russian warships ended on Saturday, "
            "23 October, Moscow said.",
            "2021-10-25",
        ),
    )
    assert len(events) == 1, [(r["event_type"], r["date"]) for r in events]
    assert (events[0]["date"]["start"], events[0]["date"]["end"]) == ("2021-10-17", "2021-10-23")


def test_a_spelled_day_alone_after_on(run_text):
    assert _day("The exercise opened on the ninth in Urumqi.", date(2007, 8, 17),
                "the ninth") == "2007-08-09"
    tags = get_tagger().tag("From the first, it was hard. On the second day they fired.",
                            dct=date(2007, 8, 17))
    assert [t.text for t in tags if t.type == "DATE"] == []


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("Regular Press Conference of the Ministry of National Defense on December 26, 2024\n"
         "(Transcript, English translation)\n\nTan Mingyu: Good afternoon.\n", date(2024, 12, 26)),
        ("EURASIA SECURITY MONITOR -- WEEK IN BRIEF\nIssue 6/2026 | Friday, 6 February 2026\n"
         "Compiled by the Eurasia Programme\n", date(2026, 2, 6)),
    ],
)
def test_headings_and_issue_lines_date_the_article(raw, day):
    assert find_dateline(raw) == day


def test_a_phase_s_day_is_not_the_exercise_s_start(run_text):
    records, _ = run_text(
        "Russia today launched what it calls its largest military manoeuvres since the "
        "Soviet era.\nThe Vostok-2018 strategic exercise is taking place in the Eastern "
        "Military District, and for the first time Chinese troops are taking part on a large "
        "scale. Russian and Chinese units share the Tsugol range, and Russian and Chinese "
        "officers plan together.\nThe drills run until Monday.\nOfficers expect the "
        "Supreme Commander to come to Tsugol on Thursday to watch the main phase.",
        published="2018-09-11",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["name"], r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("Vostok-2018", "2018-09-11", "2018-09-17")
    ]


def test_what_a_drill_does_not_do_does_not_negate_it(run_text):
    records, _ = run_text(
        "The Vostok-2018 exercise of Russian and Chinese troops opened on the 11th and ran "
        "until 17 September.\nVostok-2018 does not make an alliance.",
        published="2018-10-02",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["status"], r["date"]["start"]) for r in events] == [("occurred", "2018-09-11")]


def test_live_coverage_of_the_final_day_ends_the_exercise(run_text):
    records, _ = run_text(
        "08:02 Good morning and welcome to our live coverage of the final day of Peace "
        "Mission 2014, the SCO's anti-terrorism exercise at Zhurihe.\nAbout 7,000 troops "
        "from China, Russia and Kazakhstan have been taking part since the drill kicked off "
        "on Sunday.",
        published="2014-08-29",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2014-08-24", "2014-08-29")
    ]


def test_a_bare_name_given_to_a_dated_drill_meets_its_edition(run_many):
    events = run_many(
        (
            "a",
            "Iran, Russia and China began a four-day joint naval exercise in the Gulf of Oman "
            "on Friday. The drill, called Marine Security Belt, will run until Monday.",
            "2019-12-27",
        ),
        (
            "b",
            "The Maritime Security Belt 2019 exercise of Iran, Russia and China ended on "
            "Monday, 30 December.",
            "2019-12-31",
        ),
    )
    assert [(_docs(r), r["date"]["start"], r["date"]["end"]) for r in events] == [
        (["a", "b"], "2019-12-27", "2019-12-30")
    ]


def test_a_phase_s_day_alone_does_not_start_the_exercise(run_text):
    records, _ = run_text(
        "The Vostok-2018 strategic exercise of Russian and Chinese troops is taking place in "
        "the Eastern Military District. The drills run until Monday.\nOfficers expect the "
        "Supreme Commander to come to Tsugol on Thursday to watch the main phase.",
        published="2018-09-11",
    )
    events = [r for r in records if r["kind"] == "event"]
    # Nothing says which day it began: not the phase's Thursday.
    assert [r["date"]["start"] for r in events] != ["2018-09-13"]
    assert len(events) == 1


def test_a_name_in_apposition_is_the_drill_s(run_text):
    records, _ = run_text(
        "The second joint Russian-Chinese computer-assisted command-staff exercise on missile "
        'defence, "Aerospace Security-2017", was completed today in Beijing. The exercise '
        "began on Monday.",
        published="2017-12-16",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["name"], r["event_type"], r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("Aerospace Security-2017", "missile_defense_exercise", "2017-12-11", "2017-12-16")
    ]


def test_a_phase_s_days_inside_an_exercise_that_has_a_first_day(run_text):
    records, _ = run_text(
        'NOVOROSSIYSK, May 12 - The Russian-Chinese naval exercise "Joint Sea-2015 (I)" began '
        "on Monday in the port of Novorossiysk. The active phase will be held in the eastern "
        "Mediterranean from May 17 to 21, the press service said.",
        published="2015-05-12",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2015-05-11", "2015-05-21")
    ]


def test_an_edition_held_in_stages_is_two_exercises(run_many):
    events = run_many(
        (
            "a",
            'The active phase of the Russian-Chinese naval exercise "Joint Sea - 2015 (II)" has '
            "begun in Primorye. The exercise will last until 28 August.\nThe first stage of "
            'the exercise "Joint Sea - 2015" was held from 11 to 21 May in the Mediterranean '
            "Sea.",
            "2015-08-20",
        ),
        (
            "b",
            'The Russian-Chinese naval exercise "Joint Sea-2015" came to a close yesterday in '
            "Vladivostok after nine days in Peter the Great Gulf.",
            "2015-08-29",
        ),
    )
    got = sorted((r["date"]["start"], r["date"]["end"], _docs(r)) for r in events)
    assert got == [
        ("2015-05-11", "2015-05-21", ["a"]),
        ("2015-08-20", "2015-08-28", ["a", "b"]),
    ]


def test_a_day_before_the_exercise_began_is_not_its_day(run_text):
    records, _ = run_text(
        'The China-Russia joint strategic exercise "ZAPAD/INTERACTION-2021" opened Monday in '
        "Ningxia and will run until Friday.\n[Photo] Russian soldiers train with Chinese "
        "armoured vehicles at the base, Aug. 5, 2021, days before the exercise began.",
        published="2021-08-10",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2021-08-09", "2021-08-13")
    ]


def test_a_participle_with_no_auxiliary_is_a_past(run_text):
    # Published on a Monday: "opened on Thursday" is the Thursday before.
    records, _ = run_text(
        "Russia's Vostok-2022 strategic command-staff exercise opened on Thursday across "
        "seven training ranges with Chinese troops. It will run until Wednesday.",
        published="2022-09-05",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2022-09-01", "2022-09-07")
    ]


def test_the_crews_of_a_sortie_s_aircraft_take_part(run_text):
    records, _ = run_text(
        'NORAD confirmed overnight that it "detected, tracked and intercepted" two Russian '
        "Tu-95 and two Chinese H-6 bombers operating in the Alaska Air Defense Identification "
        "Zone on Wednesday.",
        published="2024-07-25",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [sorted(p["code"] for p in r["participants"]) for r in events] == [["CHN", "RUS"]]


def test_got_going_starts_the_drill(run_text):
    records, _ = run_text(
        'The drill — "Joint Sea-2016" in Beijing\'s shorthand — got going on Monday off the '
        "Guangdong coast with Russian and Chinese ships.",
        published="2016-09-14",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [r["date"]["start"] for r in events] == ["2016-09-12"]


def test_a_bare_series_name_in_a_segment_title_is_the_edition_reported(run_text):
    records, _ = run_text(
        'GNW WORLD TONIGHT - TRANSCRIPT\nSegment 3 of 6: "Vostok" war games\n\nDRISCOLL: '
        "Chinese units took part in the same battle as Russian ones. It started on Tuesday "
        "and officially runs until Monday.",
        published="2018-09-13",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["name"], r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("Vostok-2018", "2018-09-11", "2018-09-17")
    ]


def test_a_closing_ceremony_the_day_after_is_not_the_last_day(run_text):
    records, _ = run_text(
        "CHABAHAR, Iran, March 16 (Wire) - A joint naval exercise involving China, Iran and "
        "Russia concluded on Friday in the Gulf of Oman, the Chinese taskforce said. The "
        "commander spoke at a closing ceremony held in Chabahar on Saturday morning.\n"
        "CORRECTION, March 16: The exercise began on Tuesday, March 12.",
        published="2024-03-16",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2024-03-12", "2024-03-15")
    ]


def test_it_is_scheduled_to_take_place_dates_the_exercise(run_text):
    records, _ = run_text(
        "Next week Russia's Central Military District hosts Tsentr-2019 with Chinese troops. "
        "According to the ministry, it is scheduled to take place from 16 to 21 September.",
        published="2019-09-10",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2019-09-16", "2019-09-21")
    ]


def test_over_seven_days_from_a_day_starts_there(run_text):
    records, _ = run_text(
        'The Russian strategic command-staff exercise "East-2018" (Vostok-2018), conducted '
        "over seven days from 11 September with Chinese troops, was notable for its guests.",
        published="2018-10-02",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2018-09-11", "2018-09-17")
    ]


def test_what_an_earlier_version_said_under_a_correction_label_is_taken_back(run_text):
    records, _ = run_text(
        "Russia's Tsentr-2019 exercise with Chinese and Indian troops began on Monday.\n"
        "CORRECTION (Sept 17): An earlier version of this story said the exercise would "
        "conclude on Sunday, Sept. 22. The Defence Ministry's schedule shows it ends on "
        "Saturday, Sept. 21.",
        published="2019-09-16",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2019-09-16", "2019-09-21")
    ]
