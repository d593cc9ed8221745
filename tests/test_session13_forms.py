"""Forms met in sets 77 and 78: a month and day "last year", a name quoted after the
trigger with an edition number before its year, a name given to a drill whose sides make
it the other series' edition, a drill's length in weeks, a series named in apposition to
the drill, a digest's dated items, and "where it continued until" said of the drill."""

from __future__ import annotations

import datetime
import io
import json

import pytest


def _events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def _span(r: dict) -> tuple[str | None, str | None]:
    return r["date"]["start"], r["date"]["end"]


def _codes(r: dict) -> list[str]:
    return sorted(p["code"] for p in r["participants"])


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


def test_a_month_and_day_last_year():
    got = dict(
        _values(
            "The seventh patrol, on December 14 last year, took the same route.",
            datetime.date(2024, 12, 3),
        )
    )
    assert got["December 14 last year"] == "2023-12-14"
    got = dict(_values("It ends on Aug. 2 next year.", datetime.date(2024, 12, 3)))
    assert got["Aug. 2 next year"] == "2025-08-02"
    # control: a day with no year keeps the article's
    got = dict(_values("It flew on December 1.", datetime.date(2024, 12, 3)))
    assert got["December 1"] == "2024-12-01"


# -- records -----------------------------------------------------------------------------


def test_a_numbered_patrol_dated_last_year_is_not_the_latest_one(run_texts):
    recs = _events(
        run_texts(
            (
                "Bombers again\n\nLast Friday and Saturday, Chinese and Russian bombers flew "
                "what their defense ministries called the ninth joint strategic air patrol. "
                "Over two days, Russian Tu-95MS and Chinese H-6K bombers flew together over "
                "the Sea of Japan. The seventh patrol, on December 14 last year, followed "
                "the same route over the Sea of Japan as the latest one.",
                "2024-12-03",
            )
        )
    )
    spans = sorted(_span(r) for r in recs if r["event_type"] == "air_patrol")
    assert ("2023-12-14", "2023-12-14") in spans
    assert ("2024-11-29", "2024-11-30") in spans


def test_a_name_quoted_after_the_trigger_and_the_stage_to_come(run_texts):
    recs = _events(
        run_texts(
            (
                "ALMATY, August 25 - Special units of Kazakhstan and China on Thursday "
                "carried out the first stage of the joint anti-terrorist exercise "
                '"Tianshan-1-2006" at a mountain training ground near Almaty. The second '
                "stage of the exercise will be held on Saturday in Xinjiang. With that stage "
                "the drill will be completed.",
                "2006-08-25",
            )
        )
    )
    main = [r for r in recs if r["name"]]
    assert len(main) == 1
    assert main[0]["name"] == "Tianshan-1-2006"
    assert _span(main[0]) == ("2006-08-24", "2006-08-26")


def test_a_name_given_to_a_drill_whose_sides_make_it_the_other_series(run_texts):
    recs = _events(
        run_texts(
            (
                "NOWSHERA: A joint counter-terrorism exercise between the armies of Pakistan "
                "and China, codenamed Friendship-2011, got under way at Pabbi on Monday. The "
                "two-week exercise will culminate in a joint demonstration.",
                "2011-11-15",
            )
        )
    )
    main = [r for r in recs if r["name"]]
    assert len(main) == 1
    assert main[0]["name"] == "Youyi-2011"
    assert _codes(main[0]) == ["CHN", "PAK"]
    assert _span(main[0]) == ("2011-11-14", "2011-11-27")


def test_a_series_named_in_apposition_to_the_drill(run_texts):
    recs = _events(
        run_texts(
            (
                "Markets Tonight\n\nPolish assets rallied as traders breathed out with Zapad, "
                "the joint Russian-Belarusian war games, wrapping up today without incident. "
                "The five-day exercise kicked off on Friday.",
                "2025-09-16",
            )
        )
    )
    main = [r for r in recs if r["name"]]
    assert len(main) == 1
    assert main[0]["name"] == "Zapad-2025"
    assert main[0]["event_type"] == "strategic_exercise"
    assert _span(main[0]) == ("2025-09-12", "2025-09-16")


