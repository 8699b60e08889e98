"""Events: which articles report one story, decided per pair of articles from evidence.

One cosine cut over whole documents cannot tell two reports of one strike written for
different readers from two reports of two earthquakes, and a short follow-up shares
little vocabulary with a long article. So each pair of articles gets a probability of
reporting one event from a fitted model (`discrepancy/data/same_event.json`, fitted by
`scripts/fit_models.py`) over what the two share: content words and names (TF-IDF),
their closest aligned sentences, how many of the shorter article's figure and date
sentences the other repeats, publication dates, and the years each is placed in (a
year in its address or its dates). Figures and dates are compared
between two articles when that probability passes the model's cut; the event groups
shown in reports are derived from the same probabilities (average linkage, then groups
joined when most links between them pass the cut), so a look-alike story needs evidence
of its own to join. Ids, file names and order are
never read.
"""
from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import tables
from .cache import Cache, text_key
from .detectors.title_words import ABBREVIATIONS, HONORIFICS, INSTITUTIONAL, NOT_A_NAME, TITLE_WORDS
from .gazetteer import place
from .model import DateClaim, Document, Event
from .scoring import LogisticModel, load_model
from .textnorm import STOPWORDS, fold, singular

# Documents further apart than this (when both dates are known) are never one event.
DEFAULT_MAX_DAYS = 4
# Sentences at least this close count as the other article repeating one of its statements.
REPEAT_SIMILARITY = 0.7
EVENT_FEATURES = ("words", "names", "main_names", "main_missing", "rarest_name", "best_sentence", "repeated",
                  "days_apart", "undated", "years_apart", "no_years", "years_shared")
# Date forms that state their year: what an undated article says about when it was written.
_YEAR_FORMS = frozenset({"full", "month_year", "year"})
# A year in an article's address ("/2009/04/28/", "2008-12-23"), as sites date their pages.
_URL_YEAR = re.compile(r"(?<!\d)(19[6-9]\d|20[0-4]\d)(?!\d)")
# Pairwise evidence is n x n per feature: single precision halves what a corpus of thousands of
# articles holds, and the fitted decision reads it to far more digits than it needs.
COLUMN_TYPE = np.float32
# Latest stated years further apart than this are all one signal: different occasions.
_MAX_YEARS_APART = 2
# How many of a document's most telling names (by TF-IDF weight) stand for who and where it is about.
MAIN_NAMES = 3

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


# (content words, names, a written form of each name, names of several words, names in picture
# credits) of one document
DocumentFeatures = tuple[Counter[str], Counter[str], dict[str, str], Counter[str], Counter[str]]


