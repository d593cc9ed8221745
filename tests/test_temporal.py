"""Tests for extractor.temporal: key project examples, false positives, robustness."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.temporal import TemporalTagger, Timex, get_tagger


@pytest.fixture(scope="module")
def tagger() -> TemporalTagger:
    return get_tagger()


def one(tagger: TemporalTagger, text: str, dct: date | None, phrase: str) -> Timex:
    hits = [t for t in tagger.tag(text, dct=dct) if phrase in t.text]
    assert hits, f"{phrase!r} not tagged in {text!r}: {tagger.tag(text, dct=dct)}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "dct", "phrase", "value", "start", "end", "gran"),
    [
        ("China and Russia on Tuesday conducted joint aerial strategic patrols",
         date(2023, 6, 10), "Tuesday", "2023-06-06", "2023-06-06", "2023-06-06", "day"),
        ("conducted a joint aerial patrol on Tuesday", date(2022, 5, 24), "Tuesday",
         "2022-05-24", "2022-05-24", "2022-05-24", "day"),
        ("In August, they held large-scale military drills", date(2022, 5, 24), "August",
         "2021-08", "2021-08-01", "2021-08-31", "month"),
        ("In May last year, the two nations sent strategic bombers", date(2023, 6, 10),
         "May last year", "2022-05", "2022-05-01", "2022-05-31", "month"),
        ("They flew again in November last year.", date(2023, 6, 10), "November last year",
         "2022-11", "2022-11-01", "2022-11-30", "month"),
        ("Last year the patrol was longer.", date(2023, 6, 10), "Last year", "2022",
         "2022-01-01", "2022-12-31", "year"),
        ("The ships arrived on November 19.", date(2021, 11, 23), "November 19", "2021-11-19",
         "2021-11-19", "2021-11-19", "day"),
        ("In August they drilled together.", date(2021, 11, 23), "August", "2021-08",
         "2021-08-01", "2021-08-31", "month"),
        ("10 November 2019 -- The drills began.", None, "10 November 2019", "2019-11-10",
         "2019-11-10", "2019-11-10", "day"),
        ("It was signed May 24, 2022.", None, "May 24, 2022", "2022-05-24", "2022-05-24",
         "2022-05-24", "day"),
        ("It began on Feb. 24 and continued.", date(2022, 5, 24), "Feb. 24", "2022-02-24",
         "2022-02-24", "2022-02-24", "day"),
        ("The exercise will take place next month.", date(2022, 5, 24), "next month",
         "2022-06", "2022-06-01", "2022-06-30", "month"),
        ("The drill was held two years ago.", date(2022, 5, 24), "two years ago", "2020",
         "2020-01-01", "2020-12-31", "year"),
        ("They met in early 2019.", None, "early 2019", "2019", "2019-01-01", "2019-04-30",
         "year"),
        ("It ended in summer 2012.", None, "summer 2012", "2012-SU", "2012-06-01", "2012-08-31",
         "season"),
        ("Profits rose in the third quarter.", date(2013, 11, 2), "third quarter", "2013-Q3",
         "2013-07-01", "2013-09-30", "quarter"),
        ("The fleet was built in the 1990s.", None, "1990s", "199", "1990-01-01", "1999-12-31",
         "decade"),
        ("They patrol this week.", date(2013, 3, 13), "this week", "2013-W11", "2013-03-11",
         "2013-03-17", "week"),
    ],
)
def test_key_examples(tagger: TemporalTagger, text: str, dct: date | None, phrase: str,
                      value: str, start: str, end: str, gran: str) -> None:
    t = one(tagger, text, dct, phrase)
    assert t.type == "DATE"
    assert t.value == value
    assert t.start_date == date.fromisoformat(start)
    assert t.end_date == date.fromisoformat(end)
    assert t.granularity == gran
    assert text[t.start:t.end] == t.text


def test_mid_october(tagger: TemporalTagger) -> None:
    t = one(tagger, "The drills were held in mid-October.", date(2021, 11, 23), "October")
    assert (t.value, t.mod) == ("2021-10", "MID")
    assert (t.start_date, t.end_date) == (date(2021, 10, 11), date(2021, 10, 20))
    assert t.anchor == "publication_date"


def test_late_last_year(tagger: TemporalTagger) -> None:
    t = one(tagger, "It happened late last year.", date(2022, 5, 24), "last year")
    assert (t.value, t.mod, t.text) == ("2021", "END", "late last year")


def test_list_of_years(tagger: TemporalTagger) -> None:
    text = "They held drills in 2007, 2013, 2016, 2017 and 2019."
    got = [(t.text, t.value, t.anchor) for t in tagger.tag(text, dct=None)]
    assert got == [(y, y, "absolute") for y in ("2007", "2013", "2016", "2017", "2019")]


def test_since_year_keeps_year_extent(tagger: TemporalTagger) -> None:
    ts = tagger.tag("Annual naval drills have been held since 2012.", dct=None)
    assert [(t.text, t.value) for t in ts if t.type == "DATE"] == [("2012", "2012")]
    assert any(t.type == "SET" and t.value == "P1Y" for t in ts)


@pytest.mark.parametrize(
    ("text", "phrase", "typ", "value"),
    [
        ("The patrol lasted 13 hours.", "13 hours", "DURATION", "PT13H"),
        ("a three-year plan", "three-year", "DURATION", "P3Y"),
        ("over the past several months", "the past several months", "DURATION", "PXM"),
        ("During the past decade, ties grew.", "the past decade", "DURATION", "P10Y"),
        ("for a decade", "a decade", "DURATION", "P10Y"),
        ("They now patrol", "now", "DATE", "PRESENT_REF"),
        ("They recently patrolled", "recently", "DATE", "PAST_REF"),
        ("more patrols in the future", "the future", "DATE", "FUTURE_REF"),
        ("an annual exercise", "annual", "SET", "P1Y"),
        ("held every year", "every year", "SET", "P1Y"),
    ],
)
def test_durations_sets_refs(tagger: TemporalTagger, text: str, phrase: str, typ: str,
                             value: str) -> None:
    t = one(tagger, text, None, phrase)
    assert (t.type, t.value) == (typ, value)
    assert t.text == phrase


def test_each_season_is_set(tagger: TemporalTagger) -> None:
    assert one(tagger, "drills each season", None, "each season").type == "SET"


def test_exercise_names(tagger: TemporalTagger) -> None:
    text = ("Vostok-2018, Tsentr-2019, Kavkaz-2020, Zapad-2021 and Vostok-2022; "
            "Joint Sea-2021 and ZAPAD/INTERACTION-2021")
    ts = tagger.tag(text, dct=date(2022, 9, 1))
    assert [t.text for t in ts] == ["2018", "2019", "2020", "2021", "2022", "2021", "2021"]
    assert all(t.anchor == "name" and t.type == "DATE" and t.granularity == "year" for t in ts)


@pytest.mark.parametrize(
    "text",
    [
        "Two Tu-95 bombers and Su-30 fighters escorted H-6K aircraft.",
        "A Type 055 destroyer joined.",
        "It may rain; the troops march on; they may march.",
        "Some 10,000 troops and 2,000 vehicles, a 10,000 ton-class ship.",
        "The exercise involved 2000 troops.",
    ],
)
def test_no_false_positives(tagger: TemporalTagger, text: str) -> None:
    assert tagger.tag(text, dct=date(2022, 5, 24)) == []


def test_no_dct_means_unresolved(tagger: TemporalTagger) -> None:
    text = "They patrolled on Tuesday. Last year they flew. In August, they held drills."
    ts = tagger.tag(text, dct=None)
    assert [t.text for t in ts] == ["Tuesday", "Last year", "August"]
    for t in ts:
        assert t.anchor == "unresolved"
        assert t.value is None and t.start_date is None and t.end_date is None


def test_no_dct_does_not_depend_on_today(tagger: TemporalTagger,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as real

    text = "On Tuesday and last year, in August and two years ago, next week, today."
    before = [t.to_json() for t in tagger.tag(text, dct=None)]

    class FakeDate(real.date):
        @classmethod
        def today(cls) -> FakeDate:
            return cls(1977, 1, 1)

    import extractor.temporal as mod

    monkeypatch.setattr(mod, "date", FakeDate)
    after = [t.to_json() for t in TemporalTagger().tag(text, dct=None)]
    assert before == after
    assert all(x["value"] is None for x in after)


def test_ranges(tagger: TemporalTagger) -> None:
    cases = [
        ("between October 17 and 23", date(2021, 11, 23), "2021-10-17/2021-10-23",
         "between October 17 and 23"),
        ("held 17–23 October in the north", date(2021, 11, 23), "2021-10-17/2021-10-23",
         "17–23 October"),
        ("from May to July 2019", None, "2019-05/2019-07", "from May to July 2019"),
        ("on October 17-23, 2021.", None, "2021-10-17/2021-10-23", "October 17-23, 2021"),
    ]
    for text, dct, value, span in cases:
        merged = tagger.ranges(text, tagger.tag(text, dct=dct))
        assert len(merged) == 1, merged
        t = merged[0]
        assert (t.value, t.text) == (value, span)
        assert text[t.start:t.end] == t.text
        assert t.start_date is not None and t.end_date is not None
        assert t.start_date <= t.end_date


def test_to_json_shape(tagger: TemporalTagger) -> None:
    t = tagger.tag("on 10 November 2019", dct=None)[0]
    j = t.to_json()
    assert list(j) == ["start", "end", "text", "type", "value", "mod", "start_date",
                       "end_date", "granularity", "anchor"]
    assert j["start_date"] == "2019-11-10"


def test_dateline_anchor(tagger: TemporalTagger) -> None:
    t = tagger.tag("on Tuesday", dct=date(2022, 5, 24), dct_anchor="dateline")[0]
    assert t.anchor == "dateline"


def test_spacy_component() -> None:
    import spacy

    from extractor.cli_timex import load_spacy

    nlp: spacy.language.Language = load_spacy()
    nlp.add_pipe("extractor_timex_v1", last=True)
    doc = nlp.make_doc("China and Russia on Tuesday conducted joint patrols between "
                       "October 17 and 23.")
    doc.user_data["dct"] = date(2023, 6, 10)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    spans = list(doc.spans["timex"])
    assert spans and spans[0]._.timex.value == "2023-06-06"
    merged = doc.user_data["timexes"]
    assert any(t.value == "2022-10-17/2022-10-23" for t in merged)


def test_tense_from_doc_future() -> None:
    from extractor.cli_timex import load_spacy

    nlp = load_spacy()
    text = "The navies will hold drills on Tuesday."
    doc = nlp(text)
    t = get_tagger().tag(text, dct=date(2022, 5, 25), doc=doc)[0]
    assert t.value == "2022-05-31"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()))
def test_never_raises_and_offsets_hold(text: str, dct: date | None) -> None:
    tagger = get_tagger()
    a = tagger.tag(text, dct=dct)
    b = tagger.tag(text, dct=dct)
    assert a == b
    for t in a:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
    for t in tagger.ranges(text, a):
        assert text[t.start:t.end] == t.text


_WORDS = st.sampled_from(
    ["May", "March", "Tuesday", "last", "next", "year", "2019", "10", "-", "–", "and",
     "between", "from", "to", "mid-", "early", "the", "quarter", "third", "1990s", "ago",
     "two", "weeks", "Vostok-2018", "9999", "0001", "Dec.", "31", ",", "'98", "night"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=12), st.one_of(st.none(), st.dates()))
def test_temporal_word_soup(words: list[str], dct: date | None) -> None:
    text = " ".join(words)
    tagger = get_tagger()
    for t in tagger.ranges(text, tagger.tag(text, dct=dct)):
        assert text[t.start:t.end] == t.text
        if t.start_date and t.end_date:
            assert t.start_date <= t.end_date


@pytest.mark.parametrize(
    ("text", "phrase", "typ", "value"),
    [
        ("They stayed for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("about 5 1/2 hours in Nairobi", "5 1/2 hours", "DURATION", "PT5H30M"),
        ("But a minute and a half later", "a minute and a half", "DURATION", "PT1M30S"),
        ("Growth slowed in recent years.", "recent years", "DATE", "PAST_REF"),
    ],
)
def test_fractions_and_vague_refs(tagger: TemporalTagger, text: str, phrase: str, typ: str,
                                  value: str) -> None:
    t = one(tagger, text, None, phrase)
    assert (t.type, t.value) == (typ, value)


def test_weekday_night_is_plain_day(tagger: TemporalTagger) -> None:
    t = one(tagger, "Protesters rallied Friday night.", date(2000, 1, 8), "Friday night")
    assert (t.type, t.value) == ("DATE", "2000-01-07")
    t = one(tagger, "They met Friday evening.", date(2000, 1, 8), "Friday evening")
    assert (t.type, t.value) == ("TIME", "2000-01-07TEV")


def test_deadline_month_looks_ahead(tagger: TemporalTagger) -> None:
    t = one(tagger, "It said it had to repay the loan by February.", date(1989, 11, 1),
            "February")
    assert t.value == "1990-02"


def test_adjectival_future_untagged(tagger: TemporalTagger) -> None:
    assert not tagger.tag("Analysts doubt future earnings.", dct=date(1989, 11, 1))


def test_weekend_is_a_date(tagger: TemporalTagger) -> None:
    t = one(tagger, "Officials said over the weekend that talks failed.", date(1990, 8, 13),
            "the weekend")
    assert (t.type, t.value) == ("DATE", "1990-W32-WE")


# --- Earnings-report periods: the quarter under discussion, not the one last named ----------


def test_year_ago_follows_topic_quarter_not_a_forecast(tagger: TemporalTagger) -> None:
    text = ("Travelers Corp.'s third-quarter net income rose 11%. It estimated that the "
            "earthquake last month will result in a fourth-quarter charge of $10 million. "
            "Earnings fell 59% in the latest quarter, compared with $6.1 million a year ago.")
    ts = {t.text: t.value for t in tagger.tag(text, dct=date(1989, 11, 2))}
    assert ts["fourth-quarter"] == "1989-Q4"
    assert ts["the latest quarter"] == "1989-Q3"
    assert ts["a year ago"] == "1988-Q3"


def test_year_earlier_after_nine_months_is_a_year(tagger: TemporalTagger) -> None:
    text = ("America West reported third-quarter profit of $5.8 million, up from $4 million "
            "a year earlier. For the nine months, it earned $18.9 million, compared with a "
            "loss of $9.7 million a year earlier.")
    got = [t.value for t in tagger.tag(text, dct=date(1989, 10, 26)) if "year" in t.text]
    assert got == ["1988-Q3", "1988"]


def test_earlier_quarter_aside_does_not_displace_topic(tagger: TemporalTagger) -> None:
    text = ("Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
            "quarter, the company attributed the gain to consumer sales. Those gains came from "
            "higher prices. Newsprint results stayed weak. The comparison was enhanced by "
            "charges taken in the year-earlier period.")
    t = one(tagger, text, date(1989, 11, 1), "the year-earlier period")
    assert t.value == "1988-Q3"


def test_that_quarter_is_the_quarter_named_last(tagger: TemporalTagger) -> None:
    text = "In the second quarter ended Oct. 31, it lost money. Results for that quarter fell."
    assert one(tagger, text, date(1989, 10, 27), "that quarter").value == "1989-Q2"


def test_quarter_shorthand(tagger: TemporalTagger) -> None:
    ts = {t.text: t.value for t in tagger.tag("Sales rose in Q4 2012 and Q1'13.",
                                              dct=date(2013, 3, 22))}
    assert ts == {"Q4 2012": "2012-Q4", "Q1'13": "2013-Q1"}
    assert not tagger.tag("The MQ-9 and IQ4 codes", dct=date(2013, 3, 22))


# --- Weekday and date resolution by clause ---------------------------------------------------


def test_forward_preposition_weekday_looks_ahead(tagger: TemporalTagger) -> None:
    # DCT Thursday 2000-03-30: "postponed" is past, but "until Tuesday" is next Tuesday.
    t = one(tagger, "Officials postponed until Tuesday morning any action.", date(2000, 3, 30),
            "Tuesday")
    assert t.value == "2000-04-04"
    t = one(tagger, "He could leave as soon as Tuesday, Castro said.", date(2000, 4, 3),
            "Tuesday")
    assert t.value == "2000-04-04"
    t = one(tagger, "They gave him until 9 a.m. Tuesday to sign.", date(2000, 4, 3), "9 a.m.")
    assert t.value == "2000-04-04T09:00"
    # Sentence-initial "Until Thursday, they had not ..." still looks back.
    t = one(tagger, "Until Thursday, they had not called him a suspect.", date(1999, 5, 8),
            "Thursday")
    assert t.value == "1999-05-06"


def test_pluperfect_plan_is_past() -> None:
    from extractor.cli_timex import load_spacy

    nlp = load_spacy()
    text = "The offer had been scheduled to expire Friday. It had been due to end Friday evening."
    got = [t.value for t in get_tagger().tag(text, dct=date(1989, 10, 30), doc=nlp(text))]
    assert got == ["1989-10-27", "1989-10-27TEV"]


def test_timetable_present_looks_ahead() -> None:
    from extractor.cli_timex import load_spacy

    nlp = load_spacy()
    text = "The new law takes effect Jan. 1. The offer expires Jan. 14."
    got = [t.value for t in get_tagger().tag(text, dct=date(2013, 3, 22), doc=nlp(text))]
    assert got == ["2014-01-01", "2014-01-14"]


def test_slash_date_with_two_digit_year(tagger: TemporalTagger) -> None:
    assert one(tagger, "It happened on 3/12/13.", None, "3/12/13").value == "2013-03-12"


# --- Narrative anchors: "later", "the next day", "the previous Friday" ----------------------


def test_units_later_are_durations(tagger: TemporalTagger) -> None:
    text = "The bombs went off Friday. Three days later, police made arrests."
    t = one(tagger, text, date(1998, 8, 10), "Three days")
    assert (t.text, t.type, t.value) == ("Three days", "DURATION", "P3D")
    t = one(tagger, "A few days later, it announced losses.", date(1989, 10, 26), "few days")
    assert (t.type, t.value) == ("DURATION", "PXD")
    # A year earlier in a comparison stays a date.
    t = one(tagger, "Wages were 3.8 percent higher than a year earlier.", date(1998, 2, 6),
            "a year earlier")
    assert (t.type, t.value) == ("DATE", "1997")


def test_next_day_and_previous_weekday_follow_the_narrative(tagger: TemporalTagger) -> None:
    text = "He was arrested on Feb. 21. He appeared in court the next morning."
    assert one(tagger, text, date(2000, 2, 24), "the next morning").value == "2000-02-22"
    text = "On Oct. 12 the index fell. The next day it rose."
    assert one(tagger, text, date(1989, 10, 30), "The next day").value == "1989-10-13"
    text = "Shares closed on Friday, down 4.5% from the previous Friday."
    assert one(tagger, text, date(1989, 10, 30), "previous Friday").value == "1989-10-20"


def test_week_of_and_day_before(tagger: TemporalTagger) -> None:
    t = one(tagger, "It will be resolved in a hearing the week of March 6.", date(2000, 2, 24),
            "March 6")
    assert (t.text, t.value) == ("the week of March 6", "2000-W10")
    t = one(tagger, "The day before last Tuesday's hearing, he left.", date(2000, 2, 24),
            "Tuesday")
    assert (t.text, t.value) == ("day before last Tuesday", "2000-02-21")


def test_or_so_ago_is_approximate(tagger: TemporalTagger) -> None:
    t = one(tagger, "Then, a week or so ago, he picked the date.", date(1991, 2, 25), "a week")
    assert (t.text, t.value, t.mod) == ("a week or so ago", "1991-W08", "APPROX")


# --- Durations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("reservists for up to 180 days", "up to 180 days", "P180D", "EQUAL_OR_LESS"),
        ("profit after several quarters of losses", "several quarters", "PXQ", None),
        ("their third day-long meeting", "day-long", "P1D", None),
        ("the decades-long battle", "decades-long", "PXY", None),
        ("Ukraine was ruled from Moscow for centuries.", "centuries", "PXY", None),
        ("We will live without it for a while.", "a while", "PXX", None),
        ("forces could stay in the gulf for some time.", "some time", "PXX", None),
    ],
)
def test_more_durations(tagger: TemporalTagger, text: str, phrase: str, value: str,
                        mod: str | None) -> None:
    t = one(tagger, text, date(1990, 8, 15), phrase)
    assert (t.text, t.type, t.value, t.mod) == (phrase, "DURATION", value, mod)


def test_fractions_of_quarters_stay_untagged(tagger: TemporalTagger) -> None:
    assert not tagger.tag("three-quarters of the vote and a quarter of seats", dct=None)


# --- Spelled-out years and false positives ----------------------------------------------------


def test_spelled_year_heads(tagger: TemporalTagger) -> None:
    t = one(tagger, "Atlanta. January nineteen ninety-seven. Atlanta again.", date(1998, 2, 27),
            "January")
    assert (t.text, t.value) == ("January nineteen ninety-seven", "1997-01")
    t = one(tagger, "the level we saw in the winter of nineteen ninety-four.",
            date(1998, 2, 23), "winter")
    assert (t.text, t.value) == ("the winter of nineteen ninety-four", "1994-WI")


@pytest.mark.parametrize(
    "text",
    [
        'Baker said on ABC\'s "This Week" that the proposals failed.',
        "It recalled the film High Noon; for Poland, high noon comes.",
    ],
)
def test_titles_and_idioms_untagged(tagger: TemporalTagger, text: str) -> None:
    assert tagger.tag(text, dct=date(1999, 3, 12)) == []


def test_weekend_ahead_is_the_coming_one(tagger: TemporalTagger) -> None:
    t = one(tagger, "Traders squared positions ahead of the weekend.", date(1989, 10, 30),
            "the weekend")
    assert t.value == "1989-W44-WE"


def test_today_in_a_name_untagged(tagger: TemporalTagger) -> None:
    ts = tagger.tag("USA Today reported it. Today, he left. This is VOA Today. Officials "
                    "told Reuters. Today the vote is held.", dct=date(1998, 3, 31))
    assert [(t.text, t.start) for t in ts] == [("Today", 23), ("Today", 82)]


def test_the_year_before_counts_back_from_the_year_named(tagger: TemporalTagger) -> None:
    text = "Revenues fell to $300 million last year, down from $450 million the year before."
    t = one(tagger, text, date(1998, 9, 7), "the year")
    assert (t.text, t.value) == ("the year", "1996")


# --- News phrasing used by the event extractor (DCT 2023-04-05 unless said otherwise) ---------

NEWS_DCT = date(2023, 4, 5)


@pytest.fixture(scope="module")
def nlp() -> object:
    from extractor.cli_timex import load_spacy

    return load_spacy()


def _tag_both(tagger: TemporalTagger, nlp: object, text: str, dct: date) -> list[list[Timex]]:
    """The tagger's output without a parse and with one: both paths must agree here."""
    return [tagger.tag(text, dct=dct), tagger.tag(text, dct=dct, doc=nlp(text))]  # type: ignore[operator]


