"""Forms met in sets 171 to 174: a parade said to be "not an exercise", a country's
absence from another named drill, an update that runs over two paragraphs, "Wednesday of
last week ... the next day" and "the Thursday evening", a notice's dates "no longer
valid", a section before a drills section in a masthead, "Tianshan-One" and
"Coordination-2006", the sides of the noun a name stands beside, "their largest combined
exercise", "did not begin until Monday", a press centre's header, "the fourth and final
day", "after a seven-day voyage that began on ...", "announced the end of the patrol on
Sunday", a forum thread's post stamps, a name hung on the noun after "of", and "not
to be confused with"; then, from sets 175 to 178, one article's first and last day of
an unnamed patrol, forum posts, a stand taken on a later day, an update that ends a drill
early, a gloss hung on another drill, and phases beside a year; and, from sets 179 to 182,
a paper one has seen, a drill that comes ahead of a parade, a phase ending "a day earlier
than stated", and "its scheduled end on Thursday"."""

from __future__ import annotations

import datetime


def _events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def _span(r: dict) -> tuple[str | None, str | None]:
    return r["date"]["start"], r["date"]["end"]


def _only(recs: list[dict], **want: str) -> dict:
    got = [r for r in _events(recs) if all(r[k] == v for k, v in want.items())]
    assert len(got) == 1, [(r["name"], r["event_type"], r["date"]) for r in _events(recs)]
    return got[0]


def _tag(text: str, dct: datetime.date) -> list[tuple[str, str | None]]:
    from extractor.temporal import get_tagger

    tagged = get_tagger().tag(text, dct=dct, dct_anchor="publication_date")
    return [(t.text, t.value) for t in tagged]


