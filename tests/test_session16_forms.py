"""Forms met in sets 119 to 126: a stage named by "which we call", a day no drill was held,
a gloss after a share's name, a day hung on a verb of saying, a contrast ("rather than
drills"), an organisation's drill, a day said not yet to be the start, a section's name in
a masthead, a place called "the training base", a start counted back from the end ("two
days after opening it"), "yesterday and the day before", a morning with no day named, a
missile-defence command exercise and what it is described as, "the first in nine years",
a verb after an aside, a drill set against ("Unlike ..."), and "and not on 27 May"."""

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


def _named(recs: list[dict], name: str) -> dict:
    got = [r for r in _events(recs) if r["name"] == name]
    assert len(got) == 1, [(r["name"], r["date"]) for r in _events(recs)]
    return got[0]


def _main(recs: list[dict]) -> dict:
    """The record with a day-level date (the one the article reports)."""
    got = [
        r for r in _events(recs) if r["date"] and r["date"].get("granularity") == "day"
    ]
    assert len(got) == 1, [(r["name"], r["date"]) for r in _events(recs)]
    return got[0]


# -- names ------------------------------------------------------------------------------------


def test_a_stage_named_by_which_we_call_takes_the_days(run_texts):
    recs = run_texts(
        (
            "Navy spokesman briefs on naval drill\n\n"
            "The spokesman said the two navies will hold the second phase of the joint "
            "exercise Joint Sea-2015, which we call Joint Sea-2015 (II), from 20 to 28 August "
            "in Peter the Great Bay. The first phase, Joint Sea-2015 (I), was held in May in "
            "the Mediterranean.\n",
            "2015-07-30",
        )
    )
    assert _span(_named(recs, "Joint Sea-2015 (II)")) == ("2015-08-20", "2015-08-28")
    assert not [r for r in _events(recs) if r["name"] == "Joint Sea-2015"]


# -- days that are not the drill's -----------------------------------------------------------


def test_a_day_no_drills_were_held_is_no_drill_of_its_own(run_texts):
    recs = run_texts(
        (
            "Border units stage anti-terror drill\n\n"
            "Kazakh and Chinese security forces yesterday carried out the first phase of "
            "Tianshan-1-2006, a joint counter-terrorism exercise, near Almaty.\n\n"
            "The Chinese contingent arrived on Wednesday. No drills were held that day.\n\n"
            "The second and final phase of the exercise will be held on Saturday in "
            "Xinjiang.\n",
            "2006-08-25",
        )
    )
    assert _span(_named(recs, "Tianshan-1-2006")) == ("2006-08-24", "2006-08-26")


def test_a_gloss_after_a_share_in_the_drill_keeps_the_shares_day(run_texts):
    recs = run_texts(
        (
            "Troops return home\n\n"
            "The last train carrying the district's soldiers crossed the border yesterday, "
            "bringing to a close the district's part in Peace Mission 2009, the joint "
            "Russian-Chinese anti-terrorism exercise.\n\n"
            "The five-day exercise, which ended on Sunday, had begun last Wednesday.\n",
            "2009-07-28",
        )
    )
    assert _span(_named(recs, "Peace Mission-2009")) == ("2009-07-22", "2009-07-26")


def test_receptions_rather_than_drills(run_texts):
    recs = run_texts(
        (
            "Navies open joint exercise\n\n"
            "Chinese and Russian warships began the Joint Sea-2012 exercise off Qingdao on "
            "Sunday and will drill until Friday.\n\n"
            "The Russian squadron sailed into Qingdao on Saturday, the day before the exercise "
            "opened. Officials said Saturday was given over to receptions and coordination "
            "meetings rather than drills.\n",
            "2012-04-23",
        )
    )
    assert _span(_named(recs, "Joint Sea-2012")) == ("2012-04-22", "2012-04-27")


