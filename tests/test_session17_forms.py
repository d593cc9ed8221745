"""Forms met in sets 135 to 138: "exactly a week ago", an "ended" the parse joined to the
wrong verb, "from next Wednesday to Sunday", new dates in an update, a clause cut short
after a semicolon, "the drill proper", a purpose with a day of its own, a sentence that
names no sides, a notice's "military activities will be conducted", a day set beside "the
days of the exercise", and a clarification of a day said on air."""

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


def _typed(recs: list[dict], event_type: str) -> dict:
    got = [r for r in _events(recs) if r["event_type"] == event_type]
    assert len(got) == 1, [(r["event_type"], r["date"]) for r in _events(recs)]
    return got[0]


def _typed_all(recs: list[dict], event_type: str) -> list[dict]:
    return [r for r in _events(recs) if r["event_type"] == event_type]


# -- days and spans ---------------------------------------------------------------------------


def test_exactly_a_week_ago_is_that_day(run_texts):
    recs = run_texts(
        (
            "Leaders to watch Peace Mission finale\n\n"
            "Tomorrow the heads of state are expected to watch the concluding stage of Peace "
            "Mission 2007 at the Chebarkul range. The exercise formally opened exactly a week "
            "ago in Urumqi, where the general staffs held the planning phase.\n",
            "2007-08-16",
        )
    )
    assert _span(_named(recs, "Peace Mission-2007")) == ("2007-08-09", "2007-08-17")


def test_a_week_ago_alone_is_still_that_week():
    from extractor.temporal import TemporalTagger

    tagger = TemporalTagger()
    got = tagger.tag("The drill opened a week ago.", dct=datetime.date(2007, 8, 16))
    assert [(t.text, t.value) for t in got] == [("a week ago", "2007-W32")]
    got = tagger.tag("The drill opened exactly a week ago.", dct=datetime.date(2007, 8, 16))
    assert [(t.text, t.value) for t in got] == [("a week ago", "2007-08-09")]


def test_an_ended_the_parse_joined_to_the_navies_is_the_patrols(run_texts):
    recs = run_texts(
        (
            "Warships complete first joint patrol around Japan\n\n"
            "Ten Chinese and Russian warships have completed what the two countries called "
            "their first joint maritime patrol, the Russian defence ministry said on "
            "Saturday. The patrol began on Oct. 17 in the Sea of Japan, the same day the two "
            "navies concluded Joint Sea-2021, a four-day exercise off Russia's Peter the Great "
            "Bay, and ended on Saturday, according to the Russian statement.\n",
            "2021-10-25",
        )
    )
    assert _span(_typed(recs, "naval_patrol")) == ("2021-10-17", "2021-10-23")


def test_from_next_wednesday_to_sunday_is_one_span(run_texts):
    recs = run_texts(
        (
            "China and Russia to hold naval drill\n\n"
            "China and Russia will hold a joint naval exercise that will run from next "
            "Wednesday to Sunday, the ministry said.\n",
            "2026-12-04",
        )
    )
    assert _span(_typed(recs, "naval_exercise")) == ("2026-12-09", "2026-12-13")


def test_new_dates_in_an_update_replace_the_first_plan(run_texts):
    recs = run_texts(
        (
            "China, Russia to hold Joint Sea-2026 next week\n\n"
            "China and Russia will hold their Joint Sea-2026 naval exercise in the East China "
            "Sea next week, China's defence ministry said on Thursday. The exercise will run "
            "from next Wednesday to Sunday, a spokesman said.\n\n"
            "UPDATE, Sunday, December 6: Russia's Pacific Fleet said its detachment's "
            "departure had been delayed by a day because of a storm. The ships will now reach "
            "Shanghai on Wednesday, and the active phase of Joint Sea-2026 will run from "
            "Thursday, December 10, to Monday, December 14, the fleet said. China's defence "
            "ministry confirmed the new dates.\n",
            "2026-12-04",
        )
    )
    assert _span(_named(recs, "Joint Sea-2026")) == ("2026-12-10", "2026-12-14")


