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


def test_a_mastheads_last_field_dates_the_article():
    from extractor.pipeline import find_dateline

    text = (
        "AULIE-ATA HERALD\nRegional weekly of Zhambyl oblast | English edition | Friday, 10 "
        "September 2010\n\nSCO troops open exercise\n"
    )
    assert find_dateline(text).isoformat() == "2010-09-10"


def test_a_blogs_tag_line_reports_no_drill(run_text):
    records, _ = run_text(
        'Posted 4 December 2019 by "Quartermaster" | Tags: South African Navy, PLAN, Mosi\n\n'
        "So Exercise Mosi is done. The trilateral naval drill between South Africa, Russia and "
        "China finished off the Cape on Saturday.",
        published="2019-12-04",
    )
    assert [(r["name"], r["date"]["start"]) for r in _events(records)] == [
        ("Mosi", "2019-11-30")
    ]


def test_day_month_pairs_without_a_year_make_a_range():
    from datetime import date

    from extractor.temporal import get_tagger

    tags = get_tagger().tag(
        "The harbour phase ran 25/11 to 27/11 in Cape Town. It runs 24/7.",
        dct=date(2019, 12, 4),
    )
    assert [(t.text, t.value) for t in tags] == [("25/11", "2019-11-25"), ("27/11", "2019-11-27")]


def test_ran_until_a_weekday_and_day_looks_back():
    from datetime import date

    from extractor.temporal import get_tagger

    tagger = get_tagger()
    past = tagger.tag("The exercise ran until Wednesday the 17th.", dct=date(2024, 7, 29))
    assert [t.value for t in past] == ["2024-07-17"]
    ahead = tagger.tag("The exercise will run until Wednesday.", dct=date(2024, 7, 29))
    assert [t.value for t in ahead] == ["2024-07-31"]
    # A deadline set in the past still looks ahead.
    put_off = tagger.tag("Officials postponed until Tuesday any decision.", dct=date(2024, 7, 29))
    assert [t.value for t in put_off] == ["2024-07-30"]


def test_a_sortie_told_with_an_aside_between_dashes(run_text):
    records, _ = run_text(
        "Last Thursday morning, two Chinese H-6K bombers and four Russian aircraft -- two "
        "Tu-95MS strategic bombers escorted by two Su-35 fighters -- flew into the Korea Air "
        "Defense Identification Zone.",
        published="2023-12-19",
    )
    assert [(r["event_type"], r["date"]["start"]) for r in _events(records)] == [
        ("air_patrol", "2023-12-14")
    ]


def test_bombers_intercepted_by_a_third_party_are_a_joint_sortie(run_text):
    records, _ = run_text(
        "NORAD said it detected, tracked and intercepted two Russian Tu-95MS and two Chinese "
        "H-6K bombers in the Alaska air defense identification zone on Wednesday (24 July).",
        published="2024-07-29",
    )
    events = _events(records)
    assert [(r["event_type"], r["date"]["start"]) for r in events] == [
        ("air_patrol", "2024-07-24")
    ]
    assert [p["code"] for p in events[0]["participants"]] == ["CHN", "RUS"]


def test_a_stand_on_anothers_drills_is_no_joint_drill(run_text):
    records, _ = run_text(
        "The Kremlin on Thursday defended China's large-scale military drills around Taiwan. "
        "Russian and Chinese officials prepared for a visit by Wang Yi. Russian and Chinese "
        "forces have held joint exercises in recent years.\n\n"
        "The PLA announced the end of the exercises on Wednesday evening.",
        published="2025-04-03",
    )
    assert [r for r in _events(records) if r["date"] and r["date"]["start"]] == []


def test_druzhba_is_the_series_of_friendship_with_pakistan(run_text):
    records, _ = run_text(
        'The joint counter-terrorism exercise, named "Friendship-2016" ("Druzhba-2016" in '
        "Russian), began on Saturday at Cherat with Russian and Pakistani troops.",
        published="2016-09-26",
    )
    assert [r["name"] for r in _events(records)] == ["Druzhba-2016"]


def test_a_friendship_edition_with_china_is_the_china_pakistan_youyi(run_text):
    records, _ = run_text(
        'Chinese and Pakistani troops began the "Friendship-2010" counter-terrorism exercise '
        "in Qingtongxia on Monday.",
        published="2010-07-08",
    )
    assert [(r["name"], [p["code"] for p in r["participants"]]) for r in _events(records)] == [
        ("Youyi-2010", ["CHN", "PAK"])
    ]


