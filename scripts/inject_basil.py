#!/usr/bin/env python3
"""Inject figure and date contradictions into a BASIL-style corpus the way basil-dev was built.

    python scripts/inject_basil.py --out DIR [--corpus ../shared/bench/basil-dev/corpus.jsonl]
                                   [--variants 8] [--seed 0] [--share 0.6] [--half eval] [--loose]
                                   [--events ../shared/bench/ecb-dev/events.json]

basil-dev's variants share most of their injections with basil-dev itself (the same value
in the same sentence), so they move by one item at a time and say little about sentences the
same-fact decision was not fitted on. This writes DIR/v<k>/ (corpus.jsonl, gold.jsonl,
clean_triplets.json, the files `../shared/bench/score.py` reads) with one contradiction in a
share of the triplets, chosen at random among sentence pairs none of the shipped gold files
uses, as basil-dev's README describes them ("How injections are picked"): a value that two
outlets' articles of one story state in closely matching sentences is changed in one of them.
"Closely matching" is the README's recipe: at least 4 shared content words and an overlap
coefficient of 0.4, down to 3 words and MIN_OVERLAP for digits and explicit dates (a year, a
month and a day); a content word shared next to the value (among the two nearest on each side);
a sentence-model cosine of at least MIN_COSINE (for the manual review no script can do). A
figure after a bound ("at least 5") is left alone, a new value never already occurs in the
story, and an article that states the value once is preferred. `--loose` picks pairs by
overlap and cosine alone, as `fit_models.py` does for its rows: more pairs, mostly paraphrases of
one fact, some of two. Sentences fall in two halves by a stable
hash: "fit" (fit_models.py trains on it) and "eval" (the default, to measure). Figures keep their form (digits stay digits, words stay words, "$", "million",
"percent" kept) and move by at least 25%; dates are weekdays, month-days (the day moves),
month names and years, moved (with the recipe) as far as basil-dev's gold moves them: a day or
two, a month, one to three years. Candidate values are found by the patterns below, not by the
project's own detectors, so a value the detectors miss is still injected. With `--titles` it
swaps officials' titles instead, as basil-dev's title items are made: the title written before
a person's name ("Rep. Todd Akin") becomes another office of the same kind ("Gov. Todd Akin")
where another outlet's article of the story gives the person the original office; current
titles only (never after "former", "late", "then"). The cosine filter
(`--min-cosine`, on by default) loads the project's sentence model; the rest is standard library.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "bench"
MIN_OVERLAP = 0.25  # the lowest overlap among the shipped gold items is 0.263
# The shipped gold pairs all have a sentence-model cosine of 0.50 or more (20 of 20): words
# alone let in pairs such as "planned an event Sunday" / "said Tuesday" that no reader would
# call one fact.
MIN_COSINE = 0.5

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"Sept": "September"}
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")

_MONTH_NAME = r"(?:" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
PATTERNS = (
    ("date", "weekday", re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")),
    ("date", "month_day", re.compile(r"\b" + _MONTH_NAME + r" \d{1,2}\b(?!,? \d)|\b" + _MONTH_NAME + r" \d{1,2}(?=,? \d{4})")),
    ("date", "month", re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b(?! \d)")),
    ("date", "year", re.compile(r"(?<![\d$.,])(?:19[5-9]\d|20[0-3]\d)(?![\d%]|-\d)")),
    ("number", "digits", re.compile(r"(?<![\w.,-])\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?: (?:million|billion|trillion))?(?: percent)?(?![\w-])"
                                    r"|(?<![\w.,$-])\$?\d+(?:\.\d+)?(?: (?:million|billion|trillion))?(?: percent)?(?![\w,-])")),
    ("number", "words", re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)),
)
_WORD = re.compile(r"[a-z]+")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019]))\s+(?=[A-Z\u201c\"])")


# Abbreviations a title ends with before a name ("Rep. Todd Akin"): no sentence ends there.
_TITLE_ABBREVIATIONS = re.compile(r"\b(?:Rep|Sen|Gov|Lt|Gen|Adm|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|Atty|Amb|Sec)\.$")


def sentences(text: str, titles: bool = False) -> list[tuple[int, str]]:
    """(offset, sentence) of each sentence: BASIL joins a paragraph's sentences with one space.
    `titles`: a piece ending with a title's abbreviation ("... Missouri Rep.") runs on into the next."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for piece in _SENTENCE_END.split(para.group()):
            at = text.index(piece, start)
            if titles and out and _TITLE_ABBREVIATIONS.search(out[-1][1]) and at <= out[-1][0] + len(out[-1][1]) + 1:
                first = out.pop()[0]
                out.append((first, text[first:at + len(piece)]))
            else:
                out.append((at, piece))
            start = at + len(piece)
    return out