def test_a_day_the_drill_has_not_yet_begun(run_texts):
    recs = run_texts(
        (
            "Ferry timetable change\n\n"
            "Warships of the Chinese navy will arrive on Thursday 4 July for the Joint "
            "Sea-2013 exercise. The exercise itself has not yet begun on that day.\n\n"
            "The exercise officially begins on Friday 5 July and will conclude on Friday "
            "12 July.\n",
            "2013-07-03",
        )
    )
    assert _span(_named(recs, "Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_a_mastheads_section_name_is_no_drill(run_texts):
    recs = run_texts(
        (
            "NAVAL REVIEW\nTuesday 20 September 2016 | Operations & Exercises\n\n"
            "Navies wrap up joint drill\n\n"
            "The Chinese and Russian navies concluded their annual Joint Sea exercise on Monday "
            "after eight days of drills off Zhanjiang.\n\n"
            "Joint Sea-2016 opened on 12 September.\n",
            None,
        )
    )
    assert _span(_main(recs)) == ("2016-09-12", "2016-09-19")


def test_the_training_base_is_a_place(run_texts):
    recs = run_texts(
        (
            "Ministry briefing\n\n"
            "China and Russia will hold the Zapad/Interaction-2021 exercise from August 9 to "
            "13 in Ningxia, the spokesman said.\n\n"
            "Journalists will be taken to a briefing at the training base on Sunday, "
            "August 8, the day before the opening.\n",
            "2021-08-05",
        )
    )
    assert _span(_main(recs)) == ("2021-08-09", "2021-08-13")


def test_a_morning_with_no_day_named_is_the_day_told(run_texts):
    recs = run_texts(
        (
            "Seoul scrambles jets\n\n"
            "South Korean jets fired warning shots yesterday as Russian and Chinese bombers "
            "staged their first joint strategic air patrol.\n\n"
            "Two Chinese H-6K bombers entered the air defence zone in the early morning and "
            "were joined by two Russian Tu-95MS bombers.\n",
            "2019-07-24",
        )
    )
    assert _span(_main(recs)) == ("2019-07-23", "2019-07-23")


def test_a_drill_set_against_is_not_the_one_reported(run_texts):
    recs = run_texts(
        (
            "How the drill unfolded\n\n"
            "Peace Mission 2007 ended on Friday, 17 August, at Chebarkul.\n\n"
            "Unlike the bilateral Peace Mission held in August 2005 on the Shandong "
            "Peninsula, this edition involved all six member states.\n\n"
            "The staff phase opened in Urumqi on 9 August.\n",
            "2007-08-20",
        )
    )
    assert _span(_named(recs, "Peace Mission-2005")) == ("2005-08-01", "2005-08-31")


# -- days said another way ---------------------------------------------------------------------


def test_a_day_after_a_verb_of_saying_dates_the_clause(run_texts):
    recs = run_texts(
        (
            "Navies extend drill\n\n"
            "Chinese and Russian warships began the Joint Sea-2025 exercise in the Sea of "
            "Japan on Friday. The Pacific Fleet said earlier that the exercise would run until "
            "Wednesday.\n\n"
            "UPDATE, Aug 4, 17:40 GMT: The Pacific Fleet said in a later statement that the "
            "Joint Sea-2025 exercise "
            "will conclude on Tuesday, Aug 5, one day earlier than previously announced. An "
            "earlier version of this story said the drills would run until Wednesday.\n",
            "2025-08-04",
        )
    )
    assert _span(_named(recs, "Joint Sea-2025")) == ("2025-08-01", "2025-08-05")


def test_an_organisations_largest_exercise_points_back(run_texts):
    recs = run_texts(
        (
            "Peace Mission 2010: bigger and further\n\n"
            "The Shanghai Cooperation Organisation's largest exercise so far ended on "
            "Saturday in Kazakhstan. \"Peace Mission 2010\" had opened on 9 September, and "
            "troops from China, Russia and Kazakhstan took part.\n",
            "2010-09-27",
        )
    )
    assert _span(_named(recs, "Peace Mission-2010")) == ("2010-09-09", "2010-09-25")


def test_a_start_counted_back_from_the_end(run_texts):
    recs = run_texts(
        (
            "Joint drill closes\n\n"
            "Kazakh and Chinese security forces finished their first joint counter-terrorism "
            "exercise on Saturday in Yining, two days after opening it near Almaty.\n",
            "2006-08-28",
        )
    )
    assert _span(_main(recs)) == ("2006-08-24", "2006-08-26")


def test_yesterday_and_the_day_before():
    from extractor.temporal import get_tagger

    text = (
        "Yesterday and the day before, the bombers flew. On Monday and the day before the drill."
    )
    tagger = get_tagger()
    found = tagger.tag(text, dct=datetime.date(2023, 6, 8))
    got = [(t.text, t.value) for t in tagger.ranges(text, found)]
    assert got == [
        ("Yesterday and the day before", "2023-06-06/2023-06-07"),
        ("Monday", "2023-06-05"),
    ]


def test_a_verb_after_an_aside_keeps_its_past():
    from extractor.nlp import load_pipeline
    from extractor.temporal import get_tagger

    text = (
        "The exercise, the first phase of Joint Sea-2017, opened on Tuesday with a ceremony "
        "at the naval base and is due to end on Friday."
    )
    doc = load_pipeline()(text)
    found = get_tagger().tag(text, dct=datetime.date(2017, 7, 26), doc=doc)
    got = [(t.text, t.value) for t in found]
    assert ("Tuesday", "2017-07-25") in got
    assert ("Friday", "2017-07-28") in got


def test_a_correction_that_says_and_not_on(run_texts):
    recs = run_texts(
        (
            "Navies begin week of drills\n\n"
            "Chinese and Russian warships began a week of joint exercises, Joint Sea-2014, in "
            "the East China Sea on Tuesday.\n\n"
            "The exercise is scheduled to run until Tuesday next week, 27 May.\n\n"
            "UPDATE, 22 May 2014: The Chinese navy said the drill will end on Monday, 26 May, "
            "and not on 27 May as stated above.\n",
            "2014-05-21",
        )
    )
    assert _span(_named(recs, "Joint Sea-2014")) == ("2014-05-20", "2014-05-26")


# -- kinds ---------------------------------------------------------------------------------------


def test_a_missile_defence_command_exercise_and_its_length(run_texts):
    recs = run_texts(
        (
            "Russia, China to hold joint missile-defence command exercise\n\n"
            "Russia and China will hold a joint computer-assisted missile-defence exercise in "
            "Moscow later this month, the ministry said, the third such drill between the two "
            "militaries and the first in nine years.\n\n"
            "The exercise, named Aerospace Security-2026, is due to begin on December 14.\n\n"
            "The ministry described the event as a joint command-staff exercise conducted on "
            "computer models.\n\n"
            "The exercise will last five days, the ministry said.\n",
            "2026-12-04",
        )
    )
    rec = _named(recs, "Aerospace Security-2026")
    assert rec["event_type"] == "missile_defense_exercise"
    assert _span(rec) == ("2026-12-14", "2026-12-18")
    assert rec["duration"] != "P9Y"


def test_a_numbered_phase_of_a_staged_edition_is_that_stage(run_texts):
    recs = run_texts(
        (
            "Chinese warships end Baltic drill\n\n"
            "The first Chinese-Russian naval exercise in the Baltic Sea ended yesterday with a "
            "closing ceremony in Baltiysk, the fleet said.\n\n"
            "The drill, the first phase of the annual Joint Sea-2017 exercise, began on "
            "Tuesday, July 25.\n\n"
            "The second phase of Joint Sea-2017 will be held in September in the Sea of "
            "Japan.\n",
            "2017-07-29",
        )
    )
    first = _named(recs, "Joint Sea-2017 (I)")
    assert _span(first) == ("2017-07-25", "2017-07-28")
    assert _span(_named(recs, "Joint Sea-2017 (II)")) == ("2017-09-01", "2017-09-30")


# -- live blogs and captions ---------------------------------------------------------------------


def test_a_live_blogs_first_posted_line_dates_it():
    from extractor.pipeline import find_dateline

    raw = (
        "HARBOUR WATCH - LIVE\nDrills off the coast - as it happened\n"
        "First posted: Monday 14 September 2026, 08:05 (Beijing time) | Last updated: "
        "Saturday 19 September 2026, 17:40\n\nSaturday 19 September\n\n"
        "17:40 - That is where we close this blog. Summary: the drill ran from Tuesday to "
        "today.\n\n11:20 - The closing ceremony has just finished off the coast.\n\n"
        "08:30 - Final day.\n"
    )
    assert find_dateline(raw) == datetime.date(2026, 9, 14)


def test_a_delay_moves_the_first_plan_and_is_no_length(run_texts):
    recs = run_texts(
        (
            "HARBOUR WATCH - LIVE\nJoint Sea-2026 - as it happened\n"
            "First posted: Monday 14 September 2026, 08:05 (Beijing time) | Last updated: "
            "Saturday 19 September 2026, 17:40\n\n"
            "Saturday 19 September\n\n"
            "17:40 - Summary: Joint Sea-2026 ran from Tuesday to today after a one-day "
            "weather delay.\n\n"
            "Monday 14 September\n\n"
            "10:40 - The opening of Joint Sea-2026 has been postponed by 24 hours because of "
            "a storm. The ministry says the exercise will now run from Tuesday 15 September to "
            "Saturday 19 September instead of 14 to 18 September as announced last week.\n\n"
            "08:05 - Welcome to our live coverage of Joint Sea-2026, the annual Chinese-Russian "
            "naval exercise, due to begin today off Zhoushan.\n",
            None,
        )
    )
    rec = _named(recs, "Joint Sea-2026")
    assert _span(rec) == ("2026-09-15", "2026-09-19")
    assert rec["duration"] != "P1D"


def test_a_captions_weekday_is_past_when_cut_off_as_its_own_sentence(run_texts):
    recs = run_texts(
        (
            "Navies drill\n\nSaturday, 29 July 2017 | Region\n\n"
            "Chinese and Russian navies held the Joint Sea-2017 exercise. The exercise opened "
            "with a harbour phase on Monday, July 24, and formally closed with the ceremony on "
            "Friday.\n\n"
            "PHOTO CAPTION: The Chinese destroyer Hefei at Baltiysk during the harbour phase on "
            "Monday.\n",
            None,
        )
    )
    assert _span(_main(recs)) == ("2017-07-24", "2017-07-28")


def test_a_day_some_days_before_the_drill_opened(run_texts):
    recs = run_texts(
        (
            "Peace Mission 2010 in review\n\n"
            "The Shanghai Cooperation Organisation's latest counter-terrorism exercise, Peace "
            "Mission 2010, came to an end on 25 September at the Matybulak range.\n\n"
            "Chinese troops crossed into Kazakhstan by rail on 5 September, four days before "
            "the exercise opened.\n",
            "2010-09-28",
        )
    )
    assert _span(_named(recs, "Peace Mission-2010")) == ("2010-09-09", "2010-09-25")


def test_a_newer_reports_start_beats_an_older_plan(run_texts):
    recs = run_texts(
        (
            "Ministry press conference\n\n"
            "The navies of China and Russia will hold the Northern/Interaction-2026 joint "
            "exercise in the Sea of Japan starting from September 10. The exercise will last "
            "about one week.\n",
            "2026-08-27",
        ),
        (
            "PRIMORYE LIVE\nNaval exercise gets under way after typhoon delay\n"
            "Live blog, 2026-09-12\n\n"
            "08:05\nAfter a two-day delay caused by a typhoon, the Russian-Chinese naval "
            "exercise Northern/Interaction-2026 finally moves out to sea today. Beijing had "
            "announced that the drills would start on 10 September.\n\n"
            "09:10\nThe active phase of the exercise will last until Wednesday, the fleet "
            "said.\n",
            "2026-09-12",
        ),
    )
    assert _span(_named(recs, "Northern/Interaction-2026")) == ("2026-09-12", "2026-09-16")


# -- sets 127 to 134 ---------------------------------------------------------------------------


def test_a_berth_reserved_for_ships_taking_part_keeps_its_days(run_texts):
    recs = run_texts(
        (
            "BERTH ALLOCATION SCHEDULE\n\n"
            "Berth 7: Reserved from 19.08.2015 06:00 to 31.08.2015 18:00 for visiting naval "
            "ships of China taking part in the Russian-Chinese naval exercise \"Joint Sea-2015 "
            "(II)\".\n\n"
            "Exercise period: 20.08 - 28.08.2015.\n",
            "2015-08-17",
        )
    )
    assert _span(_named(recs, "Joint Sea-2015 (II)")) == ("2015-08-20", "2015-08-28")


def test_a_notice_received_in_connection_with_the_drill(run_texts):
    recs = run_texts(
        (
            "Material fact disclosure\n\n"
            "On 25.07.2025 the issuer received notification of navigation warnings closing "
            "areas of Peter the Great Bay in connection with the Russian-Chinese naval "
            "exercise \"Joint Sea-2025\", to be held from 1 to 5 August 2025.\n\n"
            "3. Signature\n3.1. General Director: A. B. Ivanov\n3.2. Date: 28.07.2025\n",
            "2025-07-28",
        )
    )
    assert _span(_named(recs, "Joint Sea-2025")) == ("2025-08-01", "2025-08-05")


def test_a_closure_for_firings_in_connection_with_the_drill_dates_it(run_texts):
    recs = run_texts(
        (
            "Coast guard weekly log\n\n"
            "Areas of Peter the Great Bay were declared dangerous to navigation from 18 to 26 "
            "Sep for naval firings in connection with the Russian-Chinese naval exercise "
            "\"Joint Sea-2017\" (second stage).\n",
            "2017-09-25",
        )
    )
    assert _span(_main(recs)) == ("2017-09-18", "2017-09-26")


def test_a_start_and_a_phases_day_leave_the_end_to_other_reports(run_texts):
    recs = run_texts(
        (
            "Day ahead planner\n\n"
            "Peace Mission 2007 opens on Thursday Aug 9 in Urumqi and runs until August 17.\n",
            "2007-08-08",
        ),
        (
            "Dust settles at Chebarkul\n\n"
            "Peace Mission 2007 itself formally opened with staff consultations in Urumqi on "
            "August 9. The field phase at Chebarkul began on Monday.\n",
            "2007-08-18",
        ),
    )
    assert _span(_named(recs, "Peace Mission-2007")) == ("2007-08-09", "2007-08-17")


def test_an_erratum_says_what_the_closing_date_should_read(run_texts):
    recs = run_texts(
        (
            "Commentary No. 14/2014\n\n"
            "Peace Mission 2014 was held at Zhurihe from 24 August to 28 August.\n\n"
            "Heads of state will meet in Dushanbe on 11 and 12 September, and member states are "
            "expected to confirm that the next Peace Mission will again be hosted in Russia.\n\n"
            "ERRATUM (5 September 2014): In the second paragraph, the closing date of Peace "
            "Mission 2014 should read 29 August, not 28 August.\n",
            "2014-09-03",
        )
    )
    assert _span(_named(recs, "Peace Mission-2014")) == ("2014-08-24", "2014-08-29")


def test_that_period_is_the_span_told_before():
    from extractor.temporal import get_tagger

    text = (
        "Warnings were issued for military activities from 21 December 2022 to 27 December "
        "2022. According to the ministry on 20 December 2022, the navies will conduct the "
        "exercise during that period."
    )
    got = [(t.text, t.value) for t in get_tagger().tag(text, dct=datetime.date(2022, 12, 20))]
    assert ("that period", "2022-12-21/2022-12-27") in got


def test_the_final_day_of_the_drill_yesterday(run_texts):
    recs = run_texts(
        (
            "Island-seizing drill caps naval exercise\n\n"
            "Marines from two navies storm island as eight-day Joint Sea-2016 ends\n\n"
            "Chinese and Russian marines practised seizing an island together on the final day "
            "of the Joint Sea-2016 naval exercise yesterday.\n",
            "2016-09-20",
        )
    )
    assert _span(_named(recs, "Joint Sea-2016")) == ("2016-09-12", "2016-09-19")


def test_two_days_of_staff_work_before_a_phase_are_no_length(run_texts):
    recs = run_texts(
        (
            "Trade weekly\n\n"
            "Peace Mission 2007 entered its field phase over the weekend after two days of "
            "command-post work in Urumqi.\n\n"
            "The exercise opened on 9 August in Urumqi; the live phase will culminate on 17 "
            "August.\n",
            "2007-08-13",
        )
    )
    assert _span(_named(recs, "Peace Mission-2007")) == ("2007-08-09", "2007-08-17")


def test_the_results_reviewed_later_are_not_the_drills_days(run_texts):
    recs = run_texts(
        (
            "Naval drill ends\n\n"
            "The Northern/Interaction-2023 exercise, which opened on Thursday, ended on "
            "Sunday, the fleet said.\n\n"
            "The results of Northern/Interaction-2023 would be reviewed at a debriefing in "
            "Vladivostok on Tuesday.\n",
            "2023-07-24",
        )
    )
    assert _span(_named(recs, "Northern/Interaction-2023")) == ("2023-07-20", "2023-07-23")


def test_an_issue_line_at_the_foot_with_the_page_dates_it():
    from extractor.pipeline import find_dateline

    raw = (
        "CONTINENTAL DEFENCE WEEKLY\n\nLAND FORCES\n\nAllies test deployment\n\n"
        "The exercise opened on 9 September and ends on 25 September.\n\n"
        "Continental Defence Weekly | Issue 39 | 28 September 2010 | page 14\n"
    )
    assert find_dateline(raw) == datetime.date(2010, 9, 28)


def test_today_and_the_day_written_out_after_it():
    from extractor.temporal import get_tagger

    text = "An addendum: the sea phase began today, 12 March, and not on 11 March."
    tagger = get_tagger()
    found = tagger.tag(text, dct=datetime.date(2024, 3, 8))
    got = [(t.text, t.value) for t in tagger.ranges(text, found)]
    assert ("12 March", "2024-03-12") in got
    assert all("today" not in t for t, _ in got)


def test_it_would_continue_to_monitor_is_no_drill(run_texts):
    recs = run_texts(
        (
            "Navies end drill\n\n"
            "Chinese and Russian warships ended the Joint Sea-2022 naval exercises on Tuesday "
            "after seven days.\n\n"
            "The Defense Ministry said on Wednesday it would continue to monitor the Russian "
            "ships on their way home.\n",
            "2022-12-28",
        )
    )
    assert _span(_named(recs, "Joint Sea-2022")) == ("2022-12-21", "2022-12-27")