def test_a_clause_cut_short_after_a_semicolon_is_another_event(run_texts):
    recs = run_texts(
        (
            "What the first joint naval patrol tells us\n\n"
            "Chinese and Russian warships held Joint Sea-2021 in Peter the Great Bay and then "
            "the first joint naval patrol around Japan. The distinction is important: the "
            "exercise ran from 14 to 17 October; the patrol from 17 to 23 October. The patrol "
            "began on 17 October, the final day of the exercise, and had been completed on 23 "
            "October, the Chinese defence ministry said.\n",
            "2021-10-27",
        )
    )
    assert _span(_typed(recs, "naval_patrol")) == ("2021-10-17", "2021-10-23")
    assert _span(_named(recs, "Joint Sea-2021")) == ("2021-10-14", "2021-10-17")


def test_the_drill_proper_is_the_drill(run_texts):
    recs = run_texts(
        (
            "Chabahar: port operations during the March naval exercise\n\n"
            "Iran, China and Russia held a joint naval exercise off Chabahar this month. "
            "According to Iran's navy, the drill proper ran from Tuesday 11 March to Thursday "
            "13 March, in waters off Chabahar.\n",
            "2025-03-20",
        )
    )
    assert _span(_typed(recs, "naval_exercise")) == ("2025-03-11", "2025-03-13")


def test_a_purpose_with_its_own_day_keeps_it(run_texts):
    recs = run_texts(
        (
            "Russian and Venezuelan navies wrap up Caribbean manoeuvres\n\n"
            "The Russian task group has completed two days of combined manoeuvres with the "
            "Venezuelan Navy, the exercise VENRUS-2008, which ended on 2 December. The task "
            "group sailed from La Guaira on the evening of 30 November to begin the drills "
            "the following morning.\n",
            "2008-12-04",
        )
    )
    assert _span(_named(recs, "VENRUS-2008")) == ("2008-12-01", "2008-12-02")


def test_military_activities_in_a_notice_are_the_drills_hours(run_texts):
    recs = run_texts(
        (
            "NOTICE No. 2024-17\n"
            "Notice to fishing vessels on avoiding military exercise waters\n\n"
            "Issued: 12 July 2024\n\n"
            "The navies of China and Russia will hold the \"Joint Sea-2024\" joint maritime "
            "exercise in the sea areas off Zhanjiang. The following is hereby notified:\n\n"
            "1. Time\n"
            "Military activities will be conducted from 08:00 on 14 July 2024 to 18:00 on 17 "
            "July 2024 (Beijing time).\n\n"
            "2. Port arrangements\n"
            "Russian naval ships taking part in the exercise are expected to arrive at "
            "Zhanjiang on 13 July. Small craft shall not approach naval vessels in the harbour "
            "area on that day or on the days of the exercise.\n",
            "2024-07-12",
        )
    )
    assert _span(_named(recs, "Joint Sea-2024")) == ("2024-07-14", "2024-07-17")


def test_a_day_set_beside_the_days_of_the_exercise_is_another(run_texts):
    recs = run_texts(
        (
            "Notice on the Joint Sea-2024 exercise\n\n"
            "The navies of China and Russia will hold the Joint Sea-2024 exercise off "
            "Zhanjiang from 14 to 17 July.\n\n"
            "Russian naval ships taking part in the exercise are expected to arrive at a "
            "naval port in Zhanjiang on 13 July. Small craft shall not approach naval vessels "
            "in the harbour area on that day or on the days of the exercise.\n",
            "2024-07-12",
        )
    )
    assert [_span(r) for r in _events(recs)] == [("2024-07-14", "2024-07-17")]


# -- sides ------------------------------------------------------------------------------------


