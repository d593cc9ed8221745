"""Forms met in sets 203 to 206 (after they were scored): a day of denial ("Russia on
Wednesday denied that ... during a joint air patrol ... the previous day"), a ministry that
"had tracked two Chinese drones" (the watcher, not a flight), a correction that quotes the
story's "will conclude tomorrow", "on Thursday, the day before the start of Joint Sea-2025",
a headline's "...; Chinese flotilla sails home today", forum posts stamped "Posted: Tue Sep
13, 2016 9:42 am" and "Posted: 27-08-2006, 09:14", a clipped "Started Thursday in Almaty
oblast -- ...", "the day before the exercise officially opened", "The live part of the
exercise began on Friday" under "The five-day ... drill that ended on Sunday", "... is
scheduled for Sunday. Sunday is also the last day of the exercise." and a navigational
warning's "FROM 010600 LOCAL DEC 08 (Monday)" over "TO 021800 LOCAL DEC 08 (Tuesday)"."""

from __future__ import annotations

from datetime import date

from form_helpers import dev_article as _article
from form_helpers import events as _events
from form_helpers import only as _only
from form_helpers import span as _span


def test_the_day_of_a_denial_is_not_the_patrols(run_texts):
    recs = run_texts(
        (
            "SEOUL, July 24 -- Russia on Wednesday denied that one of its military aircraft "
            "violated South Korean airspace during a joint air patrol with China the "
            "previous day, rejecting Seoul's account of the incident.\n\n"
            "The Russian defense ministry said the Tu-95s and the Chinese H-6K bombers had "
            "conducted the first joint long-range air patrol in the Asia-Pacific region.\n",
            "2019-07-24",
        )
    )
    assert _span(_only(recs, event_type="air_patrol")) == ("2019-07-23", "2019-07-23")


def test_a_ministry_that_tracked_drones_is_the_watcher_not_a_flight(run_texts):
    recs = run_texts(_article("articles203", "025"))
    patrols = sorted(_span(r) for r in _events(recs) if r["event_type"] == "air_patrol")
    assert ("2022-11-30", "2022-11-30") in patrols
    assert ("2022-11-29", "2022-11-30") not in patrols


def test_a_correction_quoting_the_story_counts_from_the_storys_day(run_texts):
    recs = run_texts(_article("articles206", "023"))
    assert _span(_only(recs, name="Joint Sea-2015 (II)")) == ("2015-08-20", "2015-08-28")


def test_the_day_before_the_start_of_a_named_drill(run_texts):
    recs = run_texts(_article("articles206", "028"))
    assert _span(_only(recs, name="Joint Sea-2025")) == ("2025-08-01", "2025-08-05")