def _features(doc: Document) -> DocumentFeatures:
    """(content words, names, a written form of each name, names of several words, names in
    picture credits) of a document, title included. The names of several words ("Black Sea", "Navy Day") only
    label a story: linking reads single names."""
    text = fold((doc.title or "") + "\n" + doc.text)
    # a headline in Title Case capitalises every word: its runs are no names ("Obama Reverses Bush")
    headlines = _headline_spans(text)
    starts = [a for a, _b in headlines]

    def in_headline(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and at < headlines[k][1]

    # "(AP Photo/Efrem Lukatsky)", "(Philip Davali/Ritzau Scanpix via AP)": who took the picture
    # names no story, though a wire credits one photographer in dozens of them
    # and so do contributor lines ("Cara Anna contributed to this report from Kramatorsk.")
    credits = sorted([m.span() for m in _CREDIT.finditer(text)] + _contributor_spans(text))
    credit_starts = [a for a, _b in credits]

    def in_credit(at: int) -> bool:
        k = bisect.bisect_right(credit_starts, at) - 1
        return k >= 0 and at < credits[k][1]

    run_start = 0
    previous = ""  # the word before this one, lowercased
    after_of = False  # the run of capitals started right after "of" ("ministers of Poland Mariusz Blaszczak")

    words: Counter[str] = Counter()
    names: Counter[str] = Counter()
    forms: dict[str, str] = {}
    phrases: Counter[str] = Counter()
    credited: Counter[str] = Counter()  # names counted inside picture credits: linking reads them, labels do not
    run: list[str] = []  # capitalised words in a row, as written ("Gulf of Aden" too)
    connector: list[str] = []  # an "of" or "the" that joins the run only if a name follows
    last_end = -1
    sentence_start = True
    after_title = False
    for m in _WORD.finditer(text):
        raw = m.group().replace("\u2019", "'")
        low = raw.lower()
        possessive = low.endswith("'s")
        if possessive:
            low = low[:-2]
            raw = raw[:-2]
        capitalised = raw[:1].isupper() and not raw.isupper() and low not in _CALENDAR
        adjacent = text[last_end:m.start()] == " "
        # "World War II", "Pope Benedict XVI": the numeral ends the name it belongs to
        numeral = bool(run) and adjacent and not connector and not possessive and _ROMAN_NUMERAL.fullmatch(raw)
        if capitalised and run and adjacent:
            run += connector + [raw.rstrip("'")]
            connector = []
        elif numeral:
            run.append(raw)
        elif low in _CONNECTORS and run and adjacent and not connector:
            connector = [raw]
        else:
            if not in_headline(max(last_end - 1, 0)) and not in_credit(run_start):
                _add_phrase(phrases, run, after_of)
            # a sentence's first word starts a name only when it cannot be an opener ("The",
            # "Yesterday"): "Aleksandr Viktorovich Ionov is accused" names him in full
            opens_name = sentence_start and low not in STOPWORDS and low not in _NOT_A_LABEL and low not in _OPENERS
            run, connector = ([raw.rstrip("'")] if capitalised and (not sentence_start or after_title or opens_name)
                              else []), []
            run_start = m.start()
            after_of = previous == "of" and text[last_end:m.start()] == " "
        # "Donetsk People's Republic": an institution's possessive word inside a name goes on
        inside_name = possessive and capitalised and len(run) >= 2 and f"{low}'s" in INSTITUTIONAL
        if inside_name:
            run[-1] = f"{run[-1]}'s"
        elif possessive or numeral:  # "Russia's Defense Ministry": the name ends at the possessive
            if not in_headline(m.start()) and not in_credit(run_start):
                _add_phrase(phrases, run, after_of)
            run, connector = [], []
        last_end = m.end()
        previous = low
        if low not in STOPWORDS and len(low) > 2:
            words[singular(low)] += 1
            if raw[:1].isupper() and not sentence_start and not raw.isupper() or (raw.isupper() and len(raw) > 1):
                names[low] += 1
                if in_credit(m.start()):
                    credited[low] += 1
                if not raw.isupper() and not in_headline(m.start()) and not in_credit(m.start()):
                    forms.setdefault(low, raw)  # a Title Case headline's words name nothing for a label
        tail = text[m.end():m.end() + 1]
        sentence_start = tail in (".", "!", "?", "\n")
        # "Sen. Roy Blunt": a title's full stop ends no sentence for a name's words (linking still
        # counts the word after it as a sentence's first, as it always has)
        after_title = tail == "." and low in ABBREVIATIONS and (low in TITLE_WORDS or low in HONORIFICS)
    if not in_credit(run_start):
        _add_phrase(phrases, run, after_of)
    return words, names, forms, phrases, credited


def document_features(docs: Sequence[Document], cache: Cache | None = None) -> list[DocumentFeatures]:
    """`_features` of each document, read from the cache where its title and text were read
    before: a third of a run in which nothing changed went into reading every article again."""
    if cache is None:
        return [_features(d) for d in docs]
    producer = _features_identity()
    keys = [text_key((d.title or "") + "\n" + d.text) for d in docs]
    cached = cache.get_records(producer, keys)
    out: list[DocumentFeatures] = []
    fresh: dict[bytes, object] = {}
    for doc, key in zip(docs, keys):
        record = cached.get(key)
        try:
            features = _features_from_record(record) if record is not None else None
        except (TypeError, KeyError, ValueError, AttributeError):  # a record of another shape: read again
            features = None
        if features is None:
            features = _features(doc)
            fresh[key] = {"words": features[0], "names": features[1], "forms": features[2], "phrases": features[3],
                          "credited": features[4]}
        out.append(features)
    if fresh:
        cache.put_records(producer, fresh)
    return out


def _features_from_record(record: object) -> DocumentFeatures:
    if not isinstance(record, dict):
        raise TypeError("not a record")
    counts = [Counter({str(k): int(v) for k, v in record[name].items()})
              for name in ("words", "names", "phrases", "credited")]
    forms = {str(k): str(v) for k, v in record["forms"].items()}
    return counts[0], counts[1], forms, counts[2], counts[3]


@lru_cache(maxsize=1)
def _features_identity() -> str:
    """Changes whenever `_features` could read a document differently: its code, the text
    folding and the word lists and tables it reads."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    tables.digest_code_and_tables(h, (here / "events.py", here / "textnorm.py", here / "tables.py",
                                      here / "gazetteer.py", here / "detectors" / "title_words.py"))
    return "document-features:" + h.hexdigest()[:16]


_HYPHEN_ADJECTIVE = re.compile(r"-[a-z]+$")
# A regnal or ordinal numeral after a name ("World War II", "Elizabeth II"); not "I", a pronoun as often
_ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})")
# A picture credit in brackets: "(AP Photo/Efrem Lukatsky, File)", "(Philip Davali/Ritzau Scanpix)",
# "(Getty Images)"; not "(NBC/Wall Street Journal poll)".
_CREDIT = re.compile(r"\((?=[^()]{0,160}\))[^()]*?(?:\bPhoto\b|\bphoto\b|[a-z]/[A-Z]|\bvia (?:AP|Reuters|AFP|Getty)\b|"
                     r"\bGetty Images\b|\bShutterstock\b)[^()]*\)")

# A line that credits reporters: "Associated Press writer Chris Megerian in Washington contributed to
# this report.", "Follow Eric Tucker on Twitter"; not "energy bills have contributed to inflation".
_CONTRIBUTOR = re.compile(r"\bcontributed(?: reporting)?(?: to this (?:report|story))?(?: from [^.!?\n]{0,60})?[.!?]"
                          r"|\bFollow [^.!?\n]{0,80}? on (?:Twitter|X)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _contributor_spans(text: str) -> list[tuple[int, int]]:
    """Contributor lines, each from its sentence's start (found backwards: a pattern that began
    anywhere in the sentence cost a scan of 250 characters at every position of every article)."""
    spans = []
    for m in _CONTRIBUTOR.finditer(text):
        start = m.start()
        if m.group().startswith("contributed"):
            window = text[max(0, start - 250):start]
            ends = [e.end() for e in _SENTENCE_END.finditer(window)]
            start = start - len(window) + (ends[-1] if ends else 0)
        spans.append((start, m.end()))
    return spans


def _headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines written as Title Case headlines ("Obama Reverses Bush Rule"), by offset: the title,
    and the headlines and subheads scraped pages repeat in their text. Every longer word is
    capitalised there, so their runs of capitals are no names."""
    spans = []
    at = 0
    for line in text.split("\n"):
        longer = [w for w in _WORD.findall(line) if len(w) > 3]
        if 3 <= len(longer) <= 20 and sum(w[:1].isupper() for w in longer) >= 0.8 * len(longer):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _add_phrase(phrases: Counter[str], run: list[str], after_of: bool = False) -> None:
    """Count a name of several words, without a title before it ("Russian President Vladimir
    Putin" is "Vladimir Putin", "Mr Sunak" no name of several words) unless the title word is
    part of the name ("Navy Day", "Security Council")."""
    def titled(word: str) -> bool:  # "Sen.", "Co-Chairwoman"
        return word.lower().rstrip(".").rsplit("-", 1)[-1] in _NOT_A_LABEL

    while run and titled(run[-1]) and run[-1].lower() in ABBREVIATIONS:
        run = run[:-1]  # "Missouri Sen. Claire McCaskill": the run ends at the abbreviation's full stop
    titles = [k for k, w in enumerate(run) if titled(w)]
    if titles and len(run) - titles[-1] - 1 >= 2:
        run = run[titles[-1] + 1:]
        after_of = bool(run) and run[0].lower() == "of"
        while run and run[0].lower() in _CONNECTORS:
            run = run[1:]  # "Defense of Marriage Act" is not "of Marriage Act"
    elif run and run[0].lower().rstrip(".") in HONORIFICS:
        return
    if after_of and len(run) >= 3 and place(run[0]) is not None and not INSTITUTIONAL & {w.lower() for w in run}:
        run = run[1:]  # "Defense ministers of Poland Mariusz Blaszczak": the country is the title's
    if len(run) > 1:
        phrases[" ".join(run)] += 1


