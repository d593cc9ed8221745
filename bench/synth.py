"""Synthetic news articles for scale benchmarks: deterministic, template text of our own.

Article i depends only on (seed, i), so a corpus of N + 5 articles is the corpus of N plus
five new ones: what the incremental benchmark needs. About a third of the articles report
a joint exercise or patrol (several sentences about it among unrelated ones); the rest are
unrelated news with the occasional trigger-like word, as in a real feed.

    python bench/synth.py 1000 -o /tmp/synth.jsonl [--seed 7] [--words 40,120]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

PAIRS = [
    ("China", "Russia"), ("Russian", "Chinese"), ("Beijing", "Moscow"), ("China", "Iran"),
    ("Russia", "India"), ("the United States", "Japan"), ("Japan", "Australia"),
]
SERIES = ["Joint Sea", "Vostok", "Zapad", "Northern/Interaction", "Maritime Security Belt"]
PLACES = [
    "the Sea of Japan", "the East China Sea", "the Western Pacific", "the Gulf of Oman",
    "the Baltic Sea", "the Arabian Sea", "the Bering Sea", "the Yellow Sea",
    "the Tsushima Strait", "the Sea of Okhotsk", "Vladivostok", "Qingdao",
]
PLATFORMS = [
    "H-6K bombers", "Tu-95MS bombers", "destroyers", "frigates", "corvettes",
    "Su-30 fighters", "anti-submarine aircraft", "supply ships", "submarines",
]
NUMBERS = ["two", "three", "four", "six", "eight", "ten", "a dozen"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
EXERCISE = [
    "{a} and {b} began joint naval exercises in {place} on {when}, the defence ministry said.",
    "The {series}-{year} drills involve {n} {platform} and about {troops} troops.",
    "{a} and {b} held a joint air patrol over {place} on {when}, flying {n} {platform}.",
    "The exercise, which will last {days} days, is the {ordinal} of its kind since {since}.",
    "Officials said the joint patrol would end on {when2} after ships visited {place2}.",
    "Warships from {a} and {b} will conduct live-fire drills in {place} next week.",
    "The {series} exercise was planned to take place in {place} in {month}.",
    "{a} did not take part in the drills, a spokesman said on {weekday}.",
    "Analysts said the manoeuvres were meant to signal closer military ties.",
    "The navies practised air defence, anti-submarine warfare and search and rescue.",
    "Japan scrambled fighter jets as {n} {platform} flew near {place}.",
    "A joint naval patrol by {a} and {b} passed through {place} on {when}.",
]
FILLER = [
    "Markets in {city} closed higher on {weekday} as investors weighed new data.",
    "The central bank left interest rates unchanged at its {month} meeting.",
    "Heavy rain caused flooding in parts of {city}, and several roads were closed.",
    "The city council approved a budget of {money} million for new schools.",
    "A new museum of modern art opened in {city} to large crowds.",
    "The football club announced the signing of a midfielder from {city}.",
    "Farmers said the dry summer had cut the wheat harvest by a fifth.",
    "Officials ran a fire drill at the station, and trains were delayed for an hour.",
    "The company reported a quarterly profit of {money} million, beating forecasts.",
    "Tourism numbers rose sharply in {month}, the statistics office said.",
    "Researchers at the university published a study on coastal erosion.",
    "The minister met trade delegations from {city} to discuss tariffs.",
    "Elections will be held in {month}, the electoral commission said on {weekday}.",
    "Doctors warned of a busy flu season as temperatures dropped.",
    "Rail workers went on strike over pay, disrupting commuters in {city}.",
    "A software update caused outages at several banks on {weekday}.",
    "The port of {city} handled a record volume of containers last year.",
    "Police said the investigation into the fraud case was continuing.",
]
CITIES = ["Berlin", "Lagos", "Lima", "Osaka", "Toronto", "Nairobi", "Oslo", "Manila", "Quito"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
SOURCES = ["wire", "newspaper", "state media", "analysis"]


def _fill(template: str, r: random.Random, published: date) -> str:
    a, b = r.choice(PAIRS)
    day = published - timedelta(days=r.randint(0, 6))
    return template.format(
        a=a, b=b, place=r.choice(PLACES), place2=r.choice(PLACES),
        when=f"{day.day} {MONTHS[day.month - 1]}",
        when2=f"{MONTHS[published.month - 1]} {min(28, published.day + r.randint(1, 9))}",
        series=r.choice(SERIES), year=published.year, n=r.choice(NUMBERS),
        platform=r.choice(PLATFORMS), troops=r.choice(["1,000", "3,500", "10,000"]),
        days=r.randint(3, 12), ordinal=r.choice(ORDINALS), since=r.randint(2012, 2019),
        month=r.choice(MONTHS), weekday=r.choice(WEEKDAYS), city=r.choice(CITIES),
        money=r.randint(5, 900),
    )


# Words per article before its last paragraph (which adds up to ~80): news-length by
# default; the memory benchmark asks for short ones so that 20,000 of them take minutes.
WORDS = (300, 820)


def article(seed: int, i: int, words: tuple[int, int] = WORDS) -> dict:
    """Record i of the corpus: {doc_id, text, source, url, published}."""
    r = random.Random(f"{seed}:{i}")
    published = date(2018, 1, 1) + timedelta(days=r.randint(0, 6 * 365))
    about_exercise = r.random() < 0.35
    target_words = r.randint(*words)
    paragraphs: list[str] = []
    words = 0
    while words < target_words:
        sentences = []
        for _ in range(r.randint(2, 5)):
            pool = EXERCISE if about_exercise and r.random() < 0.35 else FILLER
            sentences.append(_fill(r.choice(pool), r, published))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    headline = _fill(r.choice(EXERCISE if about_exercise else FILLER), r, published)
    text = headline.rstrip(".") + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return {
        "doc_id": f"syn-{seed}-{i:06d}",
        "text": text,
        "source": r.choice(SOURCES),
        "url": None,
        "published": published.isoformat(),
    }


def generate(
    n: int, seed: int = 7, start: int = 0, words: tuple[int, int] = WORDS
) -> Iterator[dict]:
    for i in range(start, start + n):
        yield article(seed, i, words)


def write(
    path: Path, n: int, seed: int = 7, start: int = 0, words: tuple[int, int] = WORDS
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in generate(n, seed, start, words):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("-o", "--output", type=Path, required=True, help="JSONL file to write")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--start", type=int, default=0, help="index of the first article")
    ap.add_argument("--words", default=f"{WORDS[0]},{WORDS[1]}",
                    help="MIN,MAX words per article before the last paragraph")
    args = ap.parse_args()
    low, high = (int(x) for x in args.words.split(","))
    write(args.output, args.n, args.seed, args.start, (low, high))


if __name__ == "__main__":
    main()
