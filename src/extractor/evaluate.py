"""Scoring a feed against a hand-annotated gold file: event P/R/F1 and per-field accuracy.

Gold file: JSONL, one exercise a line:
``{id, docs, kind, name, event_type, status: [accepted...], date: {start, end} | null,
participants: [codes], locations: [names], troops, duration, optional, note}``.
A system record matches a gold event when it cites one of the gold event's documents, has
the same kind, and agrees on the name, or else on a compatible type and overlapping dates.
Optional gold events count when found and are not missed when absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELDS = ("event_type", "status", "date", "participants", "locations", "name", "merge")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_hits: dict[str, int] = field(default_factory=dict)
    field_total: dict[str, int] = field(default_factory=dict)
    pairs: list[tuple[dict, dict]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        total = self.field_total.get(name, 0)
        return self.field_hits.get(name, 0) / total if total else 1.0

    def to_json(self) -> dict:
        return {
            "events": {
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
            },
            "fields": {f: round(self.accuracy(f), 4) for f in FIELDS},
            "missed": [g["id"] for g in self.missed],
            "spurious": [
                f"{r.get('name') or r['event_type']} {(r.get('date') or {}).get('value')} "
                f"{sorted({c['doc_id'] for c in r['citations']})}"
                for r in self.spurious
            ],
            "field_errors": self.field_errors,
        }


def _docs(record: dict) -> set[str]:
    return {c["doc_id"] for c in record.get("citations", [])}


def _overlap(g: dict | None, r: dict | None) -> bool:
    if not g or not g.get("start"):
        return not r or not r.get("start")
    if not r or not r.get("start"):
        return False
    g_end = g.get("end") or "9999-12-31"
    r_end = r.get("end") or "9999-12-31"
    return g["start"] <= r_end and r["start"] <= g_end


ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def name_key(name: str, series: dict[str, str] | None = None) -> str:
    """A name as compared with gold: case, spaces and hyphens ignored ("INDRA 2021" is
    "Indra-2021"), a leading year put last, and a series alias replaced by its series'
    name ("Ocean-2024" is "Okean-2024") when ``series`` (see series_aliases) is given."""
    # "Sagarmatha Friendship II" is "Sagarmatha Friendship-2"
    name = re.sub(
        r"(?<=[\s-])(I{1,3}|IV|VI{0,3}|IX|X)\s*$",
        lambda m: str(ROMAN_NUMERALS.index(m[1]) + 1),
        name.strip(),
    )
    key = re.sub(r"[\W_]+", "", name.lower())
    # "2022 Maritime Security Belt" is "Maritime Security Belt 2022"
    key = re.sub(r"^((?:19|20)\d\d)(\D.*)$", r"\2\1", key)
    for alias, canonical in (series or {}).items():
        if key.startswith(alias) and not key[len(alias) : len(alias) + 1].isalpha():
            return canonical + key[len(alias) :]
    return key


def _gold_names(name: str) -> list[str]:
    """A gold name and the other names it gives in brackets or after a spaced slash:
    "Friendship-2016 (Druzhba-2016)" is either; "Joint Sea-2015 (II)" is one name (a
    stage)."""
    m = re.fullmatch(r"\s*(.+?)\s*\(([^()]*[A-Za-z]{3}[^()]*)\)\s*", name)
    names = [name, m[1], m[2]] if m else [name]
    # "Joint Sea-2025 / Maritime Interaction-2025"; not "Zapad/Interaction"
    return names + [p.strip() for n in names[1:] or names if " / " in n for p in n.split(" / ")]


def _same_series(a: str, b: str) -> bool:
    """Are two name keys the same series with no edition, or editions told apart by
    different means (a number and a year)?"""
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and re.fullmatch(r"\d+|[ivx]+", long_[len(short) :]):
        return True
    ma = re.fullmatch(r"(.*?)(\d+|[ivx]+)", a)
    mb = re.fullmatch(r"(.*?)(\d+|[ivx]+)", b)
    if not (ma and mb and ma[1] == mb[1]):
        return False
    years = [len(m[2]) == 4 and m[2].isdigit() for m in (ma, mb)]
    return years[0] != years[1]  # "2023" against "3": one number each way


class SeriesNames(dict):
    """name_key of every series alias -> that of its series' name, longest alias first;
    ``editions`` says which other series an edition of a series may be ("Friendship-2011"
    with China is the China-Pakistan Youyi-2011, not the Russia-Pakistan Druzhba)."""

    editions: dict[str, set[str]]


def series_aliases(models_dir: str | None = None) -> SeriesNames:
    """The series' spellings as compared with gold (see SeriesNames)."""
    from pathlib import Path

    from .gazetteer import load_gazetteer

    gaz = load_gazetteer(Path(models_dir) if models_dir else None)
    out: dict[str, str] = {}
    editions: dict[str, set[str]] = {}
    for entry in gaz.series.values():
        canonical = name_key(entry.name)
        names = [a for a, _ in entry.all_aliases()] + list(entry.ambiguous_aliases)
        for alias in names:
            if not re.search(r"(?:\d|\b[IVX]+)$", alias):  # "Mosi II" names an edition
                out.setdefault(name_key(alias), canonical)
        for target in entry.editions_with.values():
            if target in gaz.series:
                editions.setdefault(canonical, set()).add(name_key(gaz.series[target].name))
    names_ = SeriesNames(sorted(out.items(), key=lambda kv: -len(kv[0])))
    names_.editions = editions
    return names_


