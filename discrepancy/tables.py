"""Word tables shipped as data files (`discrepancy/data/*.json`), each read once.

Month names, number words, places, title words and offices are knowledge, not code:
each lives in one file, so no module keeps its own copy and a correction lands
everywhere at once. Keys starting with "_" in a file are comments.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

# The data files the claim extractor reads: their content is part of its identity (claims cache).
EXTRACTION_TABLES = ("calendar", "number_words", "places", "titles", "offices")


class _Hash(Protocol):
    def update(self, data: bytes, /) -> None: ...


def digest_code_and_tables(h: _Hash, sources: Iterable[Path]) -> None:
    """Feed `h` what a cached reading depends on: its source files' bytes, then every extraction
    table's text, so that new code or a corrected table never reads an old cached result."""
    for path in sources:
        h.update(path.read_bytes())
    for name in EXTRACTION_TABLES:
        h.update(table_text(name).encode())


@cache
def table(name: str) -> dict[str, Any]:
    """The parsed `data/<name>.json`."""
    return json.loads(table_text(name))


@cache
def table_text(name: str) -> str:
    return resources.files("discrepancy").joinpath("data", f"{name}.json").read_text(encoding="utf-8")


# ----------------------------------------------------------------- calendar


@cache
def month_names() -> dict[str, int]:
    """"january" -> 1, full names only."""
    return dict(table("calendar")["months"])


@cache
def months() -> dict[str, int]:
    """Full month names and their abbreviations ("sept" -> 9)."""
    return {**month_names(), **table("calendar")["month_abbreviations"]}


@cache
def weekdays() -> dict[str, int]:
    """"monday" -> 0, as `date.weekday()` counts."""
    return dict(table("calendar")["weekdays"])


@cache
def calendar_words() -> frozenset[str]:
    """Month names (and their abbreviations) and weekday names: words that say when, not who."""
    return frozenset(months()) | frozenset(weekdays())


@cache
def calendar_abbreviations() -> frozenset[str]:
    """Short month and weekday names a full stop may follow ("Sept.", "Thurs.")."""
    cal = table("calendar")
    return frozenset(cal["month_abbreviations"]) | frozenset(cal["weekday_abbreviations"])


# ----------------------------------------------------------------- numbers


@cache
def number_units() -> dict[str, int]:
    """"zero" .. "nineteen"."""
    return dict(table("number_words")["units"])


@cache
def number_tens() -> dict[str, int]:
    return dict(table("number_words")["tens"])


@cache
def number_scales() -> dict[str, float]:
    return dict(table("number_words")["scales"])


def number_word_value(word: str) -> int | None:
    """The value of a number word below a hundred: "seven", "forty", "twenty-four"."""
    w = word.lower()
    if w in number_units():
        return number_units()[w]
    if w in number_tens():
        return number_tens()[w]
    tens, _, unit = w.partition("-")
    if tens in number_tens() and number_units().get(unit, 0) in range(1, 10):
        return number_tens()[tens] + number_units()[unit]
    return None


# ----------------------------------------------------------------- US states


@cache
def state_abbreviations() -> frozenset[str]:
    """AP-style abbreviations of US states, without the final full stop ("calif", "n.y")."""
    return frozenset(a for abbrevs in table("places")["us_states_ap"].values() for a in abbrevs)
