"""Forms met in sets 103 to 110: a masthead in capitals, a hearing's header with its hour
and room, a newsletter's issue line as footer, a past clause reported under "said", a
stage said to be numbered, a drill's length that belongs to another drill, warning shots
fired on the day of a patrol, a patrol on "a day when", a text's own day ("Circular No. 27
of 17 August"), "described the flight as", "last year's ... in April", a day quoted in a
correction, a correction's "the exercise", a gloss in another script, a plan's year, and
what runs "alongside the exercise"."""

from __future__ import annotations

import datetime
import io
import json

import pytest


def _events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def _span(r: dict) -> tuple[str | None, str | None]:
    return r["date"]["start"], r["date"]["end"]


@pytest.fixture
def run_texts(analyzer):
    """Run the whole pipeline on several made-up articles at once."""
    from extractor.pipeline import extract

    def _run(*articles: tuple[str, str | None]):
        lines = "\n".join(
            json.dumps({"doc_id": f"t-{k}", "text": text, "published": published})
            for k, (text, published) in enumerate(articles, 1)
        )
        res = extract(inputs=["-"], analyzer=analyzer, stdin=io.StringIO(lines))
        assert not res.errors, res.errors
        return res.records

    return _run


def _values(text: str, dct: datetime.date) -> list[tuple[str, str | None]]:
    from extractor.temporal import get_tagger

    return [(t.text, t.value) for t in get_tagger().tag(text, dct=dct)]


def _only(recs: list[dict]) -> dict:
    recs = _events(recs)
    assert len(recs) == 1, [(r["name"], r["date"]) for r in recs]
    return recs[0]


# -- when the article is dated -------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "day"),
    [
        # a masthead in capitals, with the issue's number after it
        ("STEPPE EVENING POST - English Digest\nTUESDAY, OCTOBER 4, 2016 | No. 211",
         datetime.date(2016, 10, 4)),
        # a press conference's header: its day, hour, room and city
        ("MINISTRY OF DEFENCE\nRegular Press Conference - Transcript\n"
         "Wednesday, 14 March 2018, 15:00, Ministry press room, Beijing",
         datetime.date(2018, 3, 14)),
    ],
)
def test_a_masthead_line_dates_the_article(header, day):
    from extractor.pipeline import find_dateline

    raw = header + "\n\nNavies of the two countries held a drill.\n"
    assert find_dateline(raw) == day


def test_a_timeline_entry_in_capitals_is_no_masthead():
    from extractor.pipeline import find_dateline

    raw = (
        "HARBOUR WIRE\n\nTIMELINE-The joint patrols\n\nHere are the patrols so far:\n\n"
        "AUGUST 3, 2021 - First patrol, over the Sea of Japan.\n"
    )
    assert find_dateline(raw) is None


def test_a_newsletters_issue_line_dates_it_from_the_foot():
    from extractor.pipeline import find_dateline

    raw = (
        "COASTAL RISK WEEKLY\n\n1. DRILL OFF THE CAPE\n\nThe navies began a drill on Monday.\n\n"
        "---\nCoastal Risk Weekly is published every Thursday.\n"
        "Issue 88 - 9 June 2022. Not for redistribution.\n"
    )
    assert find_dateline(raw) == datetime.date(2022, 6, 9)


# -- which day a clause has -----------------------------------------------------------------


def test_a_reported_past_clause_before_a_future_one():
    from extractor.nlp import load_pipeline
    from extractor.temporal import get_tagger

    text = "The drill opened on Monday and is due to end on Saturday, the ministry said."
    doc = load_pipeline()(text)
    got = [
        (t.text, t.value)
        for t in get_tagger().tag(text, dct=datetime.date(2021, 6, 9), doc=doc)
    ]
    assert got == [("Monday", "2021-06-07"), ("Saturday", "2021-06-12")]


def test_a_month_of_last_years_drill():
    assert _values(
        "Last year's joint drill was held in March off the coast.", datetime.date(2016, 9, 1)
    ) == [("Last year", "2015"), ("March", "2015-03")]


