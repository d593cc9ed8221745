"""Forms met in sets 61 to 64: a day that only labels a statement, a report a letter
flatly denies, a season that dates the next sentence's day, a day the leaving took, an
opening ceremony before the drill's first day, a clause of "as" or "when" that says what
began or ended then, a patrol dated only by references, and datelines, footers and
military messages that carry the day in less usual ways."""

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


# -- the temporal tagger -----------------------------------------------------------------


def test_the_same_morning_skips_a_day_that_labels_a_briefing():
    text = (
        "On Tuesday four bombers flew over the strait. The navy confirmed it at its Wednesday "
        "briefing.\n\nA radar incident happened the same morning."
    )
    got = dict(_values(text, datetime.date(2021, 3, 7)))
    assert got["the same morning"] == "2021-03-02TMO"
    # control: a plain day moves the story on
    text = (
        "On Tuesday four bombers flew. On Wednesday the ships sailed. It rained the same "
        "morning."
    )
    got = dict(_values(text, datetime.date(2021, 3, 7)))
    assert got["the same morning"] == "2021-03-03TMO"


def test_a_season_dates_the_next_sentences_day_and_the_bare_day_after_it():
    text = (
        "In the spring of 2011 Colonel Ma served on the joint staff of the drill. The exercise "
        "opened on the 4th of May near Kashgar and closed on the 12th."
    )
    got = dict(_values(text, datetime.date(2021, 6, 1)))
    assert got["the 4th of May"] == "2011-05-04"
    assert got["the 12th"] == "2011-05-12"
    # control: a season that does not hold the month leaves the report's year
    text = "In the winter of 2011 he joined the staff. The exercise opened on the 4th of May."
    assert dict(_values(text, datetime.date(2021, 6, 1)))["the 4th of May"] == "2021-05-04"


def test_a_week_from_today_is_a_day():
    got = dict(_values("It is due to end a week from today.", datetime.date(2019, 9, 14)))
    assert got["a week from today"] == "2019-09-21"
    # "a week from now" stays a week
    got = dict(_values("We will know a week from now.", datetime.date(2019, 9, 14)))
    assert got["a week from now"] == "2019-W38"


def test_a_military_messages_day_month_and_two_digit_year():
    got = _values("The drill concluded on 09 MAR 23 off Chabahar.", datetime.date(2023, 3, 20))
    assert ("09 MAR 23", "2023-03-09") in got
    # a lower-case "May 22" is still the 22nd of May
    got = _values("It starts on May 22.", datetime.date(2023, 3, 20))
    assert ("May 22", "2023-05-22") in got


# -- when an article is dated ------------------------------------------------------------


def test_an_agency_dateline_between_slashes():
    from extractor.pipeline import find_dateline

    raw = "Officers to join SCO drill\n\nAlmaty, 14.07.2010 /Kazinform-X/\n\nA group of officers"
    assert str(find_dateline(raw)) == "2010-07-14"


def test_a_footer_day_with_its_hour():
    from extractor.pipeline import find_dateline

    body = "\n\n".join(f"Paragraph {k} of the release." for k in range(1, 8))
    raw = f"Joint air patrol\n\n{body}\n\n06.06.2023 (15:10)"
    assert str(find_dateline(raw)) == "2023-06-06"


def test_a_wire_dateline_under_a_desks_header_lines(run_text):
    records, _ = run_text(
        "NORTHWIRE - GRAPHICS DESK\n\nFACTBOX / IN NUMBERS\n\nMoved: 16 June 2023, 09:00 GMT\n\n"
        "China-Russia bomber patrol: in numbers\n\n"
        "TOKYO/SEOUL, June 16 (NW) - Chinese and Russian bombers carried out a joint air patrol "
        "over the Sea of Japan that ended on Wednesday.",
        published="2023-06-16",
    )
    assert all(r["date"]["start"] != "2023-06-16" for r in _events(records)), records