def stated_years(doc: Document, dates: Sequence[DateClaim] = ()) -> frozenset[int]:
    """The years an article is placed in: its publication year, a year in its address, and
    the years its dates state. Two look-alike stories (two earthquakes, a rule and its
    reversal) are often told in the same words, years apart; undated archives still say when."""
    years = {c.year for c in dates if c.year and c.form in _YEAR_FORMS}
    if doc.published:
        years.add(doc.published.year)
    if doc.url:
        years.update(int(y) for y in _URL_YEAR.findall(doc.url))
    return frozenset(years)


def _year_columns(years: Sequence[frozenset[int]]) -> dict[str, np.ndarray]:
    """(latest stated years apart, no years on one side, share of stated years in common)."""
    from scipy.sparse import csr_matrix

    latest = np.array([max(y) if y else 0 for y in years], dtype=COLUMN_TYPE)
    has = latest > 0
    both = has[:, None] & has[None, :]
    apart = np.where(both, np.minimum(np.abs(latest[:, None] - latest[None, :]), _MAX_YEARS_APART), 0).astype(COLUMN_TYPE)
    # shared / all stated years of the two (Jaccard), from a documents x years incidence matrix
    column = {y: k for k, y in enumerate(sorted(set().union(*years)))}
    rows = [i for i, ys in enumerate(years) for _ in ys]
    cols = [column[y] for ys in years for y in ys]
    incidence = csr_matrix((np.ones(len(rows), dtype=COLUMN_TYPE), (rows, cols)), shape=(len(years), max(1, len(column))))
    common = (incidence @ incidence.T).toarray()
    sizes = np.array([len(ys) for ys in years], dtype=COLUMN_TYPE)
    union = sizes[:, None] + sizes[None, :] - common
    shared = np.divide(common, union, out=np.zeros_like(common), where=union > 0)
    return {"years_apart": apart, "no_years": (~both).astype(COLUMN_TYPE), "years_shared": shared}


# Only a corpus of some size can tell which words most of its documents carry: from this many
# documents on, a word in over half of them says nothing about which story one is in.
_SIZEABLE_CORPUS = 20


def _generic_above(n: int) -> float:
    """How many of a corpus's `n` documents a word may stand in before it is generic (as many as
    there are, in a corpus too small to tell)."""
    return 0.5 * n if n >= _SIZEABLE_CORPUS else n


def _held(counts: Sequence[Counter[str]]) -> Counter[str]:
    """In how many documents each key stands."""
    held: Counter[str] = Counter()
    for c in counts:
        held.update(c.keys())
    return held


# A copy may add words of its own (a byline, a footer: "Reporting by Desk 4"): up to this share
# of its words, those no other document holds are left out when copies are found.
_OWN_WORDS_OF_A_COPY = 0.1


def _copies(words: Sequence[Counter[str]]) -> list[list[int]]:
    """The documents in sets of copies, each set one report: what document frequencies count.
    Twenty copies of one wire story counted as twenty made the story's own names pass for words
    most of the corpus carries, and count for nothing. Copies are the same words, leaving out
    each one's own few (a byline, a footer), which no other document holds."""
    held = _held(words)
    sets: dict[frozenset, list[int]] = {}
    for i, c in enumerate(words):
        total = sum(c.values())
        own = sum(n for w, n in c.items() if held[w] == 1)
        shared = frozenset((w, n) for w, n in c.items() if held[w] >= 2 or own > _OWN_WORDS_OF_A_COPY * total)
        sets.setdefault(shared, []).append(i)
    return list(sets.values())


def _frequencies(counts: Sequence[Counter[str]], copies: Sequence[Sequence[int]]) -> Counter[str]:
    """In how many sets of copies each key stands, a set holding what any of its copies holds (so
    whichever copy comes first, the counts are the same: copies can differ in their names)."""
    df: Counter[str] = Counter()
    for members in copies:
        df.update(set().union(*(counts[i].keys() for i in members)))
    return df


def _tfidf(counts: Sequence[Counter[str]], copies: Sequence[Sequence[int]]):
    """Sublinear TF-IDF rows, L2-normalised, over a shared vocabulary (a sparse matrix); document
    frequencies count each set of `copies` once."""
    from scipy.sparse import csr_matrix, diags

    df = _frequencies(counts, copies)
    n = len(copies)
    held = _held(counts)  # copies too: a word in one document links nothing
    max_df = _generic_above(n)
    vocab = {w: i for i, w in enumerate(sorted(w for w, d in df.items() if held[w] >= 2 and d <= max_df))}
    rows, cols, vals = [], [], []
    for r, c in enumerate(counts):
        for w, tf in c.items():
            j = vocab.get(w)
            if j is None:
                continue
            rows.append(r)
            cols.append(j)
            vals.append((1 + math.log(tf)) * (math.log((1 + n) / (1 + df[w])) + 1.0))  # smoothed idf
    m = csr_matrix((vals, (rows, cols)), shape=(len(counts), max(1, len(vocab))), dtype=np.float64)
    norms = np.sqrt(m.multiply(m).sum(axis=1)).A1
    norms[norms == 0] = 1.0
    return diags(1 / norms) @ m