def test_a_month_of_this_years_drill_stays_put():
    assert _values(
        "This year's drill was held in March.", datetime.date(2016, 9, 1)
    ) == [("This year", "2016"), ("March", "2016-03")]


# -- the exercise's own days ----------------------------------------------------------------


def test_a_numbered_stage_dates_the_exercise(run_texts):
    recs = run_texts(
        (
            "Kazakh, Chinese forces drill near border\n\n"
            "Kazakh and Chinese security forces held their first joint anti-terrorism "
            "exercise near Almaty, the defence ministry said.\n\n"
            "The exercise is being held in two stages. The first stage took place on August 10 "
            "in Kazakhstan, and the second stage is scheduled for August 12 in Xinjiang.\n",
            "2011-08-11",
        )
    )
    assert _span(_only(recs)) == ("2011-08-10", "2011-08-12")


def test_a_stage_of_other_drills_is_not_this_ones(run_texts):
    recs = run_texts(
        (
            "Navies hold drill\n\nChinese and Russian ships began a joint naval exercise in the "
            "Sea of Japan on Monday.\n\n"
            "Separately, Moscow said the second stage of exercises with non-strategic nuclear "
            "weapons had begun on Tuesday.\n",
            "2024-06-12",
        )
    )
    naval = next(r for r in _events(recs) if r["event_type"] == "naval_exercise")
    assert _span(naval) == ("2024-06-10", None)


def test_another_drills_length_is_not_the_patrols(run_texts):
    recs = run_texts(
        (
            "Warships near the Aleutians\n\n"
            "China's defence ministry said the joint naval patrol of Chinese and Russian "
            "warships got under way on July 28 and would continue in the western Pacific.\n\n"
            "The patrol follows directly on a four-day exercise, Northern/Interaction-2023, "
            "which the two navies held from July 20 to 23.\n",
            "2023-08-08",
        )
    )
    patrol = next(r for r in _events(recs) if r["event_type"] == "naval_patrol")
    assert _span(patrol) == ("2023-07-28", None)


def test_a_flights_length_is_not_the_patrols(run_texts):
    recs = run_texts(
        (
            "Bombers again\n\nChinese and Russian bombers flew a joint patrol over the Sea of "
            "Japan last Thursday, following June's two-day flight.\n",
            "2023-12-18",
        )
    )
    assert _span(_only(recs)) == ("2023-12-14", "2023-12-14")


def test_an_extension_by_a_day_is_not_the_length(run_texts):
    recs = run_texts(
        (
            "Gulf drill\n\nWarships from Iran, Russia and China began a joint naval exercise in "
            "the Gulf of Oman on Monday, the drill known as Maritime Security Belt.\n\n"
            "A navy spokesman said on Wednesday that the exercise had been extended by one day "
            "and that Maritime Security Belt 2024 would now conclude on Friday, 15 March.\n",
            "2024-03-13",
        )
    )
    assert _span(_only(recs)) == ("2024-03-11", "2024-03-15")


def test_the_day_ships_moved_to_the_sea_phase_is_not_the_start(run_texts):
    recs = run_texts(
        (
            "Drill goes to sea\n\nShips of the South African, Russian and Chinese navies moved "
            "to the at-sea phase of their joint exercise yesterday.\n\n"
            "The exercise, named Mosi II (the word means smoke), began last Friday with a "
            "harbour phase in Richards Bay and runs until Monday.\n\n"
            "CORRECTION: An earlier version of this article said the exercise would end on "
            "Sunday, 26 February. The navy has clarified that the exercise concludes on "
            "Monday, 27 February.\n",
            "2023-02-23",
        )
    )
    assert _span(_only(recs)) == ("2023-02-17", "2023-02-27")


# -- days that are someone else's -----------------------------------------------------------


def test_warning_shots_on_the_day_of_the_patrol(run_texts):
    recs = run_texts(
        (
            "Warning shots\n\nSouth Korean fighter jets fired warning shots Tuesday after a "
            "Russian aircraft violated the country's airspace, while Chinese and Russian "
            "bombers flew through the air defence zone in what Moscow called a joint air "
            "patrol, the military said.\n",
            "2019-07-23",
        )
    )
    assert _span(_only(recs)) == ("2019-07-23", "2019-07-23")