def test_bare_days_take_month_from_range_end(tagger: TemporalTagger, nlp: object) -> None:
    text = "From the 14th to the 17th of October, the navies will hold joint drills."
    for ts in _tag_both(tagger, nlp, text, NEWS_DCT):
        assert [(t.text, t.type, t.value) for t in ts] == [
            ("the 14th", "DATE", "2023-10-14"), ("the 17th of October", "DATE", "2023-10-17")]
        assert (ts[0].start_date, ts[0].granularity) == (date(2023, 10, 14), "day")
        merged = tagger.ranges(text, ts)
        assert [(t.text, t.value) for t in merged] == [
            ("From the 14th to the 17th of October", "2023-10-14/2023-10-17")]
        assert merged[0].start_date == date(2023, 10, 14)
        assert merged[0].end_date == date(2023, 10, 17)


def test_bare_days_of_this_month(tagger: TemporalTagger, nlp: object) -> None:
    text = "The exercises will run from the 11th to the 16th of this month."
    for ts in _tag_both(tagger, nlp, text, NEWS_DCT):
        assert [(t.text, t.value) for t in ts] == [("the 11th", "2023-04-11"),
                                                   ("the 16th of this month", "2023-04-16")]
        assert [t.value for t in tagger.ranges(text, ts)] == ["2023-04-11/2023-04-16"]


