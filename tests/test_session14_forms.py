"""Forms met in sets 87 to 90: a fact box's bracketed note with another day after a
semicolon, a bulletin's heading day, "it had concluded a joint exercise", a masthead with
an issue number, new dates "rather than" the old ones, days "previously notified", a
Russian-style pair of days with no year, "X was not part of the exercise", and a plan
announced "in July" before a delay."""

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


def _only(recs: list[dict]) -> dict:
    recs = _events(recs)
    assert len(recs) == 1, [(r["name"], r["date"]) for r in recs]
    return recs[0]


# -- when the article is dated -------------------------------------------------------------


def test_a_masthead_with_an_issue_number_dates_the_article():
    from extractor.pipeline import find_dateline

    raw = (
        "SOUTH URALS HERALD\nChelyabinsk, No. 147, 14.08.2007\n[Translated from Russian]\n\n"
        "Troops begin field phase\n\nThe field phase got under way yesterday."
    )
    assert find_dateline(raw) == datetime.date(2007, 8, 14)


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("THE DAILY NEWS\nVol. XII, No. 211 — Tuesday, August 14, 2007", "2007-08-14"),
        ("Headline here\n\nBy John Smith | 14 Aug 2007, 10:32 IST", "2007-08-14"),
        ("Headline\n\nWritten by A. Author on 14.08.2007", "2007-08-14"),
        ("Headline\n\n(Xinhua) 14:05, August 14, 2007", "2007-08-14"),
        ("Headline\nSource: Defence Ministry | 2007-08-14 16:20", "2007-08-14"),
        ("RADIO NORDLICHT\nBulletin script, 0600 UTC, Thursday 13 September 2018", "2018-09-13"),
        (
            "Transcript of the Press Conference\nDecember 29, 2022 (translated excerpts)",
            "2022-12-29",
        ),
        ("Government of the Amur Region\nTranslated from Russian · 15 June 2023", "2023-06-15"),
        # controls: sentences, a span and a day that reads either way round
        ("Headline\n\nThe drills began on 14 August 2007 near Chebarkul.", None),
        ("Library index\nCoverage: clippings received 1 August – 29 September 2025", None),
        ("Headline\nTalks held 4 November 2021 in Moscow, ministers say", None),
        ("WEEK AHEAD\nDEFENCE WEEK AHEAD: SEPT 7–13, 2026", None),
        ("BULLETIN\nMeeting on 12/03/2025 · Harbour office", None),
    ],
)
def test_a_masthead_or_byline_line_dates_the_article(header, day):
    from extractor.pipeline import find_dateline

    got = find_dateline(header + "\n\nBody text of the article follows here.")
    assert (got.isoformat() if got else None) == day


# -- the temporal tagger -----------------------------------------------------------------


def test_a_russian_style_pair_of_days_without_a_year():
    got = _values(
        "The exercise was held from 22.08 to 29.08 at the Chebarkul training ground.",
        datetime.date(2018, 9, 1),
    )
    assert ("22.08", "2018-08-22") in got and ("29.08", "2018-08-29") in got
    # controls: figures, not days
    assert _values("Output rose from 22.08 to 29.08 percent.", datetime.date(2018, 9, 1)) == []
    assert _values("The index moved from 1.5 to 2.7.", datetime.date(2018, 9, 1)) == []


# -- days that are not the drill's ----------------------------------------------------------


def test_a_statement_day_after_a_semicolon_in_a_fact_box(run_texts):
    r = _only(
        run_texts(
            (
                "Bombers off Alaska\n\nOn Wednesday last week, two Russian Tu-95MS and two "
                "Chinese H-6K bombers flew a joint air patrol over the Bering Sea.\n\n"
                "Key facts\n"
                "- Date: 24 July 2024 (a single-day sortie; China's defence ministry issued "
                "its statement the following day).\n"
                "- Moscow and Beijing described the flight as the eighth joint strategic air "
                "patrol.",
                "2024-07-29",
            )
        )
    )
    assert _span(r) == ("2024-07-24", "2024-07-24")


def test_a_bulletins_heading_day_is_not_the_flights(run_texts):
    r = _only(
        run_texts(
            (
                "MORNING SEOUL\n\nANCHOR: Good morning. Our top story this morning: Chinese "
                "and Russian military aircraft flew into our air defence identification zone "
                "yesterday, again without notice. China's defence ministry said it was the "
                "seventh joint strategic air patrol by the two countries.",
                "2023-12-15",
            )
        )
    )
    assert _span(r) == ("2023-12-14", "2023-12-14")


