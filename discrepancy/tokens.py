"""A light tokenizer with character offsets, shared by the rule-based detectors.

The detectors need exact spans (`sentence[start:end] == value`) and to know whether two
tokens touch ("F-16", "140-page", "$3.2bn"), which whitespace splitting loses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?<![^\s(\[\"'\u201c\u2018])R(?=\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:bn|m|mn|trn)(?![^\W_])"
    r"|\d+(?:\.\d+)?\s(?:million|billion|trillion)\b)"
    # "R3,000", "R1.2bn", "R2.5 million": South Africa's rand written before the figure, glued
    # (not "R123", a road, nor a model number: a bare run of digits stays one token)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:(?i:bn|mn|mln|trn|tn|km|mm|cm|ft|kg|mph|kph|mw|gw|k|m|b)(?![^\W\d_])|(?!\d|,\d))"
    # 10,000 / 1,000.5 / £1,500m / 3,000km: a scale or unit glued on, as after figures without commas;
    # a comma after it is punctuation ("to £2,134.60, with"), not the figure's next group
    r"|[^\W_]*\d[^\W_]*(?:[.,:]\d+)*(?:[^\W\d_]+)?"  # 1.2 / 3.2bn / M270 / 1st / 06:08
    r"|[^\W\d_]+(?:['\u2019][^\W\d_]+)*"  # words, Ukraine's
    r"|\S"
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower().replace("\u2019", "'")

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def touching(a: Token, b: Token) -> bool:
    return a.end == b.start
