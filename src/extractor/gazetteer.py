"""Loads and validates the rule "model": the JSONL knowledge files under models/.

Every file is one JSON object per line. Validation collects every problem in every file
before failing, so that a user fixing the data sees the whole list at once.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import GazetteerError
from .schema import EVENT_TYPES, STATUSES


def default_models_dir() -> Path:
    """models/ of the source tree, or $EXTRACTOR_MODELS."""
    env = os.environ.get("EXTRACTOR_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "models"


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    source: str = Field(min_length=1, description="where the entry comes from")


class _Named(_Entry):
    name: str
    aliases: list[str] = Field(default_factory=list)
    # Aliases that only match with this exact capitalisation ("US" but not "us").
    case_sensitive: list[str] = Field(default_factory=list)

    def all_aliases(self) -> list[tuple[str, bool]]:
        """(alias, case_sensitive) for the canonical name and every alias."""
        seen: dict[str, tuple[str, bool]] = {}
        for alias in [self.name, *self.aliases]:
            seen.setdefault(alias.lower(), (alias, False))
        for alias in self.case_sensitive:
            seen[alias] = (alias, True)
        return list(seen.values())


class Actor(_Named):
    code: str = Field(pattern=r"^[A-Z]{3}$|^[A-Z]{2,6}$")
    kind: Literal["country", "organization", "military", "capital", "government", "group"]
    country: str | None = None
    # Adjectival forms ("Chinese"): participants when they modify the event's noun.
    demonyms: list[str] = Field(default_factory=list)


class Place(_Named):
    kind: Literal[
        "sea",
        "ocean",
        "strait",
        "gulf",
        "bay",
        "channel",
        "region",
        "range",
        "base",
        "military_district",
        "theater_command",
        "country",
        "city",
        "airspace",
        "island",
        "waters",
    ]
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    within: list[str] = Field(default_factory=list, description="ids of containing places")


class Platform(_Named):
    category: str
    country: str | None = None


class Series(_Named):
    event_type: str
    # How a single edition is named: "{name}-{year}".
    name_format: str = "{name}-{year}"
    host: str | None = None
    participants: list[str] = Field(default_factory=list)
    # Common words ("Ocean", "Cooperation", "Center"): matched only when a year follows or
    # inside quotes.
    ambiguous_aliases: list[str] = Field(default_factory=list)
    # Editions that are another series when a country takes part: "Zapad-2021" with China
    # is the Zapad/Interaction it hosted, not the Russian-Belarusian Zapad.
    editions_with: dict[str, str] = Field(default_factory=dict)
    # The first edition a participant took part in: China first joined Vostok in 2018, so
    # "Vostok-2014" is a Russian drill.
    joined: dict[str, int] = Field(default_factory=dict)
    # Years whose edition was held in numbered stages, each named on its own ("Joint
    # Sea-2015 (I)" and "(II)"): "the second phase of Joint Sea-2017" is "Joint Sea-2017 (II)".
    staged: list[int] = Field(default_factory=list)

    @field_validator("event_type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in EVENT_TYPES:
            raise ValueError(f"unknown event_type {v!r}; expected one of {', '.join(EVENT_TYPES)}")
        return v

    def line_up(self, year: int | None) -> list[str]:
        """The participants of the edition of that year (all of them when it is unknown)."""
        if year is None:
            return list(self.participants)
        return [c for c in self.participants if self.joined.get(c, 0) <= year]


class Trigger(_Entry):
    """A word or token pattern that names an exercise or patrol."""

    # "patrol" is resolved to air_patrol or naval_patrol by the assets and words around it.
    event_type: str
    pattern: str | list[dict] = Field(description="phrase (case-insensitive) or token pattern")
    # Weak triggers ("drills", "sent bombers") need an anchor (date, place, name...) to count.
    strength: Literal["strong", "weak"] = "strong"

    @field_validator("event_type")
    @classmethod
    def _known_type(cls, v: str) -> str:
        if v not in (*EVENT_TYPES, "patrol"):
            raise ValueError(f"unknown event_type {v!r}")
        return v


class Cue(_Entry):
    """A modality or negation cue that sets an event's status."""

    status: str
    pattern: str | list[dict]

    @field_validator("status")
    @classmethod
    def _known_status(cls, v: str) -> str:
        # "civilian" marks sport and civil-defence drills, which are no exercise at all.
        if v not in (*STATUSES, "hypothetical", "habitual", "series", "civilian"):
            raise ValueError(f"unknown status {v!r}")
        return v


class Boilerplate(_Entry):
    """Site furniture removed before analysis (the raw text is never changed)."""

    kind: Literal["line", "block_start", "list_start", "caption"]
    regex: str


