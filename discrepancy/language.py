"""Is an article in English? The detectors read English only, so anything else is reported
as unchecked, never as clean.

A plain measure that needs no model: the share of words that are the commonest English
function words. English news text runs at 25-40%; other languages, even in Latin script,
stay near zero.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Document, InputIssue

_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with was as by at it from he his said be are has have were "
    "its an this not but which they their who had will been would after also more".split()
)
_WORD = re.compile(r"[^\W\d_]+")
MIN_SHARE = 0.08
MIN_WORDS = 20  # too little text to tell: give it the benefit of the doubt


def english_share(text: str) -> float:
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)


def looks_english(text: str) -> bool:
    words = _WORD.findall(text[:20000].lower())
    if len(words) < MIN_WORDS:
        return True
    return english_share(text[:20000]) >= MIN_SHARE


def english_only(docs: Sequence[Document]) -> tuple[list[Document], list[InputIssue]]:
    """Articles the detectors can read, and the others listed as not checked (never as clean)."""
    keep, unchecked = [], []
    for d in docs:
        if looks_english(d.text):
            keep.append(d)
        else:
            unchecked.append(InputIssue(d.path, d.line, f"not checked: does not look like English "
                                        f"({english_share(d.text):.0%} English function words); "
                                        f"the detectors read English only"))
    return keep, unchecked
