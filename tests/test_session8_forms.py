"""Forms met in sets 26 and 27: a press conference's header with its hours, a dateline
under a masthead that looks like one, a route planned in advance, a length given by "and
last", a ceremony on "the first day", and "Neither China nor Russia is participating"."""

from __future__ import annotations

import pytest


def _events(records: list[dict]) -> list[dict]:
    return [r for r in records if r["kind"] == "event"]


def _span(r: dict) -> tuple[str | None, str | None]:
    return r["date"]["start"], r["date"]["end"]


def test_a_press_conference_header_with_its_hours_dates_the_article():
    from extractor.pipeline import find_dateline

    text = (
        "MINISTRY OF DEFENSE — PRESS CONFERENCE BY THE MINISTER\n"
        "Date: Friday, December 15, 2023, 10:32–10:49\n"
        "Place: Press Conference Room\n\nQ: Yesterday bombers flew jointly.\n"
    )
    assert find_dateline(text).isoformat() == "2023-12-15"


def test_prose_after_a_label_and_a_day_does_not_date_the_article():
    from extractor.pipeline import find_dateline

    text = "Notes\nThe drill: 3 May 2021 was the day it began, sources said\n"
    assert find_dateline(text) is None


def test_yesterday_with_its_hours_in_a_press_conference_dates_the_flight(run_text):
    records, _ = run_text(
        "PRESS CONFERENCE BY THE DEFENSE MINISTER\n"
        "Date: Friday, December 15, 2023, 10:32–10:49\n\n"
        "Q: Yesterday, Chinese and Russian bombers flew jointly near Japan. Could you explain?\n\n"
        "MINISTER: Yesterday, on the 14th, two Chinese H-6 bombers and two Russian Tu-95 "
        "bombers flew jointly from the Sea of Japan to the East China Sea.",
        published=None,
    )
    assert [_span(r) for r in _events(records)] == [("2023-12-14", "2023-12-14")]


def test_a_pre_planned_route_does_not_make_the_patrol_planned(run_text):
    records, mentions = run_text(
        "Today, two Tu-95MS strategic missile carriers and two H-6K bombers carried out the "
        "first joint air patrol in the Asia-Pacific region. The joint air group of Russian and "
        "Chinese strategic bombers patrolled along a pre-planned route over the Sea of Japan.",
        published="2019-07-23",
    )
    assert {m["status"] for m in mentions if m["kind"] == "event"} == {"occurred"}
    assert [(r["status"], _span(r)) for r in _events(records)] == [
        ("occurred", ("2019-07-23", "2019-07-23"))
    ]


def test_the_planned_start_of_the_drills_still_plans_them(run_text):
    _, mentions = run_text(
        "The planned start of the joint naval exercise by China and Russia is July 5.",
        published="2023-06-10",
    )
    assert {m["status"] for m in mentions if m["kind"] == "event"} == {"planned"}


def test_open_on_a_day_and_last_n_days_gives_the_end(run_text):
    records, _ = run_text(
        "Cambodian and Chinese troops will hold their annual joint military exercise, Golden "
        "Dragon 2026, next month. The exercise will open on May 11 and last 15 days, the "
        "spokeswoman told reporters. An opening ceremony attended by senior commanders from "
        "both countries will be held on the first day at Ream.",
        published="2026-04-20",
    )
    assert [_span(r) for r in _events(records)] == [("2026-05-11", "2026-05-25")]


@pytest.mark.parametrize("phrase", ["on the first day", "on the final day"])
def test_which_day_a_ceremony_is_held_is_no_length(run_text, phrase):
    _, mentions = run_text(
        f"China and Russia will hold a joint naval exercise. An opening ceremony will be held "
        f"{phrase} at the port.",
        published="2026-04-20",
    )
    assert all(m["duration"] is None for m in mentions)


def test_a_dateline_with_the_agency_and_a_colon_is_not_the_drills_day(run_text):
    records, _ = run_text(
        "KARACHI, March 12 (INA): The navies of Iran, Russia and China began a joint naval "
        "exercise, \"Maritime Security Belt 2024\", in the Gulf of Oman on Monday. The five-day "
        "drill will conclude on Friday.",
        published="2024-03-12",
    )
    assert [_span(r) for r in _events(records) if r["name"]] == [("2024-03-11", "2024-03-15")]


