"""Split articles into sentences with character offsets and file line numbers.

News text is not clean prose: it has headlines without a full stop, bylines,
datelines ("WASHINGTON -- "), photo captions, "Updated at 06:08 p.m." stamps and
abbreviations ("Sept.", "Gov.", "U.S.") that a naive splitter cuts at. Lines that only
carry layout (timestamps, bylines, share buttons) are kept as `meta` sentences so
they are located but never compared.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from . import tables
from .gazetteer import place
from .model import Document, Sentence, SentenceKind

# Abbreviations after which a full stop never ends a sentence (titles, months, weekdays, US states).
_NEVER_FINAL = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "lt",
    "gen", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "rev", "fr", "pres",
    "supt", "insp", "det", "atty", "dep", "asst", "gens", "brig", "hon", "amb", "st", "mt", "ft", "no",
    "nos", "vol", "art", "sec", "fig", "approx", "est", "dept", "univ", "assn", "bros",
    "penn", "vs", "v", "cf", "al", "ave", "blvd", "rd", "e.g", "i.e", "etc.,",
} | tables.calendar_abbreviations() | {a for a in tables.state_abbreviations() if "." not in a}
# Abbreviations that may end a sentence: split only before a typical sentence opener.
_MAYBE_FINAL = {
    "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "inc", "ltd", "co", "corp", "jr",
    "sr", "etc", "l.a", "u.s.a", "plc", "llc", "bros", "esq",
} | {a for a in tables.state_abbreviations() if "." in a}
_OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that",
    "these", "those", "but", "and", "in", "on", "at", "as", "after", "before", "when",
    "while", "if", "his", "her", "its", "their", "our", "there", "what", "why", "how",
    "some", "many", "most", "no", "one", "two", "three", "last", "earlier", "later",
    "meanwhile", "however", "still", "yet", "so", "for", "since", "both", "all",
}

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, space.
_BOUNDARY = re.compile(r"""([.!?]+|\u2026)(["'\u201d\u2019)\]]*)(\s+)""")
# What may start the next sentence.
_NEXT_START = re.compile(r"""["'\u201c\u2018(\[]*[A-Z0-9\u00C0-\u024F\u0400-\u04FF]""")

_TIMESTAMP_LINE = re.compile(
    r"^(?:(?:updated|posted|published|last updated|first published|modified)\b"
    r"(?=[^\n]*\d)[\s:,]*(?:at|on)?[\s\w:.,/+-]{0,48}|"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\w{2,5})?)\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?i:by|authors?|written by|reporting by|edited by)\s*:?\s+"
    r"[A-Z][\w.'\-]*(?:\s+(?:[A-Z][\w.'\-]*|and|&|,|de|van|von|al|bin)){0,8}\.?\s*$",
)
_CAPTION = re.compile(
    r"^(?:(?i:photo|image|picture|video|credit|caption|file photo)\s*:"
    # a wire photo's caption: "FILE - Russian soldiers patrol ... on June 13, 2022.", also after
    # the credit of the photo before it, "(AP Photo/Efrem Lukatsky) FILE - ..."
    r"|\W*(?:\(?AP Photo[^)]*\)\s*)?FILE\s*(?:-|\u2013|\u2014)\s)"
)
_LAYOUT = re.compile(
    r"^(?:share(?: this)?:?|all comments\.?|comments|advertisement|read more:?.*|"
    r"related:?.*|click here.*|subscribe.*|(?:[a-z]{2}(?:\s+[a-z]{2}){1,5}))\s*$",
    re.IGNORECASE,
)
# "WASHINGTON -- ", "FERGUSON, Mo. -- ", "KYIV, Ukraine (AP) — "
DATELINE = re.compile(
    r"^[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r"(?:\s*\([A-Za-z .]+\))?\s*(?:--|\u2014|\u2013|-)\s*"
)
_MARKDOWN_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s+|[-*+]\s+|\d+[.)]\s+)")


def split_document(doc: Document) -> list[Sentence]:
    """All sentences of one document, in order, with offsets into `doc.text`."""
    sentences: list[Sentence] = []
    for para_start, para_end in _paragraphs(doc.text):
        for start, end, kind in _split_paragraph(doc.text, para_start, para_end):
            text = doc.text[start:end]
            line = doc.first_line + doc.text.count("\n", 0, start)
            if doc.line is not None:  # a JSONL record: its text is on one line of the file
                line = doc.line
            sentences.append(Sentence(doc.id, len(sentences), text, start, end, line, kind))
    return sentences


