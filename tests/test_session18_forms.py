"""Forms met in sets 155 to 158 and in older misses: a flyers' ministry named by a pronoun,
"It is being held" and "It had begun", a notice's period for restrictions, a teletext
page's header and a name wrapped at its hyphen, corrections joined to another verb, the
stage of a named exercise behind its description, "first in ... and then", a section name
in a masthead, a briefing day hung on a later verb, a start told alone, a plan told in the
present, an edition named by its year, "a day ahead of", an update that pushes the start
back, an aside that denies a day is the drill's, the watchers' report of an intercept, an
amendment that shortens the window, a phone-in's days, and a briefing said after a
scramble; then, from sets 159 to 170, "they start loading", "they" who are the sayers, a
timeline's weekdays counted back from today, and "our wrap-up of the exercise"."""

from __future__ import annotations

import datetime


def _events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def _span(r: dict) -> tuple[str | None, str | None]:
    return r["date"]["start"], r["date"]["end"]


def _spy_mentions(monkeypatch) -> list:
    """The raw mentions the next run clusters (to check one its records would hide)."""
    from extractor import resolve

    seen: list = []
    real = resolve.cluster_mentions

    def spy(mentions):
        seen.extend(cm.raw for cm in mentions)
        return real(mentions)

    monkeypatch.setattr(resolve, "cluster_mentions", spy)
    return seen


def _only(recs: list[dict], **want: str) -> dict:
    got = [r for r in _events(recs) if all(r[k] == v for k, v in want.items())]
    assert len(got) == 1, [(r["name"], r["event_type"], r["date"]) for r in _events(recs)]
    return got[0]


# -- forms met in sets 155 to 158 -------------------------------------------------------------


