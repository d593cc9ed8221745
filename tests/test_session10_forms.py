"""Forms met in sets 47 to 52: a day a text bears, a phase of a drill named in a clause of
its own, a start counted back from an end, an "On this day" column, a patrol its article
dated only by pointing back, days of a month named just before, and datelines set out as a
hearing's or a news agency's header."""

from __future__ import annotations

import datetime
import io
import json
import re

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


# -- days that are not the drill's -------------------------------------------------------


def test_the_day_a_report_bears_is_not_the_patrols(run_text):
    records, _ = run_text(
        "Aviation museum chronology\n\n"
        "23.07.2019 - Two Russian Tu-95MS bombers and two Chinese H-6K bombers fly the first "
        "joint air patrol over the Sea of Japan.\n\n"
        "Note: several press reports of the first patrol were dated 24 July 2019 because of "
        "time-zone differences.",
        published="2021-03-01",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2019-07-23", "2019-07-23")


def test_the_drill_cited_as_a_reason_does_not_take_the_closings_day(run_text):
    records, _ = run_text(
        "Russia and Belarus began their joint strategic exercise Zapad-2025 this morning; it "
        "will run until Tuesday, Minsk said.\n\n"
        "Lithuania closed two border crossings from midnight Thursday, citing security "
        "concerns during the drill.",
        published="2025-09-12",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Zapad-2025"]
    assert rec["date"]["start"] == "2025-09-12"


def test_a_plan_first_scheduled_then_moved_gives_no_days(run_texts):
    announced = (
        "Iran, Russia and China will hold the Maritime Security Belt 2026 naval exercise from "
        "March 10 to 14 in the Gulf of Oman, the Iranian navy said."
    )
    report = (
        "Iranian, Russian and Chinese warships began the Maritime Security Belt 2026 naval "
        "exercise in the Gulf of Oman on Thursday, two days later than announced.\n\n"
        "The drills were first scheduled to run from March 10 to 14. A navy spokesman said "
        "they would now run until Monday."
    )
    records = run_texts((announced, "2026-02-16"), (report, "2026-03-13"))
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2026"]
    assert _span(rec) == ("2026-03-12", "2026-03-16")


def test_a_drill_first_held_in_a_year_is_no_plan_given_up(run_text):
    records, _ = run_text(
        "The Joint Sea series was first held in April 2012 in the Yellow Sea. This year's "
        "edition, Joint Sea-2014, began on Tuesday near Shanghai.",
        published="2014-05-22",
    )
    assert any(r["date"] and r["date"]["start"] == "2014-05-20" for r in _events(records))


def test_repeated_flights_in_general_are_no_patrol_of_their_own(run_text):
    records, _ = run_text(
        "Chinese and Russian bombers flew together near Japan for a second day in a row today, "
        "after two Russian Tu-95 bombers and two Chinese H-6 bombers flew together yesterday.\n\n"
        "Comments from the cabinet are expected tomorrow, but an official told us this evening "
        'that "the repeated joint flights are clearly intended as a show of force."',
        published="2023-06-07",
    )
    pats = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert pats and all(r["date"]["end"] <= "2023-06-07" for r in pats), pats


def test_a_phases_day_before_the_first_day_is_dropped(run_texts):
    announced = (
        "Vladivostok, 3 July 2013\n\n"
        'From 5 to 12 July 2013, Russian and Chinese ships will hold the joint exercise '
        '"Maritime Interaction-2013" in Peter the Great Bay.\n\n'
        "Accreditation of journalists for the sea phase is open until 12:00 local time on 4 July."
    )
    told = (
        "The active phase of the Russian-Chinese naval exercise Maritime Interaction-2013 came "
        "to an end today in Peter the Great Bay."
    )
    records = run_texts((announced, "2013-07-03"), (told, "2013-07-12"))
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2013"]
    assert _span(rec) == ("2013-07-05", "2013-07-12")


# -- days that are -----------------------------------------------------------------------


def test_a_patrol_set_off_upon_the_drills_end_starts_that_day(run_text):
    records, _ = run_text(
        "A: The two navies held the Joint Sea-2021 exercise near Vladivostok from October 14 "
        "to 17.\n\n"
        "Upon conclusion of the exercise, on the same day, the two sides formed a flotilla of "
        "ten ships and conducted the first China-Russia joint maritime patrol in the Western "
        "Pacific. The patrol was concluded on Saturday.",
        published="2021-10-25",
    )
    (pat,) = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert _span(pat) == ("2021-10-17", "2021-10-23")
    (ex,) = [r for r in _events(records) if r["name"] == "Joint Sea-2021"]
    assert _span(ex) == ("2021-10-14", "2021-10-17")


def test_it_ends_then_takes_the_day_of_the_clause_before(run_text):
    records, _ = run_text(
        "Exercise Mosi, the first naval exercise of South Africa, Russia and China, kicked off "
        "on Monday in Simon's Town.\n\n"
        "The final serials will take place on Saturday, and the exercise ends then.",
        published="2019-11-27",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Mosi"]
    assert _span(rec) == ("2019-11-25", "2019-11-30")


def test_the_phase_of_a_drill_named_in_a_clause_dates_that_drill(run_text):
    records, _ = run_text(
        "The active phase of the Russian-Chinese naval exercise, which in Chinese is called "
        "Joint Sea and here is known as Maritime Interaction, came to an end today in Peter "
        "the Great Bay.",
        published="2013-07-12",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "naval_exercise"]
    assert rec["date"]["end"] == "2013-07-12"


def test_a_later_phases_start_is_not_the_end_of_the_announced_days(run_texts):
    announced = (
        'SCO armed forces will hold the anti-terrorism exercise "Peace Mission 2007" from Aug. '
        "9 to 17, a Chinese defence spokesman announced on Thursday."
    )
    told = (
        "Yesterday morning the active phase of the joint exercise of the Shanghai Cooperation "
        'Organisation, "Mirnaya Missiya-2007", began near Chelyabinsk.\n\n'
        "The exercise formally opened last Thursday in Urumqi."
    )
    records = run_texts((announced, "2007-07-19"), (told, "2007-08-14"))
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2007"]
    assert _span(rec) == ("2007-08-09", "2007-08-17")


def test_a_start_counted_back_from_the_end_just_told(run_text):
    records, _ = run_text(
        "ON THIS DAY\n\n"
        "1991 - A ferry sinks off the coast.\n\n"
        '2007 - The SCO counter-terrorism exercise "Peace Mission 2007" ends at the Chebarkul '
        "range in Russia. The drill had opened eight days earlier in Urumqi.",
        published="2022-08-17",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2007"]
    assert _span(rec) == ("2007-08-09", "2007-08-17")


def test_an_on_this_day_entry_is_that_day_in_its_year(run_text):
    records, _ = run_text(
        "Today in history\n\n"
        "2019 - Russian and Chinese long-range bombers fly their first joint air patrol over "
        "the Sea of Japan.\n\n"
        "2001 - A new bridge opens.",
        published="2024-07-23",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2019-07-23", "2019-07-23")


def test_the_drills_which_began_on_a_day_are_those_just_named(run_text):
    records, mentions = run_text(
        'The joint anti-terrorist exercise of the SCO member states, "Peace Mission-2014", '
        "ended on Friday at Zhurihe in China.\n\n"
        "More than 7,000 servicemen from China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan "
        "took part in the drills, which began on 24 August.",
        published="2014-08-29",
    )
    (drills,) = [m for m in mentions if m["trigger"] == "drills"]
    assert drills["reference"] and drills["event_type"] == "counter_terrorism_exercise"
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2014"]
    assert _span(rec) == ("2014-08-24", "2014-08-29")


def test_the_drills_that_ended_last_week_stay_their_own(run_text):
    _, mentions = run_text(
        "Opinion: the Chinese and Russian navies held Northern/Interaction-2026 in the Sea of "
        "Japan this month.\n\n"
        "The Chinese-Russian drills that ended last week are already forgotten.",
        published="2026-09-18",
    )
    (drills,) = [m for m in mentions if m["trigger"] == "drills"]
    assert not drills["reference"]


def test_the_second_edition_of_a_drill_named_by_numbers(run_text):
    records, _ = run_text(
        "Mosi II is the wrong exercise at the wrong time\n\n"
        "On Friday, ships of the South African Navy will put to sea off Durban with Russian "
        "and Chinese ships for the second edition of an exercise called Mosi. The drills will "
        "run until the 27th.",
        published="2023-02-15",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Mosi II"]
    assert _span(rec) == ("2023-02-17", "2023-02-27")


# -- one record ---------------------------------------------------------------------------


def test_a_patrol_dated_only_by_pointing_back_joins_the_one_it_fits(run_texts):
    statement = (
        "A: The two navies held the Joint Sea-2021 exercise near Vladivostok from October 14 "
        "to 17.\n\n"
        "Upon conclusion of the exercise, on the same day, the two sides conducted the first "
        "China-Russia joint maritime patrol in the Western Pacific. The patrol was concluded "
        "on Saturday."
    )
    phone_in = (
        "GREG: Beijing and Moscow are calling it a joint maritime patrol, the first one the two "
        "navies have done. It started on Sunday, right after their drill off Vladivostok."
    )
    records = run_texts((phone_in, "2021-10-19"), (statement, "2021-10-25"))
    pats = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert len(pats) == 1, [(_span(r), r["status"]) for r in pats]
    assert {c["doc_id"] for c in pats[0]["citations"]} == {"t-1", "t-2"}


# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # the end of a range told in the past, not a deadline ahead
        ("The harbour phase took place from the 17th until the 21st.", "2023-03-07",
         ["2023-02-17", "2023-02-21"]),
        # control: told ahead, the next 17th
        ("The harbour phase will take place from the 17th until the 21st.", "2023-03-07",
         ["2023-03-17", "2023-03-21"]),
        # bare days right after the month
        ("It was held in Beijing this past December -- from the 11th to the 16th.",
         "2018-02-15", ["2017-12", "2017-12-11", "2017-12-16"]),
        # control: a sentence in between keeps the days apart from the month
        ("It ran in May. From the 3rd to the 9th of June it rested.", "2018-02-15",
         ["2017-05", "2017-06-03", "2017-06-09"]),
    ],
)
def test_bare_days_of_the_month(text, dct, want):
    from extractor.temporal import get_tagger

    got = [
        t.value
        for t in get_tagger().tag(text, dct=datetime.date.fromisoformat(dct))
        if t.type == "DATE"
    ]
    assert got == want


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("DALAPRESS NEWS AGENCY\n\n10.09.2010, 11:42 | Politics / Defence\n\nHeadline here\n",
         "2010-09-10"),
        ("TRANSCRIPT OF THE PRESS CONFERENCE\n(July 29, 2021 - English version, unofficial)\n",
         "2021-07-29"),
        ("COMMITTEE HANSARD (extract)\nDEFENCE SUB-COMMITTEE\nInquiry into missile threats\n"
         "Thursday, 15 February 2018, Canberra\n", "2018-02-15"),
    ],
)
def test_header_lines_that_open_on_their_day(head, want):
    from extractor.pipeline import find_dateline

    assert str(find_dateline(head + "\nThe exercise opened yesterday.\n")) == want


def test_a_sentence_opening_on_a_day_under_the_headline_is_no_dateline():
    from extractor.pipeline import find_dateline

    raw = (
        "Drills begin\n\nBy A. Writer\n\n"
        "July 29, 2021 was a hot day in Ningxia, and the troops of both countries marched "
        "onto the range before dawn to begin the exercise.\n"
    )
    assert find_dateline(raw) is None


def test_headlines_listed_under_related_news_are_left_out():
    from extractor.clean import BoilerplateRule, clean

    rules = [
        BoilerplateRule("list_start", re.compile(r"^Related news\s*:?$"), "related-list"),
    ]
    raw = (
        "The exercise opened yesterday.\n\n"
        "Related news:\n"
        "- 08.09.2010 Defence ministers to gather in Astana\n"
        "- 06.09.2010 Kyrgyz contingent crosses into Kazakhstan\n\n"
        "A last paragraph of the article.\n"
    )
    out = clean(raw, rules)
    assert "Kyrgyz contingent" not in out.text
    assert "A last paragraph of the article." in out.text
    assert "The exercise opened yesterday." in out.text


# -- forms met in sets 53 and 54 ---------------------------------------------------------


def test_mosi_2_is_the_second_edition(run_text):
    records, _ = run_text(
        "The exercise, named Mosi II and also referred to by Russian officials as \"Mosi-2\", "
        "opened in Durban on Friday with a harbour phase. The drill runs until 27 February.",
        published="2023-02-20",
    )
    names = {r["name"] for r in _events(records)}
    assert names == {"Mosi II"}, names


def test_a_timetable_present_after_an_aside_looks_ahead(run_text):
    records, _ = run_text(
        "CHABAHAR, Iran -- Iranian, Chinese and Russian warships sail in the Gulf of Oman on "
        "Wednesday, March 12, 2025, during Maritime Security Belt 2025. The drills, the latest "
        "in the series, run through Thursday, according to Iranian state media.",
        published="2025-03-12",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2025"]
    assert rec["date"]["end"] == "2025-03-13"


def test_leaving_port_at_the_start_of_a_drill_dates_its_start(run_text):
    records, _ = run_text(
        "CHABAHAR, Iran -- Chinese navy destroyer Baotou leaves Chabahar on Tuesday, March 11, "
        "2025, at the start of Maritime Security Belt 2025, an exercise of the navies of Iran, "
        "China and Russia in the Gulf of Oman.",
        published="2025-03-12",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2025"]
    assert rec["date"]["start"] == "2025-03-11"


def test_the_day_it_was_let_known_is_not_the_drills(run_text):
    records, _ = run_text(
        "Last week Russia's Pacific Fleet let it be known, in a few lines on its channel, that "
        "this year's naval exercise with China -- Joint Sea-2026 -- will take place in July in "
        "the Sea of Japan.",
        published="2026-05-14",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2026"]
    assert rec["date"]["granularity"] == "month" and rec["date"]["start"] == "2026-07-01"


def test_a_drill_named_as_the_subject_of_reported_is_not_dated_by_it(run_text):
    records, _ = run_text(
        "BISHKEK, August 8 (Ala-Too Info) – A contingent of the Kyrgyz armed forces is on its "
        "way to Russia's Chelyabinsk region to take part in the joint anti-terrorist exercise "
        'of the Shanghai Cooperation Organization member states, "Peace Mission – 2007" '
        '("Mirnaya missiya – 2007"), the press service of the Kyrgyz Ministry of Defense '
        "reported today.\n\nThe exercise will be held from August 9 to 17.",
        published="2007-08-08",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2007"]
    assert _span(rec) == ("2007-08-09", "2007-08-17")


def test_the_drill_that_wrapped_up_and_this_years_edition(run_text):
    records, _ = run_text(
        "The Cambodian and Chinese soldiers who took part in this year's Golden Dragon exercise "
        "went home after the drill wrapped up last Thursday.\n\n"
        "This year's edition, which began on May 16 and ran for 15 days, was the largest yet. "
        "It was originally billed to end on May 28.",
        published="2024-06-03",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Golden Dragon-2024"]
    assert _span(rec) == ("2024-05-16", "2024-05-30")


def test_a_captions_day_after_the_landmark_is_the_acts(run_text):
    records, _ = run_text(
        'From the 22nd to the 27th of April, the China-Russia "Joint Sea-2012" exercise was '
        "held in the Yellow Sea off Qingdao.\n\n"
        "Bottom: cadets return to the academy after the exercise, 28 April.",
        published="2012-05-08",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2012"]
    assert _span(rec) == ("2012-04-22", "2012-04-27")


# -- forms met in sets 55 to 58 ----------------------------------------------------------


def test_the_second_of_its_kind_and_an_end_counted_from_the_start(run_text):
    records, _ = run_text(
        "South Africa will host warships from Russia and China next month.\n\n"
        'The SANDF said the maritime exercise, code-named Mosi ("smoke" in Sesotho), would be '
        "the second of its kind. The harbour phase is due to start in Durban on 17 February, "
        "after which the ships will move off Richards Bay for the sea phase, which is set to "
        "end ten days after the start.",
        published="2023-01-26",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Mosi II"]
    assert rec["date"]["start"] == "2023-02-17"
    # The phase's end is counted from its start (a phase's end is not the record's).
    raw = _raw_mentions(
        "The harbour phase of the Mosi II exercise of South Africa, Russia and China is due to "
        "start in Durban on 17 February, after which the ships will move off Richards Bay for "
        "the sea phase, which is set to end ten days after the start.",
        "2023-01-26",
    )
    assert any(m.began == "2023-02-17" and m.ended == "2023-02-27" for m in raw), raw


def _raw_mentions(text: str, published: str) -> list:
    import hashlib

    from extractor.ingest import Document
    from extractor.pipeline import Analyzer

    doc = Document(
        doc_id="t-1", raw=text, path="t", sha256=hashlib.sha256(text.encode()).hexdigest(),
        published=datetime.date.fromisoformat(published),
    )
    return [cm.raw for p in Analyzer().analyse([doc], errors=[]) for cm in p.mentions]


def test_a_day_a_story_incorrectly_stated_is_taken_back(run_text):
    records, _ = run_text(
        "CORRECTIONS AND CLARIFICATIONS\n\n"
        'A story moved on Friday about the start of the Mosi II exercise of the navies of South '
        "Africa, Russia and China incorrectly stated that the exercise would run until 24 "
        "February. The SANDF says the exercise, which began on Friday in Durban, is scheduled "
        "to end on 27 February.",
        published="2023-02-20",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Mosi II"]
    assert _span(rec) == ("2023-02-17", "2023-02-27")


def test_a_letterheads_date_set_right_dates_the_release():
    from extractor.pipeline import find_dateline

    raw = (
        "Embassy of the People's Republic of China in South Africa\n"
        "Press Release                                                   2023/02/28\n\n"
        "Chinese naval task group concludes exercise\n\nFrom 17 to 27 February ...\n"
    )
    assert str(find_dateline(raw)) == "2023-02-28"


def test_a_heading_ending_on_its_day_and_a_bracketed_note():
    from extractor.pipeline import find_dateline

    raw = (
        "Transcript: Regular press conference of the Ministry of National Defense, July 25, "
        "2024 (excerpts)\n\nSPOKESPERSON: Good afternoon.\n"
    )
    assert str(find_dateline(raw)) == "2024-07-25"


def test_the_year_in_an_aircraft_name_dates_nothing(run_text):
    _, mentions = run_text(
        "Russia's defence ministry said two of its Tu-95MS bombers and two Chinese H-6K "
        "bombers, supported by A-50 and KJ-2000 early-warning aircraft, had carried out the "
        '"first joint air patrol" over the Sea of Japan.',
        published="2019-07-23",
    )
    assert all((m["date"] or {}).get("value") != "2000" for m in mentions), mentions


def test_a_day_before_the_clause_that_wraps_up_a_named_drill_is_not_its(run_text):
    records, _ = run_text(
        "The flotilla, five ships from each navy, set off on Oct 17 from the Sea of Japan "
        "immediately after the two countries wrapped up Joint Sea-2021, a four-day exercise off "
        "Vladivostok.",
        published="2021-10-25",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2021"]
    assert rec["date"]["granularity"] == "year"


def test_a_numbered_patrols_start_and_end_told_by_two_articles(run_texts):
    start = (
        "On Sunday, upon completion of the final episode, a joint detachment of Russian and "
        "Chinese ships set out on the first joint Russian-Chinese naval patrol in the "
        "Asia-Pacific region."
    )
    end = (
        "SINGAPORE - A joint patrol by ten Chinese and Russian warships that circled much of "
        "Japan has ended, officials said. Russia's Pacific Fleet described the operation as the "
        "first joint naval patrol of the two navies. A Russian defence ministry statement said "
        "the patrol ended on Saturday."
    )
    records = run_texts((start, "2021-10-19"), (end, "2021-10-25"))
    pats = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert [_span(r) for r in pats] == [("2021-10-17", "2021-10-23")]


def test_peace_unity_and_a_pronoun_held_a_few_words_on(run_text):
    records, _ = run_text(
        'On 29 July 2024, the opening ceremony of the "Peace Unity-2024" joint exercise of '
        "the armed forces of China, Tanzania and Mozambique was held at Mapinga.\n\n"
        "Q: Will Maritime Security Belt-2026 with Iran and Russia go ahead?\n\n"
        "A: The navies of China, Iran and Russia will hold the Maritime Security Belt-2026 "
        "exercise near Chabahar. The exercise was originally scheduled for late February. At "
        "the suggestion of the host, it has been adjusted and will now be held in March.",
        published="2026-02-26",
    )
    names = {r["name"]: r for r in _events(records)}
    assert names["Peace Unity-2024"]["event_type"] == "counter_terrorism_exercise"
    msb = names["Maritime Security Belt 2026"]
    assert (msb["date"]["start"], msb["date"]["granularity"]) == ("2026-03-01", "month")


def test_what_media_earlier_said_is_a_plan_given_up(run_text):
    records, _ = run_text(
        'The Chinese navy will take part in the "Maritime Security Belt-2026" exercise with '
        "Iran and Russia near Chabahar.\n\n"
        "Question: Iranian media earlier said the exercise would open on March 2. Is that "
        "still the plan?\n\n"
        "Answer: The schedule has been adjusted. The exercise will now begin on March 9 and "
        "last five days.",
        published="2026-02-26",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2026"]
    assert _span(rec) == ("2026-03-09", "2026-03-13")


def test_a_day_of_a_month_dated_earlier_in_the_sentence_takes_its_year():
    from extractor.temporal import get_tagger

    text = (
        "Two years ago the roles were reversed: in August 2005, Russian marines went to China "
        'for the first "Peace Mission", held from August 18 to 25.'
    )
    got = [t.value for t in get_tagger().tag(text, dct=datetime.date(2007, 8, 8))]
    assert "2005-08-18" in got and "2007-08-18" not in got
    # control: another date in between keeps the report's year
    text = "The drills in August 2005 were big; this year's start is on August 9."
    got = [t.value for t in get_tagger().tag(text, dct=datetime.date(2007, 8, 8))]
    assert "2007-08-09" in got


def test_a_closing_until_the_end_of_the_exercise_is_not_its_day(run_text):
    records, _ = run_text(
        "The anti-terrorist exercise Peace Mission 2007 runs from August 9 to 17.\n\n"
        "Police said the road to the range will be closed to traffic from the 15th until the "
        "end of the exercise.",
        published="2007-08-08",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2007"]
    assert _span(rec) == ("2007-08-09", "2007-08-17")


def test_bombers_that_lumbered_across_the_sea(run_text):
    records, _ = run_text(
        "Last Thursday, two Chinese H-6 bombers and two Russian Tu-95s lumbered across the Sea "
        "of Japan, accompanied for part of the way by fighters. Beijing and Moscow called it "
        "the seventh joint strategic air patrol.",
        published="2023-12-20",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2023-12-14", "2023-12-14")


def test_a_wire_dateline_under_a_mastheads_day(run_text):
    records, _ = run_text(
        "THE NEW LIGHT OF AYEYARWADY\nWednesday, 8 November 2023\n\n"
        "Myanmar, Russia navies hold first maritime exercise\n\n"
        "YANGON, 7 Nov — The first Myanmar-Russia maritime security exercise between the "
        "Myanmar Navy and the Russian Navy got under way in the Andaman Sea today.\n\n"
        "CORRECTION (8 Nov, 14:30): An earlier version of this report stated that the exercise "
        "would end on 10 November. The exercise ends on 9 November.",
        published="2023-11-08",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "naval_exercise"]
    assert _span(rec) == ("2023-11-07", "2023-11-09")


def test_a_conjoined_present_looks_ahead(run_text):
    records, _ = run_text(
        "Since last Friday, warships of South Africa, Russia and China have been exercising "
        'together. The drills, named "Mosi II", began in the port of Durban and continue at '
        "sea off Richards Bay, closing on the 27th.",
        published="2023-02-21",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Mosi II"]
    assert _span(rec) == ("2023-02-17", "2023-02-27")


def test_the_second_half_of_a_slashed_name_is_no_drill_of_its_own(run_text):
    records, _ = run_text(
        "The joint strategic exercise of China's Western Theater Command and Russia's Eastern "
        'Military District ended last Friday. It is rendered in English as "Zapad/Interaction-'
        '2021" and "Sibu/Cooperation-2021". The five-day drill began on 9 August.',
        published="2021-08-20",
    )
    assert not any(r["name"] == "Cooperation-2021" for r in records)


def test_a_start_supposed_for_one_day_and_counted_from_another(run_text):
    records, _ = run_text(
        "Welcome back to our live coverage of Northern/Interaction-2026, the joint exercise of "
        "the Russian and Chinese navies. The drills were supposed to go to sea on Tuesday, the "
        "14th, but a typhoon kept the ships in port. The detachment finally sailed on "
        "Wednesday, and the fleet now counts yesterday as the first day of the exercise.\n\n"
        "The exercise continues until Tuesday.",
        published="2026-07-16",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Northern/Interaction-2026"]
    assert _span(rec) == ("2026-07-15", "2026-07-21")


def test_the_day_the_press_service_reported_is_not_the_drills(run_text):
    records, _ = run_text(
        'VLADIVOSTOK, 3 July 2026 — Russian and Chinese ships will hold the joint naval exercise '
        '"Sever.Vzaimodeistviye-2026" (North.Interaction-2026) in the Sea of Japan, the press '
        "service of the Eastern Military District reported on Friday.\n\n"
        "According to the press service, the exercise will take place from 14 to 20 July.",
        published="2026-07-03",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Northern/Interaction-2026"]
    assert _span(rec) == ("2026-07-14", "2026-07-20")


def test_the_new_plan_in_the_conjunct_after_a_plan_given_up(run_text):
    records, _ = run_text(
        "Iran, Russia and China will hold the Maritime Security Belt 2023 naval exercise in the "
        "Gulf of Oman.\n\n"
        "The exercise had initially been scheduled to begin on Tuesday, March 14, Sharifzadeh "
        "said, but will now open on Wednesday and last five days.",
        published="2023-03-13",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2023"]
    assert _span(rec) == ("2023-03-15", "2023-03-19")


def test_a_day_before_the_reporting_verb_is_the_drills(run_text):
    records, _ = run_text(
        'Good morning. Russia and Belarus begin their joint strategic exercise Zapad-2025 ("West-'
        '2025") today, the Belarusian defence ministry has confirmed. It will last until Tuesday.',
        published="2025-09-12",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Zapad-2025"]
    assert _span(rec) == ("2025-09-12", "2025-09-16")


def test_two_drills_each_the_first_of_their_series_stay_apart(run_texts):
    mosi = (
        "Exercise Mosi, the first trilateral naval exercise of South Africa, Russia and China, "
        "began on Monday 25 November off Cape Town. It will end on Saturday."
    )
    msb = (
        "Iran, Russia and China held their first joint naval exercise, Maritime Security Belt "
        "2019, in the Gulf of Oman from December 27 to 30."
    )
    records = run_texts((mosi, "2019-11-26"), (msb, "2019-12-31"))
    names = sorted(r["name"] for r in _events(records) if r["name"])
    assert names == ["Maritime Security Belt 2019", "Mosi"], names


def test_another_spelling_in_some_reports_is_the_same_name(run_text):
    _, mentions = run_text(
        "Russia's Pacific Fleet said its ships will hold joint naval drills with the Chinese "
        "navy in the Sea of Japan in September.\n\n"
        "The exercise, named Northern/Interaction-2026 – rendered in some Russian reports as "
        '"Sever/Vzaimodeistviye-2026" – will involve surface ships and submarines.',
        published="2026-08-20",
    )
    # the second spelling names the drill just named; it is no report of its own
    sever = [m for m in mentions if m["trigger"].startswith("Sever")]
    assert sever and all(m["reference"] for m in sever), sever


# -- forms met in sets 59 and 60 ---------------------------------------------------------


def test_the_day_a_statement_was_released_is_not_the_patrols(run_text):
    records, _ = run_text(
        "ANCHORAGE, Alaska - U.S. and Canadian fighter jets intercepted two Russian and two "
        "Chinese long-range bombers flying near Alaska on Wednesday, NORAD said.\n\n"
        "Russia's Defense Ministry said in a statement released early Thursday that the bombers "
        "had conducted a joint patrol over the Chukchi Sea and the Bering Sea lasting more than "
        "five hours.",
        published="2024-07-25",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2024-07-24", "2024-07-24")


def test_the_drills_concluding_after_a_named_drill_are_that_drill(run_text):
    records, _ = run_text(
        "RAWALPINDI: A contingent of the Pakistan Army that took part in the multinational "
        "strategic exercise Tsentr-2019 in Russia is due home this week after the drills "
        "concluded on Saturday, the military's media wing said on Sunday.\n\n"
        "The exercise began on 16 September at the Donguz range.",
        published="2019-09-23",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Tsentr-2019"]
    assert _span(rec) == ("2019-09-16", "2019-09-21")
