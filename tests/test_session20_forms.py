"""Forms met in sets 183 to 186: "..., closing an eight-day drill" after the day it ended,
a gloss with its own sides ("the second joint exercise between the two neighbours, which
began on Saturday"), plans "set out" at a briefing, "the Friday before that", statements
that "date the patrol to Wednesday" and an update quoting what the story said first, "on
Tuesday, the day after it ended", a day that "was not an exercise day", a protest over a
patrol made on a later day, and a forum's numeric post stamps under a section called
"Today's Army"; then, from sets 187 to 190, a meeting that approved "the final plan of the
exercise", a forum's clipped sentences ("Kicked off last Thursday", "Wrapped up yesterday")
under stamps without a bar, "in the week of the exercise", last week's issue corrected,
items that are "not the exercise itself", "was followed on Sunday by a reception",
"completed what the two countries called their first joint naval patrol on Saturday",
"It began its return journey", "a drill of this type" and "a series of such flights that
began in July 2019"; and, from sets 191 to 194 (after they were scored), a masthead's
"27 September 2010 · Exercises", posts stamped "#1  Sapper_Oleg » Fri 10 Sep 2010", months
after "Last year" in the same sentence, "The drill follows a joint bomber patrol ... on
Dec. 1", "followed directly on from ... Joint Sea-2021 (14-17 October 2021)", and a
bulletin "Issued Friday, 22 October 2021"."""

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


def test_closing_a_drill_of_some_days_gives_the_length_of_the_one_ended(run_texts):
    recs = run_texts(
        (
            "BEIJING, Aug 26 (EWS) - China and Russia wrapped up their first large-scale joint "
            "military exercise on Thursday with a combined airborne and amphibious assault on "
            "the coast, closing an eight-day drill that both governments insist was aimed at "
            "no third country.\n\n"
            "The exercise, code-named Peace Mission 2005, was billed by both sides as an "
            "anti-terrorism operation.\n",
            "2005-08-26",
        )
    )
    assert _span(_only(recs, name="Peace Mission-2005")) == ("2005-08-18", "2005-08-25")


def test_a_gloss_with_its_own_sides_keeps_the_days_of_its_clause(run_texts):
    recs = run_texts(
        (
            "BELGAUM: Around 300 soldiers from Russia and China are training together in the "
            "scrub jungle near the range as part of Peace Mission 2008, the second joint army "
            "exercise between the two neighbours, which began on Saturday and will continue "
            "till December 14.\n\n"
            "Officers said the validation exercise would come at the end.\n",
            "2008-12-09",
        )
    )
    assert _span(_only(recs, name="Peace Mission-2008")) == ("2008-12-06", "2008-12-14")


def test_plans_set_out_at_a_briefing_start_nothing(run_texts):
    recs = run_texts(
        (
            "Kazakh and Chinese security forces opened their joint anti-terrorism exercise "
            "Tianshan-1 this morning in the Almaty region. The second stage moves to Yining "
            "on Saturday, and the exercise will end there the same day.\n\n"
            "The plans for the exercise were set out yesterday at a press briefing in "
            "Almaty.\n",
            "2006-08-24",
        )
    )
    assert _span(_only(recs, name="Tianshan-1-2006")) == ("2006-08-24", "2006-08-26")


def test_the_weekday_before_that_counts_from_the_day_just_told():
    got = _tag(
        "It ended last Thursday. It started the Friday before that, the 16th.",
        datetime.date(2011, 9, 26),
    )
    assert ("last Thursday", "2011-09-22") in got
    assert ("the Friday before that", "2011-09-16") in got
    after = _tag(
        "It began on Monday, 12 September. It ended the Sunday after that.",
        datetime.date(2011, 9, 28),
    )
    assert ("the Sunday after that", "2011-09-18") in after


def test_a_forum_post_counts_the_weekday_before_that_from_its_story(run_texts):
    recs = run_texts(
        (
            "VETERANS BOARD\n\n#1  Old_Gunner\nMon 26 Sep 2011, 09:14\n\n"
            "Lads, so Union Shield 2011 ended last Thursday at Ashuluk. It started the "
            "Friday before that, so it ran a full week with Russia and Belarus together.\n",
            "2011-09-26",
        )
    )
    assert _span(_only(recs, name="Union Shield-2011")) == ("2011-09-16", "2011-09-22")