def test_its_ministry_confirming_the_next_day_is_no_sighting(run_texts):
    recs = run_texts(
        (
            "Monday, July 29, 2024\n\n"
            "Two Russian and two Chinese bombers flew together through the Alaska Air Defense "
            "Identification Zone last Wednesday. Beijing waited: its defense ministry confirmed "
            'the next day that the flight was the eighth "joint strategic air patrol" by the '
            "two air forces, covering the Chukchi Sea.\n",
            "2024-07-29",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2024-07-24", "2024-07-24")


def test_it_is_being_held_and_is_scheduled_to_conclude_today(run_texts):
    recs = run_texts(
        (
            "Tuesday, December 2, 2008\n\n"
            "LA GUAIRA -- Russian and Venezuelan naval units began a joint exercise in the "
            "Caribbean Sea on Monday. The exercise, named VENRUS-2008, brings together the "
            "cruiser Peter the Great and Venezuelan frigates. It is being held in waters off "
            "the central Venezuelan coast and is scheduled to conclude today, Tuesday, "
            "according to the Venezuelan Navy.\n",
            "2008-12-02",
        )
    )
    assert _span(_only(recs, name="VENRUS-2008")) == ("2008-12-01", "2008-12-02")


def test_it_had_begun_is_the_drill_just_named(run_texts):
    recs = run_texts(
        (
            "Broadcast: Monday 27 July 2009\n\n"
            "HOST: The Chinese and Russian armies yesterday completed their latest joint "
            "counter-terrorism exercise, Peace Mission 2009.\n\n"
            "GUEST: That was the last day of the exercise. It had begun last Wednesday, not in "
            "China but in Khabarovsk, with strategic consultations between the two general "
            "staffs.\n",
            None,
        )
    )
    assert _span(_only(recs, name="Peace Mission-2009")) == ("2009-07-22", "2009-07-26")


def test_a_notice_periods_days_are_the_restrictions(run_texts):
    recs = run_texts(
        (
            "U.S. Embassy Dushanbe, Tajikistan\nWARDEN MESSAGE\nDate: September 19, 2006\n\n"
            "Subject: Military Exercise and Road Restrictions in Khatlon Province, September "
            "20-24\n\n"
            "The Government of Tajikistan has informed the diplomatic corps that a joint "
            'Tajik-Chinese anti-terrorism exercise, named "Cooperation-2006," will be '
            "conducted in the Kulob area of Khatlon Province on Friday, September 22, and "
            "Saturday, September 23. Chinese personnel are expected to arrive at Kulob airport "
            "on Wednesday, September 20.\n",
            None,
        )
    )
    assert _span(_only(recs, name="Cooperation-2006")) == ("2006-09-22", "2006-09-23")


TELETEXT = (
    "P143  NORDVISION TEXT  143 Tue 10.08.21 19:42:31\n"
    " WORLD NEWS                       1/3\n"
    " RUSSIA AND CHINA BEGIN JOINT DRILL\n\n"
    " More than 10,000 Russian and Chinese\n"
    " troops began a five-day exercise in\n"
    " north-west China yesterday, the\n"
    " largest the two countries have held\n"
    " on Chinese soil in several years.\n\n"
    " The drill, called Zapad/Interaction-\n"
    " 2021, is taking place at the\n"
    " Qingtongxia training base in the\n"
    " Ningxia region. It ends on Friday.\n"
)


def test_a_teletext_header_dates_the_page_and_a_name_wraps_at_its_hyphen(run_texts):
    rec = _only(run_texts((TELETEXT, None)), name="Zapad/Interaction-2021")
    assert _span(rec) == ("2021-08-09", "2021-08-13")


def test_a_weekday_that_does_not_fit_the_figures_dates_nothing():
    from extractor.pipeline import find_dateline

    assert find_dateline(TELETEXT) == datetime.date(2021, 8, 10)
    # 10.08.21 was a Tuesday, not a Wednesday
    assert find_dateline(TELETEXT.replace("Tue 10.08.21", "Wed 10.08.21")) is None
    # month first, as an American page would print it
    assert find_dateline("Tue 08/10/21 WORLD NEWS\n\nText.\n") == datetime.date(2021, 8, 10)


def test_a_hyphen_at_a_line_end_before_a_year_joins_the_name():
    from extractor.clean import clean

    got = clean(TELETEXT)
    assert got.wrapped
    assert "called Zapad/Interaction-2021, is taking" in got.text
    at = got.text.index("2021, is")
    assert TELETEXT[got.offsets[at] : got.offsets[at] + 8] == "2021, is"


def test_the_second_stage_of_the_named_exercise_and_the_order_of_its_places(run_texts):
    recs = run_texts(
        (
            "19 September 2017\n\n"
            "VLADIVOSTOK - The second stage of the Russian-Chinese naval exercise Joint "
            "Sea-2017 opened on Monday with a ceremony on the quay.\n\n"
            "The drills are scheduled to run until 26 September, first in Peter the Great Bay "
            "and then in the southern part of the Sea of Okhotsk.\n",
            "2017-09-19",
        )
    )
    rec = _only(recs, name="Joint Sea-2017 (II)")
    assert _span(rec) == ("2017-09-18", "2017-09-26")


def test_a_correction_of_an_earlier_version_joined_to_another_verb(run_texts, monkeypatch):
    seen = _spy_mentions(monkeypatch)
    recs = run_texts(
        (
            "30 April 2012\n\n"
            "The Chinese and Russian navies have concluded Joint Sea-2012 in the Yellow Sea. "
            "The exercise opened on 22 April and ended on Friday.\n\n"
            "CORRECTION (30 April 2012, 16:40): An earlier version of this article, and the "
            "paragraph above that cites the pre-exercise schedule, gave the final day of "
            "Joint Sea-2012 as 26 April.\n",
            "2012-04-30",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2012")) == ("2012-04-22", "2012-04-27")
    # the day the correction sets aside is no mention's end
    assert seen
    assert "2012-04-26" not in {m.ended for m in seen}


def test_a_section_name_before_the_day_is_no_drill(run_texts):
    recs = run_texts(
        (
            "LAND & AIR FORCES MONITOR\nExercises & Training | 29 August 2018\n\n"
            "Russia confirms Chinese troops for Vostok-2018\n\n"
            "Russia's Ministry of Defence said on Tuesday that its strategic command-staff "
            "exercise Vostok-2018 will be held from 11 to 17 September, with the participation "
            "of Chinese and Mongolian troops.\n",
            "2018-08-29",
        )
    )
    assert _span(_only(recs, name="Vostok-2018")) == ("2018-09-11", "2018-09-17")


def test_an_itinerarys_headings_in_capitals_give_days():
    from extractor.temporal import get_tagger

    tagger = get_tagger()
    text = "FRIDAY 5 JULY - SUNDAY 7 JULY - opening of the exercise, harbour phase"
    got = [(t.text, t.start_date) for t in tagger.tag(text, dct=datetime.date(2013, 6, 28))]
    assert got == [
        ("FRIDAY 5 JULY", datetime.date(2013, 7, 5)),
        ("SUNDAY 7 JULY", datetime.date(2013, 7, 7)),
    ]
    # a month word in capitals with no day beside it is still no date
    assert tagger.tag("CHINA MAY JOIN DRILLS, TROOPS MARCH ON", dct=None) == []


def test_a_briefing_day_hung_on_the_phase_that_opened_later(run_texts):
    recs = run_texts(
        (
            "YINING, Aug. 26 (PNS) -- Chinese and Kazakh forces on Saturday concluded "
            '"Tianshan-1-2006", their first joint anti-terrorism exercise.\n\n'
            "The first phase took place on Thursday (Aug. 24) in Kazakhstan's Almaty Region.\n\n"
            "The exercise had been outlined to domestic and foreign journalists at a press "
            "briefing in Urumqi on Tuesday, Aug. 22, two days before the first phase opened.\n",
            "2006-08-26",
        )
    )
    assert _span(_only(recs, name="Tianshan-1-2006")) == ("2006-08-24", "2006-08-26")


def test_a_start_told_alone_meets_the_account_that_gives_the_end(run_texts):
    recs = run_texts(
        (
            "Briefing transcript -- October 19, 2021\n\n"
            "SPOKESPERSON: We are aware that the Russian Ministry of Defense announced that the "
            "Chinese and Russian navies began a joint maritime patrol on the 17th. The vessels "
            "are currently in the Pacific Ocean.\n",
            "2021-10-19",
        ),
        (
            "Analysis | Tuesday, 26 October 2021\n\n"
            "The ten-ship Chinese and Russian flotilla completed what both navies called their "
            "first-ever joint maritime patrol on Saturday.\n\n"
            "The patrol began on 17 October, when the ships left Peter the Great Bay.\n",
            "2021-10-26",
        ),
    )
    got = [r for r in _events(recs) if r["event_type"] == "naval_patrol"]
    assert len(got) == 1, [r["date"] for r in got]
    assert _span(got[0]) == ("2021-10-17", "2021-10-23")


def test_a_plan_told_in_the_present_is_for_a_day_to_come(run_texts):
    recs = run_texts(
        (
            "KHABAROVSK, Russia, July 22 (ESNA) -- China and Russia opened their joint "
            'anti-terrorism exercise "Peace Mission 2009" here on Wednesday.\n\n'
            "A review of the participating troops is planned at Taonan at the close of the "
            "exercise on Sunday.\n",
            "2009-07-22",
        )
    )
    assert _span(_only(recs, name="Peace Mission-2009")) == ("2009-07-22", "2009-07-26")


def test_an_edition_named_by_its_year_is_held_in_that_year(run_texts):
    recs = run_texts(
        (
            "PRESS RELEASE\nFor immediate release — 14 May 2026\n\n"
            'The Amur Frontier Museum will open a new temporary exhibition, "Five Days in '
            'July: Peace Mission 2009 in Photographs", on Friday 22 May 2026.\n\n'
            "Peace Mission 2009 was a joint anti-terrorist exercise of the armed forces of "
            "Russia and China. It ran from 22 to 26 July 2009.\n",
            "2026-05-14",
        )
    )
    assert _span(_only(recs, name="Peace Mission-2009")) == ("2009-07-22", "2009-07-26")


def test_a_day_ahead_of_the_start_is_another_days_and_a_section_in_capitals(run_texts):
    recs = run_texts(
        (
            "FLEET & HARBOUR REVIEW\n\nEXERCISES | 30 April 2012\n\n"
            "Joint Sea-2012: Pacific Fleet and PLA Navy wrap up Yellow Sea drill\n\n"
            "Chinese and Russian warships have returned to port after a combined exercise in "
            "the Yellow Sea that ended on Friday.\n\n"
            "The Russian ships berthed in Qingdao on Saturday 21 April, a day ahead of the "
            "start of the exercise.\n\n"
            "The exercise opened with a ceremony in Qingdao on Sunday 22 April.\n",
            "2012-04-30",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2012")) == ("2012-04-22", "2012-04-27")


def test_an_update_that_pushes_the_start_back_sets_aside_the_first_days(run_texts):
    recs = run_texts(
        (
            "10 March 2025, 11:20 GST (updated 21:45 GST)\n\n"
            "Chinese and Russian warships arrived at the Iranian port of Chabahar on Sunday "
            "ahead of a joint naval exercise with Iran in the Gulf of Oman.\n\n"
            "The exercise, called Maritime Security Belt 2025, is due to begin on Tuesday and "
            "run until Thursday, according to a statement carried by Iranian news agencies.\n\n"
            "UPDATE, 21:45 GST: Iran's navy said on Monday evening that the start of the "
            "exercise had been pushed back by one day because of weather conditions. Maritime "
            "Security Belt 2025 will now take place from Wednesday, 12 March to Friday, 14 "
            "March, a navy spokesman told state television.\n",
            "2025-03-10",
        )
    )
    rec = _only(recs, name="Maritime Security Belt 2025")
    assert _span(rec) == ("2025-03-12", "2025-03-14")


def test_a_day_beside_an_aside_that_denies_it_is_part_of_the_drill(run_texts):
    recs = run_texts(
        (
            "29 September 2017\n\n"
            "Joint Sea-2017 in the Baltic ran from 21 to 28 July at Baltiysk. After the "
            "exercise closed, the Hefei sailed to St Petersburg to join the Russian Navy Day "
            "parade on 30 July - a ceremonial event, not part of Joint Sea itself, but the "
            "part that attracted the most cameras.\n",
            "2017-09-29",
        )
    )
    got = [r for r in _events(recs) if (r["name"] or "").startswith("Joint Sea")]
    assert [_span(r) for r in got] == [("2017-07-21", "2017-07-28")]


def test_the_watchers_report_of_an_intercept_dates_the_flight(run_texts):
    recs = run_texts(
        (
            "Thursday, August 1, 2024\n\n"
            "On Wednesday, July 24, the North American Aerospace Defense Command (NORAD) said "
            "it had detected, tracked and intercepted two Russian Tu-95 and two Chinese H-6 "
            "bombers operating in the Alaska Air Defense Identification Zone.\n",
            "2024-08-01",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2024-07-24", "2024-07-24")


def test_an_amendment_that_shortens_the_window_to_days_told_one_by_one(run_texts):
    recs = run_texts(
        (
            "NOTICE TO MEMBERS No. 41/2008\nDate of issue: 24 November 2008\n\n"
            "4.1 The Bolivarian Navy of Venezuela and the Russian Navy will conduct the combined "
            "naval exercise VENRUS-2008 from 1 to 3 December 2008 in the Caribbean Sea.\n\n"
            "AMENDMENT No. 1 TO NOTICE 41/2008 - issued 26 November 2008\n\n"
            "The Capitania de Puerto advises that the exercise window for VENRUS-2008 has been "
            "shortened. The exercise will now be conducted on 1 and 2 December 2008 only.\n",
            "2008-11-24",
        )
    )
    assert _span(_only(recs, name="VENRUS-2008")) == ("2008-12-01", "2008-12-02")


def test_a_phone_in_on_a_flight_two_days_before(run_texts):
    recs = run_texts(
        (
            "Broadcast: Thursday, 24 December 2020, 21:00-22:00 KST\n\n"
            "HOST: Good evening. Christmas Eve, and we were going to talk about holiday plans, "
            "but your messages this week have been about one thing: the Chinese and Russian "
            "bombers that flew around our air defence zone the day before yesterday.\n\n"
            "GUEST: The patrol was one day. The ministry briefed reporters about it again "
            "yesterday, but nothing was flying yesterday or today as part of that patrol.\n\n"
            "GUEST: That was the first joint patrol, on the twenty-third of July last year, "
            "2019.\n",
            None,
        )
    )
    spans = sorted(_span(r) for r in _events(recs) if r["event_type"] == "air_patrol")
    assert spans == [("2019-07-23", "2019-07-23"), ("2020-12-22", "2020-12-22")]


def test_a_briefing_day_said_after_a_scramble_is_not_the_flights(run_texts):
    recs = run_texts(
        (
            "Wednesday, December 23, 2020 | National / Defense\n\n"
            "Chinese and Russian military aircraft entered the KADIZ on Tuesday, the Joint "
            "Chiefs of Staff said.\n\n"
            "Japan's Air Self-Defense Force also scrambled fighters as the bombers flew over "
            "the Sea of Japan, Japan's defence ministry said at a briefing on Wednesday.\n",
            "2020-12-23",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2020-12-22", "2020-12-22")


# -- forms met in sets 159 to 170 -------------------------------------------------------------


def test_they_start_loading_is_no_start_of_the_drill(run_texts, monkeypatch):
    seen = _spy_mentions(monkeypatch)
    recs = run_texts(
        (
            "VETERANS' FORUM > Peace Mission 2009 -- wrap-up thread\n"
            "\n"
            "#1  Sapper_Lyosha   |  Mon 27 Jul 2009, 09:14\n"
            "\n"
            "Peace Mission 2009 ended yesterday at Taonan with the big live-fire show. It "
            "began on Wednesday in Khabarovsk with the staff talks.\n"
            "\n"
            "#2  OldTanker72   |  Mon 27 Jul 2009, 11:40\n"
            "\n"
            "The official figure was 1,300 on each side, and the Chinese ministry said so in "
            "its release before the exercise.\n"
            "\n"
            "My neighbour's boy is in the rail detachment -- they start loading the trains "
            "home tomorrow, so he reckons he'll be back in Khabarovsk by the weekend.\n",
            "2009-07-27",
        )
    )
    assert _span(_only(recs, name="Peace Mission-2009")) == ("2009-07-22", "2009-07-26")
    assert seen
    assert "2009-07-28" not in {(m.date or {}).get("start") for m in seen}


def test_they_who_say_they_plan_to_open_are_the_ski_areas(run_texts, monkeypatch):
    seen = _spy_mentions(monkeypatch)
    run_texts(
        (
            "Friday, November 29, 2024\n\n"
            "Chinese and Russian bombers flew a joint patrol over the Sea of Japan today, the "
            "Joint Staff said.\n\n"
            "And snow has arrived early in the mountains. Ski areas in the Daisetsu range say "
            "they plan to open next weekend, a week ahead of schedule.\n",
            "2024-11-29",
        )
    )
    assert seen
    assert all(not m.trigger.startswith("they") for m in seen)


def test_a_timelines_weekdays_count_back_from_today(run_texts):
    recs = run_texts(
        (
            "LIVE: Joint Sea-2026 final day\nFriday, 18 September 2026\n\n"
            "11:45\nA reminder of the timeline, since a few readers have asked:\n"
            "- Saturday: Russian ships arrived at Qingdao naval pier. This was not part of the "
            "exercise.\n"
            "- Sunday: planning conference ashore.\n"
            "- Monday: exercise begins. Ships sailed for the closure areas in the morning.\n"
            "- Wednesday: main live-fire serial.\n"
            "- Today (Friday): final day.\n\n"
            "09:00\nWelcome to our live coverage of the final day of Joint Sea-2026, the "
            "annual China-Russia naval exercise.\n",
            "2026-09-18",
        )
    )
    assert _span(_only(recs, name="Joint Sea-2026")) == ("2026-09-14", "2026-09-18")


def test_our_wrap_up_of_the_exercise_is_the_coverages(analyzer):
    from extractor.events import _our_coverage_of

    def drill(text: str):
        doc = analyzer.nlp(text)
        return next(t for t in doc if t.lower_ == "exercise")

    got = drill("This live page has now closed. Follow our wrap-up of the exercise on Monday.")
    assert _our_coverage_of(got.doc[got.i : got.i + 1])
    got = drill("The ships return on Monday at the close of the exercise.")
    assert not _our_coverage_of(got.doc[got.i : got.i + 1])