def test_a_day_between_the_subject_and_its_verb_dates_the_patrol(run_text):
    records, _ = run_text(
        "BEIJING/VLADIVOSTOK, July 24 (China National News Service) -- A Chinese naval fleet "
        "and a Russian naval fleet on Monday set off on a joint maritime patrol in the western "
        "and northern Pacific, the PLA Northern Theater Command said.",
        published="2023-07-24",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2023-07-24", None)
    ]


def test_selenge_is_the_mongolian_spelling_of_selenga(run_text):
    records, _ = run_text(
        'The Mongolian-Russian joint military exercise "Selenge-2024" will open at the Five '
        "Hills training area on Monday.",
        published="2024-08-23",
    )
    assert [r["name"] for r in _events(records)] == ["Selenga-2024"]


def test_an_edition_called_a_counter_terrorism_exercise_is_one(run_text):
    records, _ = run_text(
        "Russian airborne troops and Egyptian forces began their first joint counter-terrorism "
        "exercise in Egypt on Saturday. The drills, called Defenders of Friendship 2016, will "
        "run until October 26.",
        published="2016-10-16",
    )
    assert [(r["name"], r["event_type"]) for r in _events(records)] == [
        ("Defenders of Friendship-2016", "counter_terrorism_exercise")
    ]


def test_a_counter_terrorism_theme_leaves_a_plain_series_plain(run_text):
    records, _ = run_text(
        'The Mongolian-Russian joint military exercise "Selenge-2024" opens on Monday. It will '
        'focus on "planning and conducting joint counter-terrorism operations".',
        published="2024-08-23",
    )
    assert [(r["name"], r["event_type"]) for r in _events(records)] == [
        ("Selenga-2024", "exercise")
    ]


def test_a_day_in_a_bracket_cut_sentence_takes_the_sentences_tense(run_text):
    records, _ = run_text(
        "2) FRIENDSHIP BRIDGE WRAPS UP OFF ALEXANDRIA\nRussian and Egyptian navies wrapped up "
        '"Friendship Bridge-2026" (Most Druzhby-2026) in the Mediterranean off Alexandria on '
        "Monday, after five days of drills.",
        published="2026-03-06",
    )
    assert [r["date"]["end"] for r in _events(records)] == ["2026-03-02"]


def test_a_clause_with_its_own_subject_does_not_lend_it_to_the_drill(run_text):
    records, _ = run_text(
        "Chinese and Philippine vessels have been locked in a standoff at Scarborough Shoal "
        "since earlier this month, and the United States and the Philippines are currently "
        "holding their annual Balikatan exercises.",
        published="2012-04-19",
    )
    assert _events(records) == []



def test_a_kind_of_drill_a_range_cannot_hold_is_no_event(run_text):
    records, _ = run_text(
        "China and Russia will send troops to Kyrgyzstan. First, the Kyrgyz hosts have limited "
        "infrastructure, and the Edelweiss range cannot accommodate a Zhurihe-scale exercise.",
        published="2012-06-01",
    )
    assert [r for r in _events(records) if r["status"] == "negated"] == []


def test_an_sco_edition_has_china_and_russia_whoever_the_text_names(run_text):
    records, _ = run_text(
        "BISHKEK - A contingent of Kyrgyz servicemen who took part in the Shanghai Cooperation "
        "Organisation's anti-terrorist exercise \"Peace Mission - 2010\" returned to Bishkek by "
        "rail on Monday, the Kyrgyz Defence Ministry said.\n\n"
        "FACT BOX: Peace Mission - 2010\n- Dates: 09.09-25.09.2010\n",
        published="2010-09-28",
    )
    events = _events(records)
    assert [(r["name"], r["date"]["start"], r["date"]["end"]) for r in events] == [
        ("Peace Mission-2010", "2010-09-09", "2010-09-25")
    ]
    assert {"CHN", "RUS"} <= {p["code"] for p in events[0]["participants"]}


def test_a_day_a_day_after_the_flight_is_not_the_flights(run_text):
    records, _ = run_text(
        "Diplomats are still trading accusations tonight, a day after Russian and Chinese "
        "bombers flew together over the East Sea for the first time.",
        published="2019-07-24",
    )
    assert [r["date"] for r in _events(records) if r["date"] and r["date"]["start"]] == []