def test_a_patrol_on_a_day_when(run_texts):
    recs = run_texts(
        (
            "Jets scrambled\n\nSouth Korean fighter jets fired warning shots yesterday after a "
            "Russian aircraft violated the country's airspace, on a day when Chinese and "
            "Russian bombers carried out what their ministries called a joint air patrol.\n",
            "2019-07-24",
        )
    )
    assert _span(_only(recs)) == ("2019-07-23", "2019-07-23")


def test_a_circulars_own_day(run_texts):
    recs = run_texts(
        (
            "MEMBER CIRCULAR\n\nMembers will recall Circular No. 27/15 of 17 August 2015, which "
            "advised of restrictions announced in connection with the Russian-Chinese naval "
            "exercise Joint Sea-2015 (II).\n\n"
            "The correspondents confirm that the exercise was conducted between 20 and 28 "
            "August 2015.\n",
            "2015-09-01",
        )
    )
    assert _span(_only(recs)) == ("2015-08-20", "2015-08-28")


def test_the_day_a_flight_was_described_as_a_patrol(run_texts):
    recs = run_texts(
        (
            "Bombers off Alaska\n\nFighter jets intercepted two Russian and two Chinese bombers "
            "flying together off Alaska late Wednesday, NORAD said.\n\n"
            "On Thursday, the defence ministries in Moscow and Beijing described the flight as "
            "their eighth joint strategic air patrol.\n",
            "2024-07-26",
        )
    )
    assert _span(_only(recs)) == ("2024-07-24", "2024-07-24")


def test_a_plans_year_is_not_the_patrols(run_texts):
    recs = run_texts(
        (
            "Warplanes enter zone\n\nChinese and Russian military aircraft entered the air "
            "defence zone on Tuesday.\n\n"
            "Russia's defence ministry said the flight was the second joint air patrol by the "
            "two air forces, in line with a bilateral military cooperation plan for 2020.\n",
            "2020-12-23",
        )
    )
    assert _span(_only(recs)) == ("2020-12-22", "2020-12-22")


def test_what_runs_alongside_the_exercise(run_texts):
    recs = run_texts(
        (
            "Vostok\n\nRussia and China launched the Vostok-2018 exercise on Tuesday.\n\n"
            "The forum ran from Monday to Wednesday, alongside the exercise.\n",
            "2018-09-13",
        )
    )
    assert _span(_only(recs))[0] == "2018-09-11"


def test_a_reception_to_mark_the_end_is_not_a_drill_day(run_texts):
    recs = run_texts(
        (
            "Air drill ends\n\nThe joint air force exercise of Egypt and China concluded on "
            "Sunday after two weeks of training.\n\n"
            "On Monday, the Chinese embassy held a reception to mark the conclusion of the "
            "exercise.\n",
            "2025-05-06",
        )
    )
    assert _span(_only(recs))[1] == "2025-05-04"


def test_a_pronoun_paragraphs_later_is_not_the_drill(run_texts):
    recs = run_texts(
        (
            "DEFENCE DIGEST\n\nChinese and Russian bombers flew a joint patrol over the Sea of "
            "Japan last Thursday.\n\nOther news.\n\nA radar site was commissioned.\n\n"
            "Markets were calm.\n\nCorrections: Last week's issue gave the wrong date for the "
            "opening of a new radar site. It opened on 6 December, not 7 December.\n",
            "2023-12-18",
        )
    )
    assert _span(_only(recs)) == ("2023-12-14", "2023-12-14")


# -- corrections ----------------------------------------------------------------------------


def test_a_day_quoted_in_a_correction_is_the_wrong_one(run_texts):
    recs = run_texts(
        (
            "EPISODE 40\n\nOn Tuesday morning, two Russian and two Chinese bombers flew what "
            "Moscow and Beijing called their first joint air patrol.\n\n"
            "CORRECTION\nIn the chapter at 02:10, one of our hosts says the patrol took place "
            '"on Monday". It took place on Tuesday, as stated in this summary.\n',
            "2019-07-26",
        )
    )
    assert _span(_only(recs)) == ("2019-07-23", "2019-07-23")