def test_the_dateline_is_the_paragraph_with_the_day_not_the_masthead_above_it(run_text):
    records, _ = run_text(
        "Paratroopers launch \"Defenders of Friendship 2016\" exercise\n\n"
        "Nile Valley News Agency (NVNA) — Arabic service, unofficial English translation\n\n"
        "Cairo, 16 October (NVNA) — The joint Egyptian-Russian airborne exercise \"Defenders of "
        "Friendship 2016\" began yesterday, Saturday, in the Western Desert. They will continue "
        "until the 26th of this month.",
        published="2016-10-16",
    )
    assert [_span(r) for r in _events(records)] == [("2016-10-15", "2016-10-26")]


@pytest.mark.parametrize(
    "denial",
    [
        "Neither China nor Russia is participating in the exercise.",
        "Neither Beijing nor Moscow took part in the drills.",
        "China and Russia are not participating in the exercise.",
    ],
)
def test_countries_said_to_take_no_part_are_not_participants(run_text, denial):
    records, _ = run_text(
        "The largest Talisman Sabre exercise ever held got under way at the weekend, with "
        "more than 35,000 personnel from 19 nations training across Queensland. " + denial,
        published="2025-07-15",
    )
    assert not [
        r for r in records if {p["code"] for p in r.get("participants", [])} & {"CHN", "RUS"}
    ]


def test_a_drill_one_of_the_pair_did_join_keeps_it(run_text):
    records, _ = run_text(
        "Neither Japan nor India took part, but China and Russia held a joint naval exercise "
        "in the Sea of Japan on Tuesday.",
        published="2023-06-10",
    )
    assert [sorted(p["code"] for p in r["participants"]) for r in _events(records)] == [
        ["CHN", "RUS"]
    ]


def test_series_spellings_are_found_only_where_their_words_occur():
    """The gazetteer finds token patterns by their words first: the spans must be those a
    plain Matcher over every pattern finds."""
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans

    from extractor.nlp import GazetteerMatcher, gazetteer_patterns, load_pipeline

    nlp = load_pipeline()
    ruler = GazetteerMatcher(nlp, "g", models_dir=None, spans_key="g")
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    tokens = Matcher(nlp.vocab)
    for p in gazetteer_patterns(nlp, ruler.gazetteer):
        key = f"{p['label']}|{p['id']}"
        if isinstance(p["pattern"], str):
            phrases.add(key, [nlp.make_doc(p["pattern"])])
        else:
            tokens.add(key, [p["pattern"]])
    texts = [
        "He said 'Ocean' and “Cooperation” then Ocean-2010 and OCEAN 2018 began.",
        "Joint Sea-2015 (II), Mosi II, MOSI-III and Vostok 2018 followed Zapad–2021.",
        "ZAPAD/INTERACTION-2021 and Northern/Interaction-2023 in the Sea of Japan.",
        "A joint sea patrol by the Russian Pacific Fleet and the PLA Navy near Peter the Great "
        "Bay with Tu-95MS and H-6K bombers; Peace Mission 2014 at Zhurihe.",
    ]
    for text in texts:
        doc = nlp.make_doc(text)
        ruler(doc)
        spans = [
            Span(doc, s, e, label=doc.vocab.strings[k].partition("|")[0])
            for k, s, e in [*phrases(doc), *tokens(doc)]
        ]
        want = {(s.start, s.end, s.label_) for s in filter_spans(spans)}
        got = {(s.start, s.end, s.label_) for s in doc.spans["g"]}
        assert got == want, text
    doc = nlp.make_doc(texts[1])
    ruler(doc)
    assert [s.text for s in doc.spans["g"] if s.label_ == "SERIES"] == [
        "Joint Sea-2015 (II)", "Mosi II", "MOSI-III", "Vostok 2018", "Zapad–2021"
    ]


def test_a_day_called_the_first_day_of_the_exercise_starts_it(run_text):
    records, _ = run_text(
        "The Chinese detachment arrived in Vladivostok on Tuesday. On Wednesday, the opening "
        "ceremony of the Russian-Chinese naval exercise was held at the berth. The ships put to "
        "sea on Thursday, 20 July, the first day of the exercise proper. The drills ran from 20 "
        "to 23 July.",
        published="2023-07-23",
    )
    assert [_span(r) for r in _events(records)] == [("2023-07-20", "2023-07-23")]


def test_a_zapad_note_that_compares_the_drill_in_china_keeps_zapad_apart(run_text):
    records, _ = run_text(
        "Russia's strategic exercise Zapad-2021, held between 10 and 16 September, was the "
        "largest Russian drill of the year. Five weeks earlier, Chinese and Russian troops "
        "trained in China in an exercise that Beijing titled \"ZAPAD/INTERACTION-2021\". "
        "Compared with Zapad-2013, the 2021 edition placed more emphasis on defence.",
        published="2021-09-20",
    )
    names = {r["name"] for r in records if r.get("name")}
    assert {"Zapad-2021", "Zapad/Interaction-2021"} <= names
    assert "Zapad/Interaction-2013" not in names