def _gold_keys(name: str, series: dict[str, str] | None) -> set[str]:
    """The keys a gold name matches: each of its names, and the same edition of a series
    its series' editions may be."""
    keys = {name_key(n, series) for n in _gold_names(name)}
    editions = getattr(series, "editions", {})
    for key in list(keys):
        for canonical, targets in editions.items():
            if key.startswith(canonical) and not key[len(canonical) : len(canonical) + 1].isalpha():
                keys |= {t + key[len(canonical) :] for t in targets}
    return keys


def _match_score(g: dict, r: dict, series: dict[str, str] | None = None) -> int | None:
    if not (_docs(r) & set(g["docs"])) or g["kind"] != r["kind"]:
        return None
    if g.get("name") and r.get("name"):
        rk = name_key(r["name"], series)
        if rk in _gold_keys(g["name"], series):
            # An edition held in two stages is two records of one name: their days decide.
            return 10 + (1 if _overlap(g.get("date"), r.get("date")) else 0)
        gk = name_key(g["name"], series)
        if not _same_series(gk, rk):
            return None
        # A bare series name ("Maritime Security Belt") and an edition of it, or an edition
        # numbered in one ("Sea Guardian-3") and dated in the other ("Sea Guardian-2023"):
        # the dates decide, as for unnamed records.
    types_ok = g["event_type"] == r["event_type"] or "exercise" in (
        g["event_type"],
        r["event_type"],
    )
    if not types_ok:
        return None
    if g["kind"] == "series":
        gs = (g.get("date") or {}).get("start")
        rs = (r.get("date") or {}).get("start")
        if gs and rs and gs[:4] != rs[:4]:
            return None
        if gs and not rs:
            return None
    elif not _overlap(g.get("date"), r.get("date")):
        return None
    score = 2 if g["event_type"] == r["event_type"] else 1
    score += len(_docs(r) & set(g["docs"]))
    return score


def _date_ok(g: dict | None, r: dict | None, kind: str) -> bool:
    if g is None:
        return r is None or not r.get("start")
    if g.get("anchor") == "unresolved":
        return r is not None and r.get("anchor") == "unresolved"
    if r is None:
        return False
    if kind == "series":
        return (g.get("start") or "")[:4] == (r.get("start") or "")[:4]
    return g.get("start") == r.get("start") and g.get("end") == r.get("end")


def place_aliases(models_dir: str | None = None) -> dict[str, str]:
    """Lower-cased alias -> canonical place name, from the gazetteer, so that gold written
    with the article's words ("Donguz", "the Mediterranean") meets the feed's canonical
    names ("Donguz range", "Mediterranean Sea")."""
    from pathlib import Path

    from .gazetteer import load_gazetteer

    gaz = load_gazetteer(Path(models_dir) if models_dir else None)
    out: dict[str, str] = {}
    for place in gaz.places.values():
        for alias, _ in place.all_aliases():
            out.setdefault(alias.lower(), place.name)
            out.setdefault(alias.lower().removeprefix("the "), place.name)
    return out


def score_feed(
    records: list[dict],
    gold: list[dict],
    aliases: dict[str, str] | None = None,
    series: dict[str, str] | None = None,
) -> Score:
    """Match gold events to records and score them; ``aliases`` (see place_aliases) maps
    the gold's place words to canonical names before comparing locations, ``series`` (see
    series_aliases) the series' spellings in names."""
    aliases = aliases or {}

    def canon(name: str) -> str:
        key = name.lower().removeprefix("the ")
        return aliases.get(key, aliases.get(name.lower(), name))

    s = Score()
    candidates = []
    for gi, g in enumerate(gold):
        for ri, r in enumerate(records):
            sc = _match_score(g, r, series)
            if sc is not None:
                candidates.append((sc, gi, ri))
    candidates.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_r: set[int] = set()
    for _, gi, ri in candidates:
        if gi in used_g or ri in used_r:
            continue
        used_g.add(gi)
        used_r.add(ri)
        s.pairs.append((gold[gi], records[ri]))
    s.tp = len(s.pairs)
    s.missed = [g for i, g in enumerate(gold) if i not in used_g and not g.get("optional")]
    s.fn = len(s.missed)
    s.spurious = [r for i, r in enumerate(records) if i not in used_r]
    s.fp = len(s.spurious)
    for g, r in s.pairs:
        checks = {
            "event_type": r["event_type"] == g["event_type"],
            "status": r["status"] in g["status"],
            "date": _date_ok(g.get("date"), r.get("date"), g["kind"]),
            "participants": {p["code"] for p in r["participants"]} == set(g["participants"]),
            # "A|B" in gold accepts either name.
            "locations": all(
                {canon(a) for a in alt.split("|")}
                & {canon(loc["name"]) for loc in r.get("locations", [])}
                for alt in g.get("locations", [])
            ),
            "merge": _docs(r) == set(g["docs"]),
        }
        if g.get("name"):
            checks["name"] = name_key(r.get("name") or "", series) in _gold_keys(
                g["name"], series
            )
        for f, ok in checks.items():
            s.field_total[f] = s.field_total.get(f, 0) + 1
            s.field_hits[f] = s.field_hits.get(f, 0) + int(ok)
            if not ok:
                got = {
                    "event_type": r["event_type"],
                    "status": r["status"],
                    "date": r.get("date"),
                    "participants": [p["code"] for p in r["participants"]],
                    "locations": [loc["name"] for loc in r.get("locations", [])],
                    "merge": sorted(_docs(r)),
                    "name": r.get("name"),
                }[f]
                s.field_errors.append(f"{g['id']}: {f}: got {got}")
    return s