def test_what_is_not_part_of_the_exercise_keeps_its_day(run_texts):
    r = _only(
        run_texts(
            (
                "LIVE: defence updates\n\n08:05\nChina and Russia begin their annual "
                '"Joint Sea-2025" naval exercise today in the Sea of Japan.\n\n08:42\n'
                "A reminder that the Chinese ships arrived in Vladivostok on Tuesday. "
                "Tuesday's arrival and the welcoming ceremony at the pier were not part of "
                "the exercise itself.\n\n10:55\nRussia's Defence Ministry says the exercise "
                "will run until Tuesday, 5 August.",
                "2025-08-01",
            )
        )
    )
    assert r["name"] == "Joint Sea-2025"
    assert _span(r) == ("2025-08-01", "2025-08-05")
    assert r["status"] != "negated"


def test_new_days_rather_than_the_old_ones(run_texts):
    r = _only(
        run_texts(
            (
                "Russia to hold Vostok-2022\n\nMOSCOW - The Vostok-2022 strategic "
                "command-staff exercise will be held from Aug. 30 to Sept. 5 with troops from "
                "China and India, the ministry said.\n\n---\nUPDATE, Aug. 30, 2022: Russia's "
                "Defence Ministry said on Tuesday that Vostok-2022 will be held from "
                "Thursday, Sept. 1, to Sept. 7, rather than from Aug. 30 to Sept. 5 as "
                "announced earlier.",
                "2022-08-25",
            )
        )
    )
    assert _span(r) == ("2022-09-01", "2022-09-07")


def test_days_previously_notified_give_way_to_the_new_ones(run_texts):
    r = _only(
        run_texts(
            (
                "OPERATIONS UPDATE\n\nThe dates of the Russian-Chinese naval exercise "
                '"Joint Sea-2026" have been changed. The exercise, previously notified for '
                "18–23 August, will now be held from 20 August to 25 August 2026 in the "
                "Peter the Great Gulf.",
                "2026-08-17",
            )
        )
    )
    assert _span(r) == ("2026-08-20", "2026-08-25")


def test_a_plan_announced_in_july_before_a_delay(run_texts):
    r = _only(
        run_texts(
            (
                "Vostok live\n\nRussia's Vostok-2026 exercise with China opened yesterday, a "
                "week later than first announced, and is due to run until Sunday.\n\n"
                "In July, Moscow announced that Vostok-2026 would run from 7 to 13 September. "
                "At the end of August the ministry pushed the schedule back by a week.",
                "2026-09-15",
            )
        )
    )
    assert _span(r) == ("2026-09-14", "2026-09-20")


def test_a_past_edition_held_previously_keeps_its_days(run_texts):
    # control for the plan rules above: "previously held" is a past edition, not a plan
    recs = _events(
        run_texts(
            (
                "Drills again\n\nChina and Russia will hold Joint Sea-2016 from September 12 "
                "to 19, the navy said. The two navies previously held Joint Sea-2015 (II) "
                "from 20 to 28 August 2015 in the Sea of Japan.",
                "2016-09-05",
            )
        )
    )
    by_name = {r["name"]: r for r in recs}
    assert _span(by_name["Joint Sea-2016"]) == ("2016-09-12", "2016-09-19")
    assert _span(by_name["Joint Sea-2015 (II)"]) == ("2015-08-20", "2015-08-28")


# -- days that are ------------------------------------------------------------------------


def test_it_had_concluded_a_joint_exercise(run_texts):
    r = _only(
        run_texts(
            (
                "South Africa wraps up naval drill\n\nJOHANNESBURG, Feb 28 - South Africa's "
                "navy said it had concluded a joint exercise with Russian and Chinese "
                "warships off its east coast on Monday.",
                "2023-02-28",
            )
        )
    )
    assert r["date"]["end"] == "2023-02-27"
    assert {p["code"] for p in r["participants"]} >= {"CHN", "RUS"}


# -- robustness ---------------------------------------------------------------------------