def split_corpus(docs: Iterable[Document]) -> list[Sentence]:
    """Sentences of every document, in document order."""
    out: list[Sentence] = []
    for doc in docs:
        out.extend(split_document(doc))
    return out


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans: blank lines separate paragraphs; so do lines that look complete.

    A hard-wrapped line (no terminal punctuation, next line in lower case) is joined
    with the next one; otherwise every line is its own paragraph, which is how news
    text usually arrives.
    """
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    current: tuple[int, int] | None = None
    for start, end in lines:
        stripped = text[start:end].strip()
        if not stripped:
            if current:
                yield current
            current = None
            continue
        lstrip = len(text[start:end]) - len(text[start:end].lstrip())
        start += lstrip
        end = start + len(stripped)
        if current is not None and _continues(text[current[0]:current[1]], stripped):
            current = (current[0], end)
            continue
        if current:
            yield current
        current = (start, end)
    if current:
        yield current


def _continues(previous: str, line: str) -> bool:
    """Is `line` the continuation of a hard-wrapped `previous` line?"""
    if not previous or previous[-1] in ".!?:\"'\u201d\u2019)":
        return False
    last_word = previous.rsplit(None, 1)[-1].lower()
    return line[0].islower() or previous[-1] in ",;" or last_word in _FUNCTION_WORDS


_FUNCTION_WORDS = {"the", "a", "an", "of", "on", "in", "at", "to", "for", "and", "or", "but", "with", "by",
                   "from", "as", "that", "which", "who", "his", "her", "their", "its", "is", "was", "were",
                   "are", "be", "has", "have", "had", "will", "would", "said", "than", "into", "about"}


def _split_paragraph(text: str, start: int, end: int) -> Iterator[tuple[int, int, SentenceKind]]:
    para = text[start:end]
    prefix = _MARKDOWN_PREFIX.match(para)
    if prefix:
        start += prefix.end()
        para = text[start:end]
    kind = _line_kind(para)
    if kind == "meta":
        yield start, end, kind
        return
    for piece_start, piece_end in _pieces(para):
        for s, e in (bounded for span in _sentence_spans(para, piece_start, piece_end)
                     for bounded in _bounded(para, *span)):
            sub = para[s:e]
            sub_kind: SentenceKind = "caption" if _CAPTION.match(sub) else kind
            if sub_kind == "body" and _looks_like_headline(sub, whole_line=(s, e) == _trim(para, piece_start, piece_end)):
                sub_kind = "headline"
            yield start + s, start + e, sub_kind


# Where flattened text joined what were separate lines: a list bullet after a full stop
# ("... the capital. - Samantha Power said"), a "___" rule, a "Headline Photo: caption".
_PIECE_BREAK = re.compile(
    r"""(?<=[.!?"\u201d\u2019])\s+[-\u2013\u2014\u2022*]\s+(?=["\u201c]?[A-Z])"""
    r"""|\s*_{3,}\s*"""
    r"""|\s(?=(?:Photo|Image|Picture|Video)\s*:\s)"""
)


def _pieces(para: str) -> list[tuple[int, int]]:
    """Spans of a paragraph that no sentence may cross."""
    out, begin = [], 0
    for m in _PIECE_BREAK.finditer(para):
        if m.start() > begin:
            out.append((begin, m.start()))
        begin = m.end()
    if begin < len(para):
        out.append((begin, len(para)))
    return out or [(0, len(para))]


_MONTH_NAMES = frozenset(tables.months())
_CALENDAR_NAMES = tables.calendar_words() | tables.calendar_abbreviations()
# What a line that only says when and where it was written holds besides its date: a time, a
# zone, "at"/"@", a place in capitals ("WASHINGTON, DC") or by name, a word of posting.
_STAMP_WORDS = frozenset({"at", "on", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "et", "bst", "cet",
                          "posted", "updated", "published", "last", "modified", "st", "nd", "rd", "th"})
_STAMP_TOKEN = re.compile(r"[A-Za-z][A-Za-z.']*|\d+")


def only_when_and_where(line: str) -> bool:
    """A line that states nothing but a date, a time and a dateline place: "WASHINGTON - April 27 -",
    "November 30, 2009 at 02:22 pm", "May 3rd, 2013 2:00pm EDT". Its date is never compared (when
    an article was written, or a comment posted, is no fact of the story), but it stays a sentence
    with its claims: it tells the event decision when the article was written."""
    if len(line) > 100:
        return False  # a sentence, not a stamp
    tokens = _STAMP_TOKEN.findall(line)
    if not tokens or len(tokens) > 12:
        return False
    words = [t.lower().rstrip(".") for t in tokens]
    if not (any(w in _MONTH_NAMES for w in words) and any(t.isdigit() for t in tokens)):
        return False
    return all(t.isdigit() or w in _CALENDAR_NAMES or w in _STAMP_WORDS or (t.isupper() and len(t) > 1) or place(t)
               for t, w in zip(tokens, words))


def _line_kind(line: str) -> SentenceKind:
    if _TIMESTAMP_LINE.match(line) or _LAYOUT.match(line) or _BYLINE.match(line):
        return "meta"
    if _CAPTION.match(line):
        return "caption"
    return "body"


def _looks_like_headline(sentence: str, whole_line: bool) -> bool:
    """A whole line without terminal punctuation: a headline or section title."""
    if not whole_line:
        return False
    tail = sentence.rstrip("\"'\u201d\u2019)] ")
    return bool(tail) and tail[-1] not in ".!?:;,\u2026"


def _sentence_spans(para: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside para[lo:hi], trimmed of surrounding whitespace."""
    begin = lo
    for m in _BOUNDARY.finditer(para, lo, hi):
        cut = m.end(2)  # after closing quotes
        nxt = m.end()
        if nxt >= hi:
            break
        if not _NEXT_START.match(para, nxt):
            continue
        if m.group(1) == "." and not _full_stop_ends_sentence(para, m.start(1), nxt):
            continue
        s, e = _trim(para, begin, cut)
        if e > s:
            yield s, e
        begin = nxt
    s, e = _trim(para, begin, hi)
    if e > s:
        yield s, e


