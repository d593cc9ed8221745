"""Pydantic models of the feed: the contract other tools read.

Every record is one exercise event (or a recurring series). Each claim field is backed by
citation ids in ``evidence``; each citation points at raw-text character offsets.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "air_patrol",
    "naval_patrol",
    "naval_exercise",
    "strategic_exercise",
    "counter_terrorism_exercise",
    "missile_defense_exercise",
    "command_post_exercise",
    "exercise",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
Status = Literal["occurred", "ongoing", "planned", "speculative", "negated"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
Kind = Literal["event", "series"]
Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century"]
Anchor = Literal["absolute", "publication_date", "dateline", "name", "context", "unresolved"]
CLAIM_FIELDS: tuple[str, ...] = (
    "event_type",
    "status",
    "date",
    "locations",
    "participants",
    "assets",
    "troops",
    "duration",
    "name",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Participant(_Model):
    name: str
    code: str = Field(description="ISO 3166-1 alpha-3 country code, or an organisation code")
    role: Literal["participant", "host"] = "participant"


class DateInfo(_Model):
    text: str = Field(description="the expression as written")
    value: str | None = Field(
        description="TIMEX3 value (2021-08, 2022-05-24, 2019); a range is 'start/end'"
    )
    start: str | None = Field(description="ISO date: first day of the denoted interval")
    end: str | None = Field(description="ISO date: last day of the denoted interval (inclusive)")
    granularity: Granularity | None
    anchor: Anchor
    mod: str | None = None


class Location(_Model):
    name: str
    kind: str
    country: str | None = None


class Asset(_Model):
    name: str
    category: str
    country: str | None = None
    count: int | None = None


class Troops(_Model):
    value: int
    qualifier: Literal["exact", "more_than", "less_than", "about", "up_to"]


class Citation(_Model):
    id: str
    doc_id: str
    sentence_index: int
    start: int = Field(description="character offset (Python str index) into the raw text")
    end: int
    quote: str = Field(description="exactly raw_text[start:end]")
    source: str | None = None
    url: str | None = None
    published: str | None = None


class Variant(_Model):
    """One source's version of a field's value, kept when sources disagree."""

    value: object
    citations: list[str]
    doc_id: str
    attribution: str | None = None


class ExtractorInfo(_Model):
    version: str
    ruleset: str
    model: str | None = None


class Event(_Model):
    id: str
    kind: Kind
    name: str | None
    event_type: EventType
    status: Status
    participants: list[Participant]
    date: DateInfo | None
    locations: list[Location]
    assets: list[Asset]
    troops: Troops | None
    duration: str | None
    number: int | None = Field(
        default=None, description="place in a numbered sequence: 'the eighth joint air patrol' -> 8"
    )
    citations: list[Citation]
    evidence: dict[str, list[str]]
    extractor: ExtractorInfo
    disagreements: dict[str, list[Variant]] = Field(
        default_factory=dict,
        description="fields whose value differs between sources: each source's version",
    )
    status_history: list[dict[str, object]] = Field(
        default_factory=list,
        description="status reported by each source, oldest publication first",
    )
    attributions: dict[str, list[str]] = Field(
        default_factory=dict,
        description="citation id -> who the text attributes the claim to",
    )


class Mention(_Model):
    """One event mention in one article, before merging (outputs/mentions.jsonl)."""

    id: str
    doc_id: str
    sentence_index: int
    kind: Kind
    name: str | None
    event_type: EventType
    status: Status
    participants: list[Participant]
    date: DateInfo | None
    locations: list[Location]
    assets: list[Asset]
    troops: Troops | None
    duration: str | None
    number: int | None = None
    citations: list[Citation]
    evidence: dict[str, list[str]]
    trigger: str
    reference: bool = Field(
        default=False, description="refers back to an event named elsewhere in the article"
    )


def event_json_schema() -> dict:
    return Event.model_json_schema()


def event_json_schema_text() -> str:
    return json.dumps(event_json_schema(), indent=2, sort_keys=True)