def test_bare_day_resolves_by_tense(tagger: TemporalTagger, nlp: object) -> None:
    dct = date(2024, 11, 30)
    for ts in _tag_both(tagger, nlp, "The bombers arrived on the 29th.", dct):
        assert [(t.text, t.type, t.value) for t in ts] == [("the 29th", "DATE", "2024-11-29")]
    for ts in _tag_both(tagger, nlp, "The exercise will be held on the 29th.", dct):
        assert [t.value for t in ts] == ["2024-12-29"]
    # A day that closes a list gives its month to the days before it.
    text = "The drills took place on the 14th, the 15th and the 17th of October."
    assert [t.value for t in tagger.tag(text, dct=NEWS_DCT)] == [
        "2022-10-14", "2022-10-15", "2022-10-17"]
    # Without a DCT the bare day stays unresolved unless the range end has a year.
    t = one(tagger, "They met on the 29th.", None, "the 29th")
    assert (t.value, t.anchor) == (None, "unresolved")
    ts = tagger.tag("from the 14th to the 17th of October 2019", dct=None)
    assert [t.value for t in ts] == ["2019-10-14", "2019-10-17"]


@pytest.mark.parametrize(
    "text",
    [
        "The 5th Fleet marked the 25th anniversary on the 14th floor.",
        "He appealed to the 11th Circuit.",
        "Troops from the 2nd and 3rd battalions joined.",
        "He finished the 14th in the race.",
    ],
)
def test_ordinal_adjectives_are_not_days(tagger: TemporalTagger, text: str) -> None:
    assert tagger.tag(text, dct=NEWS_DCT) == []