def test_zapad_hosted_by_china_is_still_the_drill_in_ningxia(run_text):
    records, _ = run_text(
        "China and Russia held the Zapad-2021 exercise at the Qingtongxia base in Ningxia "
        "from 9 to 13 August.",
        published="2021-08-14",
    )
    assert [r["name"] for r in _events(records)] == ["Zapad/Interaction-2021"]


def test_the_day_of_a_statement_on_an_upcoming_drill_is_not_the_drills(run_text):
    records, _ = run_text(
        "Beijing, July 15 -- The defence ministry spokesperson issued a statement on Saturday "
        "on the upcoming joint exercise between the Chinese and Russian navies. The exercise "
        "will be held in the Sea of Japan in the latter part of this month.",
        published="2023-07-15",
    )
    assert all(r["date"]["start"] != "2023-07-15" for r in _events(records))


def test_the_day_a_drill_was_announced_is_not_its_day(run_text):
    records, _ = run_text(
        "The Chinese and Russian navies held a joint exercise in the Sea of Japan from 20 to "
        "23 July. The Chinese defence ministry had announced the exercise on July 15.",
        published="2023-07-25",
    )
    assert [_span(r) for r in _events(records)] == [("2023-07-20", "2023-07-23")]


def test_later_in_the_day_is_the_day_told_before(run_text):
    records, _ = run_text(
        "Two Chinese and two Russian strategic bombers flew together over the seas around "
        "Japan on Tuesday, the Defense Ministry said. Later in the day, the four aircraft flew "
        "together from the East China Sea to the Pacific Ocean.",
        published="2022-05-25",
    )
    assert [_span(r) for r in _events(records)] == [("2022-05-24", "2022-05-24")]


def test_a_day_a_live_blogs_earlier_update_gave_is_taken_back(run_text):
    records, _ = run_text(
        "LIVE: China and Russia begin \"Joint Sea-2026\" naval drills off Vladivostok\n\n"
        "08:05 -- The active phase of Joint Sea-2026 began this morning in the Peter the Great "
        "Gulf.\n\n11:10 -- According to a Chinese state broadcaster, the exercise will last "
        "until Saturday.\n\n14:20 -- CORRECTION: Our 11:10 update said the exercise would last "
        "until Saturday. The Pacific Fleet's press service says the exercise ends on Friday.",
        published="2026-07-13",
    )
    assert [_span(r) for r in _events(records) if r["name"] == "Joint Sea-2026"] == [
        ("2026-07-13", "2026-07-17")
    ]


def test_a_blogs_own_update_on_the_drill_is_not_a_correction(run_text):
    records, _ = run_text(
        "The Pacific Fleet's update said the Joint Sea-2026 exercise would last until Saturday. "
        "The exercise began on Monday.",
        published="2026-07-13",
    )
    assert [_span(r) for r in _events(records)] == [("2026-07-13", "2026-07-18")]


def test_ended_n_days_later_counts_from_the_start(run_text):
    records, _ = run_text(
        "The Peace Mission 2007 exercise began on August 9 with a command-staff phase in "
        "Urumqi, in China's Xinjiang, and ended eight days later in the Urals.",
        published="2007-08-20",
    )
    assert [_span(r) for r in _events(records)] == [("2007-08-09", "2007-08-17")]


def test_last_years_patrol_above_this_ones_day_does_not_absorb_it(run_text):
    records, _ = run_text(
        "LIVE: Chinese and Russian warships pass through Tsugaru Strait\n\n"
        "14:45\nSome context: this is the sixth time the two navies have carried out a joint "
        "maritime patrol. Last year's patrol went further east, into the central Pacific.\n\n"
        "12:20\nCORRECTION: An earlier post said the patrol began on Sunday. The Chinese "
        "defence ministry statement says it began on Monday.\n\n"
        "09:40\nChina's Ministry of National Defense has issued a statement: the ships are "
        "on the sixth China-Russia joint maritime patrol. The statement says the patrol set off "
        "on Monday from waters near Vladivostok.",
        published="2026-08-06",
    )
    patrols = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert ("2026-08-03", None) in [_span(r) for r in patrols]
    assert all(r["date"]["value"] != "2026-08-02" for r in patrols)