@pytest.mark.parametrize(
    ("stamp", "published"),
    [("Thu 27/07", "2023-08-03"), ("Thu 07/27", "2023-08-03")],
)
def test_a_digest_item_counts_today_from_its_own_day(run_texts, stamp, published):
    recs = _events(
        run_texts(
            (
                "Weekly digest\n\nHi all, here is this week's digest of the sightings "
                "threads.\n\n"
                f"* {stamp} - Russian Pacific Fleet press release: the third joint maritime "
                'patrol of the Russian and Chinese navies "started today" in the Sea of '
                "Japan. No end date given.\n\n"
                "* Mon 31/07 - group reported in the Sea of Okhotsk heading east.\n",
                published,
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "naval_patrol"]
    assert len(patrols) == 1
    assert patrols[0]["date"]["start"] == "2023-07-27"


def test_a_weekday_that_fits_neither_reading_dates_nothing():
    from extractor.events import NUMERIC_STAMP, _numeric_stamp_day

    m = NUMERIC_STAMP.search("* Mon 27/07 - something")
    assert m is not None
    assert _numeric_stamp_day(m, datetime.date(2023, 8, 3)) == []


def test_where_it_continued_until_is_the_drills_end(run_texts):
    recs = _events(
        run_texts(
            (
                '"PEACE MISSION-2007": THE TASK IS ACCOMPLISHED\n\nThe joint anti-terrorist '
                'exercise "Peace Mission-2007" has been completed. On the 13th the exercise '
                "moved into its active phase at the Chebarkul training ground in Chelyabinsk "
                "Region, where it continued until Friday, 17 August.",
                "2007-08-21",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Peace Mission-2007"]
    assert len(main) == 1
    assert main[0]["date"]["end"] == "2007-08-17"


def test_a_length_in_weeks_does_not_move_a_start_the_article_dates():
    from extractor.resolve import _length_in_days

    assert _length_in_days("P2W") == 14
    assert _length_in_days("P4D") == 4
    assert _length_in_days("P1M") is None


def test_weeks_on_is_the_time_since_not_a_length(run_texts):
    recs = _events(
        run_texts(
            (
                "Vostok-2018, three weeks on: what did we learn?\n\nNotes on Vostok-2018, which "
                "ran from 11 to 17 September 2018 across Russia's Eastern Military District.",
                "2018-10-04",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Vostok-2018"]
    assert len(main) == 1
    assert _span(main[0]) == ("2018-09-11", "2018-09-17")


def test_weeks_round_off_an_end_the_article_gives(run_texts):
    recs = _events(
        run_texts(
            (
                "The Golden Dragon 2026 exercise ended on June 1 after two weeks in Cambodia. "
                "It began on May 18.",
                "2026-06-02",
            )
        )
    )
    main = [r for r in recs if r["name"] and r["name"].startswith("Golden Dragon")]
    assert len(main) == 1
    assert _span(main[0]) == ("2026-05-18", "2026-06-01")


def test_a_weekday_settles_which_number_is_the_month():
    got = dict(_values("Monday 09/08/2021 - all times Beijing", datetime.date(2021, 8, 20)))
    assert got["09/08/2021"] == "2021-08-09"
    got = dict(_values("Wednesday, 08/09/2021", datetime.date(2021, 8, 20)))
    assert got["08/09/2021"] == "2021-09-08"


def test_a_live_page_dated_by_its_weekday_and_slashed_day():
    from extractor.pipeline import find_dateline

    text = (
        "EURASIA DESK LIVE\n\nChina-Russia drills in Ningxia: live updates\n"
        "Monday 09/08/2021 - all times Beijing (UTC+8)\n\n08:40\nGood morning."
    )
    assert find_dateline(text) == datetime.date(2021, 8, 9)


def test_a_named_drill_said_to_be_separate_is_not_what_the_exercise_points_at(run_texts):
    recs = _events(
        run_texts(
            (
                "China-Russia drills in Ningxia: live updates\n\n"
                "Today the People's Liberation Army and Russia's armed forces open "
                "ZAPAD/INTERACTION-2021 at the Qingtongxia base. It will last until Friday.\n\n"
                "Reader question: is this the same thing as Zapad? No. Russia's own "
                '"Zapad-2021" strategic exercise with Belarus is a separate event, scheduled '
                "for September 10-16 in Belarus and western Russia.\n\n"
                "CORRECTION: Our 08:40 entry said the drills would run from Tuesday. The "
                "exercise opened today, Monday.",
                "2021-08-09",
            )
        )
    )
    zapad = [r for r in recs if r["name"] == "Zapad-2021"]
    assert len(zapad) == 1
    assert _span(zapad[0]) == ("2021-09-10", "2021-09-16")
    joint = [r for r in recs if r["name"] == "Zapad/Interaction-2021"]
    assert len(joint) == 1
    assert _span(joint[0]) == ("2021-08-09", "2021-08-13")


def test_a_gazetteer_name_beats_one_a_wire_spelled_its_own_way(run_texts):
    recs = _events(
        run_texts(
            (
                'SURABAYA -- Russian ships are due on Sunday ahead of "Orruda 2024", the first '
                "bilateral naval exercise between Indonesia and Russia. The drill kicks off on "
                "Monday.",
                "2024-11-02",
            ),
            (
                'The first joint Russian-Indonesian naval exercise "Orudaa-2024", held from 4 '
                "to 8 November, has been completed, the Pacific Fleet said on Saturday.",
                "2024-11-09",
            ),
        )
    )
    named = [r for r in recs if r["name"]]
    assert [r["name"] for r in named] == ["Orruda-2024"]


def test_days_of_manoeuvres_after_which_ships_sail_home(run_texts):
    recs = _events(
        run_texts(
            (
                "VLADIVOSTOK - The detachment was steaming north on Tuesday after seven days of "
                "joint manoeuvres with the Chinese navy. The Joint Sea-2014 exercise ended "
                "yesterday with a passing parade.",
                "2014-05-27",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Joint Sea-2014"]
    assert len(main) == 1
    assert main[0]["date"]["end"] == "2014-05-26"


def test_a_forum_posts_stamp_is_not_the_patrols_day(run_texts):
    recs = _events(
        run_texts(
            (
                "Weekly Thread Digest\n\n@bering_watch (Wed 24 Jul, 21:14 AKDT): NORAD "
                "intercepted two Russian Tu-95MS and two Chinese H-6K bombers off Alaska."
                "\n\n@PLAAF_nerd (Thu 25 Jul, 04:05 "
                'AKDT): Chinese MND says this was the "eighth joint strategic air patrol" and '
                "that it was carried out on 24 and 25 July.",
                "2024-07-27",
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "air_patrol"]
    assert len(patrols) == 1
    assert _span(patrols[0]) == ("2024-07-24", "2024-07-25")


def test_a_forum_post_rule_stamp_and_a_short_month():
    got = dict(_values("Joint bomber patrol 30 Nov - H-6K", datetime.date(2022, 12, 2)))
    assert got["30 Nov"] == "2022-11-30"
    from extractor.events import LIVE_STAMP

    assert LIVE_STAMP.search("--- Wed 30 Nov, 13:12 — hokkaido_spotter\nJASDF scramble")


def test_a_civilian_drill_in_a_newsletter_joins_no_exercise(run_texts):
    recs = _events(
        run_texts(
            (
                "Members' Newsletter\n\nThe Pacific Fleet closed the bay for the Russian-Chinese "
                'naval exercise "Morskoye vzaimodeystviye-2025". The exercise ended on Tuesday.'
                "\n\n- Safety: the Emergencies Ministry will hold a port fire and oil-spill "
                "drill in Nakhodka port on 14 August. This is a civilian drill.",
                "2025-08-07",
            )
        )
    )
    assert all("2025-08-14" not in ((r["date"] or {}).get("end") or "") for r in recs)
    main = [r for r in recs if r["name"] == "Joint Sea-2025"]
    assert len(main) == 1
    assert main[0]["date"]["end"] == "2025-08-05"


def test_a_which_clause_after_a_bracketed_spelling(run_texts):
    recs = _events(
        run_texts(
            (
                "NUR-SULTAN. September 13. - Units of Kazakhstan will take part in the "
                'strategic command-staff exercise Tsentr-2019 (also rendered "Centre-2019" or '
                '"Center-2019"), which will be held from Monday to Saturday next week in '
                "Russia, the ministry said on Thursday.",
                "2019-09-13",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Tsentr-2019"]
    assert len(main) == 1
    assert _span(main[0]) == ("2019-09-16", "2019-09-21")


def test_the_second_verbs_length_is_its_subjects(run_texts):
    recs = _events(
        run_texts(
            (
                'Iran will host Russian and Chinese warships for the naval exercise "Maritime '
                'Security Belt 2024". According to Iranian state television, the exercise '
                "begins on Monday and will last five days, in the Gulf of Oman, with the "
                "opening ceremony at Chabahar.",
                "2024-03-08",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Maritime Security Belt 2024"]
    assert len(main) == 1
    assert _span(main[0]) == ("2024-03-11", "2024-03-15")


def test_a_capitals_only_warning_names_no_exercise_of_its_navies():
    from extractor.events import _titled_name
    from extractor.nlp import load_pipeline

    nlp = load_pipeline()
    doc = nlp("JOINT EXERCISE OF RUSSIAN FEDERATION NAVY AND PEOPLE'S LIBERATION ARMY NAVY")
    trig = next(doc[t.i : t.i + 1] for t in doc if t.text == "EXERCISE")
    assert _titled_name(trig) is None
    doc = nlp("Exercise Mosi II will run until Friday.")
    assert _titled_name(doc[0:1]).text == "Mosi II"


def test_a_signal_in_capitals_is_read_as_its_sentences():
    from extractor.clean import clean

    raw = (
        "Relay of foreign navigational warning\n\n"
        "  NAVAREA XIII 0412/25\n"
        "  SEA OF JAPAN. PETER THE GREAT BAY.\n"
        "  1. JOINT EXERCISE OF RUSSIAN FEDERATION NAVY AND PEOPLE'S LIBERATION ARMY NAVY\n"
        '     "MORSKOYE VZAIMODEYSTVIYE-2025" INCLUDING ROCKET AND ARTILLERY FIRINGS\n'
        "     010000 UTC AUG 25 TO 051400 UTC AUG 25\n"
        "  2. NAVIGATION PROHIBITED.\n"
        "HEADLINE IN CAPITALS\n"
        "A sentence in ordinary case.\n"
    )
    c = clean(raw)
    paragraphs = [p for p in c.text.split("\n\n") if p]
    joined = next(p for p in paragraphs if "JOINT EXERCISE" in p)
    assert "INCLUDING ROCKET" in joined and "051400 UTC AUG 25" in joined
    assert "NAVIGATION PROHIBITED" not in joined  # the next numbered item starts anew
    assert "HEADLINE IN CAPITALS" in paragraphs
    # a header's next field starts anew: the note's day is not the drill's
    c = clean(
        'SUBJECT: NAVAL EXERCISE "MARITIME SECURITY BELT 2022" CONCLUDES; ASSESSMENT\n'
        "REF: (A) CGSM SITSUM 2022/009 (PRE-EXERCISE NOTE, 14 JAN 22)\n"
    )
    assert "ASSESSMENT\n\nREF:" in c.text
    for a, b in [(0, len(c.text))]:
        span = c.raw_span(a, b)
        assert span[0] <= span[1]


def test_a_navigational_warning_dates_the_drill_it_names(run_texts):
    recs = _events(
        run_texts(
            (
                "Maritime Safety Information\n\n"
                "  1. JOINT EXERCISE OF RUSSIAN FEDERATION NAVY AND PEOPLE'S LIBERATION ARMY "
                "NAVY\n"
                '     "MORSKOYE VZAIMODEYSTVIYE-2025" INCLUDING ROCKET AND ARTILLERY FIRINGS\n'
                "     010000 UTC AUG 25 TO 051400 UTC AUG 25\n"
                "  2. NAVIGATION PROHIBITED.\n",
                "2025-07-30",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Joint Sea-2025"]
    assert len(main) == 1
    assert _span(main[0]) == ("2025-08-01", "2025-08-05")


def test_a_bug_in_one_events_merge_loses_only_that_record(run_texts, analyzer, monkeypatch):
    """Set 73 lost a whole run to one cluster's exception in merging: now that event's
    articles get an error naming its sentences and every other record is written."""
    from extractor import spill
    from extractor.pipeline import extract

    real = spill.build_records

    def flaky(clusters, info):
        if any(m.raw.name == "Vostok-2018" for c in clusters for m in c.members):
            raise ValueError("min() arg is an empty sequence")
        return real(clusters, info)

    monkeypatch.setattr(spill, "build_records", flaky)
    lines = "\n".join(
        json.dumps({"doc_id": f"t-{k}", "text": text, "published": "2018-09-20"})
        for k, text in enumerate(
            [
                "Vostok-2018 began on September 11 in Russia's Eastern Military District.",
                "Joint Sea-2018 never happened; the navies held Joint Sea-2017 from July 21 to "
                "July 28, 2017 in the Baltic Sea.",
            ],
            1,
        )
    )
    res = extract(inputs=["-"], analyzer=analyzer, stdin=io.StringIO(lines))
    assert [e.code for e in res.errors] == ["E025"]
    assert "sentence(s) 0" in res.errors[0].message
    assert "min() arg is an empty sequence" in res.errors[0].message
    names = {r["name"] for r in res.records}
    assert "Joint Sea-2017" in names
    assert "Vostok-2018" not in names


def test_a_name_set_against_another_is_neither_denied_nor_given_its_sides(run_texts):
    recs = _events(
        run_texts(
            (
                "Zapad-2021 gets under way on Latvia's doorstep\n\n"
                'The Russian-Belarusian strategic exercise Zapad-2021 ("West-2021") starts today '
                "and will run until Thursday, the Russian Defence Ministry said.\n\n"
                "Military observers from China have been invited to watch.\n\n"
                'Not to be confused with Zapad-2021 is "Zapad/Interaction-2021", the '
                "Chinese-Russian exercise held in China's Ningxia region in August.",
                "2021-09-10",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"] == "Zapad-2021"]
    assert "CHN" not in _codes(rec)
    assert {"BLR", "RUS"} <= set(_codes(rec))
    assert rec["status"] != "negated"


# -- forms met in sets 81 and 82 -----------------------------------------------------------


def test_a_drill_named_by_what_both_sides_call_it_is_a_landmark(run_texts):
    recs = _events(
        run_texts(
            (
                "VLADIVOSTOK, July 3 (MPA) - Seven Chinese warships sailed into Vladivostok on "
                "Tuesday ahead of what both militaries describe as the largest naval exercise "
                "China has ever held with a foreign navy. The drills, called Joint Sea-2013, "
                "will be held from July 5 to 12 in Peter the Great Bay.",
                "2013-07-03",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Joint Sea-2013"]
    assert len(main) == 1
    assert _span(main[0]) == ("2013-07-05", "2013-07-12")


def test_a_days_possessive_in_a_correction_is_not_taken_back(run_texts):
    recs = _events(
        run_texts(
            (
                "SEOUL, Dec 14 (CNW) - China's defence ministry said the Chinese and Russian "
                "air forces had conducted their seventh joint strategic air patrol over the Sea "
                "of Japan on Thursday.\n\nCORRECTION, Dec 15: An earlier version of this story "
                "incorrectly described Thursday's flight as the sixth joint strategic air "
                "patrol. It was the seventh.",
                "2023-12-14",
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "air_patrol"]
    assert [_span(r) for r in patrols] == [("2023-12-14", "2023-12-14")]


def test_the_country_that_scrambles_jets_takes_no_part(run_texts):
    recs = _events(
        run_texts(
            (
                "SEOUL, Dec 14 (CNW) - South Korea scrambled fighter jets on Thursday after two "
                "Chinese and four Russian military aircraft entered its air defence "
                "identification zone, the Joint Chiefs of Staff said. China's defence ministry "
                "said the two air forces had conducted their seventh joint strategic air patrol.",
                "2023-12-14",
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "air_patrol"]
    assert len(patrols) == 1
    assert _codes(patrols[0]) == ["CHN", "RUS"]


def test_the_first_phase_starts_the_drill_and_a_year_in_brackets_names_it(run_texts):
    recs = _events(
        run_texts(
            (
                "YINING, Xinjiang, Aug. 26 (China Dispatch News Agency) -- China and Kazakhstan "
                'concluded their first joint anti-terrorism exercise, code-named "Tianshan-1 '
                '(2006)", here on Saturday.\n\nThe exercise was held in two phases. The first '
                "phase took place on Thursday in Kazakhstan's Almaty region. The second phase, "
                "held Saturday in Yining, simulated a hostage rescue.",
                "2006-08-26",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Tianshan-1-2006"]
    assert len(main) == 1
    assert _span(main[0]) == ("2006-08-24", "2006-08-26")


@pytest.mark.parametrize(
    "quoted",
    ['"Tyan-Shan-1 (2006)"', '"TIANSHAN-1 (2006)"', '"Tianshan-1-2006"'],
)
def test_an_edition_with_its_year_in_brackets_or_spelled_another_way(run_texts, quoted):
    recs = _events(
        run_texts(
            (
                "From 24 to 26 August 2006 the first joint anti-terrorist exercise of Kazakhstan "
                f"and China, {quoted}, was held in the Almaty region and in Yining.",
                "2006-09-01",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"]]
    assert rec["name"] == "Tianshan-1-2006"
    assert _span(rec) == ("2006-08-24", "2006-08-26")


def test_a_name_the_gazetteer_lacks_quoted_right_after_its_trigger(run_texts):
    recs = _events(
        run_texts(
            (
                "ASTANA, May 5 - Special units of Kazakhstan and China on Thursday carried out "
                'the joint anti-terrorist exercise "Steppe Shield-2-2019" near Almaty.',
                "2019-05-05",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"]]
    assert rec["name"] == "Steppe Shield-2-2019"
    assert _span(rec) == ("2019-05-02", "2019-05-02")


def test_a_dateline_with_a_province_after_the_place(run_texts):
    recs = _events(
        run_texts(
            (
                'JIAODONG PENINSULA, Shandong, Aug. 26 - The "Peace Mission-2005" Sino-Russian '
                "joint military exercise drew to a successful close on Thursday afternoon. The "
                "exercise opened in Vladivostok on Aug. 18.",
                "2005-08-26",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Peace Mission-2005"]
    assert len(main) == 1
    assert _span(main[0]) == ("2005-08-18", "2005-08-25")


def test_a_handout_image_released_on_a_day_is_not_the_flights_day(run_texts):
    recs = _events(
        run_texts(
            (
                "Two Russian and two Chinese long-range bombers flew together in the Alaska Air "
                "Defense Identification Zone on Wednesday, NORAD said.\n\nPHOTO CAPTION: A "
                "Russian Tu-95 bomber flies alongside a Chinese H-6 over international waters, "
                "in a handout image released by Russia's defense ministry on 07/25/2024.",
                "2024-07-25",
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "air_patrol"]
    assert [_span(r) for r in patrols] == [("2024-07-24", "2024-07-24")]


def test_a_planners_day_headings_and_a_pointer_to_another_day(run_texts):
    recs = _events(
        run_texts(
            (
                "WEEK AHEAD PLANNER\nFor the week of Aug. 15-21, 2005\nMoved Friday, Aug. 12, "
                "2005\n\nEDITORS: The following is a guide to news events in the region for the "
                "coming week. All times local.\n\nTUESDAY, AUG. 16\nMOSCOW -- Russian Defence "
                "Ministry briefs foreign media on the joint exercise with China (see Thursday)."
                "\n\nTHURSDAY, AUG. 18\nVLADIVOSTOK -- China and Russia launch \"Peace Mission "
                '2005", the first joint military exercise between the two. The exercise runs '
                "through Aug. 25.\n",
                "2005-08-12",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Peace Mission-2005"]
    assert len(main) == 1
    assert _span(main[0]) == ("2005-08-18", "2005-08-25")


def test_a_patrol_staged_as_jets_fired_on_a_day(run_texts):
    recs = _events(
        run_texts(
            (
                "SEOUL -- South Korean fighter jets fired hundreds of warning shots at a Russian "
                "military plane on Tuesday after it entered airspace over disputed islets, as "
                "Russia and China staged what Moscow called their first joint long-range air "
                "patrol in the Asia-Pacific region.",
                "2019-07-24",
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "air_patrol"]
    assert [_span(r) for r in patrols] == [("2019-07-23", "2019-07-23")]


def test_a_which_clause_hung_on_the_last_country_of_the_drill(run_texts):
    recs = _events(
        run_texts(
            (
                "Baku, 15 March 2024\n\nOfficers of Azerbaijan attended as observers the final "
                'stage of the "Marine Security Belt-2024" joint naval exercise of Iran, Russia '
                "and China, which ended today in the Gulf of Oman. The drill began on Tuesday "
                "off Chabahar.",
                "2024-03-15",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Maritime Security Belt 2024"]
    assert len(main) == 1
    assert _span(main[0]) == ("2024-03-12", "2024-03-15")


def test_a_notices_exercise_period_with_dotted_days(run_texts):
    from extractor.nlp import load_segmenter

    seg = load_segmenter()
    doc = seg("- Exercise period: 2012.04.22. ~ 2012.04.27. (6 days)\n- Area: waters.")
    assert next(s.text.strip() for s in doc.sents) == (
        "- Exercise period: 2012.04.22. ~ 2012.04.27. (6 days)"
    )
    recs = _events(
        run_texts(
            (
                "Safety Notice to Fishing Vessels\n\nDate of issue: 2012.04.19.\n\n1. The navies "
                'of China and Russia will conduct the joint naval exercise "Maritime Joint-2012" '
                '(also reported as "Joint Sea-2012") in the Yellow Sea.\n\n2. Exercise outline\n'
                " - Exercise period: 2012.04.22. ~ 2012.04.27. (6 days)\n"
                " - Exercise area: waters near Qingdao\n",
                "2012-04-19",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Joint Sea-2012"]
    assert len(main) == 1
    assert _span(main[0]) == ("2012-04-22", "2012-04-27")


def test_a_planners_entry_that_begins_on_its_day_moved_to_new_days(run_texts):
    recs = _events(
        run_texts(
            (
                "DEFENCE WEEK AHEAD: SEPT 7-13, 2026\n\nIssued Friday, Sept 4, 2026. For "
                "planning purposes only; all times GMT unless stated. Items may change, so "
                "check the daybook each morning before assigning any coverage.\n\n"
                "WEDNESDAY, SEPT 9\n- BEIJING — Chinese defence ministry monthly press "
                "conference.\n\nTHURSDAY, SEPT 10\n- RUSSIA — Russia's strategic exercise "
                "Vostok-2026 begins; the active phase is scheduled to run until Wednesday, "
                "Sept 16. NOTE DATE CHANGE: the active phase was moved to Sept 10–16 in a "
                "statement on Aug 18.\n",
                "2026-09-04",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Vostok-2026"]
    assert len(main) == 1
    assert _span(main[0]) == ("2026-09-10", "2026-09-16")


def test_the_debriefing_of_the_exercise_is_not_its_day(run_texts):
    recs = _events(
        run_texts(
            (
                'The Russian-Ukrainian naval exercise "Farvater Mira-2011" ("Fairway of '
                'Peace-2011") was held from the 4th to the 8th of July. The debriefing of the '
                "exercise took place on 11 July at the headquarters of the Black Sea Fleet.",
                "2011-07-12",
            )
        )
    )
    main = [r for r in recs if r["name"] == "Fairway of Peace-2011"]
    assert len(main) == 1
    assert _span(main[0]) == ("2011-07-04", "2011-07-08")


# -- forms met in sets 83 and 84 -----------------------------------------------------------


def test_a_translators_note_dates_the_issue():
    from extractor.pipeline import find_dateline

    text = (
        '[Translated from Russian. Source: "Tikhookeanskaya Vakhta" ("Pacific Watch"), '
        "newspaper of the Pacific Fleet, No. 42, 25 October 2021, p. 1.]\n\n"
        "FIRST JOINT PATROL COMPLETED\n\nThe day before yesterday, the patrol was completed."
    )
    assert find_dateline(text) == datetime.date(2021, 10, 25)


def test_it_will_open_on_a_day(run_texts):
    recs = _events(
        run_texts(
            (
                "BISHKEK, August 7 - A Kyrgyz unit left for the SCO exercise \"Peace Mission "
                '2007". The exercise will be held in two stages. It will open on Thursday with '
                "consultations of the general staffs in Urumqi.",
                "2007-08-07",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"] == "Peace Mission-2007"]
    assert rec["date"]["start"] == "2007-08-09"


def test_a_bare_day_after_a_day_of_another_year_in_the_same_paragraph(run_texts):
    got = dict(
        _values(
            "The exercise began on 18 August 2005 here in Vladivostok, where the chiefs held "
            "their consultations. After that the action moved to China, where the main stage "
            "ran until the 25th.",
            datetime.date(2025, 8, 20),
        )
    )
    assert got["the 25th"] == "2005-08-25"
    recs = _events(
        run_texts(
            (
                'TWENTY YEARS SINCE "PEACE MISSION 2005"\n\nLet us recall how it was. The '
                "exercise began on 18 August 2005 here in Vladivostok, where the chiefs held "
                "their consultations. After that the action moved to China, to the Shandong "
                "Peninsula, where the main stage ran until the 25th.",
                "2025-08-20",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"] == "Peace Mission-2005"]
    assert _span(rec) == ("2005-08-18", "2005-08-25")


def test_a_dateline_whose_agency_is_between_slashes(run_texts):
    recs = _events(
        run_texts(
            (
                "Tashkent, 13 September 2019 /Turon-Press Agency, English service/. Units of "
                'Uzbekistan will take part in the exercise "Markaz-2019" ("Tsentr-2019"), '
                "which will be held in Russia from 16 to 21 September, the ministry reported.",
                "2019-09-13",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"] == "Tsentr-2019"]
    assert _span(rec) == ("2019-09-16", "2019-09-21")


def test_which_as_the_object_after_a_bracketed_spelling(run_texts):
    recs = _events(
        run_texts(
            (
                "NOTICE TO PASSENGERS\n\nThe Pacific Fleet has closed areas of the Sea of Japan "
                'in connection with the Russian-Chinese naval exercise "Sever/Vzaimodeistvie-'
                '2023" ("North/Interaction-2023"), which the fleet will hold together with '
                "Chinese ships from 20 to 23 July 2023.",
                "2023-07-17",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"] == "Northern/Interaction-2023"]
    assert _span(rec) == ("2023-07-20", "2023-07-23")


def test_a_window_given_up_for_another_month_and_last_years_edition(run_texts):
    recs = _events(
        run_texts(
            (
                "The Iranian navy said on Saturday that the trilateral naval drill with Russia "
                'and China known as "Maritime Security Belt 2026" will not take place in the '
                "window it had announced last month, 24 to 28 February, but will be held in "
                "March. Last year's edition took place in March, also near Chabahar.",
                "2026-02-16",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"] == "Maritime Security Belt 2026"]
    assert _span(rec) == ("2026-03-01", "2026-03-31")
    assert all(
        (r["date"] or {}).get("start") != "2026-03-01" for r in recs if r["name"] is None
    )


def test_on_the_nth_before_a_verb_is_a_day():
    got = dict(
        _values(
            "The flotilla sailed through the Tsugaru Strait on the 18th, turned south, and on "
            "the 22nd passed through the Osumi Strait. Beijing and Moscow declared the patrol "
            "over the following day.",
            datetime.date(2021, 10, 28),
        )
    )
    assert got["the 22nd"] == "2021-10-22"
    assert got["the following day"] == "2021-10-23"
    # control: an ordinal that counts a noun is no day
    got = dict(_values("on the 2nd battalion's left", datetime.date(2021, 10, 28)))
    assert "the 2nd" not in got


# -- forms met in sets 85 and 86 -----------------------------------------------------------


def test_a_closing_ceremony_after_the_days_given_ends_nothing(run_texts):
    recs = _events(
        run_texts(
            (
                'The naval part of the joint Russian-Chinese exercise "Sever/Vzaimodeystviye-'
                '2023" ("North/Interaction-2023"), held from 20 to 23 July in the Sea of Japan, '
                "has been completed. The closing ceremony of the exercise took place today, 24 "
                "July, aboard the large anti-submarine ship Admiral Tributs.",
                "2023-07-24",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"] == "Northern/Interaction-2023"]
    assert _span(rec) == ("2023-07-20", "2023-07-23")


def test_it_wraps_up_on_the_weekday_after_the_start():
    got = _values(
        "On Monday Russia opens Kavkaz-2020, this year's edition of its strategic exercise, "
        "and per the Defence Ministry's own schedule it wraps up on Saturday.",
        datetime.date(2020, 9, 18),
    )
    assert ("Monday", "2020-09-21") in got
    assert ("Saturday", "2020-09-26") in got


def test_scrambled_parsed_as_an_adjective_still_dates_the_flight(run_texts):
    recs = _events(
        run_texts(
            (
                "South Korea scrambled fighter jets on Wednesday after Chinese and Russian "
                "military aircraft entered its air defense identification zone (KADIZ) off the "
                "southern and eastern coasts, the Joint Chiefs of Staff (JCS) said, in what "
                "Moscow and Beijing described as a joint patrol.",
                "2022-12-01",
            )
        )
    )
    patrols = [r for r in recs if r["event_type"] == "air_patrol"]
    assert [_span(r) for r in patrols] == [("2022-11-30", "2022-11-30")]


def test_a_clause_after_a_semicolon_dates_its_own_verb(run_texts):
    recs = _events(
        run_texts(
            (
                'Both defence ministries confirmed that "Joint Sea-2014" concluded on Monday; '
                "the Russian Pacific Fleet group weighed anchor at Wusong the following morning.",
                "2014-05-29",
            )
        )
    )
    (rec,) = [r for r in recs if r["name"] == "Joint Sea-2014"]
    assert rec["date"]["end"] == "2014-05-26"


def test_training_ranges_are_land_words():
    from extractor.events import LAND_WORDS

    assert LAND_WORDS.search("at seven training ranges in the Russian Far East")
    assert not LAND_WORDS.search("in the waters of the Sea of Japan")


def test_a_series_word_at_the_end_of_a_longer_name(run_texts):
    recs = _events(
        run_texts(
            (
                'CHENGDU, Sept. 28 -- The China-Nepal joint military training exercise code-named '
                '"Sagarmatha Friendship-2018" (Zhumulangma Friendship-2018) concluded here on '
                "Friday.",
                "2018-09-29",
            )
        )
    )
    names = {r["name"] for r in recs if r["name"]}
    assert names == {"Sagarmatha Friendship-2018"}


def test_a_fact_box_label_with_its_source(run_texts):
    recs = _events(
        run_texts(
            (
                "SECURITY / OPS\n\n• Iranian navy officials said on Sunday that Iran, Russia and "
                "China will hold a joint naval exercise in the Gulf of Oman.\n"
                "• Dates per Tehran: four days, starting Friday 27-Dec, i.e. 2019-12-27 through "
                "2019-12-30.\n",
                "2019-12-24",
            )
        )
    )
    assert any(_span(r) == ("2019-12-27", "2019-12-30") for r in recs)


def test_a_pronoun_after_a_semicolon_keeps_its_day(run_texts):
    recs = _events(
        run_texts(
            (
                "CORRECTIONS\n\nIn a Nov. 29 story, Transpacific Press incorrectly described the "
                "flights as the eighth joint strategic air patrol by China and Russia. It was the "
                "ninth. The story also said the patrol ended that day; it continued on Nov. 30.",
                "2024-12-03",
            )
        )
    )
    assert any((r["date"] or {}).get("end") == "2024-11-30" for r in recs)