@dataclass
class ArticleScore:
    """Issue 4's acceptance figures, computed per article rather than per event.

    Each article about an exercise names its main gold event. The article's record is the
    best-matching record among those citing the article; the pair figures then ask whether
    two articles' records are the same object (same exercise) or different ones.
    """

    articles: int = 0
    found: int = 0
    typed: int = 0
    dated: int = 0
    same_pairs: int = 0
    same_merged: int = 0
    diff_pairs: int = 0
    diff_apart: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def type_rate(self) -> float:
        return self._ratio(self.typed, self.articles)

    @property
    def date_rate(self) -> float:
        return self._ratio(self.dated, self.articles)

    @property
    def merge_rate(self) -> float:
        return self._ratio(self.same_merged, self.same_pairs)

    @property
    def apart_rate(self) -> float:
        return self._ratio(self.diff_apart, self.diff_pairs)

    def to_json(self) -> dict:
        return {
            "articles": self.articles,
            "main_found": round(self._ratio(self.found, self.articles), 4),
            "main_type": round(self.type_rate, 4),
            "main_date": round(self.date_rate, 4),
            "same_pairs": self.same_pairs,
            "same_merged": round(self.merge_rate, 4),
            "diff_pairs": self.diff_pairs,
            "diff_apart": round(self.apart_rate, 4),
            "errors": self.errors,
        }


def score_articles(
    records: list[dict],
    gold: list[dict],
    mains: list[dict],
    series: dict[str, str] | None = None,
) -> ArticleScore:
    """Score ``{doc, main}`` lines: is each article's main exercise found with its type and
    dates, and do articles about one exercise share a record while others do not."""
    by_id = {g["id"]: g for g in gold}
    s = ArticleScore()
    chosen: dict[str, tuple[str, int | None]] = {}
    for line in mains:
        doc, g = line["doc"], by_id[line["main"]]
        s.articles += 1
        best: tuple[tuple[int, int], int] | None = None
        for ri, r in enumerate(records):
            if doc not in _docs(r):
                continue
            # Only this article's evidence decides whether it found the exercise.
            sc = _match_score({**g, "docs": [doc]}, r, series)
            if sc is None:
                continue
            # Between records that match alike, the one the article says most about: a
            # background mention of last year's patrol with no end is not the article's.
            key = (sc, sum(c["doc_id"] == doc for c in r.get("citations", [])))
            if best is None or key > best[0]:
                best = (key, ri)
        chosen[doc] = (g["id"], best[1] if best else None)
        if best is None:
            s.errors.append(f"{doc}: main {g['id']} not found")
            continue
        r = records[best[1]]
        s.found += 1
        if r["event_type"] == g["event_type"]:
            s.typed += 1
        else:
            s.errors.append(f"{doc}: type {r['event_type']} != {g['event_type']}")
        if _date_ok(g.get("date"), r.get("date"), g["kind"]):
            s.dated += 1
        else:
            got = {k: (r.get("date") or {}).get(k) for k in ("start", "end")}
            s.errors.append(f"{doc}: date {got} != {g.get('date')}")
    docs = sorted(chosen)
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            (ga, ra), (gb, rb) = chosen[a], chosen[b]
            if ga == gb:
                s.same_pairs += 1
                if ra is not None and ra == rb:
                    s.same_merged += 1
                else:
                    s.errors.append(f"{a}+{b}: {ga} split")
            elif ra is not None and rb is not None:
                s.diff_pairs += 1
                if ra != rb:
                    s.diff_apart += 1
                else:
                    s.errors.append(f"{a}+{b}: {ga} and {gb} merged")
    return s
