"""CLI tests of the timex commands, through the real command-line app."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from extractor.cli_timex import eval_timex, timex_records

runner = CliRunner()




def test_timex_file(app: typer.Typer, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Ünïcode first. In August, they held drills.", encoding="utf-8")
    r = runner.invoke(app, ["timex", str(p), "--published", "2022-05-24"])
    assert r.exit_code == 0, r.output
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert recs[0]["value"] == "2021-08" and recs[0]["anchor"] == "publication_date"
    text = p.read_text(encoding="utf-8")
    assert text[recs[0]["start"]:recs[0]["end"]] == "August"


def test_timex_bare_days_and_verb_last(app: typer.Typer) -> None:
    text = "From the 14th to the 17th of October, the drills will last four days."
    r = runner.invoke(app, ["timex", "-", "--published", "2023-04-05"], input=text)
    assert r.exit_code == 0, r.output
    got = [(x["text"], x["type"], x["value"]) for x in map(json.loads, r.stdout.splitlines())]
    assert got == [("the 14th", "DATE", "2023-10-14"),
                   ("the 17th of October", "DATE", "2023-10-17"),
                   ("four days", "DURATION", "P4D")]


def test_timex_stdin_unresolved_and_dateline(app: typer.Typer) -> None:
    r = runner.invoke(app, ["timex", "-"], input="on Tuesday")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["anchor"] == "unresolved"
    r = runner.invoke(app, ["timex", "-", "--published", "2022-05-24", "--dateline"],
                      input="on Tuesday")
    assert json.loads(r.stdout)["anchor"] == "dateline"


def test_timex_bad_date_is_usage_error(app: typer.Typer) -> None:
    r = runner.invoke(app, ["timex", "-", "--published", "24/05/2022"], input="x")
    assert r.exit_code == 2
    assert "Error:" in r.stderr


def test_timex_missing_and_undecodable(app: typer.Typer, tmp_path: Path) -> None:
    r = runner.invoke(app, ["timex", str(tmp_path / "nope.txt")])
    assert r.exit_code == 1 and r.stderr.startswith("Error: ")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    r = runner.invoke(app, ["timex", str(bad)])
    assert r.exit_code == 1 and "UTF-8" in r.stderr


def test_help_has_examples(app: typer.Typer) -> None:
    for cmd in ("timex", "eval-timex"):
        r = runner.invoke(app, [cmd, "--help"])
        assert r.exit_code == 0 and "Examples" in r.stdout


def test_eval_timex_small(app: typer.Typer, tmp_path: Path) -> None:
    (tmp_path / "d.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07">x</TIMEX3></DCT>'
        '<TEXT>Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday'
        "</TIMEX3> in Kenya.</TEXT></TimeML>",
        encoding="utf-8",
    )
    res = eval_timex(directory=tmp_path, use_spacy=False, show=5)
    assert res["value_f1"] == 1.0 and res["strict_f1"] == 1.0
    r = runner.invoke(app, ["eval-timex", str(tmp_path), "--format", "json", "--no-spacy"])
    assert r.exit_code == 0 and json.loads(r.stdout)["documents"] == 1
    r = runner.invoke(app, ["eval-timex", str(tmp_path / "missing")])
    assert r.exit_code == 1 and "Error:" in r.stderr
    r = runner.invoke(app, ["eval-timex", str(tmp_path), "--format", "xml"])
    assert r.exit_code == 2


def test_timex_records_function() -> None:
    assert timex_records("in 2019") [0]["value"] == "2019"