@dataclass
class DocumentLinks:
    """Pairwise evidence between the documents of a corpus (n x n arrays, in `docs` order)."""

    docs: list[Document]
    columns: dict[str, np.ndarray]  # one n x n array per feature in EVENT_FEATURES (a check drops them once scored)
    too_far: np.ndarray  # both dated, more than max_days apart: never one event
    name_forms: list[dict[str, str]]
    name_counts: list[Counter[str]]
    name_phrases: list[Counter[str]]  # names of several words, as written: for labels
    probability: np.ndarray | None = None
    # names counted inside picture credits ("(AP Photo/Brian Inganga)"), which name no story
    name_credited: list[Counter[str]] = field(default_factory=list)

    def index(self) -> dict[str, int]:
        return {d.id: i for i, d in enumerate(self.docs)}


def document_links(docs: Sequence[Document], sentence_doc: Sequence[str] = (), pairs: Sequence[tuple[int, int, float]] = (),
                   max_days: int = DEFAULT_MAX_DAYS,
                   dates: Mapping[str, Sequence[DateClaim]] | None = None, *,
                   keep_evidence: bool = True, cache: Cache | None = None) -> DocumentLinks:
    """The evidence that each pair of documents reports one event.

    `sentence_doc[k]` is the document of embedded sentence k, and `pairs` are aligned
    sentence pairs (k, l, cosine) between documents, as `align.align_arrays` gives them;
    `dates` are the date expressions of each document, by id. The links come scored by the
    shipped model; each feature's n x n array is folded into the score and freed before the
    next is made, unless `keep_evidence` (fitting keeps them; a check of thousands of
    articles cannot).
    """
    docs = list(docs)
    n = len(docs)
    feats = document_features(docs, cache)
    copies = _copies([f[0] for f in feats])
    aligned = dict(zip(("best_sentence", "repeated"), _aligned_evidence(docs, sentence_doc, pairs)))
    dated = [d.published for d in docs]
    ordinals = np.array([d.toordinal() if d else 0 for d in dated], dtype=COLUMN_TYPE)  # exact below 2**24
    has = np.array([d is not None for d in dated], dtype=bool)
    both = has[:, None] & has[None, :]
    days = np.zeros((n, n), dtype=COLUMN_TYPE)
    days[both] = np.abs(ordinals[:, None] - ordinals[None, :])[both]
    too_far = both & (days > max_days)
    years = [stated_years(d, (dates or {}).get(d.id, ())) for d in docs]

    def stream() -> Iterator[tuple[str, np.ndarray]]:
        """Each feature's array in EVENT_FEATURES order, made only when asked for."""
        if n > 1:
            words, names = _tfidf([f[0] for f in feats], copies), _tfidf([f[1] for f in feats], copies)
            yield "words", (words @ words.T).toarray().astype(COLUMN_TYPE)
            yield "names", (names @ names.T).toarray().astype(COLUMN_TYPE)
            main = dict(zip(("main_names", "main_missing"), _main_names(names)))
        else:
            yield "words", np.ones((n, n), dtype=COLUMN_TYPE)
            yield "names", np.ones((n, n), dtype=COLUMN_TYPE)
            main = {"main_names": np.zeros((n, n), dtype=COLUMN_TYPE), "main_missing": np.zeros((n, n), dtype=COLUMN_TYPE)}
        yield "main_names", main.pop("main_names")
        yield "main_missing", main.pop("main_missing")
        yield "rarest_name", _rarest_shared_name([f[1] for f in feats], copies)
        yield "best_sentence", aligned.pop("best_sentence")  # popped: once scored, nothing holds it
        yield "repeated", aligned.pop("repeated")
        yield "days_apart", np.minimum(days, COLUMN_TYPE(max_days + 1))
        yield "undated", (~both).astype(COLUMN_TYPE)
        yielded = _year_columns(years)
        for name in ("years_apart", "no_years", "years_shared"):
            yield name, yielded.pop(name)

    links = DocumentLinks(docs, {}, too_far, [f[2] for f in feats], [f[1] for f in feats], [f[3] for f in feats],
                          name_credited=[f[4] for f in feats])

    def kept(items: Iterator[tuple[str, np.ndarray]]) -> Iterator[tuple[str, np.ndarray]]:
        for name, column in items:
            links.columns[name] = column
            yield name, column

    _score(links, load_model("same_event"), kept(stream()) if keep_evidence else stream())
    return links


def _aligned_evidence(docs: Sequence[Document], sentence_doc: Sequence[str],
                      pairs: Sequence[tuple[int, int, float]]) -> tuple[np.ndarray, np.ndarray]:
    """(the closest aligned sentence pair of two documents, the larger share of either's figure
    sentences the other repeats)."""
    n = len(docs)
    pos = {d.id: i for i, d in enumerate(docs)}
    per_doc = Counter(pos[d] for d in sentence_doc if d in pos)
    best = np.zeros((n, n), dtype=COLUMN_TYPE)
    repeated_count = np.zeros((n, n), dtype=COLUMN_TYPE)
    seen: set[tuple[int, int, int]] = set()  # a sentence repeated counts once per other document
    for k, l_, s in pairs:
        i, j = pos.get(sentence_doc[k]), pos.get(sentence_doc[l_])
        if i is None or j is None or i == j:
            continue
        if s > best[i, j]:
            best[i, j] = best[j, i] = s
        if s >= REPEAT_SIMILARITY:
            for a, b, sent in ((i, j, k), (j, i, l_)):
                if (a, b, sent) not in seen:
                    seen.add((a, b, sent))
                    repeated_count[a, b] += 1
    sizes = np.array([max(1, per_doc.get(i, 0)) for i in range(n)], dtype=COLUMN_TYPE)
    share = repeated_count / sizes[:, None]
    return best, np.minimum(1.0, np.maximum(share, share.T))


