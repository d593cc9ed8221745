"""An exercise's days assembled from several sentences of one article: a start reported
as "has started" on the day of the report, "began on Friday" with "would last four days",
"will last until July 23", a name given after the dates, and a dateline under the headline.
"""

from __future__ import annotations

from extractor.pipeline import find_dateline


def _main(records: list[dict]) -> dict:
    events = [r for r in records if r["kind"] == "event"]
    assert len(events) == 1, [(r["name"], r["date"]) for r in events]
    return events[0]


def test_has_started_and_will_last_until(run_text):
    rec = _main(
        run_text(
            "The Vostok-2022 strategic command-staff exercise has started in Russia's Eastern "
            "Military District, the defence ministry said on Thursday. Chinese troops are "
            "taking part alongside Russian forces. The drills will last until September 7.",
            published="2022-09-01",
        )[0]
    )
    assert rec["name"] == "Vostok-2022"
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2022-09-01", "2022-09-07")
    # The end of the interval is cited from the sentence that gives it.
    quotes = {c["id"]: c["quote"] for c in rec["citations"]}
    assert any("until September 7" in quotes[i] for i in rec["evidence"]["date"])


def test_simple_past_start_without_a_date_is_not_the_report_day(run_text):
    rec = _main(
        run_text(
            "The Vostok-2022 exercise with Chinese and Russian troops began in Russia's Far "
            "East. The drills will last until September 7.",
            published="2022-09-03",
        )[0]
    )
    assert rec["date"]["granularity"] == "year"  # nothing says which day it began


