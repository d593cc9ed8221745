"""The knowledge files under models/: they load, they are consistent, and bad data is reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.errors import GazetteerError
from extractor.gazetteer import FILES, Gazetteer, load_gazetteer

PLATFORM_CATEGORIES = {
    "strategic_bomber", "bomber", "fighter", "fighter_bomber", "attack_aircraft", "aew_c",
    "maritime_patrol_aircraft", "tanker", "transport", "helicopter", "uav", "destroyer", "frigate",
    "corvette", "cruiser", "submarine", "amphibious_ship", "supply_ship", "aircraft_carrier",
    "patrol_ship", "missile_system", "air_defense_system", "tank", "artillery",
    "infantry_fighting_vehicle", "other",
}  # fmt: skip


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def lookup(table: dict, text: str) -> list:
    """Entries of a table whose name or alias matches text as the matcher would (no context)."""
    found = []
    for entry in table.values():
        for alias, case_sensitive in entry.all_aliases():
            if (alias == text) if case_sensitive else (alias.lower() == text.lower()):
                found.append(entry)
                break
    return found


def one(table: dict, text: str):
    found = lookup(table, text)
    assert len(found) == 1, f"{text!r} matches {[e.id for e in found]}"
    return found[0]


# --- the shipped data ------------------------------------------------------------------------


def test_shipped_data_loads_and_is_broad(gaz):
    counts = gaz.counts()
    assert counts["actors"] >= 80
    assert counts["places"] >= 120
    assert counts["platforms"] >= 150
    assert counts["series"] >= 15
    assert len(gaz.ruleset) == 16


def test_platform_categories_are_known(gaz):
    bad = {
        p.id: p.category for p in gaz.platforms.values() if p.category not in PLATFORM_CATEGORIES
    }
    assert not bad


def test_country_codes_refer_to_actors(gaz):
    codes = {a.code for a in gaz.actors.values()}
    refs = [("actor", a.id, a.country) for a in gaz.actors.values()]
    refs += [("place", p.id, p.country) for p in gaz.places.values()]
    refs += [("platform", p.id, p.country) for p in gaz.platforms.values()]
    assert not [r for r in refs if r[2] is not None and r[2] not in codes]


def test_countries_use_iso_codes_as_ids(gaz):
    for actor in gaz.actors.values():
        if actor.kind == "country":
            assert actor.id == actor.code == actor.country
            assert len(actor.code) == 3
        elif actor.kind in ("capital", "military", "government"):
            assert actor.country == actor.code


def test_places_within_is_acyclic(gaz):
    def ancestors(pid: str, path: tuple[str, ...]) -> None:
        for parent in gaz.places[pid].within:
            assert parent not in path, f"cycle: {' -> '.join((*path, parent))}"
            ancestors(parent, (*path, parent))

    for pid in gaz.places:
        ancestors(pid, (pid,))


def test_places_have_plausible_coordinates(gaz):
    for place in gaz.places.values():
        assert place.lat is not None and -90 <= place.lat <= 90, place.id
        assert place.lon is not None and -180 <= place.lon <= 180, place.id


def test_no_bare_risky_place_aliases(gaz):
    risky = {"pacific", "baltic", "east sea", "atlantic", "mediterranean", "arctic"}
    for place in gaz.places.values():
        for alias, _ in place.all_aliases():
            assert alias.lower() not in risky, (place.id, alias)


def test_series_ambiguous_aliases_are_not_unconditional(gaz):
    for series in gaz.series.values():
        plain = {alias.lower() for alias, _ in series.all_aliases()}
        for alias in series.ambiguous_aliases:
            assert alias.lower() not in plain, (series.id, alias)


def test_series_name_format_renders(gaz):
    for series in gaz.series.values():
        rendered = series.name_format.format(name=series.name, year=2021)
        assert rendered.strip()


def test_sources_are_given(gaz):
    for table in ("actors", "places", "platforms", "series"):
        for entry in getattr(gaz, table).values():
            assert entry.source.strip(), entry.id


# --- spot checks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("China", "CHN", "country"),
        ("People's Republic of China", "CHN", "country"),
        ("People’s Republic of China", "CHN", "country"),
        ("Russian Federation", "RUS", "country"),
        ("the United States", "USA", "country"),
        ("U.S.", "USA", "country"),
        ("US", "USA", "country"),
        ("South Korea", "KOR", "country"),
        ("Iran", "IRN", "country"),
        ("Beijing", "CHN", "capital"),
        ("Moscow", "RUS", "capital"),
        ("the Kremlin", "RUS", "capital"),
        ("Kremlin", "RUS", "capital"),
        ("Tokyo", "JPN", "capital"),
        ("the Pentagon", "USA", "capital"),
        ("PLA", "CHN", "military"),
        ("People’s Liberation Army", "CHN", "military"),
        ("PLA Navy", "CHN", "military"),
        ("PLAAF", "CHN", "military"),
        ("Eastern Theatre Command", "CHN", "military"),
        ("Russian Aerospace Forces", "RUS", "military"),
        ("VKS", "RUS", "military"),
        ("Pacific Fleet", "RUS", "military"),
        ("Russian Defence Ministry", "RUS", "government"),
        ("Russia’s defence ministry", "RUS", "government"),
        ("China’s defence ministry", "CHN", "government"),
        ("IRGC", "IRN", "military"),
        ("Japan Air Self-Defense Force", "JPN", "military"),
        ("SCO", "SCO", "organization"),
        ("Shanghai Cooperation Organisation", "SCO", "organization"),
        ("NATO", "NATO", "organization"),
        ("AUKUS", "AUKUS", "organization"),
        ("Quad", "QUAD", "organization"),
        ("Quadrilateral Security Dialogue", "QUAD", "organization"),
    ],
)
def test_actor_spot_checks(gaz, text, code, kind):
    actor = one(gaz.actors, text)
    assert (actor.code, actor.kind) == (code, kind)


def test_case_sensitive_actor_aliases(gaz):
    assert lookup(gaz.actors, "us") == []
    assert lookup(gaz.actors, "quad") == []
    assert one(gaz.actors, "US").code == "USA"


def test_demonyms(gaz):
    assert "Chinese" in gaz.actors["CHN"].demonyms
    assert "Russian" in gaz.actors["RUS"].demonyms
    assert "American" in gaz.actors["USA"].demonyms


@pytest.mark.parametrize(
    ("text", "pid", "kind"),
    [
        ("Sea of Japan", "sea-of-japan", "sea"),
        ("Japan Sea", "sea-of-japan", "sea"),
        ("East China Sea", "east-china-sea", "sea"),
        ("Western Pacific", "western-pacific", "waters"),
        ("West Pacific", "western-pacific", "waters"),
        ("Asia-Pacific region", "asia-pacific", "region"),
        ("East Asia", "east-asia", "region"),
        ("Pacific Ocean", "pacific-ocean", "ocean"),
        ("Indian Ocean", "indian-ocean", "ocean"),
        ("western part of the Indian Ocean", "western-indian-ocean", "waters"),
        ("the Baltic", "baltic-sea", "sea"),
        ("Ningxia Hui Autonomous Region", "ningxia", "region"),
        ("Ningxia", "ningxia", "region"),
        ("Northwest China", "northwest-china", "region"),
        ("Taiwan Strait", "taiwan-strait", "strait"),
        ("La Pérouse Strait", "soya-strait", "strait"),
        ("Peter the Great Bay", "peter-the-great-bay", "bay"),
        ("Zhurihe", "zhurihe", "range"),
        ("Eastern Theater Command", "eastern-theater-command", "theater_command"),
        ("Eastern Military District", "eastern-military-district", "military_district"),
    ],
)
def test_place_spot_checks(gaz, text, pid, kind):
    place = one(gaz.places, text)
    assert (place.id, place.kind) == (pid, kind)


def test_place_containment(gaz):
    def ancestors(pid: str) -> set[str]:
        out: set[str] = set()
        for parent in gaz.places[pid].within:
            out |= {parent, *ancestors(parent)}
        return out

    assert "northwest-china" in ancestors("ningxia")
    assert "sea-of-japan" in ancestors("peter-the-great-bay")
    assert "primorsky-krai" in ancestors("vladivostok")
    assert "pacific-ocean" in ancestors("sea-of-japan")
    assert "asia-pacific" in ancestors("east-china-sea")
    assert gaz.places["sea-of-japan"].country is None
    assert gaz.places["ningxia"].country == "CHN"


def test_actor_and_place_may_share_an_alias(gaz):
    assert one(gaz.actors, "Eastern Theater Command").kind == "military"
    assert one(gaz.places, "Eastern Theater Command").kind == "theater_command"


@pytest.mark.parametrize(
    ("text", "pid", "category", "country"),
    [
        ("Tu-95MS", "tu-95ms", "strategic_bomber", "RUS"),
        ("Tu-95", "tu-95ms", "strategic_bomber", "RUS"),
        ("Tu-95s", "tu-95ms", "strategic_bomber", "RUS"),
        ("H-6K", "h-6k", "strategic_bomber", "CHN"),
        ("H-6Ks", "h-6k", "strategic_bomber", "CHN"),
        ("Xian H-6", "h-6k", "strategic_bomber", "CHN"),
        ("Su-30 SM", "su-30sm", "fighter", "RUS"),
        ("Su30SM", "su-30sm", "fighter", "RUS"),
        ("Su-35S", "su-35s", "fighter", "RUS"),
        ("Su-35", "su-35s", "fighter", "RUS"),
        ("Type 055", "type-055", "destroyer", "CHN"),
        ("Renhai-class", "type-055", "destroyer", "CHN"),
        ("Type 052D", "type-052d", "destroyer", "CHN"),
        ("Varyag", "varyag", "cruiser", "RUS"),
        ("Admiral Panteleyev", "admiral-panteleyev", "destroyer", "RUS"),
        ("S-400", "s-400", "air_defense_system", "RUS"),
        ("KJ-500", "kj-500", "aew_c", "CHN"),
    ],
)
def test_platform_spot_checks(gaz, text, pid, category, country):
    platform = one(gaz.platforms, text)
    assert (platform.id, platform.category, platform.country) == (pid, category, country)


@pytest.mark.parametrize(
    ("text", "sid", "event_type"),
    [
        ("Vostok", "vostok", "strategic_exercise"),
        ("Tsentr", "tsentr", "strategic_exercise"),
        ("Kavkaz", "kavkaz", "strategic_exercise"),
        ("Zapad", "zapad", "strategic_exercise"),
        ("Zapad/Interaction", "zapad-interaction", "strategic_exercise"),
        ("Western Unity", "zapad-interaction", "strategic_exercise"),
        ("Joint Sea", "joint-sea", "naval_exercise"),
        ("Maritime Interaction", "joint-sea", "naval_exercise"),
        ("Peace Mission", "peace-mission", "counter_terrorism_exercise"),
        ("Airspace Security", "aerospace-security", "missile_defense_exercise"),
        ("Aerospace Security", "aerospace-security", "missile_defense_exercise"),
        ("Security Bond", "maritime-security-belt", "naval_exercise"),
    ],
)
def test_series_spot_checks(gaz, text, sid, event_type):
    series = one(gaz.series, text)
    assert (series.id, series.event_type) == (sid, event_type)


def test_series_ambiguous_words(gaz):
    assert "Cooperation" in gaz.series["cooperation"].ambiguous_aliases
    assert "East" in gaz.series["vostok"].ambiguous_aliases
    assert {"Centre", "Center"} <= set(gaz.series["tsentr"].ambiguous_aliases)
    assert lookup(gaz.series, "cooperation") == []
    assert lookup(gaz.series, "Ocean") == []
    cooperation = gaz.series["cooperation"]
    assert cooperation.name_format.format(name=cooperation.name, year=2019) == "Cooperation-2019"
    vostok = gaz.series["vostok"]
    assert vostok.name_format.format(name=vostok.name, year=2018) == "Vostok-2018"
    assert vostok.host == "RUS"
    assert {"CHN", "RUS"} <= set(vostok.participants)


# --- the validator ----------------------------------------------------------------------------


def _line(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _actor(id: str, code: str, **kw) -> dict:
    return {
        "id": id,
        "name": kw.pop("name", id),
        "code": code,
        "kind": "country",
        "source": "test",
        **kw,
    }


def _write(directory: Path, files: dict[str, list[str]]) -> Path:
    for filename in FILES:
        (directory / filename).write_text(
            "\n".join(files.get(filename, [])) + "\n", encoding="utf-8"
        )
    return directory


def test_minimal_valid_directory_loads(tmp_path):
    _write(
        tmp_path,
        {
            "actors.jsonl": [
                "// comment lines and blank lines are skipped",
                "",
                _line(_actor("CHN", "CHN")),
            ],
            "places.jsonl": [_line({"id": "sea", "name": "Sea", "kind": "sea", "source": "test"})],
            "series.jsonl": [
                _line(
                    {
                        "id": "s",
                        "name": "Series",
                        "event_type": "exercise",
                        "participants": ["CHN"],
                        "ambiguous_aliases": ["Word"],
                        "source": "test",
                    }
                )
            ],
        },
    )
    gaz = load_gazetteer(tmp_path)
    assert gaz.counts()["actors"] == 1
    assert gaz.series["s"].ambiguous_aliases == ["Word"]


def test_validator_reports_every_problem_with_file_and_line(tmp_path):
    _write(
        tmp_path,
        {
            "actors.jsonl": [
                _line(_actor("CHN", "CHN", name="China")),  # 1 ok
                '{"id": "broken", ',  # 2 not JSON
                _line(
                    {"id": "RUS", "name": "Russia", "kind": "country", "source": "t"}
                ),  # 3 no code
                _line(_actor("CHN", "CHN", name="China again")),  # 4 duplicate id
                _line(_actor("TWN", "TWN", name="Taiwan", aliases=["china"])),  # 5 alias clash
            ],
            "places.jsonl": [
                _line({"id": "sea", "name": "Sea", "kind": "sea", "source": "t"}),
                _line(
                    {
                        "id": "bay",
                        "name": "Bay",
                        "kind": "bay",
                        "within": ["nowhere"],
                        "source": "t",
                    }
                ),
            ],
            "series.jsonl": [
                _line({"id": "a", "name": "A", "event_type": "parade", "source": "t"}),  # 1
                _line(
                    {"id": "b", "name": "B", "event_type": "exercise", "host": "XYZ", "source": "t"}
                ),
                _line(
                    {
                        "id": "c",
                        "name": "C",
                        "event_type": "exercise",
                        "ambiguous_aliases": ["B"],
                        "source": "t",
                    }
                ),  # 3: ambiguous alias already owned by "b"
            ],
        },
    )
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(tmp_path)
    message = str(info.value)
    problems = [line.strip() for line in message.splitlines()[1:]]

    def has(*parts: str) -> bool:
        return any(all(p in line for p in parts) for line in problems)

    assert has("actors.jsonl:2", "not JSON")
    assert has("actors.jsonl:3", "code")
    assert has("actors.jsonl:4", "duplicate id 'CHN'")
    assert has("actors.jsonl:5", "alias 'china'", "'CHN'")
    assert has("series.jsonl:1", "event_type", "parade")
    assert has("series.jsonl:3", "alias 'B'", "'b'")
    assert has("places.jsonl", "'bay'", "unknown place 'nowhere'")
    assert has("series.jsonl", "'b'", "unknown actor code 'XYZ'")
    assert message.startswith(f"{len(problems)} problem(s)")
    assert len(problems) == 8


def test_validator_reports_extra_fields_and_missing_files(tmp_path):
    _write(tmp_path, {"actors.jsonl": [_line(_actor("CHN", "CHN", colour="red"))]})
    (tmp_path / "series.jsonl").unlink()
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(tmp_path)
    message = str(info.value)
    assert "actors.jsonl:1: colour" in message
    assert "series.jsonl: missing" in message


def test_missing_directory(tmp_path):
    with pytest.raises(GazetteerError, match="not found"):
        load_gazetteer(tmp_path / "absent")