class Scope(BaseModel):
    """Which joint exercises the feed follows: those with at least one of these actors."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    require_any: frozenset[str] = frozenset()
    # Events that ended before this day are history the feed does not follow ("the
    # Soviet-era drills of 1981" in an article about Vostok-2018).
    not_before: date | None = None
    source: str = ""


FILES: dict[str, type[_Entry]] = {
    "actors.jsonl": Actor,
    "places.jsonl": Place,
    "platforms.jsonl": Platform,
    "series.jsonl": Series,
    "triggers.jsonl": Trigger,
    "cues.jsonl": Cue,
    "boilerplate.jsonl": Boilerplate,
}


@dataclass
class Gazetteer:
    directory: Path
    ruleset: str
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    platforms: dict[str, Platform] = field(default_factory=dict)
    series: dict[str, Series] = field(default_factory=dict)
    triggers: dict[str, Trigger] = field(default_factory=dict)
    cues: dict[str, Cue] = field(default_factory=dict)
    boilerplate: dict[str, Boilerplate] = field(default_factory=dict)
    scope: Scope = field(default_factory=Scope)

    def counts(self) -> dict[str, int]:
        return {name.removesuffix(".jsonl"): len(self._table(name)) for name in FILES}

    def _table(self, filename: str) -> dict:
        return getattr(self, filename.removesuffix(".jsonl"))


def ruleset_hash(directory: Path) -> str:
    """sha256 over every data file under models/ (names and bytes), first 16 hex digits."""
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        if path.name.startswith(".") or "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _read_jsonl(path: Path, problems: list[str]) -> Iterable[tuple[int, dict]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read: {exc}")
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{lineno}: not JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{path}:{lineno}: expected a JSON object")
            continue
        yield lineno, obj


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Load and validate every knowledge file; raise GazetteerError listing all problems."""
    directory = Path(directory) if directory else default_models_dir()
    if not directory.is_dir():
        raise GazetteerError(f"models directory not found: {directory}")
    gaz = Gazetteer(directory=directory, ruleset=ruleset_hash(directory))
    problems: list[str] = []
    for filename, model in FILES.items():
        path = directory / filename
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        table = gaz._table(filename)
        alias_owner: dict[str, tuple[str, int]] = {}
        for lineno, obj in _read_jsonl(path, problems):
            try:
                entry = model.model_validate(obj)
            except ValidationError as exc:
                for err in exc.errors():
                    loc = ".".join(str(p) for p in err["loc"]) or "(entry)"
                    problems.append(f"{path}:{lineno}: {loc}: {err['msg']}")
                continue
            if entry.id in table:
                problems.append(f"{path}:{lineno}: duplicate id {entry.id!r}")
                continue
            table[entry.id] = entry
            if isinstance(entry, _Named):
                names = entry.all_aliases()
                if isinstance(entry, Series):
                    names += [(alias, False) for alias in entry.ambiguous_aliases]
                for alias, cs in names:
                    key = alias if cs else alias.lower()
                    owner = alias_owner.get(key)
                    if owner and owner[0] != entry.id:
                        problems.append(
                            f"{path}:{lineno}: alias {alias!r} of {entry.id!r} already "
                            f"belongs to {owner[0]!r} (line {owner[1]})"
                        )
                    else:
                        alias_owner[key] = (entry.id, lineno)
    scope_path = directory / "scope.json"
    if scope_path.exists():
        try:
            gaz.scope = Scope.model_validate_json(scope_path.read_text(encoding="utf-8"))
        except (ValidationError, OSError, UnicodeDecodeError) as exc:
            problems.append(f"{scope_path}: {exc}")
    problems.extend(_cross_checks(gaz))
    unknown = sorted(gaz.scope.require_any - {a.code for a in gaz.actors.values()})
    if unknown:
        problems.append(f"{scope_path}: unknown actor code(s) {', '.join(unknown)}")
    if problems:
        raise GazetteerError(
            f"{len(problems)} problem(s) in {directory}:\n" + "\n".join(f"  {p}" for p in problems)
        )
    return gaz


def _cross_checks(gaz: Gazetteer) -> list[str]:
    problems = []
    codes = {a.code for a in gaz.actors.values()}
    for place in gaz.places.values():
        for parent in place.within:
            if parent not in gaz.places:
                problems.append(f"places.jsonl: {place.id!r} is within unknown place {parent!r}")
    for series in gaz.series.values():
        for code in [series.host, *series.participants, *series.editions_with]:
            if code and code not in codes:
                problems.append(f"series.jsonl: {series.id!r} names unknown actor code {code!r}")
        for code in series.joined:
            if code not in series.participants:
                problems.append(
                    f"series.jsonl: {series.id!r} says {code!r} joined, but it is no participant"
                )
        for target in series.editions_with.values():
            if target not in gaz.series:
                problems.append(f"series.jsonl: {series.id!r} names unknown series {target!r}")
    for entry in gaz.boilerplate.values():
        import re

        try:
            re.compile(entry.regex)
        except re.error as exc:
            problems.append(f"boilerplate.jsonl: {entry.id!r}: bad regex: {exc}")
    return problems