def test_statements_dating_a_patrol_and_an_update_quoting_the_first_account(run_texts):
    recs = run_texts(
        (
            "U.S. and Canadian fighters intercepted two Russian Tu-95 and two Chinese H-6 "
            "bombers on a joint air patrol near Alaska early Thursday, NORAD said.\n\n"
            "UPDATE, 5:30 p.m.: NORAD later said the intercept took place on Wednesday "
            "evening, Alaska time. Russian and Chinese defense ministry statements also date "
            "the patrol to Wednesday. Earlier paragraphs that refer to \"early Thursday\" "
            "reflect NORAD's original statement.\n",
            "2024-07-25",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2024-07-24", "2024-07-24")


def test_the_day_after_it_ended_is_not_the_drills(run_texts):
    recs = run_texts(
        (
            "PORT NOTICE\n\nThe trilateral naval exercise Mosi II will be conducted by the "
            "navies of South Africa, Russia and China from 17 to 27 February 2023.\n",
            "2023-02-13",
        ),
        (
            "Skippers say they lost six fishing days to Exercise Mosi II, the South African, "
            "Russian and Chinese naval exercise that wrapped up on Monday.\n\n"
            "The foreign warships arrived several days before the exercise started and "
            "sailed again on Tuesday, the day after it ended.\n",
            "2023-03-03",
        ),
    )
    assert _span(_only(recs, name="Mosi II")) == ("2023-02-17", "2023-02-27")


def test_a_day_said_not_to_be_an_exercise_day_is_set_aside(run_texts):
    recs = run_texts(
        (
            "Talk:Joint Sea-2013 - summary of discussions\n\n"
            "Outcome: consensus to give the Russian-Chinese naval exercise Joint Sea-2013 as "
            "running from 5 to 12 July 2013.\n\n"
            "One editor had added that the exercise \"began on 3 July\". Sources show that 3 "
            "July is the date on which the Chinese ships arrived in Vladivostok; it was not "
            "an exercise day.\n",
            None,
        )
    )
    assert _span(_only(recs, name="Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_a_protest_over_a_patrol_is_dated_by_the_protest(run_texts):
    recs = run_texts(
        (
            "SEOUL - The government on Thursday summoned the defense attaches of China and "
            "Russia to protest the entry of their military aircraft into the KADIZ during a "
            "joint patrol earlier this week, the ministry said.\n\n"
            "Chinese and Russian aircraft flew the two-day patrol on Tuesday and Wednesday, "
            "the ministry said.\n",
            "2026-11-27",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2026-11-24", "2026-11-25")


def test_numeric_post_stamps_date_each_post_and_a_section_is_no_day(run_texts):
    recs = run_texts(
        (
            "THE OLD BARRACKS - Veterans' Forum\n"
            "Forum index › Today's Army: exercises › Tsentr-2011\n\n"
            "Thread last updated 28.09.2011, 21:17\n\n"
            "#1  Kolya_M  (Member)\nPosted: 20.09.2011, 08:42\n\n"
            "Lads, Tsentr-2011 kicked off yesterday with Russia, Kazakhstan and Tajikistan "
            "at Donguz.\n\n"
            "#2  Baikal_73  (Member)\nPosted: 28.09.2011, 09:12\n\n"
            "Good to see the Tajiks there.\n",
            None,
        )
    )
    assert _only(recs, name="Tsentr-2011")["date"]["start"] == "2011-09-19"
    assert _tag("Forum index › Today's Army: exercises", datetime.date(2011, 9, 28)) == []


def test_a_body_sentence_with_a_comma_is_no_dateline():
    from extractor.pipeline import filed_day

    text = (
        "China, Tajikistan wrap up first joint drill\n\n"
        "KULYAB, Tajikistan, Sept. 23 (CAIA) -- Chinese and Tajik troops on Saturday "
        "completed a two-day exercise.\n\n"
        "The exercise began on Friday, Sept. 22, and ended on Saturday, Sept. 23.\n"
    )
    assert filed_day(text, datetime.date(2006, 9, 23)) is None
    # a place, its country, then the day filed the day before the paper
    assert filed_day(text.replace("Sept. 23 (", "Sept. 22 ("), datetime.date(2006, 9, 23)) == (
        datetime.date(2006, 9, 22)
    )


def test_a_wire_published_on_its_datelines_day_keeps_that_saturday(run_texts):
    recs = run_texts(
        (
            "KULYAB, Tajikistan, Sept. 23 (CAIA) -- Chinese and Tajik troops on Saturday "
            "completed \"Cooperation-2006\", a two-day joint anti-terrorism exercise.\n\n"
            "The exercise began on Friday, Sept. 22, according to the organisers.\n",
            "2006-09-23",
        )
    )
    assert _span(_only(recs, name="Cooperation-2006")) == ("2006-09-22", "2006-09-23")


def test_the_day_of_an_award_is_not_the_drills(run_texts):
    recs = run_texts(
        (
            "Talk:Joint Sea-2016 - summary\n\n"
            "The Chinese and Russian navies held the exercise Joint Sea-2016 off Zhanjiang in "
            "September 2016.\n\n"
            "A sentence on the reaction, including the arbitral tribunal award of 12 July 2016 "
            "on the South China Sea, may remain, provided it does not imply that the award "
            "and the exercise were connected.\n",
            "2016-10-03",
        )
    )
    assert [_span(r) for r in _events(recs)] == [("2016-09-01", "2016-09-30")]


def test_a_numbered_paragraphs_period_label_dates_the_drill(run_texts):
    recs = run_texts(
        (
            "NAVIGATIONAL WARNING - COMBINED NAVAL EXERCISE \"VENRUS 2008\"\n\n"
            "3.1 The Bolivarian Navy of Venezuela and the Russian Federation Navy will "
            "conduct a combined naval exercise, designated VENRUS 2008, north of La Guaira."
            "\n\n3.2 Period: from 06:00 local time on Monday 1 December 2008 to 18:00 local "
            "time on Tuesday 2 December 2008.\n",
            "2008-11-27",
        )
    )
    assert _span(_only(recs, name="VENRUS-2008")) == ("2008-12-01", "2008-12-02")


def test_a_day_mentioned_not_as_part_of_the_exercise_is_set_aside(run_texts):
    recs = run_texts(
        (
            "Talk:Joint Sea-2013 - summary of discussions\n\n"
            "Outcome: consensus to give the Russian-Chinese naval exercise Joint Sea-2013 as "
            "running from 5 to 12 July 2013.\n\n"
            "One editor had added that the exercise \"began on 3 July\". The arrival on 3 July "
            "may be mentioned in the body as a port call, not as part of the exercise.\n",
            None,
        )
    )
    assert _span(_only(recs, name="Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_a_months_days_without_a_year_are_the_named_editions(run_texts):
    recs = run_texts(
        (
            "An attache remembers Vostok-2018.\n\n"
            "The briefing in Moscow was polished and uninformative. Vostok-2018 would run "
            "from 11 to 17 September across the Central and Eastern military districts, with "
            "Chinese and Mongolian units taking part.\n",
            "2026-10-17",
        )
    )
    assert _span(_only(recs, name="Vostok-2018")) == ("2018-09-11", "2018-09-17")


def test_when_the_word_came_is_not_the_drills_day(run_texts):
    recs = run_texts(
        (
            "NAVY FORUM\n\n#1  Baltic_Bosun  |  Thu 4 Jul 2013, 11:05\n\n"
            "Official word from the fleet press service this morning: \"Joint Sea-2013\", 5 "
            "to 12 July, with the Chinese and Russian navies in Peter the Great Bay.\n",
            "2013-07-04",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_what_is_done_for_a_drill_starts_on_its_own_day(run_texts):
    recs = run_texts(
        (
            "CENTRE FOR EURASIAN DEFENCE STUDIES\n"
            "Quarterly Chronology - Third Quarter (July-September) 2021\n\n"
            "Published 12 October 2021\n\nJULY 2021\n\n"
            "31 July - The Russian airlift of troops and equipment to Yinchuan for "
            "\"Zapad/Interaction-2021\" begins.\n\nAUGUST 2021\n\n"
            "9 August - China and Russia open the joint strategic exercise "
            "\"Zapad/Interaction-2021\" at the Qingtongxia training base in Ningxia. It ends "
            "on 13 August.\n",
            None,
        )
    )
    assert _span(_only(recs, name="Zapad/Interaction-2021")) == ("2021-08-09", "2021-08-13")


def test_the_day_a_plan_of_the_drill_was_approved_is_not_the_drills(run_texts):
    recs = run_texts(
        (
            "ALMATY, August 25 - Special units of Kazakhstan and China on Thursday carried out "
            "the first stage of the joint anti-terrorist exercise \"Tianshan-1 (2006)\", which "
            "runs from August 24 to 26.\n\n"
            "The heads of the two delegations met in Almaty on Wednesday to approve the final "
            "plan of the exercise and to brief journalists.\n",
            "2006-08-25",
        )
    )
    assert _span(_only(recs, name="Tianshan-1-2006")) == ("2006-08-24", "2006-08-26")


def test_a_forums_clipped_sentences_tell_the_drill_just_spoken_of(run_texts):
    recs = run_texts(
        (
            "ARMS FORUM > Current Affairs\n\nThread: Peace Mission 2007 at Chebarkul\n\n"
            "#1  Chalky_Kilo (ex-Signals, 22 yrs)   Tue 14 Aug 2007, 09:12\n\n"
            "Anyone following the SCO drills Peace Mission 2007 with Russia and China? Kicked "
            "off last Thursday in Urumqi with the command-staff phase.\n\n"
            "#2  Gunner_Dave   Sat 18 Aug 2007, 08:30\n\n"
            "Wrapped up yesterday as advertised. The presidents watched from a grandstand.\n",
            "2007-08-18",
        )
    )
    assert _span(_only(recs, name="Peace Mission-2007")) == ("2007-08-09", "2007-08-17")


def test_a_weekly_correcting_last_weeks_issue_and_the_week_of_the_exercise(run_texts):
    recs = run_texts(
        (
            "FISHING TRADE WEEKLY\nThursday, 3 May 2012\n\n"
            "Trawler operators lost close to a week of fishing because of the six-day "
            "Sino-Russian naval exercise Joint Sea-2012 that ended last Friday.\n\n"
            "Prices for fresh croaker rose 14% in the week of the exercise, traders said, "
            "before easing on Monday as landings recovered.\n\n"
            "CORRECTION: Last week's issue said that the naval exercise would run until 28 "
            "April. The closure of the exercise areas ended at midnight on 27 April.\n",
            None,
        )
    )
    assert _span(_only(recs, name="Joint Sea-2012")) == ("2012-04-22", "2012-04-27")


def test_items_that_are_not_the_exercise_itself_are_set_aside(run_texts):
    recs = run_texts(
        (
            "Talk:Vostok 2022 - summary\n\n"
            "Question: several news sources reported that the exercise \"began\" on 30 August, "
            "while the Russian Ministry of Defence gave the dates of the joint exercise "
            "Vostok-2022, with Chinese troops taking part, as 1-7 September 2022.\n\n"
            "Outcome: editors agreed that the items dated 30-31 August describe foreign "
            "contingents arriving at the ranges, not the exercise itself.\n",
            "2022-09-15",
        )
    )
    assert _span(_only(recs, name="Vostok-2022")) == ("2022-09-01", "2022-09-07")


def test_what_followed_the_end_and_a_return_journey_keep_their_own_days(run_texts):
    recs = run_texts(
        (
            "Almaty | Monday\n\n"
            "The multinational exercise Peace Mission 2010, with troops from Kazakhstan, China "
            "and Russia, came to an end on Saturday with a final live-fire assault at "
            "Matybulak.\n\n"
            "The end of the drills was followed on Sunday by a farewell reception for the "
            "commanders. The Chinese contingent began its return journey on Tuesday, "
            "according to the ministry.\n",
            "2010-09-27",
        )
    )
    assert _only(recs, name="Peace Mission-2010")["date"]["end"] == "2010-09-25"


def test_a_day_hung_on_the_naming_of_the_patrol_is_the_completings(run_texts):
    recs = run_texts(
        (
            "The Japan Daily Courier -- Sunday, October 24, 2021\n\n"
            "A flotilla of 10 Chinese and Russian warships completed what the two countries "
            "called their first joint naval patrol on Saturday, after sailing around Japan's "
            "main islands, the Defense Ministry said.\n\n"
            "The ships set out on the patrol last Sunday.\n",
            "2021-10-24",
        )
    )
    assert _span(_only(recs, event_type="naval_patrol")) == ("2021-10-17", "2021-10-23")


def test_a_kind_of_drill_dates_nothing(run_texts):
    recs = run_texts(
        (
            "MOSCOW, Aug 28 (GWS) - Russia will hold its largest military exercise in nearly "
            "four decades next month, with about 300,000 troops and, for the first time in a "
            "drill of this type, contingents from China and Mongolia, the Russian defence "
            "ministry said on Tuesday.\n\n"
            "The Vostok-2018 strategic exercise will take place from Sept. 11 to 17 at "
            "training grounds in the Eastern and Central military districts.\n",
            "2018-08-28",
        )
    )
    assert _span(_only(recs, name="Vostok-2018")) == ("2018-09-11", "2018-09-17")


def test_when_a_series_began_is_told_of_the_series(analyzer):
    from extractor.events import _series_began

    doc = analyzer.nlp(
        "Chinese and Russian strategic bombers flew a joint patrol over the Sea of Japan on "
        "Thursday, Japan's Defense Ministry said, in the latest in a series of such flights "
        "that began in July 2019."
    )
    began = next(t for t in doc if t.text == "began")
    assert _series_began(began)
    assert not _series_began(next(t for t in doc if t.text == "flew"))


def test_not_the_exercise_itself_marks_the_days_before_it():
    from extractor.events import NOT_A_DRILL_DAY

    assert NOT_A_DRILL_DAY.search(
        "the items dated 30-31 August describe contingents arriving at the ranges, an opening "
        "ceremony for the press and preparatory activities, not the exercise itself."
    )
    assert NOT_A_DRILL_DAY.search("3 July is the day they arrived; it was not an exercise day.")
    assert not NOT_A_DRILL_DAY.search("The exercise itself ran from 1 to 7 September.")


def test_a_day_the_sentence_before_gives_is_not_taken_back(run_texts):
    recs = run_texts(
        (
            "TOKYO, Dec. 4 (PRPA) - Chinese and Russian strategic bombers flew a joint patrol "
            "over the Sea of Japan on Thursday, Japan's Defense Ministry said.\n\n"
            "UPDATE (19:05 JST): Japan's Joint Staff Office said the same bombers flew together "
            "again on Friday morning.\n\n"
            "China's defense ministry said in a follow-up statement that the joint strategic "
            "air patrol \"was carried out on December 3 and 4\". Earlier versions of this "
            "story described the patrol as a single-day flight on Thursday.\n",
            "2026-12-04",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2026-12-03", "2026-12-04")


def test_a_flight_told_in_a_when_clause_is_not_the_main_clauses_plan(run_texts):
    recs = run_texts(
        (
            "Bombers over the summit: the fourth Sino-Russian joint air patrol\n\n"
            "When two Chinese H-6K bombers and two Russian Tu-95MS bombers formed up over the "
            "Sea of Japan on Tuesday morning, the leaders of Japan, the United States, "
            "Australia and India were preparing to sit down in Tokyo.\n",
            "2022-05-27",
        )
    )
    patrol = _only(recs, event_type="air_patrol")
    assert _span(patrol) == ("2022-05-24", "2022-05-24")
    assert patrol["status"] == "occurred"


def test_guards_an_answer_label_the_last_day_of_a_drill_and_a_closed_thread(run_texts):
    recs = run_texts(
        (
            "Q: When did the joint exercise Maritime Security Belt-2024 of China, Russia and "
            "Iran start?\n\nA: It started on Monday near Chabahar.\n\n"
            "Q: When will it end?\n\nA: It will conclude tomorrow, according to the plan.\n",
            "2024-03-14",
        ),
        (
            "CHEBARKUL, Russia, Aug. 17 - The leaders of Russia and China on Friday watched "
            "troops storm a mock village on the last day of the joint exercise Tianshan-1 "
            "(2007).\n",
            "2007-08-17",
        ),
        (
            "Talk:Northern/Interaction-2023\n\nThe Russian-Chinese naval exercise "
            "Northern/Interaction-2023 ran from 20 to 23 July 2023 in the Sea of Japan.\n\n"
            "Closed by Tsushima_Current (talk) 10:42, 14 September 2023 (UTC)\n",
            None,
        ),
    )
    assert _span(_only(recs, name="Maritime Security Belt 2024")) == ("2024-03-11", "2024-03-15")
    assert _span(_only(recs, name="Tianshan-1-2007"))[1] == "2007-08-17"
    assert _span(_only(recs, name="Northern/Interaction-2023")) == ("2023-07-20", "2023-07-23")


def test_a_mastheads_section_after_a_middle_dot_is_no_drill(run_texts):
    recs = run_texts(
        (
            "LAND FORCES LOGISTICS WEEKLY\n27 September 2010 · Exercises\n\n"
            "Peace Mission 2010: SCO drill tests rail lift\n\n"
            "The SCO exercise Peace Mission 2010, with troops from Kazakhstan, China and "
            "Russia, opened on 9 September at Matybulak and ended on 25 September.\n",
            "2010-09-27",
        )
    )
    assert [_span(r) for r in _events(recs)] == [("2010-09-09", "2010-09-25")]


def test_posts_stamped_after_a_guillemet_count_from_their_own_day(run_texts):
    recs = run_texts(
        (
            "FRONTIER VETERANS' FORUM\nBoard index » Armies Today » Exercises\n\n"
            "Topic: Peace Mission 2010 in Kazakhstan\n\n"
            "#1  Sapper_Oleg » Fri 10 Sep 2010, 08:47\n\n"
            "Kazakh TV showed the opening ceremony of Peace Mission 2010 with Russia and China "
            "at Matybulak, so it started yesterday.\n\n"
            "#2  Old_Gunner » Sat 25 Sep 2010, 19:30\n\n"
            "Closing ceremony this morning at Matybulak.\n",
            None,
        )
    )
    assert _span(_only(recs, name="Peace Mission-2010")) == ("2010-09-09", "2010-09-25")


def test_months_after_last_year_are_last_years(run_texts):
    recs = run_texts(
        (
            "Last year the Chinese and Russian navies held two Joint Sea exercises -- one in "
            "the Mediterranean in May and another in Peter the Great Bay in August.\n",
            "2016-09-20",
        )
    )
    assert all(r["date"]["start"].startswith("2015") for r in _events(recs)), [
        _span(r) for r in _events(recs)
    ]


def test_what_a_drill_follows_keeps_its_own_days(run_texts):
    recs = run_texts(
        (
            "ZHOUSHAN, Dec. 7 - The Chinese and Russian navies opened the joint exercise "
            "Joint Sea-2026 on Saturday at Zhoushan; it is scheduled to run until Friday.\n\n"
            "The drill follows a joint bomber patrol by the two air forces on Dec. 1, when "
            "Chinese H-6K and Russian Tu-95MS bombers flew together over the Sea of Japan.\n",
            "2026-12-07",
        ),
        (
            "FACT SHEET: the first China-Russia joint naval patrol\n\n"
            "- Between 17 and 23 October 2021 ten Chinese and Russian warships sailed around "
            "Japan on the first joint naval patrol.\n"
            "- The patrol followed directly on from the bilateral naval exercise Joint "
            "Sea-2021 (14-17 October 2021) in Peter the Great Bay.\n",
            None,
        ),
    )
    assert _span(_only(recs, name="Joint Sea-2026")) == ("2026-12-05", "2026-12-11")
    assert _span(_only(recs, event_type="naval_patrol")) == ("2021-10-17", "2021-10-23")


def test_a_flight_not_part_of_the_patrol_on_the_same_day_keeps_the_day(run_texts):
    # (guard: taking back the day of "a flight ... not part of the joint patrol" lost the
    # patrol's own Tuesday in set 38)
    recs = run_texts(
        (
            "THE TOKYO HARBOR TIMES\nWednesday, May 25, 2022\n\n"
            "Two Chinese H-6 bombers and two Russian Tu-95 bombers flew together from the Sea "
            "of Japan to the East China Sea on Tuesday, the Defense Ministry said.\n\n"
            "Separately, the ministry said a Russian Il-20 intelligence aircraft flew on "
            "Tuesday from off Hokkaido to the Noto Peninsula, a flight it said was not part "
            "of the joint patrol.\n",
            "2022-05-25",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2022-05-24", "2022-05-24")


def test_a_bulletins_issue_line_dates_it():
    from pathlib import Path

    from extractor.pipeline import find_dateline

    # "No. 21-064    Issued Friday, 22 October 2021    (English version for ...)"
    path = next((Path(__file__).parent / "articles192").glob("025_*.txt"))
    assert find_dateline(path.read_text("utf-8")) == datetime.date(2021, 10, 22)