def test_a_parade_that_is_not_an_exercise_adds_no_day(run_texts):
    recs = run_texts(
        (
            "The Pacific Fleet said the Russian-Chinese naval exercise Joint Sea-2015 (II) "
            "ran from 20 to 28 August in Peter the Great Bay.\n\n"
            "Sailors of both navies are also due to march in the parade in Beijing on 3 "
            "September - a commemoration, not an exercise, but a sign of the times.\n",
            "2015-08-30",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2015 (II)")) == ("2015-08-20", "2015-08-28")


def test_absence_from_another_named_drill_is_told_of_that_drill_only(analyzer):
    from extractor.events import NAMED_AFTER, _of_named_other

    def china(text: str) -> bool:
        doc = analyzer.nlp(text)
        return _of_named_other(doc, next(t for t in doc if t.text == "China"))

    assert china(
        "It should not be confused with Zapad-2021, a Russian-Belarusian exercise held from "
        "10 to 16 September, in which China did not take part."
    )
    assert china("China did not participate in Zapad-2017.")
    assert not china("China did not take part in the exercise.")
    assert not china("The drill, in which China did not take part, ended on Friday.")
    # (read off the text, for a sentence the parser never sees)
    assert NAMED_AFTER.match(" in Zapad-2017.")
    assert not NAMED_AFTER.match(" in the exercise.")


def test_an_update_at_the_foot_runs_over_its_paragraphs(run_texts):
    recs = run_texts(
        (
            "Chinese and Russian bombers flew a joint air patrol over the Sea of Japan on "
            "Wednesday, Japan's Joint Staff said.\n\n"
            "Analysts said the flight was a message to Tokyo, days after the cabinet approved "
            "a record defence budget. South Korea also scrambled fighters when the bombers "
            "entered its air defence identification zone without notice.\n\n"
            "UPDATE, Nov 26, 2026, 18:20 JST:\n"
            "The flights went on for a second day.\n\n"
            "China's defence ministry said in a statement that the joint air patrol was "
            "concluded on Thursday.\n",
            "2026-11-25",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2026-11-25", "2026-11-26")


def test_a_weekday_of_last_week_then_the_next_day_and_the_thursday():
    got = _tag(
        "First reports on Wednesday of last week told of one flight. But the bombers flew "
        "again the next day, and Beijing called the patrol over only on the Thursday evening.",
        datetime.date(2026, 12, 4),
    )
    assert ("the next day", "2026-11-26") in got
    assert ("Thursday evening", "2026-11-26TEV") in got


def test_the_thursday_in_a_sentence_parsed_alone_counts_from_the_days_told(run_texts):
    recs = run_texts(
        (
            "WEEKLY\n\n"
            "The 11th China-Russia joint strategic air patrol lasted two days. It was first "
            "reported on Wednesday of last week. Beijing said the patrol was concluded only "
            "on the Thursday evening.\n",
            "2026-12-04",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2026-11-25", "2026-11-26")


def test_dates_a_notice_says_are_no_longer_valid(run_texts):
    recs = run_texts(
        (
            "Date of issue: 28 November 2008\n\n"
            "The office informs masters that a combined naval exercise of the Venezuelan and "
            "Russian navies, designated VENRUS-2008, will be conducted on 1 and 2 December "
            "2008 north of La Guaira.\n\n"
            "Notice No. 118/2008 of 24 November 2008 gave the exercise dates as 29 and 30 "
            "November 2008. Those dates are no longer valid.\n",
            "2008-11-28",
        )
    )
    assert _span(_only(recs, name="VENRUS-2008")) == ("2008-12-01", "2008-12-02")


def test_a_section_before_the_drills_section_in_a_masthead():
    from extractor.clean import clean
    from extractor.nlp import get_gazetteer
    from extractor.pipeline import boilerplate_rules

    rules = boilerplate_rules(get_gazetteer())
    raw = (
        "LAND WEEKLY\n"
        "Comment | Exercises & Training | 19 September 2018\n\n"
        "Russia's Vostok-2018 strategic exercise ended on Monday.\n"
    )
    cleaned = clean(raw, rules)
    assert "Exercises & Training" not in cleaned.text
    assert "Vostok-2018 strategic exercise ended" in cleaned.text
    # (another section, with no drills in its name, may date the piece and stays)
    kept = clean(raw.replace("Exercises & Training", "Politics"), rules)
    assert "Politics" in kept.text


def test_tianshan_one_and_coordination_2006_are_two_drills(run_texts):
    recs = run_texts(
        (
            "Kazakhstan and China began a joint counter-terrorism exercise yesterday. The "
            "drill, code-named Tianshan-One, opened with a hostage rescue near Almaty.\n\n"
            "China is also preparing a drill with Tajikistan. Officials in Dushanbe said that "
            "exercise, called Coordination-2006, will be held next month.\n",
            "2006-08-25",
        )
    )
    assert _only(recs, name="Tianshan-1")["date"]["start"] == "2006-08-24"
    assert _only(recs, name="Coordination-2006")["date"]["start"] == "2006-09-01"


def test_the_sides_of_the_noun_a_name_stands_beside(run_texts):
    recs = run_texts(
        (
            "Chinese and Russian warships ended the second stage of Joint Sea-2017 on "
            "Tuesday.\n\n"
            "The naval drill came just after the Russian-Belarusian strategic exercise "
            "Zapad-2017, held from Sept 14 to 20 in Belarus.\n",
            "2017-09-27",
        )
    )
    zapad = _only(recs, event_type="strategic_exercise")
    assert zapad["name"] == "Zapad-2017"
    assert {p["code"] for p in zapad["participants"]} == {"BLR", "RUS"}


def test_their_largest_combined_exercise_is_the_subjects(run_texts):
    recs = run_texts(
        (
            "DIGEST\n\n"
            "1) MOSI II\n\n"
            "South Africa's navy released a summary of Mosi II, the exercise with Russia "
            "and China held off Durban last month.\n\n"
            "2) FREEDOM SHIELD\n\n"
            "The United States and South Korea are in the second week of Freedom Shield 23, "
            "their largest combined exercise in five years, which began last Monday.\n",
            "2023-03-20",
        )
    )
    assert _only(recs, name="Mosi II")["date"]["start"] == "2023-02-01"


def test_did_not_begin_until_monday_looks_back():
    got = _tag(
        "Officials stressed that the manoeuvres did not begin until Monday.",
        datetime.date(2008, 12, 3),
    )
    assert got == [("Monday", "2008-12-01")]
    assert _tag("The drill will not begin until Monday.", datetime.date(2008, 12, 3)) == [
        ("Monday", "2008-12-08")
    ]


def test_a_press_centres_header_dates_the_transcript():
    from extractor.pipeline import find_dateline

    raw = (
        "EXERCISE DIRECTORATE -- PRESS BRIEFING\n\n"
        "Press centre, Khujand, Thursday, 7 June 2012, 15:00 local time\n\n"
        "BRIEFER: The exercise begins tomorrow morning.\n"
    )
    assert find_dateline(raw) == datetime.date(2012, 6, 7)


def test_the_fourth_and_final_day_is_a_count():
    got = _tag(
        "The exercise ended on Sunday, the fourth and final day, with a review.",
        datetime.date(2023, 7, 24),
    )
    assert got == [("Sunday", "2023-07-23")]


def test_a_voyage_that_began_is_the_patrol_and_its_end_announced_later(run_texts):
    recs = run_texts(
        (
            "The first joint naval patrol by Russia and China ended on Saturday, 23 October, "
            "after a seven-day voyage that began on 17 October. The Russian defence ministry "
            "announced the end of the patrol on Sunday.\n",
            "2021-10-25",
        )
    )
    assert _span(_only(recs, event_type="naval_patrol")) == ("2021-10-17", "2021-10-23")


def test_a_forum_threads_posts_count_from_their_own_stamps(run_texts):
    recs = run_texts(
        (
            "FORUMS > Current affairs\n\n"
            "Thread: Russian cruiser in the Caribbean\n\n"
            "#1  Salty_Dog  |  Wed 26 Nov 2008, 07:12\n\n"
            "The Russian ships are in La Guaira and Venezuelan officials say a joint exercise "
            "named VENRUS-2008 will follow.\n\n"
            "#2  Salty_Dog  |  Tue 2 Dec 2008, 08:25\n\n"
            "Update: the VENRUS-2008 exercise kicked off yesterday off La Orchila.\n",
            None,
        )
    )
    assert _only(recs, name="VENRUS-2008")["date"]["start"] == "2008-12-01"


def test_a_name_set_off_after_the_navies_of_an_exercise(run_texts):
    recs = run_texts(
        (
            "The naval exercise of the two navies, VENRUS-2008, will be held on 1 and 2 "
            "December 2008 in the Caribbean Sea, with Russian and Venezuelan ships.\n",
            "2008-11-28",
        )
    )
    assert _span(_only(recs, name="VENRUS-2008")) == ("2008-12-01", "2008-12-02")


def test_not_to_be_confused_with_does_not_deny_the_drill(run_texts):
    recs = run_texts(
        (
            "China and Russia held a joint exercise from 9 to 13 August 2021. It should not "
            "be confused with Zapad-2021, a Russian-Belarusian exercise held from 10 to 16 "
            "September 2021.\n",
            "2021-11-02",
        )
    )
    assert _only(recs, name="Zapad-2021")["status"] == "occurred"


# -- forms met in sets 175 to 178 -------------------------------------------------------------


def test_one_articles_first_and_last_day_of_an_unnamed_patrol_joined_by_another(run_texts):
    recs = run_texts(
        (
            "Ten Chinese and Russian warships sailed through the Tsugaru Strait on Monday on "
            "their first joint naval patrol. According to the Pacific Fleet, the group began "
            "the patrol on Sunday, the final day of Joint Sea-2021.\n",
            "2021-10-20",
        ),
        (
            "Talk: 2021 China-Russia joint naval patrol\n\n"
            "Both defence ministries stated that the combined group of Chinese and Russian "
            "ships began the patrol on 17 October. The Russian defence ministry announced "
            "that the joint patrol was completed on 23 October.\n",
            "2021-11-25",
        ),
    )
    spans = {_span(r) for r in _events(recs) if r["event_type"] == "naval_patrol"}
    assert ("2021-10-17", "2021-10-23") in spans


def test_forum_posts_by_line_and_under_the_posters_name(run_texts):
    recs = run_texts(
        (
            "THE CREW ROOM\n\nThread: joint patrol yesterday\n\n"
            "#1  Posted by Nav_Plotter on 01 Dec 2022, 07:52\n\n"
            "The Chinese and the Russians flew another joint bomber patrol yesterday.\n\n"
            "#2  Posted by Bucc_Observer on 08 Jun 2023, 21:40\n\n"
            "Bumping this thread. The sixth joint patrol of Chinese and Russian bombers went "
            "round on Tuesday and Wednesday this week.\n",
            "2022-12-01",
        )
    )
    spans = {_span(r) for r in _events(recs) if r["event_type"] == "air_patrol"}
    assert ("2022-11-30", "2022-11-30") in spans
    assert ("2023-06-06", "2023-06-07") in spans
    recs = run_texts(
        (
            "VETERANS NET\n\nThread: Joint Sea 2013\n\n"
            "#1  Kapitan_Lev  (Retired)\nPosted: Mon 08 Jul 2013, 09:14\n\n"
            "The Chinese and Russian navies started Joint Sea 2013 on Friday. Fleet press "
            "office says it runs until Friday the 12th.\n\n"
            "#2  Kapitan_Lev\nPosted: Sat 13 Jul 2013, 10:02\n\n"
            "Update. They wrapped it up yesterday with a passing parade.\n",
            "2013-07-08",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_a_first_posts_stamp_under_the_board_lines_dates_the_thread():
    from extractor.pipeline import find_dateline

    raw = (
        "OldGarrison.net - Veterans' Forum\n"
        "Forum index > Armies Today\n\n"
        'Thread: Peace Mission 2009 - the "small" one?\n'
        "Replies: 5   Views: 1,284\n\n"
        "--------------------------------------\n"
        "#1  sapper_vet_73   (Member since 2004, 2,311 posts)\n"
        "    Posted: Mon 27 Jul 2009, 09:14\n"
        "--------------------------------------\n"
        "The joint drill with the Chinese wrapped up yesterday.\n"
    )
    # (more posts below, as a thread has: the first post's stamp is not the page's foot)
    raw += "\n".join(
        f"#{k}  member_{k}\n    Posted: Tue 28 Jul 2009, 1{k}:00\nAgreed, a small one this year."
        for k in range(2, 9)
    )
    assert find_dateline(raw) == datetime.date(2009, 7, 27)


def test_a_stand_taken_on_a_later_day_saying_what_the_patrol_was(run_texts):
    recs = run_texts(
        (
            "Chinese and Russian strategic bombers carried out a joint flight over the Sea of "
            "Japan on Tuesday.\n\n"
            "On Wednesday, a Chinese foreign ministry spokesperson dismissed Japan's protest, "
            "saying the patrol was not directed at any third party.\n",
            "2022-05-25",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2022-05-24", "2022-05-24")


def test_an_update_ending_the_drill_before_the_planned_day(run_texts):
    recs = run_texts(
        (
            "VLADIVOSTOK, Aug 4 (Wire) - Chinese and Russian warships are holding their "
            "annual naval exercise in the Sea of Japan, the defence ministries said.\n\n"
            "The Joint Sea-2025 exercise began on Friday and is due to run until Wednesday, "
            "according to the Pacific Fleet.\n\n"
            "Analysts in Tokyo said the drills were a message to Japan, which has stepped up "
            "its own patrols in the area this year, and that more joint activity was likely "
            "before the end of the year.\n\n"
            "UPDATE, Aug 5, 19:30 (Vladivostok time): Russia's Pacific Fleet said on Tuesday "
            "that Joint Sea-2025 had been completed that day, one day earlier than planned.\n",
            "2025-08-04",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2025")) == ("2025-08-01", "2025-08-05")


def test_the_days_of_a_gloss_the_parse_hangs_on_another_drill(run_texts):
    recs = run_texts(
        (
            "The patrol began the day the two navies finished Joint Sea-2021, the annual "
            "bilateral exercise, held this year from 14 to 17 October in Peter the Great Bay. "
            "China and Russia said the joint naval patrol ended on 23 October.\n",
            "2021-11-25",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2021")) == ("2021-10-14", "2021-10-17")
    assert _only(recs, event_type="naval_patrol")["date"]["start"] != "2021-10-14"


def test_a_phase_keeps_its_days_when_the_other_report_gives_only_a_year(run_texts):
    recs = run_texts(
        (
            "Monday 27 July 2009\n\n"
            "The joint drill with the Chinese, Peace Mission 2009, wrapped up yesterday at "
            "the Taonan range. The staff phase was in Khabarovsk last Wednesday, then the "
            "field part in China from Thursday through Sunday.\n",
            "2009-07-27",
        ),
        (
            "Russia and China plan further Peace Mission exercises in 2009, officials said.\n",
            "2007-09-10",
        ),
    )
    assert _span(_only(recs, name="Peace Mission-2009")) == ("2009-07-22", "2009-07-26")


# -- forms met in sets 179 to 182 -------------------------------------------------------------


def test_a_paper_one_has_seen_saying_what_the_drill_did(run_texts):
    recs = run_texts(
        (
            "Wednesday 19 September 2018\n\n"
            "So the big Russian show in Siberia, Vostok-2018, is over. By my count it ran seven "
            "days, kicking off on the Tuesday of last week.\n\n"
            'I\'ve already seen one paper today saying the drills "continued into Tuesday" '
            "because of the train pictures.\n",
            "2018-09-19",
        )
    )
    assert _span(_only(recs, name="Vostok-2018")) == ("2018-09-11", "2018-09-17")


def test_a_drill_that_comes_ahead_of_a_parade_on_its_day(run_texts):
    recs = run_texts(
        (
            "The Russian-Chinese naval exercise Joint Sea-2015 (II) ended on Friday, 28 August, "
            "in the Sea of Japan.\n\n"
            "The drill comes ahead of China's military parade in Beijing on Sept 3, which "
            "Russian troops are also due to join.\n",
            "2015-08-29",
        )
    )
    assert _only(recs, name="Joint Sea-2015 (II)")["date"]["end"] == "2015-08-28"


def test_a_phase_ending_a_day_earlier_than_stated_ends_the_drill(run_texts):
    recs = run_texts(
        (
            "Published 2 August 2025\n\n"
            "Chinese and Russian warships began the Joint Sea-2025 exercise on Friday off "
            "Vladivostok. The fleet's notice to mariners said the exercise would run until "
            "Wednesday, 6 August.\n\n"
            "UPDATE, 3 August 2025: The Pacific Fleet said on Sunday that the active phase of "
            "Joint Sea-2025 would end on Tuesday, 5 August, a day earlier than stated in the "
            "notice.\n",
            "2025-08-02",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2025")) == ("2025-08-01", "2025-08-05")


def test_its_scheduled_end_on_thursday_looks_ahead():
    got = _tag(
        "We'll be following any news from the exercise through to its scheduled end on "
        "Thursday.",
        datetime.date(2025, 3, 12),
    )
    assert got == [("Thursday", "2025-03-13")]