_STOP = frozenset("""a an the of to in on at for by with from and or but as is was were be been are it its
that this these those he she they his her their them we our you your i not no has have had will would
said says say who which what when where than then there also after before about into over more""".split())
MIN_WORDS = 8  # basil-dev's gold sentences have 7 words or more; "Romney said Wednesday." is too short to say what it dates


def _shared(a: str, b: str) -> tuple[int, float]:
    """(how many content words the two sentences share, their overlap coefficient)."""
    wa, wb = (set(_WORD.findall(x.lower())) - _STOP for x in (a, b))
    shared = len(wa & wb)
    return shared, shared / min(len(wa), len(wb)) if wa and wb else 0.0


def overlap(a: str, b: str) -> float:
    """Overlap coefficient of the two sentences' content words."""
    return _shared(a, b)[1]


def shared_words(a: str, b: str) -> int:
    """How many content words the two sentences share."""
    return _shared(a, b)[0]


# basil-dev's recipe: "at least 4 content words (overlap coefficient >= 0.4; down to 3 words / 0.25
# for distinctive numbers and explicit dates)". Digits and explicit dates (a year, a month and a
# day) are distinctive; a weekday, a month or a number word is not.
DISTINCTIVE_FORMS = frozenset({"digits", "year", "month_day"})


def close_enough(form: str, a: str, b: str) -> float | None:
    """The overlap of two sentences when it is enough for a value of this form to be one fact, else None."""
    shared, ov = _shared(a, b)
    words, least = (3, MIN_OVERLAP) if form in DISTINCTIVE_FORMS else (4, 0.4)
    return ov if ov >= least and shared >= words else None


def _loose(a: str, b: str) -> float | None:
    ov = overlap(a, b)
    return ov if ov >= MIN_OVERLAP else None


def _stem(word: str) -> str:
    return word[:5]  # "declared" / "declaring": one word next to the value, written two ways


def neighbours(sentence: str, offset: int, value: str, k: int = 2) -> set[str]:
    """The k content words nearest the value on each side (stemmed)."""
    left = [w for w in _WORD.findall(sentence[:offset].lower()) if w not in _STOP][-k:]
    right = [w for w in _WORD.findall(sentence[offset + len(value):].lower()) if w not in _STOP][:k]
    return {_stem(w) for w in left + right}


def next_to_same_word(a: str, a_offset: int, b: str, value: str) -> bool:
    """basil-dev's recipe: the two sentences "share a content word right next to the value" (here:
    among the two nearest on each side, as 26 of its 28 figure and date items do in this tokenisation)."""
    at = b.find(value)
    return at >= 0 and bool(neighbours(a, a_offset, value) & neighbours(b, at, value))


# basil-dev's recipe: "numbers after a bound (at least, more than, up to, ...) are skipped, since
# changing one bound need not contradict the other"
_BOUND_BEFORE = re.compile(r"\b(?:at least|at most|more than|less than|fewer than|up to|as many as|as few as|"
                           r"no more than|no fewer than|upwards of|over|under|above|below)\s+\$?$",
                           re.IGNORECASE)


def after_bound(sentence: str, offset: int) -> bool:
    return bool(_BOUND_BEFORE.search(sentence[max(0, offset - 20):offset]))


