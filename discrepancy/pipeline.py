"""The whole check, stage by stage: corpus -> sentences -> claims + embeddings -> aligned
pairs -> events -> findings -> report. The CLI only parses options and calls `check`.
"""
from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .align import DEFAULT_NEIGHBOURS, DEFAULT_THRESHOLD, align
from . import nlp
from .cache import Cache, default_cache_dir, text_key
from .claims import extract_claims
from .compare import dates as cmp_dates
from .compare import numbers as cmp_numbers
from .compare.titles import TitleSeen, holder_changes, title_conflicts
from .corpus import DEFAULT_MAX_ARTICLE_BYTES, load_corpus, read_date_from_text
from .embeddings import Embedder, default_embedder, embed_texts
from .events import DEFAULT_EVENT_THRESHOLD, DEFAULT_MAX_DAYS, group_documents
from .findings import ClaimConflicts, holder_finding, sort_findings, title_finding
from .language import english_share, looks_english
from .model import Corpus, Document, InputIssue, Report, Sentence, SentenceClaims
from .persons import PersonIndex
from .progress import NoProgress, Progress
from .sentences import split_corpus
from .textnorm import stem


# Figures and dates are compared between articles published at most this many days apart
# (when both dates are known). On basil-dev every true pair is at most one day apart; on the
# Ukraine corpus, figures two days apart were running totals (ships cleared, tons shipped).
MAX_DAYS_APART = 1


@dataclass
class Options:
    """Everything a check can be tuned with; the CLI options map one to one."""

    threshold: float = DEFAULT_THRESHOLD
    neighbours: int = DEFAULT_NEIGHBOURS
    event_threshold: float = DEFAULT_EVENT_THRESHOLD
    event_max_days: int = DEFAULT_MAX_DAYS
    model: str | None = None
    cache_dir: Path | None = None
    use_cache: bool = True
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    dates_from_text: bool = False
    # Compare figures and dates between articles of one outlet too (successive reports by one
    # outlet are usually updates, not disagreements between outlets).
    same_source: bool = False
    stats: dict = field(default_factory=dict)


def check(paths: Sequence[str | Path], options: Options | None = None, *, embedder: Embedder | None = None,
          progress: Progress | None = None) -> Report:
    """Read the corpus at `paths` and report where its articles disagree."""
    options = options or Options()
    progress = progress or NoProgress()
    t0 = time.perf_counter()
    advance = progress.stage("reading", len(paths))
    corpus = load_corpus(paths, max_article_bytes=options.max_article_bytes, dates_from_text=options.dates_from_text)
    advance(len(paths))
    progress.done("reading")
    report = check_corpus(corpus, options, embedder=embedder, progress=progress)
    report.stats["seconds_total"] = round(time.perf_counter() - t0, 3)
    return report


def cache_dir_for(options: Options) -> Path | None:
    """Where this check keeps its cache (and the exported model), or None without a cache."""
    return Path(options.cache_dir or default_cache_dir()) if options.use_cache else None


def open_cache(options: Options) -> Cache | None:
    folder = cache_dir_for(options)
    return Cache(folder) if folder else None


def embedder_for(options: Options) -> Embedder:
    """The embedder a check with these options uses: the model, exported beside the cache if any."""
    return default_embedder(options.model, cache_dir_for(options))