def test_a_corrections_exercise_is_the_storys(run_texts):
    recs = run_texts(
        (
            "Navies open drill\n\nChinese and Russian warships opened a joint naval exercise "
            "yesterday in the Yellow Sea. The drills are scheduled to run until Saturday.\n\n"
            "Troops will also join the Peace Mission 2012 counter-terrorism exercise in "
            "Tajikistan in June.\n\n"
            "CORRECTION (appended 24 April 2012): The article above, as published, stated that "
            "the drills are scheduled to run until Saturday, April 28. The navy has since "
            "clarified that the exercise concludes on Friday, April 27.\n",
            "2012-04-23",
        )
    )
    naval = next(r for r in _events(recs) if r["event_type"] == "naval_exercise")
    assert _span(naval) == ("2012-04-22", "2012-04-27")


# -- names ----------------------------------------------------------------------------------


def test_a_gloss_in_another_script_keeps_the_days(run_texts):
    recs = run_texts(
        (
            "Ferry notice\n\nThe fleet has told shipping companies that the naval exercise "
            '"Joint Sea-2013" (in Russian: "Морское взаимодействие-2013") will take place from '
            "Friday 5 July to Friday 12 July 2013.\n",
            "2013-07-03",
        )
    )
    assert _span(_only(recs)) == ("2013-07-05", "2013-07-12")


def test_two_stages_of_an_edition_stay_apart(run_texts):
    recs = run_texts(
        (
            "Mediterranean drill\n\nRussian and Chinese warships began a joint exercise in the "
            "Mediterranean on Monday. Joint Sea-2015 (I) will run until 21 May.\n",
            "2015-05-12",
        ),
        (
            "Second stage\n\nThe Chinese and Russian navies opened Joint Sea-2015 (II) in Peter "
            "the Great Bay on Thursday. It will run until August 28.\n",
            "2015-08-21",
        ),
    )
    spans = sorted(_span(r) for r in _events(recs) if (r["name"] or "").startswith("Joint Sea"))
    assert spans == [("2015-05-11", "2015-05-21"), ("2015-08-20", "2015-08-28")]


# -- forms met in sets 111 to 118 -----------------------------------------------------------


def test_a_weekday_with_a_spelled_day():
    got = _values("From Monday the eighth the ships go to sea.", datetime.date(2013, 7, 4))
    assert got == [("Monday the eighth", "2013-07-08")]
    # a noun after it: "the second" is which battalion, not which day
    got = _values("On Monday the second battalion arrived.", datetime.date(2013, 7, 4))
    assert got == [("Monday", "2013-07-01")]


@pytest.mark.parametrize(
    "lead",
    [
        "DUSHANBE, 25 September 2006 - Tajik and Chinese special forces on Saturday completed "
        "a two-day joint counter-terrorism exercise.",
        "YINCHUAN, Saturday 23 September 2006 - Tajik and Chinese special forces on Saturday "
        "completed a two-day joint counter-terrorism exercise.",
    ],
)
def test_a_datelines_day_is_not_the_drills(run_texts, lead):
    recs = run_texts(("Troops complete drill\n\n" + lead + "\n", None))
    assert _span(_only(recs))[1] == "2006-09-23"


def test_a_captions_final_day_is_not_the_day_of_writing(run_texts):
    recs = run_texts(
        (
            "HARBOUR DAILY\nSaturday, April 28, 2012\n\nDrills end\n\nThe six-day naval "
            "exercise of China and Russia began last Sunday.\n\n"
            "CAPTION: Chinese and Russian warships sail in formation during the final day of "
            "the joint exercise.\n",
            None,
        )
    )
    assert _span(_only(recs)) == ("2012-04-22", "2012-04-27")


def test_a_taken_back_day_told_beside_the_righted_one(run_texts):
    recs = run_texts(
        (
            "NAVAL BRIEF\n\nThe Chinese and Russian navies concluded their annual Joint Sea "
            "exercise on Tuesday after five days of drills and set out together on Wednesday on "
            "a joint naval patrol.\n\n"
            "UPDATE, 17:30: An earlier version of this brief said the joint patrol began on "
            "Tuesday. The patrol group sailed on Wednesday morning, the fleet said.\n",
            "2025-08-07",
        )
    )
    drill = next(r for r in _events(recs) if r["event_type"] == "naval_exercise")
    assert _span(drill) == ("2025-08-01", "2025-08-05")