def test_a_calendar_day_beats_a_yesterday_counted_from_a_later_posting(run_text):
    records, _ = run_text(
        "Transcript posted 26 July 2024.\n\n"
        "Q: Chinese and Russian bombers were intercepted by U.S. and Canadian fighters near "
        "Alaska yesterday. Can you give details?\n\n"
        "A: On July 24 the air forces of the two countries organized the eighth joint "
        "strategic air patrol over the Bering Sea.",
        published="2024-07-26",
    )
    assert [_span(r) for r in _events(records)] == [("2024-07-24", "2024-07-24")]


def test_a_day_in_a_conjunct_with_its_own_subject_is_not_the_drills(run_text):
    records, _ = run_text(
        "Mosi II formally began in Durban on Friday. The sea phase is to follow from Thursday, "
        "and the drill will run until 27 February, according to the SANDF.",
        published="2023-02-18",
    )
    assert [_span(r) for r in _events(records)] == [("2023-02-17", "2023-02-27")]


def test_a_name_given_with_its_year_gets_no_second_year(run_text):
    records, _ = run_text(
        "TEHRAN, Dec. 27, 2019 - The navies of Iran, Russia and China began a joint maritime "
        "exercise on Friday. The four-day drill, named \"Marine Security Belt\" (also rendered "
        "as \"Maritime Security Belt 2019\"), started from Chabahar.",
        published="2019-12-27",
    )
    names = [r["name"] for r in records if r.get("name")]
    assert names and all("2019 2019" not in n for n in names)


def test_we_said_in_a_correction_takes_the_day_back(run_text):
    records, _ = run_text(
        "The Chinese and Russian navies have just finished Joint Sea-2025 off Vladivostok. The "
        "exercise ran from Friday through yesterday, Tuesday. Quick correction from last week: "
        "we said Joint Sea-2025 would start on the 3rd.",
        published="2025-08-06",
    )
    assert [_span(r) for r in _events(records)] == [("2025-08-01", "2025-08-05")]


def test_the_first_stage_of_the_manoeuvres_does_not_end_them(run_text):
    records, _ = run_text(
        "VLADIVOSTOK - The Russian-Chinese exercise \"Peace Mission-2005\" officially began "
        "yesterday in Vladivostok. The first stage of the manoeuvres, planning consultations "
        "between the two staffs, will continue at fleet headquarters until Saturday. The eight-"
        "day exercise ends on the 25th.",
        published="2005-08-19",
    )
    assert [_span(r) for r in _events(records)] == [("2005-08-18", "2005-08-25")]


def test_day_three_of_the_exercise_counts_back_to_its_start(run_text):
    records, _ = run_text(
        "11:02 - Good morning and welcome to our coverage of day three of Vostok-2018, Russia's "
        "giant exercise in the east of the country. The main event today is at the Tsugol range, "
        "where the joint Russian-Chinese phase began yesterday.\n\n"
        "CORRECTION - The Russian defence ministry's published schedule gives 17/09/2018 as the "
        "final day of Vostok-2018.",
        published="2018-09-13",
    )
    assert [_span(r) for r in _events(records) if r["name"] == "Vostok-2018"] == [
        ("2018-09-11", "2018-09-17")
    ]


def test_an_update_note_counts_its_days_from_its_own_date(run_text):
    records, _ = run_text(
        "TOKYO - Five Chinese and five Russian naval vessels sailed together through the "
        "Tsugaru Strait on Monday. Russia's Pacific Fleet said the ships began the first joint "
        "Russian-Chinese naval patrol on Sunday.\n\n"
        "UPDATE (Oct. 24): The Joint Staff said the ships passed through the Osumi Strait on "
        "Friday. Russia's Pacific Fleet said the joint patrol was completed on Saturday.",
        published="2021-10-19",
    )
    patrols = [r for r in _events(records) if r["event_type"] == "naval_patrol"]
    assert [_span(r) for r in patrols] == [("2021-10-17", "2021-10-23")]


def test_a_second_spelling_of_a_name_in_brackets_is_the_same_drill(run_text):
    records, _ = run_text(
        "KARACHI, Dec 28 (PNA): Iran, Russia and China on Friday began a four-day joint naval "
        "exercise in the Gulf of Oman. The exercise, named \"Marine Security Belt\" (also "
        "reported as \"Maritime Security Belt 2019\"), is scheduled to run from 27-12-2019 to "
        "30-12-2019.",
        published="2019-12-28",
    )
    assert [(r["name"], _span(r)) for r in _events(records)] == [
        ("Maritime Security Belt 2019", ("2019-12-27", "2019-12-30"))
    ]