def test_weekday_with_day_of_month(tagger: TemporalTagger, nlp: object) -> None:
    text = "The drills run from next Monday until Friday the 14th."
    for ts in _tag_both(tagger, nlp, text, NEWS_DCT):
        assert [(t.text, t.type, t.value) for t in ts] == [
            ("next Monday", "DATE", "2023-04-10"), ("Friday the 14th", "DATE", "2023-04-14")]
        assert [t.value for t in tagger.ranges(text, ts)] == ["2023-04-10/2023-04-14"]
    # The weekday picks the month: the 14th that was a Friday before a past-tense clause.
    t = one(tagger, "The drills ended on Friday the 14th.", NEWS_DCT, "Friday")
    assert (t.text, t.value) == ("Friday the 14th", "2022-10-14")
    # With its weekday the day is a date whatever word follows it.
    t = one(tagger, "It runs until Friday the 14th near Urumqi.", NEWS_DCT, "Friday")
    assert (t.text, t.value) == ("Friday the 14th", "2023-04-14")


def test_a_year_ago_this_week(tagger: TemporalTagger, nlp: object) -> None:
    text = "A year ago this week, the bombers flew over the Sea of Japan."
    for ts in _tag_both(tagger, nlp, text, NEWS_DCT):
        assert [(t.text, t.type, t.value) for t in ts] == [
            ("A year ago this week", "DATE", "2022-W14")]
        assert (ts[0].start_date, ts[0].end_date) == (date(2022, 4, 4), date(2022, 4, 10))
    t = one(tagger, "Two years ago today they signed it.", NEWS_DCT, "today")
    assert (t.text, t.value) == ("Two years ago today", "2021-04-05")