def test_a_sentence_naming_no_sides_does_not_keep_a_named_drill_apart(run_texts):
    recs = run_texts(
        (
            "Kyrgyz special forces back from Kashgar anti-terror drill\n\n"
            "A company of Kyrgyz special forces returned to Bishkek on Monday after taking "
            "part in a three-day anti-terrorism exercise with Chinese and Tajik units in "
            "China's Xinjiang region that ended on Sunday.\n\n"
            "The drill, called \"Tianshan-2-2011\", was held near the city of Kashgar, about "
            "200 kilometres from the Kyrgyz border at Torugart.\n\n"
            "The exercise follows a much larger SCO drill, Peace Mission 2010, held last "
            "September in southern Kazakhstan with forces from Kazakhstan, China, Russia, "
            "Kyrgyzstan and Tajikistan. China and Kazakhstan also held a bilateral "
            "counter-terrorism exercise, Tianshan-1, in 2006.\n",
            "2011-05-10",
        )
    )
    got = [r for r in _events(recs) if r["date"] and r["date"]["start"][:4] == "2011"]
    assert len(got) == 1, [(r["name"], r["date"]) for r in got]
    assert _span(got[0]) == ("2011-05-06", "2011-05-08")
    assert got[0]["name"] == "Tianshan-2-2011"


# -- corrections ------------------------------------------------------------------------------


def test_a_clarification_takes_back_the_day_said_on_air(run_texts):
    recs = run_texts(
        (
            "Bombers off Alaska\n\n"
            "NORAD said it intercepted two Russian Tu-95 bombers and two Chinese H-6 bombers "
            "flying a joint patrol in the Alaska air defense zone yesterday.\n\n"
            "A clarification on a story we aired at five: we said the bombers were "
            "intercepted on Tuesday. NORAD says the intercept happened yesterday, Wednesday.\n",
            "2024-07-25",
        )
    )
    got = [r for r in _events(recs) if r["event_type"] == "air_patrol"]
    assert [_span(r) for r in got] == [("2024-07-24", "2024-07-24")]


# -- forms met in sets 139 to 142 --------------------------------------------------------------