def _rarest_shared_name(counts: Sequence[Counter[str]], copies: Sequence[Sequence[int]] | None = None) -> np.ndarray:
    """How specific the rarest name two documents share is: log(n / df) / log(n) for a name in
    df of the corpus's n documents (near 1 for a name only the two share in a large corpus, 0.8 at
    30 documents; near 0 for "Ukraine" in war news); 0 when they share none. A shared specific
    anchor is evidence of one story, a shared generic name is none. A corpus under 20 documents
    cannot tell which names are generic: there every shared name counts as specific (1).
    Frequencies count each set of `copies` once (each document its own set, without it)."""
    out = np.zeros((len(counts), len(counts)), dtype=COLUMN_TYPE)
    copies = [[i] for i in range(len(counts))] if copies is None else copies
    n = len(copies)
    df = _frequencies(counts, copies)
    holders: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(counts):
        for name in c:
            holders[name].append(i)
    large = n >= _SIZEABLE_CORPUS
    cap = _generic_above(n)  # names in most documents are generic (as for TF-IDF)
    for name, docs in holders.items():  # the largest weight wins, whatever the order
        if len(docs) < 2 or df[name] > cap:
            continue
        weight = math.log(n / df[name]) / math.log(n) if large else 1.0
        at = np.asarray(docs)
        block = out[np.ix_(at, at)]
        np.maximum(block, weight, out=block)
        out[np.ix_(at, at)] = block
    np.fill_diagonal(out, 1.0)
    return out


def _main_names(names) -> tuple[np.ndarray, np.ndarray]:
    """(share of the two documents' main names they have in common, share of them the other never names).

    Two look-alike stories share their kind of vocabulary; who and where they are about differ.
    """
    n = names.shape[0]
    dense_rows = names.tocsr()
    main = np.zeros((n, MAIN_NAMES), dtype=np.int64) - 1
    for i in range(n):
        row = dense_rows.getrow(i)
        order = np.lexsort((row.indices, -row.data))[:MAIN_NAMES]
        main[i, :len(order)] = row.indices[order]
    present = (dense_rows > 0).tocsc()
    shared = np.zeros((n, n), dtype=COLUMN_TYPE)
    missing = np.zeros((n, n), dtype=COLUMN_TYPE)
    counts = np.maximum(1, (main >= 0).sum(axis=1)).astype(COLUMN_TYPE)
    for k in range(MAIN_NAMES):
        col = main[:, k]
        valid = col >= 0
        # has_other[i, j]: does document j name document i's k-th main name at all?
        has_other = np.zeros((n, n), dtype=COLUMN_TYPE)
        idx = np.where(valid)[0]
        if len(idx):
            has_other[idx] = present[:, col[idx]].T.toarray()
        missing += (1 - has_other) * valid[:, None] / counts[:, None]
        # same_main[i, j]: is document i's k-th main name one of document j's main names?
        same_main = (main[None, :, :] == col[:, None, None]).any(axis=2) & valid[:, None]
        shared += same_main / counts[:, None]
    shared = (shared + shared.T) / 2
    missing = np.maximum(missing, missing.T)
    return shared, missing


def link_probabilities(links: DocumentLinks, model: LogisticModel) -> np.ndarray:
    """Score kept evidence again with another model (fitting does, with the model it just fitted)."""
    return _score(links, model, links.columns)


def _score(links: DocumentLinks, model: LogisticModel,
           columns: Mapping[str, np.ndarray] | Iterator[tuple[str, np.ndarray]]) -> np.ndarray:
    """P(same event) for every pair of documents; 0 for documents too far apart in time."""
    model.check_features(EVENT_FEATURES)
    p = model.probabilities(columns)
    p[links.too_far] = 0.0
    np.fill_diagonal(p, 1.0)
    links.probability = p
    return p


def group_documents(docs: Sequence[Document], links: DocumentLinks | None = None,
                    cut: float | None = None, max_days: int = DEFAULT_MAX_DAYS) -> list[Event]:
    """Events as groups of document ids, every document in exactly one group, each with a label.

    Without `links` (no sentences aligned yet) the decision rests on words, names and dates.
    """
    if not docs:
        return []
    links = links or document_links(docs, max_days=max_days)
    p = links.probability
    model = load_model("same_event")
    bar = model.bar(cut)
    labels = group_labels(p, bar, model.join_share, model.attach_ratio)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    spread = _held(links.name_counts)  # in how many documents of the corpus each name stands
    outlets = _outlet_names(links.docs)
    events = []
    for members in groups.values():
        ids = sorted(links.docs[i].id for i in members)
        digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()[:8]
        also = tuple(sorted(links.docs[i].id for i in reaching(p, members, bar)))
        events.append(Event(id=f"E{digest}", docs=tuple(ids), label=_label(links, members, spread, outlets), also=also))
    events.sort(key=lambda e: e.docs)
    return events


# An article of another group is compared with a group when its links to at least this share of
# the group's articles pass the cut: a roundup that reports several stories is tied to nearly every
# article of each, where a look-alike story's article is tied to some. Only a group of at least
# REACH_MIN_ARTICLES can be reached: in a smaller one "nearly all" is all of a few, and a single
# article is reached by any one link. Chosen on `tune` and ecb-dev's generated contradictions
# (docs/measured.md, "Roundups"): at 0.8 the war-news run gained two false findings.
REACH_SHARE = 0.95
REACH_MIN_ARTICLES = 20
# Columns of the probability matrix counted at a time: a group of thousands is never copied whole.
_REACH_CHUNK = 512