def _two_articles() -> str:
    return "\n".join(
        json.dumps({"doc_id": f"t-{k}", "text": text, "published": "2018-09-20"})
        for k, text in enumerate(
            [
                "Vostok-2018 began on September 11 in Russia's Eastern Military District "
                "with Chinese troops.",
                "Joint Sea-2018 never happened; the navies held Joint Sea-2017 from July 21 to "
                "July 28, 2017 in the Baltic Sea.",
                "Vostok-2018, which Russia held with China from September 11 to 17, was the "
                "largest since 1981.",
            ],
            1,
        )
    )


def test_a_bug_clustering_one_article_loses_only_that_articles_records(analyzer, monkeypatch):
    """An exception while clustering (not while building a record) stopped the whole run;
    now the article whose mentions cannot be clustered even alone is reported (E026) and
    the other articles are merged as usual."""
    from extractor import resolve
    from extractor.pipeline import extract

    real = resolve.compatible

    def flaky(m, c):
        if m.doc_id == "t-2" or "t-2" in c.docs():
            raise KeyError("boom")
        return real(m, c)

    monkeypatch.setattr(resolve, "compatible", flaky)
    res = extract(inputs=["-"], analyzer=analyzer, stdin=io.StringIO(_two_articles()))
    assert [e.code for e in res.errors] == ["E026"]
    assert res.errors[0].path.endswith("2")  # the second line of the input
    assert "KeyError: 'boom'" in res.errors[0].message
    vostok = [r for r in _events(res.records) if r["name"] == "Vostok-2018"]
    assert len(vostok) == 1 and sorted({c["doc_id"] for c in vostok[0]["citations"]}) == [
        "t-1",
        "t-3",
    ]
    assert not any(r["name"] == "Joint Sea-2017" for r in res.records)


def test_a_bug_merging_across_articles_keeps_each_articles_records_apart(analyzer, monkeypatch):
    """If every article clusters alone but not together, each article's records are
    written unmerged and every article is told so (E027)."""
    from extractor import resolve
    from extractor.pipeline import extract

    real = resolve.compatible

    def flaky(m, c):
        if c.docs() and m.doc_id not in c.docs():
            raise RuntimeError("across")
        return real(m, c)

    monkeypatch.setattr(resolve, "compatible", flaky)
    res = extract(inputs=["-"], analyzer=analyzer, stdin=io.StringIO(_two_articles()))
    assert [e.code for e in res.errors] == ["E027"] * 3
    assert all("RuntimeError: across" in e.message for e in res.errors)
    vostok = [r for r in _events(res.records) if r["name"] == "Vostok-2018"]
    assert len(vostok) == 2
    assert any(r["name"] == "Joint Sea-2017" for r in res.records)


def test_days_an_update_says_the_drill_will_now_be_held_replace_the_first_ones(run_texts):
    r = _only(
        run_texts(
            (
                "Pacific Fleet and Chinese Navy to hold Maritime Interaction-2026\n\n"
                'The joint naval exercise "Maritime Interaction - 2026" of Russia and China '
                "will be held from 7 to 12 September in the waters of Peter the Great Gulf, the "
                "press service said.\n\nUPDATE, 21.08.2026: The Pacific Fleet press service "
                'said on Friday that the timing had been adjusted. "Maritime Interaction - '
                '2026" will now be held from 9 to 14 September.',
                "2026-08-18",
            )
        )
    )
    assert _span(r) == ("2026-09-09", "2026-09-14")


# -- forms met in sets 91 to 94 -------------------------------------------------------------


def test_the_day_details_of_a_patrol_were_published_is_not_the_patrols(run_texts):
    r = _only(
        run_texts(
            (
                "Bombers fly together\n\nSEOUL, July 23 - Chinese and Russian bombers flew "
                "their first joint air patrol over the Sea of Japan on Tuesday, the JCS said.",
                "2019-07-23",
            ),
            (
                "Defence ministry details route of first joint air patrol\n\nMOSCOW, July 24, "
                "2019 - The Russian Ministry of Defence on Wednesday published further details "
                "of the first joint air patrol flown by Russian and Chinese long-range "
                "aviation, saying the flight on July 23 had been planned in advance.",
                "2019-07-24",
            ),
        )
    )
    assert _span(r) == ("2019-07-23", "2019-07-23")