def test_the_previous_friday_counts_from_the_friday_just_told(run_texts):
    recs = run_texts(
        (
            "Joint Sea-2013 wraps up\n\n"
            "China and Russia ended their largest-ever joint naval exercise on Friday in Peter "
            "the Great Bay off Vladivostok.\n\n"
            "Joint Sea-2013 began the previous Friday, with the two sides' ships moving out of "
            "Vladivostok harbour into the bay.\n",
            "2013-07-15",
        )
    )
    assert _span(_named(recs, "Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_a_day_before_as_opens_the_sentence(run_texts):
    recs = run_texts(
        (
            "What the fourth joint air patrol tells us\n\n"
            "On 24 May, as the leaders of the United States, Japan, India and Australia met in "
            "Tokyo for the Quad summit, two Chinese H-6K bombers and two Russian Tu-95MS "
            "bombers flew a joint patrol over the Sea of Japan.\n",
            "2022-06-01",
        )
    )
    assert _span(_typed(recs, "air_patrol")) == ("2022-05-24", "2022-05-24")


def test_the_eve_of_the_drill_is_not_its_day(run_texts):
    recs = run_texts(
        (
            "China, Kazakhstan conclude first joint anti-terror exercise\n\n"
            "Security forces of China and Kazakhstan wrapped up their joint anti-terrorism "
            "exercise Tianshan-1 (2006) on Saturday, ending a drill that opened on Thursday. "
            "The two delegations had outlined the scenario at a joint press briefing in "
            "Almaty on Wednesday, the eve of the drill.\n",
            "2006-08-26",
        )
    )
    assert _span(_named(recs, "Tianshan-1-2006")) == ("2006-08-24", "2006-08-26")


def test_a_correction_of_what_the_print_edition_said(run_texts):
    recs = run_texts(
        (
            "Peace Mission 2010 ends at Matybulak\n\n"
            "The SCO's Peace Mission 2010 counter-terrorism exercise concluded on Saturday at "
            "the Matybulak range, after more than two weeks of staff work and field training. "
            "Troops from Kazakhstan, China, Russia, Kyrgyzstan and Tajikistan took part in "
            "the exercise, which opened on September 10 with a ceremony. Chinese and Russian "
            "officers said China and Russia would keep training together.\n\n"
            "CORRECTION (appended September 28, 2010): This article, as published in Monday's "
            "print edition, said the exercise opened on September 10. The opening ceremony "
            "and the start of the exercise were on September 9. The Courier regrets the "
            "error.\n",
            "2010-09-27",
        )
    )
    assert _span(_named(recs, "Peace Mission-2010")) == ("2010-09-09", "2010-09-25")


def test_the_end_of_a_share_when_the_parse_loses_the_name(run_texts):
    recs = run_texts(
        (
            "Home from Taonan\n\n"
            "The first trains carrying soldiers of the Far Eastern Military District back "
            "from China crossed the border yesterday, bringing to an end the district's part "
            "in the Russian-Chinese counter-terrorism exercise Peace Mission 2009.\n\n"
            "The five-day exercise, which ended on Sunday at the Taonan training base, opened "
            "last Wednesday.\n",
            "2009-07-28",
        )
    )
    assert _span(_named(recs, "Peace Mission-2009")) == ("2009-07-22", "2009-07-26")


def test_an_earlier_statement_giving_a_day_takes_it_back(run_texts):
    recs = run_texts(
        (
            "Chinese warships sail on after first Baltic drill with Russia\n\n"
            "Three Chinese warships that took part in the first Chinese-Russian naval exercise "
            "in the Baltic Sea joined Russia's Navy Day celebrations in St Petersburg on "
            "Sunday, after drills that brought the Chinese navy closer to NATO's shores than "
            "ever before.\n\n"
            "The exercise, the first phase of Joint Sea-2017, began last Tuesday with a "
            "harbour phase in Baltiysk. According to the Baltic Fleet's initial statement, "
            "the drills ended on Thursday.\n\n"
            "UPDATE, 31 July 2017, 17:40: The Baltic Fleet's press service told us that the "
            "at-sea phase of the drills continued until Friday, 28 July, and that its earlier "
            "statement giving Thursday as the final day referred only to the live-firing "
            "part of the programme.\n",
            "2017-07-31",
        )
    )
    assert _span(_named(recs, "Joint Sea-2017 (I)")) == ("2017-07-25", "2017-07-28")


def test_a_year_in_which_is_no_length(run_texts):
    recs = run_texts(
        (
            "From the Baltic to the Sea of Okhotsk\n\n"
            "The Chinese and Russian navies wrapped up the second stage of Joint Sea-2017 on "
            "Tuesday in the southern Sea of Okhotsk, closing a year in which the two fleets "
            "exercised together at both ends of the Eurasian landmass.\n",
            "2017-09-28",
        )
    )
    got = _named(recs, "Joint Sea-2017 (II)")
    assert _span(got) == ("2017-09-26", "2017-09-26")
    assert got["duration"] is None


def test_the_other_stage_of_a_staged_edition_by_its_ordinal(run_texts):
    recs = run_texts(
        (
            "What the second stage of Joint Sea-2017 tells us\n\n"
            "The Chinese and Russian navies wrapped up the second stage of Joint Sea-2017 on "
            "Tuesday in the Sea of Okhotsk. The second stage opened on 18 September in Peter "
            "the Great Bay. The first phase, in Peter the Great Bay, focused on submarine "
            "rescue.\n\n"
            "The first stage, held in the Baltic from 21 to 28 July, was essentially "
            "political theatre.\n",
            "2017-09-28",
        )
    )
    assert _span(_named(recs, "Joint Sea-2017 (II)")) == ("2017-09-18", "2017-09-26")
    assert _span(_named(recs, "Joint Sea-2017 (I)")) == ("2017-07-21", "2017-07-28")


def test_what_a_flight_was_not_is_no_flight(run_texts):
    recs = run_texts(
        (
            "A very busy Tuesday over the East Sea\n\n"
            "Two Chinese H-6K bombers and two Russian Tu-95MS bombers flew together over the "
            "East Sea on Tuesday. The Japanese Joint Staff published its map today. The "
            "Russian and Chinese defence ministries both called it the first joint "
            "long-range air patrol by the two air forces. So this is a "
            "genuine first, not just two countries' bombers happening to fly on the same "
            "day.\n",
            "2019-07-24",
        )
    )
    assert [_span(r) for r in _typed_all(recs, "air_patrol")] == [("2019-07-23", "2019-07-23")]


def test_flights_called_inaccurate_are_none(run_texts):
    recs = run_texts(
        (
            "Morning brief\n\n"
            "Two Chinese and two Russian bombers flew a joint air patrol over the Sea of "
            "Japan yesterday. Our view: the patrol was a single-day event. Headlines today "
            "about \"continuing joint flights\" are inaccurate; the bombers returned to base "
            "yesterday afternoon.\n",
            "2019-07-24",
        )
    )
    assert [_span(r) for r in _typed_all(recs, "air_patrol")] == [("2019-07-23", "2019-07-23")]


def test_a_day_in_the_other_that_clause_is_not_the_drills(run_texts):
    recs = run_texts(
        (
            "VENRUS-2008 circular\n\n"
            "Members are advised that a Russian Navy task group is expected at the port of La "
            "Guaira on Tuesday, 25 November 2008, for an official visit, and that the Russian "
            "and Venezuelan navies intend to conduct a joint naval exercise, named VENRUS-2008, "
            "in the Caribbean Sea on 1 and 2 December 2008.\n",
            "2008-11-24",
        )
    )
    assert _span(_named(recs, "VENRUS-2008")) == ("2008-12-01", "2008-12-02")


def test_a_notices_wider_window_told_once_gives_way(run_texts):
    recs = run_texts(
        (
            "MEMBER CIRCULAR No. 48/2008\n"
            "Subject: VENEZUELA - La Guaira port congestion and naval exercise area "
            "(VENRUS-2008), 25 November - 2 December 2008\n\n"
            "The Russian and Venezuelan navies will conduct a joint naval exercise, VENRUS-2008, "
            "in the Caribbean Sea on 1 and 2 December 2008.\n\n"
            "3. Exercise VENRUS-2008 (1-2 December)\n"
            "The Venezuelan Navy has announced that naval manoeuvres will take place on 1 and "
            "2 December 2008 north of La Orchila island.\n",
            "2008-11-24",
        )
    )
    assert _span(_named(recs, "VENRUS-2008")) == ("2008-12-01", "2008-12-02")


def test_a_timeline_weekday_takes_the_articles_order():
    """A sentence parsed alone reads "- Friday: ...; exercise ends" as ahead of the report;
    the article's list places it between its neighbours."""
    from extractor.events import _in_context
    from extractor.temporal import TemporalTagger

    article = (
        "Key dates\n"
        "- Aug 20: opening ceremony; exercise begins\n"
        "- Aug 22 onwards: at-sea phase in Peter the Great Bay\n"
        "- Friday: landing at Klerk range; closing parade; exercise ends\n"
        "- Yesterday: Chinese flotilla departs\n"
    )
    tagger = TemporalTagger()
    dct = datetime.date(2015, 8, 30)
    whole = {(t.start, t.end): t for t in tagger.tag(article, dct=dct)}
    assert whole[(article.index("Friday"), article.index("Friday") + 6)].value == "2015-08-28"
    line = "- Friday: landing at Klerk range; closing parade; exercise ends"
    alone = next(t for t in tagger.tag(line, dct=dct) if t.text == "Friday")
    offset = article.index(line)
    assert _in_context(alone, offset, whole, line).value == "2015-08-28"
    # A weekday inside a sentence keeps its own reading.
    prose = "The exercise ends on Friday."
    own = tagger.tag(prose, dct=dct)[0]
    listed = {(own.start, own.end): whole[(offset + 2, offset + 8)]}
    assert _in_context(own, 0, listed, prose) == own


# -- forms met in sets 143 to 150 --------------------------------------------------------------


def test_the_same_day_that_is_not_the_day_told_before(run_texts):
    recs = run_texts(
        (
            "Bombers over the East Sea\n\n"
            "Two Chinese and two Russian bombers flew a joint air patrol over the East Sea on "
            "Tuesday morning. On Wednesday a spokesperson for China's defence ministry said "
            "the patrol had been routine. Several analysts noted that the patrol came on the "
            "same day that a senior US official was in Seoul for talks.\n",
            "2019-07-25",
        )
    )
    assert [_span(r) for r in _typed_all(recs, "air_patrol")] == [("2019-07-23", "2019-07-23")]


def test_the_same_day_as_still_points_back(run_texts):
    recs = run_texts(
        (
            "Bears and Badgers\n\n"
            "On 22 December 2020, two Russian Tu-95MS bombers and four Chinese H-6K bombers "
            "flew a joint route over the Sea of Japan. The Russian Defence Ministry announced "
            "it the same day as the second joint air patrol of the two countries' air "
            "forces.\n",
            "2021-01-10",
        )
    )
    assert [_span(r) for r in _typed_all(recs, "air_patrol")] == [("2020-12-22", "2020-12-22")]


def test_statements_on_the_patrol_have_their_own_day(run_texts):
    recs = run_texts(
        (
            "Bombers off Alaska\n\n"
            "NORAD intercepted two Russian and two Chinese long-range bombers flying a joint "
            "patrol off Alaska on Wednesday. NORAD issued its statement late on Wednesday. The "
            "Russian and Chinese defence ministry statements on the patrol followed on "
            "Thursday.\n",
            "2024-07-26",
        )
    )
    got = _typed_all(recs, "air_patrol")
    assert [_span(r) for r in got] == [("2024-07-24", "2024-07-24")]


def test_statements_issued_the_following_day_have_their_own_day(run_texts):
    recs = run_texts(
        (
            "Joint air patrol near Alaska\n\n"
            "Strategic bombers of the Chinese and Russian air forces carried out a joint air "
            "patrol over the Bering Sea on Wednesday, the defence ministries of both "
            "countries said in statements issued the following day.\n",
            "2024-07-26",
        )
    )
    got = _typed_all(recs, "air_patrol")
    assert [_span(r) for r in got] == [("2024-07-24", "2024-07-24")]


def test_a_day_the_drill_is_asked_about_or_its_flight_rejected_is_not_its_own(run_texts):
    recs = run_texts(
        (
            "Moscow rejects Seoul's account\n\n"
            "Russia's Defense Ministry on Wednesday rejected South Korean and Japanese accounts "
            "of Tuesday's joint flight by Russian and Chinese bombers. China's defense "
            "ministry, asked about the flight at a news conference in Beijing on Wednesday, "
            "said through a spokesman that the patrol was part of an annual cooperation plan "
            "between the two militaries.\n",
            "2019-07-25",
        )
    )
    assert [_span(r) for r in _typed_all(recs, "air_patrol")] == [("2019-07-23", "2019-07-23")]


def test_the_whole_event_runs_until(run_texts):
    recs = run_texts(
        (
            "Vostok-2018, day three\n\n"
            "Vostok-2018 opened on Tuesday with Chinese and Russian troops at Tsugol. That's "
            "where we'll leave our live coverage for today. The exercise continues tomorrow in "
            "several districts and at sea; the whole event is scheduled to run until Monday.\n",
            "2018-09-13",
        )
    )
    assert _span(_named(recs, "Vostok-2018")) == ("2018-09-11", "2018-09-17")


def test_ships_on_their_way_to_a_drill_are_not_in_it_yet(run_texts):
    recs = run_texts(
        (
            "Russian ships pass Tsushima\n\n"
            "Four Russian navy ships sailed southwest through the Tsushima Strait on Friday on "
            "their way to a joint exercise with the Chinese navy in the East China Sea, the "
            "Joint Staff Office said Monday. Joint Sea-2026 opens on Tuesday with an opening "
            "ceremony in Zhoushan and runs through Saturday.\n",
            "2026-12-07",
        )
    )
    assert _span(_named(recs, "Joint Sea-2026")) == ("2026-12-08", "2026-12-12")


def test_what_followed_the_drill_has_its_own_day(run_texts):
    recs = run_texts(
        (
            "Two editions of Joint Sea\n\n"
            "The Joint Sea-2013 naval exercise of China and Russia opened on 5 July in Peter "
            "the Great Bay. Joint Sea-2013 was immediately followed, on Saturday, by a large "
            "snap combat-readiness inspection of Russia's Eastern Military District.\n",
            "2013-07-15",
        )
    )
    assert _span(_named(recs, "Joint Sea-2013")) == ("2013-07-05", None)


def test_a_days_before_clause_keeps_its_own_later_day(run_texts):
    recs = run_texts(
        (
            "Joint Sea-2013 ends\n\n"
            "China and Russia held the Joint Sea-2013 naval exercise off Vladivostok. The "
            "Chinese task group arrived in Vladivostok on 3 July, two days before the exercise "
            "formally opened with a ceremony on the Vladivostok waterfront on 5 July. The "
            "closing review was held on 12 July.\n",
            "2013-07-15",
        )
    )
    assert _span(_named(recs, "Joint Sea-2013"))[0] == "2013-07-05"


def test_a_weekday_names_the_year_of_a_memoir(run_texts):
    recs = run_texts(
        (
            "An attache's view of Vostok-2018\n\n"
            "In the last week of August 2018 the ministry informed the attache corps that we "
            "would be welcome to observe Vostok-2018 in Zabaykalsky Krai, alongside Chinese "
            "and Russian troops.\n\n"
            "We were flown back to Moscow on the 14th. The exercise went on without us for "
            "three more days and formally ended on Monday 17 September.\n",
            "2026-10-17",
        )
    )
    rec = _named(recs, "Vostok-2018")
    assert rec["date"]["end"] == "2018-09-17"
    assert rec["duration"] is None


# -- forms met in sets 151 to 154 --------------------------------------------------------------


def test_what_those_who_took_part_did_next_has_its_own_day(run_texts):
    recs = run_texts(
        (
            "Troops load for home\n\n"
            "KHABAROVSK -- Soldiers of the Far East Military District who took part in the "
            "joint Russian-Chinese exercise \"Peace Mission 2009\" began loading their vehicles "
            "onto trains at the Taonan range today, two days after the five-day drill ended on "
            "Sunday. The exercise had opened on Wednesday, July 22.\n",
            "2009-07-28",
        )
    )
    start, end = _span(_named(recs, "Peace Mission-2009"))
    assert start == "2009-07-22"
    assert end != "2009-07-28"


def test_the_last_days_of_a_drills_part_are_its_own(run_texts):
    recs = run_texts(
        (
            "Peace Mission 2009 ends\n\n"
            "China and Russia ended the Peace Mission 2009 exercise on Sunday at Taonan. The "
            "active part of the exercise was concentrated in the last three days.\n",
            "2009-07-28",
        )
    )
    assert _span(_named(recs, "Peace Mission-2009")) == ("2009-07-26", "2009-07-26")