def reaching(p: np.ndarray, members: Sequence[int], cut: float, share: float = REACH_SHARE,
             min_articles: int = REACH_MIN_ARTICLES) -> list[int]:
    """The articles outside `members` whose links to at least `share` of them pass `cut`; none when
    the group has fewer than `min_articles`."""
    members = sorted(members)
    if len(members) < max(1, min_articles):
        return []
    passing = np.zeros(len(p), dtype=np.int64)
    for start in range(0, len(members), _REACH_CHUNK):
        passing += (p[:, members[start:start + _REACH_CHUNK]] >= cut).sum(axis=1)
    reached = passing >= share * len(members)
    reached[members] = False
    return [int(i) for i in np.nonzero(reached)[0]]


def _average_linkage(p: np.ndarray, cut: float) -> list[int]:
    """Merge the most likely clusters while their average link probability is >= cut."""
    n = len(p)
    if n == 1:
        return [0]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dist = 1.0 - p
    np.clip(dist, 0.0, 1.0, out=dist)
    dist += dist.T  # symmetric up to rounding: the same average whichever way a pair is read
    dist /= 2
    np.fill_diagonal(dist, 0.0)
    z = linkage(squareform(dist, checks=False), method="average")
    return [int(x) for x in fcluster(z, t=1.0 - cut, criterion="distance")]


def group_labels(p: np.ndarray, cut: float, join_share: float | None, attach_ratio: float | None = None) -> list[int]:
    """A group label per document: average linkage at `cut`, then, with a `join_share`, groups
    joined where that share of the links between them pass it, then, with an `attach_ratio`,
    fragments attached to the one story they are tied to (what reports show, and what fitting
    scores)."""
    labels = _average_linkage(p, cut)
    labels = labels if join_share is None else join_majorities(p, labels, cut, join_share)
    return labels if attach_ratio is None else attach_fragments(p, labels, cut, attach_ratio)