def test_that_brought_the_exercise_to_an_end(run_texts):
    r = _only(
        run_texts(
            (
                "Twenty years on\n\nTwenty years ago today, on 18 August 2005, commanders from "
                "China and Russia met in Vladivostok to open Peace Mission 2005, the first "
                "joint exercise of the two armies. After days of blockade and landings, the "
                "final combined assault was staged on 25 August. That brought the exercise to "
                "an end.",
                None,
            )
        )
    )
    assert _span(r) == ("2005-08-18", "2005-08-25")


def test_a_day_without_its_year_in_an_undated_text_takes_the_last_full_dates_year():
    from extractor.temporal import get_tagger

    text = (
        "On 18 August 2005 the commanders met in Vladivostok. The final assault was staged "
        "on 25 August."
    )
    got = {t.text: t.value for t in get_tagger().tag(text, dct=None)}
    assert got["25 August"] == "2005-08-25"
    # control: with a date of its own the text keeps its usual reading
    got = {t.text: t.value for t in get_tagger().tag(text, dct=datetime.date(2025, 8, 18))}
    assert got["25 August"] == "2025-08-25"


def test_a_whole_dated_only_by_its_end_holds_the_phases_before_it(run_texts):
    r = _only(
        run_texts(
            (
                "PACIFIC FLEET PRESS SERVICE\nVladivostok, 26 September 2017\n\nSecond stage "
                "completed\n\nThe active phase of the second stage of the Russian-Chinese naval "
                'exercise "Joint Sea-2017" was completed today in the Sea of Okhotsk. From 18 to '
                "21 September, the crews conducted the harbour phase in Vladivostok.",
                "2017-09-26",
            )
        )
    )
    assert _span(r) == ("2017-09-18", "2017-09-26")


def test_a_name_said_to_be_an_exercise_held_on_days(run_texts):
    r = _only(
        run_texts(
            (
                "Seminar summary\n\n"
                '"Aerospace Security-2017" was a computer-simulated command-staff exercise on '
                "missile defence, held by the Chinese and Russian armed forces in Beijing from "
                "11 to 16 December 2017.",
                "2018-02-02",
            )
        )
    )
    assert _span(r) == ("2017-12-11", "2017-12-16")


def test_a_captions_present_tense_tells_a_past_day():
    from extractor.temporal import get_tagger

    text = (
        "The drill opened on Thursday.\n\nPhoto caption: Chinese marines wade ashore on the "
        "Klerk Peninsula on Tuesday during Joint Sea-2015 (II)."
    )
    got = {t.text: t.value for t in get_tagger().tag(text, dct=datetime.date(2015, 8, 29))}
    assert got["Tuesday"] == "2015-08-25"


def test_ships_slipping_their_moorings_do_not_close_the_exercise(run_texts):
    r = _only(
        run_texts(
            (
                "Chinese ships leave\n\nThe seven Chinese warships are due to slip their "
                "moorings this morning and head home to Qingdao, closing Joint Sea-2015 (II), "
                "the joint naval exercise of China and Russia that opened on 20 August.",
                "2015-08-29",
            )
        )
    )
    assert _span(r) == ("2015-08-20", None)


def test_the_run_up_to_a_drill_has_its_own_days(run_texts):
    r = _only(
        run_texts(
            (
                "Vostok-2018 in review\n\nVostok-2018, held by Russia with China from 11 to 17 "
                "September, was the largest since 1981. The announcement cycle for Vostok-2018 "
                "began unusually early: the ministry briefed foreign attachés on 28 August, "
                "two weeks before the exercise began.",
                "2018-09-21",
            )
        )
    )
    assert _span(r) == ("2018-09-11", "2018-09-17")


def test_the_exercise_period_is_the_exercise(run_texts):
    r = _only(
        run_texts(
            (
                "NOTICE\n\nNaval vessels of China and Russia will join units of the South "
                'African Navy for the maritime exercise "Will for Peace 2026".\n\nThe exercise '
                "period begins on Saturday 10 January 2026 and ends on 16 January.",
                "2026-01-05",
            )
        )
    )
    assert _span(r) == ("2026-01-10", "2026-01-16")


def test_a_named_drill_in_apposition_after_after_is_a_landmark(run_texts):
    recs = _events(
        run_texts(
            (
                "Encyclopedia\n\nThe 2021 Russia-China joint naval patrol was the first joint "
                "maritime patrol of the two navies. Ten warships sailed around Japan between "
                "17 and 23 October 2021, immediately after the bilateral exercise "
                "Joint Sea-2021.",
                "2022-03-03",
            )
        )
    )
    js = [r for r in recs if r["name"] == "Joint Sea-2021"]
    assert js and js[0]["date"]["start"] != "2021-10-17"