def test_began_on_friday_and_would_last_four_days(run_text):
    rec = _main(
        run_text(
            "Iran, Russia and China began a joint naval exercise in the Gulf of Oman on "
            "Friday, state media reported. The navy's spokesman said the drills would last "
            "four days.",
            published="2019-12-27",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2019-12-27", "2019-12-30")


def test_would_last_is_not_the_past_four_days(run_text):
    rec = _main(
        run_text(
            "China and Russia held a joint naval exercise in the Sea of Japan on Monday. "
            "The drills would last four days, officials said.",
            published="2023-06-14",
        )[0]
    )
    assert rec["date"]["start"] == "2023-06-12"
    assert rec["date"].get("mod") != "BEFORE"


def test_name_given_after_the_dates_takes_their_year(run_text):
    rec = _main(
        run_text(
            "Iran, Russia and China began a joint naval exercise in the Gulf of Oman on "
            "Friday. The drills, called Marine Security Belt, started from the port of "
            "Chabahar.",
            published="2019-12-27",
        )[0]
    )
    assert rec["name"] == "Maritime Security Belt 2019"
    assert rec["date"]["start"] == "2019-12-27"


def test_a_year_that_did_not_happen_does_not_absorb_a_real_drill(run_text):
    records, _ = run_text(
        "For the first time since 2012, no Joint Sea exercise was held this year. In late "
        "December, Chinese and Russian warships held a joint naval exercise in the East "
        "China Sea.",
        published="2020-12-30",
    )
    statuses = sorted(r["status"] for r in records if r["kind"] == "event")
    assert statuses == ["negated", "occurred"]


def test_dateline_under_the_headline():
    text = "SCO manoeuvres get under way\n\nORENBURG, 11 September 2021 - The exercise opened."
    assert str(find_dateline(text)) == "2021-09-11"
    # A date in the first sentence of the body is not a dateline.
    assert find_dateline("Headline\n\nOn June 3, 2025 Japan said it scrambled jets.") is None


def test_pronoun_sentences_give_start_and_end(run_text):
    rec = _main(
        run_text(
            "The navies of Iran, Russia and China have started a joint naval exercise in the "
            "Gulf of Oman. The drills began on Wednesday. They are due to end on Sunday.",
            published="2023-03-16",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2023-03-15", "2023-03-19")


def test_opening_ceremony_dates_the_start(run_text):
    rec = _main(
        run_text(
            "Chinese and Russian warships are in Primorye for Joint Sea-2015 (II). An opening "
            "ceremony was held on Thursday at the fleet's pier. The exercise is scheduled to "
            "run until 28 August.",
            published="2015-08-21",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2015-08-20", "2015-08-28")


def test_correction_note_date_is_not_an_exercise(run_text):
    records, _ = run_text(
        "The joint exercise of Chinese and Russian troops in Ningxia concluded on Friday.\n\n"
        "Correction, 14 August 2021: An earlier version of this story misstated the dates of "
        "the exercise. It was held from 9 to 13 August, not from 10 to 14 August.",
        published="2021-08-14",
    )
    rec = _main(records)
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2021-08-09", "2021-08-13")


def test_holding_since_a_day_is_an_ongoing_exercise(run_text):
    records, _ = run_text(
        "Two Chinese fighters flew close to Japanese aircraft over the East China Sea, where "
        "the Chinese and Russian navies have been holding a joint exercise since the 20th.",
        published="2014-05-25",
    )
    rec = _main(records)  # the fighters' close pass is no patrol of its own
    assert rec["date"]["start"] == "2014-05-20"
    assert rec["status"] == "ongoing"


def test_reported_would_is_a_plan(run_text):
    records, _ = run_text(
        "China's defense ministry said on Monday that the Chinese and Russian navies would "
        "conduct a joint maritime patrol in the western Pacific.",
        published="2023-07-24",
    )
    assert [r["status"] for r in _events(records)] == ["planned"]


def test_relative_date_in_another_year_than_the_name(run_text):
    records, _ = run_text(
        "Iran, Russia and China held Security Bond-2025 this week. Their 2022 edition, "
        "Maritime Security Belt 2022, was held in the northern Indian Ocean in January of "
        "that year.",
        published="2025-03-12",
    )
    by_name = {r["name"]: r for r in _events(records)}
    assert by_name["Maritime Security Belt 2022"]["date"]["start"].startswith("2022")


def _events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def test_fact_box_when_line_dates_the_exercise_just_reported(run_text):
    rec = _main(
        run_text(
            "China and Russia began a joint naval exercise on Sunday in waters off the port "
            "of Zhanjiang, the defence ministry said.\n\nAT A GLANCE\n"
            "When: July 14 to July 17.\nWhere: waters off Zhanjiang.\n\n"
            "The drills include anti-submarine training.",
            published="2024-07-15",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2024-07-14", "2024-07-17")
    quotes = {c["id"]: c["quote"] for c in rec["citations"]}
    assert any(quotes[i].startswith("When: July 14") for i in rec["evidence"]["date"])


def test_when_label_needs_a_line_of_its_own_and_an_exercise_before_it(run_text):
    records = run_text(
        "Date: 3 March 2024\n\nChina and Russia held a joint naval exercise in the Sea of "
        "Japan on Monday. Officials would not say when: sometime in 2025, one of them "
        "hinted, a larger one would follow.",
        published="2024-03-05",
    )[0]
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("2024-03-04", "2024-03-04")
    ]


def test_length_in_days_and_end_give_the_start(run_text):
    rec = _main(
        run_text(
            "China and Russia on Saturday concluded a joint computer-simulated missile "
            "defence exercise in Moscow, the ministry said. The five-day exercise was the "
            "first of its kind.",
            published="2016-05-28",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2016-05-24", "2016-05-28")


def test_a_phase_length_is_not_the_exercise_length(run_text):
    rec = _main(
        run_text(
            "The Russian-Chinese naval exercise Maritime Interaction-2025 ended on Tuesday in "
            "the Sea of Japan. The exercise, which the Chinese side calls Joint Sea-2025, began "
            "last Friday with an opening ceremony in Vladivostok. After two days of planning "
            "ashore, the ships put to sea on Sunday for the active phase.",
            published="2025-08-06",
        )[0]
    )
    assert rec["name"] == "Joint Sea-2025"
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2025-08-01", "2025-08-05")


def test_wraps_up_on_saturday_is_the_coming_saturday(run_text):
    rec = _main(
        run_text(
            "About 2,000 Kazakh servicemen are taking part in Tsentr-2019, the Russian "
            "strategic command-staff exercise that opened on Monday and wraps up on Saturday.",
            published="2019-09-20",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2019-09-16", "2019-09-21")


def test_manoeuvres_that_began_on_friday_are_the_named_exercise(run_text):
    rec = _main(
        run_text(
            "VILNIUS - Russia and Belarus complete their Zapad-2025 strategic exercise today, "
            "the fifth day of manoeuvres that began on Friday on ranges in Belarus.",
            published="2025-09-16",
        )[0]
    )
    assert rec["name"] == "Zapad-2025"
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2025-09-12", "2025-09-16")


def test_correction_above_the_dateline_dates_the_exercise(run_text):
    rec = _main(
        run_text(
            "CORRECTION (13 July 2013): An earlier version of this article said the exercise "
            "began on 8 July. The exercise began on 5 July with an opening ceremony.\n\n"
            "Sailors part ways\n\nVLADIVOSTOK - The Russian-Chinese naval exercise Joint "
            "Sea-2013 ended on Friday with a parade of ships in Golden Horn Bay.",
            published="2013-07-13",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2013-07-05", "2013-07-12")


def test_datelines_of_a_place_and_a_day_and_yearless_ones():
    release = "Ministry of Defence\n\nEXERCISE INDRA 2021 COMMENCES\n\nNew Delhi, 02 AUG 2021\n\n"
    assert str(find_dateline(release + "The exercise commenced yesterday.")) == "2021-08-02"
    wire = "Russia starts Vostok-2022 drills\n\nMOSCOW, Sept 1 (Wire) - Russia began drills."
    assert str(find_dateline(wire)) == "2022-09-01"
    # No year, or two, in the headline and dateline paragraph: the day stays unknown.
    assert find_dateline("Russia starts drills\n\nMOSCOW, Sept 1 (Wire) - Drills began.") is None
    two = "Drills of 2021 and 2022\n\nMOSCOW, Sept 1 (Wire) - Drills began."
    assert find_dateline(two) is None
    # A headline that is a sentence with a date is no dateline.
    assert find_dateline("Headline\n\nRussia, China to drill 14 July 2024\n\nx") is None


def test_troops_trained_together_named_after(run_text):
    rec = _main(
        run_text(
            "From Monday to Friday last week, more than 10,000 Chinese and Russian soldiers "
            "trained together at the Qingtongxia training base in China's Ningxia region. "
            "The exercise, called Zapad/Interaction-2021, received little attention in Europe.",
            published="2021-08-20",
        )[0]
    )
    assert rec["name"] == "Zapad/Interaction-2021"
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2021-08-09", "2021-08-13")


def test_second_it_in_a_sentence_is_the_first_ones(run_text):
    records, _ = run_text(
        "The deployment was the third joint maritime patrol conducted by the Chinese and "
        "Russian navies. It began July 28 in the Sea of Japan, shortly after the same ships "
        "took part in the bilateral exercise North/Interaction-2023, which was held July "
        "20-23, and it concluded Aug. 10, the ministry said.",
        published="2023-08-11",
    )
    by_type = {r["event_type"]: r for r in records if r["kind"] == "event"}
    patrol, drill = by_type["naval_patrol"], by_type["naval_exercise"]
    assert (patrol["date"]["start"], patrol["date"]["end"]) == ("2023-07-28", "2023-08-10")
    assert (drill["date"]["start"], drill["date"]["end"]) == ("2023-07-20", "2023-07-23")


def test_what_an_earlier_version_said_is_taken_back(run_text):
    rec = _main(
        run_text(
            "Russia and Belarus on Thursday concluded Zapad-2013, the defence ministry said.\n\n"
            "Correction: An earlier version of this article said the exercise began on 16 "
            "September. The active phase of Zapad-2013 began on 20 September.",
            published="2013-09-27",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2013-09-20", "2013-09-26")


def test_a_novels_drill_is_no_exercise(run_text):
    records, _ = run_text(
        "His third novel opens in the summer of 2029, when a combined Chinese and Russian "
        "fleet gathers in the Sea of Okhotsk for an exercise the two governments call "
        "\"Joint Sea-2029\".",
        published="2024-03-01",
    )
    assert not [r for r in records if r["kind"] == "event"]


def test_a_bare_clock_time_does_not_make_the_report_day_the_exercise_day(run_text):
    records, _ = run_text(
        "Four Chinese and four Russian military aircraft entered the air defence "
        "identification zone on Tuesday, the Joint Chiefs of Staff said. The aircraft "
        "entered the zone at around 11:52 a.m. (KST) and flew out of it at 12:08 p.m.",
        published="2023-06-07",
    )
    days = {r["date"]["value"] for r in records if r["kind"] == "event" and r["date"]}
    assert days == {"2023-06-06"}


def test_the_days_said_to_start_and_end_beat_the_first_schedule(run_text):
    rec = _main(
        run_text(
            "Indian troops left to take part in Vostok 2022. The exercise, which Moscow had "
            "originally scheduled from August 30 to September 5, will now begin on Thursday "
            "and conclude on September 7.",
            published="2022-08-31",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2022-09-01", "2022-09-07")


def test_a_plan_given_up_does_not_date_the_exercise(run_text):
    rec = _main(
        run_text(
            "The Kavkaz-2020 strategic exercise began today at the Kapustin Yar range with "
            "Chinese and Russian troops. It will last until 26 September. The exercise had "
            "originally been announced for 15 to 26 September.",
            published="2020-09-21",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2020-09-21", "2020-09-26")


def test_a_postponed_start_and_its_shift_are_no_dates_of_the_drill(run_text):
    rec = _main(
        run_text(
            "China, Iran and Russia opened the Maritime Security Belt 2026 naval drill off "
            "Chabahar this morning. The four-day drill had been scheduled to begin last "
            "Tuesday but was postponed by five days because of high waves.",
            published="2026-03-01",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2026-03-01", "2026-03-04")
    assert rec["duration"] == "P4D"  # "postponed by five days" is the shift, not the length


def test_a_bulleted_fact_box_line_dates_the_exercise(run_text):
    rec = _main(
        run_text(
            "Chinese and Mongolian units joined Russia's Vostok-2018 exercise.\n\n"
            "Fact box: Vostok-2018\n- Dates: 11-17 September 2018\n- Participants: Russia, "
            "China, Mongolia\n",
            published="2018-09-12",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2018-09-11", "2018-09-17")
    quotes = {c["id"]: c["quote"] for c in rec["citations"]}
    assert any(quotes[i].startswith("- Dates:") for i in rec["evidence"]["date"])


def test_the_alias_of_a_name_keeps_its_relative_clause(run_text):
    records, _ = run_text(
        "The first joint naval patrol of Russia and China concluded this morning, the fleet "
        "said. The patrol began on 17 October, right after the joint naval exercise "
        '"Maritime Interaction-2021" ("Morskoye Vzaimodeistviye-2021"), which the two fleets '
        "had held from 14 to 17 October in Peter the Great Bay.",
        published="2021-10-23",
    )
    events = {r["event_type"]: r for r in records if r["kind"] == "event"}
    drill, patrol = events["naval_exercise"], events["naval_patrol"]
    assert drill["name"] == "Joint Sea-2021"
    assert (drill["date"]["start"], drill["date"]["end"]) == ("2021-10-14", "2021-10-17")
    # A patrol beside a drill's name is a patrol of its own, not an umbrella word.
    assert (patrol["date"]["start"], patrol["date"]["end"]) == ("2021-10-17", "2021-10-23")


def test_the_largest_drills_since_a_year_are_no_series(run_text):
    rec = _main(
        run_text(
            "China and Russia began their largest joint naval drills since 2005 in the Sea of "
            "Japan on Monday.",
            published="2023-07-25",
        )[0]
    )
    assert rec["date"]["start"] == "2023-07-24"


def test_starting_monday_in_a_future_sentence_is_next_monday(run_text):
    rec = _main(
        run_text(
            "Chinese and Russian navies will hold a joint naval exercise off Qingdao, starting "
            "Monday, a navy spokesperson said Friday. The exercise will last six days.",
            published="2019-04-26",  # a Friday
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2019-04-29", "2019-05-04")


def test_marked_the_end_of_an_edition_is_its_last_day(run_text):
    rec = _main(
        run_text(
            "Artillery over the Chebarkul range yesterday marked the end of Peace Mission "
            "2018. About 3,000 servicemen from Russia, China, India and Pakistan took part in "
            "the exercise, which opened at the range on 22 August.",
            published="2018-08-30",
        )[0]
    )
    assert rec["name"] == "Peace Mission-2018"
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2018-08-22", "2018-08-29")


def test_a_stated_length_and_end_beat_an_opening_ceremony_on_the_eve(run_text):
    rec = _main(
        run_text(
            "Warships from Iran, Russia and China wrapped up a four-day joint naval exercise "
            "in the northern Indian Ocean on Saturday. The opening ceremony was held at "
            "Chabahar on Tuesday afternoon.",
            published="2026-03-07",  # a Saturday
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2026-03-04", "2026-03-07")


def test_largest_in_three_decades_is_no_length(run_text):
    _, mentions = run_text(
        "Russia and China today launched what the navy calls its largest joint naval "
        "exercise in three decades.",
        published="2024-09-10",
    )
    assert [m["duration"] for m in mentions] == [None]


def test_transmitted_line_dates_the_article():
    assert find_dateline(
        "PICTURE AGENCY - Captions package\n\"IN PICTURES: drills end\"\n"
        "Transmitted 17 January 2026\n\nPIC 1 - ..."
    ).isoformat() == "2026-01-17"


def test_a_dateline_with_a_long_agency_note_is_no_exercise_day(run_text):
    rec = _main(
        run_text(
            "Drill completed\n\nRusInform news agency (translated from Russian)\n\n"
            "VLADIVOSTOK, November 9. /RusInform/. The first joint Russian-Indonesian naval "
            "exercise, held from 4 to 8 November, has been completed, the fleet said.",
            published="2024-11-09",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2024-11-04", "2024-11-08")


def test_a_title_case_dateline_with_two_calendars_dates_the_article():
    assert find_dateline(
        "Iran, Russia, China launch naval drill\n\n"
        "Tehran, Dey 6, 1398 (December 27, 2019) -- Islamic Republic News Service\n\n..."
    ).isoformat() == "2019-12-27"
    assert find_dateline("Headline\n\nMoscow, the Kremlin said on 3 May 2020 - no more") is None


def test_yesterday_saturday_names_the_edition_of_that_year(run_text):
    records, _ = run_text(
        'CAIRO -- The joint Egyptian-Russian airborne exercise "Protectors of Friendship" '
        "concluded yesterday, Saturday, after fifteen days of joint training. The exercise, "
        'known in Russia as "Defenders of Friendship-2018", was held near El Hammam.',
        published="2018-11-18",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["name"], r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("Defenders of Friendship-2018", "2018-11-03", "2018-11-17")
    ]


def test_fighters_flying_in_an_exercise_make_no_air_patrol(run_text):
    records, _ = run_text(
        "Egypt and China opened their first-ever joint air force exercise on Saturday, with "
        "Chinese fighter jets, an early-warning aircraft and heavy transports flying "
        "alongside Egyptian combat aircraft over the Western Desert.",
        published="2025-04-21",
    )
    assert [r["event_type"] for r in records if r["kind"] == "event"] == ["exercise"]


def test_a_timeline_line_dates_its_month_in_the_year_it_opens_with(run_text):
    records, _ = run_text(
        "The Chinese and Russian navies have held the Joint Sea series since 2012. Selected "
        "editions:\n\n- 2012: Joint Sea in the Yellow Sea, off Qingdao, in April\n",
        published="2023-07-10",
    )
    events = [r for r in records if r["kind"] == "event"]
    assert [(r["name"], r["date"]["value"]) for r in events] == [("Joint Sea-2012", "2012-04")]


def test_read_more_links_are_other_stories(run_text):
    records, _ = run_text(
        "Xi and Putin signed a joint statement in Moscow on Tuesday.\n\n"
        "Read more: Chinese, Russian bombers fly joint patrol near Alaska\n\n"
        "Read more: Russia and China to hold naval drills in Sea of Japan next month\n",
        published="2024-08-01",
    )
    assert [r for r in records if r["kind"] == "event"] == []


def test_the_dates_a_ministry_gave_date_the_drill_reported_before(run_text):
    rec = _main(
        run_text(
            "The joint strategic exercise ZAPAD/INTERACTION-2021 of China and Russia ended "
            "in Ningxia on Friday. The Russian Ministry of Defence's website gave the dates "
            "as 09.08.2021-13.08.2021.",
            published="2021-08-14",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2021-08-09", "2021-08-13")


def test_a_dated_footer_dates_the_transcript():
    assert find_dateline(
        "WORLD TODAY\nTranscript, segment 3 of 7\n\nANCHOR: Russian and Chinese specialists "
        "have begun a joint exercise.\n\n[TRANSCRIPT ENDS - segment aired Monday, 11 December "
        "2017]\n"
    ).isoformat() == "2017-12-11"
    # A day in the story's last sentence is no footer.
    assert find_dateline("Headline\n\nBody.\n\nThe drill ended on 5 May 2020.") is None


def test_a_dated_line_under_a_letterhead_dates_the_release():
    assert find_dateline(
        "PRESS SERVICE OF THE PACIFIC FLEET\nEastern Military District\n\n(Unofficial "
        "translation)\n\nSecond stage of naval exercise begins\n\nVladivostok, 18.09.2017\n\n"
        "Today, the second stage began."
    ).isoformat() == "2017-09-18"


def test_a_phase_s_last_day_is_not_the_exercise_s(run_text):
    rec = _main(
        run_text(
            "Joint Sea 2017, the Chinese-Russian naval exercise, got under way in the Baltic on "
            "Friday. The exercise runs from 21 to 28 July. Its sea phase began on Tuesday and "
            "continues until Thursday.",
            published="2017-07-25",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2017-07-21", "2017-07-28")


def test_the_exercise_held_from_dates_the_edition_before_it(run_text):
    records, _ = run_text(
        "Russia's Tsentr-2019 strategic command-staff exercise concluded on Saturday at the "
        "Donguz training ground. The exercise, held from September 16 to 21 under the command "
        "of Russia's Central Military District, involved about 128,000 personnel. Indian and "
        "Pakistani troops took part; Indian and Pakistani officers shared a tent.",
        published="2019-09-22",
    )
    rec = [r for r in records if r["kind"] == "event" and r["name"] == "Tsentr-2019"]
    assert [(r["date"]["start"], r["date"]["end"]) for r in rec] == [("2019-09-16", "2019-09-21")]


def test_the_joint_training_will_last_until_ends_the_exercise(run_text):
    rec = _main(
        run_text(
            "Belarusian and Chinese special forces began the joint exercise Eagle Assault-2024 "
            "near Brest on Monday. The joint training will last until 19 July, the ministry "
            "said.",
            published="2024-07-09",
        )[0]
    )
    assert (rec["date"]["start"], rec["date"]["end"]) == ("2024-07-08", "2024-07-19")


def test_a_two_city_dateline_is_no_patrol_day(run_text):
    rec = _main(
        run_text(
            "WASHINGTON/MOSCOW, July 26 (TNW) — Russian and Chinese strategic bombers flew "
            "together near Alaska on Thursday, in what the two countries called their eighth "
            "joint strategic air patrol.",
            published="2024-07-26",
        )[0]
    )
    assert rec["date"]["value"] == "2024-07-25"