def _strong_links(p: np.ndarray, cut: float):
    """The article pairs (i < j) whose link passes the cut, as a sparse 0/1 matrix."""
    from scipy.sparse import coo_matrix

    rows, cols = np.nonzero(p >= cut)
    keep = rows < cols
    return coo_matrix((np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=p.shape).tocsr()


def _membership(group: np.ndarray):
    """Articles x groups, 1 where the article is in the group (`group`: each article's group index)."""
    from scipy.sparse import csr_matrix

    n = len(group)
    return csr_matrix((np.ones(n), (np.arange(n), group)), shape=(n, int(group.max()) + 1))


def attach_fragments(p: np.ndarray, labels: Sequence[int], cut: float, ratio: float) -> list[int]:
    """Join a group to one at least `ratio` times its size when that is the only group any of its
    articles links to at the cut: a short follow-up or a side report tied to one story and to no
    other. Two stories of like size tied by a strong link are look-alikes as often as two halves
    of one, so they stay apart. The ratio is the event model's `attach_ratio`, chosen when it is
    fitted (out-of-fold BCubed F0.5, as the cut and the join share are)."""
    if ratio <= 1:
        raise ValueError("a fragment joins a larger group: the ratio must be over 1")
    out = np.asarray(labels).copy()
    groups, group = np.unique(out, return_inverse=True)
    if len(groups) < 2:
        return out.tolist()
    strong = _strong_links(p, cut)
    member = _membership(group)
    ties = ((member.T @ (strong + strong.T) @ member) > 0).tolil()  # groups with a strong link between them
    sizes = np.asarray(member.sum(axis=0)).ravel()
    target = np.arange(len(groups))
    for g in range(len(groups)):
        others = [h for h in ties.rows[g] if h != g]
        if len(others) == 1 and sizes[others[0]] >= ratio * sizes[g]:
            target[g] = others[0]
    for g in range(len(groups)):  # a fragment of a fragment joins the story (sizes grow: no cycle)
        while target[target[g]] != target[g]:
            target[g] = target[target[g]]
    return groups[target[group]].tolist()


def join_majorities(p: np.ndarray, labels: Sequence[int], cut: float, share: float) -> list[int]:
    """Join two groups when most of the article pairs between them pass the cut.

    Average linkage keeps apart two halves of one long story when a few of their links are
    weak (a roundup that also reports other news, a short follow-up): the average falls under
    the cut although most direct links pass it. The pair of groups with the largest share is
    joined first, then the shares are counted again. The share is the event model's
    `join_share`, chosen when it is fitted (out-of-fold BCubed F0.5, as the cut is).
    """
    out = np.asarray(labels).copy()
    if len(out) < 2:
        return out.tolist()
    strong = _strong_links(p, cut)
    while True:
        _, group = np.unique(out, return_inverse=True)
        member = _membership(group)
        between = (member.T @ strong @ member).tocoo()  # strong pairs between (and inside) groups
        sizes = np.asarray(member.sum(axis=0)).ravel()
        apart = between.row != between.col
        a, b, count = between.row[apart], between.col[apart], between.data[apart]
        if not len(count):
            break
        # a pair of groups can be counted in both orders: add them up before dividing
        key = np.minimum(a, b) * len(sizes) + np.maximum(a, b)
        pairs, at = np.unique(key, return_inverse=True)
        totals = np.bincount(at, weights=count)
        shares = totals / (sizes[pairs // len(sizes)] * sizes[pairs % len(sizes)])
        best = int(np.argmax(shares))
        if shares[best] < share:
            break
        first, second = divmod(int(pairs[best]), len(sizes))
        out[group == second] = out[group == first][0]
    return out.tolist()


# Capitalised words that say what someone is or when, not who or where ("Minister", "Monday"):
# evidence of a story's kind, but no name for it.
_CALENDAR = tables.calendar_words()
# Lower-case words inside a name of several words ("Gulf of Aden", "Peter the Great", "Centers for
# Disease Control").
_CONNECTORS = frozenset({"of", "the", "for"})
# Words that open a sentence capitalised and start no name after them ("Instead Hugh Jackman
# took the part"): adverbs and connectives the stopword list leaves out
_OPENERS = frozenset({
    "instead", "meanwhile", "however", "earlier", "later", "overnight", "separately", "additionally", "moreover",
    "furthermore", "elsewhere", "nevertheless", "nonetheless", "indeed", "besides", "likewise", "otherwise",
    "finally", "first", "second", "third", "initially", "ultimately", "recently", "previously", "currently",
    "asked", "speaking", "despite", "unless", "every", "many", "several", "last", "next", "perhaps", "maybe",
    "please", "thanks", "sadly", "fortunately", "unfortunately", "interestingly", "critics", "officials",
    "sources", "analysts", "experts", "residents", "witnesses", "local", "breaking", "watch", "read",
    "related", "exclusive", "update", "updated", "editor", "editors", "note", "photo", "video", "advertisement"})
# Words of photo credits and captions ("Kremlin Pool Photo via AP", "Getty Images"): who took
# the picture, not who or where the story is about.
_CREDIT_WORDS = frozenset({"photo", "photos", "pool", "getty", "images", "shutterstock", "epa", "afp", "credit"})
# Capitalised words that are no story's name: a clergyman's abbreviated title, a day said relative
# to now ("Today" opens a sentence after a dateline; "USA Today", the "Today" show)
_NOT_A_STORY = frozenset({"rev", "reverend", "today", "tonight", "yesterday", "tomorrow"})
# News agencies, quoted as sources in every kind of story ("told Tass", "according to Interfax"):
# who reported, not what a story is about, whether or not the corpus holds their articles.
_AGENCIES = frozenset({"tass", "interfax", "ria", "novosti", "reuters", "afp", "xinhua", "bloomberg", "upi",
                       "ukrinform", "unian", "kyodo", "yonhap", "anadolu", "efe", "ansa", "dpa", "sputnik"})
# Other outlets a story quotes ("told The New York Times", "news outlet Mash reported"), by their
# whole names: who reported, like an agency, whether or not the corpus holds their articles
_QUOTED_OUTLETS = frozenset({
    "new york times", "washington post", "wall street journal", "financial times", "los angeles times",
    "usa today", "the guardian", "the times", "the telegraph", "the independent", "the economist", "bbc",
    "cnn", "fox news", "sky news", "al jazeera", "politico", "axios", "newsweek", "business insider",
    "daily beast", "der spiegel", "spiegel", "le monde", "bild", "el pais", "kommersant", "izvestia",
    "vedomosti", "rbc", "meduza", "novaya gazeta", "fontanka", "mash", "baza", "kyiv independent",
    "kyiv post", "ukrainska pravda", "south china morning post", "global times", "times of india", "bellingcat",
    "the insider", "insider", "rt", "russia today", "abc news", "cbs news", "nbc news", "npr", "reuters news"})
_NOT_A_LABEL = TITLE_WORDS | NOT_A_NAME | _CALENDAR | _CREDIT_WORDS | HONORIFICS | _NOT_A_STORY
# "I'm", "I've" in a quote: capitalised, but nobody's name ("Grozev, Bellingcat, I'm")
_I_CONTRACTION = re.compile(r"i['\u2019](?:m|ve|ll|d)$", re.IGNORECASE)


_COMPASS = frozenset({"west", "western", "east", "eastern", "north", "northern", "south", "southern"})
# Adjectives of a bloc or a people no single country's name gives ("Soviet veterans", "Korean
# families"): whose, not who or where. A region's ("Baltic", "Balkan") says where, and stays.
_BLOCS = frozenset({"soviet", "slavic", "arab", "korean", "european", "african", "asian", "kurdish",
                    "pro-russian", "pro-ukrainian", "pro-western",
                    # and peoples whose word no demonym ending tells (`_says_whose`)
                    "french", "dutch", "swiss", "greek", "czech", "slovak", "thai", "philippine", "filipino",
                    "serb", "serbs", "croat", "croats", "pole", "poles", "turk", "turks", "welsh", "scots",
                    "maori", "brit", "brits", "yankee"})


def _says_whose(name: str) -> bool:
    """A nationality or a side ("british", "russians", "western"), not who or where a story is about."""
    if name in _COMPASS or name in _BLOCS:
        return True
    for word in (name, name[:-1] if name.endswith("s") else ""):
        country = place(word) if word else None
        if country and word != country and len(word) > 3:
            return word.endswith(("an", "ish", "ese", "i", "ic"))
    return False


def _full_name_of(surname: str, phrase: str, times: int) -> bool:
    """Is `phrase` a person's full name ending in `surname` ("Tara Reid" for "Reid"), written
    more than once? Stories name a person in full once and by surname after; a reader knows the
    full name. Not a place ("Soviet Turkmenistan"), a title ("President Bush") or an opener ("The")."""
    words = phrase.split()
    lowered = {w.lower().rstrip(".") for w in words}
    return (times >= 2 and 2 <= len(words) <= 3 and words[-1] == surname
            and all(w[:1].isupper() and w.replace("'", "").isalpha() for w in words)
            and not (INSTITUTIONAL | TITLE_WORDS | HONORIFICS | STOPWORDS) & lowered
            and place(surname) is None and place(phrase) is None)


_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "i", "ish")


def _same_name_word(a: str, b: str) -> bool:
    """One name word, or a place and the word for its people ("Crimea" / "Crimean", "Ukraine" /
    "Ukrainian", "Syria" / "Syrian")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    stem = short[:-1] if short.endswith(("a", "e")) else short
    return len(stem) >= 4 and long.startswith(stem) and long[len(stem):] in _DEMONYM_ENDINGS + tuple(
        short[len(stem):] + e for e in _DEMONYM_ENDINGS)


_CAMEL_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_NOT_AN_OUTLET = re.compile(r"[/\\:.\d]")


def _outlet_names(docs: Sequence[Document]) -> frozenset[str]:
    """The corpus's outlets as a story's text names them ("DailyMail": "daily", "mail" and
    "dailymail"; "AP"): who tells the stories ("told the Mail", "The Associated Press reported"),
    not what a story is about."""
    out: set[str] = set()
    # a source that fell back to the article's id or file ("004-kyiv.txt", "feed.jsonl:3") names no outlet
    for source in {d.source for d in docs if d.source and d.source != d.id and not _NOT_AN_OUTLET.search(d.source)}:
        out.add(re.sub(r"\W", "", source).lower())
        out.update(w.lower() for w in _CAMEL_WORD.findall(source) if len(w) > 1)
    return frozenset(out)


def _names_an_outlet(form: str, outlets: frozenset[str]) -> bool:
    """"The Associated Press" for "AP", "Daily Mail" for "DailyMail"."""
    words = [w for w in form.split() if w.lower() not in _CONNECTORS]
    initials = "".join(w[0] for w in words).lower()
    return bool(words) and (all(w.lower() in outlets for w in words) or (len(words) > 1 and initials in outlets)
                            or "".join(words).lower() in outlets)


def _label(links: DocumentLinks, members: Sequence[int], spread: Counter[str],
           outlets: frozenset[str] = frozenset()) -> str:
    """What a reader calls the story: its most telling names, and its date span."""
    # who took a story's pictures names no story: a wire credits one photographer in dozens of them
    counts = {i: links.name_counts[i] - links.name_credited[i] if links.name_credited else links.name_counts[i]
              for i in members}
    in_group: Counter[str] = Counter()
    for i in members:
        in_group.update({n: 1 for n in counts[i]})
    n_docs = len(links.docs)
    df = spread if len(members) < n_docs else Counter({k: 1 for k in in_group})

    def weight(name: str) -> float:
        spread = in_group[name] / len(members)
        rarity = math.log((1 + n_docs) / (1 + df[name])) + 1.0
        total = sum(counts[i][name] for i in members)
        return spread * rarity * (1 + math.log(total))

    # a name in most of a sizeable corpus ("Ukraine" in war news) tells no story from another,
    # as in the TF-IDF that links them; it names a story only when nothing else does; nor does a
    # word that says whose or which side ("British", "Russians", "Western")
    common = {nm for nm in in_group if n_docs >= _SIZEABLE_CORPUS and df[nm] > _generic_above(n_docs)}
    ranked = sorted((nm for nm in in_group if nm not in _NOT_A_LABEL and not _I_CONTRACTION.match(nm)
                     and any(nm in links.name_forms[i] for i in members)),
                    key=lambda nm: (nm in common, _says_whose(nm), -weight(nm), nm))
    phrases: Counter[str] = Counter()
    for i in members:
        phrases.update(links.name_phrases[i])
    reporters = outlets | _AGENCIES  # the corpus's own outlets and the agencies stories quote
    shown: list[str] = []
    whose: list[str] = []
    for nm in ranked:
        form = next(links.name_forms[i][nm] for i in sorted(members) if nm in links.name_forms[i]).rstrip("'")
        # the name of several words it is most often part of, when it is written inside such names
        # at least as often as alone ("Navy Day", not "Day"; "Black Sea", not "Sea", even when
        # "Black Sea Fleet" and "Black Sea" share its mentions)
        inside = [p for p in phrases if form in [w.removesuffix("'s") for w in p.split()] and not _CREDIT_WORDS & set(p.lower().split())]
        whole = max(inside, key=lambda p: (phrases[p], p), default="")
        if whole and (2 * sum(phrases[p] for p in inside) >= sum(counts[i][nm] for i in members)
                      or _full_name_of(form, whole, phrases[whole])):
            form = whole
            words = form.split()
            if len(words) == 3 and _says_whose(words[0].lower()) and not INSTITUTIONAL & {w.lower() for w in words}:
                form = " ".join(words[1:])  # "British John Harding" is John Harding; the European Broadcasting Union stays whole
        quoted = form.lower().removeprefix("the ")
        if (_names_an_outlet(form, reporters) or nm in reporters or form.lower() in _QUOTED_OUTLETS
                or quoted in _QUOTED_OUTLETS or quoted.removesuffix(" news") in reporters | _QUOTED_OUTLETS):
            continue  # who reports ("the Mail", "Tass", "Bloomberg News") tells stories; no story is about them
        if any(_HYPHEN_ADJECTIVE.search(w) for w in form.split()) or (
                "-" in form and all(_says_whose(part.lower()) for part in form.split("-"))):
            continue  # "US-supplied", "Sierra Leone-flagged", "Turkish-Ukrainian": about a thing, not a name
        if any(_same_name_word(w, v) for s in shown for w in form.split() for v in s.split()):
            continue  # "Independence Day" is shown once, not as "Independence" and "Day"; nor "Crimea" and "Crimean"
        if all(_says_whose(w.lower()) for w in form.split()):
            # "Soviet", "South Korean": a story's name only when nothing else names it
            if not any(_same_name_word(w, v) for s in whose for w in form.split() for v in s.split()):
                whose.append(form)
            continue
        shown.append(form)
        if len(shown) == 3:
            break
    shown = shown or whose[:3]
    dates = sorted(links.docs[i].published for i in members if links.docs[i].published)
    span = ""
    if dates:
        span = dates[0].isoformat() if dates[0] == dates[-1] else f"{dates[0].isoformat()} to {dates[-1].isoformat()}"
    label = ", ".join(shown) or "untitled"
    return f"{label} ({span})" if span else label