def test_a_dateline_of_a_day_and_a_wire_without_a_place(run_text):
    records, _ = run_text(
        "FACTBOX: Russia-China drills\n\n"
        "Jun 8, 2023 (Orbis Wire) - Chinese and Russian bombers flew their sixth joint "
        "strategic air patrol over the Sea of Japan on Tuesday and Wednesday.",
        published="2023-06-08",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2023-06-06", "2023-06-07")


# -- days that are not the drill's -------------------------------------------------------


def test_the_day_a_ministry_confirmed_the_patrol_is_not_the_patrols(run_text):
    records, _ = run_text(
        "Yesterday Russian and Chinese bombers carried out a joint air patrol over the Sea of "
        "Japan.\n\nIn Beijing today, the Chinese defence ministry also confirmed the joint "
        "patrol and said it was not aimed at any third country.",
        published="2022-05-25",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2022-05-24", "2022-05-24")


def test_a_report_the_next_sentence_denies_gives_no_day(run_text):
    records, _ = run_text(
        "Sir, - Your column of 3 September reported that the Vostok-2022 exercise \"began on "
        "Friday\". It did not. It began on Thursday the 1st and ended on Wednesday the 7th.",
        published="2022-09-17",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Vostok-2022"]
    assert _span(rec) == ("2022-09-01", "2022-09-07")


def test_a_digests_items_today_are_not_the_drills_day(run_text):
    records, _ = run_text(
        "Good morning. Four items today: the end of the Russia-China-South Africa naval drill, "
        "a port strike and two court cases.\n\n"
        "The trilateral naval exercise between South Africa, Russia and China ended yesterday "
        "off Durban. It had opened on the 17th.",
        published="2023-02-28",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "naval_exercise"]
    assert _span(rec) == ("2023-02-17", "2023-02-27")


def test_the_day_a_contingent_left_to_take_part(run_text):
    records, _ = run_text(
        "A contingent of the Nepal Army left for Chengdu, China, on Saturday to take part in "
        "the joint military exercise Sagarmatha Friendship-2. The 12-day exercise begins on "
        "Monday, Army Headquarters said.",
        published="2018-09-16",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] != "air_patrol"]
    assert _span(rec) == ("2018-09-17", "2018-09-28")


def test_a_ceremony_went_ahead_but_the_exercise_was_moved_back(run_text):
    records, _ = run_text(
        "Russia's Pacific Fleet says the sea phase of the joint exercise Joint Sea-2026, which "
        "had been scheduled to begin yesterday, got under way this morning. The opening "
        "ceremony went ahead as planned on Wednesday, but the fleet said the exercise itself "
        'had been "moved back by one day". It will continue until Tuesday.',
        published="2026-07-17",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2026"]
    assert rec["date"]["start"] == "2026-07-17"


def test_an_opening_ceremony_is_not_the_first_day_of_the_drill(run_text):
    records, _ = run_text(
        "Sailors of the two navies put to sea this morning for the active phase of the joint "
        "exercise Joint Sea-2021. It will last until Sunday, the fleet said.\n\n"
        "The Chinese ships arrived on Monday. On Wednesday the two sides held the official "
        "opening ceremony.",
        published="2021-10-14",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2021"]
    assert _span(rec) == ("2021-10-14", "2021-10-17")


def test_a_phase_of_the_exercise_does_not_point_back_at_a_patrol(run_text):
    records, _ = run_text(
        "14:10\nChina's defence ministry says the PLA Navy is taking part in Joint Sea-2026 "
        "with the Russian Navy. Both navies also say their ships will go on to conduct a joint "
        "maritime patrol in the western Pacific later this month.\n\n09:20\nRussia's Pacific "
        "Fleet says the sea phase of the joint exercise got under way this morning in Peter the "
        "Great Gulf.",
        published="2026-07-17",
    )
    phased = [r for r in _events(records) if r["date"]["start"] == "2026-07-17"]
    assert phased and all(r["event_type"] != "naval_patrol" for r in phased), records


# -- days that are -------------------------------------------------------------------------


def test_a_day_of_the_main_clause_is_the_as_clauses_start(run_text):
    records, _ = run_text(
        "Chinese and Russian warships put to sea from Qingdao on Monday as the two navies began "
        "their annual Joint Sea exercise in the Yellow Sea.",
        published="2026-07-14",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "naval_exercise"]
    assert rec["date"]["start"] == "2026-07-13"


def test_the_day_the_guns_fell_silent_when_the_phase_came_to_an_end(run_text):
    records, _ = run_text(
        "The guns over the range fell silent yesterday afternoon, when the active phase of "
        '"Peace Mission-2010" came to an end. The exercise began on 9 September.',
        published="2010-09-25",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2010"]
    assert _span(rec) == ("2010-09-09", "2010-09-24")


def test_a_closure_period_label_gives_the_days(run_text):
    records, _ = run_text(
        "Navigational warnings close several areas south of Vladivostok for a joint "
        'Russian-Chinese naval exercise, "Joint Sea 2013".\n'
        "Closure period: 05/07/2013 to 12/07/2013 inclusive.\n",
        published="2013-07-02",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2013"]
    assert _span(rec) == ("2013-07-05", "2013-07-12")


def test_a_season_dated_in_the_sentence_before_gives_the_drills_year(run_text):
    records, _ = run_text(
        'In the summer of 2007 Zhao was attached to the joint directorate of "Peace Mission '
        '2007". The exercise opened on the 9th of August in Urumqi, and it ended on the 17th.',
        published="2017-09-01",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2007"]
    assert _span(rec) == ("2007-08-09", "2007-08-17")


def test_bombers_that_took_off_met_up_and_flew_together(run_text):
    records, _ = run_text(
        'Last Friday, two Chinese H-6K bombers and two Russian Tu-95MS "Bears" took off, met '
        "up and flew together for hours over the Sea of Japan. Beijing and Moscow called it "
        'their "third joint strategic air patrol".',
        published="2021-11-24",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2021-11-19", "2021-11-19")


# -- records -----------------------------------------------------------------------------


def test_a_patrol_dated_only_by_references_joins_another_articles_report(run_texts):
    wire = (
        "U.S. and Canadian fighter jets intercepted two Russian Tu-95 bombers and two Chinese "
        "H-6 bombers flying together off Alaska on Wednesday, the North American Aerospace "
        "Defense Command said Thursday."
    )
    blog = (
        "China's defence ministry says the air forces of China and Russia organised the eighth "
        "joint strategic air patrol over the Bering Sea.\n\nA spokesman told reporters the "
        "patrol began on Wednesday and continued into Thursday."
    )
    records = run_texts((wire, "2024-07-25"), (blog, "2024-07-26"))
    patrols = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert len(patrols) == 1, patrols
    assert _span(patrols[0]) == ("2024-07-24", "2024-07-25")
    assert {p["code"] for p in patrols[0]["participants"]} == {"CHN", "RUS"}


def test_sea_cooperation_and_sagarmatha_friendship_are_known_names(run_text):
    records, _ = run_text(
        'The exercise proper ["Joint Sea 2013"; some newspapers wrote "Sea Cooperation-2013"] '
        "was conducted from the 5th to the 12th of July in Peter the Great Bay.",
        published="2013-08-14",
    )
    names = {r["name"] for r in records}
    assert "Joint Sea-2013" in names and "Cooperation-2013" not in names, names
    records, _ = run_text(
        "The first edition of the Nepal-China exercise, Sagarmatha Friendship-2017, was held "
        "in Kathmandu in April last year.",
        published="2018-09-16",
    )
    assert any(r["name"] == "Sagarmatha Friendship-2017" for r in records), records


def test_a_numbered_edition_is_the_same_name_in_roman_or_arabic():
    from extractor.evaluate import name_key

    assert name_key("Sagarmatha Friendship II") == name_key("Sagarmatha Friendship-2")
    assert name_key("Mosi II") == name_key("Mosi-2") != name_key("Mosi")
    assert name_key("Joint Sea-2015 (II)") != name_key("Joint Sea-2015")


# -- sets 65 and 66 ----------------------------------------------------------------------


def test_a_statements_that_clause_keeps_its_days(run_text):
    records, _ = run_text(
        "The South African National Defence Force said in a statement that the drill, "
        'code-named "Mosi II", will take place from February 17 to 27 off the ports of Durban '
        "and Richards Bay.",
        published="2023-01-24",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Mosi II"]
    assert _span(rec) == ("2023-02-17", "2023-02-27")


def test_a_date_time_group_in_a_notice_to_mariners():
    got = _values("Period: 170600UTC FEB 23 to 272000UTC FEB 23.", datetime.date(2023, 2, 15))
    assert ("170600UTC FEB 23", "2023-02-17") in got
    assert ("272000UTC FEB 23", "2023-02-27") in got


def test_the_one_day_told_and_the_two_day_flight(run_text):
    records, _ = run_text(
        "On Tuesday, two Chinese H-6K bombers and two Russian Tu-95MS strategic bombers flew "
        "together over the Sea of Japan. On Wednesday they were back.\n\n"
        "Beijing called it the sixth joint strategic air patrol. Moscow described the two-day "
        "patrol in almost identical language.",
        published="2023-06-10",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2023-06-06", "2023-06-07")


def test_a_phase_that_was_to_start_looks_ahead():
    from extractor.nlp import load_pipeline

    nlp = load_pipeline()
    got = {}
    for text in (
        "He said the harbour phase took place over the weekend, and the sea phase was to start "
        "on Tuesday.",
        "The talks were to have started on Tuesday.",
        "Bangladesh-China joint drill 'Golden Friendship' rescheduled, to begin Thursday",
    ):
        doc = nlp.make_doc(text)
        doc.user_data["dct"] = datetime.date(2026, 1, 12)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        got[text[:20]] = [t.value for t in doc.user_data["timexes"] if t.granularity == "day"]
    assert got["He said the harbour "] == ["2026-01-13"]
    assert got["The talks were to ha"] == ["2026-01-06"]  # a plan overtaken
    assert got["Bangladesh-China joi"] == ["2026-01-15"]


def test_a_meeting_of_the_directorate_of_the_exercise_is_not_the_exercise(run_text):
    records, _ = run_text(
        "A detachment of Pacific Fleet warships arrived today in Qingdao to take part in the "
        'joint Russian-Chinese naval exercise "Joint Sea - 2012".\n\n'
        "On 21 April a welcoming ceremony for the Russian sailors will be held at the Chinese "
        "naval base, followed by a meeting of the joint directorate of the exercise.\n\n"
        "The exercise itself will be held from 22 to 27 April 2012 in the Yellow Sea.",
        published="2012-04-20",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2012"]
    assert _span(rec) == ("2012-04-22", "2012-04-27")


def test_a_drill_that_wound_up_after_seven_days(run_text):
    records, _ = run_text(
        "Russia's Vostok-2018 strategic manoeuvres wound up yesterday after seven days of "
        "activity, with Chinese and Mongolian troops taking part.",
        published="2018-09-18",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Vostok-2018"]
    assert _span(rec) == ("2018-09-11", "2018-09-17")


# -- sets 67 and 68 ----------------------------------------------------------------------


def test_a_day_right_after_the_drills_name_before_the_reporting_tail(run_text):
    records, _ = run_text(
        "BISHKEK, 13 September (KTP). Contingents of five SCO states, among them China and "
        'Russia, will begin the joint counter-terrorism exercise "Peace Mission-2016" the day '
        "after tomorrow at the Edelweiss range near Balykchy, Issyk-Kul region, the press "
        "service of the General Staff reported today. The exercise will last seven days.",
        published="2016-09-13",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2016"]
    assert rec["date"]["start"] == "2016-09-15"


def test_a_day_before_the_drill_is_never_one_hung_on_a_later_report():
    from extractor.events import _hung_on_later_report
    from extractor.nlp import load_pipeline

    doc = load_pipeline()("On Tuesday the bombers flew a joint air patrol, the ministry said.")
    day = next(t for t in doc if t.text == "Tuesday")
    said = next(t for t in doc if t.text == "said")
    patrol = doc[day.i + 5 : day.i + 8]
    assert patrol.text == "joint air patrol"
    # The day comes before everything the drill's phrase holds: nothing to hang late.
    assert _hung_on_later_report(day, said, patrol) is False


def test_a_range_written_beside_the_name_is_not_stretched_by_a_later_day(run_text):
    records, _ = run_text(
        "The flotilla set off from Peter the Great Bay on Oct. 17, the day the two navies "
        "concluded their Joint Sea-2021 exercise there (Oct. 14-17), and sailed through the "
        "Tsugaru Strait between Honshu and Hokkaido last Monday.",
        published="2021-10-25",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2021"]
    assert _span(rec) == ("2021-10-14", "2021-10-17")


def test_cancelled_notams_for_the_first_days_are_a_plan_given_up(run_text):
    records, _ = run_text(
        'Naval exercise "MARITIME SECURITY BELT 2026" of the Iranian, Chinese and Russian '
        "navies.\n\nIranian state media quote the navy as saying the drill will be held from 3 "
        "to 6 March 2026. The exercise was originally announced for the last week of February "
        "and was moved by one week; earlier NOTAMs for 24-27 FEB have been CANCELLED.",
        published="2026-02-23",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2026"]
    assert _span(rec) == ("2026-03-03", "2026-03-06")


def test_officers_sat_down_on_the_day_to_open_the_exercise(run_text):
    records, _ = run_text(
        "Twenty years ago today, Chinese and Russian officers sat down together in Vladivostok "
        'to open an exercise that few took seriously at the time. "Peace Mission 2005" was '
        "billed as a counter-terrorism drill. It lasted eight days.",
        published="2025-08-18",
    )
    starts = {r["date"]["start"] for r in _events(records) if r["date"]}
    assert "2005-08-18" in starts, records
    assert any(_span(r) == ("2005-08-18", "2005-08-25") for r in _events(records)), records


def test_a_live_blogs_next_day_heading(run_text):
    records, _ = run_text(
        "ASIA DEFENCE LIVE\n\nFriday 29 November 2024 (all times JST)\n\n09:05\nJapan's Joint "
        "Staff Office says fighters were scrambled this morning after two Chinese H-6 bombers "
        "and two Russian Tu-95 bombers were seen over the Sea of Japan.\n\n11:50\nSeparately, "
        "Taiwan's defence ministry says it tracked PLA aircraft around the island in the past "
        "24 hours. That kind of daily report is routine.\n\n13:15\nChina's "
        "defence ministry says the air forces of China and Russia today organised their ninth "
        "joint strategic air patrol over the Sea of Japan.\n\n19:00\nWe're pausing the blog "
        "overnight.\n\nSaturday 30 November\n\n16:10\nChina's defence ministry says the joint "
        'patrol was "successfully completed" this afternoon after two days.',
        published="2024-11-29",
    )
    (rec,) = [r for r in _events(records) if r["event_type"] == "air_patrol"]
    assert _span(rec) == ("2024-11-29", "2024-11-30")