# -- forms met in sets 95 to 102 ------------------------------------------------------------


def test_immediately_after_the_closing_stage_on_sunday_starts_the_patrol(run_texts):
    recs = _events(
        run_texts(
            (
                "Ships end drill\n\nThe exercise, Joint Sea-2021, ran from Thursday to Sunday "
                "in Peter the Great Bay.\n\nImmediately after the closing stage on Sunday, five "
                "Russian and five Chinese ships began the joint patrol.",
                "2021-10-18",
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "naval_patrol"]
    assert len(patrols) == 1 and patrols[0]["date"]["start"] == "2021-10-17"


def test_what_reports_say_now_is_not_taken_back(run_texts):
    recs = _events(
        run_texts(
            (
                "Bird log\n\nReports say the joint naval patrol of China and Russia began on "
                "17 October, straight after the Joint Sea-2021 exercise ended that day. The "
                "patrol ended on 23 October, according to the Chinese navy.",
                "2021-10-25",
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "naval_patrol"]
    assert len(patrols) == 1 and _span(patrols[0]) == ("2021-10-17", "2021-10-23")


def test_a_dated_brief_is_not_the_drill(run_texts):
    recs = _events(
        run_texts(
            (
                "Vostok-2018 preview\n\nRussia's Vostok-2018 exercise with China will run from "
                "Sept. 11 to Sept. 17.",
                "2018-09-10",
            ),
            (
                "CORRECTIONS\n\nBecause of an editing error, a Sept. 19 brief on a trade "
                "delegation's visit to Vladivostok described the delegation as attending the "
                "Vostok-2018 exercise.",
                "2018-09-21",
            ),
        )
    )
    vostok = [r for r in recs if r["name"] == "Vostok-2018"]
    assert len(vostok) == 1 and _span(vostok[0]) == ("2018-09-11", "2018-09-17")


def test_a_day_set_aside_with_not_until(run_texts):
    r = _only(
        run_texts(
            (
                "CORRECTIONS\n\nA report on Wednesday, Dec. 28, gave incorrect dates for the "
                "exercise. Joint Sea-2022 of China and Russia was held in the East China Sea, "
                "and it ran from Wednesday, Dec. 21, to Tuesday, Dec. 27, not until Monday, "
                "Dec. 26.",
                "2022-12-30",
            )
        )
    )
    assert _span(r) == ("2022-12-21", "2022-12-27")


def test_what_happened_during_a_sortie_happened_on_its_day(run_texts):
    r = _only(
        run_texts(
            (
                "Warning shots\n\nSEOUL, July 23 - South Korean fighter jets fired hundreds of "
                "warning shots Tuesday after a Russian military aircraft twice violated the "
                "country's airspace during what Moscow described as the first joint "
                "long-range air patrol by Russian and Chinese bombers.",
                "2019-07-23",
            )
        )
    )
    assert _span(r) == ("2019-07-23", "2019-07-23")


def test_a_correction_that_sets_a_day_aside_takes_it_back_everywhere(run_texts):
    r = _only(
        run_texts(
            (
                "Navies end drills\n\nThe two navies of China and Russia ended their annual "
                "Northern/Interaction-2024 exercise on Monday. The drills, which started Sept. "
                "9 with a ceremony in Vladivostok, included anti-submarine serials.\n\n"
                "CORRECTION (Sept. 19): An article on Sept. 18 misstated the start date of the "
                "exercise. The exercise began on Sept. 10, not Sept. 9.",
                "2024-09-18",
            )
        )
    )
    assert _span(r) == ("2024-09-10", "2024-09-16")


def test_a_day_of_its_own_stops_a_sorties_day_from_spreading(run_texts):
    r = _only(
        run_texts(
            (
                "Warning shots near Dokdo\n\nResidents woke up to unusual news on Wednesday "
                "after South Korean fighter jets fired warning rounds near Dokdo yesterday "
                "morning, when a Russian military aircraft entered the airspace over the "
                "islets during what Moscow and Beijing later described as their first joint "
                "long-range air patrol.",
                "2019-07-24",
            )
        )
    )
    assert _span(r) == ("2019-07-23", "2019-07-23")