def check_corpus(corpus: Corpus, options: Options | None = None, *, embedder: Embedder | None = None,
                 progress: Progress | None = None, cache: Cache | None = None) -> Report:
    """The check on an already loaded corpus."""
    options = options or Options()
    progress = progress or NoProgress()
    stats: dict = {}
    own_cache = cache is None
    cache = cache if cache is not None else open_cache(options)
    try:
        docs, unchecked = _english_only(corpus.documents)
        doc_by_id = {d.id: d for d in docs}
        sentences = split_corpus(docs)

        t = time.perf_counter()
        advance = progress.stage("extracting claims", len({s.text for s in sentences if s.kind != "meta"}))
        claims = extract_claims(sentences, cache, advance)
        progress.done("extracting claims")
        stats["seconds_claims"] = round(time.perf_counter() - t, 3)

        comparable = [i for i, c in enumerate(claims) if c.comparable]
        t = time.perf_counter()
        embedder = embedder or embedder_for(options)
        advance = progress.stage("embedding", len({sentences[i].text for i in comparable}))
        vectors, encoded = embed_texts([sentences[i].text for i in comparable], embedder, cache, advance)
        progress.done("embedding")
        stats["seconds_embedding"] = round(time.perf_counter() - t, 3)
        stats["sentences_embedded"] = len(comparable)
        stats["sentences_encoded"] = encoded
        if getattr(embedder, "backend", None):
            stats["embedding_backend"] = embedder.backend

        t = time.perf_counter()
        events = group_documents(docs, options.event_threshold, options.event_max_days)
        event_of = {d: e.id for e in events for d in e.docs}
        stats["seconds_events"] = round(time.perf_counter() - t, 3)

        t = time.perf_counter()
        advance = progress.stage("aligning", len(events))
        source_of = None if options.same_source else {d.id: d.source for d in docs}
        pairs_by_event = _align_within_events(sentences, comparable, vectors, event_of, options, advance, source_of)
        progress.done("aligning")
        stats["seconds_alignment"] = round(time.perf_counter() - t, 3)
        stats["aligned_pairs"] = sum(len(p) for p in pairs_by_event.values())

        t = time.perf_counter()
        advance = progress.stage("comparing", stats["aligned_pairs"] + 1)
        conflicts = ClaimConflicts()
        governors = Governors(cache)
        figures = DocumentFigures(sentences, claims)
        for event, pairs in pairs_by_event.items():
            for a, b, sim in pairs:
                _compare_sentences(conflicts, governors, figures, event, sim, doc_by_id, sentences[a], claims[a],
                                   sentences[b], claims[b])
                advance(1)
        findings = conflicts.findings()
        findings += _title_findings(docs, doc_by_id, sentences, claims, event_of)
        advance(1)
        progress.done("comparing")
        stats["seconds_comparing"] = round(time.perf_counter() - t, 3)
        stats.update(options.stats)
        return Report(
            documents=len(docs), sentences=len(sentences), findings=sort_findings(findings),
            events=events, skipped=list(corpus.skipped) + unchecked,
            dates_from_text=_dates_from_text(docs),
            stats=stats,
        )
    finally:
        if own_cache and cache is not None:
            cache.close()


def _english_only(docs: Sequence[Document]) -> tuple[list[Document], list[InputIssue]]:
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


def _dates_from_text(docs: Sequence[Document]) -> list[tuple[str, str, str]]:
    """(document, date, the line it was read from) for dates read by --dates-from-text."""
    out = []
    for d in docs:
        if d.published_origin == "text" and d.published:
            found = read_date_from_text(d.text)
            out.append((d.id, d.published.isoformat(), found[1] if found else ""))
    return out


def _align_within_events(sentences: Sequence[Sentence], comparable: Sequence[int], vectors: np.ndarray,
                         event_of: dict[str, str], options: Options, advance,
                         source_of: dict[str, str] | None = None) -> dict[str, list[tuple[int, int, float]]]:
    """Aligned sentence pairs, searched only inside each event (figures never cross stories).

    With `source_of`, pairs are between documents of different sources only.
    """
    members: dict[str, list[int]] = defaultdict(list)
    for row, i in enumerate(comparable):
        members[event_of[sentences[i].doc_id]].append(row)
    out: dict[str, list[tuple[int, int, float]]] = {}
    for event in sorted(members):
        rows = members[event]
        if len({sentences[comparable[r]].doc_id for r in rows}) < 2:
            advance(1)
            continue
        doc_of = [sentences[comparable[r]].doc_id for r in rows]
        group_of = [source_of[d] for d in doc_of] if source_of is not None else doc_of
        if len(set(group_of)) < 2:
            advance(1)
            continue
        pairs = align(vectors[rows], group_of, options.threshold, options.neighbours)
        out[event] = [(comparable[rows[p.a]], comparable[rows[p.b]], p.similarity) for p in pairs]
        advance(1)
    return out


def _different_periods(ca: SentenceClaims, resolved_a: dict, cb: SentenceClaims, resolved_b: dict) -> bool:
    """Both sentences date something at the same granularity, and never the same period.

    "In April, Cornwall expects £6,616" and "its forecast for October is £5,897" are two
    periods; "a 1999 book" and "on Wednesday" say nothing about each other.
    """
    def by_family(claims, resolved):
        out: dict[str, list] = defaultdict(list)
        for c in claims:
            fam, r = cmp_dates.period_family(c), resolved.get(c.start)
            if fam and r is not None:
                out[fam].append(r)
        return out

    fa, fb = by_family(ca.dates, resolved_a), by_family(cb.dates, resolved_b)
    shared = set(fa) & set(fb)
    return bool(shared) and all(not x.overlaps(y) for f in shared for x in fa[f] for y in fb[f])


# A figure this long before its article's date is background: an earlier occasion.
BACKGROUND_DAYS = 7


_DATE_PREPOSITIONS = {"in", "on", "during", "last", "early", "late", "mid", "of"}


def _background(text: str, claims: SentenceClaims, resolved: dict, published) -> bool:
    """Does the sentence place what it reports well before the article's date ("last month", "in April")?"""
    if published is None:
        return False
    for c in claims.dates:
        r = resolved.get(c.start)
        if r is None or cmp_dates.bound(text, c):
            continue  # "since April" runs up to now
        adverbial = c.form == "relative" or cmp_dates.word_before(text, c) in _DATE_PREPOSITIONS
        if adverbial and (published - r.high).days > BACKGROUND_DAYS:
            return True  # "in April", "last month"; not "a 1999 book"
    return False


