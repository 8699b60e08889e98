"""Small text normalisations shared by the detectors and the comparisons.

Kept deliberately simple and deterministic: folding accents so that "Erdoğan" and
"Erdogan" meet, a crude singular so that "prisoners" and "prisoner" meet, and a
stop-word list so that context comparisons look at content words only.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into ASCII.
_FOLD_EXTRA = str.maketrans({
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
    "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "ð": "d",
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u2212": "-", "\u00a0": " ",
})

STOPWORDS = frozenset("""
a an the and or but nor of to in on at by for from with without as than then that this these
those there here is are was were be been being am has have had having do does did doing will
would shall should can could may might must not no yes it its it's he she they we i you him her
them us me my our your their his hers theirs ours yours who whom whose which what when where why
how all any both each few more most other some such only own same so too very just also into
over under again further once about against between through during before after above below up
down out off said says say told tell according per via while if because until since though
although whether either neither one s t don now new also still even ever already yet back
around among upon within across along behind beyond toward towards onto amid
mr mrs ms dr
""".split())

_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def fold(text: str) -> str:
    """Accent-free, quote-normalised text ("Çırağan" -> "Ciragan")."""
    if text.isascii():  # nothing to fold: the title reader asks this of every word it reads
        return text
    text = text.translate(_FOLD_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def fold_lower(text: str) -> str:
    return fold(text).lower()


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A crude English singular for comparing counted things ("prisoners" -> "prisoner")."""
    w = word.lower()
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "ics")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem so "declared" meets "declaring" and "announces" meets "announced"."""
    w = singular(word)
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w.rstrip("e")


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded word tokens."""
    return [w.replace("\u2019", "'") for w in _WORD.findall(fold_lower(text))]


def content_words(text: str) -> list[str]:
    """Singularised words that are not stop words or bare numbers."""
    out = []
    for w in words(text):
        if w in STOPWORDS or w.isdigit():
            continue
        if w.endswith("'s"):
            w = w[:-2]
        out.append(singular(w.replace("-", "")))
    return out


def overlap(a: tuple[str, ...] | list[str] | set[str], b: tuple[str, ...] | list[str] | set[str]) -> float:
    """Overlap coefficient: shared items over the smaller set (0 when either is empty)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))