def test_the_first_round_of_a_series_keeps_its_own_month(run_text):
    records, _ = run_text(
        "Iran, Russia and China began the fifth Maritime Security Belt naval exercise on Monday. "
        "The first round of the exercise was held in December 2019 in the same waters.",
        published="2024-03-12",
    )
    assert "2019-12" in [r["date"]["value"] for r in _events(records)]


def test_a_gloss_between_dashes_does_not_hide_the_verb(run_text):
    records, _ = run_text(
        "Russian and Chinese warships in Table Bay as Navy hosts Exercise Mosi\n\n"
        "Exercise Mosi - the name means \"smoke\" in Sesotho - kicked off yesterday with a "
        "welcoming ceremony at the Waterfront and runs until Saturday, the SA Navy said.",
        published="2019-11-26",
    )
    assert [_span(r) for r in _events(records)] == [("2019-11-25", "2019-11-30")]


def test_blanking_a_gloss_keeps_every_offset():
    from extractor.pipeline import blank_asides

    text = 'Exercise Mosi - the name means "smoke" in Sesotho - kicked off yesterday.'
    blanked = blank_asides(text)
    assert len(blanked) == len(text)
    assert blanked.startswith("Exercise Mosi ") and blanked.endswith(" kicked off yesterday.")
    assert "smoke" not in blanked
    # An aside that is the news stays: "-- two Tu-95MS escorted by two Su-35 fighters --"
    aside = "four Russian aircraft -- two Tu-95MS escorted by two Su-35 fighters -- flew"
    assert blank_asides(aside) == aside


def test_the_day_a_statement_was_put_out_is_not_the_patrols(run_text):
    records, _ = run_text(
        "U.S. and Canadian fighter jets intercepted Russian and Chinese bombers near Alaska on "
        "Wednesday, NORAD said. The Russian Defense Ministry put out its own statement this "
        "morning, Moscow time, saying the patrol went over the Chukchi Sea and lasted more than "
        "five hours.",
        published="2024-07-25",
    )
    assert [_span(r) for r in _events(records)] == [("2024-07-24", "2024-07-24")]


def test_a_start_misstated_in_an_earlier_version_is_taken_back(run_text):
    records, _ = run_text(
        "The navies of Iran, Russia and China wrapped up the five-day Maritime Security Belt "
        "2026 naval exercise on Friday.\n\n"
        "CORRECTION: An earlier version of this story misstated the start date of the exercise "
        "as March 8. The exercise began on March 9.",
        published="2026-03-14",
    )
    assert [_span(r) for r in _events(records)] == [("2026-03-09", "2026-03-13")]


def test_a_drill_closed_on_a_range_closes_on_its_last_day(run_text):
    records, _ = run_text(
        "The group formed up on 17 October in the Sea of Japan, the same day the two navies "
        "closed the four-day Joint Sea-2021 exercise (14–17 October) in Peter the Great Bay.",
        published="2021-10-25",
    )
    assert [_span(r) for r in _events(records) if r["name"] == "Joint Sea-2021"] == [
        ("2021-10-14", "2021-10-17")
    ]


def test_a_story_that_corrects_a_day_from_another_takes_the_old_one_back(run_text):
    records, _ = run_text(
        "CHEBARKUL, Russia, Aug. 17 - The leaders watched the climax of the Peace Mission 2007 "
        "exercise on Friday. The nine-day exercise began on Aug. 9 with staff work in Urumqi.\n\n"
        "CORRECTION: This story corrects the date on which the exercise began, in paragraph 2, "
        "to Aug. 9 from Aug. 8.",
        published="2007-08-17",
    )
    assert [_span(r) for r in _events(records)] == [("2007-08-09", "2007-08-17")]


def test_the_evaluator_takes_the_record_the_article_says_most_about():
    from extractor.evaluate import score_articles

    def rec(value, start, end, n):
        cites = [{"doc_id": "a", "id": f"a#s{i}"} for i in range(n)]
        return {"kind": "event", "event_type": "naval_patrol", "name": None, "citations": cites,
                "date": {"value": value, "start": start, "end": end}}

    gold = [{"id": "g", "docs": ["a"], "kind": "event", "name": None,
             "event_type": "naval_patrol", "date": {"start": "2023-07-28", "end": "2023-08-16"}}]
    # Last year's patrol, open-ended, overlaps anything after it; the article's own has more.
    records = [rec("2022-09-15", "2022-09-15", None, 2),
               rec("2023-07-28/2023-08-16", "2023-07-28", "2023-08-16", 3)]
    s = score_articles(records, gold, [{"doc": "a", "main": "g"}])
    assert (s.found, s.dated) == (1, 1)