def test_a_headlines_clause_after_a_semicolon_has_its_own_day(run_texts):
    recs = run_texts(_article("articles205", "002"))
    assert _span(_only(recs, name="Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_forum_posts_stamped_month_first_with_the_clock_in_am_pm(run_texts):
    recs = run_texts(_article("articles204", "025"))
    assert _span(_only(recs, name="Joint Sea-2016")) == ("2016-09-12", "2016-09-19")


def test_forum_posts_stamped_with_dashes_and_a_clipped_start(run_texts):
    recs = run_texts(_article("articles204", "011"))
    assert _span(_only(recs, name="Tianshan-1-2006")) == ("2006-08-24", "2006-08-26")


def test_the_day_before_the_exercise_officially_opened(run_texts):
    recs = run_texts(_article("articles203", "003"))
    assert _span(_only(recs, name="Peace Mission-2013")) == ("2013-07-27", "2013-08-15")


def test_a_live_part_begun_later_does_not_start_a_drill_of_known_length(run_texts):
    recs = run_texts(_article("articles203", "018"))
    assert _span(_only(recs, name="Peace Mission-2009")) == ("2009-07-22", "2009-07-26")


def test_a_sentence_opening_on_the_weekday_just_named_means_that_day():
    from extractor.temporal import get_tagger

    text = (
        "The active phase begins tomorrow, and the final live-fire stage is scheduled for "
        "Sunday. Sunday is also the last day of the exercise."
    )
    got = [(t.text, t.value) for t in get_tagger().tag(text, dct=date(2009, 7, 23))]
    assert got[:3] == [("tomorrow", "2009-07-24"), ("Sunday", "2009-07-26"),
                       ("Sunday", "2009-07-26")]


def test_a_weekday_told_again_in_the_past_is_left_alone():
    from extractor.temporal import get_tagger

    text = "The drill began on Friday. The ships sailed home on Friday, a week later."
    got = [(t.text, t.value) for t in get_tagger().tag(text, dct=date(2009, 7, 23))]
    # (the second sentence does not open on the weekday: no rule ties it to the first)
    assert got[0] == ("Friday", "2009-07-17")


def test_a_day_written_with_dashes():
    from extractor.temporal import get_tagger

    got = [(t.text, t.value) for t in get_tagger().tag("Posted: 27-08-2006, 09:14", dct=None)]
    assert got == [("27-08-2006", "2006-08-27")]


def test_a_navigational_warnings_period_on_two_lines(run_texts):
    recs = run_texts(_article("articles206", "019"))
    assert _span(_only(recs, name="VENRUS-2008")) == ("2008-12-01", "2008-12-02")


# Forms met in sets 207 to 210 (after they were scored).


def test_a_drill_brought_to_a_close_yesterday_ends_then(run_texts):
    recs = run_texts(_article("articles207", "007"))
    assert _span(_only(recs, name="Peace Mission-2005")) == ("2005-08-18", "2005-08-25")


def test_an_arrival_completed_before_the_opening_of_the_exercise(run_texts):
    recs = run_texts(_article("articles207", "018"))
    assert _span(_only(recs, name="Peace Mission-2010")) == ("2010-09-09", "2010-09-25")


def test_days_the_next_sentence_calls_only_a_phase(run_texts):
    recs = run_texts(_article("articles208", "004"))
    assert _span(_only(recs, name="Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_stages_numbered_after_the_noun(run_texts):
    recs = run_texts(_article("articles208", "018"))
    assert _span(_only(recs, name="Tianshan-1-2006")) == ("2006-08-24", "2006-08-26")


def test_a_new_end_said_against_the_old_one_is_no_denial(run_texts):
    recs = run_texts(_article("articles208", "020"))
    rec = _only(recs, name="Peace Mission-2010")
    assert _span(rec) == ("2010-09-09", "2010-09-25")
    assert rec["status"] != "negated"


def test_a_day_put_down_to_the_ships_arriving(run_texts):
    recs = run_texts(_article("articles208", "022"))
    assert _span(_only(recs, name="Joint Sea-2016")) == ("2016-09-12", "2016-09-19")


def test_the_day_a_named_drill_ended_starts_what_set_out_that_day(run_texts):
    recs = run_texts(_article("articles208", "026"))
    assert _span(_only(recs, name="Joint Sea-2021")) == ("2021-10-14", "2021-10-17")
    assert _span(_only(recs, event_type="naval_patrol")) == ("2021-10-17", "2021-10-23")


def test_the_original_schedules_end_was_given_up(run_texts):
    # (the advisory of 028 gives the first plan; the live blog of 029 the day it moved to)
    recs = run_texts(_article("articles208", "028"), _article("articles208", "029"))
    assert _span(_only(recs, name="Maritime Security Belt 2025")) == ("2025-03-11", "2025-03-15")


def test_a_transcripts_release_line_dates_it(run_texts):
    recs = run_texts(_article("articles209", "013"))
    assert _span(_only(recs, event_type="naval_patrol")) == ("2026-09-24", "2026-10-12")


def test_the_days_of_a_drill_held_with_a_fleet_and_of_last_years_edition(run_texts):
    recs = run_texts(_article("articles209", "020"))
    assert _span(_only(recs, name="Joint Sea-2013")) == ("2013-07-05", "2013-07-12")


def test_bare_stages_of_an_edition_held_in_two_stages(run_texts):
    recs = run_texts(_article("articles210", "005"))
    spans = {_span(r) for r in _events(recs) if (r["name"] or "").startswith("Joint Sea-2017")}
    assert spans == {("2017-07-21", "2017-07-28"), ("2017-09-18", "2017-09-26")}
    assert _span(_only(recs, name="Joint Sea-2017 (II)")) == ("2017-09-18", "2017-09-26")


def test_a_joint_patrol_the_ships_had_begun_is_one_patrol(run_texts):
    recs = run_texts(_article("articles210", "008"))
    assert len([r for r in _events(recs) if r["event_type"] == "naval_patrol"]) == 1


def test_the_day_before_the_patrol_is_not_its_day(run_texts):
    # (a guard: "on Tuesday, the day before the patrol, which would make this ..." is no
    # gloss saying what happened that day)
    recs = run_texts(_article("articles26", "019"))
    patrols = [r for r in _events(recs) if r["event_type"] == "air_patrol" and r["date"]]
    assert ("2024-07-24", "2024-07-24") in {_span(r) for r in patrols}