def values(sentence: str) -> list[tuple[str, str, int, str]]:
    """(kind, form, offset, text) of each candidate value, longest match first at a place."""
    found: list[tuple[str, str, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, form, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if form == "digits" and re.fullmatch(r"(?:19|20)\d\d", m.group()):
                continue  # a year: the date patterns have it
            taken.append((m.start(), m.end()))
            found.append((kind, form, m.start(), m.group()))
    return found


# How far basil-dev's gold moves a date (its 30 date injections, variants included): weekdays
# one or two days, months one, years two or three. The recipe measures with moves of that size.
NEAR_MOVES = {"weekday": (-2, -1, 1, 2), "month": (-1, 1), "year": (-3, -2, -1, 1, 2, 3), "month_day": (-3, -2, -1, 1, 2, 3)}


def altered(form: str, value: str, rng: random.Random, near: bool = False) -> str | None:
    """The value changed the way the benchmark changes it, or None when it cannot be.
    `near`: a date moves as far as basil-dev's gold moves its dates (NEAR_MOVES), not anywhere."""
    if near and form in NEAR_MOVES:
        step = rng.choice(NEAR_MOVES[form])
        if form == "weekday":
            return WEEKDAYS[(WEEKDAYS.index(value) + step) % 7]
        if form == "month":
            return MONTHS[(MONTHS.index(value) + step) % 12]
        if form == "year":
            return str(int(value) + step)
        month, day = value.rsplit(" ", 1)
        return f"{month} {int(day) + step}" if 1 <= int(day) + step <= 28 else None
    if form == "weekday":
        return rng.choice([d for d in WEEKDAYS if d != value])
    if form == "month":
        return rng.choice([m for m in MONTHS if m != value])
    if form == "year":
        return str(int(value) + rng.choice((-4, -3, -2, -1, 1, 2, 3, 4)))
    if form == "month_day":
        month, day = value.rsplit(" ", 1)
        new = int(day) + rng.choice((-9, -7, -5, -3, -2, 2, 3, 5, 7, 9))
        return f"{month} {new}" if 1 <= new <= 28 else None
    if form == "words":
        n = NUMBER_WORDS.index(value.lower()) + 2
        choices = [k for k in range(2, 21) if abs(k - n) / n >= 0.25]
        word = NUMBER_WORDS[rng.choice(choices) - 2]
        return word.capitalize() if value[:1].isupper() else word
    m = re.match(r"(\$?)([\d,]+(?:\.\d+)?)(.*)", value)
    if not m:
        return None
    sign, digits, rest = m.groups()
    x = float(digits.replace(",", ""))
    if x == 0:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    whole = digits.split(".")[0].replace(",", "")
    # as round as the original: "$750,000" becomes "$1,200,000", not "$1,196,542"
    zeros = len(whole) - len(whole.rstrip("0")) if not decimals and whole != "0" else 0
    for _ in range(20):
        factor = rng.choice((rng.uniform(0.45, 0.75), rng.uniform(1.3, 1.9)))
        y = round(x * factor, decimals) if not zeros else round(x * factor, -zeros)
        if y > 0 and abs(y - x) / x >= 0.25:
            text = f"{y:,.{decimals}f}" if "," in digits else f"{y:.{decimals}f}"
            return sign + text + rest
    return None


_MONTH_AFTER = re.compile(r"\s*(?:" + _MONTH_NAME + r")\b")
_AGO_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?)\s+ago\b", re.IGNORECASE)


def not_a_figure(sentence: str, offset: int, value: str) -> bool:
    """Values no injection changes: a clock time ("1:40 a.m."), the day of a date ("16 November"),
    a time ago ("seven years ago"), part of a compound ("9/11", "five-and-a-half", "18-49")."""
    before, after = sentence[max(0, offset - 2):offset], sentence[offset + len(value):]
    if after[:1] in ("/", "-", ":") or before[-1:] in ("/", "-", ":") or before.strip()[-1:] in ("-", "/"):
        return True
    if after[:2].strip()[:1] in ("-", "/") or re.match(r"\s+-\s+\d", after):
        return True
    return bool(_MONTH_AFTER.match(after) or _AGO_AFTER.match(after))


def half_of(doc_id: str, sentence: str) -> str:
    """Which half a sentence belongs to, the same on every run: "fit" rows train the same-fact
    decision, "eval" rows measure it on sentence pairs it was not fitted on."""
    return "fit" if zlib.crc32(f"{doc_id}\n{sentence}".encode()) % 2 == 0 else "eval"


def sentence_model_similarity(docs: list[dict], cache=None):
    """The project's sentence model's cosine between two sentences (vectors cached as the tool
    caches them). `cache`: an open cache to use (fit_models has one), else the tool's is opened."""
    sys.path.insert(0, str(ROOT))
    import numpy as np

    from discrepancy.embeddings import embed_texts
    from discrepancy.options import Options, embedder_for, open_cache

    options = Options()
    own = cache is None
    if own:
        cache = open_cache(options)
    texts = sorted({sent for d in docs for _at, sent in sentences(d["text"])})
    try:
        vectors, _ = embed_texts(texts, embedder_for(options), cache)  # the model the tool itself runs
    finally:
        if own and cache is not None:
            cache.close()
    at = {t: i for i, t in enumerate(texts)}

    def similarity(a: str, b: str) -> float:
        return float(np.dot(vectors[at[a]], vectors[at[b]]))
    return similarity


def candidates(triplet: list[dict], used: set[tuple[str, str]], half: str = "all", similarity=None,
               min_cosine: float = 0.0, recipe: bool = True) -> list[dict]:
    """Every value one article states that another outlet's article of the story states too,
    in a sentence sharing words: the sentence pairs an injection can be made in.

    With `recipe` (to measure), as basil-dev's README says its pairs were picked: enough shared
    words for the value's form, a shared word next to the value, no figure after a bound.
    Without it (rows to fit on), any pair with content-word overlap MIN_OVERLAP: more pairs,
    paraphrases mostly of one fact, some of two."""
    split = {d["id"]: sentences(d["text"]) for d in triplet}
    out = []
    for doc in triplet:
        for at, sent in split[doc["id"]]:
            if half != "all" and half_of(doc["id"], sent) != half or len(sent.split()) < MIN_WORDS:
                continue
            for kind, form, offset, value in values(sent):
                if not_a_figure(sent, offset, value) or (recipe and kind == "number" and after_bound(sent, offset)):
                    continue
                originals = []
                for other in triplet:
                    if other["id"] == doc["id"] or other["source"] == doc["source"]:
                        continue
                    close = ((close_enough(form, sent, s) if recipe else _loose(sent, s), s) for _a, s in split[other["id"]]
                             if value in s and len(s.split()) >= MIN_WORDS
                             and (not recipe or next_to_same_word(sent, offset, s, value))
                             and (similarity is None or similarity(sent, s) >= min_cosine))
                    best = max(((ov, s) for ov, s in close if ov is not None), default=None)
                    if best:
                        originals.append((other["id"], best[1], best[0]))
                if originals and (doc["id"], value) not in used:
                    out.append({"doc": doc, "sentence_at": at, "sentence": sent, "kind": kind, "form": form,
                                "offset": offset, "value": value, "originals": originals})
    return out


# Titles as written before a name -> (the office they name, what they may become). General
# knowledge of US and UK offices, the kind basil-dev's title items swap ("Sen." -> "Rep.",
# "Secretary of State" -> "Defense Secretary", "Speaker" -> "Majority Leader").
TITLE_SWAPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Sen.": ("senator", ("Rep.", "Gov.")), "Senator": ("senator", ("Representative", "Governor")),
    "Rep.": ("representative", ("Sen.", "Gov.")), "Representative": ("representative", ("Senator", "Governor")),
    "Congressman": ("representative", ("Senator",)), "Congresswoman": ("representative", ("Senator",)),
    "Gov.": ("governor", ("Sen.", "Lt. Gov.")), "Governor": ("governor", ("Lieutenant Governor", "Senator")),
    "Lt. Gov.": ("lieutenant governor", ("Gov.",)), "Lieutenant Governor": ("lieutenant governor", ("Governor",)),
    "Speaker": ("speaker", ("Majority Leader", "Minority Leader")),
    "House Speaker": ("speaker", ("House Majority Leader", "House Minority Leader")),
    "Majority Leader": ("majority leader", ("Minority Leader", "Speaker")),
    "Minority Leader": ("minority leader", ("Majority Leader",)),
    "Secretary of State": ("secretary of state", ("Defense Secretary", "Treasury Secretary")),
    "Defense Secretary": ("defense secretary", ("Secretary of State",)),
    "Treasury Secretary": ("treasury secretary", ("Commerce Secretary", "Secretary of State")),
    "Attorney General": ("attorney general", ("Solicitor General",)),
    "Justice": ("justice", ("Chief Justice",)), "Chief Justice": ("chief justice", ("Justice",)),
    "President": ("president", ("Vice President",)), "Vice President": ("vice president", ("President",)),
    "Mayor": ("mayor", ("Governor",)), "Prime Minister": ("prime minister", ("President",)),
}
_TITLE_BEFORE_NAME = re.compile(r"\b(" + "|".join(sorted((re.escape(t) for t in TITLE_SWAPS), key=len, reverse=True))
                                + r")\s+((?:[A-Z][a-z]+\.?\s+){0,2}([A-Z][a-zA-Z'\u2019-]+))")