def test_the_week_before_last(tagger: TemporalTagger, nlp: object) -> None:
    text = "The patrol took place the week before last."
    for ts in _tag_both(tagger, nlp, text, NEWS_DCT):
        assert [(t.text, t.type, t.value) for t in ts] == [
            ("the week before last", "DATE", "2023-W12")]
        assert (ts[0].start_date, ts[0].end_date) == (date(2023, 3, 20), date(2023, 3, 26))
    assert one(tagger, "It rained the month before last.", NEWS_DCT, "month").value == "2023-02"
    # "the day before last Tuesday's hearing" is still the day before that Tuesday.
    t = one(tagger, "The day before last Tuesday's hearing, he left.", date(2000, 2, 24),
            "Tuesday")
    assert (t.text, t.value) == ("day before last Tuesday", "2000-02-21")


def test_last_as_a_verb_is_not_part_of_the_duration(tagger: TemporalTagger,
                                                    nlp: object) -> None:
    text = "Officials said the drills would last four days."
    for ts in _tag_both(tagger, nlp, text, NEWS_DCT):
        assert [(t.text, t.type, t.value) for t in ts] == [("four days", "DURATION", "P4D")]
    t = one(tagger, "The talks will last several weeks.", NEWS_DCT, "weeks")
    assert (t.text, t.value) == ("several weeks", "PXW")
    t = one(tagger, "It is expected to last up to 10 days.", NEWS_DCT, "days")
    assert (t.text, t.value, t.mod) == ("up to 10 days", "P10D", "EQUAL_OR_LESS")
    # The adjective keeps its place in the extent.
    t = one(tagger, "Prices rose over the last four days.", NEWS_DCT, "days")
    assert (t.text, t.value) == ("the last four days", "P4D")