def test_the_day_of_a_line_taken_on_a_patrol_is_not_the_patrols(run_text):
    records, _ = run_text(
        "Chinese and Russian bombers flew a joint patrol over the Sea of Japan on Tuesday. "
        "The Kremlin's line today is that the patrol was pre-planned and legal.",
        published="2019-07-24",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2019-07-23", "2019-07-23")
    ]


def test_a_roman_numbered_edition_is_named_with_its_numeral(run_text):
    records, _ = run_text(
        "The Chinese and Pakistani air forces began the Shaheen-IX joint exercise on "
        "Wednesday. Shaheen-IX is scheduled to conclude on December 23.",
        published="2020-12-11",
    )
    assert [(r["name"], r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("Shaheen IX", "2020-12-09", "2020-12-23")
    ]


def test_a_country_said_to_take_no_part_is_not_the_articles_pair(run_text):
    records, _ = run_text(
        "MOSCOW - The Russian Foreign Ministry on Friday denounced the NATO naval exercise "
        'BALTOPS 2025. "Under the pretext of so-called defensive exercises, the alliance is '
        'practising operations next to our borders," the spokeswoman said. The US-led exercise '
        "began on Tuesday and will last until June 20.\n\nRussia is not participating. "
        '"Our joint exercises with China are transparent," she said, and Russian and Chinese '
        "officials will meet next week.",
        published="2025-06-06",
    )
    assert [r for r in _events(records) if r["date"] and r["date"]["start"]] == []


def test_came_to_an_end_ends_the_drill_and_joins_its_start(run_text):
    records, _ = run_text(
        "The joint naval exercise VENRUS-2008 between the Venezuelan Navy and a Russian task "
        "force came to an end this afternoon off La Orchila island. The manoeuvres, which "
        "began on Monday, included search and rescue at sea.",
        published="2008-12-02",
    )
    assert [(r["name"], r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("VENRUS-2008", "2008-12-01", "2008-12-02")
    ]


def test_a_start_first_indicated_then_revised_is_not_the_start(run_text):
    records, _ = run_text(
        'A contingent left for Russia to take part in the exercise "Tsentr-2019", with '
        "Chinese and Russian troops. The exercise will be held from 16th to 21st September. "
        "The Russian side had initially indicated that the active phase would begin on 9th "
        "September, but the schedule was subsequently revised.",
        published="2019-09-12",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2019-09-16", "2019-09-21")
    ]


def test_bombers_that_joined_others_fly_a_joint_patrol(run_text):
    records, _ = run_text(
        "On Tuesday, two Russian Tu-95MS strategic bombers joined two Chinese H-6K bombers over "
        "the Sea of Japan.",
        published="2025-12-12",
    )
    assert [(r["event_type"], r["date"]["start"]) for r in _events(records)] == [
        ("air_patrol", "2025-12-09")
    ]


def test_what_patrols_tend_to_do_is_no_patrol(run_text):
    records, _ = run_text(
        "Chinese and Russian patrols have tended to cluster in two windows, around May-July and "
        "November-December.",
        published="2025-12-12",
    )
    assert _events(records) == []


def test_it_kicked_off_dates_the_exercise_just_named(run_text):
    records, _ = run_text(
        'The Russian-Chinese computer exercise is called "Aerospace Security 2016". It kicked '
        "off Thursday of last week and ran for three days, through the Saturday.",
        published="2016-06-03",
    )
    assert [(r["date"]["start"], r["date"]["end"]) for r in _events(records)] == [
        ("2016-05-26", "2016-05-28")
    ]


def test_the_last_day_of_a_phase_is_no_span_back_from_today(run_text):
    records, _ = run_text(
        'We begin with the joint strategic exercise of Belarus and Russia, "Zapad-2013". '
        "Tomorrow the final episode will be played out. That will be the last day of the "
        "active phase.",
        published="2013-09-25",
    )
    assert all(r["date"]["value"] != "P1D" for r in _events(records))


def test_a_dated_line_with_its_hour_dates_the_release():
    from extractor.pipeline import find_dateline

    text = (
        "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION\nInformation and Mass Communications "
        "Department\n\n25.07.2024 (09:40)\n\nRussian and Chinese long-range aviation aircraft "
        "performed an air patrol\n"
    )
    assert find_dateline(text).isoformat() == "2024-07-25"
    assert find_dateline("RUSWIRE\n6 June 2025, 16:05 MSK\n\nMoscow slams").isoformat() == (
        "2025-06-06"
    )