# Capitalised words after a title that are no one's name ("the Justice Department").
_NOT_A_SURNAME = frozenset({"Department", "Committee", "Court", "House", "Senate", "Office", "Party", "Administration",
                            "Council", "Board", "Commission", "Agency", "Bureau", "Ministry", "Service", "Building",
                            "Center", "Institute", "Foundation", "University", "School", "Club", "Hall", "Street"})
_NOT_CURRENT = re.compile(r"\b(?:former|late|then|ex|outgoing)[ -]+(?:[\w.]+\s+){0,2}$", re.IGNORECASE)


def _without_possessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("\u2019s")


def _titles_before_names(sentence: str) -> list[tuple[re.Match, str, bool]]:
    """(match, office, current) of each title written before a name in the sentence; current:
    not after "former", "late", "then" and the like."""
    return [(m, TITLE_SWAPS[m.group(1)][0], not _NOT_CURRENT.search(sentence[max(0, m.start() - 30):m.start()]))
            for m in _TITLE_BEFORE_NAME.finditer(sentence)]


def title_candidates(triplet: list[dict], used: set[tuple[str, str]], half: str = "all") -> list[dict]:
    """Every current title written before a person's name that another outlet's article of the
    story also gives that person (the same office, written any way it may be), as candidates."""
    split = {d["id"]: [(at, sent, _titles_before_names(sent)) for at, sent in sentences(d["text"], titles=True)]
             for d in triplet}
    out = []
    for doc in triplet:
        for at, sent, titled in split[doc["id"]]:
            if half != "all" and half_of(doc["id"], sent) != half:
                continue
            for m, office, current in titled:
                title, surname = m.group(1), _without_possessive(m.group(3))
                if not current or {_without_possessive(w) for w in m.group(2).split()} & _NOT_A_SURNAME:
                    continue
                originals = []
                for other in triplet:
                    if other["id"] == doc["id"] or other["source"] == doc["source"]:
                        continue
                    for _a, s, theirs in split[other["id"]]:
                        if any(o_office == office and o.group(3).startswith(surname) and o_current
                               for o, o_office, o_current in theirs):
                            originals.append((other["id"], s, overlap(sent, s)))
                            break
                name = _without_possessive(m.group(2))
                if originals and (doc["id"], title) not in used:
                    out.append({"doc": doc, "sentence_at": at, "sentence": sent, "kind": "title", "form": office,
                                "offset": m.start(), "value": title, "name": name, "originals": originals})
    return out