def test_news_ranges_and_lists_still_hold(tagger: TemporalTagger) -> None:
    cases = [
        ("They patrolled between October 17 and 23.", "between October 17 and 23",
         "2022-10-17/2022-10-23"),
        ("The drills took place on 3-7 July.", "3-7 July", "2022-07-03/2022-07-07"),
        ("The drills ran from Sept. 3 to 9.", "from Sept. 3 to 9", "2022-09-03/2022-09-09"),
    ]
    for text, span, value in cases:
        merged = tagger.ranges(text, tagger.tag(text, dct=NEWS_DCT))
        assert [(t.text, t.value) for t in merged] == [(span, value)]
    ts = tagger.tag("The talks were held Nov. 29 and 30.", dct=NEWS_DCT)
    assert [(t.text, t.value) for t in ts] == [("Nov. 29", "2022-11-29"), ("30", "2022-11-30")]


# --- Rules generalised from TBAQ errors --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "phrase", "span", "typ", "value"),
    [
        ("Eight trading days after Oct. 12, the index fell.", date(1989, 10, 30), "days",
         "Eight trading days", "DURATION", "P8D"),
        ("``I am talking about three days'' more or less.", date(2000, 4, 5), "days",
         "about three days", "DURATION", "P3D"),
        ("He was shot to death last Oct. 23 at his home.", date(1999, 4, 19), "Oct",
         "last Oct. 23", "DATE", "1998-10-23"),
        ("He will leave at 4 in the morning, Castro said.", date(2000, 4, 5), "morning",
         "4 in the morning", "TIME", "2000-04-05T04:00"),
        ("The ferry leaves at 10 at night.", date(2000, 4, 5), "night", "10 at night", "TIME",
         "2000-04-05T22:00"),
        ("Protesters prayed as Easter week began.", date(2000, 4, 17), "Easter", "Easter week",
         "DATE", "2000-W16"),
        ("It is a theme of our campaign from now to Election Day.", date(1998, 10, 26),
         "Election", "Election Day", "DATE", "1998-11-03"),
        ("The slump lasts through the first two quarters of 1990.", date(1989, 10, 26),
         "quarters", "the first two quarters of 1990", "DATE", "1990-H1"),
        ("Over the years many more patients died.", date(1998, 3, 31), "years", "the years",
         "DURATION", "PXY"),
        ("The merger follows months of twists and turns.", date(1989, 10, 26), "months",
         "months", "DURATION", "PXM"),
        ("The March accession will enable them to attend.", date(1999, 2, 10), "March",
         "March", "DATE", "1999-03"),
    ],
)
def test_generalised_tbaq_rules(tagger: TemporalTagger, text: str, dct: date, phrase: str,
                                span: str, typ: str, value: str) -> None:
    t = one(tagger, text, dct, phrase)
    assert (t.text, t.type, t.value) == (span, typ, value)


