"""Forms met in sets 37 and 38: an explainer's "When?" answered on the next line, an update
note whose first words look like a correction, a first plan the article says was changed,
a phase's day in the newest report, the newest account of an exercise's days, and patrols
"stepped up" by a country that only watched."""

from __future__ import annotations

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


EXPLAINER = (
    "EXPLAINER: Peace Mission 2007 -- what you need to know\n\n"
    "Q: What is it?\n"
    'A: "Peace Mission 2007" is a counter-terrorism exercise of China, Russia, Kazakhstan, '
    "Kyrgyzstan and Tajikistan.\n\n"
    "{question}\n"
    "A: From August 9 to August 17. The drill opens with a staff phase in Urumqi.\n"
)


def test_the_answer_to_when_dates_the_drill_the_explainer_is_about(run_text):
    records, _ = run_text(EXPLAINER.format(question="Q: When?"), published="2007-07-30")
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2007"]
    assert _span(rec) == ("2007-08-09", "2007-08-17")


def test_days_after_another_question_date_nothing(run_text):
    records, _ = run_text(
        EXPLAINER.format(question="Q: Who pays for the trains?"), published="2007-07-30"
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2007"]
    assert rec["date"]["granularity"] == "year"


def test_an_update_notes_own_heading_is_no_correction(run_text):
    records, _ = run_text(
        "Iran, China and Russia will hold their annual naval exercise \"Maritime Security Belt "
        '2026" next month, Iranian media reported on Monday. The drill will run from March 10 '
        "to 14 off Chabahar, the admiral said.\n\n"
        "UPDATE, 26 February: Speaking to reporters on Thursday, Rear Admiral Karimzadeh said "
        'the exercise had been brought forward by two days "for operational reasons" and would '
        "now begin on Sunday, March 8, and last five days.\n",
        published="2026-02-24",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2026"]
    assert _span(rec) == ("2026-03-08", "2026-03-12")


RESCHEDULED = (
    "Warships from Iran, Russia and China began a joint naval exercise, Maritime Security "
    "Belt 2026, in the Gulf of Oman on Wednesday{late}. Iranian officials had said last month "
    "that the exercise would open on March 4. The drill would last four days, the spokesman "
    "said."
)


def test_a_first_plan_the_article_says_was_changed_dates_nothing(run_text):
    records, _ = run_text(
        RESCHEDULED.format(late=", about a week later than first announced"),
        published="2026-03-12",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2026"]
    assert _span(rec) == ("2026-03-11", "2026-03-14")


def test_a_plan_told_in_the_past_perfect_alone_still_counts(run_text):
    _, mentions = run_text(
        "Iranian officials had said last month that the joint naval exercise of Iran, Russia "
        "and China would open on March 4.",
        published="2026-02-20",
    )
    assert any(
        (m["date"] or {}).get("start") == "2026-03-04" for m in mentions if m["kind"] == "event"
    )


def test_patrols_stepped_up_by_an_onlooker_are_not_the_flight(run_text):
    records, _ = run_text(
        "Two Chinese H-6 bombers and two Russian Tu-95 bombers flew in formation over the East "
        "Sea on Tuesday in what Moscow called the first joint air patrol of the two air forces. "
        "The JCS said it had stepped up patrols around the islets on Wednesday.",
        published="2019-07-24",
    )
    assert [_span(r) for r in _events(records)] == [("2019-07-23", "2019-07-23")]


def test_a_phase_day_in_the_newest_report_does_not_start_the_exercise(run_texts):
    records = run_texts(
        (
            "The Chinese army will send about 3,200 troops to Russia to take part in the "
            "Vostok-2018 strategic exercise, the ministry said on Monday. The exercise is "
            "scheduled for Sept. 11-17.",
            "2018-08-20",
        ),
        (
            "The Vostok-2018 exercise of Russia and China involves about 300,000 personnel. It "
            "runs until Monday. President Putin is expected to watch the main phase at Tsugol "
            "on Thursday, a Kremlin spokesman said.",
            "2018-09-12",
        ),
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Vostok-2018"]
    assert _span(rec) == ("2018-09-11", "2018-09-17")


def test_the_newest_account_of_the_days_beats_an_older_one(run_texts):
    records = run_texts(
        (
            "The Russian Pacific Fleet and the Chinese navy have started the joint exercise "
            '"Northern/Interaction-2023" in the Sea of Japan. It will last until Sunday, the '
            "fleet said.",
            "2023-07-21",
        ),
        (
            'The joint patrol follows the "Northern/Interaction-2023" exercise, which the '
            "Chinese and Russian navies wrapped up in the Sea of Japan on July 23 after four "
            "days of anti-submarine and artillery drills.",
            "2023-08-01",
        ),
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Northern/Interaction-2023"]
    assert _span(rec) == ("2023-07-20", "2023-07-23")


def test_the_drill_an_ordinal_set_off_right_after_keeps_its_own_days(run_text):
    records, _ = run_text(
        "The Chinese and Russian navies held the Northern/Interaction-2023 exercise in the Sea "
        "of Japan from July 20 to 23, 2023. The third joint naval patrol was the longest. The "
        "third set off on 28 July 2023, right after the Northern/Interaction-2023 exercise in "
        "the Sea of Japan, and lasted 18 days.",
        published="2024-08-09",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Northern/Interaction-2023"]
    assert _span(rec) == ("2023-07-20", "2023-07-23")


WIRE = (
    "China, Russia begin first ever joint war games\n\n"
    "{dateline} (PTA) China and Russia today launched their first joint military exercise, "
    'code-named "Peace Mission-2005". The war games will conclude on August 25, officials '
    "said.\n"
)


def test_a_wire_story_filed_the_day_before_counts_today_from_its_dateline(run_text):
    records, _ = run_text(WIRE.format(dateline="Beijing, Aug 18"), published="2005-08-19")
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2005"]
    assert _span(rec) == ("2005-08-18", "2005-08-25")


def test_a_dateline_on_the_day_of_publication_changes_nothing(run_text):
    records, _ = run_text(WIRE.format(dateline="Beijing, Aug 19"), published="2005-08-19")
    (rec,) = [r for r in _events(records) if r["name"] == "Peace Mission-2005"]
    assert _span(rec) == ("2005-08-19", "2005-08-25")


@pytest.mark.parametrize(
    ("raw", "published", "filed"),
    [
        ("Headline\n\nBeijing, Aug 18 (PTA) China and Russia", "2005-08-19", "2005-08-18"),
        ("Headline\n\nMOSCOW, Aug. 18, 2005 - Russia", "2005-08-19", "2005-08-18"),
        # A dateline a week old is not the day the story was filed the night before.
        ("Headline\n\nMOSCOW, Aug. 11 - Russia", "2005-08-19", None),
        # Nor one with another year.
        ("Headline\n\nMOSCOW, Aug. 18, 2004 - Russia", "2005-08-19", None),
        # Nor a dateline after publication.
        ("Headline\n\nMOSCOW, Aug. 20 - Russia", "2005-08-19", None),
        # Across the turn of the year too.
        ("Headline\n\nMOSCOW, Dec. 31 - Russia", "2006-01-02", "2005-12-31"),
    ],
)
def test_filed_day_reads_the_dateline_near_publication(raw, published, filed):
    from datetime import date

    from extractor.pipeline import filed_day

    got = filed_day(raw, date.fromisoformat(published))
    assert (got.isoformat() if got else None) == filed


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("opened a week ago Thursday", "2005-08-18"),
        ("opened a week ago Monday", "2005-08-15"),
        ("opened two weeks ago Friday", "2005-08-12"),
        ("opened last Thursday", "2005-08-18"),
    ],
)
def test_a_week_ago_thursday_is_the_thursday_of_the_week_before(phrase, value):
    from datetime import date

    from extractor.temporal import get_tagger

    tags = get_tagger().tag(
        f"The exercise {phrase} in Vladivostok.",
        dct=date(2005, 8, 26),
        dct_anchor="publication_date",
    )
    assert [t.value for t in tags] == [value]


def test_a_drill_of_two_other_countries_joined_by_a_hyphen_is_not_the_pairs(run_text):
    records, _ = run_text(
        "Chinese and Russian warships began a joint naval exercise, Joint Sea-2012, in the "
        "Yellow Sea on Sunday. The exercise coincided with a standoff at Scarborough Shoal, and "
        "with the annual U.S.-Philippine Balikatan exercise, which began on April 16.",
        published="2012-04-24",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2012"]
    assert rec["date"]["start"] == "2012-04-22"


def test_us_dash_philippine_is_two_countries(analyzer):
    from extractor.nlp import load_pipeline

    doc = load_pipeline()("the annual U.S.-Philippine Balikatan exercise")
    assert [(s.text, s.label_) for s in doc.spans["gaz"]] == [
        ("U.S.", "ACTOR"),
        ("Philippine", "DEMONYM"),
    ]


def test_a_blogger_correcting_what_i_wrote_takes_the_day_back(run_text):
    records, _ = run_text(
        "Vostok-2018, the strategic exercise of Russia and China, is over.\n\n"
        "A small correction to my 12/09 post: I wrote that the exercise would end on the "
        "16th. It ended, as scheduled, on Monday the 17th.\n",
        published="2018-10-04",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Vostok-2018"]
    assert rec["date"]["end"] == "2018-09-17"


def test_as_scheduled_does_not_take_the_day_from_the_ending(run_text):
    records, _ = run_text(
        "The Vostok-2018 exercise of Russia and China began on September 11. It ended, as "
        "scheduled, on Monday the 17th.",
        published="2018-10-04",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Vostok-2018"]
    assert _span(rec) == ("2018-09-11", "2018-09-17")


def test_a_trackers_correction_box_takes_its_old_day_back(run_text):
    records, _ = run_text(
        "Chinese and Russian bombers flew the first joint air patrol over the Sea of Japan on "
        "July 23, 2019.\n\n"
        "CORRECTION\n"
        "In our July-December 2019 update, entry CRMAT-2019-07 gave the date of the first "
        "China-Russia joint strategic air patrol over the Sea of Japan as 2019-07-22. The "
        "correct date is 2019-07-23.\n",
        published="2021-01-11",
    )
    assert [_span(r) for r in _events(records)] == [("2019-07-23", "2019-07-23")]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("ran from 11/09 to 17/09/2018 across Russia", ["2018-09-11", "2018-09-17"]),
        ("ran 30/12 - 03/01/2019 in the south", ["2018-12-30", "2019-01-03"]),
        ("ran 25/11 to 27/11 off Durban", ["2018-11-25", "2018-11-27"]),
    ],
)
def test_a_slash_range_takes_the_year_written_at_its_end(text, days):
    from datetime import date

    from extractor.temporal import get_tagger

    tags = get_tagger().tag(f"The drill {text}.", dct=date(2018, 10, 4), dct_anchor="absolute")
    assert [t.value for t in tags if t.type == "DATE"] == days


def test_a_gmt_conversion_in_brackets_does_not_date_the_flight(run_text):
    records, _ = run_text(
        "Chinese and Russian military aircraft flew a joint patrol over the Sea of Japan on "
        "Wednesday, officials said. South Korea's Joint Chiefs of Staff said two Chinese and six "
        "Russian aircraft entered the KADIZ between 5:50 a.m. and 6:15 a.m. (2050-2115 GMT "
        "Tuesday) and again later in the morning.",
        published="2022-11-30",
    )
    assert [_span(r) for r in _events(records)] == [("2022-11-30", "2022-11-30")]


def test_blanking_a_gmt_conversion_keeps_every_offset():
    from extractor.pipeline import blank_asides

    text = "between 6:15 a.m. (2115 GMT Tuesday) and later"
    out = blank_asides(text)
    assert len(out) == len(text) and "Tuesday" not in out and out.endswith("and later")


LEAD = (
    "Bombers near Japan\n\n"
    "TOKYO, Dec. 22 (Asia Pacific Newswire) - Japan and South Korea scrambled fighter jets on "
    "Tuesday after Chinese and Russian bombers flew together over the Sea of Japan in what "
    "Moscow said was the two countries' second joint air patrol.\n\n"
)


def test_scrambled_jets_on_a_day_after_the_bombers_flew_dates_the_flight(run_text):
    records, _ = run_text(LEAD, published="2020-12-22")
    assert [_span(r) for r in _events(records)] == [("2020-12-22", "2020-12-22")]


def test_the_first_of_the_series_in_july_last_year_keeps_its_number(run_text):
    records, _ = run_text(
        LEAD + "The first such patrol, in July last year, caused a diplomatic row.",
        published="2020-12-22",
    )
    assert sorted(r["date"]["value"] for r in _events(records)) == ["2019-07", "2020-12-22"]


def test_a_day_inside_following_the_first_one_is_not_the_seconds(run_text):
    records, _ = run_text(
        "Chinese and Russian bombers flew over the Sea of Japan on Tuesday. This was the second "
        "joint strategic air patrol, following the first one in July last year.",
        published="2020-12-24",
    )
    assert [_span(r) for r in _events(records)] == [("2020-12-22", "2020-12-22")]


def test_before_the_end_of_the_year_is_the_drills_own_date(run_text):
    _, mentions = run_text(
        "There are reports that the Chinese and Russian militaries will conduct another joint "
        "strategic air patrol before the end of the year.",
        published="2024-09-26",
    )
    assert [m["date"] is not None for m in mentions if m["kind"] == "event"] == [True]


def test_a_channel_posts_stamp_with_its_local_time_dates_the_post():
    from extractor.pipeline import find_dateline

    text = (
        "[Translated from Russian. Post on the fleet's press channel.]\n\n"
        "Pacific Fleet | Press Service\n"
        "23.10.2021  14:05 (Vladivostok time)\n\n"
        "Today the ships completed the patrol.\n"
    )
    assert find_dateline(text).isoformat() == "2021-10-23"


def test_the_interval_that_holds_today_is_the_patrols(run_text):
    records, _ = run_text(
        "Today a joint detachment of warships of the Pacific Fleet and the Navy of the People's "
        "Liberation Army of China completed the first joint Russian-Chinese naval patrol in "
        "the Asia-Pacific region, which took place from 17 to 23 October.",
        published="2021-10-23",
    )
    assert [_span(r) for r in _events(records)] == [("2021-10-17", "2021-10-23")]


def test_a_name_with_its_year_first_is_the_same_name():
    from extractor.evaluate import name_key

    assert name_key("2022 Maritime Security Belt") == name_key("Maritime Security Belt 2022")
    assert name_key("2022") == "2022"


def test_closing_at_the_weekend_does_not_move_a_day_told(run_text):
    records, _ = run_text(
        "The drill, called \"Aerospace Security 2017\", opened in Beijing today and will run "
        "until Saturday, China and Russia said. A briefing on the results will be given after "
        "the exercise closes at the weekend.",
        published="2017-12-11",
    )
    (rec,) = _events(records)
    assert _span(rec) == ("2017-12-11", "2017-12-16")


BLOG = (
    "LIVE | China and Russia's \"Joint Sea-2025\" drills\n"
    "Last updated: Tuesday, 5 August 2025, 16:45\n\n"
    "Tue 5 Aug, 16:45 -- DRILLS WRAP UP\n"
    "Russia's Pacific Fleet says the active phase of Joint Sea-2025 ended today.\n\n"
    "{stamp} -- DRILLS BEGIN\n"
    "China and Russia begin their Joint Sea-2025 naval exercise today near Vladivostok.\n"
)


def test_a_live_blog_entry_counts_today_from_its_own_stamp(run_text):
    records, _ = run_text(BLOG.format(stamp="Fri 1 Aug, 08:15"), published="2025-08-05")
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2025"]
    assert _span(rec) == ("2025-08-01", "2025-08-05")


def test_an_entry_without_a_stamp_counts_from_the_page(run_text):
    records, _ = run_text(BLOG.format(stamp="EARLIER"), published="2025-08-05")
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2025"]
    assert _span(rec) == ("2025-08-05", "2025-08-05")


def test_the_flyers_own_confirmation_a_day_later_does_not_date_the_flight(run_text):
    records, _ = run_text(
        "NORAD says that on Wednesday it detected, tracked and intercepted two Russian Tu-95 "
        "bombers and two Chinese H-6 bombers operating in the Alaska Air Defense Identification "
        "Zone. Beijing's Ministry of National Defense confirmed today that this was the eighth "
        "joint strategic air patrol between the Chinese and Russian air forces.",
        published="2024-07-25",
    )
    assert [_span(r) for r in _events(records)] == [("2024-07-24", "2024-07-24")]


def test_the_closest_interval_holding_a_day_wins_over_a_looser_one(run_text):
    records, _ = run_text(
        "China and Russia held Joint Sea-2025 off Vladivostok. Officially the exercise ran "
        "from the 1st to the 5th of August, so Friday last week through Tuesday this week.",
        published="2025-08-08",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Joint Sea-2025"]
    assert _span(rec) == ("2025-08-01", "2025-08-05")


def test_a_range_whose_days_carry_their_weekdays_is_one_range():
    from datetime import date

    from extractor.temporal import get_tagger

    tags = get_tagger().tag(
        "Vostok-2018 ran for seven days, from Tuesday 11 to Monday 17 September.",
        dct=date(2018, 10, 22),
        dct_anchor="publication_date",
    )
    assert [t.value for t in tags if t.type == "DATE" and "-" in (t.value or "")] == [
        "2018-09-11",
        "2018-09-17",
    ]


def test_a_start_that_was_put_back_dates_nothing(run_text):
    records, _ = run_text(
        "Iran's navy says the trilateral \"Maritime Security Belt 2026\" exercise with Russia and "
        "China has opened today off the port of Chabahar, two days later than originally "
        "planned. The drill had been due to begin on Tuesday, but was put back \"because of sea "
        "conditions\", the Iranian navy said. It will now run until Monday, the statement said.",
        published="2026-03-05",
    )
    (rec,) = [r for r in _events(records) if r["name"] == "Maritime Security Belt 2026"]
    assert _span(rec) == ("2026-03-05", "2026-03-09")


def test_golden_friendship_is_its_own_series_not_friendship(run_text):
    records, _ = run_text(
        'Bangladesh and China will hold the army drill "Golden Friendship-2024" from tomorrow, '
        "the ISPR said. It will now continue until May 22.",
        published="2024-05-08",
    )
    assert [(r["name"], _span(r)) for r in _events(records)] == [
        ("Golden Friendship-2024", ("2024-05-09", "2024-05-22"))
    ]


def test_a_long_aside_between_the_bombers_and_their_verb_keeps_the_flight(run_text):
    records, _ = run_text(
        "On Thursday of last week, July 25, four bombers — two Russian Tu-95MS \"Bears\" and, "
        "for the first time, two Chinese H-6K — flew together into the Alaska Air Defense "
        "Identification Zone over the Bering Sea. Moscow's Defense Ministry called it the eighth "
        "joint strategic air patrol of the two air forces.",
        published="2024-08-02",
    )
    assert [(r["number"], _span(r)) for r in _events(records)] == [
        (8, ("2024-07-25", "2024-07-25"))
    ]


def test_a_releases_sign_off_dates_it():
    from extractor.pipeline import find_dateline

    text = (
        "China and Russia to hold second joint computer-simulated anti-missile exercise\n\n"
        "The exercise will be held from the 11th to the 16th of this month.\n\n"
        "Editor: Li Xiaoqing\n\n"
        "Ministry of National Defense, Beijing, 11 December 2017\n"
    )
    assert find_dateline(text).isoformat() == "2017-12-11"


def test_a_sentence_that_ends_on_a_day_is_no_sign_off():
    from extractor.pipeline import find_dateline

    text = "Headline\n\nBody.\n\nThe drill began in Moscow, Russia, 11 December 2017\n"
    assert find_dateline(text) is None


def test_in_the_afternoon_is_the_day_told_before(run_text):
    records, _ = run_text(
        "Chinese and Russian bombers flew their first joint air patrol on Tuesday, the JCS said. "
        "The four bombers flew south toward the East China Sea in the afternoon.",
        published="2019-07-24",
    )
    assert [_span(r) for r in _events(records)] == [("2019-07-23", "2019-07-23")]


def test_counted_bombers_and_they_were_detected_on_a_day(run_text):
    records, _ = run_text(
        "NORAD says American and Canadian fighter jets intercepted four foreign bombers — two "
        "Russian and, for the first time, two Chinese — flying in the Alaska Air Defense "
        "Identification Zone. They were detected Wednesday operating off western Alaska.",
        published="2024-07-25",
    )
    assert [_span(r) for r in _events(records)] == [("2024-07-24", "2024-07-24")]