def shipped_gold() -> set[tuple[str, str]]:
    """(altered article, original value) of every gold item shipped in ../shared/bench: left alone."""
    used = set()
    for path in BENCH.glob("basil-dev*/**/gold.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                used.add((g["altered_doc"], g["original_value"]))
                for od in g["original_docs"]:
                    used.add((od, g["original_value"]))
    return used


def as_published(docs: list[dict], gold_path: Path) -> list[dict]:
    """The corpus with the benchmark's own injections undone (each gold item keeps the sentence it replaced)."""
    texts = {d["id"]: d["text"] for d in docs}
    if gold_path.exists():
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                texts[g["altered_doc"]] = texts[g["altered_doc"]].replace(g["altered_sentence"], g["altered_doc_original_sentence"])
    return [{**d, "text": texts[d["id"]]} for d in docs]


def keyed(docs: list[dict], events: dict[str, str]) -> list[dict]:
    """The documents of a corpus with an answer key (ecb-dev's events.json) renamed "<event>_<id>",
    as BASIL names them, so that the story of each is its name's prefix, as score.py reads it."""
    return [{**d, "id": f"{events[d['id']]}_{d['id']}"} for d in docs if d["id"] in events]


def in_story(value: str, members: list[dict]) -> bool:
    """Whether a story's articles already state this value anywhere (as a whole word)."""
    pattern = re.compile(r"(?<![\w$])" + re.escape(value) + r"(?![\w])")
    return any(pattern.search(d["text"]) for d in members)


def make_variant(docs: list[dict], rng: random.Random, share: float, used: set[tuple[str, str]],
                 half: str = "all", similarity=None, min_cosine: float = 0.0,
                 recipe: bool = True, titles: bool = False) -> tuple[list[dict], list[dict], list[str]]:
    by_triplet: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_triplet[d["id"].rsplit("_", 1)[0]].append(d)  # a story: a BASIL triplet, or a keyed event
    texts = {d["id"]: d["text"] for d in docs}
    gold, clean = [], []
    for n, (trip, members) in enumerate(sorted(by_triplet.items())):
        if titles:
            pool = title_candidates(members, used, half) if rng.random() < share else []
        else:
            pool = candidates(members, used, half, similarity, min_cosine, recipe) if rng.random() < share else []
        # kinds in equal shares, as in basil-dev; closer paraphrases more often (its overlaps have a median near 0.55)
        kind = "title" if titles else rng.choice(("number", "date"))
        forms = sorted({c["form"] for c in pool if c["kind"] == kind})  # and a date's forms alike, not mostly weekdays
        form = rng.choice(forms) if forms else ""
        # "the altered statement is the best-matching one, preferring an article that states the fact only once"
        pool.sort(key=lambda c: (c["kind"] != kind, c["form"] != form, recipe and c["doc"]["text"].count(c["value"]) > 1,
                                 -max(o[2] for o in c["originals"]) * rng.random()))
        for c in pool:
            if titles:
                new = rng.choice(TITLE_SWAPS[c["value"]][1])
                if in_story(f"{new} {c['name']}", members):
                    continue
            else:
                new = altered(c["form"], c["value"], rng, near=recipe)
                if new is None or new == c["value"] or (recipe and in_story(new, members)):
                    continue  # "a new value must not occur anywhere in the triplet already"
            sent = c["sentence"][:c["offset"]] + new + c["sentence"][c["offset"] + len(c["value"]):]
            at = c["sentence_at"]
            doc_id = c["doc"]["id"]
            texts[doc_id] = texts[doc_id][:at] + sent + texts[doc_id][at + len(c["sentence"]):]
            gold.append({"id": f"i{n:03d}", "triplet": trip, "kind": c["kind"], "altered_doc": doc_id,
                         "altered_sentence": sent, "altered_value": new, "original_value": c["value"],
                         "original_docs": [o[0] for o in c["originals"]],
                         "original_sentences": [o[1] for o in c["originals"]],
                         "overlap": round(max(o[2] for o in c["originals"]), 3),
                         "altered_doc_original_sentence": c["sentence"], "subject": c["form"]})
            if titles:
                gold[-1].update(person=c["name"], altered_span=f"{new} {c['name']}", original_span=f"{c['value']} {c['name']}")
            break
        else:
            clean.append(trip)
    return [{**d, "text": texts[d["id"]]} for d in docs], gold, clean


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=BENCH / "basil-dev" / "corpus.jsonl")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--variants", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--share", type=float, default=0.6, help="share of stories given one contradiction")
    ap.add_argument("--half", choices=("fit", "eval", "all"), default="eval",
                    help="inject only into sentences of this half (fit: rows for fit_models.py; eval: to measure)")
    ap.add_argument("--min-cosine", type=float, default=MIN_COSINE,
                    help="the sentence model's cosine two sentences need (0: words alone decide)")
    ap.add_argument("--loose", action="store_true",
                    help="pick sentence pairs by content-word overlap alone, as fit_models.py does for its rows, "
                         "instead of basil-dev's recipe")
    ap.add_argument("--titles", action="store_true",
                    help="swap officials' titles before a name instead of changing figures and dates")
    ap.add_argument("--events", type=Path, default=None,
                    help="an answer key of events (ecb-dev's events.json): the stories, instead of BASIL's triplet ids")
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = as_published(docs, args.corpus.parent / "gold.jsonl")
    if args.events is not None:
        docs = keyed(docs, json.loads(args.events.read_text(encoding="utf-8")))
    used = shipped_gold()
    similarity = sentence_model_similarity(docs) if args.min_cosine > 0 and not args.titles else None
    for k in range(args.variants):
        rng = random.Random(args.seed * 1000 + k)
        corpus, gold, clean = make_variant(docs, rng, args.share, used, args.half, similarity, args.min_cosine,
                                           recipe=not args.loose, titles=args.titles)
        out = args.out / f"v{k}"
        out.mkdir(parents=True, exist_ok=True)
        (out / "corpus.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in corpus), encoding="utf-8")
        (out / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
        (out / "clean_triplets.json").write_text(json.dumps(clean) + "\n", encoding="utf-8")
        kinds = defaultdict(int)
        for g in gold:
            kinds[g["kind"]] += 1
        print(f"{out}: {len(gold)} contradictions ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}), {len(clean)} clean triplets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