def test_march_for_life_is_a_march(tagger: TemporalTagger) -> None:
    assert tagger.tag("They joined the March for Life and the march on Washington.",
                      dct=date(1999, 1, 22)) == []


def test_easter_computus(tagger: TemporalTagger) -> None:
    got = [one(tagger, f"Easter Sunday is near; {y}.", date(y, 3, 1), "Easter").value
           for y in (1998, 2000, 2023, 2024)]
    assert got == ["1998-04-12", "2000-04-23", "2023-04-09", "2024-03-31"]


def test_overnight_and_previous_weekday_follow_the_narrated_day(tagger: TemporalTagger) -> None:
    text = ("London shares closed lower Friday. They were depressed by overnight losses. "
            "The index fell 4.5% from the previous Friday.")
    ts = [(t.text, t.value) for t in tagger.tag(text, dct=date(1989, 10, 30))]
    assert ts == [("Friday", "1989-10-27"), ("overnight", "1989-10-26TNI"),
                  ("the previous Friday", "1989-10-20")]
    t = one(tagger, "Dealers said prices rose Friday. Buyers placed orders in the morning.",
            date(1989, 10, 30), "morning")
    assert (t.text, t.type, t.value) == ("the morning", "TIME", "1989-10-27TMO")


def test_clause_tense_from_the_parse(tagger: TemporalTagger, nlp: object) -> None:
    def value(text: str, dct: date) -> str | None:
        return tagger.tag(text, dct=dct, doc=nlp(text))[0].value  # type: ignore[operator]

    # A plan's object happens later: the coming Saturday.
    assert value("Protesters planned a large demonstration on Saturday.",
                 date(2000, 1, 7)) == "2000-01-08"
    # Present tense in a time clause refers ahead.
    assert value("They will fight on when the case is heard in May.",
                 date(2000, 3, 29)) == "2000-05"
    # A month that dates a noun is the nearest one, whatever the clause's tense.
    assert value("The bank is continuing to sell itself under a June agreement.",
                 date(1989, 10, 27)) == "1989-06"


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ('The bombers flew jointly "on the 6th and 7th".', date(2023, 6, 7),
         [("the 6th", "2023-06-06"), ("7th", "2023-06-07")]),
        ("Drills will run on the 14th and 15th of this month.", date(2023, 6, 7),
         [("the 14th", "2023-06-14"), ("15th of this month", "2023-06-15")]),
        ("Troops from the 2nd and 3rd battalions joined.", date(2023, 6, 7), []),
    ],
)
def test_second_bare_day_of_a_pair(tagger: TemporalTagger, text: str, dct: date,
                                   expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tagger.tag(text, dct=dct)] == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("From Monday to Friday last week, troops trained.", ["2021-08-09", "2021-08-13"]),
        ("They trained on Tuesday last week.", ["2021-08-10"]),
        ("Last week, from Monday to Friday, troops trained.", ["2021-08-09", "2021-08-13"]),
        ("The talks start on Thursday next week.", ["2021-08-26"]),
        # A week named in the next sentence does not move the weekday.
        ("They met on Monday. Next week they will meet again.", ["2021-08-16"]),
    ],
)
def test_weekday_in_a_named_week(tagger: TemporalTagger, text: str, days: list[str]) -> None:
    got = [t.value for t in tagger.tag(text, dct=date(2021, 8, 20)) if t.granularity == "day"]
    assert got == days


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry gave the dates as 09.08.2021-13.08.2021.", "2021-08-09"),
        ("It was held on 23.08.2021.", "2021-08-23"),
        ("A US-style 08.13.2021 is read month first only when it must be.", "2021-08-13"),
    ],
)
def test_dotted_dates_put_the_day_first(tagger, text, value):
    assert tagger.tag(text, dct=date(2021, 8, 14))[0].value == value