# No news sentence is this long (the longest in the war, BASIL and ECB+ corpora has 930
# characters): a longer run with no full stop is a scraped page or a table read as one line. It
# is cut at the last space before this length, so that each piece is parsed, embedded and
# searched for figures as a sentence is, and the language model's limit (a million characters)
# is never reached.
MAX_SENTENCE_CHARS = 3000


def _bounded(para: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """The span para[s:e], in pieces of at most MAX_SENTENCE_CHARS cut at spaces, trimmed."""
    while e - s > MAX_SENTENCE_CHARS:
        cut = para.rfind(" ", s + 1, s + MAX_SENTENCE_CHARS)
        cut = cut if cut > s else s + MAX_SENTENCE_CHARS
        piece = _trim(para, s, cut)
        if piece[1] > piece[0]:
            yield piece
        s = cut
    piece = _trim(para, s, e)
    if piece[1] > piece[0]:
        yield piece


def _full_stop_ends_sentence(para: str, dot: int, next_start: int) -> bool:
    """Decide whether the '.' at `dot` ends a sentence, looking at the word before it."""
    word_start = dot
    while word_start > 0 and not para[word_start - 1].isspace() and para[word_start - 1] not in "(\"'\u201c":
        word_start -= 1
    word = para[word_start:dot]
    key = word.lower().rstrip(".")
    if not word:
        return True
    if re.fullmatch(r"[A-Z]", word):  # an initial: "Michael J. Morell"
        return False
    if key in _NEVER_FINAL:
        return False
    nxt = re.match(r"[\"'\u201c\u2018(\[]*([\w']+)", para[next_start:])
    next_word = nxt.group(1) if nxt else ""
    if key in _MAYBE_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", key):
        return next_word.lower() in _OPENERS
    if re.fullmatch(r"\d+", word) and next_word[:1].isdigit():
        return True
    return True


def _trim(para: str, s: int, e: int) -> tuple[int, int]:
    while s < e and para[s].isspace():
        s += 1
    while e > s and para[e - 1].isspace():
        e -= 1
    return s, e