_WINDOW = re.compile(
    r"\b(?:over|in|during|within|for)\s+(?:the\s+)?(?P<qualifier>past|last|previous|preceding)?\s*"
    r"(?:(?P<n>\d+|twenty-four|forty-eight|seventy-two|one|two|three|a)\s+)?(?P<unit>hours?|days?|weeks?|nights?)\b"
    r"|\b(?P<overnight>overnight)\b",
    re.IGNORECASE,
)
_WINDOW_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "twenty-four": 24, "forty-eight": 48, "seventy-two": 72}


def rolling_window(text: str) -> int | None:
    """The length in hours of a reporting window the sentence counts over ("over 24 hours", "overnight")."""
    m = next((m for m in _WINDOW.finditer(text) if m.group("overnight") or m.group("n") or m.group("qualifier")), None)
    if m is None:
        return None  # "in days" is vague, not a reporting window
    if m.group("overnight"):
        return 12
    raw = (m.group("n") or "1").lower()
    n = int(raw) if raw.isdigit() else _WINDOW_NUMBERS.get(raw, 1)
    unit = m.group("unit").lower().rstrip("s")
    return n * {"hour": 1, "day": 24, "night": 12, "week": 168}[unit]


class DocumentFigures:
    """Which figures each document states anywhere.

    Two articles that each state both values (near-copies of one story often do) are
    describing two different things, not disagreeing about one.
    """

    def __init__(self, sentences: Sequence[Sentence], claims: Sequence[SentenceClaims]) -> None:
        self._by_doc: dict[str, set[tuple[str, float]]] = defaultdict(set)
        for s, c in zip(sentences, claims):
            for n in c.numbers:
                self._by_doc[s.doc_id].add((n.unit, n.value))

    def states(self, doc: str, claim) -> bool:
        return (claim.unit, claim.value) in self._by_doc.get(doc, ())


def _compare_sentences(conflicts: ClaimConflicts, governors: "Governors", figures: DocumentFigures, event: str, similarity: float,
                       doc_by_id: dict[str, Document], sa: Sentence, ca: SentenceClaims, sb: Sentence,
                       cb: SentenceClaims) -> None:
    da, db = doc_by_id[sa.doc_id], doc_by_id[sb.doc_id]
    if da.published and db.published and abs((da.published - db.published).days) > MAX_DAYS_APART:
        return  # a running total reported days apart is an update, not a contradiction
    date_pairs = _paired(ca.dates, cb.dates, cmp_dates.match_score)
    resolved_a = {c.start: cmp_dates.resolved(c, da.published) for c in ca.dates}
    resolved_b = {c.start: cmp_dates.resolved(c, db.published) for c in cb.dates}
    days_apart = abs((da.published - db.published).days) if da.published and db.published else None
    different_period = False
    for x, y in date_pairs:
        ra, rb = resolved_a[x.start], resolved_b[y.start]
        if (cmp_dates.conflicts(x, ra, y, rb, days_apart, cmp_dates.bound(sa.text, x), cmp_dates.bound(sb.text, y))
                and governors.same(sa.text, x, sb.text, y, similarity)):
            different_period = True
            conflicts.add("date", event, similarity, (da, sa, x, ra.label if ra else None), (db, sb, y, rb.label if rb else None))
    if different_period or _different_periods(ca, resolved_a, cb, resolved_b):
        return  # figures for two different dates are figures for two different periods
    if _background(sa.text, ca, resolved_a, da.published) != _background(sb.text, cb, resolved_b, db.published):
        return  # "last month a court fined her 50,000" is an earlier occasion than an undated "fined 30,000"
    if rolling_window(sa.text) != rolling_window(sb.text):
        return  # "over 24 hours, killing one" is a daily tally, not the count for one attack
    pairs = _paired(ca.numbers, cb.numbers, cmp_numbers.match_score, agree=cmp_numbers.agrees)
    agreeing = sum(1 for x in ca.numbers for y in cb.numbers if cmp_numbers.match_score(x, y) is not None
                   and cmp_numbers.agrees(x, y))
    if len(pairs) >= 2 and not agreeing and all(cmp_numbers.conflicts(x, y) for x, y in pairs):
        return  # reports that disagree on every figure they share describe two incidents
    for x, y in pairs:
        if (cmp_numbers.conflicts(x, y) and not cmp_numbers.about_different_entities(x, sa.text, y, sb.text)
                and not (figures.states(da.id, y) and figures.states(db.id, x))):
            conflicts.add("number", event, similarity, (da, sa, x, cmp_numbers.describe(x)), (db, sb, y, cmp_numbers.describe(y)))