def test_an_indefinite_weekday_is_no_particular_day(tagger):
    tx = tagger.tag("The active phase ran from a Sunday to a Wednesday.", dct=date(2026, 3, 9))
    assert tx == []
    assert tagger.tag("It ended last Wednesday.", dct=date(2026, 3, 9))[0].value == "2026-03-04"


@pytest.mark.parametrize(
    ("text", "dct", "values"),
    [
        # The article's one unambiguous slash date says how it writes the others.
        ("Dates: 19/04/2025 – 04/05/2025", date(2025, 4, 21), ["2025-04-19", "2025-05-04"]),
        ("on 3/4/2019 and again on 12/25/2019", date(2019, 3, 10), ["2019-03-04", "2019-12-25"]),
        # Else month first, unless that reading is far from the report and the other near.
        ("paratroopers line up, El Hammam, 3/11/2018.", date(2018, 11, 18), ["2018-11-03"]),
        ("The accord was signed on 3/11/2018.", date(2018, 3, 12), ["2018-03-11"]),
    ],
)
def test_slash_dates_follow_the_text_or_the_report_day(tagger, text, dct, values):
    assert [t.value for t in tagger.tag(text, dct=dct)] == values


def test_present_run_through_a_weekday_looks_ahead(tagger, nlp):
    text = "The exercise got under way yesterday, and it runs through Wednesday."
    doc = nlp(text)
    tx = tagger.tag(text, dct=date(2022, 9, 2), doc=doc)
    assert [t.value for t in tx] == ["2022-09-01", "2022-09-07"]


def test_a_day_number_makes_may_the_month(tagger):
    tx = tagger.tag("The drills are scheduled to run until 28 May.", dct=date(2025, 5, 13))
    assert [t.value for t in tx] == ["2025-05-28"]
    assert tagger.tag("Troops may leave on Friday.", dct=date(2025, 5, 13))[0].value == "2025-05-16"