def test_an_invitations_date_is_the_gatherings(run_texts):
    recs = run_texts(
        (
            "CENTRE FOR DEFENCE STUDIES\nRoundtable invitation\n\n"
            '"After Vostok-2018: what it tells us"\n\n'
            "Date: Thursday, 11 October 2018\nTime: 14:00-16:30\nVenue: Seminar Room 2\n\n"
            "Vostok-2018 was held from 11 to 17 September 2018 with Chinese troops taking "
            "part.\n\n"
            "A briefing paper summarising reporting on the exercise will be circulated on "
            "Monday 8 October.\n",
            "2018-10-01",
        )
    )
    assert _span(_only(recs)) == ("2018-09-11", "2018-09-17")


def test_a_drill_named_as_the_cause_of_something_else(run_texts):
    recs = run_texts(
        (
            "Subject: Expect delays at the border crossing, 3-10 Sept (military rail traffic, "
            "Vostok-2018)\n\n"
            "Russia's Vostok-2018 exercise, with Chinese troops, runs from 11 to 17 September.\n",
            "2018-08-30",
        )
    )
    assert _span(_only(recs)) == ("2018-09-11", "2018-09-17")


def test_the_day_a_notice_was_confirmed_is_not_the_drills(run_texts):
    recs = run_texts(
        (
            "1) NAVIGATION CLOSURES\n\nThe Zhanjiang Maritime Safety Administration has today "
            "confirmed navigational warnings for several sea areas east of Zhanjiang, off the "
            "coast of Guangdong in the South China Sea, for the China-Russia joint naval "
            "exercise JOINT SEA-2016.\n\nThe drills start this coming Monday and run for eight "
            "days.\n",
            "2016-09-09",
        )
    )
    assert _span(_only(recs)) == ("2016-09-12", "2016-09-19")


def test_what_a_drill_follows_has_its_own_days(run_texts):
    recs = run_texts(
        (
            "Navies drill\n\nThe Chinese and Russian navies began the Northern/Interaction-2023 "
            "exercise on July 20 in the Sea of Japan.\n\n"
            "The drill follows a joint flight by Chinese and Russian bombers near Japan and South "
            "Korea on June 6 and 7, their sixth joint strategic air patrol.\n",
            "2023-07-24",
        )
    )
    drill = next(r for r in _events(recs) if r["event_type"] == "naval_exercise")
    assert _span(drill)[0] == "2023-07-20"


def test_ships_that_left_on_a_patrol_still_under_way(run_texts):
    recs = run_texts(
        (
            "Patrol\n\nOn Monday, a group of Russian and Chinese warships left Peter the Great "
            "Gulf on what both defence ministries call the sixth joint naval patrol.\n\n"
            "As of Thursday the patrol was continuing.\n",
            "2026-09-24",
        )
    )
    assert _span(_only(recs)) == ("2026-09-21", None)


def test_the_end_of_a_partys_share_is_not_the_drills(run_texts):
    recs = run_texts(
        (
            "Soldiers head home\n\nThe first trains carrying Russian soldiers back from China "
            "crossed the border yesterday, bringing to an end the district's part in Peace "
            "Mission 2009.\n\nThe five-day exercise with Chinese troops closed on Sunday.\n",
            "2009-07-28",
        )
    )
    assert _span(_only(recs)) == ("2009-07-22", "2009-07-26")


def test_a_plan_of_cooperation_for_a_year(run_texts):
    recs = run_texts(
        (
            "Bombers\n\nChinese and Russian bombers flew a joint air patrol on Tuesday.\n\n"
            'Moscow called it "the second joint air patrol" and said it was carried out "in '
            'accordance with the plan of military cooperation for 2020".\n',
            "2020-12-23",
        )
    )
    assert _span(_only(recs)) == ("2020-12-22", "2020-12-22")