# Verbs that say someone spoke or met, not what happened: too common to tie two dates together.
WEAK_VERBS = frozenset(stem(w) for w in "say tell report add note state claim write post tweet comment speak meet "
                       "be have do go come make take give see know think ask confirm become get".split())
# Sentences at least this close are paraphrases of one statement (cosine of their embeddings).
PARAPHRASE_SIMILARITY = 0.8


class Governors:
    """The words dates hang on, parsed only for sentences whose dates look like a conflict."""

    def __init__(self, cache: Cache | None) -> None:
        self.cache = cache
        self.producer = f"governors/2:{nlp.model_identity()}"
        self._memo: dict[str, dict[str, list[str]]] = {}

    def _of(self, text: str, claim) -> tuple[str, str, str]:
        record = self._memo.get(text)
        if record is None:
            key = text_key(text)
            found = self.cache.get_records(self.producer, [key]) if self.cache else {}
            record = found.get(key) if isinstance(found.get(key), dict) else {}
            self._memo[text] = record
        span = f"{claim.start}-{claim.end}"
        if span not in record:
            record[span] = list(nlp.governors(text, [(claim.start, claim.end)])[0])
            if self.cache:
                self.cache.put_records(self.producer, {text_key(text): record})
        first, verb, pos = record[span]
        return stem(first), stem(verb), pos

    def same(self, text_a: str, a, text_b: str, b, similarity: float) -> bool:
        """Do both dates hang on the same verb, or (in near-paraphrases) on the same word?

        "X said Tuesday" and "X said Friday" are two statements far more often than one;
        a reporting verb or a shared noun is evidence only when the sentences are close.
        """
        fa, va, pa = self._of(text_a, a)
        fb, vb, pb = self._of(text_b, b)
        if va and va == vb and va not in WEAK_VERBS:
            return True
        if fa and fa == fb and fa not in WEAK_VERBS and "NOUN" not in (pa, pb) and "PROPN" not in (pa, pb):
            return True  # "will be exhausted in 2038" / "become exhausted in 2036"
        return similarity >= PARAPHRASE_SIMILARITY and (bool(fa and fa == fb) or bool(va and va == vb))


def _paired(a: Sequence, b: Sequence, score, agree=None) -> list[tuple]:
    """Greedy one-to-one pairing by score; a claim that agrees with a counterpart is settled."""
    if not a or not b:
        return []
    cands = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            s = score(x, y)
            if s is not None:
                cands.append((s, i, j))
    settled_a, settled_b = set(), set()
    if agree is not None:
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                if agree(x, y):
                    settled_a.add(i)
                    settled_b.add(j)
    used_a, used_b, out = set(settled_a), set(settled_b), []
    for _s, i, j in sorted(cands, key=lambda c: (-c[0], c[1], c[2])):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((a[i], b[j]))
    return out


_FILE_PHOTO = re.compile(r"^\W*(?:\(?AP Photo[^)]*\)\s*)?FILE\b|\bFILE\s*(?:-|\u2013|\u2014|PHOTO)")


def _historical(sentence: Sentence, claims: SentenceClaims, doc: Document) -> bool:
    """Titles in this sentence describe the past: a "FILE -" photo caption, or a sentence about an earlier year.

    "signed in 2010 by ... Russian President Dmitry Medvedev" gives the title he held then.
    """
    if _FILE_PHOTO.search(sentence.text):
        return True
    if doc.published is None:
        return False
    return any(d.form in ("year", "month_year", "full") and d.year and d.year < doc.published.year for d in claims.dates)


def _title_findings(docs: Sequence[Document], doc_by_id: dict[str, Document], sentences: Sequence[Sentence],
                    claims: Sequence[SentenceClaims], event_of: dict[str, str]) -> list:
    mentions = [(s.doc_id, m) for s, c in zip(sentences, claims) for m in c.people]
    mentions += [(s.doc_id, t.person) for s, c in zip(sentences, claims) for t in c.titles]
    index = PersonIndex(mentions, {d.id: d.text for d in docs})
    seen: list[TitleSeen] = []
    for s, c in zip(sentences, claims):
        historical = _historical(s, c, doc_by_id[s.doc_id])
        for t in c.titles:
            person = index.person(s.doc_id, t.person)
            if person is None or person.key.endswith("|?"):
                continue  # a bare surname nobody in the corpus ever names in full: no person to compare
            if historical and not t.former:
                t = replace(t, former=True)
            seen.append(TitleSeen(doc_by_id[s.doc_id], s, t, person, event_of.get(s.doc_id)))
    findings = [title_finding(c) for c in title_conflicts(seen)]
    findings += [holder_finding(h) for h in holder_changes(seen)]
    return findings
